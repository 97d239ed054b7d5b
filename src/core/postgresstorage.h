#pragma once

#include "notebookstorage.h"

// A notebook in a schema of a PostgreSQL database (a team notebook), over
// Qt's QPSQL driver. Every connection has the notebook's schema first in
// its search_path (NotebookServer sets it), so the SQL here names tables as
// a file notebook's does. The mark and version of the notebook are the one
// row of notebook_header; an upgrade holds an advisory lock, so two
// clients never upgrade at once; search uses the tsvector index and
// pg_trgm of migration 4.
class PostgresStorage final : public NotebookStorage
{
public:
    // How many of a search's best rows have their matches marked.
    static constexpr int MarkedRows = 100;
    // A search matching more notes than this (or than the listing's
    // ranking limit) is listed newest first, not ranked: ranking reads the
    // words of every match, which for a common word or a first letter is
    // most of the notebook.
    static constexpr int RankedMatches = 5000;

    QString migrationsFolder() const override { return QStringLiteral(":/migrations/postgresql"); }
    QStringList splitStatements(const QString &script) const override;
    bool schemaVersion(const QSqlDatabase &db, int *version, QSqlError *error) const override;
    bool setSchemaVersion(const QSqlDatabase &db, int version, QSqlError *error) const override;
    bool isEmpty(const QSqlDatabase &db, bool *empty, QSqlError *error) const override;
    bool markAsNotebook(const QSqlDatabase &db, QSqlError *error) const override;
    bool lockForUpgrade(const QSqlDatabase &db, QSqlError *error) const override;
    bool comparesSchema() const override { return false; }
    // Every constraint is checked as each row is written.
    bool brokenLink(const QSqlDatabase &, QString *table, QSqlError *) const override
    {
        table->clear();
        return true;
    }
    QStringList schemaOf(const QSqlDatabase &db) const override;
    bool configure(const QSqlDatabase &db, QSqlError *error) const override;
    QString beginWriteStatement() const override { return QStringLiteral("BEGIN"); }
    QString beginSnapshotStatement() const override
    {
        return QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    }
    bool lockNotes(const QSqlDatabase &db, const QList<qint64> &ids, QSqlError *error) const override;
    void trustTriggers(const QSqlDatabase &, bool) const override {} // the server's triggers always run
    void prepareLargeWrite(const QSqlDatabase &) const override {}
    void finishLargeWrite(const QSqlDatabase &db) const override;
    bool deferSearchIndex(const QSqlDatabase &db, bool deferred, QSqlError *error) const override;
    bool indexForSearch(const QSqlDatabase &db, qint64 firstId, qint64 lastId, QSqlError *error) const override;
    bool followCopiedIds(const QSqlDatabase &db, QSqlError *error) const override;
    bool lastInsertedId(const QSqlDatabase &db, qint64 *id, QSqlError *error) const override;
    bool changeCounter(const QSqlDatabase &db, qint64 *counter) const override;
    QString changeChannel(const QSqlDatabase &db) const override;
    bool isConnected(const QSqlDatabase &db) const override;
    bool writeCopy(const QSqlDatabase &db, const QString &target, QSqlError *error) const override;
    StorageError::Kind errorKind(const QSqlError &error) const override;
    bool hasSearchIndex(const QSqlDatabase &db) const override;
    bool hasTable(const QSqlDatabase &db, const QString &table) const override;
    QString caseless(const QString &expression) const override { return QStringLiteral("lower(%1)").arg(expression); }
    QString listingStatement(const QSqlDatabase &db, const NoteListing &listing) const override;
    int listingPage() const override { return 250; }

    // name as a quoted identifier, its quotes doubled. Qt's driver would
    // split a name at its dots and leave one already in quotes as it is,
    // which a schema named in a location must not be able to use.
    static QString quotedName(const QString &name);

private:
    // How many notes the search words match, counted to limit + 1 at most.
    static int matchCount(const QSqlDatabase &db, const QString &words, int limit);
};
