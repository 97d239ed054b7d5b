#include "crashnotes.h"
#include "notebookfile.h"
#include "notemodel.h"
#include "notetags.h"
#include "testsupport.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QDate>
#include <QSqlQuery>
#include <QSqlRecord>
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
    void killedPurgeLosesNothingElse();

private:
    // Checks the notebook at path holds exactly commits 1..c for some c with
    // reported <= c <= reported + 1 (a commit may land just before the kill
    // stops it from saying so). Returns c, or -1 after a failed check.
    int verify(const QString &path, int reported);
    // What the notebook at path holds outside the Trash (notes, their tags
    // and history, the tag index), and in it; empty lists if it cannot be
    // opened or fails its integrity check.
    struct Holdings
    {
        QStringList kept;
        QStringList trashed;
    };
    static Holdings holdings(const QString &path);
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

TestCrashSafety::Holdings TestCrashSafety::holdings(const QString &path)
{
    NotebookFile notebook; // rolls back what a kill left half-done
    if (!notebook.open(path)) {
        qWarning("cannot open: %s", qPrintable(notebook.errorDetail()));
        return {};
    }
    const QSqlDatabase db = notebook.database();
    if (scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok")) {
        qWarning("integrity_check failed");
        return {};
    }
    const auto rows = [&db](const QString &sql) {
        QStringList lines;
        QSqlQuery query(db);
        if (!query.exec(sql))
            return QStringList{QStringLiteral("failed: ") + sql};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            lines << values.join(QLatin1Char('|'));
        }
        return lines;
    };
    const QString revisions = QStringLiteral("(SELECT count(*) || ':' || coalesce(sum(size), 0) FROM note_revision r "
                                             "WHERE r.note_id = note.id)");
    Holdings held;
    held.kept = rows(QStringLiteral("SELECT id, title, content, tags, %1 FROM note WHERE trashed_at IS NULL ORDER BY id")
                         .arg(revisions))
        + rows(QStringLiteral("SELECT note_id, tag_id FROM note_tag ORDER BY note_id, tag_id"))
        + rows(QStringLiteral("SELECT name, note_count FROM tag ORDER BY name"))
        // The search index still finds what it found.
        + rows(QStringLiteral("SELECT rowid FROM note_search WHERE note_search MATCH 'again' "
                              "AND rowid IN (SELECT id FROM note WHERE trashed_at IS NULL) ORDER BY rowid"));
    held.trashed = rows(QStringLiteral("SELECT id, title, %1 FROM note WHERE trashed_at IS NOT NULL ORDER BY id")
                            .arg(revisions))
        + rows(QStringLiteral("SELECT rowid FROM note_search WHERE note_search MATCH 'again' "
                              "AND rowid NOT IN (SELECT id FROM note WHERE trashed_at IS NULL) ORDER BY rowid"));
    return held;
}

void TestCrashSafety::killedPurgeLosesNothingElse()
{
    QTemporaryDir dir;
    const QString original = dir.filePath(QStringLiteral("original.cpbook"));
    {
        // 60 notes, saved three times (two versions in their history each),
        // tagged; half of them in the Trash for years.
        NotebookFile notebook;
        QVERIFY(notebook.open(original));
        NoteModel model(notebook.database());
        QVERIFY(model.select());
        for (int i = 0; i < 60; ++i) {
            const int row = model.addNote(QStringLiteral("Note %1").arg(i));
            model.setData(model.index(row, model.contentColumn()), QStringLiteral("The text of note %1.").arg(i));
            model.setData(model.index(row, model.tagsColumn()),
                          NoteTags::toText({QStringLiteral("shared"), QStringLiteral("group/%1").arg(i % 7)}));
        }
        QVERIFY(model.commit());
        for (int pass = 0; pass < 2; ++pass) {
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex content = model.index(row, model.contentColumn());
                model.setData(content, QString(content.data().toString() + QStringLiteral(" And again.")));
            }
            QVERIFY(model.commit());
        }
        for (int row = 0; row < model.rowCount(); row += 2)
            QVERIFY(model.moveToTrash(row, QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC)));
        QVERIFY(model.commit());
    }
    const Holdings before = holdings(original);
    QCOMPARE(before.trashed.size(), 60); // and their search index entries
    QVERIFY(before.kept.size() > 30);

    const QString path = dir.filePath(QStringLiteral("purged.cpbook"));
    int killed = 0;
    int killedWriting = 0;
    bool finished = false;
    for (int steps = 1; !finished && steps < 1000000; steps += steps / 8 + 1) {
        for (const QString &file : QStringList{path, path + QStringLiteral("-journal")})
            QFile::remove(file);
        QVERIFY(QFile::copy(original, path));
        QProcess child;
        child.start(QStringLiteral(PURGECHILD_BINARY), {path, QString::number(steps)});
        QVERIFY(child.waitForFinished(30000));
        // A journal left behind: the kill came while the purge was writing.
        if (child.exitStatus() == QProcess::CrashExit && QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            ++killedWriting;
        const Holdings after = holdings(path);
        QVERIFY2(after.kept == before.kept, qPrintable(QStringLiteral("killed after %1 steps").arg(steps)));
        if (child.exitStatus() == QProcess::CrashExit) {
            ++killed;
            // All of the Trash still there, or (killed as it committed) none.
            QVERIFY(after.trashed == before.trashed || after.trashed.isEmpty());
        } else {
            QCOMPARE(child.exitCode(), 0);
            QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("purged 30"));
            QVERIFY(after.trashed.isEmpty());
            finished = true;
        }
    }
    QVERIFY(finished);
    qInfo("killed %d times in the middle of a purge, %d of them while it wrote", killed, killedWriting);
    QVERIFY(killedWriting >= 3); // else the kills never landed inside it
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
