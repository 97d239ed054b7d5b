#include "sqlstatementsplitter.h"

#include <QTest>

class TestSqlStatementSplitter final : public QObject
{
    Q_OBJECT

private slots:
    void split_data();
    void split();
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

QTEST_GUILESS_MAIN(TestSqlStatementSplitter)
#include "tst_sqlstatementsplitter.moc"
