#include "htmlexport.h"
#include "markdownfolder.h"
#include "noteattachments.h"
#include "notebook.h"
#include "notebooklocation.h"
#include "noteimport.h"
#include "pdfexport.h"
#include "testsupport.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

// Notes out as HTML pages and PDF files: links leading from page to page,
// attachments beside them, nothing fetched; a page for each note, with
// contents before several.
class TestNoteExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void htmlPagesLinkToEachOtherAndShowAttachments();
    void pdfHasAPageForEachNoteAndContents();

private:
    void write(const QString &relative, const QByteArray &bytes);
    QString read(const QString &path) const;
    static int pagesIn(const QByteArray &pdf);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vault;
    QString m_notebook;
};

void TestNoteExport::initTestCase()
{
    useTestAppData();
}

void TestNoteExport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = m_dir->filePath(QStringLiteral("vault"));
    m_notebook = m_dir->filePath(QStringLiteral("notes.cpbook"));
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::darkGreen);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "PNG");
    write(QStringLiteral("Plan.md"), "---\ntitle: The plan\ntags: [work]\n---\n# Steps\n\nSee [[Index]], [[Ideas#Later on|later]] "
                                     "and [[Nowhere]].\n\n![map](files/map.png)\n\n<script>alert(1)</script>\n");
    write(QStringLiteral("Ideas.md"), "# Ideas\n\n## Later on\n\nBack to [[The plan]].\n");
    write(QStringLiteral("Index.md"), "A note called Index.\n");
    write(QStringLiteral("files/map.png"), png);
    MarkdownFolder folder(m_vault);
    NoteImport import(m_notebook);
    QVERIFY2(import.run(folder, QDateTime(QDate(2026, 12, 4), QTime(10, 0))), qPrintable(import.errorString()));
    QCOMPARE(import.report().notes, 3);
}

void TestNoteExport::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

void TestNoteExport::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_vault + u'/' + relative;
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString TestNoteExport::read(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int TestNoteExport::pagesIn(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s\\w])"));
    return int(QString::fromLatin1(pdf).count(page));
}

void TestNoteExport::htmlPagesLinkToEachOtherAndShowAttachments()
{
    const QString folder = m_dir->filePath(QStringLiteral("pages"));
    {
        std::unique_ptr<Notebook> notebook = Notebook::at(NotebookLocation::fromPath(m_notebook));
        QVERIFY(notebook->open(Notebook::Access::ReadOnly));
        HtmlExport html;
        QVERIFY2(html.write(notebook->database(), folder), qPrintable(html.errorString()));
        QCOMPARE(html.notes(), 3);
        QCOMPARE(html.attachments(), 1);
        HtmlExport again; // never over what is there
        QVERIFY(!again.write(notebook->database(), folder));
        QVERIFY(again.errorString().contains(QLatin1String("is not empty")));
    }
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot, QDir::Name),
             (QStringList{QStringLiteral("Ideas.html"), QStringLiteral("Index (2).html"), QStringLiteral("The plan.html"),
                          QStringLiteral("attachments"), QStringLiteral("index.html"), QStringLiteral("style.css")}));
    QVERIFY(QFileInfo(folder + QStringLiteral("/attachments/map.png")).size() > 0);

    const QString index = read(folder + QStringLiteral("/index.html"));
    QVERIFY(index.contains(QLatin1String("<a href=\"Ideas.html\">Ideas</a>")));
    QVERIFY(index.contains(QLatin1String("<a href=\"Index%20(2).html\">Index</a>")));
    QVERIFY(index.contains(QLatin1String("<a href=\"The%20plan.html\">The plan</a>")));

    const QString plan = read(folder + QStringLiteral("/The plan.html"));
    QVERIFY(plan.contains(QLatin1String("<h1 class=\"title\">The plan</h1>")));
    QVERIFY(plan.contains(QLatin1String("<span class=\"tag\">work</span>")));
    QVERIFY(plan.contains(QLatin1String("<h1 id=\"steps\">Steps</h1>")));
    QVERIFY2(plan.contains(QLatin1String("<a href=\"Index%20(2).html\">Index</a>")), qPrintable(plan));
    QVERIFY(plan.contains(QLatin1String("<a href=\"Ideas.html#later-on\">later</a>")));
    QVERIFY(plan.contains(QLatin1String("and Nowhere.")));  // no page: its text alone
    QVERIFY(plan.contains(QLatin1String("<img src=\"attachments/map.png\" alt=\"map\">")));
    QVERIFY(plan.contains(QLatin1String("&lt;script&gt;alert(1)&lt;/script&gt;"))); // raw HTML is text
    QVERIFY(!plan.contains(QLatin1String("<script")));
    QVERIFY(plan.contains(QLatin1String("Content-Security-Policy")));
    QVERIFY(plan.contains(QLatin1String("<link rel=\"stylesheet\" href=\"style.css\">")));
    const QString ideas = read(folder + QStringLiteral("/Ideas.html"));
    QVERIFY(ideas.contains(QLatin1String("<h2 id=\"later-on\">Later on</h2>")));
    QVERIFY(ideas.contains(QLatin1String("<a href=\"The%20plan.html\">The plan</a>")));
}

void TestNoteExport::pdfHasAPageForEachNoteAndContents()
{
    std::unique_ptr<Notebook> notebook = Notebook::at(NotebookLocation::fromPath(m_notebook));
    QVERIFY(notebook->open(Notebook::Access::ReadOnly));
    const QString all = m_dir->filePath(QStringLiteral("all.pdf"));
    PdfExport pdf;
    QVERIFY2(pdf.write(notebook->database(), all), qPrintable(pdf.errorString()));
    QCOMPARE(pdf.notes(), 3);
    QFile file(all);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QCOMPARE(pagesIn(bytes), 4); // the contents, then a page for each note
    QVERIFY(bytes.contains("/Subtype /Image")); // the map is drawn

    // One note: its page alone, no contents.
    QSqlQuery query(notebook->database());
    QVERIFY(query.exec(QStringLiteral("SELECT id FROM note WHERE title = 'Ideas'")) && query.next());
    const QString one = m_dir->filePath(QStringLiteral("one.pdf"));
    PdfExport single;
    QVERIFY(single.write(notebook->database(), one, QList<qint64>{query.value(0).toLongLong()}));
    QFile oneFile(one);
    QVERIFY(oneFile.open(QIODevice::ReadOnly));
    const QByteArray oneBytes = oneFile.readAll();
    QCOMPARE(pagesIn(oneBytes), 1);
    QVERIFY(!oneBytes.contains("/Subtype /Image"));

    // A long note runs onto more pages; a picture on the disk is never read.
    PdfExport::Note note;
    note.title = QStringLiteral("Long");
    note.text = QStringLiteral("A line of the note.\n\n").repeated(200) + QStringLiteral("![disk](") + m_vault
        + QStringLiteral("/files/map.png)\n");
    QByteArray longPdf;
    QBuffer buffer(&longPdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QVERIFY(PdfExport().paint(&writer, notebook->database(), note));
    }
    QVERIFY2(pagesIn(longPdf) >= 3, qPrintable(QString::number(pagesIn(longPdf))));
    QVERIFY(!longPdf.contains("/Subtype /Image"));
}

QTEST_MAIN(TestNoteExport)
#include "tst_noteexport.moc"
