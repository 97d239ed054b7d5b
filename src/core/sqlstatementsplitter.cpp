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

namespace {

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$';
}

// The end of a dollar-quote's opening tag at pos ("$$" or "$tag$"), or -1.
qsizetype dollarTagEnd(const QString &sql, qsizetype pos)
{
    if (pos > 0 && isIdentifierChar(sql.at(pos - 1)))
        return -1; // part of a name, such as a$b$
    qsizetype i = pos + 1;
    if (i < sql.size() && (sql.at(i).isDigit()))
        return -1; // $1 is a parameter
    while (i < sql.size() && sql.at(i) != u'$') {
        if (!(sql.at(i).isLetterOrNumber() || sql.at(i) == u'_'))
            return -1;
        ++i;
    }
    return i < sql.size() ? i + 1 : -1;
}

} // namespace

QStringList SqlStatementSplitter::splitPostgres(const QString &script)
{
    QStringList statements;
    qsizetype first = -1; // where the statement's first token starts; -1: none yet
    const auto end = [&](qsizetype at) {
        if (first >= 0)
            statements.append(script.mid(first, at - first).trimmed());
        first = -1;
    };
    const qsizetype size = script.size();
    qsizetype i = 0;
    while (i < size) {
        const QChar c = script.at(i);
        const QChar next = i + 1 < size ? script.at(i + 1) : QChar();
        if (c == u'-' && next == u'-') {
            const qsizetype lineEnd = script.indexOf(u'\n', i);
            i = lineEnd < 0 ? size : lineEnd + 1;
            continue;
        }
        if (c == u'/' && next == u'*') {
            int depth = 1; // PostgreSQL's block comments nest
            i += 2;
            while (i < size && depth > 0) {
                const QChar after = i + 1 < size ? script.at(i + 1) : QChar();
                if (script.at(i) == u'/' && after == u'*') {
                    ++depth;
                    i += 2;
                } else if (script.at(i) == u'*' && after == u'/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == u';') {
            end(i);
            ++i;
            continue;
        }
        if (first < 0)
            first = i;
        if (c == u'\'' || c == u'"') {
            // E'...' takes backslash escapes; '' and "" are the quote itself.
            const bool escapes = c == u'\'' && i > 0 && (script.at(i - 1) == u'E' || script.at(i - 1) == u'e')
                && (i < 2 || !isIdentifierChar(script.at(i - 2)));
            ++i;
            while (i < size) {
                if (escapes && script.at(i) == u'\\') {
                    i += 2;
                } else if (script.at(i) == c) {
                    ++i;
                    if (i >= size || script.at(i) != c)
                        break;
                    ++i;
                } else {
                    ++i;
                }
            }
        } else if (const qsizetype tagEnd = c == u'$' ? dollarTagEnd(script, i) : -1; tagEnd >= 0) {
            const QString tag = script.mid(i, tagEnd - i);
            const qsizetype close = script.indexOf(tag, tagEnd);
            i = close < 0 ? size : close + tag.size();
        } else {
            ++i;
        }
    }
    end(size);
    return statements;
}
