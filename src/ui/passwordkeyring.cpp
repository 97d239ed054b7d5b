#include "passwordkeyring.h"

#include "logging.h"

#include <QEventLoop>

#include <qt6keychain/keychain.h>

namespace {

const QString Service = QStringLiteral("Commonplace");

// Jobs answer through the event loop; a keyring asks the user to unlock it
// at times, so there is no time limit.
void run(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

QString PasswordKeyring::key(const NotebookLocation &location)
{
    return location.toString();
}

PasswordKeyring::Result PasswordKeyring::read(const NotebookLocation &location, QString *password)
{
    QKeychain::ReadPasswordJob job(Service);
    job.setKey(key(location));
    run(job);
    switch (job.error()) {
    case QKeychain::NoError:
        *password = job.textData();
        return Result::Found;
    case QKeychain::EntryNotFound:
        return Result::NotFound;
    default:
        qCInfo(lcNotebook).noquote() << "No keyring for passwords:" << job.errorString();
        return Result::NoKeyring;
    }
}

bool PasswordKeyring::write(const NotebookLocation &location, const QString &password, QString *error)
{
    QKeychain::WritePasswordJob job(Service);
    job.setKey(key(location));
    job.setTextData(password);
    run(job);
    if (job.error() == QKeychain::NoError)
        return true;
    *error = job.errorString();
    qCWarning(lcNotebook).noquote() << "The keyring did not keep the password:" << *error;
    return false;
}

void PasswordKeyring::forget(const NotebookLocation &location)
{
    QKeychain::DeletePasswordJob job(Service);
    job.setKey(key(location));
    run(job);
}
