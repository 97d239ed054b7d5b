#include "markdownsource.h"

#include <QTest>

using WikiLink = MarkdownSource::WikiLink;

// What a note's Markdown holds for links and tasks: source in, parts out.
class TestMarkdownSource : public QObject
{
    Q_OBJECT

private slots:
    void findsWikiLinks_data();
    void findsWikiLinks();
    void linkOffsetsCoverTheLink();
    void renamesLinks_data();
    void renamesLinks();
    void findsTaskBoxes_data();
    void findsTaskBoxes();
    void titleKeysIgnoreCase();
    void plainTextHasNoMarkup_data();
    void plainTextHasNoMarkup();

private:
    // Each link as "title#heading|text", joined by ", ".
    static QString describe(const QList<WikiLink> &links);
};

QString TestMarkdownSource::describe(const QList<WikiLink> &links)
{
    QStringList parts;
    for (const WikiLink &link : links)
        parts.append(link.title + (link.heading.isEmpty() ? QString() : u'#' + link.heading) + u'|' + link.text);
    return parts.join(QStringLiteral(", "));
}

void TestMarkdownSource::findsWikiLinks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << "No links [here] or [there](x)." << "";
    QTest::newRow("title") << "See [[Road Trip]]." << "Road Trip|Road Trip";
    QTest::newRow("shown text") << "[[Road Trip|the trip]]" << "Road Trip|the trip";
    QTest::newRow("heading") << "[[Road Trip#Day 2]]" << "Road Trip#Day 2|Road Trip#Day 2";
    QTest::newRow("heading and text") << "[[Road Trip#Day 2|day two]]" << "Road Trip#Day 2|day two";
    QTest::newRow("trimmed") << "[[  Road Trip  |  the trip ]]" << "Road Trip|the trip";
    QTest::newRow("two on a line") << "[[A]] and [[B|b]]" << "A|A, B|b";
    QTest::newRow("case kept") << "[[road TRIP]]" << "road TRIP|road TRIP";
    QTest::newRow("unicode") << "[[日本語のノート]] [[Ärger|ä]]" << "日本語のノート|日本語のノート, Ärger|ä";
    QTest::newRow("emoji") << "[[🎉 Party]]" << "🎉 Party|🎉 Party";
    QTest::newRow("in code span") << "`[[Not]]` but [[Yes]]" << "Yes|Yes";
    QTest::newRow("]] inside code") << "`code ]]` [[Real]]" << "Real|Real";
    QTest::newRow("link cut by code") << "[[a `]]` b]]" << "";
    QTest::newRow("double backtick span") << "``[[x]] ` y`` [[z]]" << "z|z";
    QTest::newRow("in fenced block") << "```\n[[Not]]\n```\n[[Yes]]" << "Yes|Yes";
    QTest::newRow("in tilde fence") << "~~~md\n[[Not]]\n~~~\n[[Yes]]" << "Yes|Yes";
    QTest::newRow("unclosed fence") << "```\n[[Not]]\n[[Neither]]" << "";
    QTest::newRow("escaped open") << "\\[[Not]] a link" << "";
    QTest::newRow("escaped backslash") << "\\\\[[Yes]]" << "Yes|Yes";
    QTest::newRow("escaped close") << "[[a \\]] b]]" << "a \\]] b|a \\]] b";
    QTest::newRow("nested open") << "[[outer [[inner]] rest]]" << "inner|inner";
    QTest::newRow("single brackets inside") << "[[a [b] c]]" << "a [b] c|a [b] c";
    QTest::newRow("bracket before close") << "[[a [b]]]" << "a [b]|a [b]";
    QTest::newRow("empty") << "[[]] [[  ]] [[|text]]" << "";
    QTest::newRow("not across lines") << "[[split\nlink]]" << "";
    QTest::newRow("unclosed") << "[[open and [[Closed]]" << "Closed|Closed";
    QTest::newRow("empty text falls back") << "[[Title|]]" << "Title|Title";
    QTest::newRow("in a list and a quote") << "- [[One]]\n> [[Two]]" << "One|One, Two|Two";
}

void TestMarkdownSource::findsWikiLinks()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(describe(MarkdownSource::wikiLinks(source)), expected);
}

void TestMarkdownSource::linkOffsetsCoverTheLink()
{
    const QString source = QStringLiteral("Go to **[[Road Trip#Day 2|day two]]** now; 日本 [[B]]");
    const QList<WikiLink> links = MarkdownSource::wikiLinks(source);
    QCOMPARE(links.size(), 2);
    QCOMPARE(source.mid(links.at(0).start, links.at(0).length), QStringLiteral("[[Road Trip#Day 2|day two]]"));
    QCOMPARE(source.mid(links.at(1).start, links.at(1).length), QStringLiteral("[[B]]"));
}

void TestMarkdownSource::renamesLinks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "See [[Old]]." << "See [[New Name]].";
    QTest::newRow("any case") << "[[old]] and [[OLD]]" << "[[New Name]] and [[New Name]]";
    QTest::newRow("heading and text kept") << "[[Old#Part 2|see this]]" << "[[New Name#Part 2|see this]]";
    QTest::newRow("spaces kept") << "[[ Old |x]]" << "[[ New Name |x]]";
    QTest::newRow("others untouched") << "[[Older]] [[Gold]] [[Other|Old]]" << "[[Older]] [[Gold]] [[Other|Old]]";
    QTest::newRow("code untouched") << "`[[Old]]`\n```\n[[Old]]\n```\n[[Old]]" << "`[[Old]]`\n```\n[[Old]]\n```\n[[New Name]]";
    QTest::newRow("title in shown text") << "[[Old|Old times]]" << "[[New Name|Old times]]";
}

void TestMarkdownSource::renamesLinks()
{
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownSource::renamedLinks(source, QStringLiteral("Old"), QStringLiteral("New Name")), expected);
}

void TestMarkdownSource::findsTaskBoxes_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("none") << "- item\n[ ] not in a list" << QList<int>{};
    QTest::newRow("open and done") << "- [ ] a\n- [x] b\n* [X] c" << QList<int>{3, 11, 19};
    QTest::newRow("numbered") << "1. [ ] a\n10) [x] b" << QList<int>{4, 14};
    QTest::newRow("nested") << "- [ ] a\n    - [ ] b" << QList<int>{3, 15};
    QTest::newRow("in a quote") << "> - [ ] a" << QList<int>{5};
    QTest::newRow("needs a space after") << "- [ ]x\n- [x]" << QList<int>{10};
    QTest::newRow("in a fence") << "```\n- [ ] no\n```\n- [ ] yes" << QList<int>{20};
}

void TestMarkdownSource::findsTaskBoxes()
{
    QFETCH(QString, source);
    QFETCH(QList<int>, expected);
    const QList<int> boxes = MarkdownSource::taskBoxes(source);
    QCOMPARE(boxes, expected);
    for (const int box : boxes) {
        QCOMPARE(source.at(box - 1), u'[');
        QCOMPARE(source.at(box + 1), u']');
    }
}

void TestMarkdownSource::titleKeysIgnoreCase()
{
    QCOMPARE(MarkdownSource::titleKey(QStringLiteral(" Road TRIP ")), MarkdownSource::titleKey(QStringLiteral("road trip")));
    QCOMPARE(MarkdownSource::titleKey(QStringLiteral("ÄRGER")), MarkdownSource::titleKey(QStringLiteral("ärger")));
    // Composed and decomposed accents are the same title.
    QCOMPARE(MarkdownSource::titleKey(QStringLiteral("Caf\u00e9")), MarkdownSource::titleKey(QStringLiteral("Cafe\u0301")));
    QVERIFY(MarkdownSource::titleKey(QStringLiteral("Road Trip")) != MarkdownSource::titleKey(QStringLiteral("Road Trips")));
}

void TestMarkdownSource::plainTextHasNoMarkup_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Just words, 2 * 3 = 6." << "Just words, 2 * 3 = 6.";
    QTest::newRow("emphasis") << "a **bold**, *it* and _it_ and ~~gone~~ word" << "a bold, it and it and gone word";
    QTest::newRow("snake_case") << "call snake_case_name" << "call snake_case_name";
    QTest::newRow("links") << "see [docs](https://qt.io) and ![a cat](cat.png)" << "see docs and a cat";
    QTest::newRow("wiki links") << "see [[Road Trip|the trip]] and [[Other]]" << "see the trip and Other";
    QTest::newRow("autolink") << "<https://example.org>" << "https://example.org";
    QTest::newRow("heading") << "## Day 2" << "Day 2";
    QTest::newRow("list and task") << "- [ ] buy milk\n1. first" << "buy milk\nfirst";
    QTest::newRow("quote") << "> said so" << "said so";
    QTest::newRow("code") << "run `make all` now" << "run make all now";
    QTest::newRow("fence") << "```cpp\nint x;\n```" << "\nint x;\n";
    QTest::newRow("escapes") << "not \\*emphasis\\*" << "not *emphasis*";
}

void TestMarkdownSource::plainTextHasNoMarkup()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    QCOMPARE(MarkdownSource::plainText(markdown), expected);
}

QTEST_APPLESS_MAIN(TestMarkdownSource)
#include "tst_markdownsource.moc"
