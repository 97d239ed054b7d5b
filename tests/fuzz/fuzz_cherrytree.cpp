// libFuzzer target for CherryTree documents (.ctd, XML): any bytes are
// notes or a reason, never a crash.
#include "cherrytreedocument.h"
#include "importsurvey.h"

#include <QTemporaryFile>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static QTemporaryFile file; // the document is read from a file, as the import reads it
    if (!file.isOpen() && !file.open())
        std::abort();
    file.resize(0);
    file.seek(0);
    file.write(reinterpret_cast<const char *>(data), qint64(size));
    file.flush();
    CherryTreeDocument document(file.fileName());
    ImportSurvey survey;
    if (!document.read(survey) && document.errorString().isEmpty())
        std::abort();
    return 0;
}
