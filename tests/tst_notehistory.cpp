#include "notebookfile.h"
#include "notehistory.h"
#include "notemodel.h"
#include "testsupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

class TestNoteHistory : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void compressionKeepsEveryCharacter();
    void everySaveKeepsTheVersionItReplaces();
    void onlyTitleAndTextChangesAreKept();
    void thinningKeepsWhatThePolicySays();
    void aHugeNotesHistoryStaysBounded();
    void deletingANoteDeletesItsHistory();
    void aFailedSaveKeepsNoVersion();
    void theTrashKeepsTheHistory();

private:
    int saveEdit(NoteModel &model, int row, const QString &content);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<NotebookFile> m_notebook;
};

void TestNoteHistory::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_notebook = std::make_unique<NotebookFile>();
    QVERIFY2(m_notebook->open(m_dir->filePath(QStringLiteral("history.cpbook"))),
             qPrintable(m_notebook->errorString()));
    trustSchema(m_notebook->database()); // for insertNotes()
}

void TestNoteHistory::cleanup()
{
    m_notebook.reset();
    m_dir.reset();
}

// Saves content as the text of the note at row; its row afterwards.
int TestNoteHistory::saveEdit(NoteModel &model, int row, const QString &content)
{
    model.setData(model.index(row, model.contentColumn()), content);
    if (!model.commit(&row))
        qWarning() << model.lastError().text();
    return row;
}

void TestNoteHistory::compressionKeepsEveryCharacter()
{
    for (const QString &text : {QString(QLatin1String("")), QStringLiteral("plain"),
                                QStringLiteral("émoji 🎉, 日本語, עברית\n\ttabs")}) {
        const QString back = NoteHistory::uncompress(NoteHistory::compress(text));
        QVERIFY(!back.isNull());
        QCOMPARE(back, text);
    }
    QVERIFY(NoteHistory::uncompress(QByteArrayLiteral("not zlib at all")).isNull());
    QVERIFY(NoteHistory::uncompress(QByteArray()).isNull());
}

void TestNoteHistory::everySaveKeepsTheVersionItReplaces()
{
    NoteModel model(m_notebook->database());
    QVERIFY(model.select());
    int row = model.addNote(QStringLiteral("Diary"));
    model.setData(model.index(row, model.contentColumn()), QStringLiteral("first"));
    QVERIFY(model.commit(&row));
    const qint64 id = model.noteId(row);
    NoteHistory history(m_notebook->database());
    QVERIFY(history.revisions(id).isEmpty()); // a new note replaces nothing

    row = saveEdit(model, row, QStringLiteral("second"));
    row = saveEdit(model, row, QStringLiteral("third"));
    row = saveEdit(model, row, QStringLiteral("fourth"));
    QCOMPARE(model.data(model.index(row, model.contentColumn())).toString(), QStringLiteral("fourth"));

    const QList<NoteHistory::Revision> revisions = history.revisions(id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(history.text(revisions.at(0).id), QStringLiteral("third"));
    QCOMPARE(history.text(revisions.at(1).id), QStringLiteral("second"));
    QCOMPARE(history.text(revisions.at(2).id), QStringLiteral("first"));
    QCOMPARE(revisions.at(0).title, QStringLiteral("Diary"));
    QCOMPARE(revisions.at(0).size, qint64(5));
    QVERIFY(revisions.at(0).savedAt >= revisions.at(2).savedAt);
    QVERIFY(revisions.at(0).savedAt.isValid());
}

void TestNoteHistory::onlyTitleAndTextChangesAreKept()
{
    QVERIFY(insertNotes(m_notebook->database(), {{QStringLiteral("Pinned"), QStringLiteral("text")}}));
    NoteModel model(m_notebook->database());
    QVERIFY(model.select());
    const qint64 id = model.noteId(0);
    int row = 0;
    model.setData(model.index(row, model.pinnedColumn()), 1);
    QVERIFY(model.commit(&row));
    NoteHistory history(m_notebook->database());
    QVERIFY(history.revisions(id).isEmpty());

    model.setData(model.index(row, model.titleColumn()), QStringLiteral("Renamed"));
    QVERIFY(model.commit(&row));
    const QList<NoteHistory::Revision> revisions = history.revisions(id);
    QCOMPARE(revisions.size(), 1);
    QCOMPARE(revisions.first().title, QStringLiteral("Pinned"));
    QCOMPARE(history.text(revisions.first().id), QStringLiteral("text"));
}

void TestNoteHistory::thinningKeepsWhatThePolicySays()
{
    const QDateTime now(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC);
    QList<QDateTime> times; // newest first
    // The last day: every minute for 23 hours. All stay.
    for (int minute = 0; minute < 23 * 60; ++minute)
        times << now.addSecs(-60 * minute);
    const int lastDay = int(times.size());
    // Two to six days ago: every ten minutes. One an hour stays.
    for (qint64 at = 2 * 86400; at < 6 * 86400; at += 600)
        times << now.addSecs(-at);
    // Ten to eighty days ago: every hour. One a day stays.
    for (qint64 at = 10 * 86400; at < 80 * 86400; at += 3600)
        times << now.addSecs(-at);
    // A year to two years ago: every day. One a month stays.
    for (int day = 365; day < 730; ++day)
        times << now.addDays(-day);

    const QList<int> removed = NoteHistory::thinned(times, now);
    QList<bool> gone(times.size(), false);
    for (const int i : removed)
        gone[i] = true;
    QSet<QString> hours, days, months;
    int keptRecent = 0;
    for (int i = 0; i < times.size(); ++i) {
        if (gone.at(i))
            continue;
        const QDateTime time = times.at(i);
        const qint64 age = time.secsTo(now);
        if (i < lastDay) {
            ++keptRecent;
        } else if (age < 7 * 86400) {
            const QString hour = time.toString(QStringLiteral("yyyyMMddHH"));
            QVERIFY2(!hours.contains(hour), qPrintable(hour));
            hours.insert(hour);
        } else if (age < 90 * 86400) {
            const QString day = time.toString(QStringLiteral("yyyyMMdd"));
            QVERIFY2(!days.contains(day), qPrintable(day));
            days.insert(day);
        } else {
            const QString month = time.toString(QStringLiteral("yyyyMM"));
            QVERIFY2(!months.contains(month), qPrintable(month));
            months.insert(month);
        }
    }
    QCOMPARE(keptRecent, lastDay);
    QCOMPARE(hours.size(), 4 * 24 + 1); // one for each hour from 6 days ago to 2 days ago
    QCOMPARE(days.size(), 71); // one for each date from 80 to 10 days ago
    QCOMPARE(months.size(), 13); // June 2024 to June 2025
    // What stays of each period is its newest version.
    QVERIFY(!gone.at(lastDay));
    QCOMPARE(times.size() - removed.size(), qsizetype(lastDay + hours.size() + days.size() + months.size()));
}

void TestNoteHistory::aHugeNotesHistoryStaysBounded()
{
    // 10 MB of text that does not compress well, saved again and again.
    QByteArray letters(10 * 1024 * 1024, Qt::Uninitialized);
    QRandomGenerator random(7);
    for (char &c : letters)
        c = char('a' + random.bounded(26));
    const QString text = QString::fromLatin1(letters);
    QVERIFY(insertNotes(m_notebook->database(), {{QStringLiteral("Huge"), text}}));
    NoteModel model(m_notebook->database());
    QVERIFY(model.select());
    const qint64 id = model.noteId(0);

    NoteHistory history(m_notebook->database());
    const qint64 limit = 20 * 1024 * 1024;
    history.setSizeLimit(limit);
    for (int save = 0; save < 6; ++save) {
        QSqlQuery begin(m_notebook->database());
        QVERIFY(begin.exec(QStringLiteral("BEGIN IMMEDIATE")));
        // All within the last day: thinning alone would keep them all.
        const QDateTime now(QDate(2026, 1, 1), QTime(1, 0), Qt::UTC);
        QVERIFY2(history.keep(id, now), qPrintable(history.lastError().text()));
        // Saved again a minute later (the text as it was: reindexing 10 MB
        // each time would only make the test slow).
        QSqlQuery edit(m_notebook->database());
        edit.prepare(QStringLiteral("UPDATE note SET updated_at = ? WHERE id = ?"));
        edit.addBindValue(QDateTime(QDate(2026, 1, 1), QTime(0, save), Qt::UTC).toString(Qt::ISODateWithMs));
        edit.addBindValue(id);
        QVERIFY2(edit.exec(), qPrintable(edit.lastError().text()));
        QVERIFY(begin.exec(QStringLiteral("COMMIT")));
    }
    QSqlQuery total(m_notebook->database());
    QVERIFY(total.exec(QStringLiteral("SELECT count(*), sum(length(content)) FROM note_revision")));
    QVERIFY(total.next());
    const int versions = total.value(0).toInt();
    const qint64 bytes = total.value(1).toLongLong();
    // About 6 MB each once compressed: three fit under 20 MB.
    QVERIFY2(versions >= 2 && versions < 6, qPrintable(QString::number(versions)));
    QVERIFY2(bytes <= limit, qPrintable(QString::number(bytes)));
    // The newest versions are the ones kept, whole.
    const QList<NoteHistory::Revision> revisions = history.revisions(id);
    QCOMPARE(revisions.first().savedAt, QDateTime(QDate(2026, 1, 1), QTime(0, 4), Qt::UTC));
    QCOMPARE(history.text(revisions.first().id), text);
}

void TestNoteHistory::deletingANoteDeletesItsHistory()
{
    QVERIFY(insertNotes(m_notebook->database(), {{QStringLiteral("Gone"), QStringLiteral("v1")},
                                                 {QStringLiteral("Stays"), QStringLiteral("w1")}}));
    NoteModel model(m_notebook->database());
    QVERIFY(model.select());
    for (int row = 0; row < 2; ++row)
        saveEdit(model, row, model.data(model.index(row, model.contentColumn())).toString() + QLatin1Char('!'));
    QSqlQuery count(m_notebook->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM note_revision")) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
    count.finish();

    const int gone = model.data(model.index(0, model.titleColumn())).toString() == QLatin1String("Gone") ? 0 : 1;
    QVERIFY(model.removeRows(gone, 1));
    QVERIFY(model.commit());
    QVERIFY(count.exec(QStringLiteral("SELECT n.title FROM note_revision r JOIN note n ON n.id = r.note_id")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toString(), QStringLiteral("Stays"));
    QVERIFY(!count.next());
    count.finish();
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM note_revision")) && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestNoteHistory::aFailedSaveKeepsNoVersion()
{
    QVERIFY(insertNotes(m_notebook->database(), {{QStringLiteral("One"), QStringLiteral("saved")},
                                                 {QStringLiteral("Two"), QStringLiteral("saved too")}}));
    NoteModel model(m_notebook->database());
    QVERIFY(model.select());
    // The text of one note, and a title the notebook refuses on the other:
    // the save fails after the first version was kept, and takes it back.
    model.setData(model.index(0, model.contentColumn()), QStringLiteral("edited"));
    model.setData(model.index(1, model.titleColumn()), QString(NoteModel::MaxTitleLength + 1, QLatin1Char('x')));
    QVERIFY(!model.commit());
    QCOMPARE(model.titleProblem(), NoteModel::TitleProblem::TooLong);
    QSqlQuery count(m_notebook->database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM note_revision")) && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
    count.finish();
    QCOMPARE(model.data(model.index(0, model.contentColumn())).toString(), QStringLiteral("edited"));

    model.setData(model.index(1, model.titleColumn()), QStringLiteral("Two, shorter"));
    QVERIFY(model.commit());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM note_revision")) && count.next());
    QCOMPARE(count.value(0).toInt(), 2);
}

void TestNoteHistory::theTrashKeepsTheHistory()
{
    QVERIFY(insertNotes(m_notebook->database(), {{QStringLiteral("Kept"), QStringLiteral("v1")}}));
    NoteModel model(m_notebook->database());
    QVERIFY(model.select());
    const qint64 id = model.noteId(0);
    int row = saveEdit(model, 0, QStringLiteral("v2"));
    row = saveEdit(model, row, QStringLiteral("v3"));
    NoteHistory history(m_notebook->database());
    QCOMPARE(history.revisions(id).size(), 2);

    // To the Trash and back (moving is no edit of the text: no version).
    QVERIFY(model.moveToTrash(row));
    QVERIFY(model.commit());
    QCOMPARE(history.revisions(id).size(), 2);
    QVERIFY(model.setShelf(NoteModel::Shelf::Trash));
    row = model.rowForId(id);
    QVERIFY(model.restoreFromTrash(row));
    QVERIFY(model.commit());
    QVERIFY(model.setShelf(NoteModel::Shelf::Notes));
    const QList<NoteHistory::Revision> revisions = history.revisions(id);
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(history.text(revisions.at(0).id), QStringLiteral("v2"));
    QCOMPARE(history.text(revisions.at(1).id), QStringLiteral("v1"));

    // A version brought back is an edit like any: its save keeps v3.
    row = model.rowForId(id);
    row = saveEdit(model, row, history.text(revisions.at(1).id));
    QCOMPARE(model.data(model.index(row, model.contentColumn())).toString(), QStringLiteral("v1"));
    QCOMPARE(history.text(history.revisions(id).first().id), QStringLiteral("v3"));
}

QTEST_GUILESS_MAIN(TestNoteHistory)
#include "tst_notehistory.moc"
