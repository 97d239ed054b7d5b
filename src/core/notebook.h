#pragma once

#include "notebooklocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

// An open notebook, whatever keeps it: its connection, its schema version,
// and whether and why it is read-only. Opening is where the engines differ
// most (a file is created, classified and backed up before an upgrade; a
// server is connected to and its schema set up under a lock), so each
// engine opens its own kind: NotebookFile for a *.cpbook file,
// NotebookServer for a database on a PostgreSQL server.
// Everything after opening goes through NotebookStorage.
class Notebook
{
    Q_DECLARE_TR_FUNCTIONS(Notebook)

public:
    // Why a notebook could not be opened.
    enum class Error {
        None,
        DriverMissing, // Qt's driver for the engine is not installed
        SqliteTooOld, // Qt's SQLite driver uses an SQLite older than NotebookFile::MinimumSqliteVersion
        CannotCreate, // a new notebook could not be created there
        NotSqlite, // not a database at all: other content, an empty file, a folder
        Damaged, // a database whose content is corrupt or cut short
        NotNotebook, // another application's database
        Locked, // another program holds the notebook locked
        Unreadable, // the notebook cannot be read: permissions, I/O errors
        UpgradeFailed, // the schema upgrade failed and was rolled back
        Unsupported, // a kind of notebook this version cannot open (a server)
        ServerUnreachable, // no server answers at that address
        PasswordNeeded, // the server asks for a password, and none was given
        PasswordRefused, // the server refused the password (or the user)
        CertificateRefused, // TLS: the server's certificate is not trusted, or TLS is not offered
        DatabaseMissing, // the server has no such database
        ServerTooOld, // older than NotebookServer::MinimumServerVersion
        CannotConnect, // another reason the server gave
        NotSetUp, // a server's database holds no notebook yet (setSetUpAllowed())
        CannotSetUp, // the server's user may not make the notebook's schema, or its extensions
        NoAccess, // the server's user may not read the notebook
    };

    // Why an open notebook is read-only.
    enum class ReadOnlyReason {
        None,
        Requested, // opened with Access::ReadOnly
        NewerVersion, // written by a newer Commonplace: its schema is unknown here
        ModifiedSchema, // triggers, views or tables that Commonplace did not make
        ReadOnlyFile,
        ReadOnlyFolder, // SQLite needs to write its journal beside the file
        ReadOnlyRole, // the server lets its user read the notebook, not change it
        UpgradeByOwner, // of an older Commonplace, and only its owner on the server may upgrade it
    };

    enum class Access { ReadWrite, ReadOnly };

    // The notebook at location, not open yet: a NotebookFile for a file, a
    // NotebookServer for a server; nullptr for no location.
    static std::unique_ptr<Notebook> at(const NotebookLocation &location);

    virtual ~Notebook();
    Q_DISABLE_COPY_MOVE(Notebook)

    // Opens (a file: creates if missing) the notebook at location(), or
    // says in errorString() why not, leaving it untouched.
    virtual bool open(Access access = Access::ReadWrite) = 0;
    // Close only after every model and query on database() is gone.
    virtual void close() = 0;
    // Connects database() again after the connection broke (a server that
    // went away), set up as open() left it; a file's never breaks.
    virtual bool reconnect() { return true; }
    bool isOpen() const { return !m_connectionName.isEmpty(); }

    NotebookLocation location() const { return m_location; }
    // A file's absolute path; empty for a server.
    QString path() const { return m_location.filePath(); }
    QString displayName() const { return m_location.displayName(); }
    QSqlDatabase database() const;
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const { return m_schemaVersion; }

    bool isReadOnly() const { return m_readOnlyReason != ReadOnlyReason::None; }
    ReadOnlyReason readOnlyReason() const { return m_readOnlyReason; }
    QString readOnlyMessage() const;

    // The backup written before the schema upgrade done by the last open(),
    // or empty when none was needed.
    QString backupPath() const { return m_backupPath; }

    Error lastError() const { return m_error; }
    // In words a user understands.
    QString errorString() const { return m_errorString; }
    // What the engine or the system said, for "Show Details".
    QString errorDetail() const { return m_errorDetail; }

    // Called every so often while open() does long work (the backup and
    // the upgrade of a large notebook), in the thread of open(): to keep a
    // window painted and tell the user to wait. It must not use this
    // notebook.
    void setProgressHandler(std::function<void()> handler) { m_progress = std::move(handler); }

    void setBusyTimeout(int milliseconds) { m_busyTimeout = milliseconds; }
    // The password to give a server that asks for one; a file has none.
    virtual void setPassword(const QString &password) { Q_UNUSED(password) }
    // The one given, for another connection to the same notebook (an
    // import's, which runs in a thread of its own).
    virtual QString password() const { return {}; }
    // Whether open() may set up a new notebook where there is none yet. A
    // file is created where none is; a server's database is set up only
    // once the user said so (open() fails with Error::NotSetUp before).
    virtual void setSetUpAllowed(bool allowed) { Q_UNUSED(allowed) }
    int busyTimeout() const { return m_busyTimeout; }

    // The same in every engine: a migration's number is the same step.
    static int latestSchemaVersion();

protected:
    explicit Notebook(const NotebookLocation &location);
    // Starts an open(): no error, no backup, no version yet.
    void reset(const NotebookLocation &location);
    bool fail(Error error, const QString &message, const QString &detail = {});
    // Closes and removes the connection, if there is one.
    void removeConnection();

    NotebookLocation m_location;
    QString m_connectionName;
    std::function<void()> m_progress;
    QString m_backupPath;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    int m_schemaVersion = 0;
    int m_busyTimeout = 5000;

private:
    Error m_error = Error::None;
    QString m_errorString;
    QString m_errorDetail;
};
