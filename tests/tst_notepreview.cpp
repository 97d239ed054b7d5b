#include "markdownsource.h"
#include "notepreview.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QImage>
#include <QDesktopServices>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

// The preview as a reader sees it: what Markdown becomes, what is never
// fetched, and what a click reports.
class TestNotePreview : public QObject
{
    Q_OBJECT

private slots:
    void rendersGitHubExtensions();
    void remoteImagesAreNeverFetched();
    void rawHtmlIsShownAsText();
    void wikiLinksShowWhereTheyLead();
    void webLinksOpenInTheBrowser();
    void clickingATaskBoxReportsIt();
    void attachedImagesShowToTheWidth();
    void frontMatterShowsAsABlockOfProperties();

private:
    // The character format at the first occurrence of text in the preview.
    static QTextCharFormat formatOf(const NotePreview &preview, const QString &text);
};

QTextCharFormat TestNotePreview::formatOf(const NotePreview &preview, const QString &text)
{
    const QTextCursor found = preview.document()->find(text);
    if (found.isNull())
        return {};
    QTextCursor inside(preview.document());
    inside.setPosition(found.selectionStart() + 1);
    return inside.charFormat();
}

void TestNotePreview::rendersGitHubExtensions()
{
    NotePreview preview;
    preview.showMarkdown(QStringLiteral("# Title\n\n"
                                        "| Fruit | Count |\n| --- | ---: |\n| apple | 3 |\n| pear | 5 |\n\n"
                                        "- [ ] open task\n- [x] done task\n\n"
                                        "Some ~~struck~~ words, **strong**, *emphasis*, `code`.\n\n"
                                        "Visit https://example.org today.\n"));
    const QString text = preview.toPlainText();
    QVERIFY(!text.contains(u'|')); // a table, not its source
    QVERIFY(!text.contains(QLatin1String("~~")));
    QVERIFY(!text.contains(QLatin1String("**")));
    QVERIFY(!text.contains(QLatin1String("[ ]")));

    // The table: two columns, a header row and two rows.
    QTextTable *table = nullptr;
    for (QTextFrame *frame : preview.document()->rootFrame()->childFrames())
        if ((table = qobject_cast<QTextTable *>(frame)))
            break;
    QVERIFY(table);
    QCOMPARE(table->columns(), 2);
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->cellAt(2, 0).firstCursorPosition().block().text(), QStringLiteral("pear"));

    // Task boxes, open and done.
    QList<QTextBlockFormat::MarkerType> markers;
    for (QTextBlock block = preview.document()->begin(); block.isValid(); block = block.next())
        if (block.textList() && block.blockFormat().marker() != QTextBlockFormat::MarkerType::NoMarker)
            markers.append(block.blockFormat().marker());
    QCOMPARE(markers, (QList<QTextBlockFormat::MarkerType>{QTextBlockFormat::MarkerType::Unchecked,
                                                           QTextBlockFormat::MarkerType::Checked}));

    QVERIFY(formatOf(preview, QStringLiteral("struck")).fontStrikeOut());
    QCOMPARE(formatOf(preview, QStringLiteral("strong")).fontWeight(), int(QFont::Bold));
    QVERIFY(formatOf(preview, QStringLiteral("emphasis")).fontItalic());
    QVERIFY(formatOf(preview, QStringLiteral("code")).fontFixedPitch()
            || formatOf(preview, QStringLiteral("code")).font().family() != preview.font().family());
    // An address in the text is a link by itself.
    const QTextCharFormat autolink = formatOf(preview, QStringLiteral("example.org"));
    QVERIFY(autolink.isAnchor());
    QCOMPARE(autolink.anchorHref(), QStringLiteral("https://example.org"));
    QCOMPARE(preview.document()->begin().text(), QStringLiteral("Title"));
    QCOMPARE(preview.document()->begin().blockFormat().headingLevel(), 1);
}

void TestNotePreview::remoteImagesAreNeverFetched()
{
    NotePreview preview;
    preview.resize(500, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    const QUrl remote(QStringLiteral("https://example.org/cat.png"));
    preview.showMarkdown(QStringLiteral("A cat:\n\n![a cat](https://example.org/cat.png)\n"));
    QTest::qWait(50); // painted
    // Asked for, answered here with a placeholder that names the address:
    // the preview never calls anything that could reach the network.
    QCOMPARE(preview.requestedResources(), QList<QUrl>{remote});
    const QVariant shown = preview.document()->resource(QTextDocument::ImageResource, remote);
    QCOMPARE(shown.typeId(), QMetaType::QImage);
    const QImage placeholder = shown.value<QImage>();
    QVERIFY(placeholder.width() > 100 && placeholder.height() > 10);
}

void TestNotePreview::rawHtmlIsShownAsText()
{
    NotePreview preview;
    preview.resize(500, 400);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.showMarkdown(QStringLiteral("Before <script>alert('x')</script> after.\n\n"
                                        "<img src=\"http://example.org/spy.png\">\n\n"
                                        "<div style=\"background: url(http://example.org/bg.png)\">styled</div>\n"));
    QTest::qWait(50);
    const QString text = preview.toPlainText();
    QVERIFY2(text.contains(QLatin1String("<script>alert('x')</script>")), qPrintable(text));
    QVERIFY(text.contains(QLatin1String("<img src=\"http://example.org/spy.png\">")));
    QVERIFY(preview.requestedResources().isEmpty());
}

void TestNotePreview::wikiLinksShowWhereTheyLead()
{
    NotePreview preview;
    preview.setLinkResolver([](const QString &title) {
        if (title == QLatin1String("Gone"))
            return NotePreview::LinkState::Trashed;
        return title == QLatin1String("Road Trip") ? NotePreview::LinkState::Exists : NotePreview::LinkState::Missing;
    });
    QSignalSpy activated(&preview, &NotePreview::wikiLinkActivated);
    preview.showMarkdown(QStringLiteral("See [[Road Trip#Day 2|day two]], [[Nowhere]] and [[Gone]]; `[[code]]`."));
    QCOMPARE(preview.toPlainText(), QStringLiteral("See day two, Nowhere and Gone; [[code]]."));

    const QTextCharFormat existing = formatOf(preview, QStringLiteral("day two"));
    QVERIFY(existing.isAnchor());
    const QTextCharFormat missing = formatOf(preview, QStringLiteral("Nowhere"));
    QVERIFY(missing.isAnchor());
    QCOMPARE(missing.underlineStyle(), QTextCharFormat::DashUnderline);
    QVERIFY(missing.toolTip().contains(QStringLiteral("no note called “Nowhere”")));
    QVERIFY(formatOf(preview, QStringLiteral("Gone")).fontStrikeOut());
    QVERIFY(!formatOf(preview, QStringLiteral("code")).isAnchor());

    emit preview.anchorClicked(QUrl(existing.anchorHref()));
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.at(0).at(0).toString(), QStringLiteral("Road Trip"));
    QCOMPARE(activated.at(0).at(1).toString(), QStringLiteral("Day 2"));
}

// Stands in for the system's browser.
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

void TestNotePreview::webLinksOpenInTheBrowser()
{
    UrlCatcher browser;
    for (const char *scheme : {"http", "https", "mailto", "file"})
        QDesktopServices::setUrlHandler(QLatin1String(scheme), &browser, "open");
    NotePreview preview;
    preview.showMarkdown(QStringLiteral("[web](https://qt.io/x) [mail](mailto:a@example.org) [file](file:///etc/passwd)"));
    for (const QString &word : {QStringLiteral("web"), QStringLiteral("mail"), QStringLiteral("file")})
        emit preview.anchorClicked(QUrl(formatOf(preview, word).anchorHref()));
    // A file or program is never opened from a note.
    QCOMPARE(browser.urls, (QList<QUrl>{QUrl(QStringLiteral("https://qt.io/x")), QUrl(QStringLiteral("mailto:a@example.org"))}));
    for (const char *scheme : {"http", "https", "mailto", "file"})
        QDesktopServices::unsetUrlHandler(QLatin1String(scheme));
}

void TestNotePreview::clickingATaskBoxReportsIt()
{
    NotePreview preview;
    preview.resize(400, 300);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.showMarkdown(QStringLiteral("Intro\n\n- [ ] first\n- plain item\n- [x] second\n"));
    QSignalSpy clicked(&preview, &NotePreview::taskBoxClicked);
    // Find each box where it is drawn: left of its item's text.
    QList<int> found;
    for (QTextBlock block = preview.document()->begin(); block.isValid(); block = block.next()) {
        const QRectF rect = preview.document()->documentLayout()->blockBoundingRect(block);
        for (int x = 0; x < int(rect.right()); ++x) {
            const QPointF at(x, rect.center().y());
            if (preview.document()->documentLayout()->blockWithMarkerAt(at) == block) {
                QTest::mouseClick(preview.viewport(), Qt::LeftButton, {}, at.toPoint());
                break;
            }
        }
    }
    for (const QList<QVariant> &signal : clicked)
        found.append(signal.at(0).toInt());
    QCOMPARE(found, (QList<int>{0, 1}));
    // Clicking the text of an item is not a click on its box.
    QTest::mouseClick(preview.viewport(), Qt::LeftButton, {},
                      preview.cursorRect(preview.document()->find(QStringLiteral("first"))).center());
    QCOMPARE(clicked.size(), 2);
}

void TestNotePreview::attachedImagesShowToTheWidth()
{
    QImage wide(2000, 500, QImage::Format_RGB32);
    wide.fill(Qt::darkBlue);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(wide.save(&buffer, "PNG"));
    const QString image(64, u'a');
    const QString notImage(64, u'b');
    const QString missing(64, u'c');
    int reads = 0;
    NotePreview preview;
    preview.resize(400, 300);
    preview.setAttachmentSource([&](const QString &hash) {
        ++reads;
        return hash == image ? png : hash == notImage ? QByteArray("%PDF-1.4") : QByteArray();
    });
    preview.show();
    preview.showMarkdown(QStringLiteral("![wide](attachment:%1)\n\n![pdf](attachment:%2)\n\n![gone](attachment:%3)\n\n"
                                        "[the file](attachment:%2)")
                             .arg(image, notImage, missing));
    // The image, no wider than the preview, its shape kept.
    QTextImageFormat shown;
    for (QTextBlock block = preview.document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().toImageFormat().name() == QLatin1String("attachment:") + image)
                shown = it.fragment().charFormat().toImageFormat();
        }
    }
    QVERIFY(shown.isValid());
    QVERIFY2(shown.width() > 300 && shown.width() <= preview.viewport()->width(), qPrintable(QString::number(shown.width())));
    QCOMPARE(qRound(shown.height() * 4), qRound(shown.width()));
    // Narrower, it is fitted again.
    preview.resize(250, 300);
    QTRY_VERIFY(preview.document()->begin().begin().fragment().charFormat().toImageFormat().width()
                <= preview.viewport()->width());
    // A file that is no image and one the notebook does not hold show as
    // placeholders, not as nothing.
    const QImage pdf = preview.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:") + notImage)).value<QImage>();
    const QImage gone = preview.document()->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("attachment:") + missing)).value<QImage>();
    QVERIFY(!pdf.isNull() && !gone.isNull());
    QVERIFY(pdf.width() < 1000 && gone.width() < 1000);
    // Typing renders again without reading the image again.
    const int before = reads;
    preview.showMarkdown(preview.markdown() + QStringLiteral(" more"));
    QVERIFY(preview.document()->toPlainText().endsWith(QLatin1String("the file more")));
    QCOMPARE(reads, before);

    // Clicking a file's link asks to open it.
    QSignalSpy opened(&preview, &NotePreview::attachmentActivated);
    const QTextCursor link = preview.document()->find(QStringLiteral("the file"));
    QVERIFY(!link.isNull());
    QTextCursor inside(preview.document());
    inside.setPosition(link.selectionStart() + 2);
    QTest::mouseClick(preview.viewport(), Qt::LeftButton, {}, preview.cursorRect(inside).center());
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), notImage);
}

void TestNotePreview::frontMatterShowsAsABlockOfProperties()
{
    NotePreview preview;
    preview.showMarkdown(QStringLiteral("---\naliases: [beds]\nauthor: Ann\n---\n# Garden\n\nText"));
    QCOMPARE(preview.toPlainText(), QStringLiteral("aliases: [beds]\nauthor: Ann\nGarden\nText"));
    // Code, not a heading nor a rule.
    const QTextBlock first = preview.document()->begin();
    QVERIFY(first.blockFormat().hasProperty(QTextFormat::BlockCodeFence)
            || first.blockFormat().hasProperty(QTextFormat::BlockCodeLanguage));
    QCOMPARE(first.blockFormat().headingLevel(), 0);
    // A rule further down is a rule.
    preview.showMarkdown(QStringLiteral("Text\n\n---\n\nmore"));
    QCOMPARE(preview.toPlainText().count(QLatin1String("---")), 0);
    QCOMPARE(MarkdownSource::frontMatterLength(QStringLiteral("---\na: b\n...\nx")), 13);
    QCOMPARE(MarkdownSource::frontMatterLength(QStringLiteral("---\nnever closed")), 0);
    QCOMPARE(MarkdownSource::frontMatterLength(QStringLiteral("text\n---\na: b\n---\n")), 0);
}

QTEST_MAIN(TestNotePreview)
#include "tst_notepreview.moc"
