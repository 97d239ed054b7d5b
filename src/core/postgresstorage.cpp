#include "postgresstorage.h"

#include "listingbuilder.h"
#include "logging.h"
#include "schemamigrator.h"
#include "searchquery.h"
#include "sqlstatementsplitter.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <libpq-fe.h>

namespace {

bool execute(const QSqlDatabase &db, const QString &statement, QSqlError *error)
{
    QSqlQuery query(db);
    if (query.exec(statement))
        return true;
    *error = query.lastError();
    return false;
}

} // namespace

QString PostgresStorage::quotedName(const QString &name)
{
    QString quoted = name;
    quoted.remove(QChar(0)); // libpq's statements end at a NUL
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QStringList PostgresStorage::splitStatements(const QString &script) const
{
    return SqlStatementSplitter::splitPostgres(script);
}

bool PostgresStorage::configure(const QSqlDatabase &db, QSqlError *error) const
{
    // Rows are read as they are: no locale-dependent output formats.
    return execute(db, QStringLiteral("SET datestyle = ISO"), error)
        && execute(db, QStringLiteral("SET intervalstyle = iso_8601"), error);
}

// Read from pg_class with the statement's snapshot: to_regclass() may
// answer from a cache that has not yet heard of a table another client
// just committed (one that set the notebook up while this one waited).
// Qt's tables() names the tables of other schemas than public with their
// schema.
bool PostgresStorage::hasTable(const QSqlDatabase &db, const QString &table) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                                 " WHERE n.nspname = current_schema() AND c.relname = ?)"));
    query.addBindValue(table);
    return query.exec() && query.next() && query.value(0).toBool();
}

// No header table: a schema with nothing of ours yet (version 0), whose
// emptiness isEmpty() tells.
bool PostgresStorage::schemaVersion(const QSqlDatabase &db, int *version, QSqlError *error) const
{
    if (!hasTable(db, QStringLiteral("notebook_header"))) {
        *version = 0;
        return true;
    }
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT application_id, schema_version FROM notebook_header")) || !query.next()) {
        *error = query.isActive() ? QSqlError(QStringLiteral("notebook_header has no row"), {}, QSqlError::StatementError)
                                  : query.lastError();
        return false;
    }
    if (query.value(0).toLongLong() != SchemaMigrator::ApplicationId) {
        *error = QSqlError(QStringLiteral("notebook_header is not Commonplace's"), {}, QSqlError::StatementError);
        return false;
    }
    *version = query.value(1).toInt();
    return true;
}

bool PostgresStorage::setSchemaVersion(const QSqlDatabase &db, int version, QSqlError *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE notebook_header SET schema_version = ?"));
    query.addBindValue(version);
    if (query.exec() && query.numRowsAffected() == 1)
        return true;
    *error = query.lastError();
    return false;
}

// The schema first in search_path; objects of extensions count, so a
// schema where someone put pg_trgm is not taken for empty.
bool PostgresStorage::isEmpty(const QSqlDatabase &db, bool *empty, QSqlError *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = n.oid)"
                                   " + (SELECT count(*) FROM pg_proc WHERE pronamespace = n.oid)"
                                   " + (SELECT count(*) FROM pg_type WHERE typnamespace = n.oid AND typrelid = 0)"
                                   " FROM pg_namespace n WHERE n.nspname = current_schema()"))
        || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *empty = query.value(0).toLongLong() == 0;
    return true;
}

// The mark a file keeps in its header: our application id beside the
// schema version, in a table of one row.
bool PostgresStorage::markAsNotebook(const QSqlDatabase &db, QSqlError *error) const
{
    QSqlQuery query(db);
    if (!execute(db,
                 QStringLiteral("CREATE TABLE notebook_header ("
                                " only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),"
                                " application_id bigint NOT NULL,"
                                " schema_version integer NOT NULL CHECK (schema_version >= 0))"),
                 error))
        return false;
    query.prepare(QStringLiteral("INSERT INTO notebook_header (application_id, schema_version) VALUES (?, 0)"));
    query.addBindValue(qint64(SchemaMigrator::ApplicationId));
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

// Held until the transaction ends. One key for the database, whichever
// schema is upgraded: upgrades are rare, and the key does not depend on
// what search_path finds while a schema is being made.
bool PostgresStorage::lockForUpgrade(const QSqlDatabase &db, QSqlError *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    query.addBindValue(qint64(SchemaMigrator::ApplicationId));
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

QStringList PostgresStorage::schemaOf(const QSqlDatabase &db) const
{
    QStringList lines;
    QSqlQuery query(db);
    query.exec(QStringLiteral(
        "SELECT 'table ' || c.relname || ': ' || string_agg(a.attname || ' ' || format_type(a.atttypid, a.atttypmod),"
        " ', ' ORDER BY a.attnum)"
        " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
        " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' GROUP BY c.relname"
        " UNION ALL SELECT 'index ' || c.relname || ': ' || pg_get_indexdef(c.oid) FROM pg_class c"
        " WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'i'"
        " UNION ALL SELECT 'trigger ' || t.tgname || ': ' || pg_get_triggerdef(t.oid) FROM pg_trigger t"
        " JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = current_schema()::regnamespace"
        " AND NOT t.tgisinternal ORDER BY 1"));
    while (query.next())
        lines << query.value(0).toString();
    return lines;
}

// READ COMMITTED lets two writers both pass a check of a version and then
// both write: locked first, the second waits for the first to commit and
// then reads the version it wrote. Locked in id order, so two saves of the
// same notes never wait for each other in a circle.
bool PostgresStorage::lockNotes(const QSqlDatabase &db, const QList<qint64> &ids, QSqlError *error) const
{
    if (ids.isEmpty())
        return true;
    QStringList numbers; // ids, not user text
    for (const qint64 id : ids)
        numbers << QString::number(id);
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("SELECT id FROM note WHERE id IN (%1) ORDER BY id FOR UPDATE").arg(numbers.join(u','))))
        return true;
    *error = query.lastError();
    return false;
}

void PostgresStorage::finishLargeWrite(const QSqlDatabase &db) const
{
    // Only the tables a large write fills. A member who does not own them
    // is skipped with a warning: autovacuum comes to them a little later.
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ANALYZE note, note_search, note_tag, tag")))
        qCWarning(lcNotebook) << "Could not update the statistics:" << query.lastError().text();
}

bool PostgresStorage::deferSearchIndex(const QSqlDatabase &db, bool deferred, QSqlError *error) const
{
    return execute(db,
                   deferred ? QStringLiteral("INSERT INTO note_search_deferred (deferred) VALUES (1) ON CONFLICT DO NOTHING")
                            : QStringLiteral("DELETE FROM note_search_deferred"),
                   error);
}

bool PostgresStorage::indexForSearch(const QSqlDatabase &db, qint64 firstId, qint64 lastId, QSqlError *error) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO note_search (note_id, words)"
                                 " SELECT id, search_words(title, content) FROM note WHERE id BETWEEN ? AND ?"
                                 " ON CONFLICT (note_id) DO UPDATE SET words = EXCLUDED.words"));
    query.addBindValue(firstId);
    query.addBindValue(lastId);
    if (query.exec())
        return true;
    *error = query.lastError();
    return false;
}

// An identity column's sequence knows nothing of ids given explicitly.
bool PostgresStorage::followCopiedIds(const QSqlDatabase &db, QSqlError *error) const
{
    for (const char *table : {"note", "tag", "note_revision"}) {
        if (!execute(db,
                     QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false) "
                                    "FROM %1")
                         .arg(QLatin1String(table)),
                     error))
            return false;
    }
    return true;
}

// The value the last insert on this connection took from a sequence: the
// note's id (no trigger on note takes one).
bool PostgresStorage::lastInsertedId(const QSqlDatabase &db, qint64 *id, QSqlError *error) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT lastval()")) || !query.next()) {
        *error = query.lastError();
        return false;
    }
    *id = query.value(0).toLongLong();
    return true;
}

// Others' saves come through notifications (changeChannel()); this is
// only for a connection that could not listen: the notebook's state as a
// number that moves with every committed change.
bool PostgresStorage::changeCounter(const QSqlDatabase &db, qint64 *counter) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT coalesce(sum(version), 0) + count(*) FROM note")) || !query.next())
        return false;
    *counter = query.value(0).toLongLong();
    return true;
}

// Migration 3's note_announce trigger names the channel so: a plain name,
// whatever the schema's, which LISTEN takes quoted as it is.
QString PostgresStorage::changeChannel(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT 'commonplace_' || md5(current_schema())")) || !query.next())
        return {};
    return query.value(0).toString();
}

// libpq's own view of the connection, through the driver's handle: it
// turns bad when the server closes it or the network drops it (libpq's
// keepalives, which NotebookServer sets), as the driver reads the socket
// for notifications. Asking costs no round trip to the server.
bool PostgresStorage::isConnected(const QSqlDatabase &db) const
{
    const QVariant handle = db.driver()->handle();
    // Qt names the type by libpq's struct (pg_conn*), or by its typedef.
    if (!db.isOpen() || !handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return false;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection && PQstatus(connection) == CONNECTION_OK;
}

bool PostgresStorage::writeCopy(const QSqlDatabase &, const QString &, QSqlError *error) const
{
    // A server's notebook is backed up with the server's own tools.
    *error = QSqlError(QStringLiteral("A notebook on a server is not copied to a file by a backup."), {},
                       QSqlError::StatementError);
    return false;
}

// By SQLSTATE (https://www.postgresql.org/docs/current/errcodes-appendix.html).
StorageError::Kind PostgresStorage::errorKind(const QSqlError &error) const
{
    using Kind = StorageError::Kind;
    if (!error.isValid())
        return Kind::None;
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01") || code == QLatin1String("57P02")
        || code == QLatin1String("57P03"))
        return Kind::ConnectionLost;
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03")
        || code == QLatin1String("57014"))
        return Kind::Busy;
    if (code == QLatin1String("53100"))
        return Kind::DiskFull;
    if (code.startsWith(QLatin1String("23")))
        return Kind::ConstraintViolated;
    if (code == QLatin1String("25006"))
        return Kind::ReadOnly;
    if (code == QLatin1String("42501"))
        return Kind::PermissionDenied;
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002"))
        return Kind::Damaged;
    if (code.startsWith(QLatin1String("58")) || code.startsWith(QLatin1String("53")))
        return Kind::IoError;
    // A connection gone before the server could say anything has no code,
    // only libpq's words.
    if (code.isEmpty()) {
        const QString text = error.databaseText() + u' ' + error.driverText();
        for (const char *words : {"server closed the connection", "no connection to the server",
                                  "could not send data to server", "could not receive data from server",
                                  "connection not open", "terminating connection"}) {
            if (text.contains(QLatin1String(words), Qt::CaseInsensitive))
                return Kind::ConnectionLost;
        }
        if (error.type() == QSqlError::ConnectionError)
            return Kind::ConnectionLost;
    }
    return Kind::Other;
}

bool PostgresStorage::hasSearchIndex(const QSqlDatabase &db) const
{
    return hasTable(db, QStringLiteral("note_search"));
}

int PostgresStorage::matchCount(const QSqlDatabase &db, const QString &words, int limit)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM note_search WHERE words @@ "
                                 "to_tsquery('simple'::regconfig, search_folded(?)) LIMIT ?) AS matches"));
    query.addBindValue(words);
    query.addBindValue(limit + 1);
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

// As SqliteStorage's: every piece of user text quoted by the driver.
QString PostgresStorage::listingStatement(const QSqlDatabase &db, const NoteListing &listing) const
{
    const ListingBuilder build(db, listing, QStringLiteral("NULL::text"));
    if (!listing.search)
        return build.plain();
    const bool count = listing.countOnly;
    QStringList conditions = build.conditions();
    // Substrings through pg_trgm's index, which answers ILIKE.
    for (const QString &substring : std::as_const(listing.substrings)) {
        const QString like = QStringLiteral("ILIKE %1 ESCAPE '\\'").arg(build.quoted(SearchQuery::containsPattern(substring)));
        conditions << QStringLiteral("(note.title %1 OR note.content %1)").arg(like);
    }
    // Notes with pending changes come first, whether they match or not.
    QStringList parts;
    if (!build.kept().isEmpty()) {
        parts << build.unmarked() + QStringLiteral(" WHERE ") + build.kept();
        conditions << QStringLiteral("NOT ") + build.kept();
    }
    const QString words = listing.hasSearchIndex ? listing.search->tsQueryText() : QString();
    if (words.isEmpty()) {
        // The content around the first substring; the delegate marks it.
        const QString first = build.quoted(listing.substrings.isEmpty() ? QString() : listing.substrings.first());
        parts << (count ? build.unmarked()
                        : build.select()
                             + QStringLiteral(", NULL::text AS title_marked, CASE WHEN strpos(note.content, %1) > 40 "
                                              "THEN '…' || substr(note.content, strpos(note.content, %1) - 30, 120) "
                                              "ELSE substr(note.content, 1, 120) END AS snippet FROM note")
                                   .arg(first))
                + ListingBuilder::where(conditions) + QLatin1Char(' ') + build.order();
    } else {
        // Best first: a title's words weigh ten times the text's. The
        // matches are marked as the file's index marks them (\x02, \x03),
        // in the first rows only: the driver fetches every row at once, and
        // marking a passage costs a parse of the note; further down, a
        // note's excerpt stands for its passage.
        const QString query = QStringLiteral("to_tsquery('simple'::regconfig, search_folded(%1))").arg(build.quoted(words));
        const QString matching = QStringLiteral(" FROM note_search JOIN note ON note.id = note_search.note_id")
            + ListingBuilder::where(QStringList{QStringLiteral("note_search.words @@ ") + query} + conditions);
        if (count) {
            parts << build.select() + matching;
        } else {
            const QString marks = QStringLiteral("'StartSel=' || chr(2) || ', StopSel=' || chr(3)");
            // Best first, or, past the ranking limit, newest first: then the
            // server can walk the notes from the newest and stop at a page.
            const int rankingLimit = qMin(listing.rankingLimit, RankedMatches);
            QString listed;
            if (matchCount(db, words, rankingLimit) <= rankingLimit) {
                listed = QStringLiteral("SELECT note.id AS ranked_id, row_number() OVER (ORDER BY ts_rank('{0, 0, 0.1, "
                                        "1.0}', note_search.words, %1) DESC, note.id DESC) AS position")
                             .arg(query)
                    + matching;
            } else {
                listed = QStringLiteral("SELECT ranked_id, row_number() OVER (ORDER BY ranked_id DESC) AS position FROM "
                                        "(SELECT note.id AS ranked_id")
                    + matching + QStringLiteral(" ORDER BY note.id DESC")
                    + (listing.limit > 0 ? QStringLiteral(" LIMIT ") + QString::number(listing.limit) : QString())
                    + QStringLiteral(") AS newest");
            }
            parts << build.select()
                    + QStringLiteral(", CASE WHEN ranked.position <= %3 THEN ts_headline('simple'::regconfig, note.title, "
                                     "%1, %2 || ', HighlightAll=true') END AS title_marked, CASE WHEN ranked.position <= %3 "
                                     "THEN ts_headline('simple'::regconfig, note.content, %1, %2 || ', MaxWords=14, "
                                     "MinWords=6, MaxFragments=1') ELSE note.excerpt END AS snippet")
                          .arg(query, marks, QString::number(MarkedRows))
                    + QStringLiteral(" FROM (") + listed
                    + QStringLiteral(") AS ranked JOIN note ON note.id = ranked.ranked_id ORDER BY ranked.position");
        }
    }
    return build.joined(parts);
}
