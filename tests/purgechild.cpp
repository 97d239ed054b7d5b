// Empties the Trash of the notebook given, through the real core code, and
// kills itself with SIGKILL after the given number of SQLite progress steps
// (100 virtual machine instructions each) inside the purge: a crash in the
// middle of it. Prints "purged <n>" if the purge ended first.
// tst_crashsafety runs it.
#include "notebookfile.h"
#include "notemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <csignal>
#include <cstdio>

namespace {

int stepsLeft = 0;

int onProgress(void *)
{
    if (--stepsLeft <= 0)
        std::raise(SIGKILL);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3)
        return 2;
    NotebookFile notebook;
    if (!notebook.open(args.at(1))) {
        std::fprintf(stderr, "open: %s\n", qPrintable(notebook.errorDetail()));
        return 1;
    }
    NoteModel model(notebook.database());
    if (!model.select())
        return 1;
    const QVariant handle = notebook.database().driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return 1;
    stepsLeft = args.at(2).toInt();
    sqlite3_progress_handler(*static_cast<sqlite3 *const *>(handle.data()), 100, &onProgress, nullptr);
    int removed = 0;
    if (!model.purgeTrash(QDateTime::currentDateTimeUtc(), &removed)) {
        std::fprintf(stderr, "purge: %s\n", qPrintable(model.lastError().text()));
        return 1;
    }
    std::printf("purged %d\n", removed);
    return 0;
}
