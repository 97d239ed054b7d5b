#include "sqlstatementsplitter.h"

#include <QTest>

class TestSqlStatementSplitter final : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void splitPostgres_data();
    void splitPostgres();
};

void TestSqlStatementSplitter::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t ") << QStringList();
    QTest::newRow("one statement") << QStringLiteral("CREATE TABLE a (x);")
                                   << QStringList{QStringLiteral("CREATE TABLE a (x)")};
    QTest::newRow("no final semicolon")
        << QStringLiteral("SELECT 1; SELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("empty statements")
        << QStringLiteral(";;SELECT 1;; ;\n;SELECT 2;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("semicolon in a string")
        << QStringLiteral("INSERT INTO a VALUES ('x;y'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('x;y')"), QStringLiteral("SELECT 2")};
    QTest::newRow("doubled quote in a string")
        << QStringLiteral("INSERT INTO a VALUES ('it''s; fine'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('it''s; fine')"),
                       QStringLiteral("SELECT 2")};
    QTest::newRow("semicolon in a quoted name")
        << QStringLiteral("CREATE TABLE \"a;b\" (x); CREATE TABLE [c;d] (y); SELECT `e;f`;")
        << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (x)"),
                       QStringLiteral("CREATE TABLE [c;d] (y)"), QStringLiteral("SELECT `e;f`")};
    QTest::newRow("line comments")
        << QStringLiteral("-- first; not a statement\nSELECT 1; -- trailing; comment\n"
                          "-- another;\nSELECT 2; -- the end;")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("line comment inside a statement")
        << QStringLiteral("SELECT 1 -- one; two\n, 2;")
        << QStringList{QStringLiteral("SELECT 1 -- one; two\n, 2")};
    QTest::newRow("block comments")
        << QStringLiteral("/* a; b */ SELECT /* c; d */ 1; /* e; */")
        << QStringList{QStringLiteral("SELECT /* c; d */ 1")};
    QTest::newRow("only comments") << QStringLiteral("-- nothing;\n/* here; */")
                                   << QStringList();
    QTest::newRow("unclosed block comment")
        << QStringLiteral("SELECT 1; /* never closed; SELECT 2;")
        << QStringList{QStringLiteral("SELECT 1")};

    const QString trigger = QStringLiteral(
        "CREATE TRIGGER t AFTER UPDATE ON a\nBEGIN\n"
        "    UPDATE a SET x = 1 WHERE y = ';';\n"
        "    INSERT INTO log VALUES (CASE WHEN new.x THEN 'a;' ELSE 'b' END);\n"
        "END");
    QTest::newRow("trigger")
        << QStringLiteral("CREATE TABLE a (x, y);\n") + trigger + QStringLiteral(";\nSELECT 3;")
        << QStringList{QStringLiteral("CREATE TABLE a (x, y)"), trigger, QStringLiteral("SELECT 3")};
    QTest::newRow("temp trigger with comment in body")
        << QStringLiteral("CREATE TEMP TRIGGER t BEFORE DELETE ON a BEGIN -- x;\n"
                          "SELECT 1; /* y; */ SELECT 2; END;")
        << QStringList{QStringLiteral("CREATE TEMP TRIGGER t BEFORE DELETE ON a BEGIN -- x;\n"
                                      "SELECT 1; /* y; */ SELECT 2; END")};
    QTest::newRow("non-ASCII text")
        << QStringLiteral("INSERT INTO a VALUES ('Grüße; 笔记'); SELECT 'ü';")
        << QStringList{QStringLiteral("INSERT INTO a VALUES ('Grüße; 笔记')"),
                       QStringLiteral("SELECT 'ü'")};
}

void TestSqlStatementSplitter::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(SqlStatementSplitter::split(script), statements);
}

void TestSqlStatementSplitter::splitPostgres_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("two, empty ones dropped")
        << QStringLiteral(";;SELECT 1;; ;\n;SELECT 2")
        << QStringList{QStringLiteral("SELECT 1"), QStringLiteral("SELECT 2")};
    QTest::newRow("strings and names")
        << QStringLiteral("INSERT INTO \"a;b\" VALUES ('it''s; fine'); SELECT 2;")
        << QStringList{QStringLiteral("INSERT INTO \"a;b\" VALUES ('it''s; fine')"), QStringLiteral("SELECT 2")};
    QTest::newRow("escape string")
        << QStringLiteral("SELECT E'a\\'; b'; SELECT e'\\\\'; SELECT 'c\\'; SELECT 3;")
        << QStringList{QStringLiteral("SELECT E'a\\'; b'"), QStringLiteral("SELECT e'\\\\'"),
                       QStringLiteral("SELECT 'c\\'"), QStringLiteral("SELECT 3")};
    QTest::newRow("a name ending in e is no escape string")
        << QStringLiteral("SELECT name'x\\'; SELECT 2;")
        << QStringList{QStringLiteral("SELECT name'x\\'"), QStringLiteral("SELECT 2")};
    QTest::newRow("comments, nested")
        << QStringLiteral("-- a;\n/* b; /* c; */ d; */ SELECT /* e; */ 1; -- f;\nSELECT 2; /* g;")
        << QStringList{QStringLiteral("SELECT /* e; */ 1"), QStringLiteral("SELECT 2")};
    const QString function = QStringLiteral(
        "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        "BEGIN\n    NEW.x := ';'; -- here;\n    RETURN NEW;\nEND\n$$");
    QTest::newRow("dollar-quoted body")
        << function + QStringLiteral(";\nSELECT 3;") << QStringList{function, QStringLiteral("SELECT 3")};
    const QString tagged = QStringLiteral("DO $body$ BEGIN PERFORM '$$;'; END $body$");
    QTest::newRow("tagged dollar quote holding $$") << tagged + u';' << QStringList{tagged};
    QTest::newRow("parameters and names with $ are no quotes")
        << QStringLiteral("SELECT $1; SELECT a$b$c; SELECT 2;")
        << QStringList{QStringLiteral("SELECT $1"), QStringLiteral("SELECT a$b$c"), QStringLiteral("SELECT 2")};
    QTest::newRow("unclosed dollar quote") << QStringLiteral("SELECT 1; DO $$ never; closed")
                                           << QStringList{QStringLiteral("SELECT 1"),
                                                          QStringLiteral("DO $$ never; closed")};
}

void TestSqlStatementSplitter::splitPostgres()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(SqlStatementSplitter::splitPostgres(script), statements);
}

QTEST_GUILESS_MAIN(TestSqlStatementSplitter)
#include "tst_sqlstatementsplitter.moc"
