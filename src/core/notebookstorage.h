#pragma once

#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlRecord>
#include <QStringList>

class SearchQuery;

// Which notes a listing shows, and how (NotebookStorage::listingStatement()).
struct NoteListing
{
    QSqlRecord table; // the note table's columns, in order
    QString filter; // a condition on the notes, or empty
    QString order; // the ORDER BY clause without a search
    // While searching: what is looked for (nullptr: no search), what is
    // looked for as plain text, and above how many matches not to rank.
    // keptIds: the notes listed whatever the filter or search (they have
    // pending changes); while searching, first.
    const SearchQuery *search = nullptr;
    QStringList substrings;
    QList<qint64> keptIds;
    int rankingLimit = 0;
    bool hasSearchIndex = false; // NotebookStorage::hasSearchIndex(), asked once
    // A statement of one row and column: how many notes it would list, in
    // no order, with no snippets.
    bool countOnly = false;
    // At most so many rows, the kept ones included (0: every row).
    int limit = 0;
};

// Everything that differs between the engines that can keep a notebook. The
// note model, the session and the backups speak through it and hold no SQL
// of one engine only. SqliteStorage keeps a .cpbook file, PostgresStorage a
// notebook in a schema of a PostgreSQL database.
//
// An engine is stateless here: every call names the connection it is for.
class NotebookStorage
{
public:
    virtual ~NotebookStorage() = default;

    // The storage of the notebook db is connected to, by its Qt driver.
    static const NotebookStorage &of(const QSqlDatabase &db);

    // Sets up a connection just opened: links between rows enforced, the
    // notebook's triggers not trusted outside a save (trustTriggers()),
    // every commit on disk before it returns.
    virtual bool configure(const QSqlDatabase &db, QSqlError *error) const = 0;

    // The folder of this engine's numbered migration files; the same number
    // is the same step in every engine's folder.
    virtual QString migrationsFolder() const = 0;
    // A migration file's statements, split as the engine's own lexer would.
    virtual QStringList splitStatements(const QString &script) const = 0;
    // The notebook's schema version (0: not a notebook yet), and whether
    // it bears Commonplace's mark at all (a file's application_id; a
    // server's notebook_header). A version of 0 with no mark is a
    // notebook only if the storage is empty (isEmpty()).
    virtual bool schemaVersion(const QSqlDatabase &db, int *version, QSqlError *error) const = 0;
    virtual bool setSchemaVersion(const QSqlDatabase &db, int version, QSqlError *error) const = 0;
    // Whether nothing is kept there yet: no table, no view, no function.
    virtual bool isEmpty(const QSqlDatabase &db, bool *empty, QSqlError *error) const = 0;
    // Marks empty storage as a notebook of schema version 0, inside the
    // upgrade's transaction.
    virtual bool markAsNotebook(const QSqlDatabase &db, QSqlError *error) const = 0;
    // Inside the upgrade's transaction, before the version is read: no one
    // else upgrades the same notebook at once.
    virtual bool lockForUpgrade(const QSqlDatabase &db, QSqlError *error) const = 0;
    // Whether a save first checks the schema object by object against what
    // the migrations make (SchemaMigrator::isOurSchema()): a file, which
    // any program can change, yes; a server's schema belongs to its
    // administrator, who may add to it (a view, an audit trigger), so only
    // its version is checked.
    virtual bool comparesSchema() const = 0;
    // A table with a row that links to a row that is not there, or empty;
    // checked before an upgrade commits.
    virtual bool brokenLink(const QSqlDatabase &db, QString *table, QSqlError *error) const = 0;
    // The schema as "type name on table: sql" lines, sorted by name, with
    // the SQL normalized (SqlNormalizer), without the engine's own objects.
    virtual QStringList schemaOf(const QSqlDatabase &db) const = 0;

    // Begins a transaction that holds the write lock from the start, so a
    // busy notebook fails before any change is made.
    virtual QString beginWriteStatement() const = 0;
    // Begins a transaction whose reads all see the notebook as of one
    // moment, whatever others save meanwhile (a copy reads every table).
    virtual QString beginSnapshotStatement() const = 0;
    // Inside a write transaction, before a save checks the notes' versions:
    // no other writer may change those notes until it ends, so that the
    // check and the write cannot be raced. (A file's write transaction
    // holds the whole file; a server locks the rows, in id order.)
    virtual bool lockNotes(const QSqlDatabase &db, const QList<qint64> &ids, QSqlError *error) const = 0;
    // Lets the notebook's own triggers (the search indexes') run while a
    // save writes; called inside its write transaction, after the schema
    // was found to be ours.
    virtual void trustTriggers(const QSqlDatabase &db, bool trusted) const = 0;
    // For a connection of its own about to write much in one transaction
    // (an import): more memory for pages, so fewer are written twice.
    virtual void prepareLargeWrite(const QSqlDatabase &db) const = 0;
    // After such a write is committed: the engine learns how many rows
    // there are now, so that its planner reads the list through its index
    // at once, not after a while (PostgreSQL's ANALYZE).
    virtual void finishLargeWrite(const QSqlDatabase &db) const = 0;
    // For a transaction that inserts many notes (an import): notes inserted
    // after deferSearchIndex(db, true) are left out of the search indexes
    // until indexForSearch() takes them in, a range of ids at a time, which
    // is several times quicker. Call deferSearchIndex(db, false) before the
    // commit; a rollback ends the deferral too.
    virtual bool deferSearchIndex(const QSqlDatabase &db, bool deferred, QSqlError *error) const = 0;
    virtual bool indexForSearch(const QSqlDatabase &db, qint64 firstId, qint64 lastId, QSqlError *error) const = 0;
    // After rows were inserted with the ids they had elsewhere (a copied
    // notebook): the next insert takes an id after them.
    virtual bool followCopiedIds(const QSqlDatabase &db, QSqlError *error) const = 0;
    // The id of the row the last insert on db made.
    virtual bool lastInsertedId(const QSqlDatabase &db, qint64 *id, QSqlError *error) const = 0;
    // A number that changes whenever another connection commits.
    virtual bool changeCounter(const QSqlDatabase &db, qint64 *counter) const = 0;
    // Whether the connection still reaches the notebook, known without a
    // round trip (a file's always does; a server's breaks when the server
    // goes away).
    virtual bool isConnected(const QSqlDatabase &db) const = 0;
    // The notification channel on which every change to a note is
    // announced as it is committed (QSqlDriver::subscribeToNotification()),
    // or empty where the engine has none and changeCounter() is watched.
    virtual QString changeChannel(const QSqlDatabase &db) const = 0;
    // Writes a consistent copy of the notebook, as last saved, to the
    // (empty) file target.
    virtual bool writeCopy(const QSqlDatabase &db, const QString &target, QSqlError *error) const = 0;
    virtual StorageError::Kind errorKind(const QSqlError &error) const = 0;

    // Whether the notebook has the search indexes (an old one opened
    // read-only may not: then searching reads every note).
    virtual bool hasSearchIndex(const QSqlDatabase &db) const = 0;
    // Whether the notebook has the table (an old one opened read-only may
    // lack those of later versions).
    virtual bool hasTable(const QSqlDatabase &db, const QString &table) const = 0;
    // expression compared without regard to case, as the list's title
    // index orders titles: on both sides of a comparison, so that an index
    // on it serves.
    virtual QString caseless(const QString &expression) const = 0;
    // The statement that lists the notes: the table's columns in its order,
    // the content left out (NULL), then a highlighted title and a snippet
    // (NULL unless searching). Every piece of user text in it is quoted by
    // the driver.
    virtual QString listingStatement(const QSqlDatabase &db, const NoteListing &listing) const = 0;
    // How many rows the list reads at first, and then as many again each
    // time it is scrolled to its end; 0: as the driver fetches them while
    // the list scrolls (SQLite's reads a few hundred at a time, PostgreSQL's
    // every row of a statement at once).
    virtual int listingPage() const = 0;
};
