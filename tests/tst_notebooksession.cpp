#include "notebookfile.h"
#include "notebooksession.h"
#include "notetags.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

// An open notebook without any widget: what the window relies on, driven
// the way the window drives it.
class TestNotebookSession final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void openFailuresSayWhy();
    void saveWritesAndRevertDiscards();
    void conflictsAreSettledThenSaved();
    void unsavedChangesSurviveACrash();
    void othersSavesAppearKeepingMine();
    void readOnlyNotebookKeepsEveryEdit();
    void failedSaveKeepsEveryChange();
    void dailyBackupIsWritten();
    void tagChangesAreRecoveredAndChecked();
    void trashKeepsNotesUntilTheyAreOld();
    void aFailedPurgeLeavesEverything();

private:
    std::unique_ptr<NotebookSession> openSession(const QString &path);
    QString contentOf(NotebookSession &session, const QString &title);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestNotebookSession::initTestCase()
{
    useTestAppData();
}

void TestNotebookSession::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    QVERIFY(createNotebookAtVersion(m_path, Notebook::latestSchemaVersion(),
                                    {QStringLiteral("Alpha"), QStringLiteral("Beta")}));
}

void TestNotebookSession::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

std::unique_ptr<NotebookSession> TestNotebookSession::openSession(const QString &path)
{
    NotebookSession::OpenError error;
    auto session = NotebookSession::open(NotebookLocation::fromPath(path), &error);
    if (!session)
        qWarning("%s: %s", qPrintable(error.message), qPrintable(error.detail));
    return session;
}

QString TestNotebookSession::contentOf(NotebookSession &session, const QString &title)
{
    NoteModel *model = session.model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->data(model->index(row, model->titleColumn())).toString() == title)
            return model->data(model->index(row, model->contentColumn())).toString();
    }
    return {};
}

void TestNotebookSession::openFailuresSayWhy()
{
    NotebookSession::OpenError error;
    QVERIFY(!NotebookSession::open(NotebookLocation::fromPath(m_dir->filePath(QStringLiteral("no/such/folder/x.cpbook"))), &error));
    QVERIFY2(error.message.contains(QLatin1String("does not exist")), qPrintable(error.message));
    QVERIFY(!error.damaged);

    QVERIFY(corruptNoteTable(m_path));
    const QByteArray before = fileHash(m_path);
    error = {};
    QVERIFY(!NotebookSession::open(NotebookLocation::fromPath(m_path), &error));
    QVERIFY(error.damaged); // a backup is worth offering
    QCOMPARE(error.listing, StorageError::Kind::Damaged); // for the window to word
    QCOMPARE(fileHash(m_path), before);

    // A server location is a server's: with no server there, it says so,
    // and makes no file of the URL.
    error = {};
    const QStringList entries = QDir::current().entryList(QDir::NoDotAndDotDot | QDir::AllEntries);
    QVERIFY(!NotebookSession::open(NotebookLocation::fromUserInput(QStringLiteral("postgresql://ann@127.0.0.1:1/team")), &error));
    QVERIFY2(error.message.contains(QLatin1String("team on 127.0.0.1"))
                 && error.message.contains(QLatin1String("no PostgreSQL server answers")),
             qPrintable(error.message));
    QVERIFY(!error.damaged);
    QCOMPARE(QDir::current().entryList(QDir::NoDotAndDotDot | QDir::AllEntries), entries);
}

void TestNotebookSession::saveWritesAndRevertDiscards()
{
    auto session = openSession(m_path);
    QVERIFY(session);
    NoteModel *model = session->model();
    const int row = model->addNote(QStringLiteral("Gamma"));
    model->setData(model->index(row, model->contentColumn()), QStringLiteral("Third"));
    QVERIFY(session->hasPendingChanges());
    int tracked = row;
    QCOMPARE(session->save(&tracked), NotebookSession::SaveResult::Saved);
    QVERIFY(!session->hasPendingChanges());
    QCOMPARE(model->data(model->index(tracked, model->titleColumn())).toString(), QStringLiteral("Gamma"));
    QCOMPARE(titlesOnDisk(m_path),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    QVERIFY(journalText().isEmpty());

    model->setData(model->index(0, model->contentColumn()), QStringLiteral("Overwritten"));
    QVERIFY(model->removeRow(1));
    QTRY_VERIFY(journalText().contains("Overwritten"));
    session->revert();
    QVERIFY(!session->hasPendingChanges());
    QVERIFY(journalText().isEmpty());
    QCOMPARE(contentOf(*session, QStringLiteral("Gamma")), QStringLiteral("Third"));
    QCOMPARE(titlesOnDisk(m_path).size(), 3);
}

void TestNotebookSession::conflictsAreSettledThenSaved()
{
    auto session = openSession(m_path);
    QVERIFY(session);
    NoteModel *model = session->model();
    const int alpha = model->rowForId(1);
    model->setData(model->index(alpha, model->contentColumn()), QStringLiteral("Mine"));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'Theirs' WHERE id = 1")}));

    QCOMPARE(session->save(), NotebookSession::SaveResult::Conflicts);
    QCOMPARE(session->conflicts().size(), 1);
    QVERIFY(session->hasPendingChanges()); // nothing written, nothing dropped
    session->resolve(session->conflicts().first(), NoteModel::Resolution::KeepBoth);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(titlesOnDisk(m_path).size(), 3);
    QCOMPARE(contentOf(*session, QStringLiteral("Alpha")), QStringLiteral("Theirs"));
    QCOMPARE(contentOf(*session, QStringLiteral("Alpha (my version)")), QStringLiteral("Mine"));
}

void TestNotebookSession::unsavedChangesSurviveACrash()
{
    {
        auto session = openSession(m_path);
        QVERIFY(session);
        NoteModel *model = session->model();
        model->setData(model->index(model->rowForId(2), model->contentColumn()), QStringLiteral("Unsaved words"));
        QTRY_VERIFY(journalText().contains("Unsaved words"));
        // Gone without saving, as a crash leaves it: the journal stays.
    }
    QVERIFY(journalText().contains("Unsaved words"));

    auto session = openSession(m_path);
    QVERIFY(session);
    const QList<UnsavedJournal::Recovered> journals = session->leftBehind();
    QCOMPARE(journals.size(), 1);
    // A second window on the same notebook is not offered them meanwhile.
    auto other = openSession(m_path);
    QVERIFY(other);
    QCOMPARE(other->leftBehind().size(), 0);

    session->recover(journals.first());
    QVERIFY(session->hasPendingChanges());
    QCOMPARE(contentOf(*session, QStringLiteral("Beta")), QStringLiteral("Unsaved words"));
    QCOMPARE(titlesOnDisk(m_path).size(), 2); // recovered, not saved
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(journalText().isEmpty());
}

void TestNotebookSession::othersSavesAppearKeepingMine()
{
    auto session = openSession(m_path);
    QVERIFY(session);
    session->start(0);
    NoteModel *model = session->model();
    model->setData(model->index(model->rowForId(1), model->contentColumn()), QStringLiteral("Mine, unsaved"));
    QSignalSpy reloaded(session.get(), &NotebookSession::reloaded);

    // Not while a question is open...
    bool allowed = false;
    session->setReloadGuard([&allowed] { return allowed; });
    QVERIFY(execElsewhere(m_path, {QStringLiteral("INSERT INTO note (title) VALUES ('From elsewhere')")}));
    QTest::qWait(2000);
    QCOMPARE(reloaded.count(), 0);
    // ...but as soon as it is answered.
    allowed = true;
    QTRY_COMPARE(reloaded.count(), 1);
    QVERIFY(model->rowForId(3) >= 0);
    QCOMPARE(contentOf(*session, QStringLiteral("Alpha")), QStringLiteral("Mine, unsaved"));
    QVERIFY(session->hasPendingChanges());
}

void TestNotebookSession::readOnlyNotebookKeepsEveryEdit()
{
#ifndef Q_OS_UNIX
    QSKIP("Uses Unix permissions");
#endif
    QVERIFY(QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto session = openSession(m_path);
    QVERIFY(session);
    QVERIFY(session->isReadOnly());
    NoteModel *model = session->model();
    model->setData(model->index(0, model->contentColumn()), QStringLiteral("Cannot be saved"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Failed);
    QCOMPARE(session->saveErrorKind(), StorageError::Kind::ReadOnly);
    QVERIFY(session->hasPendingChanges());
    QVERIFY(session->leftBehind().isEmpty()); // nothing is recovered into it
}

void TestNotebookSession::failedSaveKeepsEveryChange()
{
    auto session = openSession(m_path);
    QVERIFY(session);
    NoteModel *model = session->model();
    model->setData(model->index(model->rowForId(1), model->contentColumn()), QStringLiteral("Kept"));
    model->setData(model->index(model->rowForId(2), model->titleColumn()),
                   QString(NoteModel::MaxTitleLength + 1, QLatin1Char('x')));
    QTRY_VERIFY(journalText().contains("Kept"));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Failed);
    QCOMPARE(session->saveErrorKind(), StorageError::Kind::ConstraintViolated);
    QCOMPARE(session->model()->titleProblem(), NoteModel::TitleProblem::TooLong);
    QVERIFY(session->saveErrorDetail().contains(QLatin1String("CHECK constraint")));
    QVERIFY(session->hasPendingChanges());
    QCOMPARE(contentOf(*session, QStringLiteral("Alpha")), QStringLiteral("Kept"));
    QVERIFY(journalText().contains("Kept")); // a crash now would still lose nothing
    QCOMPARE(titlesOnDisk(m_path), (QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta")}));
}

void TestNotebookSession::dailyBackupIsWritten()
{
    const QString backups = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/backups");
    auto session = openSession(m_path);
    QVERIFY(session);
    QSignalSpy failed(session.get(), &NotebookSession::dailyBackupFailed);
    session->start(3);
    QTRY_VERIFY(!QDir(backups).entryList({QStringLiteral("*.cpbook")}, QDir::Files, QDir::NoSort).isEmpty()
                || !QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
    session.reset(); // waits for the backup to finish
    QCOMPARE(failed.count(), 0);
    QStringList copies;
    for (const QString &folder : QDir(backups).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        copies << QDir(backups + QLatin1Char('/') + folder).entryList({QStringLiteral("*.cpbook")}, QDir::Files);
    QCOMPARE(copies.size(), 1);
}

void TestNotebookSession::tagChangesAreRecoveredAndChecked()
{
    const QString tags = NoteTags::toText({QStringLiteral("work/acme"), QStringLiteral("later")});
    {
        auto session = openSession(m_path);
        QVERIFY(session);
        NoteModel *model = session->model();
        model->setData(model->index(model->rowForId(2), model->tagsColumn()), tags);
        QTRY_VERIFY(journalText().contains("work/acme"));
        // Gone without saving, as a crash leaves it.
    }
    auto session = openSession(m_path);
    QVERIFY(session);
    const QList<UnsavedJournal::Recovered> journals = session->leftBehind();
    QCOMPARE(journals.size(), 1);
    session->recover(journals.first());
    NoteModel *model = session->model();
    const int row = model->rowForId(2);
    QCOMPARE(model->pendingState(row), NoteModel::PendingState::Edited);
    QCOMPARE(model->index(row, 0).data(NoteModel::TagsRole).toStringList(),
             (QStringList{QStringLiteral("later"), QStringLiteral("work/acme")}));

    // Another program changes the same note's tags meanwhile: Save asks.
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET tags = '[\"theirs\"]' WHERE id = 2")}));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Conflicts);
    QCOMPARE(session->conflicts().size(), 1);
    QCOMPARE(session->conflicts().first().id, qint64(2));
    session->resolve(session->conflicts().first(), NoteModel::Resolution::KeepMine);
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QCOMPARE(scalar(session->model()->database(), QStringLiteral("SELECT tags FROM note WHERE id = 2")).toString(), tags);
    QCOMPARE(scalar(session->model()->database(), QStringLiteral("SELECT count(*) FROM note_tag")).toInt(), 3);
}

void TestNotebookSession::trashKeepsNotesUntilTheyAreOld()
{
    const QDateTime now(QDate(2026, 6, 1), QTime(12, 0), Qt::UTC);
    QVERIFY(execElsewhere(m_path, {QStringLiteral("INSERT INTO note (title, content, trashed_at, tags) VALUES "
                                                  "('Old trash', 'x', '2026-04-30T12:00:00.000Z', '[\"t\"]'), "
                                                  "('Young trash', 'y', '2026-05-03T12:00:00.000Z', '[\"t\"]')")}));
    {
        // The notes it removes had history; it goes with them.
        auto session = openSession(m_path);
        QVERIFY(session);
        NoteModel *model = session->model();
        // Moved to the Trash: pending, listed as deleted, undone by undelete().
        const int alpha = model->rowForId(1);
        QVERIFY(model->moveToTrash(alpha, now));
        QCOMPARE(model->pendingState(alpha), NoteModel::PendingState::Deleted);
        QVERIFY(model->undelete(alpha));
        QVERIFY(!model->hasPendingChanges());
        QVERIFY(model->moveToTrash(alpha, now));
        QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
        QCOMPARE(titlesOnDisk(m_path).size(), 4); // in the Trash, not gone
        QVERIFY(model->setShelf(NoteModel::Shelf::Trash));
        QCOMPARE(model->rowCount(), 3);
    }
    auto session = openSession(m_path);
    QVERIFY(session);
    QSignalSpy purged(session.get(), &NotebookSession::trashPurged);
    session->start(0, 30, now);
    QCOMPARE(purged.size(), 1);
    QCOMPARE(purged.first().first().toInt(), 1);
    const QStringList left = titlesOnDisk(m_path);
    QVERIFY(!left.contains(QStringLiteral("Old trash")));
    QVERIFY(left.contains(QStringLiteral("Young trash")));
    QVERIFY(left.contains(QStringLiteral("Alpha"))); // trashed today
    QVERIFY(left.contains(QStringLiteral("Beta")));

    // Put back: out of the Trash, listed again.
    NoteModel *model = session->model();
    QVERIFY(model->setShelf(NoteModel::Shelf::Trash));
    const int alpha = model->rowForId(1);
    QVERIFY(alpha >= 0);
    QVERIFY(model->restoreFromTrash(alpha));
    QCOMPARE(session->save(), NotebookSession::SaveResult::Saved);
    QVERIFY(model->setShelf(NoteModel::Shelf::Notes));
    QVERIFY(model->rowForId(1) >= 0);

    // Never: nothing goes.
    auto again = openSession(m_path);
    QSignalSpy none(again.get(), &NotebookSession::trashPurged);
    again->start(0, 0, now.addYears(5));
    QCOMPARE(none.size(), 0);
    QVERIFY(titlesOnDisk(m_path).contains(QStringLiteral("Young trash")));
}

void TestNotebookSession::aFailedPurgeLeavesEverything()
{
    QVERIFY(execElsewhere(m_path, {QStringLiteral("INSERT INTO note (title, trashed_at) VALUES "
                                                  "('Old one', '2020-01-01T00:00:00.000Z'), "
                                                  "('Old two', '2020-01-02T00:00:00.000Z')")}));
    auto session = openSession(m_path);
    QVERIFY(session);
    // Another program is writing: the purge waits its busy timeout, then
    // gives up having removed nothing.
    QSqlDatabase other = rawConnection(m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    QSignalSpy failed(session.get(), &NotebookSession::trashPurgeFailed);
    session->start(0, 30);
    QCOMPARE(failed.size(), 1);
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    lock.finish();
    closeConnection(other);
    QCOMPARE(titlesOnDisk(m_path).size(), 4);
}

QTEST_GUILESS_MAIN(TestNotebookSession)
#include "tst_notebooksession.moc"
