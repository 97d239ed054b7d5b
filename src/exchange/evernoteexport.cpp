#include "evernoteexport.h"

#include "enmltext.h"
#include "frontmatter.h"
#include "importednote.h"
#include "importtarget.h"
#include "noteattachments.h"
#include "richtextwriter.h"
#include "xmlstream.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>

namespace {

// Evernote's time stamps: 20261202T103000Z, in UTC.
QDateTime timeOf(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    time.setTimeSpec(Qt::UTC);
    return time;
}

// A resource's data, decoded from base64 as it is read.
struct Resource
{
    QByteArray data;
    QByteArray pending; // base64 not decoded yet, less than four characters
    QCryptographicHash md5{QCryptographicHash::Md5};
    bool tooLarge = false;
    bool damaged = false;
    QString mime;
    QString name;

    void decode(QStringView piece, bool last)
    {
        if (tooLarge || damaged)
            return;
        for (const QChar c : piece) {
            if (!c.isSpace())
                pending += char(c.unicode() < 0x80 ? c.unicode() : '!');
        }
        const qsizetype whole = last ? pending.size() : pending.size() / 4 * 4;
        if (whole == 0)
            return;
        const auto decoded = QByteArray::fromBase64Encoding(pending.left(whole), QByteArray::AbortOnBase64DecodingErrors);
        pending.remove(0, whole);
        if (!decoded) {
            damaged = true;
            return;
        }
        md5.addData(decoded.decoded);
        if (data.size() + decoded.decoded.size() > NoteAttachments::MaxSize) {
            tooLarge = true;
            data.clear();
            data.squeeze();
            return;
        }
        data += decoded.decoded;
    }
};

bool readResource(XmlStream &xml, Resource *resource)
{
    QXmlStreamReader &reader = xml.reader();
    int depth = 1;
    while (depth > 0) {
        switch (xml.readNext()) {
        case QXmlStreamReader::Invalid:
            return false;
        case QXmlStreamReader::StartElement: {
            const QStringView name = reader.name();
            if (name == QLatin1String("data")) {
                while (true) {
                    const QXmlStreamReader::TokenType token = xml.readNext();
                    if (token == QXmlStreamReader::Invalid)
                        return false;
                    if (token == QXmlStreamReader::Characters)
                        resource->decode(reader.text(), false);
                    else if (token == QXmlStreamReader::EndElement)
                        break;
                    else if (token == QXmlStreamReader::StartElement && !xml.skipElement())
                        return false;
                }
                resource->decode(QStringView(), true);
            } else if (name == QLatin1String("mime")) {
                if (!xml.readText(255, &resource->mime))
                    return false;
            } else if (name == QLatin1String("file-name")) {
                if (!xml.readText(1024, &resource->name))
                    return false;
            } else if (name != QLatin1String("resource-attributes") && !xml.skipElement()) {
                return false;
            } else if (name == QLatin1String("resource-attributes")) {
                ++depth;
            }
            break;
        }
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return true;
}

} // namespace

EvernoteExport::EvernoteExport(const QString &path)
    : m_path(path)
{
}

EvernoteExport::EvernoteExport(QIODevice *device, const QString &name)
    : m_path(name)
    , m_device(device)
{
}

bool EvernoteExport::looksLike(const QString &path)
{
    QFile file(path);
    if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(4096).contains("<en-export");
}

bool EvernoteExport::fail(const XmlStream &xml)
{
    m_errorString = tr("“%1” cannot be read as an Evernote export: %2")
                        .arg(QDir::toNativeSeparators(m_path), xml.errorString());
    return false;
}

bool EvernoteExport::read(ImportTarget &target)
{
    QFile file(m_path);
    QIODevice *device = m_device;
    if (!device) {
        if (!file.open(QIODevice::ReadOnly)) {
            m_errorString = tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(m_path), file.errorString());
            return false;
        }
        device = &file;
        if (file.size() == 0) {
            m_errorString = tr("“%1” is empty.").arg(QDir::toNativeSeparators(m_path));
            return false;
        }
    }
    XmlStream xml(device);
    QXmlStreamReader &reader = xml.reader();
    bool root = false;
    int number = 0;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return fail(xml);
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (!root) {
            if (reader.name() != QLatin1String("en-export")) {
                m_errorString = tr("“%1” is not an Evernote export (.enex).").arg(QDir::toNativeSeparators(m_path));
                return false;
            }
            root = true;
            continue;
        }
        if (reader.name() != QLatin1String("note")) {
            if (!xml.skipElement())
                return fail(xml);
            continue;
        }
        switch (readNote(xml, target, ++number)) {
        case Read::Done:
            break;
        case Read::Failed:
            return fail(xml);
        case Read::Stopped:
            return false;
        }
    }
    if (number == 0) {
        m_errorString = tr("“%1” holds no notes.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

EvernoteExport::Read EvernoteExport::readNote(XmlStream &xml, ImportTarget &target, int number)
{
    QXmlStreamReader &reader = xml.reader();
    ImportedNote note;
    QString content;
    bool contentWhole = true;
    QString sourceAddress;
    QHash<QString, EnmlText::Media> media; // by MD5
    QSet<QString> named; // the MD5s its text names
    QStringList problems;
    QStringList attached; // the MD5s of its attachments, in order
    struct Suspect
    {
        QString md5;
        QString fileName;
        QString mime;
        QString source;
        QByteArray data;
    };
    QList<Suspect> suspects; // data its text does not name (yet)
    qsizetype suspectBytes = 0;
    const auto attach = [&](const QString &md5, const QString &fileName, const QString &mime, const QString &source,
                            const QByteArray &data) {
        const QString hash = target.attach(data, fileName, source);
        if (hash.isEmpty())
            return;
        if (!media.contains(md5))
            attached.append(md5);
        media.insert(md5, {hash, fileName, mime.startsWith(QLatin1String("image/"))});
    };
    const auto label = [&] {
        return note.title.isEmpty() ? tr("Note %1").arg(number) : note.title;
    };
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return Read::Failed;
        if (token == QXmlStreamReader::EndElement)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        QString value;
        bool read = true;
        if (name == QLatin1String("title")) {
            read = xml.readText(4096, &note.title);
            note.title = note.title.simplified();
        } else if (name == QLatin1String("created") || name == QLatin1String("updated")) {
            const bool created = name == QLatin1String("created");
            read = xml.readText(64, &value);
            (created ? note.created : note.updated) = timeOf(value);
        } else if (name == QLatin1String("tag")) {
            read = xml.readText(1024, &value);
            if (!value.trimmed().isEmpty())
                note.tags.append(value.trimmed());
        } else if (name == QLatin1String("content")) {
            read = xml.readText(MaxNoteSize, &content, &contentWhole);
            static const QRegularExpression mediaHash(QStringLiteral("<en-media[^>]*\\shash=[\"']([0-9a-fA-F]+)"));
            QRegularExpressionMatchIterator hashes = mediaHash.globalMatch(content);
            while (hashes.hasNext())
                named.insert(hashes.next().captured(1).toLower());
        } else if (name == QLatin1String("note-attributes")) {
            int depth = 1;
            while (read && depth > 0) {
                const QXmlStreamReader::TokenType inner = xml.readNext();
                if (inner == QXmlStreamReader::Invalid)
                    read = false;
                else if (inner == QXmlStreamReader::EndElement)
                    --depth;
                else if (inner == QXmlStreamReader::StartElement && reader.name() == QLatin1String("source-url"))
                    read = xml.readText(4096, &sourceAddress);
                else if (inner == QXmlStreamReader::StartElement)
                    read = xml.skipElement();
            }
        } else if (name == QLatin1String("resource")) {
            Resource resource;
            read = readResource(xml, &resource);
            const QString md5 = QString::fromLatin1(resource.md5.result().toHex());
            QString fileName = QFileInfo(resource.name.trimmed()).fileName();
            const QString mime = resource.mime.trimmed().toLower();
            if (fileName.isEmpty()) {
                const QStringList suffixes = QMimeDatabase().mimeTypeForName(mime).suffixes();
                fileName = tr("Attachment") + (suffixes.isEmpty() ? QString() : u'.' + suffixes.first());
            }
            const QString source = label() + QStringLiteral(" ▸ ") + fileName;
            if (!read) {
                // The file ends inside it: the whole import fails below.
            } else if (resource.tooLarge) {
                target.skip(source, tr("“%1” is larger than 100 MB, the most a notebook takes in one file.").arg(fileName));
            } else if (resource.damaged) {
                target.skip(source, tr("Its data is damaged (it is not base64): left out."));
            } else if (!named.contains(md5) && suspectBytes + resource.data.size() <= MaxSuspectBytes) {
                // Data the text does not name: an attachment it does not
                // show, or a damaged one (its checksum changed). Which, the
                // note's end tells: kept aside until then.
                suspectBytes += resource.data.size();
                suspects.append({md5, fileName, mime, source, resource.data});
            } else {
                attach(md5, fileName, mime, source, resource.data);
            }
        } else {
            read = xml.skipElement();
        }
        if (!read)
            return Read::Failed;
    }
    // Data no text names, while the text names data that is not there: the
    // same data with another checksum, damaged. Otherwise attachments the
    // note has without showing them.
    const bool missing = std::any_of(named.cbegin(), named.cend(), [&](const QString &md5) { return !media.contains(md5); });
    for (const Suspect &suspect : std::as_const(suspects)) {
        if (missing)
            target.skip(suspect.source, tr("Its data is damaged (it does not match its checksum): left out."));
        else
            attach(suspect.md5, suspect.fileName, suspect.mime, suspect.source, suspect.data);
    }
    suspects.clear();
    note.source = label();
    if (!contentWhole) {
        target.skip(note.source, tr("Its text is larger than %1 MB: not imported.").arg(MaxNoteSize / (1024 * 1024)));
        return Read::Done;
    }
    QSet<QString> shown;
    QString text = EnmlText::toMarkdown(content, media, &shown, &problems);
    // Attachments its text does not show are listed at its end.
    for (const QString &md5 : std::as_const(attached)) {
        if (shown.contains(md5))
            continue;
        const EnmlText::Media &file = media[md5];
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + (file.image ? QStringLiteral("![") : QStringLiteral("["))
            + RichTextWriter::escaped(file.name) + QStringLiteral("](attachment:") + file.hash + QStringLiteral(")\n");
    }
    if (!sourceAddress.trimmed().isEmpty())
        text = QStringLiteral("---\nsource: ") + FrontMatter::quoted(sourceAddress.trimmed()) + QStringLiteral("\n---\n") + text;
    if (note.title.isEmpty()) {
        note.title = tr("Untitled");
        problems.append(tr("It has no title: titled “%1”.").arg(note.title));
    }
    note.text = text;
    if (!problems.isEmpty())
        target.change(note.source, problems.join(u' '));
    return target.add(std::move(note)) ? Read::Done : Read::Stopped;
}
