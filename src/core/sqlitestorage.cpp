#include "sqlitestorage.h"

#include "listingbuilder.h"
#include "schemamigrator.h"
#include "searchquery.h"
#include "sqlnormalizer.h"
#include "sqlstatementsplitter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <sqlite3.h>

namespace {

// One value of one row, or false with the error.
bool readInteger(const QSqlDatabase &db, const QString &statement, int *value, QSqlError *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *value = query.value(0).toInt();
    return true;
}

bool execute(const QSqlDatabase &db, const QString &statement, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

QStringList SqliteStorage::splitStatements(const QString &script) const
{
    return SqlStatementSplitter::split(script);
}

bool SqliteStorage::schemaVersion(const QSqlDatabase &db, int *version, QSqlError *error) const
{
    return readInteger(db, QStringLiteral("PRAGMA user_version"), version, error);
}

// Constants of ours, not user text: PRAGMA takes no bound values.
bool SqliteStorage::setSchemaVersion(const QSqlDatabase &db, int version, QSqlError *error) const
{
    return execute(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

bool SqliteStorage::markAsNotebook(const QSqlDatabase &db, QSqlError *error) const
{
    return execute(db, QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrator::ApplicationId), error);
}

bool SqliteStorage::isEmpty(const QSqlDatabase &db, bool *empty, QSqlError *error) const
{
    int objects = 0;
    if (!readInteger(db, QStringLiteral("SELECT count(*) FROM sqlite_schema"), &objects, error))
        return false;
    *empty = objects == 0;
    return true;
}

bool SqliteStorage::brokenLink(const QSqlDatabase &db, QString *table, QSqlError *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
        *error = query.lastError();
        return false;
    }
    *table = query.next() ? query.value(0).toString() : QString();
    return true;
}

SqliteStorage::Defence SqliteStorage::makeDefensive(const QSqlDatabase &db, QString *version, void **handle)
{
    const QVariant driverHandle = db.driver()->handle();
    if (!driverHandle.isValid() || qstrcmp(driverHandle.typeName(), "sqlite3*") != 0)
        return Defence::Failed;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT sqlite_version()")) || !query.next())
        return Defence::Failed;
    *version = query.value(0).toString();
    if (*version != QLatin1String(sqlite3_libversion()))
        return Defence::OtherLibrary;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(driverHandle.constData());
    if (handle)
        *handle = connection;
    int enabled = 0;
    if (!connection || sqlite3_db_config(connection, SQLITE_DBCONFIG_DEFENSIVE, 1, &enabled) != SQLITE_OK
        || enabled != 1)
        return Defence::Failed;
    return Defence::On;
}

QStringList SqliteStorage::schemaOf(const QSqlDatabase &db) const
{
    QStringList lines;
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_schema "
                              "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"));
    while (query.next())
        lines << QStringLiteral("%1 %2 on %3: %4")
                     .arg(query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString(), SqlNormalizer::normalized(query.value(3).toString()));
    return lines;
}

bool SqliteStorage::configure(const QSqlDatabase &db, QSqlError *error) const
{
    static const QString pragmas[] = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA synchronous = FULL"),
    };
    QSqlQuery query(db);
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma)) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

// SQLite lets a trigger write to an FTS5 table only while the schema is
// trusted; notebooks are opened with trusted_schema off.
void SqliteStorage::trustTriggers(const QSqlDatabase &db, bool trusted) const
{
    QSqlQuery(db).exec(trusted ? QStringLiteral("PRAGMA trusted_schema = ON")
                               : QStringLiteral("PRAGMA trusted_schema = OFF"));
}

// 64 MB of page cache instead of SQLite's 2 MB: a transaction larger than
// its cache writes pages to the file and the journal before it commits.
void SqliteStorage::prepareLargeWrite(const QSqlDatabase &db) const
{
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -65536"));
}

// Migration 8: the insert trigger skips notes while the row is there.
bool SqliteStorage::deferSearchIndex(const QSqlDatabase &db, bool deferred, QSqlError *error) const
{
    QSqlQuery query(db);
    if (query.exec(deferred ? QStringLiteral("INSERT OR IGNORE INTO note_search_deferred (deferred) VALUES (1)")
                            : QStringLiteral("DELETE FROM note_search_deferred")))
        return true;
    *error = query.lastError();
    return false;
}

bool SqliteStorage::indexForSearch(const QSqlDatabase &db, qint64 firstId, qint64 lastId, QSqlError *error) const
{
    for (const QLatin1String index : {QLatin1String("note_search"), QLatin1String("note_substring")}) {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("INSERT INTO %1 (rowid, title, content) SELECT id, title, content FROM note"
                                     " WHERE id BETWEEN ? AND ?").arg(index));
        query.addBindValue(firstId);
        query.addBindValue(lastId);
        if (!query.exec()) {
            *error = query.lastError();
            return false;
        }
    }
    return true;
}

bool SqliteStorage::lastInsertedId(const QSqlDatabase &db, qint64 *id, QSqlError *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT last_insert_rowid()")) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *id = query.value(0).toLongLong();
    return true;
}

// data_version moves when another connection commits to the file.
bool SqliteStorage::changeCounter(const QSqlDatabase &db, qint64 *counter) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA data_version")) || !query.next())
        return false;
    *counter = query.value(0).toLongLong();
    return true;
}

// VACUUM INTO writes a consistent copy while others read and write, into an
// empty file, keeping its permissions.
bool SqliteStorage::writeCopy(const QSqlDatabase &db, const QString &target, QSqlError *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(target);
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

StorageError::Kind SqliteStorage::errorKind(const QSqlError &error) const
{
    using Kind = StorageError::Kind;
    if (!error.isValid())
        return Kind::None;
    // Qt's driver reports the extended result code; the low byte is the
    // primary one.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Kind::Other;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_CONSTRAINT:
        return Kind::ConstraintViolated;
    case SQLITE_CORRUPT:
        return Kind::Damaged;
    case SQLITE_NOTADB:
        return Kind::NotNotebook;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Kind::PermissionDenied;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Kind::IoError;
    default:
        return Kind::Other;
    }
}

bool SqliteStorage::hasSearchIndex(const QSqlDatabase &db) const
{
    const QStringList tables = db.tables();
    return tables.contains(QStringLiteral("note_search")) && tables.contains(QStringLiteral("note_substring"));
}

int SqliteStorage::matchCount(const QSqlDatabase &db, const QString &expression, int limit)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral(
        "SELECT count(*) FROM (SELECT 1 FROM note_search WHERE note_search MATCH ? LIMIT ?)"));
    query.addBindValue(expression);
    query.addBindValue(limit + 1);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

// QSqlTableModel runs this statement as it is, without bound values, so each
// piece of the search text is quoted by the driver (formatValue), never
// pasted in as SQL. SearchQuery makes sure it is never FTS5 syntax either.
QString SqliteStorage::listingStatement(const QSqlDatabase &db, const NoteListing &listing) const
{
    const ListingBuilder build(db, listing, QStringLiteral("NULL"));
    if (!listing.search)
        return build.plain();
    const bool count = listing.countOnly;
    const bool hasIndex = listing.hasSearchIndex;
    QStringList conditions = build.conditions(); // for every part of the statement
    for (const QString &substring : std::as_const(listing.substrings)) {
        // SQLite hands LIKE to the trigram index only without ESCAPE, and
        // the index answers only for three characters or more (shorter, it
        // finds nothing); otherwise ESCAPE makes SQLite read every note.
        const bool plain = substring.toUcs4().size() >= 3 && !substring.contains(QLatin1Char('%'))
            && !substring.contains(QLatin1Char('_')) && !substring.contains(QLatin1Char('\\'));
        const QString like = plain
            ? QStringLiteral("LIKE ") + build.quoted(QLatin1Char('%') + substring + QLatin1Char('%'))
            : QStringLiteral("LIKE %1 ESCAPE '\\'").arg(build.quoted(SearchQuery::containsPattern(substring)));
        if (hasIndex)
            conditions << QStringLiteral("note.id IN (SELECT rowid FROM note_substring WHERE title %1 "
                                         "UNION SELECT rowid FROM note_substring WHERE content %1)")
                              .arg(like);
        else
            conditions << QStringLiteral("(note.title %1 OR note.content %1)").arg(like);
    }
    // Notes with pending changes come first, whether they match or not.
    QStringList parts;
    if (!build.kept().isEmpty()) {
        parts << build.unmarked() + QStringLiteral(" WHERE ") + build.kept();
        conditions << QStringLiteral("NOT ") + build.kept();
    }

    const QString expression = hasIndex ? listing.search->wordExpression() : QString();
    if (expression.isEmpty()) {
        // The content around the first substring; the delegate marks it.
        const QString first = build.quoted(listing.substrings.first());
        parts << (count ? build.unmarked()
                        : build.select()
                             + QStringLiteral(", NULL AS title_marked, CASE WHEN instr(note.content, %1) > 40 "
                                              "THEN '…' || substr(note.content, instr(note.content, %1) - 30, 120) "
                                              "ELSE substr(note.content, 1, 120) END AS snippet FROM note")
                                   .arg(first))
                + ListingBuilder::where(conditions) + QLatin1Char(' ') + build.order();
    } else {
        // Snippets are made only for the rows the list fetches: FTS5 hands
        // them out in order, without a sort of its results by SQLite.
        const QString found = build.select()
            + (count ? QString()
                     : QStringLiteral(", highlight(note_search, 0, char(2), char(3)) AS title_marked, "
                                      "snippet(note_search, 1, char(2), char(3), '…', 12) AS snippet"))
            + QStringLiteral(" FROM note_search JOIN note ON note.id = note_search.rowid");
        const auto matching = [&](const QString &fts, const QString &rank, const QString &order) -> QString {
            QStringList where{QStringLiteral("note_search MATCH ") + build.quoted(fts)};
            if (!rank.isEmpty())
                where << QStringLiteral("rank MATCH ") + build.quoted(rank);
            return found + ListingBuilder::where(where + conditions) + QLatin1Char(' ') + order;
        };
        if (count) {
            parts << matching(expression, {}, {}); // every match, in no order
        } else if (matchCount(db, listing.search->looseExpression(), listing.rankingLimit) <= listing.rankingLimit) {
            // Best first by bm25, a title match weighing ten content matches.
            parts << matching(expression, QStringLiteral("bm25(10.0, 1.0)"), QStringLiteral("ORDER BY rank"));
        } else {
            // Ranking every note of a search that matches most of them would
            // take longer than a keystroke, and say little: the notes whose
            // title matches come first, then the others, newest first.
            const QString inTitle = QStringLiteral("{title} : (%1)").arg(expression);
            const QString newest = QStringLiteral("ORDER BY note_search.rowid DESC");
            parts << matching(inTitle, {}, newest)
                  << matching(QStringLiteral("(%1) NOT %2").arg(expression, inTitle), {}, newest);
        }
    }
    return build.joined(parts);
}

