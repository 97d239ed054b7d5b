#include "notebook.h"
#include "testsupport.h"

#include <QSqlError>

#include <QDir>
#include <QFileInfo>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <utility>

// The command line, run as a user runs it.
class TestCommandLine final : public QObject
{
    Q_OBJECT

private slots:
    void version();
    void help();
    void teamNotebookAddressIsNotAFile();
    void noteOpensByNumber_data();
    void noteOpensByNumber();
    void importAndExportWithoutAWindow();
    void aKilledImportLeavesTheNotebook();
    void teamNotebooksInAndOut();

private:
    QString run(const QStringList &arguments);
    // Runs the program in a home of its own: its exit code and what it said.
    static int runAtHome(const QTemporaryDir &home, const QStringList &arguments, QString *said);
    // The same without a display, as a script runs it, with more of the
    // environment set (an empty value removes it): its exit code, and
    // what it said on each output.
    static int runScripted(const QTemporaryDir &home, const QStringList &arguments, QString *out, QString *err,
                           const QList<QPair<QString, QString>> &environment = {});
};

QString TestCommandLine::run(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(COMMONPLACE_BINARY), arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0)
        return QStringLiteral("failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

int TestCommandLine::runScripted(const QTemporaryDir &home, const QStringList &arguments, QString *out, QString *err,
                                 const QList<QPair<QString, QString>> &more)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    for (const auto &[name, value] : more) {
        if (value.isEmpty())
            environment.remove(name);
        else
            environment.insert(name, value);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COMMONPLACE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return -1;
    *out = QString::fromUtf8(process.readAllStandardOutput());
    *err = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

void TestCommandLine::version()
{
    const QString output = run({QStringLiteral("--version")});
    QVERIFY2(output.startsWith(QStringLiteral("Commonplace " COMMONPLACE_VERSION)), qPrintable(output));
}

void TestCommandLine::help()
{
    const QString output = run({QStringLiteral("--help")});
    QVERIFY2(output.contains(QLatin1String("[notebook]")), qPrintable(output));
    QVERIFY(output.contains(QLatin1String("--version")));
}

// A server address on the command line is a notebook location, not a file
// name in the current folder: with no server there it is answered as the
// window answers it, and nothing is created.
void TestCommandLine::teamNotebookAddressIsNotAFile()
{
    QTemporaryDir dir;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), dir.path()); // no settings of the user's touched
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COMMONPLACE_BINARY),
                  {QStringLiteral("--smoke-test"), QStringLiteral("postgresql://ann@127.0.0.1:1/team")});
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 1); // not opened
    const QString said = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("team on 127.0.0.1")) && said.contains(QLatin1String("no PostgreSQL server answers")),
             qPrintable(said));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("postgresql:"))));
}

int TestCommandLine::runAtHome(const QTemporaryDir &home, const QStringList &arguments, QString *said)
{
    QProcess process;
    process.setWorkingDirectory(home.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COMMONPLACE_BINARY), arguments);
    if (!process.waitForFinished(30000))
        return -1;
    *said = QString::fromUtf8(process.readAllStandardError());
    return process.exitCode();
}

// commonplace NOTEBOOK --note ID, and a commonplace: link, as the desktop
// passes one: the note opens, or a clear message says why not, and the
// notebook opens as usual.
void TestCommandLine::noteOpensByNumber_data()
{
    QTest::addColumn<QStringList>("arguments"); // NOTEBOOK stands for the notebook's path
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("said");
    QTest::newRow("existing") << QStringList{QStringLiteral("NOTEBOOK"), QStringLiteral("--note"), QStringLiteral("1")} << 0 << "";
    QTest::newRow("trashed") << QStringList{QStringLiteral("NOTEBOOK"), QStringLiteral("--note=2")} << 0 << "";
    QTest::newRow("missing") << QStringList{QStringLiteral("NOTEBOOK"), QStringLiteral("--note"), QStringLiteral("99")} << 1
                             << "There is no note number 99 in “Trip”: it may have been deleted for good.";
    QTest::newRow("not a number") << QStringList{QStringLiteral("NOTEBOOK"), QStringLiteral("--note"), QStringLiteral("abc")} << 2
                                  << "“abc” is not a note number";
    QTest::newRow("no notebook") << QStringList{QStringLiteral("--note"), QStringLiteral("3")} << 2 << "--note needs the notebook";
    QTest::newRow("link") << QStringList{QStringLiteral("LINK:1")} << 0 << "";
    QTest::newRow("link to a missing note") << QStringList{QStringLiteral("LINK:99")} << 1 << "There is no note number 99";
    QTest::newRow("malformed link") << QStringList{QStringLiteral("commonplace:open?notebook=x&note=abc")} << 1
                                    << "This link to a note is damaged or incomplete";
}

void TestCommandLine::noteOpensByNumber()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, said);
    QTemporaryDir home;
    const QString path = home.filePath(QStringLiteral("Trip.cpbook"));
    QVERIFY(TestSupport::createNotebookAtVersion(path, Notebook::latestSchemaVersion(), {}));
    QSqlDatabase db = TestSupport::rawConnection(path);
    QVERIFY(TestSupport::insertNotes(db, {QStringLiteral("Day 1"), QStringLiteral("Day 2")}, QStringLiteral("About %1")));
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("UPDATE note SET trashed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = 2")));
    query.finish();
    TestSupport::closeConnection(db);
    for (QString &argument : arguments) {
        if (argument == QLatin1String("NOTEBOOK"))
            argument = path;
        else if (argument.startsWith(QLatin1String("LINK:")))
            argument = QStringLiteral("commonplace:open?notebook=") + QString::fromLatin1(QUrl::toPercentEncoding(path))
                + QStringLiteral("&note=") + argument.mid(5);
    }
    QString output;
    const int code = runAtHome(home, QStringList{QStringLiteral("--smoke-test")} + arguments, &output);
    QVERIFY2(code == exitCode, qPrintable(QString::number(code) + u' ' + output));
    QVERIFY2(output.contains(said), qPrintable(output));
}

// --import and --export, as a script runs them: no display, a summary on
// standard output, a message and a non-zero exit code when they cannot.
void TestCommandLine::importAndExportWithoutAWindow()
{
    QTemporaryDir home;
    const QString vault = home.filePath(QStringLiteral("vault"));
    QVERIFY(QDir().mkpath(vault + QStringLiteral("/Work")));
    for (const auto &[name, text] : {std::pair{"Work/Plan.md", "---\ntags: [project]\n---\nSee [[Ideas]]"},
                                     std::pair{"Ideas.md", "Some ideas"}}) {
        QFile file(vault + u'/' + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const auto commonplace = [&home](const QStringList &arguments, QString *out, QString *err) {
        return runScripted(home, arguments, out, err);
    };
    const QString notebook = home.filePath(QStringLiteral("notes.cpbook"));
    QString out;
    QString err;
    QCOMPARE(commonplace({QStringLiteral("--import"), vault, QStringLiteral("--into"), notebook}, &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("Imported 2 notes from “%1” into “%2”, tagged Imported/Markdown ").arg(vault, notebook)),
             qPrintable(out + err));
    QVERIFY(out.contains(QLatin1String("with 0 new attachments.")));
    QCOMPARE(TestSupport::titlesOnDisk(notebook), (QStringList{QStringLiteral("Ideas"), QStringLiteral("Plan")}));

    // A source that is not one: a message, nothing imported, exit code 1.
    const QByteArray before = TestSupport::fileHash(notebook);
    QCOMPARE(commonplace({QStringLiteral("--import"), home.filePath(QStringLiteral("nothing")), QStringLiteral("--into"), notebook},
                         &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("is not something Commonplace can import")), qPrintable(err));
    QCOMPARE(TestSupport::fileHash(notebook), before);
    // Asked wrongly: exit code 2.
    QCOMPARE(commonplace({QStringLiteral("--import"), vault}, &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("--into")), qPrintable(err));

    const QString folder = home.filePath(QStringLiteral("export"));
    QCOMPARE(commonplace({QStringLiteral("--export"), notebook, QStringLiteral("--to"), folder}, &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("Exported 2 notes from “%1” to “%2”").arg(notebook, folder)), qPrintable(out + err));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/Plan.md")));
    QCOMPARE(TestSupport::fileHash(notebook), before); // an export changes nothing
    QCOMPARE(commonplace({QStringLiteral("--export"), notebook, QStringLiteral("--to"), folder}, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("is not empty")), qPrintable(err));
    QCOMPARE(commonplace({QStringLiteral("--export"), notebook, QStringLiteral("--to"), folder + u'2', QStringLiteral("--format"),
                          QStringLiteral("docx")}, &out, &err), 2);
    QVERIFY2(err.contains(QLatin1String("markdown, html or pdf")), qPrintable(err));
    // HTML pages and a PDF file, with no display either.
    QCOMPARE(commonplace({QStringLiteral("--export"), notebook, QStringLiteral("--to"), folder + QStringLiteral("-html"),
                          QStringLiteral("--format"), QStringLiteral("html")}, &out, &err), 0);
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("-html/index.html")));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("-html/Plan.html")));
    const QString pdf = home.filePath(QStringLiteral("notes.pdf"));
    QCOMPARE(commonplace({QStringLiteral("--export"), notebook, QStringLiteral("--to"), pdf, QStringLiteral("--format"),
                          QStringLiteral("PDF")}, &out, &err), 0);
    QVERIFY2(out.startsWith(QStringLiteral("Exported 2 notes from “%1” to “%2”").arg(notebook, pdf)), qPrintable(out + err));
    QFile written(pdf);
    QVERIFY(written.open(QIODevice::ReadOnly) && written.read(5) == "%PDF-");
    const QByteArray pdfBefore = TestSupport::fileHash(pdf);
    QCOMPARE(commonplace({QStringLiteral("--export"), notebook, QStringLiteral("--to"), pdf, QStringLiteral("--format"),
                          QStringLiteral("pdf")}, &out, &err), 1); // never over a file
    QVERIFY2(err.contains(QLatin1String("exists already")), qPrintable(err));
    QCOMPARE(TestSupport::fileHash(pdf), pdfBefore);

    // An Evernote export, known by what it holds.
    const QString enex = home.filePath(QStringLiteral("evernote.xml"));
    QFile export_(enex);
    QVERIFY(export_.open(QIODevice::WriteOnly));
    export_.write("<?xml version=\"1.0\"?>\n<en-export><note><title>From Evernote</title><content><![CDATA[<en-note>"
                  "<div>hello</div></en-note>]]></content><tag>old</tag></note></en-export>\n");
    export_.close();
    QCOMPARE(commonplace({QStringLiteral("--import"), enex, QStringLiteral("--into"), notebook}, &out, &err), 0);
    QVERIFY2(out.contains(QLatin1String("tagged Imported/Evernote ")), qPrintable(out + err));
    QVERIFY(TestSupport::titlesOnDisk(notebook).contains(QStringLiteral("From Evernote")));
    QCOMPARE(commonplace({QStringLiteral("--export"), home.filePath(QStringLiteral("none.cpbook")), QStringLiteral("--to"),
                          folder + u'3'}, &out, &err), 1);
    QVERIFY2(err.contains(QLatin1String("There is no notebook")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(home.filePath(QStringLiteral("none.cpbook"))));
}

// The program killed in the middle of an import: the next open finds the
// notebook as it was before, whole.
void TestCommandLine::aKilledImportLeavesTheNotebook()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SIGKILL");
#endif
    QTemporaryDir home;
    const QString vault = home.filePath(QStringLiteral("vault"));
    QVERIFY(QDir().mkpath(vault));
    const QByteArray text = QByteArray("Some words of a note that is long enough to take a moment. ").repeated(20);
    for (int i = 0; i < 4000; ++i) {
        QFile file(vault + QStringLiteral("/note %1.md").arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const QString notebook = home.filePath(QStringLiteral("notes.cpbook"));
    QVERIFY(TestSupport::createNotebookAtVersion(notebook, Notebook::latestSchemaVersion(),
                                                 {QStringLiteral("Kept"), QStringLiteral("Also kept")}));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(COMMONPLACE_BINARY), {QStringLiteral("--import"), vault, QStringLiteral("--into"), notebook});
    QVERIFY(process.waitForStarted());
    // Killed once it is writing: the journal of the transaction is there.
    const QString journal = notebook + QStringLiteral("-journal");
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(journal) && waited.elapsed() < 20000 && process.state() == QProcess::Running)
        QTest::qWait(5);
    QVERIFY2(QFileInfo::exists(journal), "the import never began to write");
    QTest::qWait(300);
    QVERIFY2(process.state() == QProcess::Running, "the import ended before it could be killed");
    ::kill(pid_t(process.processId()), SIGKILL);
    QVERIFY(process.waitForFinished(10000));
    // Opened as the next start opens it, which rolls the half-made import back.
    QSqlDatabase db = TestSupport::rawConnection(notebook);
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM note_tag")).toInt(), 0);
    TestSupport::closeConnection(db);
    QCOMPARE(TestSupport::titlesOnDisk(notebook), (QStringList{QStringLiteral("Also kept"), QStringLiteral("Kept")}));
}


// --import and --export with a team notebook's location: the password
// from libpq's own PGPASSWORD; without one and without a terminal to ask
// on, a message that says how to give it, and nothing imported.
void TestCommandLine::teamNotebooksInAndOut()
{
    TestSupport::TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    QVERIFY(TestSupport::makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"),
                                        QStringLiteral("cli")));
    QTemporaryDir home;
    const QString vault = home.filePath(QStringLiteral("vault"));
    QVERIFY(QDir().mkpath(vault));
    for (const auto &[name, text] : {std::pair{"Plan.md", "See [[Ideas]]"}, std::pair{"Ideas.md", "Some ideas"}}) {
        QFile file(vault + u'/' + QLatin1String(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    }
    const auto commonplace = [&home](const QStringList &arguments, const QString &password, QString *out, QString *err) {
        return runScripted(home, arguments, out, err,
                           {{QStringLiteral("PGPASSWORD"), password},
                            {QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/pgpass")}});
    };
    const auto notesOnServer = [&server] {
        QSqlDatabase db = TestSupport::serverConnection(server, QStringLiteral("cli"));
        QStringList titles;
        {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT title FROM commonplace.note ORDER BY title")))
                while (query.next())
                    titles << query.value(0).toString();
        }
        TestSupport::closeConnection(db);
        return titles;
    };
    const QString location = QStringLiteral("postgresql://member@127.0.0.1:%1/cli").arg(server.port);
    QString out;
    QString err;
    // No password anywhere, no terminal: told how to give one.
    QCOMPARE(commonplace({QStringLiteral("--import"), vault, QStringLiteral("--into"), location}, {}, &out, &err), 1);
    QVERIFY2(err.contains(QStringLiteral("asks for the password of “member”")) && err.contains(QLatin1String("PGPASSWORD")),
             qPrintable(err));
    QCOMPARE(notesOnServer(), QStringList());

    // Named to import into, it is set up there, as a file is made.
    QCOMPARE(commonplace({QStringLiteral("--import"), vault, QStringLiteral("--into"), location},
                         QStringLiteral("right password"), &out, &err),
             0);
    QVERIFY2(out.startsWith(QStringLiteral("Imported 2 notes from “%1” into “%2”, tagged Imported/Markdown ").arg(vault, location)),
             qPrintable(out + err));
    QCOMPARE(notesOnServer(), (QStringList{QStringLiteral("Ideas"), QStringLiteral("Plan")}));

    const QString folder = home.filePath(QStringLiteral("export"));
    QCOMPARE(commonplace({QStringLiteral("--export"), location, QStringLiteral("--to"), folder}, QStringLiteral("wrong"),
                         &out, &err),
             1);
    QVERIFY2(err.contains(QStringLiteral("refused the user name “member” or its password")), qPrintable(err));
    QVERIFY(!QFileInfo::exists(folder));
    QCOMPARE(commonplace({QStringLiteral("--export"), location, QStringLiteral("--to"), folder},
                         QStringLiteral("right password"), &out, &err),
             0);
    QVERIFY2(out.startsWith(QStringLiteral("Exported 2 notes from “cli on 127.0.0.1” to “%1”").arg(folder)), qPrintable(out + err));
    QFile plan(folder + QStringLiteral("/Plan.md"));
    QVERIFY(plan.open(QIODevice::ReadOnly));
    QVERIFY(plan.readAll().contains("See [[Ideas]]"));

    QSqlDatabase db = TestSupport::serverConnection(server);
    QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS cli"));
    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS member"));
    TestSupport::closeConnection(db);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
