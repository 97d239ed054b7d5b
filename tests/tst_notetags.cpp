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
    tag(QStringLiteral("Beta"), {QStringLiteral("WORK")});
    tag(QStringLiteral("Gamma"), {QStringLiteral("work")});
    QVERIFY2(m_model->commit(), qPrintable(m_model->lastError().text()));
    const QList<NoteTags::Count> all = NoteTags(m_notebook->database()).counts();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().notes, 3);
    QCOMPARE(all.first().name, QStringLiteral("Work")); // the first spelling saved
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
        for (int row = 0; row < m_model->rowCount(); ++row) {
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

QTEST_GUILESS_MAIN(TestNoteTags)
#include "tst_notetags.moc"
