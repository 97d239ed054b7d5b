#include "notebookfile.h"
#include "notebookbackup.h"
#include "testsupport.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestNotebookBackup final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void copyWhileOpenIsConsistentAndPrivate();
    void neverWritesOverAFile();
    void dailyBackupOncePerDayWhenChanged();
    void keepsOnlyTheNewest();
    void backupsOfListsNewestFirst();

private:
    QTemporaryDir m_dir;
};

void TestNotebookBackup::initTestCase()
{
    useTestAppData();
}

void TestNotebookBackup::cleanup()
{
    clearTestAppData();
}

void TestNotebookBackup::copyWhileOpenIsConsistentAndPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("open.cpbook"));
    const QString target = m_dir.filePath(QStringLiteral("copy.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    trustSchema(notebook.database());
    QSqlQuery query(notebook.database());
    QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title) VALUES ('Kept')")));
    // Another change in flight on the same connection is not in the copy.
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY(query.exec(QStringLiteral("INSERT INTO note (title) VALUES ('Not yet saved')")));
    NotebookFile reader;
    QVERIFY(reader.open(path, Notebook::Access::ReadOnly));
    NotebookBackup backup;
    QVERIFY2(backup.write(reader.database(), target), qPrintable(backup.lastError()));
    QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(backup.lastPath(), target);
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(target) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
    NotebookFile copy;
    QVERIFY(copy.open(target, Notebook::Access::ReadOnly));
    QCOMPARE(scalar(copy.database(), QStringLiteral("SELECT group_concat(title) FROM note")).toString(),
             QStringLiteral("Kept"));
    QCOMPARE(scalar(copy.database(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestNotebookBackup::neverWritesOverAFile()
{
    const QString target = m_dir.filePath(QStringLiteral("precious.txt"));
    QFile file(target);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("do not overwrite");
    file.close();
    NotebookFile notebook;
    QVERIFY(notebook.open(m_dir.filePath(QStringLiteral("n.cpbook"))));
    NotebookBackup backup;
    QVERIFY(!backup.write(notebook.database(), target));
    QVERIFY(!backup.lastError().isEmpty());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("do not overwrite"));
}

void TestNotebookBackup::dailyBackupOncePerDayWhenChanged()
{
    const QString path = m_dir.filePath(QStringLiteral("daily.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    NotebookBackup backup;
    QVERIFY(backup.backUpDaily(path));
    const QString folder = NotebookBackup::backupFolder(path);
    const QString today = QStringLiteral("daily %1.cpbook").arg(QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(backup.lastPath(), folder + QLatin1Char('/') + today);
    QCOMPARE(folderEntries(folder), QStringList{today});
#ifdef Q_OS_UNIX
    QCOMPARE(QFile::permissions(folder) & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
    // Same day, changed or not: no second backup.
    trustSchema(notebook.database());
    QVERIFY(QSqlQuery(notebook.database()).exec(QStringLiteral("INSERT INTO note (title) VALUES ('x')")));
    QVERIFY(backup.backUpDaily(path));
    QVERIFY(backup.lastPath().isEmpty());

    // A later day, but nothing changed since the newest backup: none either.
    QVERIFY(QFile::rename(folder + QLatin1Char('/') + today, folder + QStringLiteral("/daily 2001-01-01.cpbook")));
    notebook.close();
    QVERIFY(setModified(path, QDateTime::currentDateTime().addDays(-1)));
    QVERIFY(notebook.open(path));
    QVERIFY(backup.backUpDaily(path));
    QVERIFY(backup.lastPath().isEmpty());
    // Changed since: a backup.
    trustSchema(notebook.database());
    QVERIFY(QSqlQuery(notebook.database()).exec(QStringLiteral("INSERT INTO note (title) VALUES ('y')")));
    QVERIFY(backup.backUpDaily(path));
    QVERIFY(!backup.lastPath().isEmpty());
    QCOMPARE(folderEntries(folder).size(), 2);
}

void TestNotebookBackup::keepsOnlyTheNewest()
{
    const QString path = m_dir.filePath(QStringLiteral("rotate.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    const QString folder = NotebookBackup::backupFolder(path);
    QVERIFY(QDir().mkpath(folder));
    // Eight older daily backups, a day apart.
    for (int day = 1; day <= 8; ++day) {
        const QString name = folder + QStringLiteral("/rotate 2020-01-0%1.cpbook").arg(day);
        QFile file(name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY(setModified(name, QDateTime(QDate(2020, 1, day), QTime(12, 0))));
    }
    NotebookBackup backup;
    QVERIFY(backup.backUpDaily(path, 5));
    QVERIFY(!backup.lastPath().isEmpty());
    const QStringList kept = folderEntries(folder);
    QCOMPARE(kept.size(), 5);
    QVERIFY(kept.contains(QFileInfo(backup.lastPath()).fileName()));
    QVERIFY(kept.contains(QStringLiteral("rotate 2020-01-08.cpbook")));
    QVERIFY(!kept.contains(QStringLiteral("rotate 2020-01-04.cpbook")));
}

void TestNotebookBackup::backupsOfListsNewestFirst()
{
    const QString path = m_dir.filePath(QStringLiteral("list.cpbook"));
    QVERIFY(createNotebookAtVersion(path, 1, {QStringLiteral("old")}));
    NotebookFile notebook;
    QVERIFY(notebook.open(path)); // upgrades, backing up beside the file
    QVERIFY(setModified(notebook.backupPath(), QDateTime::currentDateTime().addDays(-3)));
    NotebookBackup backup;
    QVERIFY(backup.backUpDaily(path));
    QCOMPARE(NotebookBackup::backupsOf(path), (QStringList{backup.lastPath(), notebook.backupPath()}));
}

QTEST_GUILESS_MAIN(TestNotebookBackup)
#include "tst_notebookbackup.moc"
