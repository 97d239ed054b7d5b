#include "tomboynotes.h"

#include "importednote.h"
#include "importtarget.h"
#include "richtextwriter.h"
#include "xmlstream.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QLatin1String Namespace("http://beatniksoftware.com/tomboy");

bool isNoteFile(const QString &path)
{
    QFile file(path);
    if (!path.endsWith(QLatin1String(".note"), Qt::CaseInsensitive) || !file.open(QIODevice::ReadOnly))
        return false;
    return file.read(2048).contains("http://beatniksoftware.com/tomboy");
}

QStringList noteFiles(const QString &folder)
{
    QStringList files;
    QDirIterator entries(folder, {QStringLiteral("*.note")}, QDir::Files | QDir::NoSymLinks);
    while (entries.hasNext())
        files.append(entries.next());
    files.sort();
    return files;
}

// Tomboy's time stamps: 2026-12-02T10:30:00.1234560+01:00 (seven digits of fraction).
QDateTime timeOf(QString text)
{
    static const QRegularExpression fraction(QStringLiteral("(\\.\\d{3})\\d+"));
    text = text.trimmed().replace(fraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

// The note's text (note-content), its title line left out, as Markdown.
bool readContent(XmlStream &xml, const QString &title, QString *markdown)
{
    QXmlStreamReader &reader = xml.reader();
    RichTextWriter out;
    QStringList open;
    bool titleLine = true; // the text starts with the title: not repeated
    QString first;
    const auto text = [&](QString piece) {
        if (titleLine) {
            const qsizetype end = piece.indexOf(u'\n');
            first += end < 0 ? piece : piece.left(end);
            if (end < 0)
                return;
            titleLine = false;
            if (first.trimmed() != title.trimmed())
                out.text(first), out.endBlock(); // not the title after all: kept
            piece = piece.mid(end + 1);
        }
        const QStringList lines = piece.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                out.endBlock();
            out.text(lines.at(i));
        }
    };
    int depth = 1;
    while (depth > 0) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::Characters) {
            text(reader.text().toString());
        } else if (token == QXmlStreamReader::StartElement) {
            ++depth;
            const QString name = reader.name().toString();
            const QStringView space = reader.namespaceUri();
            open.append(name);
            if (name == QLatin1String("bold"))
                out.open(RichTextWriter::Style::Bold);
            else if (name == QLatin1String("italic"))
                out.open(RichTextWriter::Style::Italic);
            else if (name == QLatin1String("strikethrough"))
                out.open(RichTextWriter::Style::Strike);
            else if (name == QLatin1String("monospace"))
                out.open(RichTextWriter::Style::Code);
            else if (name == QLatin1String("highlight"))
                out.open(RichTextWriter::Style::Highlight);
            else if (space.endsWith(QLatin1String("/size")) && (name == QLatin1String("huge") || name == QLatin1String("large")))
                out.heading(name == QLatin1String("huge") ? 1 : 2);
            else if (space.endsWith(QLatin1String("/link")))
                out.beginLink();
            else if (name == QLatin1String("list"))
                out.beginList(false);
            else if (name == QLatin1String("list-item"))
                out.beginItem();
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (open.isEmpty())
                continue;
            const QString name = open.takeLast();
            const QStringView space = reader.namespaceUri();
            if (name == QLatin1String("bold"))
                out.close(RichTextWriter::Style::Bold);
            else if (name == QLatin1String("italic"))
                out.close(RichTextWriter::Style::Italic);
            else if (name == QLatin1String("strikethrough"))
                out.close(RichTextWriter::Style::Strike);
            else if (name == QLatin1String("monospace"))
                out.close(RichTextWriter::Style::Code);
            else if (name == QLatin1String("highlight"))
                out.close(RichTextWriter::Style::Highlight);
            else if (space.endsWith(QLatin1String("/link")) && name == QLatin1String("url"))
                out.endLinkToItsText();
            else if (space.endsWith(QLatin1String("/link")))
                out.endLink(QString()); // internal, or broken: a note's title
            else if (name == QLatin1String("list"))
                out.endList();
            else if (name == QLatin1String("list-item"))
                out.endBlock();
        }
    }
    if (titleLine && first.trimmed() != title.trimmed())
        out.text(first);
    *markdown = out.markdown();
    return true;
}

} // namespace

TomboyNotes::TomboyNotes(const QString &path)
    : m_path(path)
{
}

bool TomboyNotes::looksLike(const QString &path)
{
    const QFileInfo info(path);
    if (info.isFile())
        return isNoteFile(path);
    if (!info.isDir())
        return false;
    const QStringList files = noteFiles(path);
    return std::any_of(files.cbegin(), files.cend(), isNoteFile);
}

QString TomboyNotes::kind() const
{
    return m_path.contains(QLatin1String("gnote"), Qt::CaseInsensitive) ? QStringLiteral("Gnote")
                                                                          : QStringLiteral("Tomboy");
}

TomboyNotes::Read TomboyNotes::readNote(QIODevice *device, ImportedNote *note, QString *problem)
{
    XmlStream xml(device);
    QXmlStreamReader &reader = xml.reader();
    bool root = false;
    bool content = false;
    QStringList tags;
    while (true) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::Invalid) {
            *problem = xml.errorString();
            return Read::Unreadable;
        }
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = reader.name();
        QString value;
        bool ok = true;
        if (!root) {
            if (name != QLatin1String("note") || reader.namespaceUri() != Namespace) {
                *problem = tr("It is not a Gnote or Tomboy note.");
                return Read::Unreadable;
            }
            root = true;
            continue;
        }
        if (name == QLatin1String("title")) {
            ok = xml.readText(4096, &note->title);
            note->title = note->title.simplified();
        } else if (name == QLatin1String("note-content")) {
            if (!readContent(xml, note->title, &note->text)) {
                *problem = xml.errorString();
                return Read::Unreadable;
            }
            content = true;
        } else if (name == QLatin1String("create-date")) {
            ok = xml.readText(64, &value);
            note->created = timeOf(value);
        } else if (name == QLatin1String("last-change-date")) {
            ok = xml.readText(64, &value);
            note->updated = timeOf(value);
        } else if (name == QLatin1String("tag")) {
            ok = xml.readText(1024, &value);
            tags.append(value.trimmed());
        }
        if (!ok) {
            *problem = xml.errorString();
            return Read::Unreadable;
        }
    }
    if (!root || !content) {
        *problem = tr("It is not a Gnote or Tomboy note.");
        return Read::Unreadable;
    }
    for (const QString &tag : std::as_const(tags)) {
        if (tag == QLatin1String("system:template") || tag.startsWith(QLatin1String("system:template:")))
            return Read::Template;
        static const QLatin1String notebook("system:notebook:");
        if (tag.startsWith(notebook))
            note->tags.append(tag.mid(notebook.size()));
        else if (!tag.startsWith(QLatin1String("system:")) && !tag.isEmpty())
            note->tags.append(tag);
    }
    return Read::Note;
}

bool TomboyNotes::read(ImportTarget &target)
{
    const QFileInfo info(m_path);
    const QStringList files = info.isDir() ? noteFiles(m_path) : QStringList{m_path};
    if (files.isEmpty()) {
        m_errorString = tr("“%1” holds no Gnote or Tomboy notes (.note).").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    int notes = 0;
    for (const QString &path : files) {
        const QString source = info.isDir() ? QFileInfo(path).fileName() : info.fileName();
        QFile file(path);
        QString problem;
        ImportedNote note;
        Read read = Read::Unreadable;
        if (!file.open(QIODevice::ReadOnly))
            problem = tr("Cannot be read: %1").arg(file.errorString());
        else if (file.size() == 0)
            problem = tr("The file is empty.");
        else if (file.size() > MaxNoteSize)
            problem = tr("It is larger than %1 MB: not imported.").arg(MaxNoteSize / (1024 * 1024));
        else
            read = readNote(&file, &note, &problem);
        if (read == Read::Template) {
            target.skip(source, tr("A template for new notes: not imported."));
            continue;
        }
        if (read == Read::Unreadable) {
            if (!info.isDir()) {
                m_errorString = tr("“%1” cannot be read as a Gnote or Tomboy note: %2")
                                    .arg(QDir::toNativeSeparators(m_path), problem);
                return false;
            }
            target.skip(source, problem);
            continue;
        }
        note.source = source;
        if (note.title.isEmpty())
            note.title = QFileInfo(path).completeBaseName();
        if (!note.updated.isValid())
            note.updated = QFileInfo(path).lastModified();
        ++notes;
        if (!target.add(std::move(note)))
            return false;
    }
    if (notes == 0) {
        m_errorString = tr("“%1” holds no notes that can be imported.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}
