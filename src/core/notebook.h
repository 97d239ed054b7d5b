#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlDatabase>
#include <QString>

#include <functional>

struct sqlite3;

// One open notebook: a *.cpbook SQLite file with its own named connection.
//
// open() creates a missing notebook, classifies every file that is not a
// usable notebook without changing a byte of it, opens read-only what may
// not be written, and upgrades an older schema after backing it up.
//
// Journal mode and synchronous level: a notebook is a document that people
// copy, sync and carry on USB sticks, so everything committed must be inside
// the .cpbook file itself the moment a commit returns. journal_mode=DELETE
// (a rollback journal, removed after each commit) gives exactly that, and
// leaves no extra file beside the notebook while nothing is being saved; WAL
// would keep recent commits in a "-wal" file that a copy of the .cpbook alone
// misses. synchronous=FULL flushes the journal and the file at each commit,
// so a commit that returned survives a power cut or a pulled stick.
class Notebook final
{
    Q_DECLARE_TR_FUNCTIONS(Notebook)

public:
    // Why a notebook could not be opened.
    enum class Error {
        None,
        DriverMissing, // Qt's SQLite driver is not installed
        SqliteTooOld, // Qt's SQLite driver uses an SQLite older than MinimumSqliteVersion
        CannotCreate, // a new notebook could not be created at that path
        NotSqlite, // not a database at all: other content, an empty file, a folder
        Damaged, // a database whose content is corrupt or cut short
        NotNotebook, // another application's database
        Locked, // another program holds the file locked
        Unreadable, // the file cannot be read: permissions, I/O errors
        UpgradeFailed, // the schema upgrade failed and was rolled back
    };

    // Why an open notebook is read-only.
    enum class ReadOnlyReason {
        None,
        Requested, // opened with Access::ReadOnly
        NewerVersion, // written by a newer Commonplace: its schema is unknown here
        ModifiedSchema, // triggers, views or tables that Commonplace did not make
        ReadOnlyFile,
        ReadOnlyFolder, // SQLite needs to write its journal beside the file
    };

    enum class Access { ReadWrite, ReadOnly };

    Notebook();
    ~Notebook();
    Q_DISABLE_COPY_MOVE(Notebook)

    bool open(const QString &path, Access access = Access::ReadWrite);
    // Close only after every model and query on database() is gone.
    void close();
    bool isOpen() const { return !m_connectionName.isEmpty(); }

    QString path() const { return m_path; }
    QString displayName() const;
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
    // What SQLite or the system said, for "Show Details".
    QString errorDetail() const { return m_errorDetail; }

    // Called every so often while open() does long work (the backup and
    // the upgrade of a large notebook), from inside SQLite, in the thread of
    // open(): to keep a window painted and tell the user to wait. It must
    // not use this notebook.
    void setProgressHandler(std::function<void()> handler) { m_progress = std::move(handler); }

    void setBusyTimeout(int milliseconds) { m_busyTimeout = milliseconds; }
    int busyTimeout() const { return m_busyTimeout; }

    static int latestSchemaVersion();
    // The oldest SQLite whose features notebooks use (the trigram tokenizer
    // of the search index), and whether version is as new.
    static constexpr char MinimumSqliteVersion[] = "3.34.0";
    static bool isSqliteSupported(const QString &version);
    static QString fileSuffix() { return QStringLiteral("cpbook"); }

private:
    bool create(const QString &path);
    bool openConnection(const QString &path, bool readOnly);
    bool configureConnection();
    bool classify();
    bool reopenReadOnly(ReadOnlyReason reason);
    bool enableDefensiveMode();
    bool setJournalMode();
    bool upgrade();
    bool fail(Error error, const QString &message, const QString &detail = {});
    bool failSql(const QSqlError &error); // classified by its SQLite result code
    void removeConnection();

    static int onProgress(void *notebook);

    QString m_path;
    QString m_connectionName;
    // The connection's SQLite handle, when it belongs to the SQLite we link.
    sqlite3 *m_handle = nullptr;
    std::function<void()> m_progress;
    QString m_backupPath;
    ReadOnlyReason m_readOnlyReason = ReadOnlyReason::None;
    // Found by classify(): a reason to open read-only whatever the file allows.
    ReadOnlyReason m_schemaProblem = ReadOnlyReason::None;
    int m_schemaVersion = 0;
    int m_busyTimeout = 5000;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_errorDetail;
};
