// libFuzzer target for the migration statement splitter: any bytes, no
// crash, no memory error, and statements that keep their promises.
#include "sqlstatementsplitter.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

namespace {

// Whitespace as SQLite's tokenizer sees it: ASCII only (U+00A0 is not).
bool isSqlSpace(QChar c)
{
    return c == u' ' || (c >= u'\t' && c <= u'\r');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    // Each statement is text from the script: never empty, without SQL
    // whitespace around it; there are never more than semicolons plus one.
    // The same for PostgreSQL's scripts.
    const QStringList statements = SqlStatementSplitter::split(script);
    const QStringList postgres = SqlStatementSplitter::splitPostgres(script);
    for (const QStringList *list : {&statements, &postgres}) {
        if (list->size() > script.count(QLatin1Char(';')) + 1)
            std::abort();
        for (const QString &statement : *list) {
            if (statement.isEmpty() || isSqlSpace(statement.front()) || isSqlSpace(statement.back())
                || statement.size() > script.size())
                std::abort();
        }
    }
    for (const QString &statement : postgres) {
        if (!script.contains(statement))
            std::abort();
    }
    return 0;
}
