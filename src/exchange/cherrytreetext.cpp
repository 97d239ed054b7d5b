#include "cherrytreetext.h"

#include "importtarget.h"
#include "richtextwriter.h"

#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// CherryTree's link attribute: "webs URL", "file BASE64", "fold BASE64",
// "node ID" or "node ID ANCHOR".
void endLink(RichTextWriter &out, const QString &link, const QHash<QString, QString> &titles)
{
    const QString kind = link.section(u' ', 0, 0);
    const QString rest = link.section(u' ', 1);
    if (kind == QLatin1String("webs")) {
        out.endLink(rest.trimmed());
    } else if (kind == QLatin1String("file") || kind == QLatin1String("fold")) {
        const QString path = QString::fromUtf8(QByteArray::fromBase64(rest.trimmed().toLatin1()));
        if (path.isEmpty())
            out.dropLink();
        else
            out.endLink(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded)); // a link, never read
    } else if (kind == QLatin1String("node") && titles.contains(rest.section(u' ', 0, 0))) {
        out.endLinkToNote(titles.value(rest.section(u' ', 0, 0)));
    } else {
        out.dropLink();
    }
}

struct Bullet
{
    int length = 0; // of the marker and its space
    bool ordered = false;
    int task = -1;
};

Bullet bulletOf(const QString &line)
{
    static const QRegularExpression marker(QStringLiteral("^\\s*(?:([•◇▪→⇒-])|([☐☑☒])|(\\d+[.)\\]>-]))\\s"));
    const QRegularExpressionMatch match = marker.match(line);
    if (!match.hasMatch())
        return {};
    Bullet bullet;
    bullet.length = int(match.capturedLength());
    bullet.ordered = match.hasCaptured(3);
    if (match.hasCaptured(2))
        bullet.task = match.captured(2) == QStringLiteral("☐") ? 0 : 1;
    return bullet;
}

void writeObject(RichTextWriter &out, const CherryTreeText::Object &object, ImportTarget &target, const QString &source,
                 int *images)
{
    using Kind = CherryTreeText::Object::Kind;
    switch (object.kind) {
    case Kind::CodeBox:
        out.beginCode(object.language == QLatin1String("plain-text") || object.language == QLatin1String("custom-colors")
                          ? QString()
                          : object.language);
        out.text(object.text, true);
        out.endCode();
        break;
    case Kind::Table: {
        if (object.rows.isEmpty())
            break;
        QList<QStringList> rows = object.rows;
        rows.prepend(rows.takeLast()); // the header, kept last
        out.beginTable();
        for (const QStringList &row : std::as_const(rows)) {
            out.beginRow();
            for (const QString &cell : row) {
                out.beginCell();
                out.text(cell);
            }
        }
        out.endTable();
        break;
    }
    case Kind::Image:
    case Kind::File: {
        const bool image = object.kind == Kind::Image;
        const QString name = image ? CherryTreeText::tr("Picture %1.png").arg(++*images) : object.fileName;
        const QString hash = target.attach(object.data, name, source);
        if (hash.isEmpty())
            break;
        out.markup((image ? QStringLiteral("![") : QStringLiteral("[")) + RichTextWriter::escaped(name)
                   + QStringLiteral("](attachment:") + hash + u')');
        break;
    }
    case Kind::Anchor:
        break;
    }
}

} // namespace

QString CherryTreeText::toMarkdown(const Node &node, const QHash<QString, QString> &titles, ImportTarget &target,
                                   const QString &source)
{
    RichTextWriter out;
    const bool rich = node.syntax.isEmpty() || node.syntax == QLatin1String("custom-colors");
    if (!rich && node.syntax != QLatin1String("plain-text")) {
        // A code node: its text is code in its language.
        QString code;
        for (const Run &run : node.runs)
            code += run.text;
        out.beginCode(node.syntax);
        out.text(code, true);
        out.endCode();
        return out.markdown();
    }
    QList<Object> objects = node.objects;
    std::stable_sort(objects.begin(), objects.end(), [](const Object &a, const Object &b) { return a.offset < b.offset; });
    qsizetype nextObject = 0;
    int offset = 0; // characters of text written, as CherryTree counts them
    int images = 0;
    bool lineStart = true;
    bool inList = false;
    const auto objectsUpTo = [&](int at) {
        while (nextObject < objects.size() && objects.at(nextObject).offset <= at)
            writeObject(out, objects.at(nextObject++), target, source, &images);
    };
    for (const Run &run : node.runs) {
        using Style = RichTextWriter::Style;
        const auto &a = run.attributes;
        const bool bold = a.value(QStringLiteral("weight")) == QLatin1String("heavy");
        const bool italic = a.value(QStringLiteral("style")) == QLatin1String("italic");
        const bool strike = a.value(QStringLiteral("strikethrough")) == QLatin1String("true");
        const bool mono = a.value(QStringLiteral("family")) == QLatin1String("monospace");
        const QString link = a.value(QStringLiteral("link"));
        const QString scale = a.value(QStringLiteral("scale"));
        // A run is written a piece at a time: up to the next line's end or
        // the next object's offset, whichever comes first.
        QString rest = run.text;
        while (!rest.isEmpty()) {
            objectsUpTo(offset);
            const int toObject = nextObject < objects.size() ? objects.at(nextObject).offset - offset : int(rest.size());
            const qsizetype newline = rest.indexOf(u'\n');
            qsizetype take = qMin<qsizetype>(qMax(toObject, 1), rest.size());
            if (newline >= 0 && newline < take)
                take = newline;
            QString piece = rest.left(take);
            if (lineStart && !piece.isEmpty()) {
                const Bullet bullet = rich ? bulletOf(piece) : Bullet();
                if (bullet.length > 0) {
                    if (!inList)
                        out.beginList(bullet.ordered);
                    inList = true;
                    out.beginItem();
                    if (bullet.task >= 0)
                        out.task(bullet.task == 1);
                    piece = piece.mid(bullet.length);
                } else if (inList) {
                    out.endList();
                    inList = false;
                }
                if (scale.size() == 2 && scale.at(0) == u'h' && scale.at(1).isDigit())
                    out.heading(scale.at(1).digitValue());
                lineStart = false;
            }
            if (!piece.isEmpty()) {
                if (!link.isEmpty())
                    out.beginLink();
                for (const auto &[on, style] : {std::pair{bold, Style::Bold}, std::pair{italic, Style::Italic},
                                                std::pair{strike, Style::Strike}, std::pair{mono, Style::Code}})
                    if (on)
                        out.open(style);
                out.text(piece, !rich);
                for (const auto &[on, style] : {std::pair{mono, Style::Code}, std::pair{strike, Style::Strike},
                                                std::pair{italic, Style::Italic}, std::pair{bold, Style::Bold}})
                    if (on)
                        out.close(style);
                if (!link.isEmpty())
                    endLink(out, link, titles);
            }
            offset += int(take);
            rest.remove(0, take);
            if (rest.startsWith(u'\n')) {
                objectsUpTo(offset);
                rest.remove(0, 1);
                ++offset;
                out.endBlock();
                lineStart = true;
            }
        }
    }
    while (nextObject < objects.size())
        writeObject(out, objects.at(nextObject++), target, source, &images);
    return out.markdown();
}
