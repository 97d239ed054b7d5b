#include "errormessages.h"
#include "notelistdelegate.h"
#include "translations.h"
#include "notebookfile.h"
#include "notemodel.h"
#include "testsupport.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <memory>

using namespace TestSupport;

class TestNoteModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newNoteHasDefaultTitle();
    void notesPersistAcrossReopen();
    void newestChangedFirst();
    void revertDiscardsInsertsEditsAndDeletes();
    void failedBatchSavesNothingAndKeepsEverything_data();
    void failedBatchSavesNothingAndKeepsEverything();
    void trackedRowFollowsItsNote();
    void readOnlyNotebookRefusesCommit();
    void unchangedValueIsNotAChange();
    void schemaChangedElsewhereIsNeverTrusted();
    void noteChangedElsewhere_data();
    void noteChangedElsewhere();
    void noteDeletedElsewhere_data();
    void noteDeletedElsewhere();
    void noteDeletedElsewhereSurvivesAReload_data();
    void noteDeletedElsewhereSurvivesAReload();
    void deletedHereChangedElsewhere_data();
    void deletedHereChangedElsewhere();
    void reloadShowsOthersChangesAndKeepsMine();
    void restoredChangesArePendingAgain();
    void busyNotebookKeepsEditsAndSavesLater();
    void fullDiskKeepsEditsAndSavesLater();
    void pendingStateOfEachRow();
    void deleteIsUndoneUntilSave_data();
    void deleteIsUndoneUntilSave();
    void batchOfNewNotesKeepsItsOrder();
    void unreadableVersionFailsTheSave();
    void excerptFollowsTheText();
    void pinnedNotesComeFirst();
    void trashedNotesAreNeitherListedNorFound();
    void listSaysWhenANoteChanged();
    void sortOrders();

private:
    // Saved notes with distinct, old update times, oldest first.
    void addSavedNotes(const QStringList &titles);
    void reopen();
    QStringList titlesInModel() const;
    QString contentOnDisk(const QString &title) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<NotebookFile> m_notebook;
    std::unique_ptr<NoteModel> m_model;
};

void TestNoteModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    reopen();
}

void TestNoteModel::cleanup()
{
    m_model.reset();
    m_notebook.reset();
    m_dir.reset();
}

void TestNoteModel::reopen()
{
    m_model.reset();
    m_notebook = std::make_unique<NotebookFile>();
    QVERIFY2(m_notebook->open(m_path), qPrintable(m_notebook->errorDetail()));
    m_model = std::make_unique<NoteModel>(m_notebook->database());
    QVERIFY2(m_model->select(), qPrintable(m_model->lastError().text()));
}

void TestNoteModel::addSavedNotes(const QStringList &titles)
{
    trustSchema(m_notebook->database());
    QVERIFY(insertNotes(m_notebook->database(), titles, QStringLiteral("About %1")));
    QVERIFY(m_model->select());
}

QStringList TestNoteModel::titlesInModel() const
{
    QStringList titles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        titles << m_model->data(m_model->index(row, m_model->titleColumn())).toString();
    return titles;
}

QString TestNoteModel::contentOnDisk(const QString &title) const
{
    QSqlDatabase db = rawConnection(m_path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QString content;
    {
        QSqlQuery query(db);
        query.prepare(QStringLiteral("SELECT content FROM note WHERE title = ?"));
        query.addBindValue(title);
        if (query.exec() && query.next())
            content = query.value(0).toString();
    }
    closeConnection(db);
    return content;
}

void TestNoteModel::newNoteHasDefaultTitle()
{
    const int row = m_model->addNote();
    QCOMPARE(row, 0);
    QCOMPARE(m_model->data(m_model->index(row, m_model->titleColumn())).toString(),
             QStringLiteral("Untitled note"));
    QVERIFY(m_model->hasPendingChanges());
    QCOMPARE(m_model->noteId(row), -1);
    QVERIFY(m_model->commit());
    QVERIFY(!m_model->hasPendingChanges());
    QCOMPARE(titlesOnDisk(m_path), QStringList{QStringLiteral("Untitled note")});
}

void TestNoteModel::notesPersistAcrossReopen()
{
    const int row = m_model->addNote(QStringLiteral("Recipe"));
    m_model->setData(m_model->index(row, m_model->contentColumn()), QStringLiteral("Flour; water"));
    QVERIFY(m_model->commit());
    reopen();
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Recipe")});
    QCOMPARE(m_model->data(m_model->index(0, m_model->contentColumn())).toString(),
             QStringLiteral("Flour; water"));

    // Edit and delete, each persisted too.
    m_model->setData(m_model->index(0, m_model->titleColumn()), QStringLiteral("Bread"));
    m_model->addNote(QStringLiteral("Short-lived"));
    QVERIFY(m_model->commit());
    reopen();
    QCOMPARE(titlesOnDisk(m_path), (QStringList{QStringLiteral("Bread"), QStringLiteral("Short-lived")}));
    QVERIFY(m_model->removeRow(m_model->rowForId(m_model->noteId(0))));
    QVERIFY(m_model->commit());
    reopen();
    QCOMPARE(m_model->rowCount(), 1);
}

void TestNoteModel::newestChangedFirst()
{
    addSavedNotes({QStringLiteral("Oldest"), QStringLiteral("Middle"), QStringLiteral("Newest")});
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Newest"), QStringLiteral("Middle"),
                                           QStringLiteral("Oldest")}));
    const int oldest = 2;
    m_model->setData(m_model->index(oldest, m_model->contentColumn()), QStringLiteral("Touched"));
    QVERIFY(m_model->commit());
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Oldest"), QStringLiteral("Newest"),
                                           QStringLiteral("Middle")}));
}

void TestNoteModel::revertDiscardsInsertsEditsAndDeletes()
{
    addSavedNotes({QStringLiteral("Keep"), QStringLiteral("Edit me"), QStringLiteral("Delete me")});
    const QStringList before = titlesInModel();
    m_model->addNote(QStringLiteral("Added"));
    m_model->setData(m_model->index(m_model->rowForId(2), m_model->titleColumn()),
                     QStringLiteral("Edited"));
    QVERIFY(m_model->removeRow(m_model->rowForId(3)));
    QVERIFY(m_model->hasPendingChanges());

    m_model->discardChanges(); // what Revert calls
    QVERIFY(!m_model->hasPendingChanges());
    QCOMPARE(titlesInModel(), before);
    QVERIFY(m_model->commit()); // nothing to save
    reopen();
    QCOMPARE(titlesInModel(), before);
}

void TestNoteModel::failedBatchSavesNothingAndKeepsEverything_data()
{
    // Rows are written in order; the bad title may come first, between or last.
    QTest::addColumn<QString>("badNote");
    QTest::newRow("the new note") << QStringLiteral("new");
    QTest::newRow("the first saved note") << QStringLiteral("Alpha");
    QTest::newRow("the last saved note") << QStringLiteral("Delta");
}

void TestNoteModel::failedBatchSavesNothingAndKeepsEverything()
{
    QFETCH(QString, badNote);
    addSavedNotes({QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma"),
                   QStringLiteral("Delta")});
    // Rows now: Delta, Gamma, Beta, Alpha.
    const QStringList diskBefore = titlesOnDisk(m_path);
    const QString tooLong(NoteModel::MaxTitleLength + 1, QLatin1Char('T'));
    const QString longest(NoteModel::MaxTitleLength, QLatin1Char('T'));

    const int newRow = m_model->addNote(QStringLiteral("A new note"));
    m_model->setData(m_model->index(newRow, m_model->contentColumn()), QStringLiteral("New words"));
    m_model->setData(m_model->index(m_model->rowForId(2), m_model->contentColumn()),
                     QStringLiteral("Beta's new words"));
    QVERIFY(m_model->removeRow(m_model->rowForId(3))); // Gamma
    const int badRow = badNote == QLatin1String("new") ? newRow
        : badNote == QLatin1String("Alpha")           ? m_model->rowForId(1)
                                                      : m_model->rowForId(4);
    m_model->setData(m_model->index(badRow, m_model->titleColumn()), tooLong);

    QVERIFY(!m_model->commit());
    QVERIFY2(m_model->lastError().text().contains(QLatin1String("CHECK constraint failed")),
             qPrintable(m_model->lastError().text()));
    QVERIFY2(ErrorMessages::saveFailed(*m_model).contains(QLatin1String("120")), qPrintable(ErrorMessages::saveFailed(*m_model)));

    // Nothing reached the file...
    QCOMPARE(titlesOnDisk(m_path), diskBefore);
    QCOMPARE(contentOnDisk(QStringLiteral("Beta")), QStringLiteral("About Beta"));
    // ...and every change is still pending, as the user left it.
    QVERIFY(m_model->hasPendingChanges());
    const QStringList shown = titlesInModel();
    QCOMPARE(shown.size(), 5);
    QVERIFY(shown.contains(tooLong));
    QVERIFY(shown.contains(QStringLiteral("Gamma"))); // shown, marked for deletion
    const int beta = m_model->rowForId(2);
    QCOMPARE(m_model->data(m_model->index(beta, m_model->contentColumn())).toString(),
             QStringLiteral("Beta's new words"));
    QCOMPARE(m_model->pendingState(m_model->rowForId(3)), NoteModel::PendingState::Deleted);
    const int fixRow = shown.indexOf(tooLong);

    // Fixing the title saves the whole batch.
    m_model->setData(m_model->index(fixRow, m_model->titleColumn()), longest);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QVERIFY(!m_model->hasPendingChanges());
    reopen();
    QStringList expected{longest, QStringLiteral("Alpha"), QStringLiteral("Beta"),
                         QStringLiteral("Delta"), QStringLiteral("A new note")};
    expected.removeOne(badNote == QLatin1String("new") ? QStringLiteral("A new note") : badNote);
    expected.sort();
    QCOMPARE(titlesOnDisk(m_path), expected);
    QCOMPARE(contentOnDisk(QStringLiteral("Beta")), QStringLiteral("Beta's new words"));
    QCOMPARE(contentOnDisk(badNote == QLatin1String("new") ? longest : QStringLiteral("A new note")),
             QStringLiteral("New words"));
}

void TestNoteModel::trackedRowFollowsItsNote()
{
    addSavedNotes({QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    // An edited old note moves to the top.
    int row = m_model->rowForId(1);
    QCOMPARE(row, 2);
    m_model->setData(m_model->index(row, m_model->contentColumn()), QStringLiteral("changed"));
    QVERIFY(m_model->commit(&row));
    QCOMPARE(row, 0);
    QCOMPARE(m_model->noteId(row), 1);

    // A new note gets its id from the commit and is found by it.
    m_model->addNote(QStringLiteral("Fresh"));
    m_model->addNote(QStringLiteral("Fresher"));
    row = 1; // "Fresh"
    QVERIFY(m_model->commit(&row));
    QVERIFY(row >= 0);
    QCOMPARE(m_model->data(m_model->index(row, m_model->titleColumn())).toString(),
             QStringLiteral("Fresh"));

    // A deleted note has no row afterwards.
    row = m_model->rowForId(2);
    QVERIFY(m_model->removeRow(row));
    QVERIFY(m_model->commit(&row));
    QCOMPARE(row, -1);
}

void TestNoteModel::readOnlyNotebookRefusesCommit()
{
    addSavedNotes({QStringLiteral("Precious")});
    m_model.reset();
    m_notebook = std::make_unique<NotebookFile>();
    QVERIFY(m_notebook->open(m_path, Notebook::Access::ReadOnly));
    QVERIFY(m_notebook->isReadOnly());
    m_model = std::make_unique<NoteModel>(m_notebook->database());
    QVERIFY(m_model->select());
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Overwrite"));
    QVERIFY(!m_model->commit());
    QVERIFY2(ErrorMessages::saveFailed(*m_model).contains(QLatin1String("read-only")),
             qPrintable(ErrorMessages::saveFailed(*m_model)));
    QVERIFY(m_model->hasPendingChanges());
    QCOMPARE(m_model->data(m_model->index(0, m_model->contentColumn())).toString(),
             QStringLiteral("Overwrite"));
    QCOMPARE(contentOnDisk(QStringLiteral("Precious")), QStringLiteral("About Precious"));
}

void TestNoteModel::busyNotebookKeepsEditsAndSavesLater()
{
    addSavedNotes({QStringLiteral("Shared")});
    m_notebook->close();
    m_model.reset();
    m_notebook = std::make_unique<NotebookFile>();
    m_notebook->setBusyTimeout(200);
    QVERIFY(m_notebook->open(m_path));
    m_model = std::make_unique<NoteModel>(m_notebook->database());
    QVERIFY(m_model->select());

    // Another program is in the middle of writing.
    QSqlDatabase other = rawConnection(m_path);
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN IMMEDIATE")));
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Mine"));
    m_model->addNote(QStringLiteral("Also mine"));
    QVERIFY(!m_model->commit());
    QVERIFY2(ErrorMessages::saveFailed(*m_model).contains(QLatin1String("Another program")),
             qPrintable(ErrorMessages::saveFailed(*m_model)));
    QCOMPARE(m_model->pendingChangeCount(), 2);

    QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
    closeConnection(other);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(titlesOnDisk(m_path), (QStringList{QStringLiteral("Also mine"), QStringLiteral("Shared")}));
    QCOMPARE(contentOnDisk(QStringLiteral("Shared")), QStringLiteral("Mine"));
}

void TestNoteModel::fullDiskKeepsEditsAndSavesLater()
{
    addSavedNotes({QStringLiteral("Existing")});
    // The disk is full: the file may not grow by a single page.
    QSqlQuery query(m_notebook->database());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_count")) && query.next());
    const int pages = query.value(0).toInt();
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));

    const QString big(200000, QLatin1Char('w'));
    const int row = m_model->addNote(QStringLiteral("Long essay"));
    m_model->setData(m_model->index(row, m_model->contentColumn()), big);
    m_model->setData(m_model->index(m_model->rowForId(1), m_model->contentColumn()), QStringLiteral("Edited"));
    QVERIFY(!m_model->commit());
    QVERIFY2(ErrorMessages::saveFailed(*m_model).contains(QLatin1String("disk is full")), qPrintable(ErrorMessages::saveFailed(*m_model)));
    QCOMPARE(m_model->pendingChangeCount(), 2);
    QCOMPARE(titlesOnDisk(m_path), QStringList{QStringLiteral("Existing")});
    QCOMPARE(contentOnDisk(QStringLiteral("Existing")), QStringLiteral("About Existing"));

    // Space freed: the same changes save, all of them.
    QVERIFY(query.exec(QStringLiteral("PRAGMA max_page_count = 1000000")));
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(contentOnDisk(QStringLiteral("Long essay")), big);
    QCOMPARE(contentOnDisk(QStringLiteral("Existing")), QStringLiteral("Edited"));
}

void TestNoteModel::restoredChangesArePendingAgain()
{
    addSavedNotes({QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")});
    m_model->addNote(QStringLiteral("New"));
    m_model->setData(m_model->index(m_model->rowForId(1), m_model->contentColumn()), QStringLiteral("Edited"));
    m_model->removeRow(m_model->rowForId(2));
    const QList<NoteModel::PendingChange> changes = m_model->pendingChanges();
    QCOMPARE(changes.size(), 3);

    // As after a crash: a fresh model over the same notebook.
    reopen();
    m_model->restoreChanges(changes);
    QCOMPARE(m_model->pendingChangeCount(), 3);
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("New"), QStringLiteral("Third"),
                                           QStringLiteral("Second"), QStringLiteral("First")}));
    const int first = m_model->rowForId(1);
    QCOMPARE(m_model->data(m_model->index(first, m_model->contentColumn())).toString(), QStringLiteral("Edited"));
    QCOMPARE(m_model->pendingState(m_model->rowForId(2)), NoteModel::PendingState::Deleted);
    QVERIFY(m_model->commit());
    QCOMPARE(titlesOnDisk(m_path), (QStringList{QStringLiteral("First"), QStringLiteral("New"), QStringLiteral("Third")}));
    QCOMPARE(contentOnDisk(QStringLiteral("First")), QStringLiteral("Edited"));
}

void TestNoteModel::noteChangedElsewhere_data()
{
    QTest::addColumn<NoteModel::Resolution>("resolution");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("sharedContent");
    QTest::newRow("keep mine") << NoteModel::Resolution::KeepMine << QStringList{QStringLiteral("Shared")}
                               << QStringLiteral("Mine");
    QTest::newRow("take theirs") << NoteModel::Resolution::TakeTheirs
                                 << QStringList{QStringLiteral("Shared")} << QStringLiteral("Theirs");
    QTest::newRow("keep both") << NoteModel::Resolution::KeepBoth
                               << QStringList{QStringLiteral("Shared"), QStringLiteral("Shared (my version)")}
                               << QStringLiteral("Theirs");
}

void TestNoteModel::noteChangedElsewhere()
{
    QFETCH(NoteModel::Resolution, resolution);
    QFETCH(QStringList, titles);
    QFETCH(QString, sharedContent);
    addSavedNotes({QStringLiteral("Shared")});
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Mine"));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'Theirs' WHERE id = 1")}));

    // Never overwritten silently: nothing saved, everything kept, and why.
    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    const NoteModel::Conflict conflict = m_model->conflicts().first();
    QCOMPARE(conflict.kind, NoteModel::Conflict::ChangedElsewhere);
    QCOMPARE(conflict.title, QStringLiteral("Shared"));
    QVERIFY2(ErrorMessages::saveFailed(*m_model).contains(QLatin1String("another window or program")),
             qPrintable(ErrorMessages::saveFailed(*m_model)));
    QCOMPARE(contentOnDisk(QStringLiteral("Shared")), QStringLiteral("Theirs"));
    QVERIFY(m_model->hasPendingChanges());

    m_model->resolve(conflict, resolution);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(titlesOnDisk(m_path), titles);
    QCOMPARE(contentOnDisk(QStringLiteral("Shared")), sharedContent);
    if (titles.size() == 2)
        QCOMPARE(contentOnDisk(titles.at(1)), QStringLiteral("Mine"));
}

void TestNoteModel::noteDeletedElsewhere_data()
{
    QTest::addColumn<NoteModel::Resolution>("resolution");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("keep mine as a new note") << NoteModel::Resolution::KeepMine
                                             << QStringList{QStringLiteral("Gone")};
    QTest::newRow("let it go") << NoteModel::Resolution::TakeTheirs << QStringList();
}

void TestNoteModel::noteDeletedElsewhere()
{
    QFETCH(NoteModel::Resolution, resolution);
    QFETCH(QStringList, titles);
    addSavedNotes({QStringLiteral("Gone")});
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("My last words"));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("DELETE FROM note")}));
    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    QCOMPARE(m_model->conflicts().first().kind, NoteModel::Conflict::DeletedElsewhere);
    m_model->resolve(m_model->conflicts().first(), resolution);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(titlesOnDisk(m_path), titles);
    if (!titles.isEmpty())
        QCOMPARE(contentOnDisk(QStringLiteral("Gone")), QStringLiteral("My last words"));
}

// A reload finds a note edited here deleted elsewhere: the whole note stays
// (not only what was edited), and Save asks before it writes anything.
void TestNoteModel::noteDeletedElsewhereSurvivesAReload_data()
{
    QTest::addColumn<bool>("renameOnly");
    QTest::addColumn<NoteModel::Resolution>("resolution");
    QTest::newRow("text edited, keep mine") << false << NoteModel::Resolution::KeepMine;
    QTest::newRow("text edited, let it go") << false << NoteModel::Resolution::TakeTheirs;
    QTest::newRow("renamed, keep mine") << true << NoteModel::Resolution::KeepMine;
    QTest::newRow("renamed, let it go") << true << NoteModel::Resolution::TakeTheirs;
}

void TestNoteModel::noteDeletedElsewhereSurvivesAReload()
{
    QFETCH(bool, renameOnly);
    QFETCH(NoteModel::Resolution, resolution);
    addSavedNotes({QStringLiteral("Beta")});
    const int row = m_model->rowForId(1);
    QCOMPARE(m_model->data(m_model->index(row, m_model->contentColumn())).toString(), QStringLiteral("About Beta"));
    const QString title = renameOnly ? QStringLiteral("Beta renamed") : QStringLiteral("Beta");
    const QString content = renameOnly ? QStringLiteral("About Beta") : QStringLiteral("About Beta, and more");
    if (renameOnly)
        m_model->setData(m_model->index(row, m_model->titleColumn()), title);
    else
        m_model->setData(m_model->index(row, m_model->contentColumn()), content);
    QVERIFY(execElsewhere(m_path, {QStringLiteral("DELETE FROM note")}));

    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->data(m_model->index(0, m_model->titleColumn())).toString(), title);
    QCOMPARE(m_model->data(m_model->index(0, m_model->contentColumn())).toString(), content);
    QVERIFY(m_model->reload()); // and again: still the same question waiting
    QCOMPARE(m_model->data(m_model->index(0, m_model->contentColumn())).toString(), content);

    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    QCOMPARE(m_model->conflicts().first().kind, NoteModel::Conflict::DeletedElsewhere);
    QCOMPARE(m_model->conflicts().first().title, title);
    QCOMPARE(titlesOnDisk(m_path), QStringList()); // nothing written yet
    m_model->resolve(m_model->conflicts().first(), resolution);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    if (resolution == NoteModel::Resolution::KeepMine) {
        QCOMPARE(titlesOnDisk(m_path), QStringList{title});
        QCOMPARE(contentOnDisk(title), content);
    } else {
        QCOMPARE(titlesOnDisk(m_path), QStringList());
    }
    QVERIFY(!m_model->hasPendingChanges());
}

void TestNoteModel::deletedHereChangedElsewhere_data()
{
    QTest::addColumn<NoteModel::Resolution>("resolution");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("delete anyway") << NoteModel::Resolution::KeepMine << QStringList();
    QTest::newRow("keep their version") << NoteModel::Resolution::TakeTheirs
                                        << QStringList{QStringLiteral("Contested")};
}

void TestNoteModel::deletedHereChangedElsewhere()
{
    QFETCH(NoteModel::Resolution, resolution);
    QFETCH(QStringList, titles);
    addSavedNotes({QStringLiteral("Contested")});
    QVERIFY(m_model->removeRow(0));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'Still needed'")}));
    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    QVERIFY(m_model->conflicts().first().deletedHere);
    m_model->resolve(m_model->conflicts().first(), resolution);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(titlesOnDisk(m_path), titles);
}

void TestNoteModel::reloadShowsOthersChangesAndKeepsMine()
{
    addSavedNotes({QStringLiteral("Mine to edit"), QStringLiteral("Theirs to edit")});
    m_model->setData(m_model->index(m_model->rowForId(1), m_model->contentColumn()), QStringLiteral("Pending"));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'Changed' WHERE id = 2")}));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("INSERT INTO note (title) VALUES ('Added elsewhere')")}));

    QVERIFY(m_model->reload());
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->data(m_model->index(m_model->rowForId(2), m_model->contentColumn())).toString(),
             QStringLiteral("Changed"));
    QCOMPARE(m_model->data(m_model->index(m_model->rowForId(1), m_model->contentColumn())).toString(),
             QStringLiteral("Pending"));
    QCOMPARE(m_model->pendingChangeCount(), 1);

    // The reload does not make a later change elsewhere look like our base.
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'Overtaken' WHERE id = 1")}));
    QVERIFY(m_model->reload());
    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    QCOMPARE(contentOnDisk(QStringLiteral("Mine to edit")), QStringLiteral("Overtaken"));
}

void TestNoteModel::schemaChangedElsewhereIsNeverTrusted()
{
    addSavedNotes({QStringLiteral("Precious")});
    // A conflict first, left unresolved...
    m_model->setData(m_model->index(0, m_model->titleColumn()), QStringLiteral("Mine"));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'About Precious'")}));
    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    QVERIFY(m_model->reload());
    // ...then another program adds a trigger while the notebook is open here.
    QVERIFY(execElsewhere(m_path, {QStringLiteral("CREATE TRIGGER wipe AFTER UPDATE ON note "
                                                  "BEGIN DELETE FROM note; END")}));
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Edited"));
    QVERIFY(!m_model->commit());
    QVERIFY2(ErrorMessages::saveFailed(*m_model).contains(QLatin1String("changed the structure")),
             qPrintable(ErrorMessages::saveFailed(*m_model)));
    QVERIFY(m_model->hasPendingChanges());
    QVERIFY(m_model->conflicts().isEmpty());
    QCOMPARE(titlesOnDisk(m_path), QStringList{QStringLiteral("Precious")});
    QCOMPARE(contentOnDisk(QStringLiteral("Precious")), QStringLiteral("About Precious"));
}

void TestNoteModel::unchangedValueIsNotAChange()
{
    addSavedNotes({QStringLiteral("Same")});
    QVERIFY(m_model->setData(m_model->index(0, m_model->titleColumn()), QStringLiteral("Same")));
    QVERIFY(m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("About Same")));
    QVERIFY(!m_model->hasPendingChanges());
    QVERIFY(m_model->setData(m_model->index(0, m_model->titleColumn()), QStringLiteral("Other")));
    QVERIFY(m_model->hasPendingChanges());
}

void TestNoteModel::pendingStateOfEachRow()
{
    using State = NoteModel::PendingState;
    addSavedNotes({QStringLiteral("Untouched"), QStringLiteral("Edited"), QStringLiteral("Deleted")});
    m_model->setData(m_model->index(m_model->rowForId(2), m_model->contentColumn()), QStringLiteral("x"));
    m_model->removeRow(m_model->rowForId(3));
    m_model->addNote();
    const auto state = [this](int row) {
        return m_model->index(row, m_model->titleColumn()).data(NoteModel::PendingStateRole).value<State>();
    };
    QCOMPARE(state(0), State::Inserted);
    QCOMPARE(state(m_model->rowForId(1)), State::None);
    QCOMPARE(state(m_model->rowForId(2)), State::Edited);
    QCOMPARE(state(m_model->rowForId(3)), State::Deleted);
    QCOMPARE(m_model->pendingChangeCount(), 3);
}

void TestNoteModel::deleteIsUndoneUntilSave_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("new note") << QStringLiteral("new");
    QTest::newRow("saved note") << QStringLiteral("saved");
    QTest::newRow("edited saved note") << QStringLiteral("edited");
}

// Until Save, a deleted note is a row with all it held, through a reload
// (another program's save) too; undelete() gives it back as it was.
void TestNoteModel::deleteIsUndoneUntilSave()
{
    QFETCH(QString, kind);
    addSavedNotes({QStringLiteral("Other"), QStringLiteral("Saved")});
    int row = 0;
    QString title = QStringLiteral("Saved");
    QString content = QStringLiteral("About Saved");
    NoteModel::PendingState before = NoteModel::PendingState::None;
    if (kind == QLatin1String("new")) {
        title = QStringLiteral("Brand new");
        content = QStringLiteral("Typed just now");
        row = m_model->addNote(title);
        before = NoteModel::PendingState::Inserted;
    } else if (kind == QLatin1String("edited")) {
        content = QStringLiteral("Edited here");
        before = NoteModel::PendingState::Edited;
    }
    if (kind != QLatin1String("saved"))
        m_model->setData(m_model->index(row, m_model->contentColumn()), content);
    const int rows = m_model->rowCount();

    QVERIFY(m_model->removeRow(row));
    QCOMPARE(m_model->rowCount(), rows);
    QCOMPARE(m_model->pendingState(row), NoteModel::PendingState::Deleted);
    QVERIFY(m_model->hasPendingChanges());
    QCOMPARE(m_model->data(m_model->index(row, m_model->contentColumn())).toString(), content);
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'theirs' WHERE title = 'Other'")}));
    QVERIFY(m_model->reload());
    row = titlesInModel().indexOf(title);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->pendingState(row), NoteModel::PendingState::Deleted);

    QVERIFY(m_model->undelete(row));
    QVERIFY(!m_model->undelete(row)); // not deleted now
    QCOMPARE(m_model->pendingState(row), before);
    QCOMPARE(m_model->data(m_model->index(row, m_model->titleColumn())).toString(), title);
    QCOMPARE(m_model->data(m_model->index(row, m_model->contentColumn())).toString(), content);
    QCOMPARE(m_model->hasPendingChanges(), before != NoteModel::PendingState::None);

    // Deleted and saved: gone from the file, and from the model.
    QVERIFY(m_model->removeRow(row));
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QVERIFY(!m_model->hasPendingChanges());
    QStringList left{QStringLiteral("Other"), QStringLiteral("Saved")};
    left.removeOne(title);
    QCOMPARE(titlesOnDisk(m_path), left);
    QCOMPARE(titlesInModel().size(), left.size());
    QVERIFY(!titlesInModel().contains(title));
}

// New notes saved together keep the order they were listed in, newest first,
// on disk as in the model: the top one is written last.
void TestNoteModel::batchOfNewNotesKeepsItsOrder()
{
    addSavedNotes({QStringLiteral("Old")});
    for (const QString &title : {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")})
        m_model->addNote(title);
    const QStringList before{QStringLiteral("Three"), QStringLiteral("Two"), QStringLiteral("One"),
                             QStringLiteral("Old")};
    QCOMPARE(titlesInModel(), before);
    int tracked = 1; // "Two"
    QVERIFY2(m_model->commit(&tracked), qPrintable(m_model->lastError().text()));
    QCOMPARE(titlesInModel(), before);
    QCOMPARE(tracked, 1);
    reopen();
    QCOMPARE(titlesInModel(), before);
}

namespace {
// Refuses the next read of note.version by a statement of our own (not a
// trigger's), once: the version check of a save fails, and nothing else.
int refuseVersionRead(void *armed, int action, const char *table, const char *column,
                      const char *, const char *trigger)
{
    auto *once = static_cast<bool *>(armed);
    if (*once && action == SQLITE_READ && !trigger && qstrcmp(table, "note") == 0
        && qstrcmp(column, "version") == 0) {
        *once = false;
        return SQLITE_DENY;
    }
    return SQLITE_OK;
}
} // namespace

// If a note's version cannot be read, whether someone else changed it is
// unknown: the save must not go ahead and overwrite their change.
void TestNoteModel::unreadableVersionFailsTheSave()
{
    addSavedNotes({QStringLiteral("Shared")});
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Mine"));
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET content = 'Theirs'")}));

    bool armed = true;
    auto *handle = *static_cast<sqlite3 *const *>(m_notebook->database().driver()->handle().data());
    QCOMPARE(sqlite3_set_authorizer(handle, refuseVersionRead, &armed), SQLITE_OK);
    const bool saved = m_model->commit();
    sqlite3_set_authorizer(handle, nullptr, nullptr);
    QVERIFY(!armed); // the check did try to read the version
    QVERIFY(!saved);
    QVERIFY(m_model->hasPendingChanges());
    QCOMPARE(m_model->data(m_model->index(0, m_model->contentColumn())).toString(), QStringLiteral("Mine"));
    QCOMPARE(contentOnDisk(QStringLiteral("Shared")), QStringLiteral("Theirs"));
    QVERIFY(!ErrorMessages::saveFailed(*m_model).isEmpty());

    // Readable again, the check finds the conflict.
    QVERIFY(!m_model->commit());
    QCOMPARE(m_model->conflicts().size(), 1);
    QCOMPARE(contentOnDisk(QStringLiteral("Shared")), QStringLiteral("Theirs"));
}

void TestNoteModel::excerptFollowsTheText()
{
    addSavedNotes({QStringLiteral("Plan")});
    const QModelIndex content = m_model->index(0, m_model->contentColumn());
    m_model->setData(content, QStringLiteral("  First line\n\n\tsecond   line\r\nthird"));
    QCOMPARE(m_model->index(0, 0).data(NoteModel::ExcerptRole).toString(),
             QStringLiteral("First line second line third"));
    QVERIFY(m_model->commit());
    reopen();
    QCOMPARE(m_model->index(0, 0).data(NoteModel::ExcerptRole).toString(),
             QStringLiteral("First line second line third"));

    // Cut at ExcerptLength characters, never inside one.
    const QString emoji = QStringLiteral("🎉");
    m_model->setData(m_model->index(0, m_model->contentColumn()), emoji.repeated(NoteModel::ExcerptLength + 50));
    QCOMPARE(m_model->index(0, 0).data(NoteModel::ExcerptRole).toString(), emoji.repeated(NoteModel::ExcerptLength));
    // Revert puts the saved excerpt back.
    m_model->discardChanges();
    QCOMPARE(m_model->index(0, 0).data(NoteModel::ExcerptRole).toString(),
             QStringLiteral("First line second line third"));
}

void TestNoteModel::pinnedNotesComeFirst()
{
    addSavedNotes({QStringLiteral("Oldest"), QStringLiteral("Middle"), QStringLiteral("Newest")});
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Newest"), QStringLiteral("Middle"), QStringLiteral("Oldest")}));
    QVERIFY(!m_model->index(2, 0).data(NoteModel::PinnedRole).toBool());
    int row = 2;
    QVERIFY(m_model->setData(m_model->index(row, m_model->pinnedColumn()), 1));
    QVERIFY(m_model->commit(&row));
    QCOMPARE(row, 0);
    QVERIFY(m_model->index(0, 0).data(NoteModel::PinnedRole).toBool());
    // A note changed later still comes after the pinned one.
    row = 2;
    QCOMPARE(m_model->data(m_model->index(row, m_model->titleColumn())).toString(), QStringLiteral("Middle"));
    QVERIFY(m_model->setData(m_model->index(row, m_model->contentColumn()), QStringLiteral("changed")));
    QVERIFY(m_model->commit(&row));
    QCOMPARE(row, 1);
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Oldest"), QStringLiteral("Middle"), QStringLiteral("Newest")}));
    reopen();
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Oldest"), QStringLiteral("Middle"), QStringLiteral("Newest")}));
}

void TestNoteModel::trashedNotesAreNeitherListedNorFound()
{
    const QString kept = QStringLiteral("Kept apple 苹果汁");
    addSavedNotes({kept, QStringLiteral("Trashed apple 苹果汁")});
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET trashed_at = '2026-01-01T00:00:00.000Z' "
                                                  "WHERE title LIKE 'Trashed%'")}));
    QVERIFY(m_model->select());
    QCOMPARE(titlesInModel(), QStringList{kept});
    QVERIFY(m_model->setSearchText(QStringLiteral("apple")));
    QCOMPARE(titlesInModel(), QStringList{kept});
    QVERIFY(m_model->setSearchText(QStringLiteral("果汁"))); // by substring
    QCOMPARE(titlesInModel(), QStringList{kept});
    // In the Trash, it is listed and found.
    QVERIFY(m_model->setShelf(NoteModel::Shelf::Trash));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Trashed apple 苹果汁")});
    QVERIFY(m_model->setSearchText(QString()));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Trashed apple 苹果汁")});
}

void TestNoteModel::listSaysWhenANoteChanged()
{
    Translations::install(QStringLiteral("en")); // its plural forms
    const QDateTime now(QDate(2026, 3, 10), QTime(15, 30));
    QCOMPARE(NoteListDelegate::changedText(QDateTime(), now), QString());
    QCOMPARE(NoteListDelegate::changedText(now.addSecs(-20), now), QStringLiteral("Just now"));
    QCOMPARE(NoteListDelegate::changedText(now.addSecs(120), now), QStringLiteral("Just now"));
    QCOMPARE(NoteListDelegate::changedText(now.addSecs(-60), now), QStringLiteral("1 min ago"));
    QCOMPARE(NoteListDelegate::changedText(now.addSecs(-59 * 60), now), QStringLiteral("59 min ago"));
    QCOMPARE(NoteListDelegate::changedText(now.addSecs(-3600), now), QStringLiteral("1 hour ago"));
    QCOMPARE(NoteListDelegate::changedText(now.addSecs(-15 * 3600), now), QStringLiteral("15 hours ago"));
    // Yesterday, even a minute before midnight, is a date.
    const QDateTime justAfterMidnight(QDate(2026, 3, 10), QTime(0, 0, 30));
    const QDateTime yesterday(QDate(2026, 3, 9), QTime(23, 59));
    QCOMPARE(NoteListDelegate::changedText(yesterday, justAfterMidnight),
             QLocale().toString(QDate(2026, 3, 9), QLocale::ShortFormat));

    // The model gives the saved time, and none for a new note.
    addSavedNotes({QStringLiteral("Dated")});
    const QDateTime changed = m_model->index(0, 0).data(NoteModel::ChangedRole).toDateTime();
    QCOMPARE(changed.toUTC(), QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC));
    const int row = m_model->addNote();
    QVERIFY(!m_model->index(row, 0).data(NoteModel::ChangedRole).isValid());
}

void TestNoteModel::sortOrders()
{
    // Created in this order, changed in another, titled in a third.
    QVERIFY(execElsewhere(m_path, {QStringLiteral(
        "INSERT INTO note (title, created_at, updated_at) VALUES "
        "('banana', '2024-01-01T00:00:00.000Z', '2024-03-01T00:00:00.000Z'), "
        "('Cherry', '2024-01-02T00:00:00.000Z', '2024-02-01T00:00:00.000Z'), "
        "('apple', '2024-01-03T00:00:00.000Z', '2024-01-03T00:00:00.000Z')")}));
    QVERIFY(m_model->select());
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("banana"), QStringLiteral("Cherry"), QStringLiteral("apple")}));
    QVERIFY(m_model->setListOrder(NoteModel::Sort::Created));
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("apple"), QStringLiteral("Cherry"), QStringLiteral("banana")}));
    QVERIFY(m_model->setListOrder(NoteModel::Sort::Title));
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("apple"), QStringLiteral("banana"), QStringLiteral("Cherry")}));
    // Pinned first in every order; an edit pending keeps its place.
    QVERIFY(execElsewhere(m_path, {QStringLiteral("UPDATE note SET pinned = 1, version = version + 1 WHERE title = 'Cherry'")}));
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("pending"));
    QVERIFY(m_model->reload());
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Cherry"), QStringLiteral("apple"), QStringLiteral("banana")}));
    QCOMPARE(m_model->pendingState(1), NoteModel::PendingState::Edited);
    QVERIFY(m_model->setListOrder(NoteModel::Sort::Changed));
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Cherry"), QStringLiteral("banana"), QStringLiteral("apple")}));
    QCOMPARE(m_model->data(m_model->index(2, m_model->contentColumn())).toString(), QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestNoteModel)
#include "tst_notemodel.moc"
