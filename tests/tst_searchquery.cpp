#include "searchquery.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

// The search box's text, turned into FTS5 queries, run against real FTS5
// indexes: one of words (unicode61, diacritics folded, prefix indexes) and
// one of trigrams for Chinese, Japanese and Korean. detail=none keeps the
// trigram index about a seventh of its full size (measured on 10,000 notes);
// it answers LIKE, not phrase queries.
class TestSearchQuery final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void expressions_data();
    void expressions();
    void finds_data();
    void finds();
    void titleMatchesRankFirst();
    void hostileInputIsNeverSyntax_data();
    void hostileInputIsNeverSyntax();

private:
    // Titles found for text, best first; error set when SQLite refused.
    QStringList search(const QString &text, QString *error = nullptr);

    QSqlDatabase m_db;
};

void TestSearchQuery::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("search"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery query(m_db);
    const QStringList schema{
        QStringLiteral("CREATE TABLE note (id INTEGER PRIMARY KEY, title TEXT, content TEXT)"),
        QStringLiteral("CREATE VIRTUAL TABLE note_words USING fts5(title, content, content='note', "
                       "content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3')"),
        QStringLiteral("CREATE VIRTUAL TABLE note_cjk USING fts5(title, content, content='note', "
                       "content_rowid='id', tokenize='trigram', detail='none')"),
    };
    for (const QString &statement : schema)
        QVERIFY2(query.exec(statement), qPrintable(query.lastError().text()));
    const QList<QPair<QString, QString>> notes{
        {QStringLiteral("Commonplace ideas"), QStringLiteral("A book of quotations and notes.")},
        {QStringLiteral("Café list"), QStringLiteral("The quick brown fox visits a café.")},
        {QStringLiteral("Fox facts"), QStringLiteral("Brown and quick, foxes sleep by day.")},
        {QStringLiteral("買い物リスト"), QStringLiteral("牛乳と卵を買う")},
        {QStringLiteral("学习笔记"), QStringLiteral("我的笔记本电脑 notes on Rust")},
        {QStringLiteral("회의록"), QStringLiteral("다음 회의는 월요일")},
        {QStringLiteral("Punctuation"), QStringLiteral("e-mail: a@b.c (see \"draft\") 100%")},
    };
    query.prepare(QStringLiteral("INSERT INTO note (title, content) VALUES (?, ?)"));
    for (const auto &note : notes) {
        query.addBindValue(note.first);
        query.addBindValue(note.second);
        QVERIFY(query.exec());
    }
    QVERIFY(query.exec(QStringLiteral("INSERT INTO note_words(note_words) VALUES ('rebuild')")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO note_cjk(note_cjk) VALUES ('rebuild')")));
}

void TestSearchQuery::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("search"));
}

QStringList TestSearchQuery::search(const QString &text, QString *error)
{
    const SearchQuery search(text);
    if (search.isEmpty())
        return {};
    // Title matches weigh ten times content matches.
    QString sql = QStringLiteral("SELECT note.title FROM note");
    QStringList where;
    QVariantList values;
    if (!search.wordExpression().isEmpty()) {
        sql += QStringLiteral(" JOIN (SELECT rowid, bm25(note_words, 10.0, 1.0) AS score FROM note_words "
                              "WHERE note_words MATCH ?) AS hit ON hit.rowid = note.id");
        values << search.wordExpression();
    }
    for (const QString &pattern : search.substringPatterns()) {
        where << QStringLiteral("note.id IN (SELECT rowid FROM note_cjk WHERE title LIKE ? ESCAPE '\\' "
                                "UNION SELECT rowid FROM note_cjk WHERE content LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    sql += search.wordExpression().isEmpty() ? QStringLiteral(" ORDER BY note.id")
                                             : QStringLiteral(" ORDER BY hit.score, note.id");
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    QStringList titles;
    if (!query.exec()) {
        if (error)
            *error = query.lastError().text();
        return titles;
    }
    while (query.next())
        titles << query.value(0).toString();
    return titles;
}

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
    QTest::newRow("an unclosed phrase runs to the end")
        << QStringLiteral("fox \"quick brown") << QStringLiteral("\"fox\"* \"quick brown\"") << QStringList();
    QTest::newRow("quotes inside a word are text")
        << QStringLiteral("it's a\"b") << QStringLiteral("\"it's\"* \"a\"* \"b\"") << QStringList();
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

void TestSearchQuery::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles");
    const QString cafe = QStringLiteral("Café list");
    const QString fox = QStringLiteral("Fox facts");
    QTest::newRow("prefix") << QStringLiteral("commo") << QStringList{QStringLiteral("Commonplace ideas")};
    QTest::newRow("any case") << QStringLiteral("COMMONPLACE") << QStringList{QStringLiteral("Commonplace ideas")};
    QTest::newRow("accents folded") << QStringLiteral("cafe") << QStringList{cafe};
    QTest::newRow("accents typed") << QStringLiteral("café") << QStringList{cafe};
    QTest::newRow("all words, any order") << QStringLiteral("fox quick") << QStringList{fox, cafe};
    QTest::newRow("a phrase keeps its order") << QStringLiteral("\"quick brown\"") << QStringList{cafe};
    QTest::newRow("words of a phrase apart") << QStringLiteral("\"brown quick\"") << QStringList();
    QTest::newRow("a word that is nowhere") << QStringLiteral("fox zebra") << QStringList();
    QTest::newRow("Chinese, 3 characters") << QStringLiteral("笔记本") << QStringList{QStringLiteral("学习笔记")};
    QTest::newRow("Chinese, 2 characters") << QStringLiteral("笔记") << QStringList{QStringLiteral("学习笔记")};
    QTest::newRow("Japanese inside a word") << QStringLiteral("い物リ") << QStringList{QStringLiteral("買い物リスト")};
    QTest::newRow("Japanese, 1 character") << QStringLiteral("卵") << QStringList{QStringLiteral("買い物リスト")};
    QTest::newRow("Korean") << QStringLiteral("월요일") << QStringList{QStringLiteral("회의록")};
    QTest::newRow("Chinese, not in that order") << QStringLiteral("记笔") << QStringList();
    QTest::newRow("LIKE's wildcards are literal") << QStringLiteral("笔%脑") << QStringList();
    QTest::newRow("Chinese and a word") << QStringLiteral("笔记 rust") << QStringList{QStringLiteral("学习笔记")};
    QTest::newRow("punctuation in text") << QStringLiteral("e-mail") << QStringList{QStringLiteral("Punctuation")};
    QTest::newRow("quotes in text") << QStringLiteral("\"draft\"") << QStringList{QStringLiteral("Punctuation")};
    QTest::newRow("percent") << QStringLiteral("100%") << QStringList{QStringLiteral("Punctuation")};
}

void TestSearchQuery::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    QString error;
    QCOMPARE(search(text, &error), titles);
    QCOMPARE(error, QString());
}

void TestSearchQuery::titleMatchesRankFirst()
{
    // "fox" is in the title of one note and the text of another.
    QCOMPARE(search(QStringLiteral("fox")).first(), QStringLiteral("Fox facts"));
    QCOMPARE(search(QStringLiteral("café")).first(), QStringLiteral("Café list"));
}

void TestSearchQuery::hostileInputIsNeverSyntax_data()
{
    QTest::addColumn<QString>("text");
    const QStringList inputs{
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"\"\""),
        QStringLiteral("\"unbalanced"), QStringLiteral("*"), QStringLiteral("**fox"),
        QStringLiteral("fox*"), QStringLiteral("NEAR("), QStringLiteral("NEAR(fox quick, 2)"),
        QStringLiteral("fox NEAR quick"), QStringLiteral("-fox"), QStringLiteral("fox -quick"),
        QStringLiteral("title:fox"), QStringLiteral("{title content}:fox"), QStringLiteral("content:"),
        QStringLiteral("((("), QStringLiteral(")"), QStringLiteral("fox AND OR NOT quick"),
        QStringLiteral("^fox"), QStringLiteral("+"), QStringLiteral("'; DROP TABLE note; --"),
        QStringLiteral("%_\\"), QString(QChar(0)) + QStringLiteral("fox"),
        QString(QChar(0xD800)) + QStringLiteral("fox"), QStringLiteral("\"笔记\" \"fox"),
        QString(10000, QLatin1Char('a')), QStringLiteral("a\"(").repeated(3334),
        QStringLiteral("fox ").repeated(2500),
    };
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input.left(24))) << input;
}

void TestSearchQuery::hostileInputIsNeverSyntax()
{
    QFETCH(QString, text);
    QString error;
    search(text, &error);
    QCOMPARE(error, QString());
    const SearchQuery query(text);
    QVERIFY(query.wordExpression().size() < 40 * SearchQuery::MaxTermLength);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
