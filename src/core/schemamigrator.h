#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// Brings a notebook's schema up to date with the numbered SQL files bundled
// in the resources (":/migrations/<engine>/NNNN_what_it_does.sql"), through
// the storage of the connection it is given (NotebookStorage).
//
// All pending steps run in one transaction, under the storage's lock for
// upgrades, with the schema version set inside it, and a check of the links
// between rows before the commit. Any failure rolls everything back, so
// the notebook stays exactly as it was.
class SchemaMigrator final
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString fileName;
        QString path;
    };

    static constexpr quint32 ApplicationId = 0x43504E42; // "CPNB"
    // The version that adds note_link, whose rows the upgrade fills.
    static constexpr int NoteLinksVersion = 6;
    // The SQLite migrations (NotebookStorage::migrationsFolder()); a
    // server's are in ":/migrations/postgresql".
    static QString defaultDirectory() { return QStringLiteral(":/migrations/sqlite"); }

    explicit SchemaMigrator(const QString &directory = defaultDirectory());

    // The migrations found, in order, or an empty list (and lastError())
    // when their numbering has a gap or a duplicate.
    QList<Migration> migrations() const { return m_migrations; }
    int latestVersion() const;

    // Applies the migrations after the database's user_version up to
    // targetVersion (-1: the latest). A database at version 0 must be empty;
    // it is also given our application_id.
    bool migrate(const QSqlDatabase &db, int targetVersion = -1);

    // Writes a consistent copy of db next to notebookPath, named
    // "<notebook>.v<version>.bak" (or "...v<version>.<n>.bak" if taken),
    // readable by the owner only. Runs outside any transaction.
    bool backUp(const QSqlDatabase &db, const QString &notebookPath, int version);
    QString backupPath() const { return m_backupPath; }

    QString lastError() const { return m_lastError; }

    static int userVersion(const QSqlDatabase &db, bool *ok = nullptr);

    // The schema as "type name on table: sql" lines, sorted, without the
    // engine's own objects (NotebookStorage::schemaOf()). The SQL is
    // normalized (SqlNormalizer): a schema written with other whitespace or
    // comments is the same schema.
    static QStringList schemaOf(const QSqlDatabase &db);
    // What schemaOf() gives for a notebook made by these migrations up to
    // version: the only schema Commonplace trusts. Built once per version
    // in an in-memory database.
    QStringList expectedSchema(int version) const;
    // Whether db holds exactly the schema these migrations make for its
    // user_version: nothing added, nothing changed.
    bool isOurSchema(const QSqlDatabase &db) const;

private:
    bool apply(const QSqlDatabase &db, const Migration &migration);
    bool fail(const QString &message);

    QList<Migration> m_migrations;
    QString m_backupPath;
    QString m_lastError;
};
