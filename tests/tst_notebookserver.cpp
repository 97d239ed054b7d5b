#include "notebook.h"
#include "notebooklocation.h"
#include "notebookserver.h"
#include "notemodel.h"
#include "schemamigrator.h"
#include "testsupport.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

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
    void setUpOnlyWhenAsked();
    void anotherApplicationsSchemaIsRefused_data();
    void anotherApplicationsSchemaIsRefused();
    void newerNotebookOpensReadOnly();
    void upgradeFromEveryVersion_data();
    void upgradeFromEveryVersion();
    void aMemberReadsAnOlderNotebookUntilItsOwnerUpgradesIt_data();
    void aMemberReadsAnOlderNotebookUntilItsOwnerUpgradesIt();
    void clientsSetUpAtOnce();
    void rolesDecideWhatOpens();
    void schemaIsSettable();
    void theLeastPrivilegeSetUpWorks();
    void tlsIsCheckedAsAsked_data();
    void tlsIsCheckedAsAsked();

private:
    void prepareServer();
    // A new empty database owned by "member", a notebook location for it.
    QString freshDatabase(const QString &name);
    std::unique_ptr<Notebook> open(const QString &location, bool setUp = false,
                                   Notebook::Access access = Notebook::Access::ReadWrite);
    // One value read as the superuser from database; a statement run there.
    QVariant scalarIn(const QString &database, const QString &sql);
    bool execIn(const QString &database, const QString &sql);

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
    for (const char *name : {"notes", "team", "alien", "secure", "newer", "older", "race", "roles", "shared"})
        QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS ") + QLatin1String(name));
    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS reader"));
    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS stranger"));
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
    // The test server offers TLS: a location that requires it gets it.
    QTest::newRow("TLS required") << "postgresql://member@127.0.0.1:%1/notes?sslmode=require" << "right password"
                                  << Notebook::Error::NotSetUp << "holds no notebook yet";
    // Everything right: connected, and asked before a notebook is set up.
    QTest::newRow("reached") << "postgresql://member@127.0.0.1:%1/notes" << "right password"
                             << Notebook::Error::NotSetUp << "The database “notes” on 127.0.0.1 holds no notebook yet.";
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
    if (error != Notebook::Error::NotSetUp)
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

QString TestNotebookServer::freshDatabase(const QString &name)
{
    prepareServer();
    // Names of ours, not user text.
    execIn(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS ") + name);
    if (!execIn(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 OWNER member").arg(name))) {
        QTest::qFail("the database was not made", __FILE__, __LINE__);
        return {};
    }
    return QStringLiteral("postgresql://member@127.0.0.1:%1/%2").arg(m_server.port).arg(name);
}

std::unique_ptr<Notebook> TestNotebookServer::open(const QString &location, bool setUp, Notebook::Access access)
{
    std::unique_ptr<Notebook> notebook = Notebook::at(NotebookLocation::fromUserInput(location));
    Q_ASSERT(notebook); // a server's location, always
    notebook->setPassword(QStringLiteral("right password"));
    notebook->setSetUpAllowed(setUp);
    notebook->open(access);
    return notebook;
}

QVariant TestNotebookServer::scalarIn(const QString &database, const QString &sql)
{
    QSqlDatabase db = serverConnection(m_server, database);
    QVariant value;
    {
        QSqlQuery query(db);
        if (query.exec(sql) && query.next())
            value = query.value(0);
        else
            qWarning().noquote() << sql << query.lastError().text();
    }
    closeConnection(db);
    return value;
}

bool TestNotebookServer::execIn(const QString &database, const QString &sql)
{
    QSqlDatabase db = serverConnection(m_server, database);
    bool done = false;
    {
        QSqlQuery query(db);
        done = query.exec(sql);
        if (!done)
            qWarning().noquote() << sql << query.lastError().text();
    }
    closeConnection(db);
    return done;
}

// An empty database becomes a notebook only once the user said so; before,
// it is left exactly as it was.
void TestNotebookServer::setUpOnlyWhenAsked()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("team"));
    const QString schemas = QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'commonplace'");
    auto notebook = open(location);
    QCOMPARE(notebook->lastError(), Notebook::Error::NotSetUp);
    QVERIFY(!notebook->isOpen());
    QCOMPARE(scalarIn(QStringLiteral("team"), schemas).toInt(), 0);
    // Read-only, never set up, even when allowed.
    notebook = open(location, true, Notebook::Access::ReadOnly);
    QCOMPARE(notebook->lastError(), Notebook::Error::NotSetUp);
    QCOMPARE(scalarIn(QStringLiteral("team"), schemas).toInt(), 0);

    notebook = open(location, true);
    QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
    QCOMPARE(notebook->schemaVersion(), Notebook::latestSchemaVersion());
    QVERIFY(!notebook->isReadOnly());
    {
        // The notebook's tables, in its schema, and its triggers at work.
        QSqlQuery query(notebook->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title, content) VALUES ('Plan', 'Café; first')")));
        QVERIFY(query.exec(QStringLiteral("UPDATE note SET content = 'Café; second'")));
        QVERIFY(query.exec(QStringLiteral("SELECT version, created_at <= updated_at FROM note")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2);
        QVERIFY(query.value(1).toBool());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM note_search WHERE words @@ to_tsquery('simple', 'cafe & second')"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QCOMPARE(scalarIn(QStringLiteral("team"), QStringLiteral("SELECT schema_version FROM commonplace.notebook_header")).toInt(),
             Notebook::latestSchemaVersion());
    notebook.reset();
    // Opened again: no question, the note still there.
    notebook = open(location);
    QVERIFY(notebook->isOpen());
    QCOMPARE(scalarIn(QStringLiteral("team"), QStringLiteral("SELECT title FROM commonplace.note")).toString(),
             QStringLiteral("Plan"));
}

void TestNotebookServer::anotherApplicationsSchemaIsRefused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("a table of its own") << "CREATE SCHEMA commonplace AUTHORIZATION member; CREATE TABLE commonplace.orders (id int)";
    QTest::newRow("a function of its own") << "CREATE SCHEMA commonplace AUTHORIZATION member; "
                                              "CREATE FUNCTION commonplace.f() RETURNS int LANGUAGE sql AS 'SELECT 1'";
    QTest::newRow("a header not ours") << "CREATE SCHEMA commonplace AUTHORIZATION member; CREATE TABLE commonplace.notebook_header "
                                          "(application_id bigint, schema_version int); "
                                          "INSERT INTO commonplace.notebook_header VALUES (7, 3)";
    QTest::newRow("a header without its row") << "CREATE SCHEMA commonplace AUTHORIZATION member; CREATE TABLE commonplace.notebook_header "
                                                 "(application_id bigint, schema_version int)";
}

// Whatever another application keeps there stays exactly as it was.
void TestNotebookServer::anotherApplicationsSchemaIsRefused()
{
    QFETCH(QString, setup);
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("alien"));
    for (const QString &statement : setup.split(QStringLiteral("; ")))
        QVERIFY(execIn(QStringLiteral("alien"), statement));
    const QString objects = QStringLiteral("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class "
                                           "WHERE relnamespace = 'commonplace'::regnamespace");
    const QVariant before = scalarIn(QStringLiteral("alien"), objects);
    auto notebook = open(location, true);
    QCOMPARE(notebook->lastError(), Notebook::Error::NotNotebook);
    QVERIFY2(notebook->errorString().contains(QLatin1String("holds tables of another application")),
             qPrintable(notebook->errorString()));
    QVERIFY(!notebook->isOpen());
    QCOMPARE(scalarIn(QStringLiteral("alien"), objects), before);
}

// A notebook of a newer Commonplace: readable, never written.
void TestNotebookServer::newerNotebookOpensReadOnly()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("newer"));
    QVERIFY(open(location, true)->isOpen());
    QVERIFY(execIn(QStringLiteral("newer"), QStringLiteral("UPDATE commonplace.notebook_header SET schema_version = 99")));
    auto notebook = open(location);
    QVERIFY(notebook->isOpen());
    QCOMPARE(notebook->readOnlyReason(), Notebook::ReadOnlyReason::NewerVersion);
    QCOMPARE(notebook->schemaVersion(), 99);
    QSqlQuery query(notebook->database());
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO note (title) VALUES ('no')")));
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM note")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(scalarIn(QStringLiteral("newer"), QStringLiteral("SELECT schema_version FROM commonplace.notebook_header")).toInt(), 99);
}

void TestNotebookServer::upgradeFromEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Notebook::latestSchemaVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

// A notebook left at each older version by an older Commonplace is brought
// up to date, its notes kept, searchable and linked.
void TestNotebookServer::upgradeFromEveryVersion()
{
    QFETCH(int, version);
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("older"));
    {
        QSqlDatabase db = serverConnection(m_server, QStringLiteral("older"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA commonplace AUTHORIZATION member")));
        QVERIFY(query.exec(QStringLiteral("SET ROLE member")));
        QVERIFY(query.exec(QStringLiteral("SET search_path TO commonplace, public")));
        SchemaMigrator migrator(QStringLiteral(":/migrations/postgresql"));
        QVERIFY2(migrator.migrate(db, version), qPrintable(migrator.lastError()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title, content) VALUES ('Old', 'See [[Plan]] and the crème')")));
        closeConnection(db);
    }
    auto notebook = open(location);
    QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
    QCOMPARE(notebook->schemaVersion(), Notebook::latestSchemaVersion());
    QSqlQuery query(notebook->database());
    QVERIFY(query.exec(QStringLiteral("SELECT note.title FROM note JOIN note_search ON note_id = note.id "
                                      "WHERE words @@ to_tsquery('simple', 'creme')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Old"));
    // Links are read out of the texts by the upgrade that adds their table;
    // after it, by each save.
    QVERIFY(query.exec(QStringLiteral("SELECT string_agg(target, ',') FROM note_link")) && query.next());
    QCOMPARE(query.value(0).toString(), version < SchemaMigrator::NoteLinksVersion ? QStringLiteral("Plan") : QString());
    QVERIFY(query.exec(QStringLiteral("SELECT tags, pinned, trashed_at IS NULL FROM note")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("[]"));
    QCOMPARE(query.value(1).toInt(), 0);
    QVERIFY(query.value(2).toBool());
}

void TestNotebookServer::aMemberReadsAnOlderNotebookUntilItsOwnerUpgradesIt_data()
{
    upgradeFromEveryVersion_data();
}

// A member who may write notes but not alter the notebook's tables opens a
// notebook of an older Commonplace: read-only, saying why, its notes
// listed, nothing changed; once its owner has opened it (and so upgraded
// it), the member writes in it.
void TestNotebookServer::aMemberReadsAnOlderNotebookUntilItsOwnerUpgradesIt()
{
    QFETCH(int, version);
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("older"));
    QVERIFY(execIn(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS reader_member")));
    QVERIFY(execIn(QStringLiteral("postgres"),
                   QStringLiteral("CREATE ROLE reader_member LOGIN PASSWORD 'right password'")));
    const auto dropMember = qScopeGuard([this] {
        execIn(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS older"));
        execIn(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS reader_member"));
    });
    {
        QSqlDatabase db = serverConnection(m_server, QStringLiteral("older"));
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE SCHEMA commonplace AUTHORIZATION member")));
        QVERIFY(query.exec(QStringLiteral("SET ROLE member")));
        QVERIFY(query.exec(QStringLiteral("SET search_path TO commonplace, public")));
        SchemaMigrator migrator(QStringLiteral(":/migrations/postgresql"));
        QVERIFY2(migrator.migrate(db, version), qPrintable(migrator.lastError()));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title, content) VALUES ('Old', 'Older words')")));
        for (const char *statement :
             {"GRANT USAGE ON SCHEMA commonplace TO reader_member",
              "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA commonplace TO reader_member",
              "GRANT USAGE ON ALL SEQUENCES IN SCHEMA commonplace TO reader_member"})
            QVERIFY2(query.exec(QLatin1String(statement)), statement);
        closeConnection(db);
    }
    const QString asMember = QString(location).replace(QStringLiteral("//member@"), QStringLiteral("//reader_member@"));
    {
        auto notebook = open(asMember);
        QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
        QVERIFY(notebook->isReadOnly());
        QCOMPARE(notebook->readOnlyReason(), Notebook::ReadOnlyReason::UpgradeByOwner);
        QVERIFY(notebook->readOnlyMessage().contains(u"only its owner"));
        QCOMPARE(notebook->schemaVersion(), version);
        NoteModel model(notebook->database());
        QVERIFY2(model.select(), qPrintable(model.lastError().text()));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, model.titleColumn()).data().toString(), QStringLiteral("Old"));
        QCOMPARE(model.index(0, model.contentColumn()).data().toString(), QStringLiteral("Older words"));
    }
    QCOMPARE(scalarIn(QStringLiteral("older"), QStringLiteral("SELECT schema_version FROM commonplace.notebook_header"))
                 .toInt(),
             version);

    QVERIFY(open(location)->isOpen()); // its owner: upgraded
    QVERIFY(execIn(QStringLiteral("older"),
                   QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA commonplace TO "
                                  "reader_member; GRANT USAGE ON ALL SEQUENCES IN SCHEMA commonplace TO reader_member")));
    auto notebook = open(asMember);
    QVERIFY(notebook->isOpen());
    QVERIFY2(!notebook->isReadOnly(), qPrintable(notebook->readOnlyMessage()));
}

// Clients finding the same empty database at once: one sets it up under
// the advisory lock, the others find it set up; none fails.
void TestNotebookServer::clientsSetUpAtOnce()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    constexpr int Clients = 3;
    for (int round = 0; round < 4; ++round) {
        const QString location = freshDatabase(QStringLiteral("race"));
        QString errors[Clients];
        int versions[Clients] = {};
        std::unique_ptr<QThread> threads[Clients];
        for (int i = 0; i < Clients; ++i) {
            threads[i].reset(QThread::create([this, i, &location, &errors, &versions] {
                auto notebook = open(location, true);
                versions[i] = notebook->schemaVersion();
                errors[i] = notebook->errorString() + notebook->errorDetail();
            }));
        }
        for (auto &thread : threads)
            thread->start();
        for (auto &thread : threads)
            QVERIFY(thread->wait(60000));
        for (int i = 0; i < Clients; ++i) {
            QVERIFY2(errors[i].isEmpty(), qPrintable(errors[i]));
            QCOMPARE(versions[i], Notebook::latestSchemaVersion());
        }
        QCOMPARE(scalarIn(QStringLiteral("race"), QStringLiteral("SELECT count(*) FROM commonplace.notebook_header")).toInt(), 1);
    }
}

// A role that may only read opens the notebook read-only, with a notice; a
// role that may not see it is told so, and nothing is changed.
void TestNotebookServer::rolesDecideWhatOpens()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("roles"));
    QVERIFY(open(location, true)->isOpen());
    for (const char *statement :
         {"DROP ROLE IF EXISTS reader", "DROP ROLE IF EXISTS stranger",
          "CREATE ROLE reader LOGIN PASSWORD 'right password'",
          "CREATE ROLE stranger LOGIN PASSWORD 'right password'",
          "GRANT USAGE ON SCHEMA commonplace TO reader",
          "GRANT SELECT ON ALL TABLES IN SCHEMA commonplace TO reader"})
        QVERIFY(execIn(QStringLiteral("roles"), QLatin1String(statement)));
    auto notebook = open(QStringLiteral("postgresql://reader@127.0.0.1:%1/roles").arg(m_server.port));
    QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
    QCOMPARE(notebook->readOnlyReason(), Notebook::ReadOnlyReason::ReadOnlyRole);
    QVERIFY(notebook->readOnlyMessage().contains(QLatin1String("read this notebook but not change it")));
    notebook.reset();

    notebook = open(QStringLiteral("postgresql://stranger@127.0.0.1:%1/roles").arg(m_server.port), true);
    QCOMPARE(notebook->lastError(), Notebook::Error::NoAccess);
    QVERIFY2(notebook->errorString().contains(QStringLiteral("does not let the user “stranger” see this notebook")),
             qPrintable(notebook->errorString()));
    notebook.reset();

    // A user who may not create schemas cannot set up a notebook: told so,
    // the database unchanged.
    const QString other = QStringLiteral("postgresql://stranger@127.0.0.1:%1/roles?schema=mine").arg(m_server.port);
    notebook = open(other, true);
    QCOMPARE(notebook->lastError(), Notebook::Error::CannotSetUp);
    QVERIFY2(notebook->errorString().contains(QStringLiteral("does not let the user “stranger” create it")),
             qPrintable(notebook->errorString()));
    QCOMPARE(scalarIn(QStringLiteral("roles"), QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'mine'")).toInt(), 0);
    QVERIFY(execIn(QStringLiteral("roles"), QStringLiteral("DROP OWNED BY reader")));
}

// schema=NAME keeps a notebook beside others in one database, each with
// its own notes.
void TestNotebookServer::schemaIsSettable()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString location = freshDatabase(QStringLiteral("shared"));
    QVERIFY(open(location, true)->isOpen());
    for (const QString &schema : {QStringLiteral("Team \"B\".notes"), QStringLiteral("team_c")}) {
        const QString named = location + QStringLiteral("?schema=") + QString::fromUtf8(QUrl::toPercentEncoding(schema));
        auto notebook = open(named, true);
        QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
        QSqlQuery query(notebook->database());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title, content) VALUES ('In', 'crème')")));
        QVERIFY(query.exec(QStringLiteral("SELECT current_schema()")) && query.next());
        QCOMPARE(query.value(0).toString(), schema);
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM note_search WHERE words @@ to_tsquery('simple', 'creme')"))
                && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
    }
    QCOMPARE(scalarIn(QStringLiteral("shared"), QStringLiteral("SELECT count(*) FROM commonplace.note")).toInt(), 0);
    QCOMPARE(scalarIn(QStringLiteral("shared"), QStringLiteral("SELECT count(*) FROM team_c.note")).toInt(), 1);
}

// The set-up the README describes: an owner role that sets up and upgrades
// the notebook, a group of members who read and write notes and nothing
// else. A member saves notes with tags and links; the notebook's mark
// stays the owner's.
void TestNotebookServer::theLeastPrivilegeSetUpWorks()
{
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    for (const char *statement :
         {"DROP DATABASE IF EXISTS team_least", "DROP ROLE IF EXISTS ann", "DROP ROLE IF EXISTS notes_members",
          "DROP ROLE IF EXISTS notes_owner", "CREATE ROLE notes_owner LOGIN PASSWORD 'right password'",
          "CREATE DATABASE team_least OWNER notes_owner", "CREATE ROLE notes_members NOLOGIN",
          "CREATE ROLE ann LOGIN PASSWORD 'right password' IN ROLE notes_members"})
        QVERIFY(execIn(QStringLiteral("postgres"), QLatin1String(statement)));
    const auto location = [this](const char *user) {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/team_least").arg(QLatin1String(user)).arg(m_server.port);
    };
    QVERIFY(open(location("notes_owner"), true)->isOpen());
    // As the README says, run by the owner in the notebook's database.
    QSqlDatabase db = serverConnection(m_server, QStringLiteral("team_least"));
    for (const char *statement :
         {"SET ROLE notes_owner", "GRANT USAGE ON SCHEMA commonplace TO notes_members",
          "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA commonplace TO notes_members",
          "REVOKE INSERT, UPDATE, DELETE ON commonplace.notebook_header FROM notes_members",
          "GRANT USAGE ON ALL SEQUENCES IN SCHEMA commonplace TO notes_members"})
        QVERIFY2(QSqlQuery(db).exec(QLatin1String(statement)), statement);
    closeConnection(db);

    auto notebook = open(location("ann"));
    QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
    QVERIFY(!notebook->isReadOnly());
    {
        NoteModel model(notebook->database());
        QVERIFY(model.select());
        const int row = model.addNote(QStringLiteral("By a member"));
        model.setData(model.index(row, model.contentColumn()), QStringLiteral("See [[Plans]]."));
        model.setData(model.index(row, model.tagsColumn()), QStringLiteral("[\"team/notes\"]"));
        QVERIFY2(model.commit(), qPrintable(model.lastError().text()));
        model.setData(model.index(0, model.contentColumn()), QStringLiteral("See [[Plans]] again."));
        QVERIFY2(model.commit(), qPrintable(model.lastError().text())); // a version kept in the history
    }
    QSqlQuery query(notebook->database());
    QVERIFY(!query.exec(QStringLiteral("UPDATE notebook_header SET schema_version = 1")));
    notebook.reset();
    QCOMPARE(scalarIn(QStringLiteral("team_least"),
                      QStringLiteral("SELECT (SELECT count(*) FROM commonplace.tag) || ',' || (SELECT count(*) FROM "
                                     "commonplace.note_link) || ',' || (SELECT count(*) FROM commonplace.note_revision)"))
                 .toString(),
             QStringLiteral("2,1,1"));
    QVERIFY(execIn(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE team_least")));
    for (const char *role : {"ann", "notes_members", "notes_owner"})
        QVERIFY(execIn(QStringLiteral("postgres"), QStringLiteral("DROP ROLE ") + QLatin1String(role)));
}

void TestNotebookServer::tlsIsCheckedAsAsked_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("query"); // %1: the folder of the test's certificate authorities
    QTest::addColumn<bool>("opens");
    QTest::newRow("verify-full, the right authority and address")
        << "127.0.0.1" << "sslmode=verify-full&sslrootcert=%1/ca.crt" << true;
    QTest::newRow("verify-ca, the right authority") << "127.0.0.1" << "sslmode=verify-ca&sslrootcert=%1/ca.crt" << true;
    QTest::newRow("verify-full, another authority")
        << "127.0.0.1" << "sslmode=verify-full&sslrootcert=%1/other-ca.crt" << false;
    QTest::newRow("verify-full, a name the certificate is not for")
        << "localhost" << "sslmode=verify-full&sslrootcert=%1/ca.crt" << false;
    QTest::newRow("verify-ca, no authority file") << "127.0.0.1" << "sslmode=verify-ca&sslrootcert=%1/missing.crt"
                                                  << false;
}

// Against a certificate authority made for the run (.ci/with-postgres): a
// server whose certificate the location's checks accept is reached over
// TLS; any other is refused, saying why, before a password is sent.
void TestNotebookServer::tlsIsCheckedAsAsked()
{
    QFETCH(QString, host);
    QFETCH(QString, query);
    QFETCH(bool, opens);
    COMMONPLACE_REQUIRE_TEST_SERVER(m_server);
    const QString authorities = QFileInfo(qEnvironmentVariable("COMMONPLACE_TEST_PGCA")).path();
    if (authorities.isEmpty() || authorities == QLatin1String("."))
        QFAIL("COMMONPLACE_TEST_PGCA names no certificate authority");
    freshDatabase(QStringLiteral("secure"));
    const QString location = QStringLiteral("postgresql://member@%1:%2/secure?").arg(host).arg(m_server.port)
        + query.arg(QString::fromUtf8(QUrl::toPercentEncoding(authorities, "/")));
    auto notebook = open(location, true);
    if (!opens) {
        QCOMPARE(notebook->lastError(), Notebook::Error::CertificateRefused);
        QVERIFY2(notebook->errorString().contains(QLatin1String("could not be checked as the location asks")),
                 qPrintable(notebook->errorString()));
        QVERIFY(!notebook->errorDetail().isEmpty()); // libpq's words, for Show Details
        return;
    }
    QVERIFY2(notebook->isOpen(), qPrintable(notebook->errorString() + u'\n' + notebook->errorDetail()));
    QSqlQuery encrypted(notebook->database());
    QVERIFY(encrypted.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) && encrypted.next());
    QVERIFY(encrypted.value(0).toBool());
}

QTEST_GUILESS_MAIN(TestNotebookServer)
#include "tst_notebookserver.moc"
