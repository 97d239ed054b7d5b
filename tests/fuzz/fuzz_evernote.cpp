// libFuzzer target for Evernote exports: the XML stream that splits long
// runs reads every document exactly as QXmlStreamReader reads it whole (or
// refuses its encoding, or its entities); the
// importer and the ENML converter take any bytes without a crash.
#include "enmltext.h"
#include "evernoteexport.h"
#include "importsurvey.h"
#include "xmlstream.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>

namespace {

// What a document says: its elements, attributes and text, in order.
template<typename Next>
QString meaningOf(QXmlStreamReader &reader, Next next, bool *ok)
{
    QString meaning;
    QString text;
    while (true) {
        const QXmlStreamReader::TokenType token = next();
        if (token == QXmlStreamReader::Characters) {
            text += reader.text();
            continue;
        }
        if (token == QXmlStreamReader::Comment)
            continue; // where runs are split
        meaning += text;
        text.clear();
        if (token == QXmlStreamReader::Invalid || reader.hasError()) {
            *ok = false;
            return meaning;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement) {
            meaning += u'<' + reader.name().toString();
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                meaning += u' ' + attribute.name().toString() + u'=' + attribute.value().toString();
            meaning += u'>';
        } else if (token == QXmlStreamReader::EndElement) {
            meaning += QStringLiteral("</>");
        } else if (token == QXmlStreamReader::EntityReference) {
            meaning += u'&' + reader.name().toString() + u';';
        }
    }
    *ok = true;
    return meaning;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QXmlStreamReader whole(bytes);
        whole.setNamespaceProcessing(true);
        bool wholeOk = false;
        const QString expected = meaningOf(whole, [&] { return whole.readNext(); }, &wholeOk);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        XmlStream stream(&buffer, 5);
        bool streamOk = false;
        const QString read = meaningOf(stream.reader(), [&] { return stream.readNext(); }, &streamOk);
        const bool declares = bytes.contains("<!ENTITY");
        if (wholeOk && !declares && !stream.refusesEncoding() && (!streamOk || read != expected))
            std::abort();
    }
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        EvernoteExport source(&buffer, QStringLiteral("fuzz.enex"));
        ImportSurvey survey;
        source.read(survey);
    }
    QSet<QString> shown;
    QStringList problems;
    EnmlText::toMarkdown(QString::fromUtf8(bytes), {{QStringLiteral("00"), {QStringLiteral("h"), QStringLiteral("n"), true}}},
                         &shown, &problems);
    return 0;
}
