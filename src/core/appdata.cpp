#include "appdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

QString AppData::notebookKey(const QString &notebookPath)
{
    const QFileInfo info(notebookPath);
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(8));
}

bool AppData::makePrivateFolder(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    return QDir().mkpath(path)
        && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner);
}
