#include "markdownhighlighter.h"

#include <QMetaEnum>
#include <QPlainTextEdit>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

// The Markdown a user sees marked in the editor: text in, marked stretches out.
class TestMarkdownHighlighter : public QObject
{
    Q_OBJECT

private slots:
    void marksEachConstruct_data();
    void marksEachConstruct();
    void fencedBlockSpansLines();
    void closingAFenceUnmarksTheLinesAfterIt();
    void typingRehighlightsOnlyTheLine();
    void followsThePalette();

private:
    // Each marked stretch of each line as "text=Kind+Kind", in order; lines
    // joined by " / ".
    static QString marked(const QTextDocument &document);
};

QString TestMarkdownHighlighter::marked(const QTextDocument &document)
{
    const QMetaEnum kinds = QMetaEnum::fromType<MarkdownHighlighter::Kind>();
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        QStringList stretches;
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            const int bits = range.format.property(MarkdownHighlighter::KindProperty).toInt();
            QStringList names;
            for (int kind = 1; kind < 32; ++kind)
                if (bits & (1 << kind))
                    names.append(QLatin1String(kinds.valueToKey(kind)));
            if (!names.isEmpty())
                stretches.append(block.text().mid(range.start, range.length) + u'=' + names.join(u'+'));
        }
        lines.append(stretches.join(u' '));
    }
    return lines.join(QStringLiteral(" / "));
}

void TestMarkdownHighlighter::marksEachConstruct_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << "Just words, 2 * 3 = 6." << "";
    QTest::newRow("heading") << "# Title" << "# Title=Heading";
    QTest::newRow("heading 6") << "###### Small" << "###### Small=Heading";
    QTest::newRow("not a heading") << "#hashtag" << "";
    QTest::newRow("seven hashes") << "####### no" << "";
    QTest::newRow("emphasis") << "an *idea* here" << "*idea*=Emphasis";
    QTest::newRow("emphasis _") << "an _idea_ here" << "_idea_=Emphasis";
    QTest::newRow("snake_case is text") << "call snake_case_name now" << "";
    QTest::newRow("strong") << "a **bold** word" << "**bold**=Strong";
    QTest::newRow("strong _") << "a __bold__ word" << "__bold__=Strong";
    QTest::newRow("strong and emphasis") << "**b** and *i*" << "**b**=Strong *i*=Emphasis";
    QTest::newRow("strikethrough") << "~~gone~~ stays" << "~~gone~~=Strikethrough";
    QTest::newRow("inline code") << "run `make *all*` now" << "`make *all*`=InlineCode";
    QTest::newRow("double backticks") << "``a ` b`` c" << "``a ` b``=InlineCode";
    QTest::newRow("unclosed backtick") << "a ` b *c*" << "*c*=Emphasis";
    QTest::newRow("bullet") << "- item" << "-=ListMarker";
    QTest::newRow("star bullet") << "* item *em*" << "*=ListMarker *em*=Emphasis";
    QTest::newRow("numbered") << "12. item" << "12.=ListMarker";
    QTest::newRow("nested bullet") << "    + deep" << "    +=ListMarker";
    QTest::newRow("task open") << "- [ ] buy milk" << "-=ListMarker [ ]=Task";
    QTest::newRow("task done") << "- [x] done" << "-=ListMarker [x]=Task";
    QTest::newRow("rule is no item") << "* * *" << "";
    QTest::newRow("quote") << "> said" << "> said=Quote";
    QTest::newRow("quote with strong") << "> **so**" << "> =Quote **so**=Strong+Quote";
    QTest::newRow("link") << "see [docs](https://qt.io/a_b_c) now" << "[docs](https://qt.io/a_b_c)=Link";
    QTest::newRow("image") << "![cat](cat.png)" << "![cat](cat.png)=Link";
    QTest::newRow("autolink") << "<https://example.org>" << "<https://example.org>=Link";
    QTest::newRow("bare url") << "go to https://example.org/x_y_z." << "https://example.org/x_y_z=Link";
    QTest::newRow("wiki link") << "see [[Other note]]" << "[[Other note]]=WikiLink";
    QTest::newRow("wiki link text") << "[[Other|shown]] and [[Other#Part]]"
                                    << "[[Other|shown]]=WikiLink [[Other#Part]]=WikiLink";
    QTest::newRow("wiki link in code") << "`[[not a link]]`" << "`[[not a link]]`=InlineCode";
    QTest::newRow("escaped wiki link") << "\\[[not]] a link" << "";
    QTest::newRow("link in heading") << "## See [[Note]]" << "## See =Heading [[Note]]=Heading+WikiLink";
    QTest::newRow("unicode") << "**日本語** と [[ノート]]" << "**日本語**=Strong [[ノート]]=WikiLink";
}

void TestMarkdownHighlighter::marksEachConstruct()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QTextDocument document(source);
    MarkdownHighlighter highlighter(&document);
    QCOMPARE(marked(document), expected);
    QCOMPARE(document.toPlainText(), source); // the source is never rewritten
}

void TestMarkdownHighlighter::fencedBlockSpansLines()
{
    QTextDocument document(QStringLiteral("before *a*\n```cpp\nint *p = 0; // **no**\n\n[[x]]\n```\nafter *b*"));
    MarkdownHighlighter highlighter(&document);
    QCOMPARE(marked(document),
             QStringLiteral("*a*=Emphasis / ```cpp=FenceMarker / int *p = 0; // **no**=CodeBlock /  / "
                            "[[x]]=CodeBlock / ```=FenceMarker / *b*=Emphasis"));

    // A tilde fence is not closed by backticks, nor by a shorter fence.
    QTextDocument tildes(QStringLiteral("~~~~\n```\n~~~\n~~~~\n*e*"));
    MarkdownHighlighter tildeHighlighter(&tildes);
    QCOMPARE(marked(tildes),
             QStringLiteral("~~~~=FenceMarker / ```=CodeBlock / ~~~=CodeBlock / ~~~~=FenceMarker / *e*=Emphasis"));
}

void TestMarkdownHighlighter::closingAFenceUnmarksTheLinesAfterIt()
{
    QPlainTextEdit editor;
    MarkdownHighlighter highlighter(editor.document());
    editor.setPlainText(QStringLiteral("```\ncode\n*x*"));
    QCOMPARE(marked(*editor.document()), QStringLiteral("```=FenceMarker / code=CodeBlock / *x*=CodeBlock"));

    // Typed as a user would: the fence's state reaches the lines after it.
    QTextCursor cursor(editor.document()->findBlockByNumber(1));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral("\n```"));
    QCOMPARE(marked(*editor.document()),
             QStringLiteral("```=FenceMarker / code=CodeBlock / ```=FenceMarker / *x*=Emphasis"));
    editor.undo();
    QCOMPARE(marked(*editor.document()), QStringLiteral("```=FenceMarker / code=CodeBlock / *x*=CodeBlock"));
}

void TestMarkdownHighlighter::typingRehighlightsOnlyTheLine()
{
    // A second highlighter on the same document counts the lines Qt asks to
    // be highlighted: it would see every line if a keystroke redid them all.
    class Counting : public QSyntaxHighlighter
    {
    public:
        using QSyntaxHighlighter::QSyntaxHighlighter;
        int lines = 0;

    protected:
        void highlightBlock(const QString &) override { ++lines; }
    };
    QStringList source;
    for (int i = 0; i < 5000; ++i)
        source.append(QStringLiteral("Line %1 with *some* text and a [[link %1]].").arg(i));
    QPlainTextEdit editor; // the editor's document, laid out as it is in the window
    QTextDocument &document = *editor.document();
    Counting counting(&document); // first, so that its empty formats never win
    MarkdownHighlighter highlighter(&document);
    editor.setPlainText(source.join(u'\n'));
    QCoreApplication::processEvents(); // as in the window: the first full pass has run
    QVERIFY(counting.lines >= 5000);

    counting.lines = 0;
    QTextCursor cursor(document.findBlockByNumber(2500));
    for (int keystroke = 0; keystroke < 3; ++keystroke)
        cursor.insertText(QStringLiteral("x"));
    QCOMPARE(counting.lines, 3);
    QCOMPARE(marked(document).count(QStringLiteral("=WikiLink")), 5000);
    QVERIFY(document.findBlockByNumber(2500).text().startsWith(QStringLiteral("xxxLine 2500")));
}

void TestMarkdownHighlighter::followsThePalette()
{
    QTextDocument document(QStringLiteral("[[Link]]"));
    MarkdownHighlighter highlighter(&document);
    QPalette dark;
    dark.setColor(QPalette::Text, Qt::white);
    dark.setColor(QPalette::Base, Qt::black);
    dark.setColor(QPalette::Link, QColor(0x80, 0xc0, 0xff));
    highlighter.setPalette(dark, QFont());
    const QTextLayout::FormatRange range = document.begin().layout()->formats().value(0);
    QCOMPARE(range.format.foreground().color(), QColor(0x80, 0xc0, 0xff));
}

QTEST_MAIN(TestMarkdownHighlighter)
#include "tst_markdownhighlighter.moc"
