#include "markdownhighlighter.h"

#include "markdownsource.h"
#include "spellchecker.h"

#include <QFontDatabase>
#include <QPalette>
#include <QRegularExpression>
#include <QTextBoundaryFinder>

namespace {

// Block states: -1 (never highlighted) and 0 are ordinary text; inside a
// fenced code block the state records the fence, so that only a fence of
// the same character and at least the same length closes it.
constexpr int FenceFlag = 0x10000;
constexpr int TildeFlag = 0x20000;

int fenceState(QChar fence, int length)
{
    return FenceFlag | (fence == u'~' ? TildeFlag : 0) | qMin(length, 0xffff);
}

const QRegularExpression &fencePattern()
{
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
    return pattern;
}

// Replaces what is already marked (code, link targets) by a character no
// pattern matches, so that a `*` in code or a `_` in an address stays text.
void mask(QString &text, int start, int length)
{
    for (int i = start; i < start + length; ++i)
        text[i] = QChar(0x1);
}

QColor mix(const QColor &a, const QColor &b, qreal share)
{
    return QColor::fromRgbF(a.redF() * (1 - share) + b.redF() * share,
                            a.greenF() * (1 - share) + b.greenF() * share,
                            a.blueF() * (1 - share) + b.blueF() * share);
}

} // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QPalette(), QFont());
}

void MarkdownHighlighter::setPalette(const QPalette &palette, const QFont &font)
{
    // The active colours: the editor is disabled while no note is shown,
    // and formats made then would stay grey.
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    // Markup and quotes: between the text and the background, readable in
    // both light and dark themes.
    const QColor faint = mix(text, base, 0.35);
    const QColor codeBackground = mix(base, text, 0.08);
    const QColor link = palette.color(QPalette::Active, QPalette::Link);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() : mono.pointSizeF());

    for (int kind = int(Kind::Heading); kind <= int(Kind::Misspelled); ++kind) {
        QTextCharFormat format;
        switch (Kind(kind)) {
        case Kind::Heading:
            format.setFontWeight(QFont::Bold);
            break;
        case Kind::Emphasis:
            format.setFontItalic(true);
            break;
        case Kind::Strong:
            format.setFontWeight(QFont::Bold);
            break;
        case Kind::Strikethrough:
            format.setFontStrikeOut(true);
            break;
        case Kind::InlineCode:
        case Kind::CodeBlock:
            format.setFont(mono, QTextCharFormat::FontPropertiesSpecifiedOnly);
            format.setBackground(codeBackground);
            break;
        case Kind::FenceMarker:
            format.setFont(mono, QTextCharFormat::FontPropertiesSpecifiedOnly);
            format.setForeground(faint);
            format.setBackground(codeBackground);
            break;
        case Kind::ListMarker:
        case Kind::Task:
            format.setFontWeight(QFont::Bold);
            format.setForeground(link);
            break;
        case Kind::Quote:
            format.setForeground(faint);
            format.setFontItalic(true);
            break;
        case Kind::Link:
            format.setForeground(link);
            format.setFontUnderline(true);
            break;
        case Kind::WikiLink:
            format.setForeground(link);
            format.setFontUnderline(true);
            format.setUnderlineStyle(QTextCharFormat::DashUnderline);
            break;
        case Kind::Misspelled:
            format.setUnderlineStyle(QTextCharFormat::SpellCheckUnderline);
            format.setUnderlineColor(QColor(0xe0, 0x1b, 0x24)); // red, as everywhere
            break;
        }
        m_formats[kind] = format;
    }
    rehighlight();
}

void MarkdownHighlighter::setSpellChecker(const SpellChecker *checker)
{
    m_spelling = checker && checker->isLoaded() ? checker : nullptr;
    rehighlight();
}

void MarkdownHighlighter::mark(int start, int length, Kind kind)
{
    if (length <= 0)
        return;
    // Merged with what is already there: a link in a heading is both.
    for (int i = start; i < start + length;) {
        QTextCharFormat merged = format(i);
        int run = 1;
        while (i + run < start + length && format(i + run) == merged)
            ++run;
        const int outer = merged.property(KindProperty).toInt();
        merged.merge(m_formats[int(kind)]);
        merged.setProperty(KindProperty, outer | (1 << int(kind)));
        setFormat(i, run, merged);
        i += run;
    }
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = previousBlockState();
    setCurrentBlockState(0);
    const QRegularExpressionMatch fence = fencePattern().match(text);

    if (previous > 0 && (previous & FenceFlag)) {
        const QChar fenceChar = (previous & TildeFlag) ? u'~' : u'`';
        const int fenceLength = previous & 0xffff;
        const QString closing = fence.hasMatch() ? fence.captured(1) : QString();
        if (!closing.isEmpty() && closing.at(0) == fenceChar && closing.size() >= fenceLength
            && text.mid(fence.capturedEnd(1)).trimmed().isEmpty()) {
            mark(0, text.size(), Kind::FenceMarker);
        } else {
            mark(0, text.size(), Kind::CodeBlock);
            setCurrentBlockState(previous);
        }
        return;
    }
    if (fence.hasMatch()) {
        const QString opening = fence.captured(1);
        // A backtick fence's info string may not contain a backtick.
        if (opening.at(0) == u'~' || !text.mid(fence.capturedEnd(1)).contains(u'`')) {
            mark(0, text.size(), Kind::FenceMarker);
            setCurrentBlockState(fenceState(opening.at(0), opening.size()));
            return;
        }
    }

    static const QRegularExpression heading(QStringLiteral("^ {0,3}#{1,6}(?:[ \\t]|$)"));
    if (heading.match(text).hasMatch()) {
        mark(0, text.size(), Kind::Heading);
        highlightInline(text, 0);
        return;
    }

    int from = 0;
    static const QRegularExpression quote(QStringLiteral("^(?: {0,3}>[ ]?)+"));
    const QRegularExpressionMatch quoted = quote.match(text);
    if (quoted.hasMatch()) {
        mark(0, text.size(), Kind::Quote);
        from = quoted.capturedEnd();
    }
    static const QRegularExpression list(
        QStringLiteral("\\G([ \\t]*(?:[-*+]|\\d{1,9}[.)]))(?:[ \\t]+(\\[[ xX]\\])(?=[ \\t]|$)|(?=[ \\t]|$))"));
    const QRegularExpressionMatch item =
        list.match(text, from, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
    // "***" or "- - -" alone is a rule, not an item; "**bold**" is not an item either.
    static const QRegularExpression rule(QStringLiteral("^ {0,3}([-*_])(?:[ \\t]*\\1){2,}[ \\t]*$"));
    if (item.hasMatch() && !rule.match(text).hasMatch()) {
        mark(item.capturedStart(1), item.capturedLength(1), Kind::ListMarker);
        if (item.capturedLength(2) > 0)
            mark(item.capturedStart(2), item.capturedLength(2), Kind::Task);
        from = item.capturedEnd();
    }
    highlightInline(text, from);
}

void MarkdownHighlighter::highlightInline(const QString &text, int from)
{
    QString rest = text;
    mask(rest, 0, from);

    // Code spans first: nothing inside them is markup.
    for (const auto &[start, length] : MarkdownSource::codeSpans(rest, from, int(rest.size()))) {
        mark(start, length, Kind::InlineCode);
        mask(rest, start, length);
    }

    struct Rule
    {
        QRegularExpression pattern;
        Kind kind;
        bool masks; // what it matched is not looked at again
    };
    static const Rule rules[] = {
        // [[Title]], [[Title|text]], [[Title#Heading]]
        {QRegularExpression(QStringLiteral("(?<!\\\\)\\[\\[[^\\[\\]\\n\\x01]+\\]\\]")), Kind::WikiLink, true},
        // [text](target) and ![alt](target)
        {QRegularExpression(QStringLiteral("!?(?<!\\\\)\\[[^\\]\\x01]*\\]\\([^)\\s\\x01]*(?:\\s+\"[^\"]*\")?\\)")), Kind::Link, true},
        {QRegularExpression(QStringLiteral("<(?:https?|ftp|mailto):[^>\\s\\x01]+>")), Kind::Link, true},
        {QRegularExpression(QStringLiteral("(?<![\\w/])(?:https?://|www\\.)[^\\s<>\\x01]*[^\\s<>.,;:!?)\\]'\"\\x01]")),
         Kind::Link, true},
        {QRegularExpression(QStringLiteral("(\\*\\*|__)(?=\\S)(?:(?!\\1).)*?\\S\\1")), Kind::Strong, false},
        {QRegularExpression(QStringLiteral("~~(?=\\S)[^~]*?\\S~~")), Kind::Strikethrough, false},
        // A single * or _ that is not half of a strong marker; _ only between words' edges.
        {QRegularExpression(QStringLiteral("(?<![*\\\\])\\*(?![*\\s])(?:[^*]|\\*\\*)*?(?<![\\s*\\\\])\\*(?!\\*)")),
         Kind::Emphasis, false},
        {QRegularExpression(QStringLiteral("(?<![\\w_\\\\])_(?![_\\s])(?:[^_]|__)*?(?<![\\s_\\\\])_(?![\\w_])")),
         Kind::Emphasis, false},
    };
    for (const Rule &rule : rules) {
        QRegularExpressionMatchIterator matches = rule.pattern.globalMatch(rest, from);
        QList<QPair<int, int>> found;
        while (matches.hasNext()) {
            const QRegularExpressionMatch match = matches.next();
            found.append({int(match.capturedStart()), int(match.capturedLength())});
        }
        for (const auto &[start, length] : found) {
            mark(start, length, rule.kind);
            if (rule.masks)
                mask(rest, start, length);
        }
    }
    checkSpelling(rest);
}

void MarkdownHighlighter::checkSpelling(const QString &rest)
{
    if (!m_spelling)
        return;
    QTextBoundaryFinder words(QTextBoundaryFinder::Word, rest);
    int start = 0;
    while (words.toNextBoundary() >= 0) {
        const int end = int(words.position());
        const QStringView word = QStringView(rest).mid(start, end - start);
        const bool wasWord = words.boundaryReasons() & QTextBoundaryFinder::EndOfItem;
        const int at = start;
        start = end;
        if (!wasWord || word.size() < 2)
            continue;
        // Words only: not numbers, names with digits, or what a mask hides.
        bool letters = true;
        for (const QChar c : word)
            letters = letters && (c.isLetter() || c == u'\'' || c == u'’');
        if (letters && !m_spelling->isCorrect(word.toString()))
            mark(at, int(word.size()), Kind::Misspelled);
    }
}
