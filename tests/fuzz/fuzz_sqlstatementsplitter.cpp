// libFuzzer target for the migration statement splitter: any bytes, no
// crash, no memory error, and statements that keep their promises.
#include "sqlstatementsplitter.h"

#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString script = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList statements = SqlStatementSplitter::split(script);
    // Each statement is text from the script: never empty, trimmed, without
    // its final semicolon; there are never more than semicolons plus one.
    if (statements.size() > script.count(QLatin1Char(';')) + 1)
        std::abort();
    for (const QString &statement : statements) {
        if (statement.isEmpty() || statement != statement.trimmed()
            || statement.size() > script.size())
            std::abort();
    }
    return 0;
}
