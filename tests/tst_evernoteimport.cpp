#include "enmltext.h"
#include "evernoteexport.h"
#include "noteattachments.h"
#include "noteimport.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

using namespace TestSupport;

namespace {

const QDateTime Now(QDate(2026, 12, 4), QTime(10, 0));

QByteArray md5Of(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

QByteArray resource(const QByteArray &data, const QByteArray &mime, const QByteArray &name)
{
    return "<resource><data encoding=\"base64\">\n" + data.toBase64() + "\n</data><mime>" + mime
        + "</mime><width>1</width><resource-attributes><source-url>file:///x</source-url><file-name>" + name
        + "</file-name></resource-attributes></resource>";
}

QByteArray note(const QByteArray &title, const QByteArray &enml, const QByteArray &more = {})
{
    return "<note><title>" + title + "</title><content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\">\n<en-note>"
        + enml + "</en-note>]]></content><created>20190301T081500Z</created><updated>20200415T170000Z</updated>" + more
        + "</note>";
}

QByteArray enex(const QByteArray &notes)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE en-export SYSTEM \"http://xml.evernote.com/pub/evernote-export4.dtd\">\n"
           "<en-export export-date=\"20261201T120000Z\" application=\"Evernote\" version=\"10.58.8\">\n"
        + notes + "\n</en-export>\n";
}

// An export of one note with a resource of size bytes of base64, made as it is read.
class HugeExport final : public QIODevice
{
public:
    explicit HugeExport(qint64 size)
        : m_size(size)
    {
        m_head = enex("").replace("\n</en-export>\n", "")
            + note("Film", "<div>Before</div><en-media hash=\"00\" type=\"video/mp4\"/>").replace("</note>", "")
            + "<resource><data encoding=\"base64\">";
        m_tail = "</data><mime>video/mp4</mime></resource></note></en-export>\n";
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 all = m_head.size() + m_size + m_tail.size();
        qint64 n = 0;
        for (; n < max && m_at < all; ++n, ++m_at) {
            if (m_at < m_head.size())
                data[n] = m_head.at(m_at);
            else if (m_at < m_head.size() + m_size)
                data[n] = (m_at - m_head.size()) % 77 == 76 ? '\n' : 'A';
            else
                data[n] = m_tail.at(m_at - m_head.size() - m_size);
        }
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_size;
    qint64 m_at = 0;
    QByteArray m_head;
    QByteArray m_tail;
};

// AddressSanitizer keeps freed memory aside and maps shadow memory: what a
// process holds says nothing of the importer there.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool MemoryIsMeasured = false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool MemoryIsMeasured = false;
#else
constexpr bool MemoryIsMeasured = true;
#endif
#else
constexpr bool MemoryIsMeasured = true;
#endif

long peakMemoryKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

// Evernote exports (.enex) in: what ENML becomes, what a note brings with
// it, what is refused and why.
class TestEvernoteImport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enmlBecomesMarkdown_data();
    void enmlBecomesMarkdown();
    void exportBecomesNotesTagsLinksAndAttachments();
    void badDataIsLeftOutAndTheRestImported();
    void hostileFilesAreRefusedWholly_data();
    void hostileFilesAreRefusedWholly();
    void aHugeResourceIsReadInFlatMemory();

private:
    QString writeExport(const QByteArray &bytes);
    QStringList rows(const QString &sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_notebook;
};

void TestEvernoteImport::initTestCase()
{
    useTestAppData();
}

void TestEvernoteImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_notebook = m_dir->filePath(QStringLiteral("imported.cpbook"));
}

void TestEvernoteImport::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

QString TestEvernoteImport::writeExport(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(QStringLiteral("My Notes.enex"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write the export");
    return path;
}

QStringList TestEvernoteImport::rows(const QString &sql) const
{
    return rowsOnDisk(m_notebook, sql);
}

void TestEvernoteImport::enmlBecomesMarkdown_data()
{
    QTest::addColumn<QString>("enml");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("lines") << "<div>One</div><div><br/></div><div>Two &amp; three&nbsp;four</div>"
                           << "One\n\nTwo & three four\n";
    QTest::newRow("emphasis") << "<div><b>bold</b> <i>it </i><s>gone</s> <u>under</u> <code>x*y</code></div>"
                              << "**bold** *it* ~~gone~~ under `x*y`\n";
    QTest::newRow("headings") << "<h1>Title</h1><h3>Part</h3><p>Text</p>" << "# Title\n\n### Part\n\nText\n";
    QTest::newRow("text is not markup") << "<div># not a heading, *not* [a link] 1. x_y _z_</div>"
                                        << "\\# not a heading, \\*not\\* \\[a link\\] 1. x_y \\_z\\_\n";
    QTest::newRow("lists") << "<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul><ol><li>one</li><li>two</li></ol>"
                           << "- a\n- b\n  - c\n\n1. one\n2. two\n";
    QTest::newRow("check boxes") << "<div><en-todo checked=\"true\"/>Done</div><div><en-todo/>To do</div><div>After</div>"
                                 << "- [x] Done\n- [ ] To do\n\nAfter\n";
    QTest::newRow("links") << "<div><a href=\"https://example.org/a b\">the site</a>, <a href=\"evernote:///view/1/s1/abc/abc/\">Other note</a></div>"
                           << "[the site](<https://example.org/a b>), [[Other note]]\n";
    QTest::newRow("code block") << "<div style=\"-en-codeblock: true; box-sizing: border-box\"><div>int x = 1;</div><div>  *y = x;</div></div><div>After</div>"
                                << "```\nint x = 1;\n  *y = x;\n```\n\nAfter\n";
    QTest::newRow("table") << "<table><tr><td>Name</td><td>Qty</td></tr><tr><td>A|B</td><td><div>2</div></td></tr></table>"
                           << "| Name | Qty |\n| --- | --- |\n| A\\|B | 2 |\n";
    QTest::newRow("quote and rule") << "<blockquote><div>Said</div><div>twice</div></blockquote><hr/><div>End</div>"
                                    << "> Said\n>\n> twice\n\n---\n\nEnd\n";
    QTest::newRow("web picture is a link") << "<div><img src=\"https://example.org/p.png\" alt=\"p\"/></div>"
                                           << "[p](https://example.org/p.png)\n";
    QTest::newRow("encrypted left out") << "<div>Open <en-crypt cipher=\"AES\">c2VjcmV0</en-crypt></div>" << "Open\n";
}

void TestEvernoteImport::enmlBecomesMarkdown()
{
    QFETCH(QString, enml);
    QFETCH(QString, markdown);
    QSet<QString> shown;
    QStringList problems;
    const QString text = EnmlText::toMarkdown(QStringLiteral("<?xml version=\"1.0\"?><!DOCTYPE en-note SYSTEM "
                                                             "\"http://xml.evernote.com/pub/enml2.dtd\"><en-note>")
                                                  + enml + QStringLiteral("</en-note>"),
                                              {}, &shown, &problems);
    QCOMPARE(text, markdown);
    QCOMPARE(problems.isEmpty(), !enml.contains(QLatin1String("en-crypt")));
}

void TestEvernoteImport::exportBecomesNotesTagsLinksAndAttachments()
{
    const QByteArray picture = "\x89PNG\r\n\x1a\n a picture";
    const QByteArray pdf = "%PDF-1.4 minutes";
    const QString path = writeExport(enex(
        note("Trip to Lisbon",
             "<div>Flights <b>booked</b>, see <a href=\"evernote:///view/123/s1/aaa/aaa/\">Packing list</a>.</div>"
             "<div><en-media hash=\"" + md5Of(picture) + "\" type=\"image/png\"/></div>",
             "<tag>travel</tag><tag>2019</tag><note-attributes><source-url>https://example.org/trip</source-url>"
             "</note-attributes>"
                 // The file its text does not show comes first: kept all the same.
                 + resource(pdf, "application/pdf", "minutes.pdf") + resource(picture, "image/png", "tram.png"))
        + note("Packing list", "<div><en-todo checked=\"true\"/>Passport</div><div><en-todo/>Hat</div>",
               "<tag>travel</tag>")));
    QVERIFY(EvernoteExport::looksLike(path));
    EvernoteExport source(path);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(source, Now), qPrintable(import.errorString()));
    QCOMPARE(import.report().importTag, QStringLiteral("Imported/Evernote 2026-12-04"));
    QCOMPARE(import.report().notes, 2);
    QCOMPARE(import.report().attachments, 2);
    QVERIFY(import.report().skipped.isEmpty());

    const QString pictureHash = NoteAttachments::hashOf(picture);
    const QString pdfHash = NoteAttachments::hashOf(pdf);
    QCOMPARE(rows(QStringLiteral("SELECT title, content, created_at, updated_at FROM note WHERE title = 'Trip to Lisbon'")),
             QStringList{QStringLiteral("Trip to Lisbon|---\nsource: \"https://example.org/trip\"\n---\n"
                                        "Flights **booked**, see [[Packing list]].\n\n![tram.png](attachment:%1)\n"
                                        "\n[minutes.pdf](attachment:%2)\n|2019-03-01T08:15:00.000Z|2020-04-15T17:00:00.000Z")
                             .arg(pictureHash, pdfHash)});
    // The list's excerpt starts with the text, not the front matter.
    QCOMPARE(rows(QStringLiteral("SELECT excerpt FROM note WHERE title = 'Trip to Lisbon'")).value(0).left(31),
             QStringLiteral("Flights booked, see Packing lis"));
    QCOMPARE(rows(QStringLiteral("SELECT content FROM note WHERE title = 'Packing list'")),
             QStringList{QStringLiteral("- [x] Passport\n- [ ] Hat\n")});
    const QStringList tags = rows(QStringLiteral("SELECT tags FROM note WHERE title = 'Trip to Lisbon'"));
    QStringList tripTags;
    for (const QJsonValue &tag : QJsonDocument::fromJson(tags.value(0).toUtf8()).array())
        tripTags << tag.toString();
    tripTags.sort();
    QCOMPARE(tripTags, (QStringList{QStringLiteral("2019"), QStringLiteral("Imported/Evernote 2026-12-04"),
                                    QStringLiteral("travel")}));
    QCOMPARE(rows(QStringLiteral("SELECT name, type, size FROM attachment")),
             (QStringList{QStringLiteral("minutes.pdf|application/pdf|%1").arg(pdf.size()),
                          QStringLiteral("tram.png|image/png|%1").arg(picture.size())}));
    QCOMPARE(rows(QStringLiteral("SELECT n.title, l.target FROM note_link l JOIN note n ON n.id = l.note_id")),
             QStringList{QStringLiteral("Trip to Lisbon|Packing list")});
}

void TestEvernoteImport::badDataIsLeftOutAndTheRestImported()
{
    const QByteArray picture = "\x89PNG good";
    const QByteArray damaged = "\x89PNG damaged";
    const QString path = writeExport(enex(
        note("Mixed", "<div>Text <en-media hash=\"" + md5Of("\x89PNG as it was") + "\" type=\"image/png\"/>"
                          "<en-media hash=\"" + md5Of(picture) + "\" type=\"image/png\"/>"
                          "<en-crypt>c2VjcmV0</en-crypt></div>",
             resource(damaged, "image/png", "damaged.png") + resource(picture, "image/png", "good.png"))
        + note("Broken base64", "<div>Still here</div>",
               "<resource><data encoding=\"base64\">iVBO!!RK</data><mime>image/png</mime></resource>")));
    EvernoteExport source(path);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(source, Now), qPrintable(import.errorString()));
    const ImportReport report = import.report();
    QCOMPARE(report.notes, 2);
    QCOMPARE(report.attachments, 1);
    QCOMPARE(report.skipped.size(), 2);
    QCOMPARE(report.skipped.at(0).source, QStringLiteral("Mixed ▸ damaged.png"));
    QVERIFY(report.skipped.at(0).reason.contains(QLatin1String("damaged")));
    QCOMPARE(report.skipped.at(1).source, QStringLiteral("Broken base64 ▸ Attachment.png"));
    QCOMPARE(report.changed.size(), 1);
    QCOMPARE(report.changed.first().source, QStringLiteral("Mixed"));
    QVERIFY(report.changed.first().reason.contains(QLatin1String("encrypted")));
    QVERIFY(report.changed.first().reason.contains(QLatin1String("not in the export")));
    QCOMPARE(rows(QStringLiteral("SELECT title, content FROM note")),
             (QStringList{QStringLiteral("Broken base64|Still here\n"),
                          QStringLiteral("Mixed|Text ![good.png](attachment:%1)\n").arg(NoteAttachments::hashOf(picture))}));
}

void TestEvernoteImport::hostileFilesAreRefusedWholly_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const QByteArray good = note("Good", "<div>kept?</div>");
    QByteArray laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE en-export [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i < 10; ++i)
        laughs += "<!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";").repeated(10) + "\">\n";
    laughs += "]>\n<en-export>" + good + note("&lol9;", "<div/>") + "</en-export>\n";
    QTest::newRow("billion laughs") << laughs << "declares XML entities";
    QTest::newRow("external entity")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE en-export [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                      "<en-export>" + good + note("&secret;", "<div/>") + "</en-export>")
        << "declares XML entities";
    const QByteArray whole = enex(good + note("Second", "<div>text</div>", resource("0123456789", "image/png", "p.png")));
    QTest::newRow("ends in a note") << whole.left(whole.indexOf("<title>Second") + 10) << "ends in the middle";
    QTest::newRow("ends in base64") << whole.left(whole.indexOf("encoding=\"base64\">") + 22) << "ends in the middle";
    QTest::newRow("ends in CDATA") << whole.left(whole.indexOf("<div>text") + 5) << "ends in the middle";
    // Encodings where a byte below 0x80 can be half of a character.
    const QString text = QString::fromUtf8(QByteArray(whole).replace("UTF-8", "UTF-16"));
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : text)
        utf16.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
    QTest::newRow("UTF-16") << utf16 << "UTF-16 text encoding";
    QTest::newRow("Shift_JIS") << QByteArray(whole).replace("encoding=\"UTF-8\"", "encoding=\"Shift_JIS\"")
                               << "Shift_JIS text encoding";
    QTest::newRow("not an export") << QByteArray("<?xml version=\"1.0\"?><html><body/></html>") << "not an Evernote export";
    QTest::newRow("no notes") << enex("") << "holds no notes";
    QTest::newRow("empty file") << QByteArray() << "is empty";
    QTest::newRow("not XML") << QByteArray("<en-export><note><title>a</b></note>") << "not well-formed";
}

void TestEvernoteImport::hostileFilesAreRefusedWholly()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    EvernoteExport source(writeExport(bytes));
    NoteImport import(m_notebook);
    QVERIFY(!import.run(source, Now));
    QCOMPARE(import.lastError(), NoteImport::Error::SourceFailed);
    QVERIFY2(import.errorString().contains(message), qPrintable(import.errorString()));
    QVERIFY(import.errorString().contains(QLatin1String("My Notes.enex")));
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM note")), QStringList{QStringLiteral("0")});
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM attachment")), QStringList{QStringLiteral("0")});
}

void TestEvernoteImport::aHugeResourceIsReadInFlatMemory()
{
    // 400 MB of base64 (300 MB of data, three times what a notebook takes in one
    // file), read as a stream: as much memory as one attachment, not the file.
    const qint64 size = 400LL * 1024 * 1024;
    HugeExport device(size);
    EvernoteExport source(&device, QStringLiteral("film.enex"));
    const long before = peakMemoryKb();
    NoteImport import(m_notebook);
    QVERIFY2(import.run(source, Now), qPrintable(import.errorString()));
    const long grown = peakMemoryKb() - before;
    if (MemoryIsMeasured)
        QVERIFY2(grown < 160 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 MB").arg(grown / 1024)));
    QCOMPARE(import.report().notes, 1);
    QCOMPARE(import.report().skipped.size(), 1);
    QVERIFY(import.report().skipped.first().reason.contains(QLatin1String("larger than 100 MB")));
    QCOMPARE(rows(QStringLiteral("SELECT title, content FROM note")), QStringList{QStringLiteral("Film|Before\n")});
}

QTEST_GUILESS_MAIN(TestEvernoteImport)
#include "tst_evernoteimport.moc"
