#include "notebook.h"
#include "notebooklocation.h"
#include "notebookserver.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

// Team notebooks, against the real PostgreSQL server .ci/with-postgres
// starts: what a user is told when a server notebook cannot be opened.
class TestNotebookServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void whyItCannotConnect_data();
    void whyItCannotConnect();
    void libpqMessagesAreRead_data();
    void libpqMessagesAreRead();

private:
    void prepareServer();

    TestServer m_server;
    bool m_prepared = false;
};

void TestNotebookServer::initTestCase()
{
    // Only what a test gives: no password of the user's, from anywhere.
    qunsetenv("PGPASSWORD");
    qunsetenv("PGSERVICE");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
}

// A member role with a password, and its database.
void TestNotebookServer::prepareServer()
{
    if (m_prepared)
        return;
    QVERIFY(makeServerUser(m_server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("notes")));
    m_prepared = true;
}

void TestNotebookServer::cleanupTestCase()
{
    if (!m_prepared)
        return;
    QSqlDatabase db = serverConnection(m_server);
    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS notes"));
    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS member"));
    closeConnection(db);
}

void TestNotebookServer::whyItCannotConnect_data()
{
    QTest::addColumn<QString>("location"); // %1: the test server's port
    QTest::addColumn<QString>("password");
    QTest::addColumn<Notebook::Error>("error");
    QTest::addColumn<QString>("said");

    QTest::newRow("nothing there") << "postgresql://member@127.0.0.1:1/notes" << "right password"
                                   << Notebook::Error::ServerUnreachable
                                   << "“notes on 127.0.0.1” cannot be opened: no PostgreSQL server answers at 127.0.0.1:1.";
    QTest::newRow("no password") << "postgresql://member@127.0.0.1:%1/notes" << ""
                                 << Notebook::Error::PasswordNeeded << "asks for the password of “member”";
    QTest::newRow("wrong password") << "postgresql://member@127.0.0.1:%1/notes" << "wrong"
                                    << Notebook::Error::PasswordRefused << "refused the user name “member” or its password";
    QTest::newRow("no such user") << "postgresql://nobody@127.0.0.1:%1/notes" << "right password"
                                  << Notebook::Error::PasswordRefused << "refused the user name “nobody” or its password";
    QTest::newRow("no such database") << "postgresql://member@127.0.0.1:%1/elsewhere" << "right password"
                                      << Notebook::Error::DatabaseMissing << "has no database “elsewhere”";
    // The test server offers no TLS: a location that requires it is refused.
    QTest::newRow("TLS required") << "postgresql://member@127.0.0.1:%1/notes?sslmode=require" << "right password"
                                  << Notebook::Error::CertificateRefused << "offers no encrypted connection";
    // Everything right: connected, and told that this version goes no further.
    QTest::newRow("reached") << "postgresql://member@127.0.0.1:%1/notes" << "right password"
                             << Notebook::Error::Unsupported << "Commonplace reached the server";
}

void TestNotebookServer::whyItCannotConnect()
{
    QFETCH(QString, location);
    QFETCH(QString, password);
    QFETCH(Notebook::Error, error);
    QFETCH(QString, said);
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    prepareServer();
    std::unique_ptr<Notebook> notebook = Notebook::at(NotebookLocation::fromUserInput(
        location.contains(QLatin1String("%1")) ? location.arg(m_server.port) : location));
    auto *server = dynamic_cast<NotebookServer *>(notebook.get());
    QVERIFY(server);
    server->setPassword(password);
    QVERIFY(!server->open());
    QVERIFY2(server->errorString().contains(said), qPrintable(server->errorString() + u'\n' + server->errorDetail()));
    QCOMPARE(server->lastError(), error);
    QVERIFY(!server->isOpen());
    // What the server said is kept for "Show Details".
    if (error != Notebook::Error::Unsupported)
        QVERIFY(!server->errorDetail().isEmpty());
}

// What libpq says of a failed connection, as its versions word it, names
// the failure; anything else is a failure to connect, worded generally.
void TestNotebookServer::libpqMessagesAreRead_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<Notebook::Error>("error");
    QTest::newRow("refused") << "connection to server at \"db.example.org\" (192.0.2.1), port 5432 failed: Connection "
                                "refused\n\tIs the server running on that host and accepting TCP/IP connections?"
                             << Notebook::Error::ServerUnreachable;
    QTest::newRow("unknown host") << "could not translate host name \"db.example\" to address: Name or service not known"
                                  << Notebook::Error::ServerUnreachable;
    QTest::newRow("no socket") << "connection to server on socket \"/run/postgresql/.s.PGSQL.5432\" failed: No such "
                                  "file or directory"
                               << Notebook::Error::ServerUnreachable;
    QTest::newRow("timeout") << "connection to server at \"10.0.0.1\", port 5432 failed: timeout expired"
                             << Notebook::Error::ServerUnreachable;
    QTest::newRow("no password") << "connection to server at \"127.0.0.1\", port 5432 failed: fe_sendauth: no password "
                                    "supplied"
                                 << Notebook::Error::PasswordNeeded;
    QTest::newRow("wrong password") << "FATAL:  password authentication failed for user \"ann\""
                                    << Notebook::Error::PasswordRefused;
    QTest::newRow("untrusted") << "SSL error: certificate verify failed" << Notebook::Error::CertificateRefused;
    QTest::newRow("wrong name") << "server certificate for \"db.example.org\" does not match host name \"127.0.0.1\""
                                << Notebook::Error::CertificateRefused;
    QTest::newRow("no database") << "FATAL:  database \"team\" does not exist" << Notebook::Error::DatabaseMissing;
    QTest::newRow("too many") << "FATAL:  sorry, too many clients already" << Notebook::Error::CannotConnect;
}

void TestNotebookServer::libpqMessagesAreRead()
{
    QFETCH(QString, message);
    QFETCH(Notebook::Error, error);
    QCOMPARE(NotebookServer::errorOf(message), error);
}

QTEST_GUILESS_MAIN(TestNotebookServer)
#include "tst_notebookserver.moc"
