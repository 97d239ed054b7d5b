#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

// Helpers for tests that look at notebook files from outside, the way a
// user's other tools would.
namespace TestSupport {

// The application's names, and its data folder moved to Qt Test's
// (~/.qttest): tests never touch a user's notebooks, journals or backups.
// Call first, in initTestCase() or main().
void useTestAppData();
// Removes the journals and backups tests leave in that folder.
void clearTestAppData();

// SHA-256 of the file's bytes, to prove a file was left exactly as it was.
// Reading a notebook this process has open is safe only while the process
// holds no lock on it (no transaction, no unfinished query): closing the
// descriptor drops this process's POSIX locks on the file.
QByteArray fileHash(const QString &path);

// Sets the file's modification time. Opens the file: never call it on a
// notebook this process has open (closing any descriptor of a file drops
// SQLite's POSIX locks on it).
bool setModified(const QString &path, const QDateTime &time);

// The names in the folder of path, sorted.
QStringList folderEntries(const QString &folder);

// A plain SQLite connection of its own to path, outside NotebookFile.
// Remove it with closeConnection() before the test ends.
QSqlDatabase rawConnection(const QString &path, const QString &options = {});
void closeConnection(QSqlDatabase &db);

// A notebook as an older Commonplace left it: the bundled migrations up to
// version, then the notes (title, content) inserted. Version 0 is a new file.
bool createNotebookAtVersion(const QString &path, int version, const QStringList &titles);

// Saves notes (title, text) on db as another program would, oldest first,
// each a minute after the one before (from 2025-01-01), so that the list
// order is known; false if one fails.
bool insertNotes(const QSqlDatabase &db, const QList<QPair<QString, QString>> &notes);
// The same, each with the text textFormat.arg(title).
bool insertNotes(const QSqlDatabase &db, const QStringList &titles, const QString &textFormat);

// Runs statements on a connection of its own, as another program would;
// false if one fails.
bool execElsewhere(const QString &path, const QStringList &statements);

// Lets statements a test runs on a Notebook's own connection fire the
// notebook's triggers, which write to its FTS5 search indexes: NotebookFile turns
// trusted_schema off (NoteModel trusts it only while saving), while any
// other program's connection has it on by SQLite's default.
void trustSchema(const QSqlDatabase &db);

// The statements SQLite runs on db while the log lives, as they were
// prepared (sqlite3_trace_v2 on the driver's handle); not the statements of
// triggers. To count queries.
class StatementLog final
{
public:
    explicit StatementLog(const QSqlDatabase &db);
    ~StatementLog();
    Q_DISABLE_COPY_MOVE(StatementLog)

    QStringList statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

private:
    static int onTrace(unsigned event, void *log, void *statement, void *sql);

    void *m_handle = nullptr;
    QStringList m_statements;
};

// The text of every journal of unsaved changes (UnsavedJournal), one after
// another.
QByteArray journalText();

// Scribbles over the root page of the note table, as a failing disk might.
bool corruptNoteTable(const QString &path);

// The first column of the first row of sql on db, or an invalid QVariant.
QVariant scalar(const QSqlDatabase &db, const QString &sql);

// The titles of the notes in the notebook at path, sorted, read through a
// read-only connection of its own, as another program would see the file.
QStringList titlesOnDisk(const QString &path);
// The rows sql reads from the notebook file at path, each its values joined
// by '|', sorted: what an import wrote, say.
QStringList rowsOnDisk(const QString &path, const QString &sql);

// The schema as text, "type name: sql" lines sorted by name.
QStringList schemaOf(const QSqlDatabase &db);

// The throwaway PostgreSQL server that .ci/with-postgres starts for the
// tests: the folder of its Unix socket, its port (also on 127.0.0.1) and a
// superuser it trusts on the socket.
struct TestServer
{
    QString socketFolder;
    int port = 0;
    QString superuser;
};
// False, saying why in *why, when the tests run without one.
bool testServer(TestServer *server, QString *why);
// A connection to database on the test server as its superuser, open.
QSqlDatabase serverConnection(const TestServer &server, const QString &database = QStringLiteral("postgres"));
// A user who logs in with password (over TCP), owning a new, empty
// database of that name; both made again if they were there.
bool makeServerUser(const TestServer &server, const QString &user, const QString &password, const QString &database);

} // namespace TestSupport

// Skips the test when there is no test server, except in CI, where it
// fails: CI always starts one.
#define COMMONPLACE_REQUIRE_TEST_SERVER(server)                                                                        \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        if (!TestSupport::testServer(&(server), &why_)) {                                                              \
            if (qEnvironmentVariableIsSet("CI"))                                                                       \
                QFAIL(qPrintable(why_));                                                                               \
            QSKIP(qPrintable(why_));                                                                                   \
        }                                                                                                              \
    } while (false)
