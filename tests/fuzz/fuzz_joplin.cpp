// libFuzzer target for Joplin exports: any bytes, read as a tar archive of
// Joplin items, are notes or a reason, never a crash or a file written.
#include "importsurvey.h"
#include "joplinexport.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    JoplinExport source(bytes, QStringLiteral("fuzz.jex"));
    ImportSurvey survey;
    if (!source.read(survey) && source.errorString().isEmpty())
        std::abort();
    const JoplinExport::Item item = JoplinExport::parseItem(QString::fromUtf8(bytes));
    if (item.title.contains(u'\n'))
        std::abort();
    return 0;
}
