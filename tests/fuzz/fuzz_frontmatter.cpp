// libFuzzer target for the front matter of imported Markdown files, read by
// libyaml: whatever the bytes, no crash; a text without a block comes back
// whole; what follows a block is kept to its last character.
#include "frontmatter.h"
#include "markdownsource.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const FrontMatter matter = FrontMatter::of(text);
    if (!matter.found && matter.text != text)
        std::abort();
    if (matter.found && !matter.valid && matter.text != text)
        std::abort(); // not YAML: kept as it was
    const int length = MarkdownSource::frontMatterLength(text);
    if (length < 0 || length > text.size())
        std::abort();
    if (matter.valid && length > 0 && !matter.text.endsWith(text.mid(length)))
        std::abort();
    for (const QString &tag : matter.tags) {
        if (tag.isEmpty() || tag.startsWith(u'#'))
            std::abort();
    }
    return 0;
}
