#include "searchquery.h"

#include <algorithm>

namespace {

// An FTS5 string: double quotes around, doubled inside. FTS5 reads what is
// inside as text to tokenize, never as query syntax.
QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

bool hasCjk(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return std::any_of(characters.begin(), characters.end(), [](uint c) { return SearchQuery::isCjk(c); });
}

// Terms of nothing but punctuation would match nothing, and would make the
// whole search find nothing.
bool hasLetterOrNumber(const QString &text)
{
    const QList<uint> characters = text.toUcs4();
    return std::any_of(characters.begin(), characters.end(),
                       [](uint c) { return QChar::isLetterOrNumber(c); });
}

} // namespace

SearchQuery::SearchQuery(const QString &input)
{
    // Control characters separate terms; FTS5 would read a NUL as the end
    // of the query.
    const QString text = cleaned(input);

    // Split into "quoted phrases" (an unclosed quote runs to the end) and
    // words between whitespace.
    QList<Word> terms;
    for (qsizetype i = 0; i < text.size() && terms.size() < MaxTerms;) {
        if (text.at(i).isSpace()) {
            ++i;
            continue;
        }
        Word term;
        qsizetype end = 0;
        if (text.at(i) == QLatin1Char('"')) {
            end = text.indexOf(QLatin1Char('"'), i + 1);
            // Still being typed: its last word is a prefix.
            const bool unclosed = end < 0;
            if (unclosed)
                end = text.size();
            term = {text.mid(i + 1, end - i - 1).simplified(), unclosed};
            i = end + 1;
        } else {
            end = i;
            while (end < text.size() && !text.at(end).isSpace() && text.at(end) != QLatin1Char('"'))
                ++end;
            term = {text.mid(i, end - i), true};
            i = end;
        }
        // Longer terms are typing accidents or pasted text; cut them.
        if (term.text.size() > MaxTermLength) {
            term.text.truncate(MaxTermLength);
            if (term.text.back().isHighSurrogate())
                term.text.chop(1);
        }
        if (hasLetterOrNumber(term.text))
            terms.append(term);
    }

    for (const Word &term : std::as_const(terms)) {
        if (hasCjk(term.text))
            m_substrings.append(term.text);
        else
            m_words.append(term);
    }
}

QString SearchQuery::wordExpression() const
{
    QStringList parts;
    for (const Word &word : m_words)
        parts << (isPrefix(word) ? quoted(word.text) + QLatin1Char('*') : quoted(word.text));
    return parts.join(QLatin1Char(' ')); // side by side: all are required
}

QString SearchQuery::looseExpression() const
{
    QStringList parts;
    for (const Word &word : m_words) {
        const QStringList pieces = word.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (qsizetype i = 0; i < pieces.size(); ++i) {
            const bool last = i == pieces.size() - 1;
            parts << (last && isPrefix(word) ? quoted(pieces.at(i)) + QLatin1Char('*') : quoted(pieces.at(i)));
        }
    }
    return parts.join(QLatin1Char(' '));
}

QString SearchQuery::tsQueryText() const
{
    // A lexeme in single quotes, a quote inside doubled and a backslash
    // escaped: to_tsquery() reads it as text to parse, never as an operator.
    const auto lexeme = [](QString text) -> QString {
        text.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("''"));
        return QLatin1Char('\'') + text + QLatin1Char('\'');
    };
    QStringList terms;
    for (const Word &word : m_words) {
        QStringList pieces = word.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (QString &piece : pieces)
            piece = lexeme(piece);
        if (isPrefix(word) && !pieces.isEmpty())
            pieces.last() += QLatin1String(":*");
        terms << (pieces.size() > 1 ? QLatin1Char('(') + pieces.join(QLatin1String(" <-> ")) + QLatin1Char(')')
                                    : pieces.join(QString()));
    }
    return terms.join(QLatin1String(" & "));
}

bool SearchQuery::isPrefix(const Word &word)
{
    // One letter as a prefix would match nearly every note, and costs the
    // most to look for; the next key typed makes it a prefix.
    const QString last = word.text.section(QLatin1Char(' '), -1);
    return word.prefix && last.toUcs4().size() > 1;
}

QStringList SearchQuery::substringPatterns() const
{
    QStringList patterns;
    for (const QString &substring : m_substrings)
        patterns << containsPattern(substring);
    return patterns;
}

bool SearchQuery::isCjk(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

QString SearchQuery::cleaned(const QString &text)
{
    QString clean = text;
    for (qsizetype i = 0; i < clean.size(); ++i) {
        const QChar c = clean.at(i);
        if (c.category() == QChar::Other_Control) {
            clean[i] = QLatin1Char(' ');
        } else if (c.isHighSurrogate() && i + 1 < clean.size() && clean.at(i + 1).isLowSurrogate()) {
            ++i; // a pair
        } else if (c.isSurrogate()) {
            clean[i] = QChar::ReplacementCharacter;
        }
    }
    return clean;
}

QString SearchQuery::containsPattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
