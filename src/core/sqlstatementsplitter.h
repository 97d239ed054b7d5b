#pragma once

#include <QStringList>

// Splits an SQL script into the statements QSqlQuery::exec() can run one at a
// time. Where a statement ends is decided by SQLite itself
// (sqlite3_complete), so semicolons inside string literals, quoted names,
// comments and CREATE TRIGGER ... BEGIN ... END bodies stay inside their
// statement. Leading comments, the final semicolon and empty statements are
// dropped; text after the last semicolon is kept as a last statement.
//
// PostgreSQL's scripts are split by the rules of its lexer instead
// (splitPostgres): quoted strings (E'' with backslash escapes), quoted
// names, nested /* */ comments and dollar-quoted function bodies
// ($$ ... $$, $body$ ... $body$) keep their semicolons.
class SqlStatementSplitter final
{
public:
    static QStringList split(const QString &script);
    static QStringList splitPostgres(const QString &script);
};
