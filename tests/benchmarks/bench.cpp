// Commonplace benchmark: generates deterministic notebooks of several sizes
// (cached between runs) and prints, for each size, the median and 95th
// percentile of the operations a user waits for, and the peak memory.
//
//   commonplace_bench [--sizes 1000,10000,100000] [--runs 20] [--cache DIR]
//   commonplace_bench --editor-only      (only the typing figures)
//   commonplace_bench --attachments-only (only the attachment figures)
//   commonplace_bench --import-only [--notes N] (a Markdown folder of N notes in, then out;
//     an Evernote export of N notes in)
//   commonplace_bench --evernote-only [--notes N] (the Evernote export alone)
//   .ci/with-postgres commonplace_bench --server-only [--notes N] [--runs R] (a team notebook
//     of N notes on the throwaway server: copied there, opened, searched, saved,
//     another client's save seen)
//
// With BENCH_VERBOSE=1 in the environment it also prints the time of each
// search keystroke.
//
// Not a ctest test: timings belong in figures, not in assertions.
#include "markdownexport.h"
#include "markdownfolder.h"
#include "noteattachments.h"
#include "noteimport.h"
#include "evernoteexport.h"
#include "importsurvey.h"
#include "noteeditor.h"
#include "notebookcopy.h"
#include "notebookfile.h"
#include "notebooksession.h"
#include "notebookserver.h"
#include "notehistory.h"
#include "notelinks.h"
#include "notemodel.h"
#include "notetags.h"
#include "pendingattachments.h"

#include <QApplication>
#include <QKeyEvent>
#include <QDir>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>

namespace {

QTextStream out(stdout);

// Words the way people use them: a vocabulary of 20,000 made-up words drawn
// with Zipf's law, so a few are in nearly every note and most in few.
class Vocabulary
{
public:
    static constexpr int Size = 20000;

    Vocabulary()
    {
        static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe",
                                                "da", "gu", "ho", "ji", "be", "fa", "zo", "wi", "ce",
                                                "ny", "qu", "ra", "so", "tu", "el", "or", "an"};
        constexpr int count = int(sizeof(syllables) / sizeof(*syllables));
        double total = 0;
        for (int rank = 1; m_words.size() < Size; ++rank) {
            QString word;
            for (int n = rank; n > 0; n /= count)
                word += QLatin1String(syllables[n % count]);
            if (word.size() < 4)
                word += QStringLiteral("ber");
            m_words << word;
            total += 1.0 / rank;
            m_cumulative << total;
        }
    }

    QString word(int rank) const { return m_words.at(rank - 1); }

    QString text(QRandomGenerator &random, int words) const
    {
        QStringList text;
        for (int i = 0; i < words; ++i) {
            const double pick = random.generateDouble() * m_cumulative.last();
            const auto at = std::lower_bound(m_cumulative.begin(), m_cumulative.end(), pick);
            text << m_words.at(qMin(Size - 1, int(at - m_cumulative.begin())));
        }
        return text.join(QLatin1Char(' '));
    }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

const Vocabulary &vocabulary()
{
    static const Vocabulary words;
    return words;
}

// 5,000 tags, nested three deep (50 areas, 10 topics in each, 10 items in
// each topic, less what is beyond 5,000), drawn Zipf-like: a few tags on
// many notes, most on few.
constexpr int TagCount = 5000;
QString tagName(int rank)
{
    const int area = rank % 50;
    const int topic = rank / 50 % 10;
    const int item = rank / 500;
    QString name = QStringLiteral("area%1").arg(area);
    if (rank >= 50)
        name += QStringLiteral("/topic%1").arg(topic);
    if (rank >= 500)
        name += QStringLiteral("/item%1").arg(item);
    return name;
}

int zipfRank(QRandomGenerator &random)
{
    // Inverse of a 1/rank distribution over TagCount ranks.
    const double u = random.generateDouble();
    return qBound(0, int(std::exp(u * std::log(double(TagCount)))) - 1, TagCount - 1);
}

bool generate(const QString &path, int notes)
{
    const QString temporary = path + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        NotebookFile notebook;
        if (!notebook.open(temporary)) {
            std::fprintf(stderr, "%s\n", qPrintable(notebook.errorDetail()));
            return false;
        }
        QRandomGenerator random{quint32(notes)};
        QSqlQuery query(notebook.database());
        // Written like any other program would: the triggers index the notes.
        query.exec(QStringLiteral("PRAGMA trusted_schema = ON"));
        query.exec(QStringLiteral("BEGIN"));
        query.prepare(QStringLiteral(
            "INSERT INTO note (title, content, excerpt, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        NoteTags tags(notebook.database());
        for (int i = 0; i < notes; ++i) {
            const QString stamp = QStringLiteral("2020-01-01T00:00:00.000Z").replace(
                11, 8, QStringLiteral("%1:%2:%3").arg(i / 3600 % 24, 2, 10, QLatin1Char('0'))
                           .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0')));
            query.addBindValue(vocabulary().text(random, 4));
            // One word in a thousand notes, for searches that must look far.
            const QString content = vocabulary().text(random, 150) + QStringLiteral(" marker%1").arg(i % 1000);
            query.addBindValue(content);
            query.addBindValue(NoteModel::excerptOf(content));
            // About three tags a note.
            QStringList names;
            for (int t = 0; t < 1 + random.bounded(5); ++t)
                names << tagName(zipfRank(random));
            const QString tagText = NoteTags::toText(names);
            query.addBindValue(tagText);
            query.addBindValue(stamp);
            query.addBindValue(stamp);
            if (!query.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
                return false;
            }
            if (!tags.link(query.lastInsertId().toLongLong(), tagText, false)) {
                std::fprintf(stderr, "%s\n", qPrintable(tags.lastError().text()));
                return false;
            }
        }
        query.exec(QStringLiteral("COMMIT"));
    }
    return QFile::rename(temporary, path);
}

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures figures(QList<double> times)
{
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(qMin(times.size() - 1, (times.size() * 95) / 100))};
}

Figures measure(int runs, const std::function<void(int)> &operation)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation(i);
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    return figures(times);
}

// What the list shows of its first screen of rows.
void readFirstScreen(const NoteModel &model)
{
    for (int row = 0; row < qMin(30, model.rowCount()); ++row) {
        const QModelIndex index = model.index(row, model.titleColumn());
        index.data(NoteModel::HighlightedTitleRole);
        index.data(NoteModel::SnippetRole);
        index.data(NoteModel::PendingStateRole);
        index.data(NoteModel::ExcerptRole);
        index.data(NoteModel::TagsRole);
        index.data(NoteModel::ChangedRole);
    }
}

// Peak resident memory since the last reset, in MB (Linux).
double peakMegabytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

QString cell(const Figures &figures)
{
    return QStringLiteral("%1 / %2").arg(figures.median, 0, 'f', 1).arg(figures.p95, 0, 'f', 1);
}

// The file growth of 1,000 saves of one 10 KB note, each changing a few
// words, and what the thinning keeps of those versions later on.
QString historyGrowth(const QString &path)
{
    QFile::remove(path);
    NotebookFile notebook;
    if (!notebook.open(path))
        return QStringLiteral("history: %1").arg(notebook.errorString());
    QRandomGenerator random(10);
    NoteModel model(notebook.database());
    model.select();
    int row = model.addNote(QStringLiteral("Often saved"));
    QString text;
    while (text.size() < 10 * 1024)
        text += vocabulary().text(random, 50) + QLatin1Char('\n');
    model.setData(model.index(row, model.contentColumn()), text);
    model.commit(&row);
    const qint64 before = QFileInfo(path).size();
    for (int save = 0; save < 1000; ++save) {
        text.replace(random.bounded(int(text.size()) - 20), 5, vocabulary().word(random.bounded(1000)));
        model.setData(model.index(row, model.contentColumn()), text);
        if (!model.commit(&row))
            std::abort();
    }
    const qint64 grown = QFileInfo(path).size() - before;
    NoteHistory history(notebook.database());
    QList<QDateTime> times;
    for (const NoteHistory::Revision &revision : history.revisions(model.noteId(row)))
        times << revision.savedAt;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto keptAfter = [&](int days) { return times.size() - NoteHistory::thinned(times, now.addDays(days)).size(); };
    return QStringLiteral("History: 1,000 saves of one 10 KB note, a few words changed each time, grow the file by "
                          "%1 MB (%2 versions kept, compressed). Thinned a day later %3 remain, a week later %4, "
                          "three months later %5.")
        .arg(double(grown) / 1e6, 0, 'f', 1)
        .arg(times.size())
        .arg(keptAfter(2))
        .arg(keptAfter(8))
        .arg(keptAfter(91));
}

// Bytes that do not compress, like a photo's: deterministic for seed.
QByteArray photoBytes(quint32 seed, int size)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    return bytes;
}

// A notebook of 1,000 notes, each with one 200 KB picture of its own (about
// 200 MB): opening it, adding a 5 MB picture to a note and saving, saving
// an edit to a note that shows pictures, and deleting such a note for good.
QString attachmentFigures(const QString &cache, int runs)
{
    const QString path = QDir(cache).filePath(QStringLiteral("attachments-v7.cpbook"));
    if (!QFile::exists(path)) {
        NotebookFile notebook;
        if (!notebook.open(path))
            return QStringLiteral("attachments: %1").arg(notebook.errorString());
        QTemporaryDir staging;
        PendingAttachments pending(staging.path());
        NoteModel model(notebook.database());
        model.select();
        model.setPendingAttachments(&pending);
        QRandomGenerator random(21);
        for (int i = 0; i < 1000; ++i) {
            QString hash;
            if (!pending.add(photoBytes(quint32(i), 200 * 1024), QStringLiteral("photo %1.jpg").arg(i), &hash))
                std::abort();
            const int row = model.addNote(QStringLiteral("Album %1").arg(i));
            model.setData(model.index(row, model.contentColumn()),
                          QString(vocabulary().text(random, 60) + QStringLiteral("\n\n")
                                  + NoteAttachments::reference(QStringLiteral("photo.jpg"), hash, true) + QLatin1Char('\n')));
            if (i % 100 == 99 && !model.commit())
                std::abort();
            if (i % 100 == 99)
                pending.clear();
        }
    }
    const double size = QFileInfo(path).size() / 1e6;
    const Figures open = measure(runs, [&path](int) {
        NotebookFile notebook;
        notebook.open(path);
        NoteModel model(notebook.database());
        model.select();
        readFirstScreen(model);
        model.index(0, model.contentColumn()).data();
    });
    // The saves change a copy: every run starts from the same notebook.
    QTemporaryDir work;
    const QString copy = work.filePath(QStringLiteral("attachments.cpbook"));
    if (!QFile::copy(path, copy))
        return QStringLiteral("attachments: cannot copy %1").arg(path);
    NotebookFile notebook;
    if (!notebook.open(copy))
        return notebook.errorString();
    QTemporaryDir staging;
    PendingAttachments pending(staging.path());
    NoteModel model(notebook.database());
    model.select();
    model.setPendingAttachments(&pending);
    const int saves = qMin(runs, 10); // each stores 5 MB
    QList<double> adding;
    const Figures added = measure(saves, [&](int run) {
        const QByteArray picture = photoBytes(quint32(5000 + run), 5 * 1024 * 1024);
        QElapsedTimer timer;
        timer.start();
        QString hash;
        if (!pending.add(picture, QStringLiteral("big.jpg"), &hash))
            std::abort();
        adding << double(timer.nsecsElapsed()) / 1e6;
        int row = run;
        const QModelIndex text = model.index(row, model.contentColumn());
        model.setData(text, QString(text.data().toString() + NoteAttachments::reference(QStringLiteral("big.jpg"), hash, true)));
        if (!model.commit(&row))
            std::abort();
        pending.clear();
    });
    const Figures edited = measure(runs, [&](int run) {
        int row = 20 + run;
        const QModelIndex text = model.index(row, model.contentColumn());
        model.setData(text, QString(text.data().toString() + QStringLiteral(" more")));
        if (!model.commit(&row))
            std::abort();
    });
    const Figures purged = measure(runs, [&](int) {
        int row = model.rowCount() - 1;
        model.moveToTrash(row);
        model.commit();
        int removed = 0;
        if (!model.purgeTrash(QDateTime::currentDateTimeUtc().addSecs(60), &removed) || removed != 1)
            std::abort();
    });
    return QStringLiteral("| Notebook (MB) | Open to first rows (ms) | Add a 5 MB picture (ms) | Save it (ms) | "
                          "Save an edit to a note with a picture (ms) | Trash and delete such a note for good (ms) |\n"
                          "| ---: | ---: | ---: | ---: | ---: | ---: |\n| %1 | %2 | %3 | %4 | %5 | %6 |\n")
        .arg(size, 0, 'f', 0)
        .arg(cell(open), cell(figures(adding)), cell(added), cell(edited), cell(purged));
}

// A Markdown folder of notes of about 1 KB, one in twenty showing a 50 KB
// picture of its own, in folders of 1,000, linking to each other: imported
// into a new notebook (one transaction), then exported again.
QString importFigures(const QString &cache, int notes)
{
    const QString vault = QDir(cache).filePath(QStringLiteral("vault-%1").arg(notes));
    if (!QFileInfo::exists(vault + QStringLiteral("/done"))) {
        QDir(vault).removeRecursively();
        QRandomGenerator random(31);
        for (int i = 0; i < notes; ++i) {
            const QString folder = vault + QStringLiteral("/Area %1").arg(i / 1000);
            if (i % 1000 == 0)
                QDir().mkpath(folder);
            QString text = QStringLiteral("---\ntags: [t%1]\ncreated: 2024-01-01T00:00:00Z\n---\n# Note %2\n\n")
                               .arg(i % 50)
                               .arg(i)
                + vocabulary().text(random, 150) + QStringLiteral("\n\nSee [[Note %1]].\n").arg(random.bounded(notes));
            if (i % 20 == 0) {
                QFile picture(folder + QStringLiteral("/picture %1.png").arg(i));
                if (!picture.open(QIODevice::WriteOnly))
                    return QStringLiteral("import: cannot write %1").arg(picture.fileName());
                picture.write(photoBytes(quint32(i), 50 * 1024));
                text += QStringLiteral("\n![[picture %1.png]]\n").arg(i);
            }
            QFile file(folder + QStringLiteral("/Note %1.md").arg(i));
            if (!file.open(QIODevice::WriteOnly))
                return QStringLiteral("import: cannot write %1").arg(file.fileName());
            file.write(text.toUtf8());
        }
        QFile(vault + QStringLiteral("/done")).open(QIODevice::WriteOnly);
    }
    QTemporaryDir work;
    const QString path = work.filePath(QStringLiteral("imported.cpbook"));
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    // What reading the files takes, as File ▸ Import… surveys them first.
    {
        MarkdownFolder folder(vault);
        ImportSurvey survey;
        if (!folder.read(survey))
            return QStringLiteral("survey: %1").arg(folder.errorString());
    }
    const double surveyed = double(timer.elapsed()) / 1000;
    timer.start();
    MarkdownFolder folder(vault);
    NoteImport import(path);
    if (!import.run(folder))
        return QStringLiteral("import: %1").arg(import.errorString());
    const double imported = double(timer.elapsed()) / 1000;
    const double importPeak = peakMegabytes();
    NotebookFile notebook;
    if (!notebook.open(path))
        return notebook.errorString();
    timer.start();
    MarkdownExport markdown;
    if (!markdown.write(notebook.database(), work.filePath(QStringLiteral("export"))))
        return QStringLiteral("export: %1").arg(markdown.errorString());
    const double exported = double(timer.elapsed()) / 1000;
    return QStringLiteral("| Notes | Pictures | Survey (s) | Import (s) | Peak memory (MB) | Notebook (MB) | Export to Markdown (s) |\n"
                          "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
        .arg(import.report().notes)
        .arg(import.report().attachments)
        .arg(surveyed, 0, 'f', 1)
        .arg(imported, 0, 'f', 1)
        .arg(importPeak, 0, 'f', 0)
        .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
        .arg(exported, 0, 'f', 1);
}

// An Evernote export of notes of about 1 KB, one in twenty with a 50 KB
// picture: surveyed and imported as File ▸ Import… does, streamed.
QString evernoteFigures(const QString &cache, int notes)
{
    const QString path = QDir(cache).filePath(QStringLiteral("export-%1.enex").arg(notes));
    if (!QFileInfo::exists(path)) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return QStringLiteral("evernote: cannot write %1").arg(path);
        QRandomGenerator random(37);
        file.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE en-export SYSTEM "
                   "\"http://xml.evernote.com/pub/evernote-export4.dtd\">\n<en-export application=\"Evernote\">\n");
        for (int i = 0; i < notes; ++i) {
            QByteArray picture;
            QByteArray media;
            if (i % 20 == 0) {
                picture = photoBytes(quint32(i), 50 * 1024);
                media = "<div><en-media hash=\"" + QCryptographicHash::hash(picture, QCryptographicHash::Md5).toHex()
                    + "\" type=\"image/jpeg\"/></div>";
            }
            file.write("<note><title>Note " + QByteArray::number(i) + "</title><content><![CDATA[<?xml version=\"1.0\" "
                       "encoding=\"UTF-8\"?><!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note><div>"
                       + vocabulary().text(random, 75).toHtmlEscaped().toUtf8() + "</div><div><b>"
                       + vocabulary().text(random, 5).toHtmlEscaped().toUtf8() + "</b></div><div>"
                       + vocabulary().text(random, 70).toHtmlEscaped().toUtf8() + "</div>" + media
                       + "</en-note>]]></content><created>20240101T000000Z</created><updated>20240102T000000Z</updated>"
                         "<tag>t" + QByteArray::number(i % 50) + "</tag>");
            if (!picture.isEmpty())
                file.write("<resource><data encoding=\"base64\">" + picture.toBase64() + "</data><mime>image/jpeg</mime>"
                           "<resource-attributes><file-name>picture " + QByteArray::number(i) + ".jpg</file-name>"
                           "</resource-attributes></resource>");
            file.write("</note>\n");
        }
        file.write("</en-export>\n");
        if (!file.commit())
            return QStringLiteral("evernote: cannot write %1").arg(path);
    }
    QTemporaryDir work;
    const QString notebook = work.filePath(QStringLiteral("imported.cpbook"));
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    {
        EvernoteExport source(path);
        ImportSurvey survey;
        if (!source.read(survey))
            return QStringLiteral("survey: %1").arg(source.errorString());
    }
    const double surveyed = double(timer.elapsed()) / 1000;
    timer.start();
    EvernoteExport source(path);
    NoteImport import(notebook);
    // The progress dialog shows each report it is sent (at most ten a
    // second): the longest wait between two is how long it may stand still.
    QElapsedTimer sinceReport;
    sinceReport.start();
    qint64 longestWait = 0;
    import.setProgressHandler([&](int, const QString &) { longestWait = qMax(longestWait, sinceReport.restart()); });
    if (!import.run(source))
        return QStringLiteral("import: %1").arg(import.errorString());
    longestWait = qMax(longestWait, sinceReport.elapsed()); // the last note to the end: the commit
    const double imported = double(timer.elapsed()) / 1000;
    return QStringLiteral("| Notes | Pictures | Export file (MB) | Survey (s) | Import (s) | Peak memory (MB) | "
                          "Longest wait between progress reports (ms) |\n"
                          "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n| %1 | %2 | %3 | %4 | %5 | %6 | %7 |\n")
        .arg(import.report().notes)
        .arg(import.report().attachments)
        .arg(QFileInfo(path).size() / 1e6, 0, 'f', 0)
        .arg(surveyed, 0, 'f', 1)
        .arg(imported, 0, 'f', 1)
        .arg(peakMegabytes(), 0, 'f', 0)
        .arg(longestWait);
}

// Typing in a 1 MB Markdown note in the real editor, highlighted: opening it
// (the one full pass) and each keystroke in its middle, repaint included.
QString typingFigures(int runs)
{
    QRandomGenerator random(14);
    QString text;
    for (int section = 0; text.size() < 1000 * 1000; ++section) {
        text += QStringLiteral("## Section %1\n\n").arg(section);
        for (int line = 0; line < 6; ++line)
            text += QStringLiteral("Some *emphasis*, **strong** and `code` with [[Note %1]] and "
                                   "https://example.org/%2 in a line of text.\n")
                        .arg(random.bounded(1000))
                        .arg(random.bounded(1000));
        text += QStringLiteral("\n- [ ] a task\n- [x] done\n> a quote\n\n```cpp\nint x = %1; // **no**\n```\n\n")
                    .arg(section);
    }
    NoteEditor editor;
    const bool spelling = editor.setSpelling(true, QStringLiteral("en_US"));
    editor.resize(800, 600);
    editor.show();
    QElapsedTimer opening;
    opening.start();
    editor.setPlainText(text);
    QCoreApplication::processEvents();
    const double open = double(opening.nsecsElapsed()) / 1e6;

    QTextCursor middle = editor.textCursor();
    middle.setPosition(text.size() / 2);
    editor.setTextCursor(middle);
    editor.centerCursor();
    QCoreApplication::processEvents();
    const Figures keystroke = measure(qMax(runs, 50), [&editor](int i) {
        const QChar key = QChar(u'a' + i % 26);
        QKeyEvent press(QEvent::KeyPress, Qt::Key_A + i % 26, Qt::NoModifier, key);
        QCoreApplication::sendEvent(&editor, &press);
        editor.viewport()->repaint();
    });
    return QStringLiteral("Typing in a %1 MB Markdown note (%2 lines), highlighted%5: opening it %3 ms; "
                          "a keystroke in its middle, repainted, %4 ms (median / 95th percentile).\n")
        .arg(double(text.toUtf8().size()) / 1e6, 0, 'f', 1)
        .arg(editor.document()->blockCount())
        .arg(open, 0, 'f', 0)
        .arg(cell(keystroke))
        .arg(spelling ? QStringLiteral(" and spell-checked (en_US)") : QString());
}

} // namespace

// A team notebook of the generated notebook's notes on the throwaway
// server .ci/with-postgres starts: copied there (File ▸ Copy to Server…),
// then timed as the file notebooks are, and how soon another client lists
// a save (from the commit to its model holding the note).
QString serverFigures(const QString &cache, int notes, int runs, const QStringList &keystrokes)
{
    const QString host = qEnvironmentVariable("COMMONPLACE_TEST_PGHOST");
    const int port = qEnvironmentVariableIntValue("COMMONPLACE_TEST_PGPORT");
    if (host.isEmpty() || port == 0)
        return QStringLiteral("No server: run through .ci/with-postgres.\n");
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        admin.setHostName(host);
        admin.setPort(port);
        admin.setUserName(qEnvironmentVariable("COMMONPLACE_TEST_PGUSER"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open())
            return admin.lastError().text();
        for (const char *statement : {"DROP DATABASE IF EXISTS bench", "DROP ROLE IF EXISTS bench",
                                      "CREATE ROLE bench LOGIN PASSWORD 'bench'", "CREATE DATABASE bench OWNER bench"})
            QSqlQuery(admin).exec(QLatin1String(statement));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    qputenv("PGPASSWORD", "bench");
    const NotebookLocation location =
        NotebookLocation::fromUserInput(QStringLiteral("postgresql://bench@127.0.0.1:%1/bench").arg(port));

    const QString path = QDir(cache).filePath(QStringLiteral("notes-v5-%1.cpbook").arg(notes));
    if (!QFile::exists(path) && !generate(path, notes))
        return QStringLiteral("Could not generate the notebook.\n");
    double copySeconds = 0;
    {
        NotebookSession::OpenError error;
        auto source = NotebookSession::open(NotebookLocation::fromPath(path), &error);
        std::unique_ptr<Notebook> target = Notebook::at(location);
        target->setSetUpAllowed(true);
        if (!source || !target->open())
            return QStringLiteral("Could not open the notebooks: %1 %2\n").arg(error.message, target->errorDetail());
        QElapsedTimer timer;
        timer.start();
        qint64 copied = 0;
        QString message;
        QString detail;
        if (!source->copyTo(*target, {}, &copied, &message, &detail))
            return message + u' ' + detail + u'\n';
        copySeconds = double(timer.elapsed()) / 1000;
    }

    const Figures open = measure(runs, [&location](int) {
        std::unique_ptr<Notebook> notebook = Notebook::at(location);
        notebook->open();
        NoteModel model(notebook->database());
        model.select();
        if (model.rowCount() == 0)
            std::abort();
        readFirstScreen(model);
        model.index(0, model.contentColumn()).data();
    });

    NotebookSession::OpenError error;
    auto mine = NotebookSession::open(location, &error);
    auto theirs = NotebookSession::open(location, &error);
    if (!mine || !theirs)
        return error.message + u'\n';
    NoteModel *model = mine->model();
    QList<double> searchTimes;
    for (int run = 0; run < qMax(1, runs / 4); ++run) {
        for (const QString &text : keystrokes) {
            QElapsedTimer timer;
            timer.start();
            if (!model->setSearchText(text))
                std::abort();
            readFirstScreen(*model);
            searchTimes << double(timer.nsecsElapsed()) / 1e6;
        }
    }
    const Figures search = figures(searchTimes);
    model->setSearchText(QString());
    const Figures save = measure(runs, [&](int run) {
        model->setData(model->index(0, model->contentColumn()), QStringLiteral("Edited in round %1").arg(run));
        if (mine->save() != NotebookSession::SaveResult::Saved)
            std::abort();
    });

    // Another client's save, seen: from the commit to the list holding it.
    theirs->start(0);
    QList<double> seen;
    for (int run = 0; run < runs; ++run) {
        const QString title = QStringLiteral("Seen %1").arg(run);
        mine->model()->addNote(title);
        QElapsedTimer timer;
        if (mine->save() != NotebookSession::SaveResult::Saved)
            std::abort();
        timer.start();
        bool listed = false;
        while (!listed && timer.elapsed() < 5000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            NoteModel *other = theirs->model();
            for (int row = 0; row < qMin(3, other->rowCount()) && !listed; ++row)
                listed = other->index(row, other->titleColumn()).data().toString() == title;
        }
        seen << double(timer.nsecsElapsed()) / 1e6;
    }
    const Figures visible = figures(seen);
    return QStringLiteral("| Notes | Copy to the server (s) | Open to first rows (ms) | Search keystroke (ms) | Save one edit (ms) | "
                          "Another client's save listed (ms) |\n| ---: | ---: | ---: | ---: | ---: | ---: |\n"
                          "| %1 | %2 | %3 | %4 | %5 | %6 |\n")
        .arg(notes)
        .arg(copySeconds, 0, 'f', 1)
        .arg(cell(open), cell(search), cell(save), cell(visible));
}

int main(int argc, char *argv[])
{
    // The typing figures use the real editor, which needs a window system:
    // without one, Qt's offscreen platform stands in.
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("commonplace.*.info=false"));
    QStringList args = QCoreApplication::arguments();
    QList<int> sizes{1000, 10000, 100000};
    int runs = 20;
    QString cache = QDir::current().filePath(QStringLiteral("bench-cache"));
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &size : args.at(i + 1).split(QLatin1Char(',')))
                sizes << size.toInt();
        } else if (args.at(i) == QLatin1String("--runs")) {
            runs = qMax(1, args.at(i + 1).toInt());
        } else if (args.at(i) == QLatin1String("--cache")) {
            cache = args.at(i + 1);
        }
    }
    QDir().mkpath(cache);
    if (args.contains(QLatin1String("--import-only")) || args.contains(QLatin1String("--evernote-only"))) {
        const int at = int(args.indexOf(QLatin1String("--notes")));
        const int notes = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 100000;
        if (!args.contains(QLatin1String("--evernote-only")))
            out << importFigures(cache, notes) << "\n";
        out << evernoteFigures(cache, notes);
        return 0;
    }
    if (args.contains(QLatin1String("--attachments-only"))) {
        out << attachmentFigures(cache, runs);
        return 0;
    }
    if (args.contains(QLatin1String("--editor-only"))) {
        out << typingFigures(runs);
        return 0;
    }

    // Typed one key at a time, as search-as-you-type runs them: a common
    // word, a middling one, a rare one, a word in one note in a thousand,
    // and a phrase. Each prefix is one search.
    QStringList keystrokes;
    const QStringList typed{vocabulary().word(20), vocabulary().word(400), vocabulary().word(9000),
                            QStringLiteral("marker417"),
                            QLatin1Char('"') + vocabulary().word(3) + QLatin1Char(' ')
                                + vocabulary().word(5) + QLatin1Char('"')};
    for (const QString &word : typed) {
        for (int length = 2; length <= word.size(); ++length)
            keystrokes << word.left(length);
    }

    if (args.contains(QLatin1String("--server-only"))) {
        const int at = int(args.indexOf(QLatin1String("--notes")));
        const int notes = at > 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 100000;
        out << serverFigures(cache, notes, runs, keystrokes);
        return 0;
    }

    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture()
        << ", " << QThread::idealThreadCount() << " cores; " << runs << " runs each, "
        << keystrokes.size() << " search keystrokes\n\n";
    out << "| Notes | File (MB) | Open to first rows (ms) | Search keystroke, FTS (ms) | Naive LIKE search (ms) | Save one edit (ms) | Peak memory (MB) |\n";
    out << "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n";
    out.flush();

    QStringList tagRows;
    QStringList linkRows;
    for (const int size : sizes) {
        const QString path = QDir(cache).filePath(QStringLiteral("notes-v5-%1.cpbook").arg(size));
        if (!QFile::exists(path) && !generate(path, size))
            return 1;
        resetPeak();

        const Figures open = measure(runs, [&path](int) {
            NotebookFile notebook;
            notebook.open(path);
            NoteModel model(notebook.database());
            model.select();
            if (model.rowCount() == 0)
                std::abort();
            readFirstScreen(model);
            // The editor shows the first note.
            model.index(0, model.contentColumn()).data();
        });

        NotebookFile notebook;
        if (!notebook.open(path))
            return 1;
        NoteModel model(notebook.database());
        model.select();
        QList<double> searchTimes;
        for (int run = 0; run < qMax(1, runs / 4); ++run) {
            for (const QString &text : std::as_const(keystrokes)) {
                QElapsedTimer timer;
                timer.start();
                if (!model.setSearchText(text))
                    std::abort();
                readFirstScreen(model);
                searchTimes << double(timer.nsecsElapsed()) / 1e6;
                if (qEnvironmentVariableIsSet("BENCH_VERBOSE") && run == 0)
                    std::fprintf(stderr, "%-24s %8.1f ms %d rows\n", qPrintable(text), searchTimes.last(), model.rowCount());
            }
        }
        const Figures search = figures(searchTimes);
        model.setSearchText(QString());

        // What a search for a rare word does without an index: read (nearly)
        // every note. One word is in no note at all, like a typo.
        const QStringList words{QStringLiteral("marker417"), QStringLiteral("marker42"),
                                QStringLiteral("marker999"), QStringLiteral("nowhere")};
        const Figures like = measure(runs, [&](int run) {
            QSqlQuery query(notebook.database());
            query.prepare(QStringLiteral("SELECT id, title FROM note WHERE title LIKE ? OR content "
                                         "LIKE ? ORDER BY updated_at DESC LIMIT 100"));
            const QString pattern = QLatin1Char('%') + words.at(run % words.size()) + QLatin1Char('%');
            query.addBindValue(pattern);
            query.addBindValue(pattern);
            if (!query.exec())
                std::abort();
            while (query.next()) {
            }
        });

        const Figures save = measure(runs, [&](int run) {
            model.setData(model.index(0, model.contentColumn()),
                          QStringLiteral("Edited in round %1").arg(run));
            if (!model.commit())
                std::abort();
        });

        // The sidebar's counts; a tag's notes; a search within it; a save of
        // an edit that also changes the note's tags (and keeps a version).
        const Figures counts = measure(runs, [&](int) {
            NoteModel::ShelfCounts shelves;
            if (!model.shelfCounts(&shelves) || NoteTags(notebook.database()).counts().size() < 100)
                std::abort();
        });
        const QList<NoteTags::Count> allTags = NoteTags(notebook.database()).counts();
        QList<qint64> busyTags; // tags with notes to show, popular and rare
        for (const NoteTags::Count &tag : allTags) {
            if (tag.notes >= 30 && busyTags.size() < 40 && (busyTags.size() % 2 == 0 || tag.notes < 1000))
                busyTags << tag.id;
        }
        const Figures tagList = measure(runs, [&](int run) {
            if (!model.setTags({busyTags.at(run % busyTags.size())}) || model.rowCount() == 0)
                std::abort();
            readFirstScreen(model);
        });
        QList<double> withinTimes;
        for (int run = 0; run < runs; ++run) {
            model.setTags({busyTags.at(run % busyTags.size())});
            for (const QString &text : {vocabulary().word(20).left(3), vocabulary().word(400), QStringLiteral("marker417")}) {
                QElapsedTimer timer;
                timer.start();
                if (!model.setSearchText(text))
                    std::abort();
                readFirstScreen(model);
                withinTimes << double(timer.nsecsElapsed()) / 1e6;
            }
            model.setSearchText(QString());
        }
        const Figures within = figures(withinTimes);
        model.setTags({});
        const Figures saveTags = measure(runs, [&](int run) {
            model.setData(model.index(0, model.contentColumn()), QStringLiteral("Edited with tags in round %1").arg(run));
            model.setData(model.index(0, model.tagsColumn()),
                          NoteTags::toText({tagName(run % 200), tagName(1000 + run)}));
            if (!model.commit())
                std::abort();
        });
        // Links: the titles offered as [[ and a few letters are typed, and
        // the note a link leads to (one listed, and one that is not there).
        const NoteLinks links(notebook.database());
        const Figures offer = measure(runs * 4, [&](int run) {
            QStringList titles;
            const QString typed = vocabulary().word(1 + run * 37 % 2000).left(1 + run % 3);
            if (!links.titlesStartingWith(typed, 10, &titles))
                std::abort();
        });
        QStringList someTitles;
        for (int row = 0; row < qMin(model.rowCount(), 200); row += 7)
            someTitles << model.index(row, model.titleColumn()).data().toString();
        const Figures follow = measure(runs * 4, [&](int run) {
            NoteLinks::Target target;
            const QString title = run % 4 == 3 ? QStringLiteral("No such note %1").arg(run)
                                               : someTitles.at(run % someTitles.size()).toUpper();
            if (!links.find(title, &target) || (run % 4 != 3 && target.id < 0))
                std::abort();
        });
        linkRows << QStringLiteral("| %1 | %2 | %3 |\n").arg(size).arg(cell(offer), cell(follow));
        tagRows << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                       .arg(size)
                       .arg(allTags.size())
                       .arg(cell(counts), cell(tagList), cell(within), cell(saveTags));

        // The worst for memory: a user scrolling to the very end of the list,
        // so that it holds every row (never any content but one).
        const double beforeScrolling = peakMegabytes();
        model.setSearchText(QString());
        QElapsedTimer scrolling;
        scrolling.start();
        while (model.canFetchMore())
            model.fetchMore();
        const double scrolled = double(scrolling.nsecsElapsed()) / 1e6;
        if (qEnvironmentVariableIsSet("BENCH_VERBOSE"))
            std::fprintf(stderr, "peak %.0f MB before listing every row, %.0f MB after; %d rows in %.0f ms\n",
                         beforeScrolling, peakMegabytes(), model.rowCount(), scrolled);

        out << "| " << size << " | " << QString::number(QFileInfo(path).size() / 1e6, 'f', 0) << " | "
            << cell(open) << " | " << cell(search) << " | " << cell(like) << " | " << cell(save)
            << " | " << QString::number(peakMegabytes(), 'f', 0) << " |\n";
        out.flush();
    }
    out << "\nEach cell: median / 95th percentile.\n\n";
    out << "| Notes | Tags | Sidebar counts (ms) | A tag's notes, first screen (ms) | Search within a tag (ms) | Save an edit with tags (ms) |\n";
    out << "| ---: | ---: | ---: | ---: | ---: | ---: |\n";
    for (const QString &row : std::as_const(tagRows))
        out << row;
    out << "\n| Notes | Titles offered after [[ (ms) | A link's note found, any case (ms) |\n";
    out << "| ---: | ---: | ---: |\n";
    for (const QString &row : std::as_const(linkRows))
        out << row;
    out << "\n" << historyGrowth(QDir(cache).filePath(QStringLiteral("history.cpbook"))) << "\n";
    out << "\n" << attachmentFigures(cache, runs);
    out << "\n" << typingFigures(runs);
    return 0;
}
