// libFuzzer target for Gnote's and Tomboy's .note files: any bytes are a
// note or a reason, never a crash; a note's title is one line.
#include "importednote.h"
#include "tomboynotes.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    ImportedNote note;
    QString problem;
    const TomboyNotes::Read read = TomboyNotes::readNote(&buffer, &note, &problem);
    if (read == TomboyNotes::Read::Unreadable && problem.isEmpty())
        std::abort();
    if (note.title.contains(u'\n'))
        std::abort();
    return 0;
}
