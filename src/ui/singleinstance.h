#pragma once

#include <QLocalServer>
#include <QLockFile>
#include <QObject>
#include <QString>

// One Commonplace per user session. The first instance takes a lock file and
// listens on a local socket; a later one hands it the notebook to open and
// exits. A socket left by a crashed instance is noticed (its lock is stale)
// and replaced.
class SingleInstance final : public QObject
{
    Q_OBJECT

public:
    // folder: where the lock and the socket live (the user's runtime folder
    // by default); it must be private to the user.
    explicit SingleInstance(const QString &folder = defaultFolder(), QObject *parent = nullptr);
    ~SingleInstance() override;

    // Hands path (or nothing, to show the window) to the running instance;
    // true once it has taken it.
    bool sendToRunning(const QString &path);
    // Becomes the running instance; false if a live one holds the lock.
    bool listen();
    // sendToRunning() or listen(), trying again for a while when another
    // instance is starting at the same moment. True when the path was handed
    // over, so this process should end.
    bool handOverOrListen(const QString &path);

    bool isListening() const { return m_server.isListening(); }
    QString serverName() const { return m_serverName; }

    static QString defaultFolder();

signals:
    // A notebook another instance was asked to open (empty: just show the
    // window).
    void openRequested(const QString &path);

private:
    void readRequest();

    QString m_serverName;
    QLockFile m_lock;
    QLocalServer m_server;
};
