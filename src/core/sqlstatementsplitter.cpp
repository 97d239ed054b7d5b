#include "sqlstatementsplitter.h"

#include <sqlite3.h>

namespace {

// Skips whitespace and -- and /* */ comments from pos; returns the first
// position after them.
qsizetype skipSpaceAndComments(const QByteArray &sql, qsizetype pos)
{
    while (pos < sql.size()) {
        const char c = sql.at(pos);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++pos;
        } else if (sql.mid(pos, 2) == "--") {
            const qsizetype end = sql.indexOf('\n', pos);
            pos = end < 0 ? sql.size() : end + 1;
        } else if (sql.mid(pos, 2) == "/*") {
            const qsizetype end = sql.indexOf("*/", pos + 2);
            pos = end < 0 ? sql.size() : end + 2;
        } else {
            break;
        }
    }
    return pos;
}

void appendStatement(QStringList &statements, const QByteArray &chunk)
{
    QByteArray statement = chunk.mid(skipSpaceAndComments(chunk, 0)).trimmed();
    if (statement.endsWith(';'))
        statement.chop(1);
    statement = statement.trimmed();
    if (!statement.isEmpty())
        statements.append(QString::fromUtf8(statement));
}

} // namespace

QStringList SqlStatementSplitter::split(const QString &script)
{
    const QByteArray sql = script.toUtf8();
    QStringList statements;
    qsizetype start = 0;
    for (qsizetype i = sql.indexOf(';'); i >= 0; i = sql.indexOf(';', i + 1)) {
        const QByteArray candidate = sql.mid(start, i - start + 1);
        if (sqlite3_complete(candidate.constData()) == 0)
            continue; // this ';' is inside a literal, a comment or a trigger body
        appendStatement(statements, candidate);
        start = i + 1;
    }
    appendStatement(statements, sql.mid(start));
    return statements;
}
