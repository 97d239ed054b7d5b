#include "notebookfile.h"

#include "logging.h"
#include "schemamigrator.h"
#include "notebookstorage.h"
#include "sqlitestorage.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QVersionNumber>

#include <sqlite3.h>

namespace {

// SQLite virtual machine steps between two calls of the progress handler.
// Indexing runs few steps per note but much work in each, so it is small:
// about a hundred notes.
constexpr int ProgressInterval = 1000;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// isWritable() asks the system about the current user. The permission bits
// also catch a file or folder marked read-only for everyone, which an
// administrator account could otherwise still write.
bool allowsWriting(const QFileInfo &info)
{
    return info.isWritable()
        && (info.permissions()
            & (QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther));
}

bool allowsReading(const QFileInfo &info)
{
    return info.isReadable()
        && (info.permissions()
            & (QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("commonplace-notebook-%1").arg(++counter);
}

} // namespace

NotebookFile::NotebookFile(const NotebookLocation &location)
    : Notebook(location)
{
}

NotebookFile::~NotebookFile()
{
    close();
}

bool NotebookFile::isSqliteSupported(const QString &version)
{
    return QVersionNumber::fromString(version) >= QVersionNumber::fromString(QLatin1String(MinimumSqliteVersion));
}

bool NotebookFile::open(const QString &path, Access access)
{
    close();
    m_location = NotebookLocation::fromPath(path);
    return open(access);
}

bool NotebookFile::open(Access access)
{
    close();
    reset(m_location);
    const QFileInfo info(path());
    const QString shown = nativePath(path());

    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return fail(Error::DriverMissing,
                    tr("Commonplace cannot open notebooks because Qt's SQLite driver is not "
                       "installed. Reinstalling Commonplace should fix this."));
    if (info.isDir())
        return fail(Error::NotSqlite, tr("“%1” is a folder, not a notebook.").arg(shown));
    if (!info.exists()) {
        if (access == Access::ReadOnly)
            return fail(Error::Unreadable, tr("The notebook “%1” does not exist.").arg(shown));
        if (!create(path()))
            return false;
    } else if (!allowsReading(info)) {
        return fail(Error::Unreadable,
                    tr("You do not have permission to read “%1”.").arg(shown));
    } else if (info.size() == 0) {
        // SQLite would take an empty file for an empty database and write to it.
        return fail(Error::NotSqlite, tr("“%1” is empty: it is not a notebook.").arg(shown));
    }

    if (access == Access::ReadOnly)
        m_readOnlyReason = ReadOnlyReason::Requested;
    else if (!allowsWriting(QFileInfo(path())))
        m_readOnlyReason = ReadOnlyReason::ReadOnlyFile;
    else if (!allowsWriting(QFileInfo(info.absolutePath())))
        m_readOnlyReason = ReadOnlyReason::ReadOnlyFolder;
    else
        m_readOnlyReason = ReadOnlyReason::None;

    if (!openConnection(path(), isReadOnly()) || !classify()) {
        close();
        return false;
    }

    // Newer or modified schemas are only read, whatever the file allows.
    if (m_schemaProblem != ReadOnlyReason::None && !reopenReadOnly(m_schemaProblem)) {
        close();
        return false;
    }

    if (!isReadOnly() && !upgrade()) {
        close();
        return false;
    }
    qCInfo(lcNotebook) << "Opened" << path() << "schema version" << m_schemaVersion
                       << (isReadOnly() ? "read-only" : "read-write");
    return true;
}

bool NotebookFile::reopenReadOnly(ReadOnlyReason reason)
{
    // Nothing has been written yet; on a read-only connection nothing can be.
    const bool wasReadOnly = isReadOnly();
    m_readOnlyReason = reason;
    if (wasReadOnly)
        return true;
    removeConnection();
    return openConnection(path(), true) && classify();
}

void NotebookFile::close()
{
    removeConnection();
    m_readOnlyReason = ReadOnlyReason::None;
}

void NotebookFile::removeConnection()
{
    Notebook::removeConnection();
    m_handle = nullptr;
}

// Builds the new notebook under a temporary name beside its final one and
// renames it into place when complete, so a crash never leaves a half-made
// notebook where the user expects one. QTemporaryFile creates it owner-only;
// SQLite gives its journal the same permissions.
bool NotebookFile::create(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder))
        return fail(Error::CannotCreate,
                    tr("Cannot create the notebook “%1”: the folder “%2” does not exist.")
                        .arg(info.fileName(), nativePath(folder)));

    QTemporaryFile file(path + QStringLiteral(".XXXXXX.new"));
    if (!file.open())
        return fail(Error::CannotCreate,
                    tr("Cannot create a notebook in the folder “%1”.").arg(nativePath(folder)),
                    file.errorString());
    file.close();

    SchemaMigrator migrator;
    const bool built = openConnection(file.fileName(), false) && configureConnection()
        && setJournalMode() && migrator.migrate(database());
    const QString detail = migrator.lastError().isEmpty() ? errorDetail() : migrator.lastError();
    removeConnection();
    if (!built && lastError() == Error::SqliteTooOld)
        return false; // says what to do about it
    if (!built)
        return fail(Error::CannotCreate,
                    tr("Cannot create the notebook “%1”.").arg(nativePath(path)), detail);

    if (!file.rename(path))
        return fail(Error::CannotCreate,
                    tr("Cannot create the notebook “%1”.").arg(nativePath(path)),
                    file.errorString());
    file.setAutoRemove(false);
    qCInfo(lcNotebook) << "Created" << path;
    return true;
}

bool NotebookFile::openConnection(const QString &path, bool readOnly)
{
    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);

    // A URI with mode=rw (or ro) keeps SQLite from creating a file that
    // vanished since we looked; only create() makes notebooks.
    QUrl uri = QUrl::fromLocalFile(path);
    uri.setQuery(readOnly ? QStringLiteral("mode=ro") : QStringLiteral("mode=rw"));
    db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
    QString options = QStringLiteral("QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeout);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);

    if (!db.open())
        return failSql(db.lastError());
    return true;
}

// Settings of this connection only: they write nothing to the file.
bool NotebookFile::configureConnection()
{
    if (!enableDefensiveMode())
        return false;
    QSqlError error;
    if (!NotebookStorage::of(database()).configure(database(), &error))
        return failSql(error);
    return true;
}

// SQLite's defensive mode (SqliteStorage::makeDefensive), on a SQLite new
// enough for our schema.
bool NotebookFile::enableDefensiveMode()
{
    QString version;
    void *handle = nullptr;
    const SqliteStorage::Defence defence = SqliteStorage::makeDefensive(database(), &version, &handle);
    if (defence == SqliteStorage::Defence::Failed && version.isEmpty())
        return fail(Error::Unreadable, tr("Cannot use the SQLite driver."), QString());
    if (!isSqliteSupported(version))
        return fail(Error::SqliteTooOld,
                    tr("Commonplace needs SQLite %1 or newer, but Qt's SQLite driver uses SQLite %2. "
                       "Update SQLite, then open the notebook again; it has not been changed.")
                        .arg(QLatin1String(MinimumSqliteVersion), version));
    // Another library than ours (a Qt that bundles its own SQLite): its
    // handle cannot be given to our sqlite3_db_config(). Notebooks still open
    // and work; only the defensive mode is missing, and the log says so.
    if (defence == SqliteStorage::Defence::OtherLibrary) {
        qCWarning(lcNotebook) << "Qt's SQLite" << version << "is not the SQLite linked in"
                              << sqlite3_libversion() << "- defensive mode is off";
        return true;
    }
    if (defence == SqliteStorage::Defence::Failed)
        return fail(Error::Unreadable, tr("Cannot protect the notebook against crafted files."),
                    QStringLiteral("SQLITE_DBCONFIG_DEFENSIVE"));
    m_handle = static_cast<sqlite3 *>(handle);
    return true;
}

// Reads, never writes: tells a notebook from everything else.
bool NotebookFile::classify()
{
    if (!configureConnection())
        return false;

    const QString shown = nativePath(path());
    QSqlQuery query(database());
    // The first read of the file: this is where SQLite finds out what it is.
    if (!query.exec(QStringLiteral("PRAGMA application_id")) || !query.next())
        return failSql(query.lastError());
    const quint32 applicationId = query.value(0).toUInt();
    if (applicationId != SchemaMigrator::ApplicationId)
        return fail(Error::NotNotebook,
                    tr("“%1” is a database of another application, not a Commonplace notebook.")
                        .arg(shown),
                    tr("application_id is %1").arg(applicationId));

    m_schemaProblem = ReadOnlyReason::None;
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failSql(query.lastError());
    m_schemaVersion = query.value(0).toInt();
    if (m_schemaVersion > latestSchemaVersion()) {
        m_schemaProblem = ReadOnlyReason::NewerVersion;
        return true; // its tables are its version's business
    }

    if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema "
                                   "WHERE type = 'table' AND name = 'note'"))
        || !query.next())
        return failSql(query.lastError());
    if (m_schemaVersion < 1 || query.value(0).toInt() != 1)
        return fail(Error::Damaged,
                    tr("“%1” is marked as a Commonplace notebook, but its notes table is "
                       "missing.")
                        .arg(shown),
                    tr("user_version is %1").arg(m_schemaVersion));
    query.finish();

    // Anything our migrations did not make (a trigger, a view, a changed
    // table) could run someone else's SQL when we write.
    if (!SchemaMigrator().isOurSchema(database())) {
        m_schemaProblem = ReadOnlyReason::ModifiedSchema;
        qCWarning(lcNotebook).noquote()
            << "Unexpected schema in" << path() << ":"
            << SchemaMigrator::schemaOf(database()).join(QLatin1Char('\n'));
    }
    return true;
}

bool NotebookFile::setJournalMode()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = DELETE")) || !query.next())
        return failSql(query.lastError());
    return true;
}

bool NotebookFile::upgrade()
{
    // Only now that the file is known to be ours and not newer: changing the
    // journal mode of someone else's WAL database would rewrite its header.
    if (!setJournalMode())
        return false;
    if (m_schemaVersion == latestSchemaVersion())
        return true;

    // Backing up and indexing 100,000 notes takes a while: let the caller
    // keep its window alive.
    if (m_handle && m_progress)
        sqlite3_progress_handler(m_handle, ProgressInterval, &NotebookFile::onProgress, this);
    const auto stopProgress = qScopeGuard([this] {
        if (m_handle)
            sqlite3_progress_handler(m_handle, 0, nullptr, nullptr);
    });

    SchemaMigrator migrator;
    const QString shown = nativePath(path());
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM note)")) || !query.next())
        return failSql(query.lastError());
    const bool holdsNotes = query.value(0).toBool();
    query.finish();
    if (holdsNotes && !migrator.backUp(database(), path(), m_schemaVersion))
        return fail(Error::UpgradeFailed,
                    tr("“%1” needs to be upgraded for this version of Commonplace, but no backup "
                       "could be made first, so it was left as it was.")
                        .arg(shown),
                    migrator.lastError());
    m_backupPath = migrator.backupPath();

    if (!migrator.migrate(database()))
        return fail(Error::UpgradeFailed,
                    tr("“%1” could not be upgraded for this version of Commonplace. It was left "
                       "as it was.")
                        .arg(shown),
                    migrator.lastError());
    m_schemaVersion = latestSchemaVersion();
    return true;
}

int NotebookFile::onProgress(void *notebook)
{
    static_cast<NotebookFile *>(notebook)->m_progress();
    return 0; // go on
}

bool NotebookFile::failSql(const QSqlError &error)
{
    const QString shown = nativePath(path());
    const QString detail = error.text();
    switch (NotebookStorage::of(database()).errorKind(error)) {
    case StorageError::Kind::NotNotebook:
        return fail(Error::NotSqlite, tr("“%1” is not a Commonplace notebook.").arg(shown),
                    detail);
    case StorageError::Kind::Damaged:
        return fail(Error::Damaged,
                    tr("“%1” is damaged and cannot be opened. If you have a backup of it, open "
                       "the backup instead.")
                        .arg(shown),
                    detail);
    case StorageError::Kind::Busy:
        return fail(Error::Locked,
                    tr("“%1” is locked by another program. Close the other program, or wait "
                       "for it to finish, and try again.")
                        .arg(shown),
                    detail);
    default:
        return fail(Error::Unreadable, tr("“%1” cannot be read.").arg(shown), detail);
    }
}
