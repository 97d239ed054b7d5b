#include "enmltext.h"

#include "richtextwriter.h"
#include "xmlstream.h"

#include <QBuffer>
#include <QRegularExpression>

namespace {

// The named characters of HTML that ENML uses, as ENML's DTD declares them.
QString character(QStringView name)
{
    static const QHash<QString, QString> characters{
        {QStringLiteral("nbsp"), QStringLiteral(" ")},   {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},     {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("copy"), QStringLiteral("©")},   {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("trade"), QStringLiteral("™")},  {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("laquo"), QStringLiteral("«")},  {QStringLiteral("raquo"), QStringLiteral("»")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},  {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},  {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("bull"), QStringLiteral("•")},   {QStringLiteral("middot"), QStringLiteral("·")},
        {QStringLiteral("times"), QStringLiteral("×")},  {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pound"), QStringLiteral("£")},  {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("shy"), QString()},              {QStringLiteral("zwnj"), QString()},
    };
    return characters.value(name.toString(), u'&' + name.toString() + u';');
}

bool isCodeBlock(const QXmlStreamAttributes &attributes)
{
    return attributes.value(QStringLiteral("style")).toString().remove(u' ').contains(QStringLiteral("-en-codeblock:true"));
}

} // namespace

QString EnmlText::toMarkdown(const QString &enml, const QHash<QString, Media> &media, QSet<QString> *shown,
                             QStringList *problems)
{
    QByteArray bytes = enml.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    XmlStream xml(&buffer);
    QXmlStreamReader &reader = xml.reader();
    RichTextWriter out;
    QStringList open; // the elements open, and what each ends
    int skipping = 0; // depth inside an element whose content is not text (en-crypt, a table cell's own table…)
    bool crypt = false;
    bool missing = false;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            problems->append(tr("Its text is not well-formed: %1").arg(xml.errorString()));
            return QString();
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString().toLower();
            const QXmlStreamAttributes attributes = reader.attributes();
            QString ends = name;
            if (skipping > 0 || name == QLatin1String("en-crypt") || name == QLatin1String("script")
                || name == QLatin1String("style") || name == QLatin1String("object")) {
                crypt = crypt || name == QLatin1String("en-crypt");
                ++skipping;
                open.append(QStringLiteral("skip"));
                continue;
            }
            if (name == QLatin1String("div") || name == QLatin1String("p") || name == QLatin1String("center")
                || name == QLatin1String("address") || name == QLatin1String("section")) {
                if (isCodeBlock(attributes)) {
                    out.beginCode();
                    ends = QStringLiteral("code block");
                } else {
                    out.endBlock();
                }
            } else if (name.size() == 2 && name.at(0) == u'h' && name.at(1) >= u'1' && name.at(1) <= u'6') {
                out.endBlock();
                out.heading(name.at(1).digitValue());
            } else if (name == QLatin1String("br")) {
                out.endBlock();
            } else if (name == QLatin1String("hr")) {
                out.rule();
            } else if (name == QLatin1String("pre")) {
                out.beginCode();
            } else if (name == QLatin1String("blockquote")) {
                out.beginQuote();
            } else if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
                out.beginList(name == QLatin1String("ol"));
            } else if (name == QLatin1String("li")) {
                out.beginItem();
            } else if (name == QLatin1String("table")) {
                out.beginTable();
            } else if (name == QLatin1String("tr")) {
                out.beginRow();
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                out.beginCell();
            } else if (name == QLatin1String("b") || name == QLatin1String("strong")) {
                out.open(RichTextWriter::Style::Bold);
            } else if (name == QLatin1String("i") || name == QLatin1String("em") || name == QLatin1String("cite")) {
                out.open(RichTextWriter::Style::Italic);
            } else if (name == QLatin1String("s") || name == QLatin1String("strike") || name == QLatin1String("del")) {
                out.open(RichTextWriter::Style::Strike);
            } else if (name == QLatin1String("code") || name == QLatin1String("tt") || name == QLatin1String("kbd")) {
                out.open(RichTextWriter::Style::Code);
            } else if (name == QLatin1String("a")) {
                out.beginLink();
            } else if (name == QLatin1String("en-todo")) {
                out.task(attributes.value(QStringLiteral("checked")) == QLatin1String("true"));
            } else if (name == QLatin1String("en-media")) {
                const QString md5 = attributes.value(QStringLiteral("hash")).toString().toLower();
                const auto found = media.constFind(md5);
                if (found == media.constEnd() || found->hash.isEmpty()) {
                    missing = true;
                } else {
                    shown->insert(md5);
                    const QString label = RichTextWriter::escaped(found->name);
                    out.markup((found->image ? QStringLiteral("![") : QStringLiteral("[")) + label
                               + QStringLiteral("](attachment:") + found->hash + u')');
                }
            } else if (name == QLatin1String("img")) {
                // A picture on the web: a link to it, never fetched.
                const QString source = attributes.value(QStringLiteral("src")).toString();
                if (source.startsWith(QLatin1String("http://")) || source.startsWith(QLatin1String("https://"))) {
                    const QString alt = attributes.value(QStringLiteral("alt")).toString();
                    out.beginLink();
                    out.text(alt.isEmpty() ? tr("Picture") : alt);
                    out.endLink(source);
                }
            }
            open.append(ends);
            if (name == QLatin1String("a"))
                open.last() = u"a " + attributes.value(QStringLiteral("href")).toString();
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            if (open.isEmpty())
                continue;
            const QString ends = open.takeLast();
            if (ends == QLatin1String("skip")) {
                --skipping;
                continue;
            }
            if (ends == QLatin1String("code block") || ends == QLatin1String("pre")) {
                out.endCode();
            } else if (ends == QLatin1String("div") || ends == QLatin1String("p") || ends == QLatin1String("center")
                       || ends == QLatin1String("address") || ends == QLatin1String("section")
                       || (ends.size() == 2 && ends.at(0) == u'h' && ends.at(1).isDigit())) {
                out.endBlock();
            } else if (ends == QLatin1String("blockquote")) {
                out.endQuote();
            } else if (ends == QLatin1String("ul") || ends == QLatin1String("ol")) {
                out.endList();
            } else if (ends == QLatin1String("li")) {
                out.endBlock();
            } else if (ends == QLatin1String("table")) {
                out.endTable();
            } else if (ends == QLatin1String("b") || ends == QLatin1String("strong")) {
                out.close(RichTextWriter::Style::Bold);
            } else if (ends == QLatin1String("i") || ends == QLatin1String("em") || ends == QLatin1String("cite")) {
                out.close(RichTextWriter::Style::Italic);
            } else if (ends == QLatin1String("s") || ends == QLatin1String("strike") || ends == QLatin1String("del")) {
                out.close(RichTextWriter::Style::Strike);
            } else if (ends == QLatin1String("code") || ends == QLatin1String("tt") || ends == QLatin1String("kbd")) {
                out.close(RichTextWriter::Style::Code);
            } else if (ends.startsWith(QLatin1String("a "))) {
                const QString address = ends.mid(2).trimmed();
                // A link to another Evernote note: a [[link]] to its title.
                static const QRegularExpression noteLink(QStringLiteral("^(evernote:///view/|https?://[^/]*evernote\\.com/shard/[^/]+/nl/)"));
                if (address.isEmpty() || address.startsWith(u'#'))
                    out.dropLink();
                else if (noteLink.match(address).hasMatch())
                    out.endLink(QString());
                else
                    out.endLink(address);
            }
            continue;
        }
        if (skipping > 0)
            continue;
        if (token == QXmlStreamReader::Characters)
            out.text(reader.text().toString());
        else if (token == QXmlStreamReader::EntityReference)
            out.text(character(reader.name()));
    }
    if (crypt)
        problems->append(tr("Text encrypted in Evernote is not imported: decrypt it in Evernote and export again."));
    if (missing)
        problems->append(tr("A picture or file it shows is not in the export, or its data is damaged."));
    return out.markdown();
}
