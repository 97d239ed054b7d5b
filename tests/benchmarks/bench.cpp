// Commonplace benchmark: generates deterministic notebooks of several sizes
// (cached between runs) and prints, for each size, the median and 95th
// percentile of the operations a user waits for, and the peak memory.
//
//   commonplace_bench [--sizes 1000,10000,100000] [--runs 20] [--cache DIR]
//
// Not a ctest test: timings belong in figures, not in assertions.
#include "notebook.h"
#include "notemodel.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace {

QTextStream out(stdout);

// About 1 KB of text from a fixed vocabulary: the same notebook every time.
QString noteText(QRandomGenerator &random, int words)
{
    static const QStringList vocabulary = QStringLiteral(
        "river lantern harbour meadow copper violin orchard glacier pepper saddle thunder "
        "marble compass ember lagoon walnut falcon velvet quarry blossom anchor canyon "
        "parsley ribbon summit tundra willow beacon cobalt dune fable garnet hollow ivory "
        "jasmine kettle ledger mosaic nectar oyster pebble quiver raven spindle thistle "
        "umbrella vessel wander yonder zephyr atlas bramble cinder dapple estuary")
                                              .split(QLatin1Char(' '));
    QStringList text;
    for (int i = 0; i < words; ++i)
        text << vocabulary.at(int(random.bounded(vocabulary.size())));
    return text.join(QLatin1Char(' '));
}

bool generate(const QString &path, int notes)
{
    const QString temporary = path + QStringLiteral(".partial");
    QFile::remove(temporary);
    {
        Notebook notebook;
        if (!notebook.open(temporary)) {
            std::fprintf(stderr, "%s\n", qPrintable(notebook.errorDetail()));
            return false;
        }
        QRandomGenerator random{quint32(notes)};
        QSqlQuery query(notebook.database());
        query.exec(QStringLiteral("BEGIN"));
        query.prepare(QStringLiteral(
            "INSERT INTO note (title, content, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < notes; ++i) {
            const QString stamp = QStringLiteral("2020-01-01T00:00:00.000Z").replace(
                11, 8, QStringLiteral("%1:%2:%3").arg(i / 3600 % 24, 2, 10, QLatin1Char('0'))
                           .arg(i / 60 % 60, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0')));
            query.addBindValue(noteText(random, 4));
            // One word in a thousand notes, for searches that must look far.
            query.addBindValue(QString(noteText(random, 140) + QStringLiteral(" marker%1").arg(i % 1000)));
            query.addBindValue(stamp);
            query.addBindValue(stamp);
            if (!query.exec()) {
                std::fprintf(stderr, "%s\n", qPrintable(query.lastError().text()));
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

Figures measure(int runs, const std::function<void()> &operation)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        operation();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.at(qMin(times.size() - 1, (times.size() * 95) / 100))};
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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

    out << "Machine: " << QSysInfo::prettyProductName() << ", " << QSysInfo::currentCpuArchitecture()
        << ", " << QThread::idealThreadCount() << " cores; " << runs << " runs each\n\n";
    out << "| Notes | Open to first rows (ms) | FTS search (ms) | Naive LIKE search (ms) | Save one edit (ms) | Peak memory (MB) |\n";
    out << "| ---: | ---: | ---: | ---: | ---: | ---: |\n";
    out.flush();

    for (const int size : sizes) {
        const QString path = QDir(cache).filePath(QStringLiteral("notes-v1-%1.cpbook").arg(size));
        if (!QFile::exists(path) && !generate(path, size))
            return 1;
        resetPeak();

        const Figures open = measure(runs, [&path] {
            Notebook notebook;
            notebook.open(path);
            NoteModel model(notebook.database());
            model.select();
            if (model.rowCount() == 0)
                std::abort();
        });

        Notebook notebook;
        if (!notebook.open(path))
            return 1;
        // What a search for a rare word does without an index: read (nearly)
        // every note. One word is in no note at all, like a typo.
        const QStringList words{QStringLiteral("marker417"), QStringLiteral("marker42"),
                                QStringLiteral("marker999"), QStringLiteral("nowhere")};
        int next = 0;
        const Figures like = measure(runs, [&] {
            QSqlQuery query(notebook.database());
            query.prepare(QStringLiteral("SELECT id, title FROM note WHERE title LIKE ? OR content "
                                         "LIKE ? ORDER BY updated_at DESC LIMIT 100"));
            const QString pattern = QLatin1Char('%') + words.at(next++ % words.size()) + QLatin1Char('%');
            query.addBindValue(pattern);
            query.addBindValue(pattern);
            if (!query.exec())
                std::abort();
            while (query.next()) {
            }
        });

        NoteModel model(notebook.database());
        model.select();
        int round = 0;
        const Figures save = measure(runs, [&] {
            model.setData(model.index(0, model.contentColumn()),
                          QStringLiteral("Edited in round %1").arg(++round));
            if (!model.commit())
                std::abort();
        });

        out << "| " << size << " | " << cell(open) << " | not built yet | " << cell(like) << " | "
            << cell(save) << " | " << QString::number(peakMegabytes(), 'f', 0) << " |\n";
        out.flush();
    }
    out << "\nEach cell: median / 95th percentile.\n";
    return 0;
}
