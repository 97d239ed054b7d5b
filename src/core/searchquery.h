#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What a person types into the search box, turned into queries that SQLite's
// FTS5 always accepts. Every term is quoted as an FTS5 string, so no input
// (quotes, *, NEAR(, -, column:filters, parentheses) is ever FTS syntax.
//
// - several words: notes holding all of them;
// - a word: also words starting with it ("commo" finds "commonplace"),
//   from two letters on;
// - "a quoted phrase": those words in that order (while its closing quote
//   is not typed yet, its last word is a prefix);
// - Chinese, Japanese or Korean text: found as a substring, since those
//   languages do not put spaces between words.
class SearchQuery final
{
public:
    static constexpr int MaxTerms = 16;
    static constexpr int MaxTermLength = 64;

    explicit SearchQuery(const QString &text);

    bool isEmpty() const { return m_words.isEmpty() && m_substrings.isEmpty(); }

    // For an FTS5 index with the unicode61 tokenizer; empty if no word terms.
    QString wordExpression() const;
    // The same with every phrase taken apart into its words: it matches
    // every note wordExpression() matches, and maybe more, and is quicker
    // to count.
    QString looseExpression() const;
    // For PostgreSQL's to_tsquery(): every word a quoted lexeme (never
    // tsquery syntax), a phrase's words joined by <->, prefixes with :*,
    // the terms joined by &; empty if no word terms.
    QString tsQueryText() const;
    // Chinese, Japanese and Korean terms, to be found as substrings.
    QStringList substrings() const { return m_substrings; }
    // The substrings as LIKE patterns, escaped with a backslash (ESCAPE).
    // On an FTS5 table with the trigram tokenizer (detail=none keeps it
    // small), LIKE is answered from the index for three characters or more.
    QStringList substringPatterns() const;

    // text with control characters as spaces (FTS5 and SQL text stop at
    // NUL) and unpaired surrogates as U+FFFD, so it is valid UTF-16.
    static QString cleaned(const QString &text);
    // Chinese, Japanese or Korean: written without spaces between words.
    static bool isCjk(char32_t c);

    // A LIKE pattern matching text anywhere, every character literal (% _
    // and \ escaped with a backslash, for ESCAPE '\').
    static QString containsPattern(const QString &text);

private:
    struct Word
    {
        QString text;
        bool prefix = false; // its last word may go on
    };

    // Whether the last word of a term is looked for as a prefix.
    static bool isPrefix(const Word &word);

    QList<Word> m_words;
    QStringList m_substrings;
};
