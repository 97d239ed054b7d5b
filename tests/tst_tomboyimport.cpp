#include "importjob.h"
#include "importednote.h"
#include "noteimport.h"
#include "testsupport.h"
#include "tomboynotes.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QDateTime Now(QDate(2026, 12, 4), QTime(10, 0));

// A note as Gnote 43 writes it (NoteArchiver::write), and Tomboy before it.
QByteArray noteFile(const QByteArray &title, const QByteArray &content, const QByteArray &tags = {})
{
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
           "<note version=\"0.3\" xmlns:link=\"http://beatniksoftware.com/tomboy/link\" "
           "xmlns:size=\"http://beatniksoftware.com/tomboy/size\" xmlns=\"http://beatniksoftware.com/tomboy\">"
           "<title>" + title + "</title><text xml:space=\"preserve\"><note-content version=\"0.1\">" + title + "\n"
        + content + "</note-content></text>"
          "<last-change-date>2024-05-06T07:08:09.1234560+02:00</last-change-date>"
          "<last-metadata-change-date>2024-05-06T07:08:09.1234560+02:00</last-metadata-change-date>"
          "<create-date>2023-01-02T03:04:05.0000000+01:00</create-date>"
          "<cursor-position>0</cursor-position><selection-bound-position>-1</selection-bound-position>"
          "<width>450</width><height>360</height><x>0</x><y>0</y>"
        + (tags.isEmpty() ? QByteArray() : "<tags>" + tags + "</tags>")
        + "<open-on-startup>False</open-on-startup></note>\n";
}

} // namespace

// Gnote's and Tomboy's .note files in: what their markup becomes, their
// notebooks and dates, what is left out and why.
class TestTomboyImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void markupBecomesMarkdown_data();
    void markupBecomesMarkdown();
    void folderBecomesNotesTagsAndLinks();
    void hostileFilesAreReported();
    void notesGnoteWroteComeIn();

private:
    QString write(const QString &name, const QByteArray &bytes);
    QStringList rows(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_notebook;
};

void TestTomboyImport::initTestCase()
{
    useTestAppData();
}

void TestTomboyImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_folder = m_dir->filePath(QStringLiteral("gnote"));
    QVERIFY(QDir().mkpath(m_folder));
    m_notebook = m_dir->filePath(QStringLiteral("imported.cpbook"));
}

void TestTomboyImport::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

QString TestTomboyImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_folder + u'/' + name;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write a note");
    return path;
}

QStringList TestTomboyImport::rows(const QString &sql) const
{
    return rowsOnDisk(m_notebook, sql);
}

void TestTomboyImport::markupBecomesMarkdown_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("lines") << QByteArray("\nFirst line\nSecond &amp; last") << "First line\n\nSecond & last\n";
    QTest::newRow("styles") << QByteArray("<bold>bold</bold> <italic>it </italic><strikethrough>gone</strikethrough> "
                                          "<monospace>a*b</monospace> <highlight>marked</highlight> <underline>u</underline>")
                            << "**bold** *it* ~~gone~~ `a*b` ==marked== u\n";
    QTest::newRow("sizes") << QByteArray("<size:huge>Big</size:huge>\n<size:large>Part</size:large>\nsome <size:small>small</size:small> text")
                           << "# Big\n\n## Part\n\nsome small text\n";
    QTest::newRow("links") << QByteArray("See <link:internal>Other note</link:internal>, <link:broken>Gone</link:broken> "
                                         "and <link:url>https://example.org/a_b</link:url>")
                           << "See [[Other note]], [[Gone]] and [https://example.org/a_b](https://example.org/a_b)\n";
    QTest::newRow("lists") << QByteArray("Shopping:\n<list><list-item dir=\"ltr\">milk\n</list-item><list-item dir=\"ltr\">"
                                         "eggs\n<list><list-item dir=\"ltr\">brown</list-item></list></list-item></list>After")
                           << "Shopping:\n\n- milk\n- eggs\n  - brown\n\nAfter\n";
    QTest::newRow("text is not markup") << QByteArray("# not a heading\n* not a list [x]") << "\\# not a heading\n\n\\* not a list \\[x\\]\n";
}

void TestTomboyImport::markupBecomesMarkdown()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, markdown);
    QByteArray bytes = noteFile("Title", content);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    ImportedNote note;
    QString problem;
    QCOMPARE(TomboyNotes::readNote(&buffer, &note, &problem), TomboyNotes::Read::Note);
    QCOMPARE(note.title, QStringLiteral("Title"));
    QCOMPARE(note.text, markdown);
}

void TestTomboyImport::folderBecomesNotesTagsAndLinks()
{
    write(QStringLiteral("0b6c7a2e-1111-4c1d-9c7e-0a1b2c3d4e5f.note"),
          noteFile("Trip plan", "\nBook the <bold>train</bold>, see <link:internal>Packing</link:internal>.",
                   "<tag>system:notebook:Travel</tag><tag>summer</tag><tag>system:pinned</tag>"));
    write(QStringLiteral("1c7d8b3f-2222-4c1d-9c7e-0a1b2c3d4e5f.note"),
          noteFile("Packing", "\n<list><list-item dir=\"ltr\">Hat</list-item></list>", "<tag>system:notebook:Travel</tag>"));
    write(QStringLiteral("2d8e9c40-3333-4c1d-9c7e-0a1b2c3d4e5f.note"),
          noteFile("New Travel Template", "\nDescribe your new note here.",
                   "<tag>system:template</tag><tag>system:notebook:Travel</tag>"));
    write(QStringLiteral("manifest.xml"), "<manifest/>");
    QVERIFY(TomboyNotes::looksLike(m_folder));
    std::unique_ptr<ImportSource> source = ImportJob::sourceFor(m_folder);
    QVERIFY(source);
    QCOMPARE(source->kind(), QStringLiteral("Gnote"));
    NoteImport import(m_notebook);
    QVERIFY2(import.run(*source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 2);
    QCOMPARE(import.report().skipped.size(), 1);
    QVERIFY(import.report().skipped.first().reason.contains(QLatin1String("template")));
    QCOMPARE(rows(QStringLiteral("SELECT title, content, tags, created_at, updated_at FROM note")),
             (QStringList{QStringLiteral("Packing|- Hat\n|[\"Imported/Gnote 2026-12-04\",\"Travel\"]|"
                                         "2023-01-02T02:04:05.000Z|2024-05-06T05:08:09.123Z"),
                          QStringLiteral("Trip plan|Book the **train**, see [[Packing]].\n|"
                                         "[\"Imported/Gnote 2026-12-04\",\"summer\",\"Travel\"]|"
                                         "2023-01-02T02:04:05.000Z|2024-05-06T05:08:09.123Z")}));
    QCOMPARE(rows(QStringLiteral("SELECT n.title, l.target FROM note_link l JOIN note n ON n.id = l.note_id")),
             QStringList{QStringLiteral("Trip plan|Packing")});
}

void TestTomboyImport::hostileFilesAreReported()
{
    write(QStringLiteral("good.note"), noteFile("Good", "\nkept"));
    write(QStringLiteral("laughs.note"),
          "<?xml version=\"1.0\"?><!DOCTYPE note [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
          "<note xmlns=\"http://beatniksoftware.com/tomboy\"><title>&b;</title></note>");
    write(QStringLiteral("cut.note"), noteFile("Cut", "\ntext").left(300));
    write(QStringLiteral("foreign.note"), "<?xml version=\"1.0\"?><note xmlns=\"urn:other\">beatniksoftware.com/tomboy</note>");
    write(QStringLiteral("empty.note"), QByteArray());
    TomboyNotes folder(m_folder);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(folder, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 1);
    QStringList skipped;
    for (const ImportReport::Item &item : import.report().skipped)
        skipped << item.source + u' ' + item.reason;
    skipped.sort();
    QCOMPARE(skipped.size(), 4);
    QVERIFY2(skipped.at(0).startsWith(QLatin1String("cut.note The file ends in the middle")), qPrintable(skipped.at(0)));
    QVERIFY2(skipped.at(1).startsWith(QLatin1String("empty.note The file is empty")), qPrintable(skipped.at(1)));
    QVERIFY2(skipped.at(2).startsWith(QLatin1String("foreign.note It is not a Gnote or Tomboy note")), qPrintable(skipped.at(2)));
    QVERIFY2(skipped.at(3).startsWith(QLatin1String("laughs.note The file declares XML entities")), qPrintable(skipped.at(3)));
    QCOMPARE(rows(QStringLiteral("SELECT title FROM note")), QStringList{QStringLiteral("Good")});

    // One file, not a note: refused with nothing imported.
    TomboyNotes one(m_folder + QStringLiteral("/foreign.note"));
    const QString other = m_dir->filePath(QStringLiteral("other.cpbook"));
    NoteImport refused(other);
    QVERIFY(!refused.run(one, Now));
    QVERIFY2(refused.errorString().contains(QLatin1String("cannot be read as a Gnote or Tomboy note")),
             qPrintable(refused.errorString()));
}

// The two notes Gnote 43 writes on its first start, as it wrote them.
void TestTomboyImport::notesGnoteWroteComeIn()
{
    const QString folder = QStringLiteral(COMMONPLACE_FIXTURES "/gnote");
    QVERIFY(TomboyNotes::looksLike(folder));
    TomboyNotes source(folder);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 2);
    QVERIFY(import.report().skipped.isEmpty());
    const QStringList notes = rows(QStringLiteral("SELECT title, substr(content, 1, 60), created_at FROM note"));
    QCOMPARE(notes, (QStringList{QStringLiteral("Start Here|**Welcome to Gnote!**\n\nUse this \"Start Here\" note to begin o|"
                                                "2026-12-04T04:27:51.909Z"),
                                 QStringLiteral("Using Links in Gnote|Notes in Gnote can be linked together by highlighting text i|"
                                                "2026-12-04T04:27:51.916Z")}));
    QCOMPARE(rows(QStringLiteral("SELECT n.title, l.target FROM note_link l JOIN note n ON n.id = l.note_id")),
             (QStringList{QStringLiteral("Start Here|Using Links in Gnote"), QStringLiteral("Start Here|Using Links in Gnote")}));
}

QTEST_GUILESS_MAIN(TestTomboyImport)
#include "tst_tomboyimport.moc"
