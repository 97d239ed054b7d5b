#include "searchquery.h"

#include <QTest>

// How the search box's text becomes FTS5 queries. What those queries find in
// a real notebook is tested in tst_notesearch.
class TestSearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void expressions_data();
    void expressions();
    void looseExpressionTakesPhrasesApart();
    void cleanedIsValidText();
};

void TestSearchQuery::expressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QStringList>("substrings");
    QTest::newRow("nothing") << QString() << QString() << QStringList();
    QTest::newRow("only spaces and punctuation") << QStringLiteral("  - ( ) * ") << QString() << QStringList();
    QTest::newRow("a word is a prefix") << QStringLiteral("commo") << QStringLiteral("\"commo\"*") << QStringList();
    QTest::newRow("words are all required")
        << QStringLiteral("quick  fox") << QStringLiteral("\"quick\"* \"fox\"*") << QStringList();
    QTest::newRow("a phrase") << QStringLiteral("\"quick brown\" fox")
                              << QStringLiteral("\"quick brown\" \"fox\"*") << QStringList();
    QTest::newRow("an unclosed phrase runs to the end, its last word a prefix")
        << QStringLiteral("fox \"quick brown") << QStringLiteral("\"fox\"* \"quick brown\"*") << QStringList();
    QTest::newRow("quotes inside a word are text")
        << QStringLiteral("it's a\"b") << QStringLiteral("\"it's\"* \"a\" \"b\"") << QStringList();
    QTest::newRow("one letter is a word, two a prefix")
        << QStringLiteral("x \"fox b") << QStringLiteral("\"x\" \"fox b\"") << QStringList();
    QTest::newRow("syntax is text") << QStringLiteral("NEAR(a title:b -c")
                                    << QStringLiteral("\"NEAR(a\"* \"title:b\"* \"-c\"*") << QStringList();
    QTest::newRow("CJK is a substring") << QStringLiteral("笔记 notes")
                                        << QStringLiteral("\"notes\"*") << QStringList{QStringLiteral("笔记")};
    QTest::newRow("CJK with LIKE's wildcards") << QStringLiteral("笔%记_") << QString()
                                               << QStringList{QStringLiteral("笔%记_")};
}

void TestSearchQuery::expressions()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QStringList, substrings);
    const SearchQuery query(text);
    QCOMPARE(query.wordExpression(), words);
    QCOMPARE(query.substrings(), substrings);
    QCOMPARE(query.isEmpty(), words.isEmpty() && substrings.isEmpty());
}

void TestSearchQuery::looseExpressionTakesPhrasesApart()
{
    QCOMPARE(SearchQuery(QStringLiteral("\"quick brown\" fox")).looseExpression(),
             QStringLiteral("\"quick\" \"brown\" \"fox\"*"));
    QCOMPARE(SearchQuery(QStringLiteral("\"quick bro")).looseExpression(),
             QStringLiteral("\"quick\" \"bro\"*"));
    QCOMPARE(SearchQuery(QStringLiteral("\"say \"\"hi\"\"")).looseExpression(),
             QStringLiteral("\"say\" \"hi\""));
    QCOMPARE(SearchQuery(QStringLiteral("笔记")).looseExpression(), QString());
}

void TestSearchQuery::cleanedIsValidText()
{
    const QString pair = QString::fromUcs4(U"\U0001F600");
    QCOMPARE(SearchQuery::cleaned(QStringLiteral("a\tb\nc") + QChar(0) + QStringLiteral("d")),
             QStringLiteral("a b c d"));
    QCOMPARE(SearchQuery::cleaned(pair), pair);
    QCOMPARE(SearchQuery::cleaned(QString(QChar(0xD800)) + QStringLiteral("x")),
             QString(QChar::ReplacementCharacter) + QStringLiteral("x"));
    QCOMPARE(SearchQuery::cleaned(QStringLiteral("x") + QChar(0xDC00)),
             QStringLiteral("x") + QChar(QChar::ReplacementCharacter));
    QCOMPARE(SearchQuery(QString(QChar(0xD800)) + QStringLiteral("fox")).wordExpression(),
             QString(QLatin1Char('"') + QChar(QChar::ReplacementCharacter) + QStringLiteral("fox\"*")));
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
