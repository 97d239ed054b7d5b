#pragma once

#include "notebookstorage.h"

// A notebook in an SQLite file (.cpbook): FTS5 search indexes, BEGIN
// IMMEDIATE, trusted_schema for the indexes' triggers, PRAGMA data_version,
// VACUUM INTO. NotebookFile opens a file and configures its connection.
class SqliteStorage final : public NotebookStorage
{
public:
    QString migrationsFolder() const override { return QStringLiteral(":/migrations/sqlite"); }
    QStringList splitStatements(const QString &script) const override;
    bool schemaVersion(const QSqlDatabase &db, int *version, QSqlError *error) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QSqlError *error) const override;
    bool isEmpty(const QSqlDatabase &db, bool *empty, QSqlError *error) const override;
    bool markAsNotebook(const QSqlDatabase &db, QSqlError *error) const override;
    bool lockForUpgrade(const QSqlDatabase &, QSqlError *) const override { return true; } // BEGIN IMMEDIATE did
    bool comparesSchema() const override { return true; }
    bool brokenLink(const QSqlDatabase &db, QString *table, QSqlError *error) const override;
    QStringList schemaOf(const QSqlDatabase &db) const override;
    bool configure(const QSqlDatabase &db, QSqlError *error) const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN IMMEDIATE"); }
    // Its first read takes a lock that keeps writers out until the end.
    QString beginSnapshotStatement() const override { return QStringLiteral("BEGIN"); }
    bool lockNotes(const QSqlDatabase &, const QList<qint64> &, QSqlError *) const override { return true; }
    void trustTriggers(const QSqlDatabase &db, bool trusted) const override;
    void prepareLargeWrite(const QSqlDatabase &db) const override;
    void finishLargeWrite(const QSqlDatabase &) const override {} // its planner needs no statistics for the list
    bool deferSearchIndex(const QSqlDatabase &db, bool deferred, QSqlError *error) const override;
    bool indexForSearch(const QSqlDatabase &db, qint64 firstId, qint64 lastId, QSqlError *error) const override;
    // An INTEGER PRIMARY KEY goes on from the largest there.
    bool followCopiedIds(const QSqlDatabase &, QSqlError *) const override { return true; }
    bool lastInsertedId(const QSqlDatabase &db, qint64 *id, QSqlError *error) const override;
    bool changeCounter(const QSqlDatabase &db, qint64 *counter) const override;
    QString changeChannel(const QSqlDatabase &) const override { return {}; }
    bool isConnected(const QSqlDatabase &) const override { return true; }
    bool writeCopy(const QSqlDatabase &db, const QString &target, QSqlError *error) const override;
    StorageError::Kind errorKind(const QSqlError &error) const override;
    bool hasSearchIndex(const QSqlDatabase &db) const override;
    bool hasTable(const QSqlDatabase &db, const QString &table) const override { return db.tables().contains(table); }
    // SQLite's NOCASE folds ASCII letters only; callers fold the rest.
    QString caseless(const QString &expression) const override { return expression + QStringLiteral(" COLLATE NOCASE"); }
    QString listingStatement(const QSqlDatabase &db, const NoteListing &listing) const override;
    int listingPage() const override { return 0; }

    // SQLite's defensive mode on db's connection: no writable_schema, no
    // direct writes to shadow tables, so that a crafted file cannot corrupt
    // itself. Set through the driver's handle, which must belong to the
    // SQLite library we link against (true for Qt built with -system-sqlite,
    // as on Linux distributions); OtherLibrary if it does not (*version is
    // then Qt's). *handle: the connection's.
    enum class Defence { On, OtherLibrary, Failed };
    static Defence makeDefensive(const QSqlDatabase &db, QString *version, void **handle = nullptr);

private:
    // How many notes match an FTS5 expression, counting up to limit and one
    // more. Phrases are the costly part of a search, so the count is of their
    // words (SearchQuery::looseExpression()).
    static int matchCount(const QSqlDatabase &db, const QString &expression, int limit);
};
