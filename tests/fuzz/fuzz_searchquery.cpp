// libFuzzer target for the search box: whatever is typed, NoteModel's search
// runs without an error on a real notebook, and the list can show every row.
#include "notebook.h"
#include "notemodel.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

namespace {

NoteModel &model()
{
    static int argc = 1;
    static char name[] = "fuzz_searchquery";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    // Never destroyed: libFuzzer ends the process with exit().
    static NoteModel *notes = [] {
        auto *notebook = new Notebook;
        if (!dir.isValid() || !notebook->open(dir.filePath(QStringLiteral("fuzz.cpbook"))))
            std::abort();
        auto *model = new NoteModel(notebook->database());
        const QStringList notes[] = {
            {QStringLiteral("Commonplace"), QStringLiteral("quick brown fox, 100% sure")},
            {QStringLiteral("学习笔记"), QStringLiteral("我的笔记本电脑")},
            {QStringLiteral("회의록"), QStringLiteral("다음 회의는 월요일")},
        };
        for (const QStringList &note : notes) {
            const int row = model->addNote(note.at(0));
            model->setData(model->index(row, model->contentColumn()), note.at(1));
        }
        if (!model->commit())
            std::abort();
        return model;
    }();
    return *notes;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    NoteModel &notes = model();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // A search SQLite refused: a syntax error reached it.
    if (!notes.setSearchText(text) || notes.lastError().isValid())
        std::abort();
    for (int row = 0; row < notes.rowCount(); ++row) {
        notes.index(row, notes.titleColumn()).data(NoteModel::HighlightedTitleRole);
        notes.index(row, notes.titleColumn()).data(NoteModel::SnippetRole);
    }
    if (SearchQuery(text).substrings().size() > SearchQuery::MaxTerms)
        std::abort();
    return 0;
}
