// libFuzzer target for the search box: whatever is typed, the queries made
// from it run without an error in real FTS5 indexes.
#include "searchquery.h"

#include <sqlite3.h>

#include <cstdint>
#include <cstdlib>

namespace {

sqlite3 *database()
{
    static sqlite3 *db = [] {
        sqlite3 *opened = nullptr;
        if (sqlite3_open(":memory:", &opened) != SQLITE_OK)
            std::abort();
        const char *schema =
            "CREATE TABLE note (id INTEGER PRIMARY KEY, title TEXT, content TEXT);"
            "CREATE VIRTUAL TABLE note_words USING fts5(title, content, content='note',"
            " content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');"
            "CREATE VIRTUAL TABLE note_cjk USING fts5(title, content, content='note',"
            " content_rowid='id', tokenize='trigram', detail='none');"
            "INSERT INTO note (title, content) VALUES ('Commonplace', 'quick brown fox'),"
            " ('学习笔记', '我的笔记本电脑'), ('회의록', '다음 회의는 월요일');"
            "INSERT INTO note_words(note_words) VALUES ('rebuild');"
            "INSERT INTO note_cjk(note_cjk) VALUES ('rebuild');";
        if (sqlite3_exec(opened, schema, nullptr, nullptr, nullptr) != SQLITE_OK)
            std::abort();
        return opened;
    }();
    return db;
}

void mustRun(const char *sql, const QString &value)
{
    if (value.isEmpty())
        return;
    const QByteArray text = value.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(database(), sql, -1, &statement, nullptr) != SQLITE_OK)
        std::abort();
    sqlite3_bind_text(statement, 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
    int rc = SQLITE_ROW;
    while (rc == SQLITE_ROW)
        rc = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        std::abort(); // FTS5 refused a query we made: a syntax error reached it
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const SearchQuery query(QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size)));
    mustRun("SELECT rowid FROM note_words WHERE note_words MATCH ?", query.wordExpression());
    for (const QString &pattern : query.substringPatterns())
        mustRun("SELECT rowid FROM note_cjk WHERE content LIKE ? ESCAPE '\\'", pattern);
    if (query.substrings().size() > SearchQuery::MaxTerms)
        std::abort();
    return 0;
}
