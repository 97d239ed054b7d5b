#include "textdiff.h"

#include "searchquery.h"

#include <QStringList>

#include <vector>

namespace {

enum class Class { Word, Space, Other, Single };

Class classOf(char32_t c)
{
    if (SearchQuery::isCjk(c))
        return Class::Single;
    if (QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Mark_NonSpacing
        || QChar::category(c) == QChar::Mark_SpacingCombining)
        return Class::Word;
    if (QChar::isSpace(c))
        return Class::Space;
    return Class::Other;
}

void append(QList<TextDiff::Segment> &segments, TextDiff::Segment::Kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    if (!segments.isEmpty() && segments.last().kind == kind)
        segments.last().text += text;
    else
        segments.append({kind, text});
}

} // namespace

QStringList TextDiff::tokens(const QString &text)
{
    QStringList list;
    const QList<uint> characters = text.toUcs4();
    Class previous = Class::Single;
    for (const uint c : characters) {
        const Class now = classOf(c);
        const QString character = QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
        if (!list.isEmpty() && now == previous && (now == Class::Word || now == Class::Space))
            list.last() += character;
        else
            list << character;
        previous = now;
    }
    return list;
}

QList<TextDiff::Segment> TextDiff::words(const QString &before, const QString &after)
{
    const QStringList a = tokens(before);
    const QStringList b = tokens(after);
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a.at(start) == b.at(start))
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a.at(endA - 1) == b.at(endB - 1)) {
        --endA;
        --endB;
    }

    QList<Segment> segments;
    append(segments, Segment::Same, a.mid(0, start).join(QString()));
    const qsizetype n = endA - start;
    const qsizetype m = endB - start;
    if (n * m > MaxComparisons) {
        append(segments, Segment::Removed, a.mid(start, n).join(QString()));
        append(segments, Segment::Added, b.mid(start, m).join(QString()));
    } else {
        // Longest common subsequence of the middle, from the end, so the
        // walk below goes forwards.
        std::vector<quint32> length(size_t((n + 1) * (m + 1)), 0);
        const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
        for (qsizetype i = n - 1; i >= 0; --i) {
            for (qsizetype j = m - 1; j >= 0; --j) {
                length[at(i, j)] = a.at(start + i) == b.at(start + j)
                    ? length[at(i + 1, j + 1)] + 1
                    : qMax(length[at(i + 1, j)], length[at(i, j + 1)]);
            }
        }
        QString removed;
        QString added;
        const auto flush = [&] {
            append(segments, Segment::Removed, removed);
            append(segments, Segment::Added, added);
            removed.clear();
            added.clear();
        };
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(start + i) == b.at(start + j)) {
                flush();
                append(segments, Segment::Same, a.at(start + i));
                ++i;
                ++j;
            } else if (j >= m || (i < n && length[at(i + 1, j)] >= length[at(i, j + 1)])) {
                removed += a.at(start + i++);
            } else {
                added += b.at(start + j++);
            }
        }
        flush();
    }
    append(segments, Segment::Same, a.mid(endA).join(QString()));
    return segments;
}
