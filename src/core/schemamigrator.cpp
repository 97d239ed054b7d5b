#include "schemamigrator.h"

#include "logging.h"
#include "notebookbackup.h"
#include "notelinks.h"
#include "notebookstorage.h"
#include "writetransaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

SchemaMigrator::SchemaMigrator(const QString &directory)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_\\w+\\.sql$"));
    const QDir dir(directory);
    const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (!match.hasMatch()) {
            fail(tr("The migration file name %1 does not start with a four-digit number.").arg(name));
            m_migrations.clear();
            return;
        }
        const int version = match.captured(1).toInt();
        if (version != m_migrations.size() + 1) {
            fail(tr("The migration %1 is out of sequence: expected number %2.")
                     .arg(name)
                     .arg(m_migrations.size() + 1));
            m_migrations.clear();
            return;
        }
        m_migrations.append({version, name, dir.filePath(name)});
    }
    if (m_migrations.isEmpty() && m_lastError.isEmpty())
        fail(tr("No schema migrations were found in %1.").arg(directory));
}

int SchemaMigrator::latestVersion() const
{
    return m_migrations.isEmpty() ? 0 : m_migrations.last().version;
}

int SchemaMigrator::userVersion(const QSqlDatabase &db, bool *ok)
{
    int version = -1;
    QSqlError error;
    const bool read = NotebookStorage::of(db).schemaVersion(db, &version, &error);
    if (ok)
        *ok = read;
    return read ? version : -1;
}

QStringList SchemaMigrator::schemaOf(const QSqlDatabase &db)
{
    return NotebookStorage::of(db).schemaOf(db);
}

QStringList SchemaMigrator::expectedSchema(int version) const
{
    // Shared by every thread that opens notebooks (the daily backup runs in
    // one of its own), so guarded; the in-memory database is built under the
    // lock too, under a name of its own.
    static QMutex mutex;
    static QHash<QPair<QString, int>, QStringList> cache;
    const QMutexLocker locker(&mutex);
    const QString directory = m_migrations.isEmpty() ? QString() : QFileInfo(m_migrations.first().path).path();
    const auto key = qMakePair(directory, version);
    if (const auto found = cache.constFind(key); found != cache.constEnd())
        return *found;

    QStringList schema;
    const QString name = QStringLiteral("commonplace-expected-schema");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        SchemaMigrator migrator(*this);
        if (db.open() && migrator.migrate(db, version))
            schema = schemaOf(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!schema.isEmpty()) // a failure is not the answer for next time
        cache.insert(key, schema);
    return schema;
}

bool SchemaMigrator::isOurSchema(const QSqlDatabase &db) const
{
    bool ok = false;
    const int version = userVersion(db, &ok);
    return ok && version >= 1 && version <= latestVersion()
        && (!NotebookStorage::of(db).comparesSchema() || schemaOf(db) == expectedSchema(version));
}

bool SchemaMigrator::migrate(const QSqlDatabase &db, int targetVersion)
{
    if (m_migrations.isEmpty())
        return false;
    if (targetVersion < 0)
        targetVersion = latestVersion();
    if (targetVersion > latestVersion())
        return fail(tr("Schema version %1 is unknown to this version of Commonplace.")
                        .arg(targetVersion));

    const NotebookStorage &storage = NotebookStorage::of(db);
    WriteTransaction transaction(db);
    if (!transaction.isActive())
        return fail(tr("Could not start the upgrade: %1").arg(transaction.lastError().text()));
    QSqlError error;
    if (!storage.lockForUpgrade(db, &error))
        return fail(tr("Could not start the upgrade: %1").arg(error.text()));

    // Read inside the transaction, so no one else can upgrade in between.
    int current = 0;
    if (!storage.schemaVersion(db, &current, &error))
        return fail(tr("Could not read the schema version."));
    if (current >= targetVersion)
        return true;

    if (current == 0) {
        // Only an empty database may become a notebook.
        bool empty = false;
        if (!storage.isEmpty(db, &empty, &error))
            return fail(error.text());
        if (!empty)
            return fail(tr("The database already holds tables that are not a notebook's."));
        if (!storage.markAsNotebook(db, &error))
            return fail(error.text());
    }

    for (const Migration &migration : std::as_const(m_migrations)) {
        if (migration.version > current && migration.version <= targetVersion
            && !apply(db, migration))
            return false;
    }

    QString broken;
    if (!storage.setSchemaVersion(db, targetVersion, &error) || !storage.brokenLink(db, &broken, &error))
        return fail(error.text());
    if (!broken.isEmpty())
        return fail(tr("The upgrade would break a link between notes (table %1).").arg(broken));

    if (!transaction.commit())
        return fail(tr("Could not save the upgrade: %1").arg(transaction.lastError().text()));
    qCInfo(lcNotebook) << "Upgraded schema from version" << current << "to" << targetVersion;
    return true;
}

bool SchemaMigrator::apply(const QSqlDatabase &db, const Migration &migration)
{
    QFile file(migration.path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not read %1: %2").arg(migration.fileName, file.errorString()));
    const QStringList statements = NotebookStorage::of(db).splitStatements(QString::fromUtf8(file.readAll()));
    QSqlQuery query(db);
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!query.exec(statements.at(i)))
            return fail(tr("%1, statement %2 failed: %3\n%4")
                            .arg(migration.fileName)
                            .arg(i + 1)
                            .arg(query.lastError().text(), statements.at(i)));
    }
    // What SQL cannot do: the links of the notes already there are read
    // out of their Markdown, in the same transaction as the new table.
    if (migration.version == NoteLinksVersion) {
        NoteLinks links(db);
        if (!links.writeAll())
            return fail(tr("%1: the links between notes could not be written: %2")
                            .arg(migration.fileName, links.lastError().text()));
    }
    return true;
}

bool SchemaMigrator::backUp(const QSqlDatabase &db, const QString &notebookPath, int version)
{
    m_backupPath.clear();
    const QString base = notebookPath + QStringLiteral(".v%1").arg(version);
    QString target = base + QStringLiteral(".bak");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = base + QStringLiteral(".%1.bak").arg(n);
    NotebookBackup backup;
    if (!backup.write(db, target))
        return fail(backup.lastError());
    m_backupPath = target;
    return true;
}

bool SchemaMigrator::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcNotebook).noquote() << message;
    return false;
}
