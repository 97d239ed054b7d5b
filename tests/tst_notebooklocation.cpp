#include "appdata.h"
#include "noteaddress.h"
#include "notebooklocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// A notebook is found by its location: a file path or a server URL.
class TestNotebookLocation final : public QObject
{
    Q_OBJECT

private slots:
    void fileOrServer_data();
    void fileOrServer();
    void passwordIsNeverKept();
    void sameNotebookWhateverTheName();
    void fileKeysAreTheOnesJournalsHave();
    void fileUrlsAreFiles();
    void noteLinksRoundTrip_data();
    void noteLinksRoundTrip();
    void malformedNoteLinksAreNull_data();
    void malformedNoteLinksAreNull();
};

void TestNotebookLocation::fileUrlsAreFiles()
{
    const NotebookLocation location = NotebookLocation::fromUserInput(QStringLiteral("file:///tmp/My%20Notes.cpbook"));
    QVERIFY(location.isFile());
    QCOMPARE(location.filePath(), QStringLiteral("/tmp/My Notes.cpbook"));
}

void TestNotebookLocation::noteLinksRoundTrip_data()
{
    QTest::addColumn<QString>("notebook");
    QTest::newRow("plain") << "/home/ann/Notes.cpbook";
    QTest::newRow("spaces and signs") << "/home/ann/My & Your #1 = 100%.cpbook";
    QTest::newRow("non-ASCII") << "/home/アン/Notizen für Ärger.cpbook";
    QTest::newRow("server") << "postgresql://ann@db.example.org/team";
}

void TestNotebookLocation::noteLinksRoundTrip()
{
    QFETCH(QString, notebook);
    const NoteAddress address(NotebookLocation::fromUserInput(notebook), 42);
    const QString link = address.toLink();
    QVERIFY2(link.startsWith(QLatin1String("commonplace:open?notebook=")), qPrintable(link));
    QVERIFY(NoteAddress::isLink(link));
    const NoteAddress parsed = NoteAddress::fromLink(link);
    QVERIFY2(!parsed.isNull(), qPrintable(link));
    QCOMPARE(parsed.notebook().toString(), NotebookLocation::fromUserInput(notebook).toString());
    QCOMPARE(parsed.note(), 42);
}

void TestNotebookLocation::malformedNoteLinksAreNull_data()
{
    QTest::addColumn<QString>("link");
    QTest::newRow("no note") << "commonplace:open?notebook=%2Fa.cpbook";
    QTest::newRow("note not a number") << "commonplace:open?notebook=%2Fa.cpbook&note=abc";
    QTest::newRow("note zero") << "commonplace:open?notebook=%2Fa.cpbook&note=0";
    QTest::newRow("note negative") << "commonplace:open?notebook=%2Fa.cpbook&note=-3";
    QTest::newRow("note too big") << "commonplace:open?notebook=%2Fa.cpbook&note=99999999999999999999999";
    QTest::newRow("no notebook") << "commonplace:open?note=4";
    QTest::newRow("relative notebook") << "commonplace:open?notebook=a.cpbook&note=4";
    QTest::newRow("other action") << "commonplace:delete?notebook=%2Fa.cpbook&note=4";
    QTest::newRow("just the scheme") << "commonplace:";
    QTest::newRow("garbage") << "commonplace:%%%?&&==";
}

void TestNotebookLocation::malformedNoteLinksAreNull()
{
    QFETCH(QString, link);
    QVERIFY(NoteAddress::isLink(link));
    QVERIFY(NoteAddress::fromLink(link).isNull());
}

void TestNotebookLocation::fileOrServer_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("server");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("name");
    QTest::newRow("absolute path") << QStringLiteral("/home/ann/Notes.cpbook") << false
                                   << QStringLiteral("/home/ann/Notes.cpbook") << QStringLiteral("Notes");
    QTest::newRow("relative path") << QStringLiteral("diary.cpbook") << false
                                   << QDir::current().absoluteFilePath(QStringLiteral("diary.cpbook"))
                                   << QStringLiteral("diary");
    QTest::newRow("name with spaces") << QStringLiteral("/tmp/ a b .cpbook") << false
                                      << QStringLiteral("/tmp/ a b .cpbook") << QStringLiteral(" a b ");
    QTest::newRow("server") << QStringLiteral("postgresql://ann@db.example.org:5433/team") << true
                            << QStringLiteral("postgresql://ann@db.example.org:5433/team")
                            << QStringLiteral("team on db.example.org");
    QTest::newRow("short scheme, default port, upper-case host")
        << QStringLiteral("postgres://ann@DB.example.org:5432/team") << true
        << QStringLiteral("postgresql://ann@db.example.org/team") << QStringLiteral("team on db.example.org");
}

void TestNotebookLocation::fileOrServer()
{
    QFETCH(QString, text);
    QFETCH(bool, server);
    QFETCH(QString, shown);
    QFETCH(QString, name);
    const NotebookLocation location = NotebookLocation::fromUserInput(text);
    QCOMPARE(location.isServer(), server);
    QCOMPARE(location.isFile(), !server);
    QCOMPARE(location.toString(), shown);
    QCOMPARE(location.displayName(), name);
    // Its text form leads back to the same notebook.
    QVERIFY(NotebookLocation::fromUserInput(location.toString()) == location);
    QVERIFY(NotebookLocation::fromUserInput(QString()).isNull());
}

void TestNotebookLocation::passwordIsNeverKept()
{
    const NotebookLocation location =
        NotebookLocation::fromUserInput(QStringLiteral("postgresql://ann:s3cret@db.example.org/team"));
    QVERIFY(location.isServer());
    QVERIFY(!location.toString().contains(QLatin1String("s3cret")));
    QVERIFY(location.serverUrl().password().isEmpty());
    QVERIFY(location == NotebookLocation::fromUserInput(QStringLiteral("postgresql://ann@db.example.org/team")));
    QVERIFY(location != NotebookLocation::fromUserInput(QStringLiteral("postgresql://bob@db.example.org/team")));
}

void TestNotebookLocation::sameNotebookWhateverTheName()
{
    QTemporaryDir dir;
    const QString real = dir.filePath(QStringLiteral("Notes.cpbook"));
    QFile file(real);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString link = dir.filePath(QStringLiteral("Link.cpbook"));
    QVERIFY(QFile::link(real, link));
    const NotebookLocation byName = NotebookLocation::fromUserInput(real);
    QVERIFY(NotebookLocation::fromUserInput(link) == byName);
    QVERIFY(NotebookLocation::fromUserInput(dir.filePath(QStringLiteral("sub/../Notes.cpbook"))) == byName);
    QCOMPARE(NotebookLocation::fromUserInput(link).key(), byName.key());
    QVERIFY(NotebookLocation::fromUserInput(dir.filePath(QStringLiteral("Other.cpbook"))) != byName);
}

// Journals and backups left by earlier versions keep their names.
void TestNotebookLocation::fileKeysAreTheOnesJournalsHave()
{
    const QString path = QStringLiteral("/home/ann/Notes.cpbook");
    QCOMPARE(NotebookLocation::fromUserInput(path).key(), QStringLiteral("Notes-") + QString::fromLatin1(
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(8)));
    QCOMPARE(AppData::notebookKey(path), NotebookLocation::fromUserInput(path).key());
    const QString server = NotebookLocation::fromUserInput(QStringLiteral("postgresql://ann@h/team")).key();
    QVERIFY2(server.startsWith(QLatin1String("team-")) && server.size() == 13, qPrintable(server));
}

QTEST_GUILESS_MAIN(TestNotebookLocation)
#include "tst_notebooklocation.moc"
