#pragma once

#include <QString>

// An SQL statement in a form that keeps its meaning and drops what does not
// carry any: comments, the amount and kind of whitespace, and the case of
// keywords and names (SQLite folds ASCII case in both). String literals are
// kept exactly. Two schemas whose statements normalize alike define the same
// tables, columns, constraints, indexes and triggers.
class SqlNormalizer final
{
public:
    static QString normalized(const QString &sql);
};
