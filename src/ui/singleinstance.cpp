#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace {

constexpr int Timeout = 3000; // milliseconds for a whole exchange
const QByteArray Taken = "ok\n";

} // namespace

QString SingleInstance::defaultFolder()
{
#ifdef Q_OS_MACOS
    // Per user (/var/folders/…/T/), and short: a socket's path may have
    // at most 104 bytes there, which Application Support would exceed.
    return QDir::tempPath();
#else
    // Per user: XDG_RUNTIME_DIR on Linux; elsewhere the application data
    // folder, which is per user as well.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty())
        folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return folder;
#endif
}

SingleInstance::SingleInstance(const QString &folder, QObject *parent)
    : QObject(parent)
    , m_lock(QDir(folder).filePath(QStringLiteral("org.commonplace.Commonplace.lock")))
{
    QDir().mkpath(folder);
#ifdef Q_OS_WIN
    // Pipe names are global on Windows: one per user and folder.
    m_serverName = QStringLiteral("org.commonplace.Commonplace-")
        + QString::fromLatin1(QCryptographicHash::hash(QDir(folder).absolutePath().toUtf8(),
                                                       QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16));
#else
    m_serverName = QDir(folder).absoluteFilePath(QStringLiteral("org.commonplace.Commonplace.socket"));
#endif
    m_lock.setStaleLockTime(0); // stale only when its process is gone
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &SingleInstance::readRequest);
}

SingleInstance::~SingleInstance()
{
    m_server.close();
    if (m_lock.isLocked())
        m_lock.unlock();
}

bool SingleInstance::sendToRunning(const QString &path)
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(Timeout))
        return false;
    // Percent-encoded: a file name may hold a line break.
    socket.write(path.toUtf8().toPercentEncoding() + '\n');
    if (!socket.waitForBytesWritten(Timeout))
        return false;
    // The answer says the running instance took it; without one (it hung or
    // died), this instance opens the notebook itself.
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(Timeout))
            return false;
    }
    return socket.readLine() == Taken;
}

bool SingleInstance::listen()
{
    if (m_server.isListening())
        return true;
    if (!m_lock.tryLock(0))
        return false;
    // The lock is ours, so a socket still there is a crashed instance's.
    QLocalServer::removeServer(m_serverName);
    return m_server.listen(m_serverName);
}

bool SingleInstance::handOverOrListen(const QString &path)
{
    // Two instances started together: one listens, the other hands over
    // once it does.
    const QDeadlineTimer deadline(Timeout);
    while (!deadline.hasExpired()) {
        if (sendToRunning(path))
            return true;
        if (listen())
            return false;
        QThread::msleep(50);
    }
    return false; // on its own, without a server
}

void SingleInstance::readRequest()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine())
                return;
            const QString path =
                QString::fromUtf8(QByteArray::fromPercentEncoding(socket->readLine().chopped(1)));
            socket->write(Taken);
            socket->flush();
            emit openRequested(path);
        });
    }
}
