#include "crashnotes.h"
#include "notebookfile.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace TestSupport;

// A writer process is killed without warning, again and again: every commit
// it reported must be there, whole, and nothing half-written may be.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriterLosesNoCommit();
    void copyOfFileAloneHoldsEveryCommit();

private:
    // Checks the notebook at path holds exactly commits 1..c for some c with
    // reported <= c <= reported + 1 (a commit may land just before the kill
    // stops it from saying so). Returns c, or -1 after a failed check.
    int verify(const QString &path, int reported);
};

void TestCrashSafety::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("Needs SIGKILL");
#endif
}

int TestCrashSafety::verify(const QString &path, int reported)
{
    // Opened as the app opens it after a crash, rolling back a commit the
    // kill interrupted.
    NotebookFile notebook;
    if (!notebook.open(path)) {
        qWarning("cannot open: %s", qPrintable(notebook.errorDetail()));
        return -1;
    }
    const QSqlDatabase db = notebook.database();
    int committed = -1;
    {
        QSqlQuery query(db);
        if (scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok")) {
            qWarning("integrity_check failed");
        } else if (query.exec(QStringLiteral("SELECT id, title, content FROM note ORDER BY id"))) {
            int count = 0;
            bool whole = true;
            QList<QPair<QString, QString>> notes;
            while (query.next()) {
                ++count;
                whole = whole && query.value(0).toInt() == count
                    && query.value(1).toString() == CrashNotes::title(count);
                notes.append({query.value(1).toString(), query.value(2).toString()});
            }
            if (whole && count >= reported && count <= reported + 1) {
                for (int j = 1; j <= count && whole; ++j)
                    whole = notes.at(j - 1).second == CrashNotes::expectedContent(j, count);
                if (whole)
                    committed = count;
                else
                    qWarning("a note does not hold what commit %d left", count);
            } else {
                qWarning("%d notes in the file, %d reported", count, reported);
            }
        }
    }
    return committed;
}

void TestCrashSafety::killedWriterLosesNoCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.cpbook"));
    QRandomGenerator random(20261125);
    int reported = 0;
    int landedUnreported = 0;
    for (int kill = 0; kill < 100; ++kill) {
        QProcess writer;
        writer.start(QStringLiteral(CRASHWRITER_BINARY), {path});
        QVERIFY(writer.waitForStarted());
        QVERIFY(writer.waitForReadyRead(10000));
        QVERIFY(writer.readLine().startsWith("ready"));
        // Once the writer's first commit is done (each kill then costs at
        // least one, however slow the disk), a random moment: before, during
        // or after any later commit.
        while (!writer.canReadLine())
            QVERIFY(writer.waitForReadyRead(10000));
        const QByteArray first = writer.readLine();
        QVERIFY(first.startsWith("ok "));
        QTest::qSleep(int(random.bounded(40)));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        for (const QByteArray &line : QByteArray(first + writer.readAllStandardOutput()).split('\n')) {
            if (line.startsWith("ok "))
                reported = line.mid(3).toInt();
        }
        const int committed = verify(path, reported);
        QVERIFY2(committed >= 0, qPrintable(QStringLiteral("after kill %1").arg(kill)));
        landedUnreported += committed - reported;
        reported = committed;
        QCOMPARE(folderEntries(dir.path()).filter(QStringLiteral(".new")), QStringList());
    }
    qInfo("%d commits in 100 kills; %d landed unreported", reported, landedUnreported);
    QVERIFY(reported > 100);
}

void TestCrashSafety::copyOfFileAloneHoldsEveryCommit()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("live.cpbook"));
    QProcess writer;
    writer.start(QStringLiteral(CRASHWRITER_BINARY), {path, QStringLiteral("--step")});
    QVERIFY(writer.waitForStarted());
    QVERIFY(writer.waitForReadyRead(10000));
    QVERIFY(writer.readLine().startsWith("ready"));
    for (int k = 1; k <= 20; ++k) {
        while (!writer.canReadLine())
            QVERIFY(writer.waitForReadyRead(10000));
        QCOMPARE(writer.readLine().trimmed(), QByteArray("ok ") + QByteArray::number(k));
        // The writer is alive and idle between commits: copy the file alone.
        const QString copy = dir.filePath(QStringLiteral("copy-%1.cpbook").arg(k));
        QVERIFY(QFile::copy(path, copy));
        QCOMPARE(verify(copy, k), k);
        writer.write("\n");
    }
    writer.closeWriteChannel();
    QVERIFY(writer.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
