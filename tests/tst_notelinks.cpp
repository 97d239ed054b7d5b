#include "notebookfile.h"
#include "notelinks.h"
#include "notemodel.h"
#include "schemamigrator.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

// The links table as saves write it, and what backlinks, link targets and
// completion read from it.
class TestNoteLinks : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedLinksAreInTheTable();
    void revertWritesNoLinks();
    void editingTheTextRewritesItsLinks();
    void backlinksHaveTheirSentence();
    void trashedNotesLinkFromNowhere();
    void deletedNotesTakeTheirLinks();
    void linksFindTheirNoteInAnyCase();
    void titlesCompleteFromTheNotebook();
    void renameUpdatesLinksAsPendingEdits();
    void upgradeWritesTheLinksOfOldNotes();
    void sentences_data();
    void sentences();

private:
    void reopen();
    int rowOf(const QString &title) const;
    void setText(const QString &title, const QString &text);
    // Rows of note_link as "note title>target#heading", sorted.
    QStringList linkRows() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<NotebookFile> m_notebook;
    std::unique_ptr<NoteModel> m_model;
};

void TestNoteLinks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("links.cpbook"));
    reopen();
    QVERIFY(insertNotes(m_notebook->database(), {QStringLiteral("Road Trip"), QStringLiteral("Packing"), QStringLiteral("Ärger")},
                        QStringLiteral("About %1")));
    QVERIFY(m_model->select());
}

void TestNoteLinks::cleanup()
{
    m_model.reset();
    m_notebook.reset();
    m_dir.reset();
}

void TestNoteLinks::reopen()
{
    m_model.reset();
    m_notebook = std::make_unique<NotebookFile>();
    QVERIFY2(m_notebook->open(m_path), qPrintable(m_notebook->errorString()));
    trustSchema(m_notebook->database()); // for insertNotes()
    m_model = std::make_unique<NoteModel>(m_notebook->database());
    QVERIFY(m_model->select());
}

int TestNoteLinks::rowOf(const QString &title) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, m_model->titleColumn())).toString() == title)
            return row;
    }
    return -1;
}

void TestNoteLinks::setText(const QString &title, const QString &text)
{
    const int row = rowOf(title);
    QVERIFY(row >= 0);
    QVERIFY(m_model->setData(m_model->index(row, m_model->contentColumn()), text));
}

QStringList TestNoteLinks::linkRows() const
{
    QSqlQuery query(m_notebook->database());
    QStringList rows;
    if (!query.exec(QStringLiteral("SELECT note.title, target, heading FROM note_link JOIN note ON note.id = note_id")))
        return {QStringLiteral("(failed)")};
    while (query.next())
        rows.append(query.value(0).toString() + u'>' + query.value(1).toString()
                    + (query.value(2).toString().isEmpty() ? QString() : u'#' + query.value(2).toString()));
    rows.sort();
    return rows;
}

void TestNoteLinks::savedLinksAreInTheTable()
{
    setText(QStringLiteral("Packing"), QStringLiteral("For the [[Road Trip#Day 2|second day]] and [[tent]].\n`[[not]]`"));
    const int row = m_model->addNote(QStringLiteral("New"));
    QVERIFY(m_model->setData(m_model->index(row, m_model->contentColumn()), QStringLiteral("See [[Packing]].")));
    QCOMPARE(linkRows(), QStringList()); // pending: nothing written yet
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(linkRows(), (QStringList{QStringLiteral("New>Packing"), QStringLiteral("Packing>Road Trip#Day 2"),
                                      QStringLiteral("Packing>tent")}));
    reopen();
    QCOMPARE(linkRows().size(), 3);
}

void TestNoteLinks::revertWritesNoLinks()
{
    setText(QStringLiteral("Packing"), QStringLiteral("[[Road Trip]]"));
    m_model->revertAll();
    QVERIFY(m_model->commit());
    QCOMPARE(linkRows(), QStringList());
}

void TestNoteLinks::editingTheTextRewritesItsLinks()
{
    setText(QStringLiteral("Packing"), QStringLiteral("[[Road Trip]] [[Ärger]]"));
    QVERIFY(m_model->commit());
    setText(QStringLiteral("Packing"), QStringLiteral("Only [[Ärger]] now"));
    // A change of title alone leaves the links as they are.
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("Road Trip")), m_model->titleColumn()),
                             QStringLiteral("Road Trip 2026")));
    QVERIFY(m_model->commit());
    QCOMPARE(linkRows(), QStringList{QStringLiteral("Packing>Ärger")});
}

void TestNoteLinks::backlinksHaveTheirSentence()
{
    setText(QStringLiteral("Packing"), QStringLiteral("# Packing\n\nFirst things. Pack for the **[[road trip]]** early! Then rest."));
    setText(QStringLiteral("Ärger"), QStringLiteral("- see [[Road Trip#Day 2|day two]]\n- and [[Road Trip]] again"));
    QVERIFY(m_model->commit());
    NoteLinks links(m_notebook->database());
    QList<NoteLinks::Backlink> found;
    QVERIFY(links.backlinks(QStringLiteral("Road Trip"), -1, &found));
    QCOMPARE(found.size(), 2);
    QHash<QString, QString> sentences;
    for (const NoteLinks::Backlink &link : found)
        sentences.insert(link.title, link.sentence);
    QCOMPARE(sentences.value(QStringLiteral("Ärger")), QStringLiteral("see day two"));
    QCOMPARE(sentences.value(QStringLiteral("Packing")), QStringLiteral("Pack for the road trip early!"));
    // A note's links to itself are not its backlinks.
    QVERIFY(links.backlinks(QStringLiteral("Road Trip"), found.at(0).id, &found));
    QCOMPARE(found.size(), 1);
}

void TestNoteLinks::trashedNotesLinkFromNowhere()
{
    setText(QStringLiteral("Packing"), QStringLiteral("[[Road Trip]]"));
    QVERIFY(m_model->commit());
    QVERIFY(m_model->moveToTrash(rowOf(QStringLiteral("Packing"))));
    QVERIFY(m_model->commit());
    NoteLinks links(m_notebook->database());
    QList<NoteLinks::Backlink> found;
    QVERIFY(links.backlinks(QStringLiteral("Road Trip"), -1, &found));
    QVERIFY(found.isEmpty());
    QList<qint64> ids;
    QVERIFY(links.notesLinkingTo(QStringLiteral("road trip"), &ids));
    QCOMPARE(ids.size(), 1); // kept for when it is put back
}

void TestNoteLinks::deletedNotesTakeTheirLinks()
{
    setText(QStringLiteral("Packing"), QStringLiteral("[[Road Trip]]"));
    QVERIFY(m_model->commit());
    QVERIFY(m_model->removeRows(rowOf(QStringLiteral("Packing")), 1));
    QVERIFY(m_model->commit());
    QCOMPARE(linkRows(), QStringList());
    QSqlQuery query(m_notebook->database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM note_link")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestNoteLinks::linksFindTheirNoteInAnyCase()
{
    NoteLinks links(m_notebook->database());
    NoteLinks::Target target;
    QVERIFY(links.find(QStringLiteral("road TRIP"), &target));
    QCOMPARE(target.title, QStringLiteral("Road Trip"));
    QVERIFY(!target.trashed);
    QVERIFY(links.find(QStringLiteral("ärger"), &target));
    QCOMPARE(target.title, QStringLiteral("Ärger"));
    QVERIFY(links.find(QStringLiteral("Nowhere"), &target));
    QCOMPARE(target.id, -1);

    QVERIFY(m_model->moveToTrash(rowOf(QStringLiteral("Packing"))));
    QVERIFY(m_model->commit());
    QVERIFY(links.find(QStringLiteral("packing"), &target));
    QVERIFY(target.id >= 0);
    QVERIFY(target.trashed);
}

void TestNoteLinks::titlesCompleteFromTheNotebook()
{
    QVERIFY(insertNotes(m_notebook->database(), {QStringLiteral("Road works"), QStringLiteral("Roadmap 2027"), QStringLiteral("Railway")},
                        QStringLiteral("About %1")));
    NoteLinks links(m_notebook->database());
    QStringList titles;
    QVERIFY(links.titlesStartingWith(QStringLiteral("road"), 10, &titles));
    // The most recently changed first.
    QCOMPARE(titles, (QStringList{QStringLiteral("Roadmap 2027"), QStringLiteral("Road works"), QStringLiteral("Road Trip")}));
    QVERIFY(links.titlesStartingWith(QStringLiteral("road"), 2, &titles));
    QCOMPARE(titles.size(), 2);
    QVERIFY(links.titlesStartingWith(QStringLiteral("%"), 10, &titles)); // a wildcard is a character
    QVERIFY(titles.isEmpty());
    QVERIFY(links.titlesStartingWith(QStringLiteral("Är"), 10, &titles));
    QCOMPARE(titles, QStringList{QStringLiteral("Ärger")});
}

void TestNoteLinks::renameUpdatesLinksAsPendingEdits()
{
    setText(QStringLiteral("Packing"), QStringLiteral("For the [[road trip#Day 2|second day]]."));
    setText(QStringLiteral("Ärger"), QStringLiteral("[[Road Trip]] went wrong"));
    QVERIFY(m_model->commit());
    QVERIFY(m_model->moveToTrash(rowOf(QStringLiteral("Ärger"))));
    QVERIFY(m_model->commit());
    // Listed: only the Trash, so the linking note is not in the list.
    QVERIFY(m_model->setShelf(NoteModel::Shelf::Trash));
    QVERIFY(m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("[[Road Trip]] went wrong!")));
    QVERIFY(m_model->setShelf(NoteModel::Shelf::Notes));
    const int unsaved = m_model->addNote(QStringLiteral("Draft"));
    QVERIFY(m_model->setData(m_model->index(unsaved, m_model->contentColumn()), QStringLiteral("draft [[ROAD TRIP]]")));
    const qint64 renamed = m_model->noteId(rowOf(QStringLiteral("Road Trip")));
    QVERIFY(m_model->setData(m_model->index(rowOf(QStringLiteral("Road Trip")), m_model->titleColumn()),
                             QStringLiteral("Summer Trip")));

    QVERIFY(m_model->setShelf(NoteModel::Shelf::Pinned)); // none of them listed
    QCOMPARE(m_model->renameLinks(QStringLiteral("Road Trip"), QStringLiteral("Summer Trip"), renamed), 2);
    QCOMPARE(m_model->data(m_model->index(rowOf(QStringLiteral("Packing")), m_model->contentColumn())).toString(),
             QStringLiteral("For the [[Summer Trip#Day 2|second day]]."));
    QCOMPARE(m_model->data(m_model->index(rowOf(QStringLiteral("Draft")), m_model->contentColumn())).toString(),
             QStringLiteral("draft [[Summer Trip]]"));
    // Still as saved in the file until Save.
    NoteLinks links(m_notebook->database());
    QList<NoteLinks::Backlink> found;
    QVERIFY(links.backlinks(QStringLiteral("Summer Trip"), -1, &found));
    QVERIFY(found.isEmpty());
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QVERIFY(links.backlinks(QStringLiteral("Summer Trip"), -1, &found));
    QCOMPARE(found.size(), 2);
    QList<qint64> ids;
    QVERIFY(links.notesLinkingTo(QStringLiteral("Road Trip"), &ids));
    QCOMPARE(ids.size(), 1); // the trashed note keeps its text
}

void TestNoteLinks::upgradeWritesTheLinksOfOldNotes()
{
    const QString old = m_dir->filePath(QStringLiteral("old.cpbook"));
    QVERIFY(createNotebookAtVersion(old, SchemaMigrator::NoteLinksVersion - 1, {}));
    QSqlDatabase db = rawConnection(old);
    QVERIFY(insertNotes(db, {{QStringLiteral("Index"), QStringLiteral("See [[Old Note]] and [[Other|other]].")},
                             {QStringLiteral("Old Note"), QStringLiteral("Plain text from before.")}}));
    closeConnection(db);
    NotebookFile notebook;
    QVERIFY2(notebook.open(old), qPrintable(notebook.errorString()));
    NoteLinks links(notebook.database());
    QList<NoteLinks::Backlink> found;
    QVERIFY(links.backlinks(QStringLiteral("Old Note"), -1, &found));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).title, QStringLiteral("Index"));
    QCOMPARE(found.at(0).sentence, QStringLiteral("See Old Note and other."));
}

void TestNoteLinks::sentences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("alone") << "[[A]]" << "A";
    QTest::newRow("middle sentence") << "One. Two [[A]] two! Three?" << "Two A two!";
    QTest::newRow("its line only") << "Line one\nline [[A]] two\nline three" << "line A two";
    QTest::newRow("markup removed") << "> **Bold** [link](http://x) and [[A|a]]" << "Bold link and a";
    QTest::newRow("japanese") << "前の文。[[A]]の文です。次。" << "Aの文です。";
    QTest::newRow("long") << QString(QStringLiteral("word ").repeated(100) + QStringLiteral("[[A]]"))
                          << QString(QStringLiteral("word ").repeated(48).left(239) + u'…');
}

void TestNoteLinks::sentences()
{
    QFETCH(QString, text);
    QFETCH(QString, sentence);
    const QList<MarkdownSource::WikiLink> links = MarkdownSource::wikiLinks(text);
    QCOMPARE(links.size(), 1);
    QCOMPARE(NoteLinks::sentenceAround(text, links.first()), sentence);
}

QTEST_GUILESS_MAIN(TestNoteLinks)
#include "tst_notelinks.moc"
