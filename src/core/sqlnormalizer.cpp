#include "sqlnormalizer.h"

#include <QStringList>

namespace {

bool isWordCharacter(QChar c)
{
    // SQLite takes every non-ASCII character as part of a name.
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c.unicode() >= 0x80;
}

// SQLite folds the case of ASCII letters only.
QString asciiLower(QStringView text)
{
    QString lower = text.toString();
    for (QChar &c : lower) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + (u'a' - u'A'));
    }
    return lower;
}

// The end of a quoted token starting at start, where a doubled closing quote
// stands for itself; the end of the text if it is never closed.
qsizetype quotedEnd(const QString &sql, qsizetype start, QChar close)
{
    for (qsizetype i = start + 1; i < sql.size(); ++i) {
        if (sql.at(i) != close)
            continue;
        if (close != u']' && i + 1 < sql.size() && sql.at(i + 1) == close) {
            ++i;
            continue;
        }
        return i + 1;
    }
    return sql.size();
}

} // namespace

QString SqlNormalizer::normalized(const QString &sql)
{
    QStringList tokens;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (sql.mid(i, 2) == QLatin1String("--")) {
            const qsizetype end = sql.indexOf(u'\n', i);
            i = end < 0 ? sql.size() : end + 1;
        } else if (sql.mid(i, 2) == QLatin1String("/*")) {
            const qsizetype end = sql.indexOf(QLatin1String("*/"), i + 2);
            i = end < 0 ? sql.size() : end + 2;
        } else if (c == u'\'') {
            const qsizetype end = quotedEnd(sql, i, c);
            tokens << sql.mid(i, end - i); // a string: its case is its meaning
            i = end;
        } else if (c == u'"' || c == u'`' || c == u'[') {
            // A quoted name: one form for all three quotes, case folded.
            const qsizetype end = quotedEnd(sql, i, c == u'[' ? QChar(u']') : c);
            QString name = sql.mid(i + 1, end - i - 2);
            if (c != u'[')
                name.replace(QString(2, c), QString(c));
            tokens << QLatin1Char('"') + asciiLower(name).replace(QLatin1String("\""), QLatin1String("\"\""))
                    + QLatin1Char('"');
            i = end;
        } else if (isWordCharacter(c)) {
            qsizetype end = i + 1;
            while (end < sql.size() && isWordCharacter(sql.at(end)))
                ++end;
            tokens << asciiLower(QStringView(sql).mid(i, end - i));
            i = end;
        } else {
            tokens << QString(c);
            ++i;
        }
    }
    return tokens.join(QLatin1Char(' '));
}
