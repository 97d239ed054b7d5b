// libFuzzer target for what is read out of a note's Markdown: whatever the
// text, every link found lies inside it, starts with "[[" and ends with "]]",
// links do not overlap, and every task box sits between brackets.
#include "markdownsource.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    int previousEnd = 0;
    for (const MarkdownSource::WikiLink &link : MarkdownSource::wikiLinks(text)) {
        if (link.start < previousEnd || link.length < 5 || link.start + link.length > text.size())
            std::abort();
        const QString whole = text.mid(link.start, link.length);
        if (!whole.startsWith(QLatin1String("[[")) || !whole.endsWith(QLatin1String("]]"))
            || link.title.isEmpty() || link.title != link.title.trimmed() || whole.contains(u'\n'))
            std::abort();
        previousEnd = link.start + link.length;
    }
    for (const int box : MarkdownSource::taskBoxes(text)) {
        if (box < 1 || box + 1 >= text.size() || text.at(box - 1) != u'[' || text.at(box + 1) != u']')
            std::abort();
    }
    if (MarkdownSource::codeMask(text).size() != text.size())
        std::abort();
    MarkdownSource::plainText(text);
    return 0;
}
