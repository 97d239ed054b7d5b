#include "notebook.h"
#include "notebookcopy.h"
#include "notebookfile.h"
#include "notebooksession.h"
#include "notetags.h"
#include "storageerror.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTest>

#include <atomic>
#include <memory>

using namespace TestSupport;

// Between a client and the server, on 127.0.0.1: passes every byte both
// ways, except that once armed, after the next COMMIT it lets the server's
// answer go nowhere and closes the client's connection. The commit is
// made; the client never hears of it. It runs in a thread of its own, as
// the client waits for the answer in the test's.
class AnswerLosingProxy final : public QObject
{
public:
    explicit AnswerLosingProxy(quint16 serverPort)
        : m_serverPort(serverPort)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~AnswerLosingProxy() override
    {
        QMetaObject::invokeMethod(this, [this] { m_listener.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    void arm() { m_armed = true; }
    int answersLost() const { return m_lost; }

private:
    void listen()
    {
        m_listener = std::make_unique<QTcpServer>();
        m_listener->listen(QHostAddress::LocalHost);
        m_port = m_listener->serverPort();
        connect(m_listener.get(), &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_listener->nextPendingConnection()) {
                auto *server = new QTcpSocket(client);
                auto losing = std::make_shared<bool>(false);
                server->connectToHost(QHostAddress::LocalHost, m_serverPort);
                connect(client, &QTcpSocket::readyRead, server, [client, server, losing, this] {
                    if (server->state() != QAbstractSocket::ConnectedState && !server->waitForConnected(5000))
                        return;
                    const QByteArray bytes = client->readAll();
                    if (m_armed && bytes.contains(QByteArrayLiteral("COMMIT\0"))) {
                        m_armed = false;
                        *losing = true;
                    }
                    server->write(bytes);
                });
                connect(server, &QTcpSocket::readyRead, client, [client, server, losing, this] {
                    const QByteArray bytes = server->readAll();
                    if (*losing) {
                        ++m_lost;
                        client->abort();
                        client->deleteLater();
                        return;
                    }
                    client->write(bytes);
                });
                connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                connect(server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            }
        });
    }

    const quint16 m_serverPort;
    QThread m_thread;
    std::unique_ptr<QTcpServer> m_listener;
    std::atomic<quint16> m_port{0};
    std::atomic<bool> m_armed{false};
    std::atomic<int> m_lost{0};
};

// What a notebook does, whatever keeps it: every test runs against a file
// (SQLite) and against a database on the PostgreSQL server that
// .ci/with-postgres starts, through the same session and model the window
// uses, with the same expectations.
class TestStorageContract final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void saveWritesAndRevertDiscards_data() { backends(); }
    void saveWritesAndRevertDiscards();
    void conflictsAreOfferedNeverOverwritten_data() { backends(); }
    void conflictsAreOfferedNeverOverwritten();
    void theSameEditElsewhereIsNoConflict_data() { backends(); }
    void theSameEditElsewhereIsNoConflict();
    void savesAtOnceNeverLoseAnUpdate_data() { backends(); }
    void savesAtOnceNeverLoseAnUpdate();
    void othersSavesAppearKeepingMine_data() { backends(); }
    void othersSavesAppearKeepingMine();
    void aLostConnectionKeepsEveryEdit_data();
    void aLostConnectionKeepsEveryEdit();
    void copiesToServerAndBackLosingNothing();
    void aConnectionDroppedInASaveLosesNothing_data() { aLostConnectionKeepsEveryEdit_data(); }
    void aConnectionDroppedInASaveLosesNothing();
    void tagsTrashAndHistory_data() { backends(); }
    void tagsTrashAndHistory();
    void linksLeadBothWays_data() { backends(); }
    void linksLeadBothWays();
    void attachmentsAreKeptOnce_data() { backends(); }
    void attachmentsAreKeptOnce();
    void searchFindsWhatWasTyped_data();
    void searchFindsWhatWasTyped();
    void typedTextIsNeverSql_data();
    void typedTextIsNeverSql();
    void aServerKilledInACommitLosesNothing_data() { aLostConnectionKeepsEveryEdit_data(); }
    void aServerKilledInACommitLosesNothing();
    void aCommitWhoseAnswerIsLostIsNotAskedAbout_data() { aLostConnectionKeepsEveryEdit_data(); }
    void aCommitWhoseAnswerIsLostIsNotAskedAbout();
    void aSearchMatchingManyListsThemAll_data() { backends(); }
    void aSearchMatchingManyListsThemAll();
    void aLongListIsReadAsItScrolls_data() { backends(); }
    void aLongListIsReadAsItScrolls();

private:
    static void backends();
    bool start(bool server, bool withNotes = true);
    // Every row of a notebook's table, each its values joined by '|'.
    static QStringList dump(const QSqlDatabase &db, const QString &table);
    std::unique_ptr<NotebookSession> openSession();
    static int rowOf(NoteModel *model, const QString &title);
    static QString contentOf(NotebookSession &session, const QString &title);
    static QStringList titles(NotebookSession &session);
    // What sql reads through the session's own connection, a row a line.
    static QStringList rows(NotebookSession &session, const QString &sql);
    static void addNote(NotebookSession &session, const QString &title, const QString &content);

    TestServer m_server;
    bool m_serverReady = false;
    QString m_skipReason;
    std::unique_ptr<QTemporaryDir> m_dir;
    NotebookLocation m_location;
};

void TestStorageContract::initTestCase()
{
    useTestAppData();
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
}

void TestStorageContract::cleanupTestCase()
{
    if (!m_serverReady)
        return;
    QSqlDatabase db = serverConnection(m_server);
    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS contract"));
    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS member"));
    closeConnection(db);
}

void TestStorageContract::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestStorageContract::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

void TestStorageContract::backends()
{
    QTest::addColumn<bool>("server");
    QTest::newRow("file") << false;
    QTest::newRow("server") << true;
}

// A new notebook of the row's kind, with Alpha and Beta saved in it.
bool TestStorageContract::start(bool server, bool withNotes)
{
    if (server) {
        if (!testServer(&m_server, &m_skipReason))
            return false;
        if (!m_serverReady)
            m_serverReady = makeServerUser(m_server, QStringLiteral("member"), QStringLiteral("right password"),
                                           QStringLiteral("contract"));
        QSqlDatabase db = serverConnection(m_server);
        const bool made = QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS contract"))
            && QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE contract OWNER member"));
        closeConnection(db);
        if (!m_serverReady || !made) {
            m_skipReason = QStringLiteral("the test database was not made");
            return false;
        }
        m_location = NotebookLocation::fromUserInput(
            QStringLiteral("postgresql://member@127.0.0.1:%1/contract").arg(m_server.port));
    } else {
        m_location = NotebookLocation::fromPath(m_dir->filePath(QStringLiteral("notes.cpbook")));
    }
    auto session = openSession();
    if (!session)
        return false;
    if (!withNotes)
        return true;
    addNote(*session, QStringLiteral("Alpha"), QStringLiteral("First text"));
    addNote(*session, QStringLiteral("Beta"), QStringLiteral("Second text"));
    return session->save() == NotebookSession::SaveResult::Saved;
}

std::unique_ptr<NotebookSession> TestStorageContract::openSession()
{
    NotebookSession::OpenError error;
    auto session = NotebookSession::open(m_location, &error, {}, QStringLiteral("right password"), true);
    if (!session)
        qWarning("%s: %s", qPrintable(error.message), qPrintable(error.detail));
    return session;
}

int TestStorageContract::rowOf(NoteModel *model, const QString &title)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, model->titleColumn()).data().toString() == title)
            return row;
    }
    return -1;
}

QString TestStorageContract::contentOf(NotebookSession &session, const QString &title)
{
    NoteModel *model = session.model();
    const int row = rowOf(model, title);
    return row < 0 ? QString() : model->index(row, model->contentColumn()).data().toString();
}

QStringList TestStorageContract::titles(NotebookSession &session)
{
    QStringList list;
    NoteModel *model = session.model();
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->index(row, model->titleColumn()).data().toString();
    list.sort();
    return list;
}

QStringList TestStorageContract::rows(NotebookSession &session, const QString &sql)
{
    QStringList list;
    QSqlQuery query(session.notebook()->database());
    if (!query.exec(sql))
        qWarning().noquote() << sql << query.lastError().text();
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
        list << values.join(u'|');
    }
    return list;
}

void TestStorageContract::addNote(NotebookSession &session, const QString &title, const QString &content)
{
    NoteModel *model = session.model();
    const int row = model->addNote(title);
    model->setData(model->index(row, model->contentColumn()), content);
}

#define START()                                                                                                        \
    do {                                                                                                               \
        QFETCH(bool, server);                                                                                          \
        if (!start(server)) {                                                                                          \
            if (server && !m_skipReason.isEmpty() && !qEnvironmentVariableIsSet("CI"))                                 \
                QSKIP(qPrintable(m_skipReason));                                                                       \
            QFAIL(qPrintable(QStringLiteral("the notebook could not be made: ") + m_skipReason));                      \
        }                                                                                                              \
    } while (false)

void TestStorageContract::saveWritesAndRevertDiscards()
{
    START();
    auto session = openSession();
    QVERIFY(session);
    QCOMPARE(titles(*session), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(contentOf(*session, QStringLiteral("Beta")), QStringLiteral("Second text"));
    addNote(*session, QStringLiteral("Gamma"), QStringLiteral("Third"));
    NoteModel *model = session->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()), QStringLiteral("Changed"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(!session->hasPendingChanges());

    // Reverted: an edit, a new note and a deletion, none of them written.
    model->setData(model->index(rowOf(model, QStringLiteral("Gamma")), model->contentColumn()), QStringLiteral("Lost"));
    addNote(*session, QStringLiteral("Delta"), QStringLiteral("Never saved"));
    QVERIFY(model->removeRow(rowOf(model, QStringLiteral("Beta"))));
    session->revert();
    QVERIFY(!session->hasPendingChanges());

    auto again = openSession();
    QVERIFY(again);
    QCOMPARE(titles(*again), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    QCOMPARE(contentOf(*again, QStringLiteral("Alpha")), QStringLiteral("Changed"));
    QCOMPARE(contentOf(*again, QStringLiteral("Gamma")), QStringLiteral("Third"));
    // Every save counts the version up and moves the time.
    QCOMPARE(rows(*again, QStringLiteral("SELECT title, version FROM note ORDER BY title")),
             (QStringList{QStringLiteral("Alpha|2"), QStringLiteral("Beta|1"), QStringLiteral("Gamma|1")}));
}

// The note was saved elsewhere with just the change made here (the same
// words typed twice, or this window's own save whose answer was lost):
// nothing to ask, and it is not saved a second time. A change to another
// field besides is still a conflict.
void TestStorageContract::theSameEditElsewhereIsNoConflict()
{
    START();
    auto mine = openSession();
    auto theirs = openSession();
    const auto edit = [this](NotebookSession &session, const QString &content) {
        NoteModel *model = session.model();
        model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()), content);
    };
    edit(*mine, QStringLiteral("Same words"));
    edit(*theirs, QStringLiteral("Same words"));
    QCOMPARE(theirs->save(), NotebookSession::SaveResult::Saved);
    // Beta, edited too and the note shown, is still the one followed after
    // the save, though Alpha, saved elsewhere since, moved above it.
    NoteModel *model = mine->model();
    int followed = rowOf(model, QStringLiteral("Beta"));
    model->setData(model->index(followed, model->contentColumn()), QStringLiteral("Beta edited"));
    QCOMPARE(mine->save(&followed), NotebookSession::SaveResult::Saved);
    QCOMPARE(model->index(followed, model->titleColumn()).data().toString(), QStringLiteral("Beta"));
    QVERIFY(mine->model()->conflicts().isEmpty());
    QVERIFY(!mine->hasPendingChanges());
    QCOMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Same words"));
    QCOMPARE(contentOf(*mine, QStringLiteral("Beta")), QStringLiteral("Beta edited"));
    QCOMPARE(rows(*mine, QStringLiteral("SELECT content, version FROM note WHERE title = 'Alpha'")),
             QStringList{QStringLiteral("Same words|2")});

    edit(*mine, QStringLiteral("Other words"));
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->titleColumn()), QStringLiteral("Alpha 2"));
    edit(*theirs, QStringLiteral("Other words"));
    QCOMPARE(theirs->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Conflicts);
    QCOMPARE(model->conflicts().size(), 1);
}

// Two windows (or two people) edit one note: the second save is asked
// what to do, and nothing is overwritten unseen.
void TestStorageContract::conflictsAreOfferedNeverOverwritten()
{
    START();
    auto mine = openSession();
    auto theirs = openSession();
    QVERIFY(mine && theirs);
    for (NotebookSession *session : {mine.get(), theirs.get()}) {
        NoteModel *model = session->model();
        model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                       session == mine.get() ? QStringLiteral("Mine") : QStringLiteral("Theirs"));
    }
    QCOMPARE(theirs->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Conflicts);
    QCOMPARE(mine->conflicts().size(), 1);
    QVERIFY(mine->hasPendingChanges());
    mine->resolve(mine->conflicts().first(), NoteModel::Resolution::KeepBoth);
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Saved);

    auto again = openSession();
    QCOMPARE(contentOf(*again, QStringLiteral("Alpha")), QStringLiteral("Theirs"));
    QCOMPARE(contentOf(*again, QStringLiteral("Alpha (my version)")), QStringLiteral("Mine"));
}

// Two people save the same note at the same moment, round after round:
// each round, one save goes in and the other is asked about the conflict;
// the notebook holds the text of the save that went in, never a mix.
void TestStorageContract::savesAtOnceNeverLoseAnUpdate()
{
    START();
    constexpr int Rounds = 10;
    QSemaphore ready;
    QSemaphore go;
    QSemaphore done;
    NotebookSession::SaveResult results[2][Rounds];
    QString failures[2];
    const auto writer = [&](int who) {
        auto session = openSession();
        if (!session) {
            failures[who] = QStringLiteral("not opened");
            ready.release(Rounds);
            done.release(Rounds);
            return;
        }
        NoteModel *model = session->model();
        for (int round = 0; round < Rounds; ++round) {
            session->revert(); // what the last round left, and the notes as they are now
            model->select();
            model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                           QStringLiteral("round %1 by %2").arg(round).arg(who));
            ready.release();
            go.acquire();
            results[who][round] = session->save();
            done.release();
        }
    };
    std::unique_ptr<QThread> threads[2] = {std::unique_ptr<QThread>(QThread::create(writer, 0)),
                                           std::unique_ptr<QThread>(QThread::create(writer, 1))};
    for (auto &thread : threads)
        thread->start();
    // However the rounds end, the writers are let go and waited for.
    const auto finish = qScopeGuard([&] {
        go.release(2 * Rounds);
        for (auto &thread : threads)
            thread->wait(30000);
    });
    auto reader = openSession();
    for (int round = 0; round < Rounds; ++round) {
        QVERIFY(ready.tryAcquire(2, 30000));
        go.release(2);
        QVERIFY(done.tryAcquire(2, 30000));
        const int saved = int(results[0][round] == NotebookSession::SaveResult::Saved)
            + int(results[1][round] == NotebookSession::SaveResult::Saved);
        const int asked = int(results[0][round] == NotebookSession::SaveResult::Conflicts)
            + int(results[1][round] == NotebookSession::SaveResult::Conflicts);
        QCOMPARE(saved, 1);
        QCOMPARE(asked, 1);
        const int winner = results[0][round] == NotebookSession::SaveResult::Saved ? 0 : 1;
        reader->revert();
        QVERIFY(reader->model()->select());
        QCOMPARE(contentOf(*reader, QStringLiteral("Alpha")), QStringLiteral("round %1 by %2").arg(round).arg(winner));
    }
    QVERIFY2(failures[0].isEmpty() && failures[1].isEmpty(), qPrintable(failures[0] + failures[1]));
}

// Another client's save shows here as it happens (a file is watched; a
// server announces each save, within a second), and what is being typed
// here stays pending.
void TestStorageContract::othersSavesAppearKeepingMine()
{
    QFETCH(bool, server);
    START();
    auto mine = openSession();
    mine->start(0);
    NoteModel *model = mine->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()), QStringLiteral("Typing"));
    QSignalSpy reloaded(mine.get(), &NotebookSession::reloaded);
    QElapsedTimer sinceSave;
    {
        auto theirs = openSession();
        addNote(*theirs, QStringLiteral("From elsewhere"), QStringLiteral("Their words"));
        QCOMPARE(theirs->save(), NotebookSession::SaveResult::Saved);
        sinceSave.start();
    }
    QTRY_COMPARE_WITH_TIMEOUT(reloaded.count(), 1, 5000);
    if (server)
        QVERIFY2(sinceSave.elapsed() < 1000, qPrintable(QString::number(sinceSave.elapsed())));
    QCOMPARE(titles(*mine), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("From elsewhere")}));
    QCOMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Typing"));
    QVERIFY(mine->hasPendingChanges());
    // Its own save is no news to it.
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Saved);
    QTest::qWait(server ? 500 : 2000);
    QCOMPARE(reloaded.count(), 1);
}

// A team notebook's server goes away in the middle of an edit: the window
// is told, the edit stays pending and journaled, Save says why it cannot
// save, and once the server takes connections again the session connects
// by itself, shows what was saved meanwhile, and saves.
void TestStorageContract::aLostConnectionKeepsEveryEdit_data()
{
    QTest::addColumn<bool>("server"); // a file has no connection to lose
    QTest::newRow("server") << true;
}

void TestStorageContract::aLostConnectionKeepsEveryEdit()
{
    START();
    auto mine = openSession();
    mine->start(0);
    QSignalSpy lost(mine.get(), &NotebookSession::connectionLost);
    QSignalSpy restored(mine.get(), &NotebookSession::connectionRestored);
    NoteModel *model = mine->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                   QStringLiteral("Typed while the server went away"));
    QTRY_VERIFY(journalText().contains("Typed while the server went away"));

    // The server lets no one in, and drops the notebook's connections
    // (from the server's own database: a database cannot shut itself).
    QSqlDatabase admin = serverConnection(m_server);
    QSqlDatabase inside = serverConnection(m_server, QStringLiteral("contract")); // not dropped
    const auto execIn = [](QSqlDatabase &db, const QString &sql) {
        QSqlQuery query(db);
        const bool done = query.exec(sql);
        if (!done)
            qWarning().noquote() << sql << query.lastError().text();
        return done;
    };
    const auto execAdmin = [&](const QString &sql) { return execIn(admin, sql); };
    const auto reopen = qScopeGuard([&] {
        execAdmin(QStringLiteral("ALTER DATABASE contract ALLOW_CONNECTIONS true"));
        closeConnection(inside);
        closeConnection(admin);
    });
    QVERIFY(execAdmin(QStringLiteral("ALTER DATABASE contract ALLOW_CONNECTIONS false")));
    QVERIFY(execAdmin(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = 'contract' AND application_name = 'Commonplace'")));
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
    QVERIFY(mine->isConnectionLost());
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Failed);
    QCOMPARE(mine->saveErrorKind(), StorageError::Kind::ConnectionLost);
    QVERIFY(mine->hasPendingChanges());
    QCOMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Typed while the server went away"));
    QTRY_VERIFY_WITH_TIMEOUT(journalText().contains("Typed while the server went away"), 10000);

    // Saved by someone else meanwhile; then the server takes connections.
    QVERIFY(execIn(inside, QStringLiteral("INSERT INTO commonplace.note (title) VALUES ('Saved meanwhile')")));
    QTest::qWait(1500); // a try or two that fail
    QCOMPARE(restored.count(), 0);
    QVERIFY(execAdmin(QStringLiteral("ALTER DATABASE contract ALLOW_CONNECTIONS true")));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE(titles(*mine), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Saved meanwhile")}));
    QCOMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Typed while the server went away"));
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Saved);
    auto again = openSession();
    QCOMPARE(contentOf(*again, QStringLiteral("Alpha")), QStringLiteral("Typed while the server went away"));

    // Others' saves are heard again on the new connection.
    QSignalSpy reloaded(mine.get(), &NotebookSession::reloaded);
    addNote(*again, QStringLiteral("After"), QString());
    QCOMPARE(again->save(), NotebookSession::SaveResult::Saved);
    QTRY_VERIFY_WITH_TIMEOUT(titles(*mine).contains(QStringLiteral("After")), 3000);
}

// The connection drops after the save checked the note's version, while
// it writes: nothing of the save is in the notebook, the edit stays
// pending, and once connected again the save goes in whole.
void TestStorageContract::aConnectionDroppedInASaveLosesNothing()
{
    START();
    auto mine = openSession();
    mine->start(0);
    QSignalSpy restored(mine.get(), &NotebookSession::connectionRestored);
    NoteModel *model = mine->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                   QStringLiteral("Mine, being saved"));
    // A write that takes its time: the check is done, the update waits.
    QSqlDatabase admin = serverConnection(m_server, QStringLiteral("contract"));
    const auto cleanUp = qScopeGuard([&admin] { closeConnection(admin); });
    for (const char *statement :
         {"CREATE FUNCTION commonplace.slowly() RETURNS trigger LANGUAGE plpgsql AS "
          "$$ BEGIN PERFORM pg_sleep(3); RETURN NEW; END $$",
          "CREATE TRIGGER slowly BEFORE UPDATE ON commonplace.note FOR EACH ROW EXECUTE FUNCTION commonplace.slowly()"})
        QVERIFY2(QSqlQuery(admin).exec(QLatin1String(statement)), statement);
    std::unique_ptr<QThread> dropper(QThread::create([this] {
        QThread::msleep(1000);
        QSqlDatabase db = serverConnection(m_server);
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = 'contract' AND application_name = 'Commonplace'"));
        closeConnection(db);
    }));
    dropper->start();
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Failed);
    QVERIFY(dropper->wait(10000));
    QCOMPARE(mine->saveErrorKind(), StorageError::Kind::ConnectionLost);
    // Kept, and in the journal; the list shows it again once it can read
    // the notebook (the failed save's rollback reads it, and could not).
    QVERIFY(mine->hasPendingChanges());
    QTRY_VERIFY(journalText().contains("Mine, being saved"));
    {
        QSqlQuery stored(admin);
        QVERIFY(stored.exec(QStringLiteral("SELECT content, version FROM commonplace.note WHERE title = 'Alpha'"))
                && stored.next());
        QCOMPARE(stored.value(0).toString(), QStringLiteral("First text"));
        QCOMPARE(stored.value(1).toInt(), 1);
    }
    QVERIFY(QSqlQuery(admin).exec(QStringLiteral("DROP TRIGGER slowly ON commonplace.note")));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Mine, being saved"));
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Saved);
    auto again = openSession();
    QCOMPARE(contentOf(*again, QStringLiteral("Alpha")), QStringLiteral("Mine, being saved"));
}

QStringList TestStorageContract::dump(const QSqlDatabase &db, const QString &table)
{
    QStringList rows;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table)))
        qWarning().noquote() << table << query.lastError().text();
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            values << (value.isNull() ? QStringLiteral("NULL")
                       : value.typeId() == QMetaType::QByteArray ? QString::fromLatin1(value.toByteArray().toHex())
                                                                 : value.toString());
        }
        rows << values.join(u'|');
    }
    return rows;
}

// File ▸ Copy to Server… and back with Save a Copy As…: every row of every
// table comes back as it was (notes with their numbers, versions, dates,
// pins, Trash and tags; the tags and their counts; history; links;
// attachments), and the server's notebook goes on numbering after them.
void TestStorageContract::copiesToServerAndBackLosingNothing()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    // The notebook to copy: a file with a bit of everything in it.
    m_location = NotebookLocation::fromPath(m_dir->filePath(QStringLiteral("source.cpbook")));
    auto source = openSession();
    QVERIFY(source);
    NoteModel *model = source->model();
    addNote(*source, QStringLiteral("Plan"), QStringLiteral("See [[Budget]]."));
    addNote(*source, QStringLiteral("Budget"), QStringLiteral("Twelve thousand."));
    addNote(*source, QStringLiteral("Old idea"), QStringLiteral("Gone"));
    QString picture;
    QVERIFY(source->addAttachment(QByteArray("\x89PNG\r\n\x1a\n\0\x01\x02", 11), QStringLiteral("pic.png"), &picture));
    model->setData(model->index(rowOf(model, QStringLiteral("Budget")), model->contentColumn()),
                   QString(QStringLiteral("Twelve thousand.\n") + picture));
    model->setData(model->index(rowOf(model, QStringLiteral("Plan")), model->tagsColumn()),
                   NoteTags::toText({QStringLiteral("work/plans"), QStringLiteral("Home")}));
    model->setData(model->index(rowOf(model, QStringLiteral("Plan")), model->pinnedColumn()), 1);
    QCOMPARE(source->save(), NotebookSession::SaveResult::Saved);
    model->setData(model->index(rowOf(model, QStringLiteral("Plan")), model->contentColumn()),
                   QStringLiteral("See [[Budget]], and the café."));
    QVERIFY(model->moveToTrash(rowOf(model, QStringLiteral("Old idea"))));
    QCOMPARE(source->save(), NotebookSession::SaveResult::Saved);
    const QSqlDatabase sourceDb = source->notebook()->database();
    for (const QString &table : NotebookCopy::tables())
        QVERIFY2(!dump(sourceDb, table).isEmpty(), qPrintable(table)); // something to lose in each

    // To the server...
    QVERIFY(start(true, false));
    std::unique_ptr<Notebook> server = Notebook::at(m_location);
    server->setPassword(QStringLiteral("right password"));
    QVERIFY(server->open());
    qint64 notes = 0;
    QString error;
    QString detail;
    QVERIFY2(source->copyTo(*server, {}, &notes, &error, &detail), qPrintable(error + u'\n' + detail));
    QCOMPARE(notes, 3);
    for (const QString &table : NotebookCopy::tables())
        QCOMPARE(dump(server->database(), table), dump(sourceDb, table));
    // ...where it is searched and added to as any team notebook.
    auto team = openSession();
    QVERIFY(team->model()->setSearchText(QStringLiteral("cafe")));
    QCOMPARE(titles(*team), QStringList{QStringLiteral("Plan")});
    QVERIFY(team->model()->setSearchText(QString()));
    addNote(*team, QStringLiteral("Added there"), QString());
    QCOMPARE(team->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(rows(*team, QStringLiteral("SELECT id FROM note WHERE title = 'Added there'")), QStringList{QStringLiteral("4")});
    {
        QSqlQuery remove(team->notebook()->database());
        QVERIFY(remove.exec(QStringLiteral("DELETE FROM note WHERE title = 'Added there'")));
    }

    // ...and back into a new file.
    NotebookFile back;
    QVERIFY(back.open(m_dir->filePath(QStringLiteral("back.cpbook"))));
    QVERIFY2(team->copyTo(back, {}, &notes, &error, &detail), qPrintable(error + u'\n' + detail));
    for (const QString &table : NotebookCopy::tables())
        QCOMPARE(dump(back.database(), table), dump(sourceDb, table));

    // Into a notebook that holds notes: refused, nothing written.
    QVERIFY(!source->copyTo(back, {}, &notes, &error, &detail));
    QCOMPARE(error, QStringLiteral("The copy can go only into a notebook that holds no notes."));
    QCOMPARE(dump(back.database(), QStringLiteral("note")), dump(sourceDb, QStringLiteral("note")));
}

void TestStorageContract::tagsTrashAndHistory()
{
    START();
    auto session = openSession();
    NoteModel *model = session->model();
    const int alpha = rowOf(model, QStringLiteral("Alpha"));
    model->setData(model->index(alpha, model->tagsColumn()),
                   NoteTags::toText({QStringLiteral("work/acme"), QStringLiteral("Home")}));
    model->setData(model->index(alpha, model->contentColumn()), QStringLiteral("First text, edited"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(rows(*session, QStringLiteral("SELECT name, note_count FROM tag ORDER BY folded")),
             (QStringList{QStringLiteral("Home|1"), QStringLiteral("work|1"), QStringLiteral("work/acme|1")}));
    // The version the save replaced is kept.
    QCOMPARE(rows(*session, QStringLiteral("SELECT note_revision.title FROM note_revision")),
             QStringList{QStringLiteral("Alpha")});

    // In the Trash: out of the list, its tags uncounted, kept with them.
    QVERIFY(model->moveToTrash(rowOf(model, QStringLiteral("Alpha"))));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(titles(*session), QStringList{QStringLiteral("Beta")});
    QCOMPARE(rows(*session, QStringLiteral("SELECT count(*) FROM tag")), QStringList{QStringLiteral("0")});
    QVERIFY(model->setShelf(NoteModel::Shelf::Trash));
    QCOMPARE(titles(*session), QStringList{QStringLiteral("Alpha")});
    QVERIFY(model->restoreFromTrash(rowOf(model, QStringLiteral("Alpha"))));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(model->setShelf(NoteModel::Shelf::Notes));
    QCOMPARE(titles(*session), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
    QCOMPARE(rows(*session, QStringLiteral("SELECT name, note_count FROM tag ORDER BY folded")),
             (QStringList{QStringLiteral("Home|1"), QStringLiteral("work|1"), QStringLiteral("work/acme|1")}));
}

void TestStorageContract::linksLeadBothWays()
{
    START();
    auto session = openSession();
    NoteModel *model = session->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                   QStringLiteral("Read [[beta]] first."));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QList<NoteLinks::Backlink> backlinks;
    QVERIFY(session->links().backlinks(QStringLiteral("Beta"), -1, &backlinks));
    QCOMPARE(backlinks.size(), 1);
    QCOMPARE(backlinks.first().title, QStringLiteral("Alpha"));
    const NotebookSession::LinkTarget target = session->linkTarget(QStringLiteral("BETA"));
    QCOMPARE(target.state, NotebookSession::LinkTarget::State::Exists);
}

void TestStorageContract::attachmentsAreKeptOnce()
{
    START();
    QByteArray picture("\x89PNG\r\n\x1a\n", 8);
    for (int i = 0; i < 256; ++i)
        picture.append(char(i)); // every byte value, NUL included
    auto session = openSession();
    NoteModel *model = session->model();
    QString reference;
    QVERIFY2(session->addAttachment(picture, QStringLiteral("pic.png"), &reference), qPrintable(session->attachmentError()));
    for (const QString &title : {QStringLiteral("Alpha"), QStringLiteral("Beta")})
        model->setData(model->index(rowOf(model, title), model->contentColumn()), reference);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(rows(*session, QStringLiteral("SELECT name, size FROM attachment")), QStringList{QStringLiteral("pic.png|264")});

    auto again = openSession();
    const QList<NoteAttachments::Attachment> found = again->attachmentsOf(contentOf(*again, QStringLiteral("Beta")));
    QCOMPARE(found.size(), 1);
    NoteAttachments::Attachment read;
    QVERIFY(again->attachment(found.first().hash, &read));
    QCOMPARE(read.data, picture);
}

void TestStorageContract::searchFindsWhatWasTyped_data()
{
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("found");
    for (const bool server : {false, true}) {
        const char *kind = server ? "server" : "file";
        QTest::addRow("%s: a word", kind) << server << "garden" << QStringList{QStringLiteral("Garden plan")};
        QTest::addRow("%s: a prefix", kind) << server << "gard" << QStringList{QStringLiteral("Garden plan")};
        QTest::addRow("%s: both words", kind) << server << "tomato seeds" << QStringList{QStringLiteral("Garden plan")};
        QTest::addRow("%s: no such word", kind) << server << "volcano" << QStringList{};
        QTest::addRow("%s: without diacritics", kind) << server << "creme" << QStringList{QStringLiteral("Recipes")};
        QTest::addRow("%s: a phrase", kind) << server << "\"brulee recipe\"" << QStringList{QStringLiteral("Recipes")};
        QTest::addRow("%s: words out of the phrase's order", kind) << server << "\"recipe brulee\"" << QStringList{};
        QTest::addRow("%s: Japanese inside a sentence", kind) << server << "日記" << QStringList{QStringLiteral("旅行")};
    }
}

void TestStorageContract::searchFindsWhatWasTyped()
{
    QFETCH(QString, search);
    QFETCH(QStringList, found);
    START();
    auto session = openSession();
    addNote(*session, QStringLiteral("Garden plan"), QStringLiteral("Tomatoes and tomato seeds for spring."));
    addNote(*session, QStringLiteral("Recipes"), QStringLiteral("Crème brûlée recipe, and bread."));
    addNote(*session, QStringLiteral("旅行"), QStringLiteral("京都の旅行日記です。"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(session->model()->setSearchText(search));
    QCOMPARE(titles(*session), found);
    // What was found is marked in the title and the passage the list shows.
    if (search == QLatin1String("garden")) {
        NoteModel *model = session->model();
        const QModelIndex first = model->index(0, model->titleColumn());
        QCOMPARE(first.data(NoteModel::HighlightedTitleRole).toString(), QStringLiteral("\x02Garden\x03 plan"));
        const QString passage = first.data(NoteModel::SnippetRole).toString();
        QVERIFY2(passage.contains(QLatin1String("seeds")), qPrintable(passage));
    }
}

void TestStorageContract::typedTextIsNeverSql_data()
{
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("text");
    const QStringList hostile{QStringLiteral("'); DROP TABLE note; --"), QStringLiteral("%1 %2 ') AS part%2 --"), QStringLiteral("\" OR 1=1 --"),
                              QStringLiteral("x' || (SELECT version()) || '"), QStringLiteral("$$; DELETE FROM note; $$"),
                              QStringLiteral("\\'; SELECT pg_sleep(5); --"), QStringLiteral("a:* & !b | c <-> d"),
                              QStringLiteral("%_\\ LIKE '%'")};
    for (const bool server : {false, true}) {
        for (int i = 0; i < hostile.size(); ++i)
            QTest::addRow("%s: %d", server ? "server" : "file", i) << server << hostile.at(i);
    }
}

// Whatever is typed into a title, a text, a tag, a link or the search box
// is kept as text and found as text.
void TestStorageContract::typedTextIsNeverSql()
{
    QFETCH(QString, text);
    START();
    auto session = openSession();
    NoteModel *model = session->model();
    // A link's target cannot hold [ ] | or #: the rest of the text is one.
    QString target = text;
    target.remove(QRegularExpression(QStringLiteral("[\\[\\]|#]")));
    target = target.trimmed();
    const QString content = QStringLiteral("Kept: %1, see [[%2]]").arg(text, target);
    const int row = model->addNote(text);
    model->setData(model->index(row, model->contentColumn()), content);
    model->setData(model->index(row, model->tagsColumn()), NoteTags::toText({text}));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);

    auto again = openSession();
    QStringList expected{QStringLiteral("Alpha"), QStringLiteral("Beta"), text};
    expected.sort();
    QCOMPARE(titles(*again), expected);
    QCOMPARE(contentOf(*again, text), content);
    QCOMPARE(rows(*again, QStringLiteral("SELECT name FROM tag")), QStringList{NoteTags::normalized(text)});
    QCOMPARE(rows(*again, QStringLiteral("SELECT target FROM note_link")), QStringList{target});
    // Searched for, it finds nothing it should not, and breaks nothing.
    QVERIFY(again->model()->setSearchText(text));
    QCOMPARE(titles(*again), QStringList{text});
    QVERIFY(again->model()->setSearchText(QString()));
    QCOMPARE(again->model()->rowCount(), 3);
}


// A list of many notes is read as it is scrolled (a file's driver fetches
// as it goes; a server's list is read again longer): every note comes once,
// in the order of the whole list, and a note with a pending change is
// listed, its change kept, however far down it is.
void TestStorageContract::aLongListIsReadAsItScrolls()
{
    QFETCH(bool, server);
    START();
    const int notes = 700;
    {
        auto session = openSession();
        for (int i = 0; i < notes - 2; ++i)
            addNote(*session, QStringLiteral("Note %1").arg(i), QStringLiteral("Text %1").arg(i));
        QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    }
    auto session = openSession();
    NoteModel *model = session->model();
    QVERIFY2(model->rowCount() < notes, qPrintable(QString::number(model->rowCount())));
    QVERIFY(model->canFetchMore());
    // A save lists as much as before, no more.
    const int first = model->rowCount();
    model->setData(model->index(0, model->contentColumn()), QStringLiteral("Saved at the top"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(model->rowCount(), first);
    const QStringList page = [&] {
        QStringList listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed << model->index(row, model->titleColumn()).data().toString();
        return listed;
    }();
    const auto listedInOrder = [model] {
        QStringList listed;
        for (int row = 0; row < model->rowCount(); ++row)
            listed << model->index(row, model->titleColumn()).data().toString();
        return listed;
    };

    // Alpha, saved first, is listed last.
    const int alpha = model->rowForId(rows(*session, QStringLiteral("SELECT id FROM note WHERE title = 'Alpha'")).value(0).toLongLong());
    QCOMPARE(alpha, notes - 1);
    QVERIFY(!model->canFetchMore());
    QCOMPARE(listedInOrder().mid(0, page.size()), page);
    model->setData(model->index(alpha, model->contentColumn()), QStringLiteral("Edited at the bottom"));

    // Listed again from the top (another order and back): Alpha is in it,
    // still edited; on a server, after a page.
    QVERIFY(model->setListOrder(NoteModel::Sort::Title));
    QVERIFY(model->setListOrder(NoteModel::Sort::Changed));
    if (server)
        QCOMPARE(model->rowCount(), page.size() + 1);
    QCOMPARE(contentOf(*session, QStringLiteral("Alpha")), QStringLiteral("Edited at the bottom"));
    QCOMPARE(model->pendingChangeCount(), 1);

    while (model->canFetchMore())
        model->fetchMore();
    const QStringList all = listedInOrder();
    QCOMPARE(all.size(), notes);
    QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), notes);
    QCOMPARE(all.last(), QStringLiteral("Alpha"));
    QCOMPARE(all.mid(0, page.size()), page);
    QCOMPARE(contentOf(*session, QStringLiteral("Alpha")), QStringLiteral("Edited at the bottom"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(rows(*session, QStringLiteral("SELECT content FROM note WHERE title = 'Alpha'")),
             QStringList{QStringLiteral("Edited at the bottom")});
}

// The server is killed in the middle of a COMMIT (a check of the
// notebook's own runs at commit time, and the connection is ended while
// it runs): the save is reported failed, nothing of it is in the notebook,
// the edit stays pending, and it is saved whole once connected again.
void TestStorageContract::aServerKilledInACommitLosesNothing()
{
    START();
    auto mine = openSession();
    mine->start(0);
    QSignalSpy restored(mine.get(), &NotebookSession::connectionRestored);
    NoteModel *model = mine->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                   QStringLiteral("Mine, being committed"));
    QSqlDatabase admin = serverConnection(m_server, QStringLiteral("contract"));
    const auto cleanUp = qScopeGuard([&admin] { closeConnection(admin); });
    for (const char *statement :
         {"CREATE FUNCTION commonplace.at_commit() RETURNS trigger LANGUAGE plpgsql AS "
          "$$ BEGIN PERFORM pg_sleep(3); RETURN NULL; END $$",
          "CREATE CONSTRAINT TRIGGER at_commit AFTER UPDATE ON commonplace.note DEFERRABLE INITIALLY DEFERRED "
          "FOR EACH ROW EXECUTE FUNCTION commonplace.at_commit()"})
        QVERIFY2(QSqlQuery(admin).exec(QLatin1String(statement)), statement);
    std::unique_ptr<QThread> killer(QThread::create([this] {
        QThread::msleep(1000);
        QSqlDatabase db = serverConnection(m_server);
        QSqlQuery(db).exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                          "WHERE datname = 'contract' AND application_name = 'Commonplace' "
                                          "AND query = 'COMMIT'"));
        closeConnection(db);
    }));
    killer->start();
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Failed);
    QVERIFY(killer->wait(10000));
    QCOMPARE(mine->saveErrorKind(), StorageError::Kind::ConnectionLost);
    QVERIFY(mine->hasPendingChanges());
    QTRY_VERIFY(journalText().contains("Mine, being committed"));
    QCOMPARE(rows(*openSession(), QStringLiteral("SELECT content, version FROM note WHERE title = 'Alpha'")),
             QStringList{QStringLiteral("First text|1")});
    QVERIFY(QSqlQuery(admin).exec(QStringLiteral("DROP TRIGGER at_commit ON commonplace.note")));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Mine, being committed"));
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(rows(*openSession(), QStringLiteral("SELECT content, version FROM note WHERE title = 'Alpha'")),
             QStringList{QStringLiteral("Mine, being committed|2")});
}

// The COMMIT goes through, but its answer is lost with the connection: the
// save is reported failed and the edit kept; once connected again, the
// next Save finds the note holds that edit already and says it is saved,
// without asking about a conflict with itself or saving it twice.
void TestStorageContract::aCommitWhoseAnswerIsLostIsNotAskedAbout()
{
    START();
    AnswerLosingProxy proxy(m_server.port);
    QVERIFY(proxy.port() != 0);
    m_location = NotebookLocation::fromUserInput(
        QStringLiteral("postgresql://member@127.0.0.1:%1/contract?sslmode=disable").arg(proxy.port()));
    auto mine = openSession();
    QVERIFY(mine);
    mine->start(0);
    QSignalSpy restored(mine.get(), &NotebookSession::connectionRestored);
    NoteModel *model = mine->model();
    model->setData(model->index(rowOf(model, QStringLiteral("Alpha")), model->contentColumn()),
                   QStringLiteral("Mine, answer lost"));
    proxy.arm();
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Failed);
    QCOMPARE(proxy.answersLost(), 1);
    QCOMPARE(mine->saveErrorKind(), StorageError::Kind::ConnectionLost);
    QVERIFY(mine->hasPendingChanges());
    QCOMPARE(rows(*openSession(), QStringLiteral("SELECT content, version FROM note WHERE title = 'Alpha'")),
             QStringList{QStringLiteral("Mine, answer lost|2")});

    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 10000);
    QTRY_COMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Mine, answer lost"));
    QCOMPARE(mine->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(mine->model()->conflicts().isEmpty());
    QVERIFY(!mine->hasPendingChanges());
    QCOMPARE(contentOf(*mine, QStringLiteral("Alpha")), QStringLiteral("Mine, answer lost"));
    // Saved once: one version more, one version kept in the history.
    QCOMPARE(rows(*openSession(), QStringLiteral("SELECT content, version FROM note WHERE title = 'Alpha'")),
             QStringList{QStringLiteral("Mine, answer lost|2")});
    QCOMPARE(rows(*openSession(), QStringLiteral("SELECT count(*) FROM note_revision")), QStringList{QStringLiteral("1")});
}

// A search matching more notes than are ranked lists every match, newest
// first (none of these has the word in its title), a page at a time on a
// server, marked in the first rows.
void TestStorageContract::aSearchMatchingManyListsThemAll()
{
    START();
    const int notes = 600;
    {
        auto session = openSession();
        for (int i = 0; i < notes; ++i)
            addNote(*session, QStringLiteral("Note %1").arg(i), QStringLiteral("Common words %1").arg(i));
        QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    }
    auto session = openSession();
    NoteModel *model = session->model();
    model->setRankingLimit(100);
    QVERIFY(model->setSearchText(QStringLiteral("common")));
    QCOMPARE(model->index(0, model->titleColumn()).data().toString(), QStringLiteral("Note 599"));
    QCOMPARE(model->index(1, model->titleColumn()).data().toString(), QStringLiteral("Note 598"));
    const QString marked = QString(NoteModel::HighlightStart) + QStringLiteral("Common") + NoteModel::HighlightEnd;
    QVERIFY(model->index(0, 0).data(NoteModel::SnippetRole).toString().contains(marked));
    while (model->canFetchMore())
        model->fetchMore();
    QCOMPARE(model->rowCount(), notes);
    QStringList listed;
    for (int row = 0; row < model->rowCount(); ++row)
        listed << model->index(row, model->titleColumn()).data().toString();
    QCOMPARE(QSet<QString>(listed.cbegin(), listed.cend()).size(), notes);
    QCOMPARE(listed.last(), QStringLiteral("Note 0"));
}

QTEST_GUILESS_MAIN(TestStorageContract)
#include "tst_storagecontract.moc"
