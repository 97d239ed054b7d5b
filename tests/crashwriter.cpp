// Writes notes through the real core code, one commit after another, and
// prints "ok <k>" after each commit that returned success. tst_crashsafety
// kills it at random moments. With --step it waits for a line on stdin after
// each commit, so the test can copy the file between commits.
#include "crashnotes.h"
#include "notebookfile.h"
#include "notemodel.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    const bool step = args.contains(QStringLiteral("--step"));

    NotebookFile notebook;
    if (!notebook.open(args.at(1))) {
        std::fprintf(stderr, "open: %s\n", qPrintable(notebook.errorDetail()));
        return 1;
    }
    int k = 0;
    {
        QSqlQuery query(notebook.database());
        if (query.exec(QStringLiteral("SELECT count(*) FROM note")) && query.next())
            k = query.value(0).toInt();
    }
    NoteModel model(notebook.database());
    model.select();
    std::printf("ready %d\n", k);
    std::fflush(stdout);

    QTextStream in(stdin);
    for (++k;; ++k) {
        const int row = model.addNote(CrashNotes::title(k));
        model.setData(model.index(row, model.contentColumn()), CrashNotes::content(k));
        if (k >= 2) {
            const int edited = model.rowForId(k / 2);
            model.setData(model.index(edited, model.contentColumn()), CrashNotes::content(k));
        }
        if (!model.commit()) {
            std::fprintf(stderr, "commit %d: %s\n", k, qPrintable(model.lastError().text()));
            return 1;
        }
        std::printf("ok %d\n", k);
        std::fflush(stdout);
        if (step && in.readLine().isNull())
            return 0;
    }
}
