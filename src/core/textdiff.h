#pragma once

#include <QList>
#include <QString>

// The differences between two texts, word by word: what History shows
// between a version of a note and its text now. Words are runs of letters
// and digits; each Chinese, Japanese or Korean character, each run of spaces
// and each other character is one word of its own.
class TextDiff final
{
public:
    struct Segment
    {
        enum Kind { Same, Removed, Added };
        Kind kind = Same;
        QString text;
        bool operator==(const Segment &other) const { return kind == other.kind && text == other.text; }
    };

    // before turned into after: the same parts, and what was removed and
    // added between them (removed first), neighbours of a kind joined.
    static QList<Segment> words(const QString &before, const QString &after);

    // Above this many pairs of words in the part that differs, the part is
    // shown as removed and added whole rather than compared word by word.
    static constexpr qint64 MaxComparisons = 4'000'000;

    static QStringList tokens(const QString &text);
};
