#include "notebookfile.h"
#include "notemodel.h"
#include "searchquery.h"
#include "testsupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace TestSupport;

// Search as NoteModel runs it, on real notebooks made by the migrations:
// what is found and in which order, highlights, hostile input, the indexes
// following every save, and that searching never costs a pending edit.
class TestNoteSearch final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void finds_data();
    void finds();
    void titleMatchesRankFirst();
    void moreMatchesRankHigher();
    void broadSearchListsTitleMatchesFirst();
    void hostileInputIsNeverSyntax_data();
    void hostileInputIsNeverSyntax();
    void matchesAreHighlighted();
    void passagesShowNoMarkup();
    void substringsAreMarkedForTheDelegate();
    void indexesFollowEverySave();
    void upgradeIndexesExistingNotes();
    void editWhileSearching();
    void revertWhileSearching();
    void failedSaveWhileSearchingKeepsEverything();
    void listReadsNoContentButTheCurrentNote();
    void listingIsOneQueryNotOnePerNote();
    void unreadableTextIsNotEmptyText();
    void failedListingKeepsEveryChange();
    void aReusedIdShowsItsOwnText();
    void oldNotebookWithoutIndexesSearchesLiterally();

private:
    // Opens m_path; a short busy timeout makes a locked notebook fail fast.
    void open(int busyTimeout = 5000);
    void addNotes(const QList<QPair<QString, QString>> &notes);
    void addSampleNotes();
    QStringList titlesInModel() const;
    int rowOf(const QString &title) const;
    bool indexesAreIntact();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<NotebookFile> m_notebook;
    std::unique_ptr<NoteModel> m_model;
};

void TestNoteSearch::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("search.cpbook"));
    open();
}

void TestNoteSearch::cleanup()
{
    m_model.reset();
    m_notebook.reset();
    m_dir.reset();
}

void TestNoteSearch::open(int busyTimeout)
{
    m_model.reset();
    m_notebook = std::make_unique<NotebookFile>();
    m_notebook->setBusyTimeout(busyTimeout);
    QVERIFY2(m_notebook->open(m_path), qPrintable(m_notebook->errorDetail()));
    m_model = std::make_unique<NoteModel>(m_notebook->database());
    QVERIFY(m_model->select());
}

// Saved the way another program would write them, the first oldest.
void TestNoteSearch::addNotes(const QList<QPair<QString, QString>> &notes)
{
    QSqlDatabase db = rawConnection(m_path);
    const bool added = insertNotes(db, notes);
    closeConnection(db);
    QVERIFY(added);
    QVERIFY(m_model->select());
}

void TestNoteSearch::addSampleNotes()
{
    addNotes({
        {QStringLiteral("Commonplace ideas"), QStringLiteral("A book of quotations and notes.")},
        {QStringLiteral("Café list"), QStringLiteral("The quick brown fox visits a café.")},
        {QStringLiteral("Fox facts"), QStringLiteral("Brown and quick, foxes sleep by day.")},
        {QStringLiteral("買い物リスト"), QStringLiteral("牛乳と卵を買う")},
        {QStringLiteral("学习笔记"), QStringLiteral("我的笔记本电脑 notes on Rust")},
        {QStringLiteral("회의록"), QStringLiteral("다음 회의는 월요일")},
        {QStringLiteral("Punctuation"), QStringLiteral("e-mail: a@b.c (see \"draft\") 100%")},
        {QStringLiteral("snake_case"), QStringLiteral("C:\\notes\\it's")},
    });
}

QStringList TestNoteSearch::titlesInModel() const
{
    QStringList titles;
    for (int row = 0; row < m_model->rowCount(); ++row)
        titles << m_model->data(m_model->index(row, m_model->titleColumn())).toString();
    return titles;
}

int TestNoteSearch::rowOf(const QString &title) const
{
    return int(titlesInModel().indexOf(title));
}

bool TestNoteSearch::indexesAreIntact()
{
    // FTS5 compares an external-content index with the table itself.
    QSqlQuery query(m_notebook->database());
    return query.exec(QStringLiteral("INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)"))
        && query.exec(QStringLiteral("INSERT INTO note_substring (note_substring, rank) VALUES ('integrity-check', 1)"));
}

void TestNoteSearch::finds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("titles"); // best first; by substring, newest first
    const QString cafe = QStringLiteral("Café list");
    const QString fox = QStringLiteral("Fox facts");
    const QString notes = QStringLiteral("学习笔记");
    const QString punctuation = QStringLiteral("Punctuation");
    QTest::newRow("prefix") << QStringLiteral("commo") << QStringList{QStringLiteral("Commonplace ideas")};
    QTest::newRow("any case") << QStringLiteral("COMMONPLACE") << QStringList{QStringLiteral("Commonplace ideas")};
    QTest::newRow("accents folded") << QStringLiteral("cafe") << QStringList{cafe};
    QTest::newRow("accents typed") << QStringLiteral("café") << QStringList{cafe};
    QTest::newRow("all words, any order") << QStringLiteral("fox quick") << QStringList{fox, cafe};
    QTest::newRow("a phrase keeps its order") << QStringLiteral("\"quick brown\"") << QStringList{cafe};
    QTest::newRow("words of a phrase apart") << QStringLiteral("\"brown quick\"") << QStringList();
    QTest::newRow("a word that is nowhere") << QStringLiteral("fox zebra") << QStringList();
    QTest::newRow("Chinese, 3 characters") << QStringLiteral("笔记本") << QStringList{notes};
    QTest::newRow("Chinese, 2 characters") << QStringLiteral("笔记") << QStringList{notes};
    QTest::newRow("Japanese inside a word") << QStringLiteral("い物リ") << QStringList{QStringLiteral("買い物リスト")};
    QTest::newRow("Japanese, 1 character") << QStringLiteral("卵") << QStringList{QStringLiteral("買い物リスト")};
    QTest::newRow("Korean") << QStringLiteral("월요일") << QStringList{QStringLiteral("회의록")};
    QTest::newRow("Chinese, not in that order") << QStringLiteral("记笔") << QStringList();
    QTest::newRow("LIKE's wildcards are literal") << QStringLiteral("笔%脑") << QStringList();
    QTest::newRow("Chinese and a word") << QStringLiteral("笔记 rust") << QStringList{notes};
    QTest::newRow("punctuation in a word") << QStringLiteral("e-mail") << QStringList{punctuation};
    QTest::newRow("quotes in text") << QStringLiteral("\"draft\"") << QStringList{punctuation};
    QTest::newRow("percent after a number") << QStringLiteral("100%") << QStringList{punctuation};
    // Text without a word is looked for as it is, every character literal.
    QTest::newRow("percent alone") << QStringLiteral("%") << QStringList{punctuation};
    QTest::newRow("underscore") << QStringLiteral("_") << QStringList{QStringLiteral("snake_case")};
    QTest::newRow("backslash") << QStringLiteral("\\") << QStringList{QStringLiteral("snake_case")};
    QTest::newRow("a quote") << QStringLiteral("'") << QStringList{QStringLiteral("snake_case")};
    QTest::newRow("SQL in the box") << QStringLiteral("' OR 1=1 --") << QStringList();
    QTest::newRow("empty lists every note, newest first")
        << QString()
        << QStringList{QStringLiteral("snake_case"), punctuation, QStringLiteral("회의록"), notes,
                       QStringLiteral("買い物リスト"), fox, cafe, QStringLiteral("Commonplace ideas")};
}

void TestNoteSearch::finds()
{
    QFETCH(QString, text);
    QFETCH(QStringList, titles);
    addSampleNotes();
    QVERIFY(m_model->setSearchText(QStringLiteral("something else first")));
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY2(m_model->setSearchText(text), qPrintable(m_model->lastError().text()));
    QCOMPARE(titlesInModel(), titles);
}

void TestNoteSearch::titleMatchesRankFirst()
{
    addSampleNotes();
    // "fox" is in the title of one note and the text of another; "café" too,
    // and the note with it only in its text is the newer one.
    QVERIFY(m_model->setSearchText(QStringLiteral("fox")));
    QCOMPARE(titlesInModel().first(), QStringLiteral("Fox facts"));
    addNotes({{QStringLiteral("Breakfast"), QStringLiteral("Coffee at the café")}});
    QVERIFY(m_model->setSearchText(QStringLiteral("café")));
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Café list"), QStringLiteral("Breakfast")}));
}

void TestNoteSearch::moreMatchesRankHigher()
{
    addNotes({{QStringLiteral("Once"), QStringLiteral("A lantern by the door, and a long text about other things "
                                                      "that go on and on.")},
              {QStringLiteral("Often"), QStringLiteral("Lantern, lantern, lantern.")},
              {QStringLiteral("Never"), QStringLiteral("Nothing to see here.")}});
    QVERIFY(m_model->setSearchText(QStringLiteral("lantern")));
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Often"), QStringLiteral("Once")}));
}

void TestNoteSearch::broadSearchListsTitleMatchesFirst()
{
    addNotes({{QStringLiteral("Lantern, oldest"), QStringLiteral("A lantern.")},
              {QStringLiteral("Old text"), QStringLiteral("Lantern lantern lantern.")},
              {QStringLiteral("Lantern, newest"), QStringLiteral("Nothing else.")},
              {QStringLiteral("New text"), QStringLiteral("A lantern too.")},
              {QStringLiteral("Elsewhere"), QStringLiteral("Nothing.")}});
    // More matches than are ranked: titles first, then the rest, newest first.
    m_model->setRankingLimit(3);
    QVERIFY(m_model->setSearchText(QStringLiteral("lantern")));
    QCOMPARE(titlesInModel(), (QStringList{QStringLiteral("Lantern, newest"), QStringLiteral("Lantern, oldest"),
                                           QStringLiteral("New text"), QStringLiteral("Old text")}));
    const QString start(NoteModel::HighlightStart);
    QVERIFY(m_model->index(0, 0).data(NoteModel::HighlightedTitleRole).toString().startsWith(start));
    QVERIFY(m_model->index(3, 0).data(NoteModel::SnippetRole).toString().contains(start));
    // A phrase is counted by its words: these are in four notes, the phrase
    // in one, so it is listed the same way.
    QVERIFY(m_model->setSearchText(QStringLiteral("\"a lantern too\"")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("New text")});
    // Edits still come first.
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Edited"));
    QVERIFY(m_model->setSearchText(QStringLiteral("lantern")));
    QCOMPARE(titlesInModel().first(), QStringLiteral("New text"));
    QCOMPARE(titlesInModel().size(), 4);
    // Within the limit, ranked: three matches above one.
    m_model->discardChanges();
    m_model->setRankingLimit(NoteModel::DefaultRankingLimit);
    QVERIFY(m_model->setSearchText(QStringLiteral("lanter")));
    QCOMPARE(titlesInModel().mid(2), (QStringList{QStringLiteral("Old text"), QStringLiteral("New text")}));
}

void TestNoteSearch::hostileInputIsNeverSyntax_data()
{
    QTest::addColumn<QString>("text");
    const QStringList inputs{
        QStringLiteral("\""), QStringLiteral("\"\""), QStringLiteral("\"\"\""),
        QStringLiteral("\"unbalanced"), QStringLiteral("*"), QStringLiteral("**fox"),
        QStringLiteral("fox*"), QStringLiteral("NEAR("), QStringLiteral("NEAR(fox quick, 2)"),
        QStringLiteral("fox NEAR quick"), QStringLiteral("-fox"), QStringLiteral("fox -quick"),
        QStringLiteral("title:fox"), QStringLiteral("{title content}:fox"), QStringLiteral("content:"),
        QStringLiteral("rank:fox"), QStringLiteral("((("), QStringLiteral(")"),
        QStringLiteral("fox AND OR NOT quick"), QStringLiteral("^fox"), QStringLiteral("+"),
        QStringLiteral("'; DROP TABLE note; --"), QStringLiteral("%_\\"),
        QString(QChar(0)) + QStringLiteral("fox"), QString(QChar(0xD800)) + QStringLiteral("fox"),
        QStringLiteral("\"笔记\" \"fox"), QStringLiteral("笔'记"), QString(10000, QLatin1Char('a')),
        QStringLiteral("a\"(").repeated(3334), QStringLiteral("fox ").repeated(2500),
        QStringLiteral("笔").repeated(10000),
    };
    for (const QString &input : inputs)
        QTest::newRow(qPrintable(input.left(24))) << input;
}

void TestNoteSearch::hostileInputIsNeverSyntax()
{
    QFETCH(QString, text);
    addSampleNotes();
    QVERIFY2(m_model->setSearchText(text), qPrintable(m_model->lastError().text()));
    QVERIFY2(!m_model->lastError().isValid(), qPrintable(m_model->lastError().text()));
    QCOMPARE(scalar(m_notebook->database(), QStringLiteral("SELECT count(*) FROM note")).toInt(), 8);
    QVERIFY(indexesAreIntact());
}

void TestNoteSearch::matchesAreHighlighted()
{
    addSampleNotes();
    QVERIFY(m_model->setSearchText(QStringLiteral("fox")));
    const QString start(NoteModel::HighlightStart);
    const QString end(NoteModel::HighlightEnd);
    const QModelIndex facts = m_model->index(rowOf(QStringLiteral("Fox facts")), m_model->titleColumn());
    QCOMPARE(facts.data(NoteModel::HighlightedTitleRole).toString(), start + QStringLiteral("Fox") + end + QStringLiteral(" facts"));
    // A prefix marks whole words.
    QCOMPARE(facts.data(NoteModel::SnippetRole).toString(),
             QStringLiteral("Brown and quick, ") + start + QStringLiteral("foxes") + end + QStringLiteral(" sleep by day."));
    const QModelIndex cafe = m_model->index(rowOf(QStringLiteral("Café list")), m_model->titleColumn());
    QCOMPARE(cafe.data(NoteModel::HighlightedTitleRole).toString(), QStringLiteral("Café list"));
    QVERIFY(cafe.data(NoteModel::SnippetRole).toString().contains(start + QStringLiteral("fox") + end));

    // Not searching: no passages, the list shows titles only.
    QVERIFY(m_model->setSearchText(QString()));
    QVERIFY(!m_model->index(0, m_model->titleColumn()).data(NoteModel::SnippetRole).isValid());
}

void TestNoteSearch::passagesShowNoMarkup()
{
    addNotes({{QStringLiteral("Trip"), QStringLiteral("## Plans\n\nPack the **tent** for the [[Road Trip|long drive]], "
                                                      "see [the map](https://maps.example.org/route) and ~~skip~~ `camp`.")}});
    // The words are found as written in the Markdown.
    for (const QString &word : {QStringLiteral("tent"), QStringLiteral("drive"), QStringLiteral("camp")}) {
        QVERIFY(m_model->setSearchText(word));
        QCOMPARE(m_model->rowCount(), 1);
        const QString passage = m_model->index(0, 0).data(NoteModel::SnippetRole).toString();
        QVERIFY2(passage.contains(word), qPrintable(passage));
        for (const char *noise : {"**", "[[", "]]", "](", "https://", "~~", "`", "##"})
            QVERIFY2(!passage.contains(QLatin1String(noise)), qPrintable(passage));
    }
    // The list's excerpt of a saved note too.
    const int row = rowOf(QStringLiteral("Trip"));
    QVERIFY(m_model->setData(m_model->index(row, m_model->contentColumn()),
                             QStringLiteral("# Day 1\n**Bold** start, see [[Road Trip#Day 2|day two]].")));
    QCOMPARE(m_model->index(row, 0).data(NoteModel::ExcerptRole).toString(), QStringLiteral("Day 1 Bold start, see day two."));
}

void TestNoteSearch::substringsAreMarkedForTheDelegate()
{
    addSampleNotes();
    QVERIFY(m_model->setSearchText(QStringLiteral("笔记 rust")));
    QCOMPARE(m_model->highlightTerms(), QStringList{QStringLiteral("笔记")});
    QVERIFY(m_model->setSearchText(QStringLiteral("笔记本")));
    const QString snippet = m_model->index(0, 0).data(NoteModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("笔记本电脑")), qPrintable(snippet));
    QVERIFY(m_model->setSearchText(QStringLiteral(" % ")));
    QCOMPARE(m_model->highlightTerms(), QStringList{QStringLiteral("%")});
    QVERIFY(m_model->setSearchText(QStringLiteral("fox")));
    QCOMPARE(m_model->highlightTerms(), QStringList());
}

void TestNoteSearch::indexesFollowEverySave()
{
    addSampleNotes();
    // A new note.
    const int row = m_model->addNote(QStringLiteral("Shopping"));
    m_model->setData(m_model->index(row, m_model->contentColumn()), QStringLiteral("Buy marzipan"));
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QVERIFY(m_model->setSearchText(QStringLiteral("marzi")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Shopping")});

    // Its text changed: found by the new word, not the old.
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Buy nougat"));
    QVERIFY(m_model->commit());
    QCOMPARE(titlesInModel(), QStringList());
    QVERIFY(m_model->setSearchText(QStringLiteral("nougat")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Shopping")});

    // Its title changed, in Chinese this time.
    m_model->setData(m_model->index(0, m_model->titleColumn()), QStringLiteral("购物清单"));
    QVERIFY(m_model->commit());
    QVERIFY(m_model->setSearchText(QStringLiteral("物清")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("购物清单")});

    // Deleted: gone from both indexes.
    QVERIFY(m_model->removeRow(0));
    QVERIFY(m_model->commit());
    QCOMPARE(titlesInModel(), QStringList());
    QVERIFY(m_model->setSearchText(QStringLiteral("nougat")));
    QCOMPARE(titlesInModel(), QStringList());

    QVERIFY(indexesAreIntact());
    // Trusted only while saving, after checking the schema.
    QCOMPARE(scalar(m_notebook->database(), QStringLiteral("PRAGMA trusted_schema")).toInt(), 0);
}

void TestNoteSearch::upgradeIndexesExistingNotes()
{
    m_model.reset();
    m_notebook.reset();
    const QString old = m_dir->filePath(QStringLiteral("old.cpbook"));
    QVERIFY(createNotebookAtVersion(old, 3, {QStringLiteral("Written long ago"), QStringLiteral("昔のメモ")}));
    m_path = old;
    open();
    QCOMPARE(m_notebook->schemaVersion(), Notebook::latestSchemaVersion());
    QVERIFY(m_model->setSearchText(QStringLiteral("long")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Written long ago")});
    QVERIFY(m_model->setSearchText(QStringLiteral("のメ")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("昔のメモ")});
    QVERIFY(indexesAreIntact());
}

void TestNoteSearch::editWhileSearching()
{
    addSampleNotes();
    QVERIFY(m_model->setSearchText(QStringLiteral("fox")));
    const int facts = rowOf(QStringLiteral("Fox facts"));
    // Edited so that it no longer matches, then the search changes: the edit
    // stays pending and the note stays listed, first.
    m_model->setData(m_model->index(facts, m_model->contentColumn()), QStringLiteral("Badgers now."));
    m_model->setData(m_model->index(facts, m_model->titleColumn()), QStringLiteral("Badger facts"));
    const int added = m_model->addNote(QStringLiteral("Written while searching"));
    QVERIFY(added >= 0);
    QVERIFY(m_model->removeRow(rowOf(QStringLiteral("Café list"))));
    QCOMPARE(m_model->pendingChangeCount(), 3);

    for (const QString &text : {QStringLiteral("commonplace"), QStringLiteral("zebra"), QStringLiteral("笔记"),
                                QStringLiteral("%"), QString(), QStringLiteral("fox")}) {
        QVERIFY2(m_model->setSearchText(text), qPrintable(text));
        QCOMPARE(m_model->pendingChangeCount(), 3);
        const QStringList titles = titlesInModel();
        QVERIFY2(titles.contains(QStringLiteral("Badger facts")), qPrintable(text));
        QVERIFY2(titles.contains(QStringLiteral("Written while searching")), qPrintable(text));
        QVERIFY2(titles.contains(QStringLiteral("Café list")), qPrintable(text));
        const int badger = rowOf(QStringLiteral("Badger facts"));
        QCOMPARE(m_model->data(m_model->index(badger, m_model->contentColumn())).toString(),
                 QStringLiteral("Badgers now."));
        QCOMPARE(m_model->pendingState(rowOf(QStringLiteral("Café list"))), NoteModel::PendingState::Deleted);
    }
    // The pending notes come first while searching.
    QVERIFY(m_model->setSearchText(QStringLiteral("commonplace")));
    QCOMPARE(titlesInModel().last(), QStringLiteral("Commonplace ideas"));

    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(m_model->pendingChangeCount(), 0);
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Commonplace ideas")});
    QStringList onDisk = titlesOnDisk(m_path);
    QVERIFY(onDisk.contains(QStringLiteral("Badger facts")));
    QVERIFY(onDisk.contains(QStringLiteral("Written while searching")));
    QVERIFY(!onDisk.contains(QStringLiteral("Café list")));
    QVERIFY(m_model->setSearchText(QStringLiteral("badgers")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Badger facts")});
    QVERIFY(indexesAreIntact());
}

void TestNoteSearch::revertWhileSearching()
{
    addSampleNotes();
    QVERIFY(m_model->setSearchText(QStringLiteral("quick")));
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Nothing quick here"));
    m_model->addNote(QStringLiteral("New"));
    QVERIFY(m_model->setSearchText(QStringLiteral("brown")));
    m_model->discardChanges();
    QCOMPARE(m_model->pendingChangeCount(), 0);
    QStringList found = titlesInModel();
    found.sort();
    QCOMPARE(found, (QStringList{QStringLiteral("Café list"), QStringLiteral("Fox facts")}));
    QCOMPARE(titlesOnDisk(m_path).size(), 8);
    QVERIFY(m_model->setSearchText(QStringLiteral("nothing")));
    QCOMPARE(titlesInModel(), QStringList());
}

void TestNoteSearch::failedSaveWhileSearchingKeepsEverything()
{
    addSampleNotes();
    QVERIFY(m_model->setSearchText(QStringLiteral("fox")));
    const QByteArray before = fileHash(m_path);
    m_model->setData(m_model->index(0, m_model->contentColumn()), QStringLiteral("Kept after a failure"));
    const int added = m_model->addNote(QString(NoteModel::MaxTitleLength + 1, QLatin1Char('x')));
    QVERIFY(!m_model->commit());
    QCOMPARE(fileHash(m_path), before);
    QCOMPARE(m_model->pendingChangeCount(), 2);
    QVERIFY(titlesInModel().contains(QString(NoteModel::MaxTitleLength + 1, QLatin1Char('x'))));
    m_model->setData(m_model->index(added, m_model->titleColumn()), QStringLiteral("Short"));
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QVERIFY(m_model->setSearchText(QStringLiteral("failure")));
    QCOMPARE(titlesInModel().size(), 1);
}

void TestNoteSearch::listReadsNoContentButTheCurrentNote()
{
    addSampleNotes();
    // What the list holds of each note, beneath NoteModel::data(): no content.
    for (const QString &text : {QString(), QStringLiteral("fox"), QStringLiteral("笔记"), QStringLiteral("%")}) {
        QVERIFY(m_model->setSearchText(text));
        QVERIFY(m_model->rowCount() > 0);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex content = m_model->index(row, m_model->contentColumn());
            QVERIFY2(m_model->QSqlTableModel::data(content).isNull(), qPrintable(text));
        }
    }

    // The editor's note: read once, when asked for.
    QVERIFY(m_model->setSearchText(QString()));
    StatementLog log(m_notebook->database());
    const QModelIndex content = m_model->index(rowOf(QStringLiteral("Fox facts")), m_model->contentColumn());
    QCOMPARE(content.data().toString(), QStringLiteral("Brown and quick, foxes sleep by day."));
    QCOMPARE(content.data().toString(), QStringLiteral("Brown and quick, foxes sleep by day."));
    QCOMPARE(log.statements().size(), 1);
}

void TestNoteSearch::listingIsOneQueryNotOnePerNote()
{
    QList<QPair<QString, QString>> notes;
    for (int i = 0; i < 1200; ++i)
        notes.append({QStringLiteral("Note %1").arg(i), QStringLiteral("Lantern number %1").arg(i)});
    addNotes(notes);
    for (const QString &text : {QString(), QStringLiteral("lantern"), QStringLiteral("numb")}) {
        StatementLog log(m_notebook->database());
        QVERIFY(m_model->setSearchText(text));
        if (text.isEmpty())
            QVERIFY(m_model->select()); // the list as it opens: it was already showing
        // Everything the list shows, for every note: rows come in batches
        // from the one statement.
        while (m_model->canFetchMore())
            m_model->fetchMore();
        QCOMPARE(m_model->rowCount(), 1200);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QModelIndex index = m_model->index(row, m_model->titleColumn());
            index.data();
            index.data(NoteModel::PendingStateRole);
            index.data(NoteModel::HighlightedTitleRole);
            index.data(NoteModel::SnippetRole);
        }
        // The select, and what FTS5 reads of its own configuration.
        const QStringList statements = log.statements();
        QVERIFY2(statements.size() <= 5, qPrintable(statements.join(QLatin1Char('\n'))));
        const auto listing = std::count_if(statements.begin(), statements.end(), [](const QString &sql) {
            return sql.startsWith(QLatin1String("SELECT note.")) || sql.startsWith(QLatin1String("SELECT * FROM (SELECT note."));
        });
        QVERIFY2(listing == 1, qPrintable(statements.join(QLatin1Char('\n'))));
    }
}

void TestNoteSearch::unreadableTextIsNotEmptyText()
{
    addSampleNotes();
    open(50);
    // Another program holds the notebook locked while the note is opened.
    QSqlDatabase other = rawConnection(m_path);
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
    const QModelIndex content = m_model->index(rowOf(QStringLiteral("Fox facts")), m_model->contentColumn());
    QVERIFY(!content.data().isValid());
    QVERIFY(!content.data().isValid()); // not tried again at once: each try may wait
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
    closeConnection(other);
    QTRY_COMPARE(content.data().toString(), QStringLiteral("Brown and quick, foxes sleep by day."));
}

void TestNoteSearch::failedListingKeepsEveryChange()
{
    addSampleNotes();
    open(50);
    m_model->setData(m_model->index(rowOf(QStringLiteral("Fox facts")), m_model->contentColumn()),
                     QStringLiteral("Edited while locked out"));
    QVERIFY(m_model->removeRow(rowOf(QStringLiteral("Café list"))));

    // Another program holds the notebook while the search changes: the
    // list cannot be read, and nothing of the changes may be lost.
    QSqlDatabase other = rawConnection(m_path);
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QVERIFY(!m_model->setSearchText(QStringLiteral("fox")));
    QVERIFY(m_model->hasPendingChanges());
    QCOMPARE(m_model->pendingChangeCount(), 2);
    QVERIFY(!m_model->commit());
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
    closeConnection(other);

    // Readable again: the changes are back on their notes, not new notes.
    QVERIFY(m_model->reload());
    QCOMPARE(m_model->pendingChangeCount(), 2);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QStringList expected{QStringLiteral("Commonplace ideas"), QStringLiteral("Fox facts"),
                         QStringLiteral("Punctuation"), QStringLiteral("snake_case"), QStringLiteral("회의록"),
                         QStringLiteral("学习笔记"), QStringLiteral("買い物リスト")};
    expected.sort();
    QCOMPARE(titlesOnDisk(m_path), expected);
    QCOMPARE(scalar(m_notebook->database(), QStringLiteral("SELECT content FROM note WHERE title = 'Fox facts'")).toString(),
             QStringLiteral("Edited while locked out"));
}

void TestNoteSearch::aReusedIdShowsItsOwnText()
{
    // SQLite gives a new note the id of the newest deleted one, and a new
    // note starts at version 1: the text read for the old one must not be
    // shown for the new one.
    const int row = m_model->addNote(QStringLiteral("Old"));
    m_model->setData(m_model->index(row, m_model->contentColumn()), QStringLiteral("Old text"));
    QVERIFY(m_model->commit());
    const qint64 id = m_model->noteId(0);
    QCOMPARE(m_model->index(0, m_model->contentColumn()).data().toString(), QStringLiteral("Old text"));
    QVERIFY(m_model->removeRow(0));
    QVERIFY(m_model->commit());
    m_model->addNote(QStringLiteral("New"));
    QVERIFY(m_model->commit());
    QCOMPARE(m_model->noteId(0), id);
    QCOMPARE(m_model->index(0, m_model->contentColumn()).data().toString(), QString());
}

void TestNoteSearch::oldNotebookWithoutIndexesSearchesLiterally()
{
    m_model.reset();
    m_notebook.reset();
    const QString old = m_dir->filePath(QStringLiteral("readonly-v3.cpbook"));
    QVERIFY(createNotebookAtVersion(old, 3, {QStringLiteral("Fox facts"), QStringLiteral("Café list")}));
    QVERIFY(QFile::setPermissions(old, QFileDevice::ReadOwner));
    m_path = old;
    open();
    QVERIFY(m_notebook->isReadOnly());
    QVERIFY(!m_model->hasSearchIndex());
    QVERIFY(m_model->setSearchText(QStringLiteral("FOX")));
    QCOMPARE(titlesInModel(), QStringList{QStringLiteral("Fox facts")});
    QCOMPARE(m_model->highlightTerms(), QStringList{QStringLiteral("FOX")});
    QVERIFY(m_model->setSearchText(QStringLiteral("\"fox")));
    QCOMPARE(titlesInModel(), QStringList());
}

QTEST_GUILESS_MAIN(TestNoteSearch)
#include "tst_notesearch.moc"
