#include "notebookfile.h"
#include "notemodel.h"
#include "notetags.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace TestSupport;

class TestNoteTags : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesAreNormalized_data();
    void namesAreNormalized();
    void namesDifferingInCaseAreOneTag();
    void parentsCountTheNotesUnderThem();
    void tagsAreSavedAndRevertedLikeEdits();
    void trashedNotesLeaveTheirTags();
    void deletedNotesLeaveTheirTags();
    void hostileNamesBehave();
    void everyCountIsOneStatement();
    void namesAreRenamed_data();
    void namesAreRenamed();
    void namesAreRemoved();
    void renamingAParentRenamesItsSubtree();
    void renamingOntoATagMergesThem();
    void deletingATagKeepsTheNotesOtherTags();
    void renamingReachesNotesNotListed();
    void renamingHostileNames();
    void aCommonTagListsTheSameAsARareOne();

private:
    void reopen();
    int rowOf(const QString &title) const;
    // Sets the tags of the note called title, pending.
    void tag(const QString &title, const QStringList &tags);
    QHash<QString, int> counts() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<NotebookFile> m_notebook;
    std::unique_ptr<NoteModel> m_model;
};

void TestNoteTags::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("tags.cpbook"));
    reopen();
    QVERIFY(insertNotes(m_notebook->database(), {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")},
                        QStringLiteral("About %1")));
    QVERIFY(m_model->select());
}

void TestNoteTags::cleanup()
{
    m_model.reset();
    m_notebook.reset();
    m_dir.reset();
}

void TestNoteTags::reopen()
{
    m_model.reset();
    m_notebook = std::make_unique<NotebookFile>();
    QVERIFY2(m_notebook->open(m_path), qPrintable(m_notebook->errorString()));
    trustSchema(m_notebook->database()); // for insertNotes()
    m_model = std::make_unique<NoteModel>(m_notebook->database());
    QVERIFY(m_model->select());
}

int TestNoteTags::rowOf(const QString &title) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->data(m_model->index(row, m_model->titleColumn())).toString() == title)
            return row;
    }
    return -1;
}

void TestNoteTags::tag(const QString &title, const QStringList &tags)
{
    const int row = rowOf(title);
    QVERIFY(row >= 0);
    QVERIFY(m_model->setData(m_model->index(row, m_model->tagsColumn()), NoteTags::toText(tags)));
}

QHash<QString, int> TestNoteTags::counts() const
{
    QHash<QString, int> result;
    for (const NoteTags::Count &count : NoteTags(m_notebook->database()).counts())
        result.insert(count.name, count.notes);
    return result;
}

void TestNoteTags::namesAreNormalized_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kept");
    QTest::newRow("plain") << QStringLiteral("work") << QStringLiteral("work");
    QTest::newRow("spaces around") << QStringLiteral("  work  ") << QStringLiteral("work");
    QTest::newRow("levels trimmed") << QStringLiteral(" work / clients /acme ") << QStringLiteral("work/clients/acme");
    QTest::newRow("empty levels") << QStringLiteral("//ideas//acme//") << QStringLiteral("ideas/acme");
    QTest::newRow("only slashes") << QStringLiteral("//") << QString();
    QTest::newRow("line break") << QStringLiteral("two\nlines\tand tab") << QStringLiteral("two lines and tab");
    QTest::newRow("inner spaces kept") << QStringLiteral("to read") << QStringLiteral("to read");
    QTest::newRow("sql wildcards") << QStringLiteral("100%_done'--") << QStringLiteral("100%_done'--");
    QTest::newRow("rtl") << QStringLiteral("עברית/שלום") << QStringLiteral("עברית/שלום");
    QTest::newRow("emoji") << QStringLiteral("🎉/🧪") << QStringLiteral("🎉/🧪");
}

void TestNoteTags::namesAreNormalized()
{
    QFETCH(QString, name);
    QFETCH(QString, kept);
    QCOMPARE(NoteTags::normalized(name), kept);
}

void TestNoteTags::namesDifferingInCaseAreOneTag()
{
    QCOMPARE(NoteTags::fromText(NoteTags::toText({QStringLiteral("Work"), QStringLiteral("WORK"),
                                                  QStringLiteral("home")})),
             (QStringList{QStringLiteral("home"), QStringLiteral("Work")}));
    QCOMPARE(NoteTags::folded(QStringLiteral("ÄRGER")), NoteTags::folded(QStringLiteral("ärger")));
    QCOMPARE(NoteTags::folded(QStringLiteral("ΣΟΦΊΑ")), NoteTags::folded(QStringLiteral("σοφία")));

    tag(QStringLiteral("Alpha"), {QStringLiteral("Work")});
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    tag(QStringLiteral("Beta"), {QStringLiteral("work")});
    tag(QStringLiteral("Gamma"), {QStringLiteral("work")});
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    const QList<NoteTags::Count> all = NoteTags(m_notebook->database()).counts();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().notes, 3);
    QCOMPARE(all.first().name, QStringLiteral("work")); // the spelling saved last
    tag(QStringLiteral("Beta"), {QStringLiteral("WORK"), QStringLiteral("x")});
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    QCOMPARE(counts().value(QStringLiteral("WORK")), 3);
}

void TestNoteTags::parentsCountTheNotesUnderThem()
{
    QCOMPARE(NoteTags::withParents({QStringLiteral("work/clients/acme"), QStringLiteral("work/home")}),
             (QStringList{QStringLiteral("work"), QStringLiteral("work/clients"), QStringLiteral("work/clients/acme"),
                          QStringLiteral("work/home")}));
    tag(QStringLiteral("Alpha"), {QStringLiteral("work/clients/acme"), QStringLiteral("work/home")});
    tag(QStringLiteral("Beta"), {QStringLiteral("work/clients/globex")});
    tag(QStringLiteral("Gamma"), {QStringLiteral("home")});
    QVERIFY(m_model->commit());
    const QHash<QString, int> expected{{QStringLiteral("work"), 2},
                                       {QStringLiteral("work/clients"), 2},
                                       {QStringLiteral("work/clients/acme"), 1},
                                       {QStringLiteral("work/clients/globex"), 1},
                                       {QStringLiteral("work/home"), 1},
                                       {QStringLiteral("home"), 1}};
    QCOMPARE(counts(), expected);
}

void TestNoteTags::tagsAreSavedAndRevertedLikeEdits()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("ideas")});
    QCOMPARE(m_model->pendingState(rowOf(QStringLiteral("Alpha"))), NoteModel::PendingState::Edited);
    QVERIFY(counts().isEmpty()); // nothing saved yet
    QVERIFY(m_model->commit());
    reopen();
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Alpha")), 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("ideas")});
    QCOMPARE(counts().value(QStringLiteral("ideas")), 1);

    // Revert drops a tag change, the tag index included.
    tag(QStringLiteral("Alpha"), {QStringLiteral("ideas"), QStringLiteral("later")});
    tag(QStringLiteral("Beta"), {QStringLiteral("later")});
    m_model->discardChanges();
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Alpha")), 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("ideas")});
    QVERIFY(!m_model->hasPendingChanges());
    reopen();
    QCOMPARE(counts(), (QHash<QString, int>{{QStringLiteral("ideas"), 1}}));

    // Removing the last note's tag removes the tag.
    tag(QStringLiteral("Alpha"), {});
    QVERIFY(m_model->commit());
    QVERIFY(counts().isEmpty());
}

void TestNoteTags::trashedNotesLeaveTheirTags()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("shared"), QStringLiteral("alpha only")});
    tag(QStringLiteral("Beta"), {QStringLiteral("shared")});
    QVERIFY(m_model->commit());
    const int row = rowOf(QStringLiteral("Alpha"));
    QVERIFY(m_model->setData(m_model->index(row, m_model->trashedColumn()),
                             QStringLiteral("2026-01-01T00:00:00.000Z")));
    QVERIFY(m_model->commit());
    QCOMPARE(counts(), (QHash<QString, int>{{QStringLiteral("shared"), 1}}));
    // Its own tags stay on the note, for Restore.
    QCOMPARE(NoteTags::fromText(scalar(m_notebook->database(),
                                       QStringLiteral("SELECT tags FROM note WHERE title = 'Alpha'")).toString()),
             (QStringList{QStringLiteral("alpha only"), QStringLiteral("shared")}));


    // Restore: out of the Trash, with its tags.
    m_model->setShelf(NoteModel::Shelf::Trash);
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->setData(m_model->index(0, m_model->trashedColumn()), QVariant()));
    QVERIFY(m_model->commit());
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(counts(), (QHash<QString, int>{{QStringLiteral("shared"), 2}, {QStringLiteral("alpha only"), 1}}));
}

void TestNoteTags::deletedNotesLeaveTheirTags()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("gone with alpha")});
    tag(QStringLiteral("Beta"), {QStringLiteral("kept")});
    QVERIFY(m_model->commit());
    QVERIFY(m_model->removeRows(rowOf(QStringLiteral("Alpha")), 1));
    QVERIFY(m_model->commit());
    QCOMPARE(counts(), (QHash<QString, int>{{QStringLiteral("kept"), 1}}));
    QCOMPARE(scalar(m_notebook->database(), QStringLiteral("SELECT count(*) FROM note_tag")).toInt(), 1);
}

void TestNoteTags::hostileNamesBehave()
{
    const QString longName(600, QLatin1Char('x'));
    const QStringList names{QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'"),
                            QStringLiteral("a'); DROP TABLE note; --"), QStringLiteral("  padded  "),
                            longName, QStringLiteral("עברית"), QStringLiteral("🎉")};
    tag(QStringLiteral("Alpha"), names);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    reopen();
    const QStringList kept = m_model->index(rowOf(QStringLiteral("Alpha")), 0).data(NoteModel::TagsRole).toStringList();
    QCOMPARE(kept.size(), names.size());
    QVERIFY(kept.contains(QStringLiteral("padded")));
    QVERIFY(kept.contains(QString(NoteTags::MaxNameLength, QLatin1Char('x'))));
    QVERIFY(kept.contains(QStringLiteral("a'); DROP TABLE note; --")));
    const QHash<QString, int> all = counts();
    QCOMPARE(all.size(), names.size());
    QCOMPARE(all.value(QStringLiteral("%")), 1);
    QCOMPARE(all.value(QStringLiteral("_")), 1);
    QCOMPARE(m_model->rowCount(), 3); // the note table is still there
}

void TestNoteTags::everyCountIsOneStatement()
{
    // However many tags and notes: 40 notes, 60 tags, then 400 and 600.
    for (const int notes : {40, 400}) {
        QStringList titles;
        for (int i = 0; i < notes; ++i)
            titles << QStringLiteral("Note %1 of %2").arg(i).arg(notes);
        trustSchema(m_notebook->database()); // a save distrusts it again
        QVERIFY(insertNotes(m_notebook->database(), titles, QStringLiteral("Text %1")));
        QVERIFY(m_model->select());
        while (m_model->canFetchMore())
            m_model->fetchMore();
        int inA3 = 0;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            inA3 += row % 10 == 3 ? 1 : 0;
            m_model->setData(m_model->index(row, m_model->tagsColumn()),
                             NoteTags::toText({QStringLiteral("t%1/a%2").arg(notes).arg(row % 10),
                                               QStringLiteral("u%1").arg(row)}));
        }
        QVERIFY(m_model->commit());

        StatementLog log(m_notebook->database());
        const QList<NoteTags::Count> all = NoteTags(m_notebook->database()).counts();
        QVERIFY(all.size() >= notes);
        QCOMPARE(log.statements().size(), 1);
        QVERIFY(log.statements().first().contains(QLatin1String("FROM tag")));

        // The status bar's count of what a tag lists: one statement too.
        qint64 tagId = -1;
        for (const NoteTags::Count &count : all) {
            if (count.name == QStringLiteral("t%1/a3").arg(notes))
                tagId = count.id;
        }
        QVERIFY(m_model->setTags({tagId}));
        log.clear();
        int listed = 0;
        QVERIFY(m_model->countListed(&listed));
        QCOMPARE(log.statements().size(), 1);
        QCOMPARE(listed, inA3);
        QVERIFY(m_model->setTags({}));
    }
}

void TestNoteTags::aCommonTagListsTheSameAsARareOne()
{
    // A tag on thousands of notes is listed by another statement than a
    // rare one; both list exactly their notes.
    QStringList titles;
    for (int i = 0; i < 2100; ++i)
        titles << QStringLiteral("Many %1").arg(i);
    QVERIFY(insertNotes(m_notebook->database(), titles, QStringLiteral("Text %1")));
    // Tagged as a save does it, in one transaction, without the model.
    QSqlQuery query(m_notebook->database());
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    QVERIFY(query.exec(QStringLiteral("SELECT id, title FROM note WHERE title LIKE 'Many %'")));
    QList<QPair<qint64, QString>> notes;
    while (query.next())
        notes.append({query.value(0).toLongLong(), query.value(1).toString()});
    query.finish();
    NoteTags tags(m_notebook->database());
    QSqlQuery update(m_notebook->database());
    update.prepare(QStringLiteral("UPDATE note SET tags = ? WHERE id = ?"));
    for (const auto &[id, title] : std::as_const(notes)) {
        QStringList names{QStringLiteral("common")};
        if (title.endsWith(QLatin1Char('7')))
            names << QStringLiteral("rare");
        update.addBindValue(NoteTags::toText(names));
        update.addBindValue(id);
        QVERIFY(update.exec());
        QVERIFY(tags.link(id, NoteTags::toText(names), false));
    }
    QVERIFY(query.exec(QStringLiteral("COMMIT")));
    QVERIFY(m_model->select());
    QHash<QString, qint64> ids;
    for (const NoteTags::Count &count : NoteTags(m_notebook->database()).counts())
        ids.insert(count.name, count.id);
    const auto listed = [this](const QList<qint64> &tags) {
        if (!m_model->setTags(tags))
            return -1;
        while (m_model->canFetchMore())
            m_model->fetchMore();
        return m_model->rowCount();
    };
    QCOMPARE(listed({ids.value(QStringLiteral("common"))}), 2100);
    QCOMPARE(listed({ids.value(QStringLiteral("rare"))}), 210);
    QCOMPARE(listed({ids.value(QStringLiteral("common")), ids.value(QStringLiteral("rare"))}), 210);
    QCOMPARE(listed({}), 2103);
    // Within a search too.
    QVERIFY(m_model->setTags({ids.value(QStringLiteral("common"))}));
    QVERIFY(m_model->setSearchText(QStringLiteral("Many 1999")));
    QCOMPARE(m_model->rowCount(), 1);
}

void TestNoteTags::namesAreRenamed_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("renamed");
    const QStringList work{QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("work/clients/acme"),
                           QStringLiteral("workshop")};
    QTest::newRow("subtree") << work << QStringLiteral("work") << QStringLiteral("job")
                             << QStringList{QStringLiteral("home"), QStringLiteral("job"),
                                            QStringLiteral("job/clients/acme"), QStringLiteral("workshop")};
    QTest::newRow("a level down") << work << QStringLiteral("Work/Clients") << QStringLiteral("customers")
                                  << QStringList{QStringLiteral("customers/acme"), QStringLiteral("home"),
                                                 QStringLiteral("work"), QStringLiteral("workshop")};
    QTest::newRow("into itself") << work << QStringLiteral("work") << QStringLiteral("work/old")
                                 << QStringList{QStringLiteral("home"), QStringLiteral("work/old"),
                                                QStringLiteral("work/old/clients/acme"), QStringLiteral("workshop")};
    QTest::newRow("merged") << work << QStringLiteral("home") << QStringLiteral("WORK")
                            << QStringList{QStringLiteral("WORK"), QStringLiteral("work/clients/acme"),
                                           QStringLiteral("workshop")};
    QTest::newRow("not a wildcard") << QStringList{QStringLiteral("_"), QStringLiteral("a"), QStringLiteral("%")}
                                    << QStringLiteral("_") << QStringLiteral(" x / y ")
                                    << QStringList{QStringLiteral("%"), QStringLiteral("a"), QStringLiteral("x/y")};
}

void TestNoteTags::namesAreRenamed()
{
    QFETCH(QStringList, names);
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, renamed);
    QCOMPARE(NoteTags::renamed(names, from, to), renamed);
}

void TestNoteTags::namesAreRemoved()
{
    const QStringList work{QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("work/clients/acme"),
                           QStringLiteral("work/clients"), QStringLiteral("workshop")};
    QCOMPARE(NoteTags::removed(work, QStringLiteral("WORK")), (QStringList{QStringLiteral("home"), QStringLiteral("workshop")}));
    // Under its parent still.
    QCOMPARE(NoteTags::removed(work, QStringLiteral("work/clients")),
             (QStringList{QStringLiteral("home"), QStringLiteral("work"), QStringLiteral("workshop")}));
    QCOMPARE(NoteTags::removed({QStringLiteral("a/b/c")}, QStringLiteral("a/b")), QStringList{QStringLiteral("a")});
}

void TestNoteTags::renamingAParentRenamesItsSubtree()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("work/clients/acme"), QStringLiteral("home")});
    tag(QStringLiteral("Beta"), {QStringLiteral("work/home")});
    tag(QStringLiteral("Gamma"), {QStringLiteral("work")});
    QVERIFY(m_model->commit());
    const QHash<QString, int> before = counts();

    // Pending like an edit: marked, nothing saved, and Revert drops it.
    QCOMPARE(m_model->renameTag(QStringLiteral("work"), QStringLiteral("job")), 3);
    QCOMPARE(m_model->pendingState(rowOf(QStringLiteral("Alpha"))), NoteModel::PendingState::Edited);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Alpha")), 0).data(NoteModel::TagsRole).toStringList(),
             (QStringList{QStringLiteral("home"), QStringLiteral("job/clients/acme")}));
    QCOMPARE(counts(), before);
    m_model->discardChanges();
    QVERIFY(!m_model->hasPendingChanges());
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Beta")), 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("work/home")});

    QCOMPARE(m_model->renameTag(QStringLiteral("WORK"), QStringLiteral("job")), 3);
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    reopen();
    const QHash<QString, int> expected{{QStringLiteral("job"), 3},
                                       {QStringLiteral("job/clients"), 1},
                                       {QStringLiteral("job/clients/acme"), 1},
                                       {QStringLiteral("job/home"), 1},
                                       {QStringLiteral("home"), 1}};
    QCOMPARE(counts(), expected);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Beta")), 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("job/home")});

    // Only its case: the sidebar shows the new spelling.
    QCOMPARE(m_model->renameTag(QStringLiteral("job"), QStringLiteral("Job")), 3);
    QVERIFY(m_model->commit());
    QCOMPARE(counts().value(QStringLiteral("Job")), 3);
    QCOMPARE(counts().value(QStringLiteral("Job/clients/acme")), 1);
}

void TestNoteTags::renamingOntoATagMergesThem()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("ideas"), QStringLiteral("later")});
    tag(QStringLiteral("Beta"), {QStringLiteral("Later")});
    tag(QStringLiteral("Gamma"), {QStringLiteral("ideas/small")});
    QVERIFY(m_model->commit());
    QCOMPARE(m_model->renameTag(QStringLiteral("ideas"), QStringLiteral("later")), 2);
    QVERIFY(m_model->commit());
    const QHash<QString, int> expected{{QStringLiteral("later"), 3}, {QStringLiteral("later/small"), 1}};
    QCOMPARE(counts(), expected);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Alpha")), 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("later")});
}

void TestNoteTags::deletingATagKeepsTheNotesOtherTags()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("work/clients/acme"), QStringLiteral("keep")});
    tag(QStringLiteral("Beta"), {QStringLiteral("work")});
    tag(QStringLiteral("Gamma"), {QStringLiteral("workshop")});
    QVERIFY(m_model->commit());
    // A note in the Trash keeps the tags it was trashed with.
    tag(QStringLiteral("Beta"), {QStringLiteral("work"), QStringLiteral("trashed")});
    QVERIFY(m_model->moveToTrash(rowOf(QStringLiteral("Beta"))));
    QVERIFY(m_model->commit());
    // And an unsaved tag goes too.
    tag(QStringLiteral("Gamma"), {QStringLiteral("workshop"), QStringLiteral("work/draft")});

    QCOMPARE(m_model->removeTag(QStringLiteral("work")), 2);
    QCOMPARE(m_model->index(rowOf(QStringLiteral("Gamma")), 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("workshop")});
    QVERIFY(m_model->commit());
    QCOMPARE(counts(), (QHash<QString, int>{{QStringLiteral("keep"), 1}, {QStringLiteral("workshop"), 1}}));
    QCOMPARE(m_model->rowCount(), 2); // no note went
    QCOMPARE(NoteTags::fromText(scalar(m_notebook->database(),
                                       QStringLiteral("SELECT tags FROM note WHERE title = 'Beta'")).toString()),
             (QStringList{QStringLiteral("trashed"), QStringLiteral("work")}));
}

void TestNoteTags::renamingReachesNotesNotListed()
{
    tag(QStringLiteral("Alpha"), {QStringLiteral("work")});
    tag(QStringLiteral("Beta"), {QStringLiteral("home")});
    QVERIFY(m_model->commit());
    qint64 home = -1;
    for (const NoteTags::Count &count : NoteTags(m_notebook->database()).counts()) {
        if (count.name == QLatin1String("home"))
            home = count.id;
    }
    QVERIFY(m_model->setTags({home}));
    QCOMPARE(m_model->rowCount(), 1);
    QCOMPARE(m_model->renameTag(QStringLiteral("work"), QStringLiteral("job")), 1);
    // Listed while pending, like any edit, so that Save writes it.
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->pendingState(rowOf(QStringLiteral("Alpha"))), NoteModel::PendingState::Edited);
    QVERIFY(m_model->commit());
    QCOMPARE(counts(), (QHash<QString, int>{{QStringLiteral("job"), 1}, {QStringLiteral("home"), 1}}));
}

void TestNoteTags::renamingHostileNames()
{
    const QString longName(NoteTags::MaxNameLength, QLatin1Char('y'));
    tag(QStringLiteral("Alpha"), {QStringLiteral("_"), QStringLiteral("%")});
    tag(QStringLiteral("Beta"), {QStringLiteral("a"), QStringLiteral("'")});
    QVERIFY(m_model->commit());
    QCOMPARE(m_model->renameTag(QStringLiteral("_"), QStringLiteral("🎉/עברית")), 1);
    QCOMPARE(m_model->renameTag(QStringLiteral("'"), QStringLiteral("  ") + longName + QStringLiteral("z  ")), 1);
    QCOMPARE(m_model->renameTag(QStringLiteral("//"), QStringLiteral("x")), 0); // no tag has no name
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    const QHash<QString, int> expected{{QStringLiteral("🎉"), 1},
                                       {QStringLiteral("🎉/עברית"), 1},
                                       {QStringLiteral("%"), 1},
                                       {QStringLiteral("a"), 1},
                                       {longName, 1}};
    QCOMPARE(counts(), expected);
}

QTEST_GUILESS_MAIN(TestNoteTags)
#include "tst_notetags.moc"
