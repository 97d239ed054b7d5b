#include "importjob.h"
#include "joplinexport.h"
#include "noteattachments.h"
#include "noteimport.h"
#include "testsupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

const QDateTime Now(QDate(2026, 12, 4), QTime(10, 0));

// A tar entry as POSIX ustar writes it (Joplin writes .jex files with
// node-tar): a 512-byte header, the data padded to 512 bytes.
QByteArray tarEntry(const QByteArray &name, const QByteArray &data, char type = '0', qint64 declared = -1,
                    const QByteArray &link = {})
{
    QByteArray header(512, '\0');
    const auto put = [&header](int at, const QByteArray &value) { header.replace(at, value.size(), value); };
    put(0, name.left(100));
    put(100, "0000644");
    put(108, "0001750");
    put(116, "0001750");
    put(124, QByteArray::number(declared >= 0 ? declared : data.size(), 8).rightJustified(11, '0'));
    put(136, QByteArray::number(1700000000, 8).rightJustified(11, '0'));
    header[156] = type;
    put(157, link.left(100));
    put(257, QByteArray("ustar\0" "00", 8));
    put(148, "        ");
    int sum = 0;
    for (const char c : header)
        sum += uchar(c);
    put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + QByteArray("\0 ", 2));
    QByteArray padded = data;
    padded.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return header + padded;
}

QByteArray tarEnd()
{
    return QByteArray(1024, '\0');
}

QByteArray id(char c)
{
    return QByteArray(32, c);
}

QByteArray item(const QByteArray &head, const QByteArray &fields)
{
    return (head.isEmpty() ? QByteArray() : head + "\n\n") + fields;
}

} // namespace

// Joplin exports (.jex) in: notebooks, tags, resources and links, read from
// the archive without unpacking it; what climbs out of it is left there.
class TestJoplinImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void itemsAreParsedAsJoplinWritesThem();
    void archiveBecomesNotesTagsLinksAndAttachments();
    void hostileEntriesAreLeftInTheArchive();
    void brokenArchivesAreRefusedWholly_data();
    void brokenArchivesAreRefusedWholly();

private:
    QString writeArchive(const QByteArray &bytes);
    QStringList rows(const QString &sql) const;
    static QByteArray notebookOf();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_notebook;
};

void TestJoplinImport::initTestCase()
{
    useTestAppData();
}

void TestJoplinImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_notebook = m_dir->filePath(QStringLiteral("imported.cpbook"));
}

void TestJoplinImport::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

QString TestJoplinImport::writeArchive(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("Joplin export.jex"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the archive");
    return path;
}

QStringList TestJoplinImport::rows(const QString &sql) const
{
    return rowsOnDisk(m_notebook, sql);
}

// A notebook inside a notebook, two notes (one showing a picture and
// linking to the other), a tag on one.
QByteArray TestJoplinImport::notebookOf()
{
    const QByteArray times = "created_time: 2021-01-01T10:00:00.000Z\nupdated_time: 2021-06-01T10:00:00.000Z\n";
    return tarEntry(id('a') + ".md", item("Projects", "id: " + id('a') + "\n" + times + "parent_id: \ntype_: 2"))
        + tarEntry(id('b') + ".md", item("2026", "id: " + id('b') + "\n" + times + "parent_id: " + id('a') + "\ntype_: 2"))
        + tarEntry(id('c') + ".md",
                   item("Trip\n\nBooked. ![tram](:/" + id('e') + ") See [the list](:/" + id('d') + ") and [gone](:/" + id('9') + ").",
                        "id: " + id('c') + "\nparent_id: " + id('b') + "\n" + times
                            + "is_conflict: 0\nauthor: \nuser_created_time: 2019-03-01T08:15:00.000Z\n"
                              "user_updated_time: 2020-04-15T17:00:00.000Z\nis_todo: 0\nmarkup_language: 1\ntype_: 1"))
        + tarEntry(id('d') + ".md", item("Packing list\n\n- [ ] Hat", "id: " + id('d') + "\nparent_id: " + id('a') + "\n" + times + "type_: 1"))
        + tarEntry(id('e') + ".md", item("tram.png", "id: " + id('e') + "\nmime: image/png\nfilename: \n" + times
                                                          + "file_extension: png\nsize: 12\ntype_: 4"))
        + tarEntry("resources/" + id('e') + ".png", "\x89PNG picture")
        + tarEntry(id('f') + ".md", item("travel", "id: " + id('f') + "\n" + times + "type_: 5"))
        + tarEntry(id('1') + ".md", "id: " + id('1') + "\nnote_id: " + id('c') + "\ntag_id: " + id('f') + "\n" + times + "type_: 6");
}

void TestJoplinImport::itemsAreParsedAsJoplinWritesThem()
{
    const JoplinExport::Item note = JoplinExport::parseItem(
        QStringLiteral("Title here\n\nFirst line\n\nid: x: y\nSecond\n\nid: 0123\nparent_id: \ntitle_diff: a\\nb\ntype_: 1"));
    QCOMPARE(note.title, QStringLiteral("Title here"));
    QCOMPARE(note.body, QStringLiteral("First line\n\nid: x: y\nSecond"));
    QCOMPARE(note.fields.value(QStringLiteral("id")), QStringLiteral("0123"));
    QCOMPARE(note.fields.value(QStringLiteral("parent_id")), QString());
    QCOMPARE(note.fields.value(QStringLiteral("title_diff")), QStringLiteral("a\nb"));
    QCOMPARE(note.fields.value(QStringLiteral("type_")), QStringLiteral("1"));
    const JoplinExport::Item link = JoplinExport::parseItem(QStringLiteral("id: 1\nnote_id: 2\ntype_: 6"));
    QVERIFY(link.title.isEmpty());
    QCOMPARE(link.fields.size(), 3);
}

void TestJoplinImport::archiveBecomesNotesTagsLinksAndAttachments()
{
    const QString path = writeArchive(notebookOf() + tarEnd());
    QVERIFY(JoplinExport::looksLike(path));
    std::unique_ptr<ImportSource> source = ImportJob::sourceFor(path);
    QVERIFY(source);
    QCOMPARE(source->kind(), QStringLiteral("Joplin"));
    NoteImport import(m_notebook);
    QVERIFY2(import.run(*source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 2);
    QCOMPARE(import.report().attachments, 1);
    QCOMPARE(import.report().changed.size(), 1); // the link to a note not in it
    const QString hash = NoteAttachments::hashOf("\x89PNG picture");
    QCOMPARE(rows(QStringLiteral("SELECT title, content, tags, created_at, updated_at FROM note")),
             (QStringList{QStringLiteral("Packing list|- [ ] Hat\n|[\"Imported/Joplin 2026-12-04\",\"Projects\"]|"
                                         "2021-01-01T10:00:00.000Z|2021-06-01T10:00:00.000Z"),
                          QStringLiteral("Trip|Booked. ![tram](attachment:%1) See [[Packing list|the list]] and [gone](:/%2).\n|"
                                         "[\"Imported/Joplin 2026-12-04\",\"Projects/2026\",\"travel\"]|"
                                         "2019-03-01T08:15:00.000Z|2020-04-15T17:00:00.000Z")
                              .arg(hash, QString::fromLatin1(id('9')))}));
    QCOMPARE(rows(QStringLiteral("SELECT name, type FROM attachment")), QStringList{QStringLiteral("tram.png|image/png")});
    QCOMPARE(rows(QStringLiteral("SELECT n.title, l.target FROM note_link l JOIN note n ON n.id = l.note_id")),
             QStringList{QStringLiteral("Trip|Packing list")});
}

void TestJoplinImport::hostileEntriesAreLeftInTheArchive()
{
    // Entries that would write outside a folder if unpacked, a link, and a
    // notebook tree with a cycle: nothing of them is read, the rest is.
    const QString outside = m_dir->filePath(QStringLiteral("escaped.md"));
    const QByteArray archive = notebookOf()
        + tarEntry("../escaped.md", item("Escaped", "id: " + id('2') + "\ntype_: 1"))
        + tarEntry(QFile::encodeName(outside), item("Absolute", "id: " + id('3') + "\ntype_: 1"))
        + tarEntry(id('4') + ".md", QByteArray(), '2', 0, "/etc/passwd")
        + tarEntry(id('5') + ".md", item("Loop A", "id: " + id('5') + "\nparent_id: " + id('6') + "\ntype_: 2"))
        + tarEntry(id('6') + ".md", item("Loop B", "id: " + id('6') + "\nparent_id: " + id('5') + "\ntype_: 2"))
        + tarEntry(id('7') + ".md", item("In the loop", "id: " + id('7') + "\nparent_id: " + id('5') + "\ntype_: 1"))
        + tarEnd();
    JoplinExport source(writeArchive(archive));
    NoteImport import(m_notebook);
    QVERIFY2(import.run(source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 3);
    QStringList skipped;
    for (const ImportReport::Item &entry : import.report().skipped)
        skipped << entry.source + QStringLiteral(": ") + entry.reason;
    QCOMPARE(skipped, (QStringList{QStringLiteral("../escaped.md: Its path leads outside the archive: not read."),
                                   outside + QStringLiteral(": Its path leads outside the archive: not read."),
                                   QString::fromLatin1(id('4')) + QStringLiteral(".md: Not a file (a link, say): not read.")}));
    QVERIFY(!QFileInfo::exists(outside));
    QCOMPARE(rows(QStringLiteral("SELECT tags FROM note WHERE title = 'In the loop'")),
             QStringList{QStringLiteral("[\"Imported/Joplin 2026-12-04\",\"Loop B/Loop A\"]")});
}

void TestJoplinImport::brokenArchivesAreRefusedWholly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray whole = notebookOf() + tarEnd();
    QTest::newRow("cut short") << whole.left(whole.size() / 2 + 100) << "cannot be read as a Joplin export";
    QByteArray lying = notebookOf();
    // A header that says less than its entry holds: what follows is no header.
    lying += tarEntry(id('8') + ".md", item("Lying", "id: " + id('8') + "\ntype_: 1") + QByteArray(2000, 'x'), '0', 10);
    lying += tarEnd();
    QTest::newRow("bigger than its header") << lying << "cannot be read as a Joplin export";
    QTest::newRow("not tar") << QByteArray("PK\x03\x04 a zip, say") << "cannot be read as a Joplin export";
    QTest::newRow("no notes") << tarEntry("readme.txt", "hello") + tarEnd() << "holds no Joplin notes";
}

void TestJoplinImport::brokenArchivesAreRefusedWholly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    JoplinExport source(writeArchive(bytes));
    NoteImport import(m_notebook);
    QVERIFY(!import.run(source, Now));
    QVERIFY2(import.errorString().contains(message), qPrintable(import.errorString()));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM note")), QStringList{QStringLiteral("0")});
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM attachment")), QStringList{QStringLiteral("0")});
}

QTEST_GUILESS_MAIN(TestJoplinImport)
#include "tst_joplinimport.moc"
