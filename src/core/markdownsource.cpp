#include "markdownsource.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

// Whether the character at position is escaped by an odd run of backslashes.
bool escaped(const QString &text, int position)
{
    int backslashes = 0;
    for (int i = position - 1; i >= 0 && text.at(i) == u'\\'; --i)
        ++backslashes;
    return backslashes % 2 == 1;
}

} // namespace

QList<QPair<int, int>> MarkdownSource::codeSpans(const QString &text, int start, int end)
{
    QList<QPair<int, int>> spans;
    for (int i = start; i < end;) {
        if (text.at(i) != u'`' || escaped(text, i)) {
            ++i;
            continue;
        }
        int run = 1;
        while (i + run < end && text.at(i + run) == u'`')
            ++run;
        int close = -1;
        for (int j = i + run; j < end;) {
            if (text.at(j) != u'`') {
                ++j;
                continue;
            }
            int other = 1;
            while (j + other < end && text.at(j + other) == u'`')
                ++other;
            if (other == run) {
                close = j;
                break;
            }
            j += other;
        }
        if (close < 0) {
            i += run;
            continue;
        }
        spans.append({i, close + run - i});
        i = close + run;
    }
    return spans;
}

QList<bool> MarkdownSource::codeMask(const QString &source)
{
    QList<bool> mask(source.size(), false);
    // A fence may follow a quote's or a list item's indentation.
    static const QRegularExpression fence(QStringLiteral("^[ \\t>]*(`{3,}|~{3,})"));
    QChar fenceChar;
    int fenceLength = 0; // 0: not in a fenced block
    for (int start = 0; start <= source.size();) {
        int end = source.indexOf(u'\n', start);
        if (end < 0)
            end = source.size();
        const QString line = source.mid(start, end - start);
        const QRegularExpressionMatch match = fence.match(line);
        bool code = false;
        if (fenceLength > 0) {
            code = true;
            const QString run = match.hasMatch() ? match.captured(1) : QString();
            if (!run.isEmpty() && run.at(0) == fenceChar && run.size() >= fenceLength
                && line.mid(match.capturedEnd(1)).trimmed().isEmpty())
                fenceLength = 0;
        } else if (match.hasMatch()) {
            const QString run = match.captured(1);
            // A backtick fence's info string may not contain a backtick.
            if (run.at(0) == u'~' || !line.mid(match.capturedEnd(1)).contains(u'`')) {
                code = true;
                fenceChar = run.at(0);
                fenceLength = int(run.size());
            }
        }
        if (code) {
            for (int i = start; i < end; ++i)
                mask[i] = true;
        } else {
            for (const auto &[spanStart, length] : codeSpans(source, start, end))
                std::fill(mask.begin() + spanStart, mask.begin() + spanStart + length, true);
        }
        start = end + 1;
    }
    return mask;
}

QList<MarkdownSource::WikiLink> MarkdownSource::wikiLinks(const QString &source)
{
    QList<WikiLink> links;
    if (!source.contains(QLatin1String("[[")))
        return links;
    const QList<bool> code = codeMask(source);
    const int size = int(source.size());
    for (int i = 0; i + 1 < size; ++i) {
        if (source.at(i) != u'[' || source.at(i + 1) != u'[' || code.at(i) || escaped(source, i))
            continue;
        // The link ends at the last ']' of the first unescaped "]]" run on
        // its line; another "[[" before it starts the link again there.
        int close = -1; // of the "]]" that ends it
        int end = -1;
        for (int j = i + 2; j < size; ++j) {
            const QChar c = source.at(j);
            if (c == u'\n' || code.at(j))
                break;
            if (c == u'[' && j + 1 < size && source.at(j + 1) == u'[' && !escaped(source, j))
                break;
            if (c == u']' && j + 1 < size && source.at(j + 1) == u']' && !escaped(source, j)) {
                int runEnd = j + 2;
                while (runEnd < size && source.at(runEnd) == u']')
                    ++runEnd;
                close = runEnd - 2;
                end = runEnd;
                break;
            }
        }
        if (close < 0)
            continue;
        const QString inner = source.mid(i + 2, close - (i + 2));
        int pipe = -1;
        for (int k = 0; k < inner.size(); ++k) {
            if (inner.at(k) == u'|' && !escaped(inner, k)) {
                pipe = k;
                break;
            }
        }
        const QString target = (pipe < 0 ? inner : inner.left(pipe)).trimmed();
        const int hash = int(target.indexOf(u'#'));
        WikiLink link;
        link.start = i;
        link.length = end - i;
        link.title = (hash < 0 ? target : target.left(hash)).trimmed();
        link.heading = hash < 0 ? QString() : target.mid(hash + 1).trimmed();
        link.text = pipe < 0 ? target : inner.mid(pipe + 1).trimmed();
        if (link.text.isEmpty())
            link.text = target;
        if (link.title.isEmpty())
            continue;
        links.append(link);
        i = end - 1;
    }
    return links;
}

QString MarkdownSource::renamedLinks(const QString &source, const QString &from, const QString &to)
{
    const QString key = titleKey(from);
    QString renamed = source;
    const QList<WikiLink> links = wikiLinks(source);
    for (auto link = links.crbegin(); link != links.crend(); ++link) {
        if (titleKey(link->title) != key)
            continue;
        // The title as written, inside the brackets: what comes before it
        // (spaces) and after it (#heading, |text) stays.
        const int at = int(source.indexOf(link->title, link->start + 2));
        if (at < 0 || at >= link->start + link->length)
            continue;
        renamed.replace(at, link->title.size(), to.trimmed());
    }
    return renamed;
}

QList<int> MarkdownSource::taskBoxes(const QString &source)
{
    QList<int> boxes;
    if (!source.contains(u'['))
        return boxes;
    const QList<bool> code = codeMask(source);
    static const QRegularExpression task(
        QStringLiteral("^(?:[ \\t]*>)*[ \\t]*(?:[-*+]|\\d{1,9}[.)])[ \\t]+\\[([ xX])\\](?=[ \\t]|$)"));
    for (int start = 0; start <= source.size();) {
        int end = source.indexOf(u'\n', start);
        if (end < 0)
            end = source.size();
        const QRegularExpressionMatch match = task.match(QStringView(source).mid(start, end - start));
        if (match.hasMatch() && !code.at(start + match.capturedStart(1)))
            boxes.append(start + int(match.capturedStart(1)));
        start = end + 1;
    }
    return boxes;
}

QString MarkdownSource::titleKey(const QString &title)
{
    return title.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

QString MarkdownSource::plainText(const QString &markdown)
{
    QString text = markdown;
    // Links show their text; wiki links theirs.
    const QList<WikiLink> links = wikiLinks(text);
    for (auto link = links.crbegin(); link != links.crend(); ++link)
        text.replace(link->start, link->length, link->text);
    struct Rule
    {
        QRegularExpression pattern;
        QString replacement;
    };
    static const Rule rules[] = {
        {QRegularExpression(QStringLiteral("^[ \\t>]*(?:`{3,}|~{3,}).*$"), QRegularExpression::MultilineOption), {}},
        {QRegularExpression(QStringLiteral("!?\\[([^\\]\\n]*)\\]\\([^)\\n]*\\)")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral("<((?:https?|ftp|mailto):[^>\\s]+)>")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral("^[ \\t]{0,3}#{1,6}[ \\t]+"), QRegularExpression::MultilineOption), {}},
        {QRegularExpression(QStringLiteral("^(?:[ \\t]*>)+[ \\t]?"), QRegularExpression::MultilineOption), {}},
        {QRegularExpression(QStringLiteral("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])[ \\t]+(?:\\[[ xX]\\][ \\t]+)?"),
                            QRegularExpression::MultilineOption),
         QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral("(\\*\\*|__|~~)(?=\\S)(.+?)(?<=\\S)\\1")), QStringLiteral("\\2")},
        {QRegularExpression(QStringLiteral("(?<![\\w*\\\\])\\*(?=\\S)([^*\\n]+?)(?<=\\S)\\*(?!\\*)")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral("(?<![\\w_\\\\])_(?=\\S)([^_\\n]+?)(?<=\\S)_(?![\\w_])")), QStringLiteral("\\1")},
        {QRegularExpression(QStringLiteral("(`+)(.+?)\\1")), QStringLiteral("\\2")},
        {QRegularExpression(QStringLiteral("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|~<>])")), QStringLiteral("\\1")},
    };
    for (const Rule &rule : rules)
        text.replace(rule.pattern, rule.replacement);
    return text;
}

QString MarkdownSource::passage(const QString &markdown)
{
    QString text = plainText(markdown);
    static const QRegularExpression leftovers(QStringLiteral("\\*\\*|__|~~|\\[\\[|\\]\\]|`+|^#{1,6}[ \\t]+"),
                                              QRegularExpression::MultilineOption);
    return text.remove(leftovers);
}

int MarkdownSource::frontMatterLength(const QString &source)
{
    // Only the first 64 KB: front matter is a few lines.
    static const QRegularExpression block(QStringLiteral("\\A---[ \\t]*\\r?\\n(?:.*\\r?\\n)*?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)"));
    if (!source.startsWith(QLatin1String("---")))
        return 0;
    const QRegularExpressionMatch match = block.match(QStringView(source).left(64 * 1024));
    return match.hasMatch() ? int(match.capturedLength()) : 0;
}

QString MarkdownSource::withWikiLinksAsLinks(const QString &source,
                                             const std::function<QString(const WikiLink &)> &address)
{
    QString markdown = source;
    const QList<WikiLink> links = wikiLinks(source);
    for (auto link = links.crbegin(); link != links.crend(); ++link) {
        const QString to = address(*link);
        markdown.replace(link->start, link->length,
                         to.isEmpty() ? escapedText(link->text)
                                      : u'[' + escapedText(link->text) + QStringLiteral("](<") + to + QStringLiteral(">)"));
    }
    return markdown;
}

QString MarkdownSource::withFrontMatterAsCode(const QString &markdown)
{
    const int length = frontMatterLength(markdown);
    if (length == 0)
        return markdown;
    QString block = markdown.left(length).trimmed();
    block = block.mid(block.indexOf(u'\n') + 1); // after the opening ---
    block.truncate(block.lastIndexOf(u'\n') + 1); // before the closing one
    return QStringLiteral("```yaml\n") + block + QStringLiteral("```\n\n") + markdown.mid(length);
}

QString MarkdownSource::escapedText(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() * 2);
    for (const QChar c : text) {
        if (c.unicode() < 128 && (c.isPunct() || c.isSymbol()))
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
}
