#include "notebookfile.h"
#include "schemamigrator.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestSchemaMigrator final : public QObject
{
    Q_OBJECT

private slots:
    void bundledMigrationsAreNumberedInOrder();
    void everyEngineHasTheSameSteps();
    void numberingGapIsRejected();
    void newNotebookHasLatestSchema();
    void upgradeFromEveryVersion_data();
    void upgradeFromEveryVersion();
    void upgradeFillsTimestamps();
    void updatedAtFollowsEveryChange();
    void failingMigrationLeavesFileUnchanged();
    void schemaIsComparedByMeaning_data();
    void schemaIsComparedByMeaning();
};

void TestSchemaMigrator::bundledMigrationsAreNumberedInOrder()
{
    const SchemaMigrator migrator;
    const QList<SchemaMigrator::Migration> migrations = migrator.migrations();
    QVERIFY2(migrations.size() >= 2, qPrintable(migrator.lastError()));
    for (int i = 0; i < migrations.size(); ++i)
        QCOMPARE(migrations.at(i).version, i + 1);
    QCOMPARE(migrations.first().fileName, QStringLiteral("0001_create_note.sql"));
    QCOMPARE(migrations.at(1).fileName, QStringLiteral("0002_add_note_timestamps.sql"));
    QCOMPARE(Notebook::latestSchemaVersion(), migrator.latestVersion());
}

// A number is the same step in every engine: a notebook at version N
// holds the same things on a server as in a file.
void TestSchemaMigrator::everyEngineHasTheSameSteps()
{
    const SchemaMigrator sqlite;
    const SchemaMigrator postgres(QStringLiteral(":/migrations/postgresql"));
    QVERIFY2(!postgres.migrations().isEmpty(), qPrintable(postgres.lastError()));
    QCOMPARE(postgres.migrations().size(), sqlite.migrations().size());
    for (int i = 0; i < sqlite.migrations().size(); ++i)
        QCOMPARE(postgres.migrations().at(i).fileName, sqlite.migrations().at(i).fileName);
}

void TestSchemaMigrator::numberingGapIsRejected()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const QString &name : {QStringLiteral("0001_a.sql"), QStringLiteral("0003_c.sql")}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("SELECT 1;");
    }
    const SchemaMigrator migrator(dir.path());
    QVERIFY(migrator.migrations().isEmpty());
    QVERIFY2(migrator.lastError().contains(QLatin1String("0003_c.sql")),
             qPrintable(migrator.lastError()));
}

void TestSchemaMigrator::newNotebookHasLatestSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.cpbook"));
    {
        NotebookFile notebook;
        QVERIFY2(notebook.open(path), qPrintable(notebook.errorDetail()));
        QCOMPARE(notebook.schemaVersion(), Notebook::latestSchemaVersion());
        QVERIFY(notebook.backupPath().isEmpty());
    }
    QSqlDatabase db = rawConnection(path);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA application_id")).toUInt(), 1129336386u);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(),
             Notebook::latestSchemaVersion());
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));
    closeConnection(db);
    // No backup of a notebook without notes, and nothing else left beside it.
    QCOMPARE(folderEntries(dir.path()), QStringList{QStringLiteral("new.cpbook")});
}

// One row per schema version a notebook may have been left at, so every
// future migration is tested against every notebook in the wild.
void TestSchemaMigrator::upgradeFromEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (int version = 1; version < Notebook::latestSchemaVersion(); ++version)
        QTest::addRow("from version %d", version) << version;
}

void TestSchemaMigrator::upgradeFromEveryVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString freshPath = dir.filePath(QStringLiteral("fresh.cpbook"));
    const QString oldPath = dir.filePath(QStringLiteral("old notebook.cpbook"));
    const QStringList titles{QStringLiteral("Groceries"), QStringLiteral("Ideas; and more"),
                             QStringLiteral("Ünïcode 笔记")};
    QVERIFY(createNotebookAtVersion(oldPath, version, titles));
    const QByteArray oldHash = fileHash(oldPath);

    NotebookFile fresh;
    QVERIFY2(fresh.open(freshPath), qPrintable(fresh.errorDetail()));
    NotebookFile upgraded;
    QVERIFY2(upgraded.open(oldPath), qPrintable(upgraded.errorDetail()));
    QCOMPARE(upgraded.schemaVersion(), Notebook::latestSchemaVersion());

    // The same schema as a notebook created by this version.
    QCOMPARE(schemaOf(upgraded.database()), schemaOf(fresh.database()));
    QCOMPARE(scalar(upgraded.database(), QStringLiteral("PRAGMA application_id")).toUInt(),
             SchemaMigrator::ApplicationId);
    QCOMPARE(scalar(upgraded.database(), QStringLiteral("PRAGMA integrity_check")).toString(),
             QStringLiteral("ok"));

    // Every note written at the old version is still there, whole.
    QSqlQuery query(upgraded.database());
    QVERIFY(query.exec(QStringLiteral("SELECT title, content FROM note ORDER BY id")));
    QStringList found;
    while (query.next()) {
        QCOMPARE(query.value(1).toString(), QStringLiteral("Content of ") + query.value(0).toString());
        found << query.value(0).toString();
    }
    QCOMPARE(found, titles);
    query.finish();

    // A backup of the notebook as it was, beside it, openable at its version.
    const QString backup = oldPath + QStringLiteral(".v%1.bak").arg(version);
    QCOMPARE(upgraded.backupPath(), backup);
    QVERIFY(QFile::exists(backup));
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(backup) & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    upgraded.close();
    NotebookFile copy;
    QVERIFY2(copy.open(backup, Notebook::Access::ReadOnly), qPrintable(copy.errorDetail()));
    QCOMPARE(copy.schemaVersion(), version);
    QCOMPARE(scalar(copy.database(), QStringLiteral("SELECT count(*) FROM note")).toInt(),
             titles.size());
    copy.close();
    QVERIFY(fileHash(oldPath) != oldHash); // the upgrade did write the notebook
}

void TestSchemaMigrator::upgradeFillsTimestamps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.cpbook"));
    QVERIFY(createNotebookAtVersion(path, 1, {QStringLiteral("Old note")}));
    NotebookFile notebook;
    QVERIFY2(notebook.open(path), qPrintable(notebook.errorDetail()));
    QSqlQuery query(notebook.database());
    QVERIFY(query.exec(QStringLiteral("SELECT created_at, updated_at FROM note")));
    QVERIFY(query.next());
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$"));
    QVERIFY2(iso.match(query.value(0).toString()).hasMatch(), qPrintable(query.value(0).toString()));
    QCOMPARE(query.value(1), query.value(0));
}

void TestSchemaMigrator::updatedAtFollowsEveryChange()
{
    QTemporaryDir dir;
    NotebookFile notebook;
    QVERIFY(notebook.open(dir.filePath(QStringLiteral("n.cpbook"))));
    trustSchema(notebook.database());
    QSqlQuery query(notebook.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title, updated_at) "
                                      "VALUES ('A', '2001-01-01T00:00:00.000Z')")));
    QVERIFY(query.exec(QStringLiteral("UPDATE note SET content = 'changed'")));
    const QString touched = scalar(notebook.database(), QStringLiteral("SELECT updated_at FROM note")).toString();
    QVERIFY2(touched > QStringLiteral("2020"), qPrintable(touched));
    // A change that sets updated_at itself keeps it.
    QVERIFY(query.exec(QStringLiteral("UPDATE note SET title = 'B', "
                                      "updated_at = '2002-02-02T00:00:00.000Z'")));
    QCOMPARE(scalar(notebook.database(), QStringLiteral("SELECT updated_at FROM note")).toString(),
             QStringLiteral("2002-02-02T00:00:00.000Z"));
}

void TestSchemaMigrator::failingMigrationLeavesFileUnchanged()
{
    QTemporaryDir dir;
    // The bundled migrations plus a broken third one.
    const QString migrations = dir.filePath(QStringLiteral("migrations"));
    QVERIFY(QDir().mkpath(migrations));
    for (const SchemaMigrator::Migration &migration : SchemaMigrator().migrations())
        QVERIFY(QFile::copy(migration.path, migrations + QLatin1Char('/') + migration.fileName));
    const int brokenVersion = Notebook::latestSchemaVersion() + 1;
    const QString brokenName = QStringLiteral("%1_broken.sql").arg(brokenVersion, 4, 10, QLatin1Char('0'));
    QFile broken(migrations + QLatin1Char('/') + brokenName);
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("CREATE TABLE broken_step (name TEXT);\n"
                 "INSERT INTO no_such_table VALUES ('x; y');\n");
    broken.close();

    const QString path = dir.filePath(QStringLiteral("v1.cpbook"));
    QVERIFY(createNotebookAtVersion(path, 1, {QStringLiteral("Keep me")}));
    const QByteArray before = fileHash(path);

    SchemaMigrator migrator(migrations);
    QCOMPARE(migrator.latestVersion(), brokenVersion);
    QSqlDatabase db = rawConnection(path);
    QVERIFY(!migrator.migrate(db));
    QVERIFY2(migrator.lastError().contains(brokenName + QStringLiteral(", statement 2")),
             qPrintable(migrator.lastError()));
    QVERIFY2(migrator.lastError().contains(QLatin1String("no_such_table")),
             qPrintable(migrator.lastError()));
    // Every step after version 1 was rolled back, not just the failing one.
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt(), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE name = 'tag'")).toInt(), 0);
    closeConnection(db);
    QCOMPARE(fileHash(path), before);
    QCOMPARE(folderEntries(dir.path()),
             (QStringList{QStringLiteral("migrations"), QStringLiteral("v1.cpbook")}));
}


// Another tool (the sqlite3 shell's .dump and a reload, say) may store our
// schema with other whitespace, comments or keyword case: the notebook is
// still ours. A change of meaning still opens it read-only.
void TestSchemaMigrator::schemaIsComparedByMeaning_data()
{
    QTest::addColumn<QString>("rewrite"); // an SQL expression over sql
    QTest::addColumn<QString>("object");
    QTest::addColumn<bool>("ours");

    QTest::newRow("more whitespace") << QStringLiteral("replace(sql, ' ', '  ' || char(10) || char(9))")
                                     << QStringLiteral("note") << true;
    QTest::newRow("comments") << QStringLiteral("replace(sql, ',', ', -- a comment' || char(10) || '/* and another */')")
                              << QStringLiteral("note") << true;
    QTest::newRow("keyword case") << QStringLiteral("replace(replace(sql, 'CHECK', 'check'), 'BEGIN', 'begin')")
                                  << QStringLiteral("note_touch") << true;
    QTest::newRow("trigger body reflowed") << QStringLiteral("replace(sql, char(10), ' ')")
                                           << QStringLiteral("note_search_update") << true;
    QTest::newRow("longer titles") << QStringLiteral("replace(sql, '120', '1200')")
                                   << QStringLiteral("note") << false;
    QTest::newRow("string changed") << QStringLiteral("replace(sql, '%Y', '%y')")
                                    << QStringLiteral("note") << false;
    QTest::newRow("trigger does more") << QStringLiteral("replace(sql, 'END', 'DELETE FROM note; END')")
                                       << QStringLiteral("note_search_insert") << false;
}

void TestSchemaMigrator::schemaIsComparedByMeaning()
{
    QFETCH(QString, rewrite);
    QFETCH(QString, object);
    QFETCH(bool, ours);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    QVERIFY(createNotebookAtVersion(path, Notebook::latestSchemaVersion(), {QStringLiteral("Kept")}));
    QSqlDatabase db = rawConnection(path);
    const QString before = scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(object)).toString();
    closeConnection(db);
    QVERIFY(!before.isEmpty());
    // The object's text rewritten in place, as only a tool outside SQLite's
    // SQL can: writable_schema.
    QVERIFY(execElsewhere(path, {QStringLiteral("PRAGMA writable_schema = ON"),
                                 QStringLiteral("UPDATE sqlite_schema SET sql = %1 WHERE name = '%2'")
                                     .arg(rewrite, object)}));
    db = rawConnection(path);
    const QString after = scalar(db, QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = '%1'").arg(object)).toString();
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    closeConnection(db);
    QVERIFY2(after != before, qPrintable(after)); // the rewrite did rewrite

    NotebookFile notebook;
    QVERIFY2(notebook.open(path), qPrintable(notebook.errorDetail()));
    QCOMPARE(notebook.readOnlyReason(),
             ours ? Notebook::ReadOnlyReason::None : Notebook::ReadOnlyReason::ModifiedSchema);
    QCOMPARE(notebook.isReadOnly(), !ours);
}

QTEST_GUILESS_MAIN(TestSchemaMigrator)
#include "tst_schemamigrator.moc"
