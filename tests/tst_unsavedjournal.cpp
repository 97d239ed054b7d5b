#include "notebookfile.h"
#include "notemodel.h"
#include "testsupport.h"
#include "unsavedjournal.h"

#include <QDir>
#include <QFile>
#include <QSqlError>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

class TestUnsavedJournal final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void roundTripKeepsEveryChange();
    void liveJournalIsNotLeftBehind();
    void noChangesNoJournal();
    void leftBehindStaysLockedUntilDone();
    void journalFollowsTheFileNotItsName();
    void deletedNotesComeBackDeletedAndWhole();
};

void TestUnsavedJournal::initTestCase()
{
    useTestAppData();
}

void TestUnsavedJournal::cleanup()
{
    clearTestAppData();
}

void TestUnsavedJournal::roundTripKeepsEveryChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    QVERIFY(createNotebookAtVersion(path, Notebook::latestSchemaVersion(),
                                    {QStringLiteral("First"), QStringLiteral("Second")}));
    const QByteArray before = fileHash(path);
    QList<NoteModel::PendingChange> changes;
    {
        NotebookFile notebook;
        QVERIFY(notebook.open(path));
        NoteModel model(notebook.database());
        QVERIFY(model.select());
        const int added = model.addNote(QStringLiteral("New \u00fc\u0000 note"));
        model.setData(model.index(added, model.contentColumn()), QStringLiteral("Line 1\nLine 2 \"quoted\""));
        model.setData(model.index(model.rowForId(1), model.contentColumn()), QStringLiteral("Edited"));
        model.removeRow(model.rowForId(2));
        UnsavedJournal journal(path);
        QVERIFY(journal.write(model.pendingChanges()));
        QVERIFY(QFile::exists(journal.path()));
#ifdef Q_OS_UNIX
        QCOMPARE(QFile::permissions(UnsavedJournal::folder()) & 0x7077,
                 QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        // The journal holds note text: its owner's alone, written again too.
        QCOMPARE(QFile::permissions(journal.path()) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(journal.write(model.pendingChanges()));
        QCOMPARE(QFile::permissions(journal.path()) & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#endif
        // The window goes away without saving (its lock goes with it).
    }
    QCOMPARE(fileHash(path), before);

    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    const QList<UnsavedJournal::Recovered> found = UnsavedJournal::leftBehind(path, model.record());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().changes.size(), 3);
    QVERIFY(found.first().savedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    model.restoreChanges(found.first().changes);
    QCOMPARE(model.pendingChangeCount(), 3);
    QCOMPARE(model.data(model.index(0, model.titleColumn())).toString(), QStringLiteral("New \u00fc\u0000 note"));
    QCOMPARE(model.data(model.index(0, model.contentColumn())).toString(), QStringLiteral("Line 1\nLine 2 \"quoted\""));
    const int first = model.rowForId(1);
    QCOMPARE(model.data(model.index(first, model.titleColumn())).toString(), QStringLiteral("First"));
    QCOMPARE(model.data(model.index(first, model.contentColumn())).toString(), QStringLiteral("Edited"));
    QCOMPARE(model.pendingState(model.rowForId(2)), NoteModel::PendingState::Deleted);
    QVERIFY2(model.commit(), qPrintable(model.lastError().text()));
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("First"), QStringLiteral("New \u00fc\u0000 note")}));
    UnsavedJournal::forget(found.first());
    QCOMPARE(UnsavedJournal::leftBehind(path, model.record()).size(), 0);
}

void TestUnsavedJournal::liveJournalIsNotLeftBehind()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    model.addNote();
    UnsavedJournal journal(path);
    QVERIFY(journal.write(model.pendingChanges()));
    QCOMPARE(UnsavedJournal::leftBehind(path, model.record()).size(), 0);
    // Another notebook's journals are never offered for this one.
    QCOMPARE(UnsavedJournal::leftBehind(dir.filePath(QStringLiteral("other.cpbook")), model.record()).size(), 0);
}

void TestUnsavedJournal::noChangesNoJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    UnsavedJournal journal(path);
    QVERIFY(journal.write({}));
    QVERIFY(!QFile::exists(journal.path()));
}

// A journal handed out for recovery is locked until it is recovered or
// forgotten: a second window on the notebook cannot take the same changes.
void TestUnsavedJournal::leftBehindStaysLockedUntilDone()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    model.addNote(QStringLiteral("Left behind"));
    {
        UnsavedJournal crashed(path);
        QVERIFY(crashed.write(model.pendingChanges()));
    }
    {
        const QList<UnsavedJournal::Recovered> first = UnsavedJournal::leftBehind(path, model.record());
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().changes.size(), 1);
        QCOMPARE(UnsavedJournal::leftBehind(path, model.record()).size(), 0); // taken
    }
    // Neither recovered nor forgotten ("Not Now"): offered again.
    QList<UnsavedJournal::Recovered> again = UnsavedJournal::leftBehind(path, model.record());
    QCOMPARE(again.size(), 1);
    UnsavedJournal::forget(again.first());
    again.clear();
    QCOMPARE(UnsavedJournal::leftBehind(path, model.record()).size(), 0);
    QCOMPARE(QDir(UnsavedJournal::folder()).entryList(QDir::Files), QStringList());
}

// A notebook opened through a symlink, or by a path with "..", is the same
// file: its unsaved changes are offered whichever name opens it.
void TestUnsavedJournal::journalFollowsTheFileNotItsName()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    const QString link = dir.filePath(QStringLiteral("sub/link.cpbook"));
    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    QVERIFY(QFile::link(path, link));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    model.addNote(QStringLiteral("Typed before the crash"));
    {
        UnsavedJournal crashed(link);
        QVERIFY(crashed.write(model.pendingChanges()));
    }
    QCOMPARE(UnsavedJournal::leftBehind(path, model.record()).size(), 1);
    QCOMPARE(UnsavedJournal::leftBehind(dir.filePath(QStringLiteral("sub/../n.cpbook")), model.record()).size(), 1);
#else
    QSKIP("symlinks are a Unix test here");
#endif
}

// A crash after deleting a new note, and an edited saved one: recovery lists
// both deleted again, and undeleting each gives back all it held.
void TestUnsavedJournal::deletedNotesComeBackDeletedAndWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("n.cpbook"));
    QVERIFY(createNotebookAtVersion(path, Notebook::latestSchemaVersion(), {QStringLiteral("Saved")}));
    {
        NotebookFile notebook;
        QVERIFY(notebook.open(path));
        NoteModel model(notebook.database());
        QVERIFY(model.select());
        model.setData(model.index(0, model.contentColumn()), QStringLiteral("Edited, then deleted"));
        QVERIFY(model.removeRow(0));
        const int added = model.addNote(QStringLiteral("New, then deleted"));
        model.setData(model.index(added, model.contentColumn()), QStringLiteral("Its words"));
        QVERIFY(model.removeRow(added));
        UnsavedJournal journal(path);
        QVERIFY(journal.write(model.pendingChanges()));
    }

    NotebookFile notebook;
    QVERIFY(notebook.open(path));
    NoteModel model(notebook.database());
    QVERIFY(model.select());
    const QList<UnsavedJournal::Recovered> found = UnsavedJournal::leftBehind(path, model.record());
    QCOMPARE(found.size(), 1);
    model.restoreChanges(found.first().changes);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.pendingState(0), NoteModel::PendingState::Deleted);
    QCOMPARE(model.pendingState(1), NoteModel::PendingState::Deleted);
    QVERIFY(model.undelete(0));
    QCOMPARE(model.pendingState(0), NoteModel::PendingState::Inserted);
    QCOMPARE(model.data(model.index(0, model.titleColumn())).toString(), QStringLiteral("New, then deleted"));
    QCOMPARE(model.data(model.index(0, model.contentColumn())).toString(), QStringLiteral("Its words"));
    QVERIFY(model.undelete(1));
    QCOMPARE(model.pendingState(1), NoteModel::PendingState::Edited);
    QCOMPARE(model.data(model.index(1, model.contentColumn())).toString(), QStringLiteral("Edited, then deleted"));
    UnsavedJournal::forget(found.first());
}

QTEST_GUILESS_MAIN(TestUnsavedJournal)
#include "tst_unsavedjournal.moc"
