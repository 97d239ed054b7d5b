// libFuzzer target for the search box: whatever is typed, NoteModel's search
// runs without an error on a real notebook, and the list can show every row.
#include "notebookfile.h"
#include "notemodel.h"
#include "searchquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>
#include <memory>

namespace {

// One notebook for every input, made on the first; destroyed at exit in the
// reverse order of the members.
struct Fixture
{
    Fixture()
    {
        if (!dir.isValid() || !notebook.open(dir.filePath(QStringLiteral("fuzz.cpbook"))))
            std::abort();
        model = std::make_unique<NoteModel>(notebook.database());
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
    }

    int argc = 1;
    char name[17] = "fuzz_searchquery";
    char *argv[2] = {name, nullptr};
    QCoreApplication app{argc, argv};
    QTemporaryDir dir;
    NotebookFile notebook;
    std::unique_ptr<NoteModel> model;
};

NoteModel &model()
{
    static Fixture fixture;
    return *fixture.model;
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
