#include "notebook.h"
#include "notebooksession.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

using namespace TestSupport;

// One person at work on a team notebook, in a thread of its own with its
// own event loop (announcements of others' saves arrive through it): it
// edits a note picked at random and saves, again and again, for a while.
class LoadClient final : public QObject
{
    Q_OBJECT

public:
    struct Save
    {
        qint64 id = -1;
        qint64 base = 0; // the version the edit was made on
        QString text;
    };

    LoadClient(int number, const NotebookLocation &location, int seconds)
        : m_number(number)
        , m_location(location)
        , m_seconds(seconds)
        , m_random(quint32(number + 1))
        , m_timer(this) // a child, so that it moves to the client's thread with it
    {
    }

    QList<Save> saves;
    int conflicts = 0;
    QStringList failures;
    QHash<qint64, qint64> view; // each note's version as the client lists it at the end

signals:
    void finished();

public slots:
    void run()
    {
        NotebookSession::OpenError error;
        m_session = NotebookSession::open(m_location, &error, {}, QStringLiteral("right password"));
        if (!m_session) {
            failures << error.message + error.detail;
            emit finished();
            return;
        }
        m_session->start(0);
        m_clock.start();
        m_timer.setInterval(20 + m_random.bounded(60));
        connect(&m_timer, &QTimer::timeout, this, &LoadClient::step);
        m_timer.start();
    }

private:
    void step()
    {
        if (m_clock.elapsed() > m_seconds * 1000) {
            m_timer.stop();
            // Time for the last announcements to arrive.
            QTimer::singleShot(3000, this, &LoadClient::finish);
            return;
        }
        NoteModel *model = m_session->model();
        const int row = m_random.bounded(model->rowCount());
        const int versionColumn = model->fieldIndex(QStringLiteral("version"));
        const Save save{model->noteId(row), model->index(row, versionColumn).data().toLongLong(),
                        QStringLiteral("client %1, edit %2").arg(m_number).arg(++m_edits)};
        model->setData(model->index(row, model->contentColumn()), save.text);
        switch (m_session->save()) {
        case NotebookSession::SaveResult::Saved:
            saves << save;
            break;
        case NotebookSession::SaveResult::Conflicts:
            ++conflicts;
            m_session->revert(); // and try another note next time
            break;
        case NotebookSession::SaveResult::Failed:
            failures << m_session->saveErrorDetail();
            m_session->revert();
            break;
        }
    }

    void finish()
    {
        NoteModel *model = m_session->model();
        const int versionColumn = model->fieldIndex(QStringLiteral("version"));
        for (int row = 0; row < model->rowCount(); ++row)
            view.insert(model->noteId(row), model->index(row, versionColumn).data().toLongLong());
        m_session.reset(); // in its thread, with its connection
        emit finished();
    }

    int m_number;
    NotebookLocation m_location;
    int m_seconds;
    QRandomGenerator m_random;
    std::unique_ptr<NotebookSession> m_session;
    QTimer m_timer;
    QElapsedTimer m_clock;
    int m_edits = 0;
};

// Many people saving into one team notebook at once, on the real server.
class TestServerLoad final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void manyClientsLoseNoSave();

private:
    TestServer m_server;
    bool m_prepared = false;
};

void TestServerLoad::initTestCase()
{
    useTestAppData();
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
}

void TestServerLoad::cleanupTestCase()
{
    if (m_prepared) {
        QSqlDatabase db = serverConnection(m_server);
        QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS load"));
        QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS member"));
        closeConnection(db);
    }
    clearTestAppData();
}

// 20 clients save random edits to 10 notes for 60 seconds
// (COMMONPLACE_LOAD_SECONDS): every save a client was told went in is in
// the notebook, each made on a version no other save was made on (no
// lost update: a note's version counts its saves exactly), each note
// holds the text of its last save, and every client lists each note at
// the version the notebook holds (others' saves reached it).
void TestServerLoad::manyClientsLoseNoSave()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    constexpr int Clients = 20;
    constexpr int Notes = 10;
    const int seconds = qEnvironmentVariableIsSet("COMMONPLACE_LOAD_SECONDS")
        ? qEnvironmentVariableIntValue("COMMONPLACE_LOAD_SECONDS")
        : 60;
    QVERIFY(makeServerUser(m_server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("load")));
    m_prepared = true;
    const NotebookLocation location =
        NotebookLocation::fromUserInput(QStringLiteral("postgresql://member@127.0.0.1:%1/load").arg(m_server.port));
    {
        NotebookSession::OpenError error;
        auto session = NotebookSession::open(location, &error, {}, QStringLiteral("right password"), true);
        QVERIFY2(session, qPrintable(error.message + error.detail));
        for (int i = 0; i < Notes; ++i)
            session->model()->addNote(QStringLiteral("Note %1").arg(i));
        QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    }

    std::vector<std::unique_ptr<LoadClient>> clients;
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < Clients; ++i) {
        clients.push_back(std::make_unique<LoadClient>(i, location, seconds));
        threads.push_back(std::make_unique<QThread>());
        clients.back()->moveToThread(threads.back().get());
        connect(threads.back().get(), &QThread::started, clients.back().get(), &LoadClient::run);
        // Direct: quit() is safe from any thread, and this one waits, with
        // no event loop to deliver a queued call.
        connect(clients.back().get(), &LoadClient::finished, threads.back().get(), &QThread::quit,
                Qt::DirectConnection);
    }
    for (auto &thread : threads)
        thread->start();
    for (auto &thread : threads)
        QVERIFY(thread->wait((seconds + 60) * 1000));

    QSqlDatabase db = serverConnection(m_server, QStringLiteral("load"));
    QHash<qint64, QPair<qint64, QString>> stored; // id: version, text
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT id, version, content FROM commonplace.note")));
        while (query.next())
            stored.insert(query.value(0).toLongLong(), {query.value(1).toLongLong(), query.value(2).toString()});
    }
    closeConnection(db);
    QCOMPARE(stored.size(), Notes);

    int saved = 0;
    int conflicts = 0;
    QSet<QPair<qint64, qint64>> bases;
    QHash<qint64, LoadClient::Save> last;
    for (const auto &client : clients) {
        QVERIFY2(client->failures.isEmpty(), qPrintable(client->failures.join(u'\n')));
        conflicts += client->conflicts;
        for (const LoadClient::Save &save : std::as_const(client->saves)) {
            ++saved;
            const auto base = qMakePair(save.id, save.base);
            QVERIFY2(!bases.contains(base), qPrintable(QStringLiteral("two saves of note %1 on version %2")
                                                           .arg(save.id)
                                                           .arg(save.base)));
            bases.insert(base);
            if (!last.contains(save.id) || last.value(save.id).base < save.base)
                last.insert(save.id, save);
        }
        QCOMPARE(client->view.size(), Notes);
        for (auto it = client->view.cbegin(); it != client->view.cend(); ++it)
            QCOMPARE(it.value(), stored.value(it.key()).first);
    }
    qInfo("%d clients, %d s: %d saves, %d conflict questions", Clients, seconds, saved, conflicts);
    QVERIFY(saved > Clients); // the test counted real saves
    QVERIFY(conflicts > 0); // and they did meet
    for (auto it = stored.cbegin(); it != stored.cend(); ++it) {
        int savesOfNote = 0;
        for (const auto &base : std::as_const(bases))
            savesOfNote += base.first == it.key() ? 1 : 0;
        QCOMPARE(it.value().first, qint64(1 + savesOfNote));
        if (savesOfNote > 0)
            QCOMPARE(it.value().second, last.value(it.key()).text);
    }
}

QTEST_GUILESS_MAIN(TestServerLoad)
#include "tst_serverload.moc"
