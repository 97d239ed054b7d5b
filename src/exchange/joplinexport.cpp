#include "joplinexport.h"

#include "importednote.h"
#include "importtarget.h"
#include "noteattachments.h"
#include "richtextwriter.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

namespace {

enum Type { NoteType = 1, FolderType = 2, ResourceType = 4, TagType = 5, NoteTagType = 6 };

const QRegularExpression &itemName()
{
    static const QRegularExpression name(QStringLiteral("^([0-9a-f]{32})\\.md$"));
    return name;
}

// ](:/id) in a note's text: a link to another item.
const QRegularExpression &itemLink()
{
    static const QRegularExpression link(QStringLiteral("(!?)\\[([^\\]\\n]*)\\]\\(:/([0-9a-f]{32})\\)"));
    return link;
}

QDateTime timeOf(const QString &text)
{
    const QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

JoplinExport::JoplinExport(const QString &path)
    : m_path(path)
{
}

JoplinExport::JoplinExport(const QByteArray &data, const QString &name)
    : m_path(name)
    , m_data(data)
    , m_inMemory(true)
{
}

bool JoplinExport::looksLike(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return false;
    struct archive *archive = archive_read_new();
    archive_read_support_format_tar(archive);
    bool found = false;
    if (archive_read_open_filename(archive, QFile::encodeName(path).constData(), 64 * 1024) == ARCHIVE_OK) {
        struct archive_entry *entry = nullptr;
        for (int i = 0; i < 8 && archive_read_next_header(archive, &entry) == ARCHIVE_OK; ++i) {
            const QString name = QString::fromUtf8(archive_entry_pathname(entry));
            if (itemName().match(name).hasMatch()) {
                found = true;
                break;
            }
        }
    }
    archive_read_free(archive);
    return found;
}

JoplinExport::Item JoplinExport::parseItem(const QString &text)
{
    // Joplin writes the title, a blank line, the body, a blank line, then
    // one "name: value" line for each field.
    Item item;
    QStringList lines = text.split(u'\n');
    static const QRegularExpression field(QStringLiteral("^([a-z_]+): ?(.*)$"));
    while (!lines.isEmpty()) {
        const QRegularExpressionMatch match = field.match(lines.last());
        if (!match.hasMatch())
            break;
        item.fields.insert(match.captured(1), match.captured(2).replace(QLatin1String("\\n"), QLatin1String("\n")));
        lines.removeLast();
    }
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    if (!lines.isEmpty())
        item.title = lines.takeFirst().trimmed();
    if (!lines.isEmpty() && lines.first().trimmed().isEmpty())
        lines.removeFirst();
    item.body = lines.join(u'\n');
    return item;
}

bool JoplinExport::forEachEntry(const std::function<bool(const QString &, qint64)> &each)
{
    m_archive = archive_read_new();
    archive_read_support_format_tar(m_archive);
    const int opened = m_inMemory ? archive_read_open_memory(m_archive, m_data.constData(), size_t(m_data.size()))
                                  : archive_read_open_filename(m_archive, QFile::encodeName(m_path).constData(), 64 * 1024);
    bool ok = opened == ARCHIVE_OK;
    struct archive_entry *entry = nullptr;
    while (ok) {
        const int next = archive_read_next_header(m_archive, &entry);
        if (next == ARCHIVE_EOF)
            break;
        if (next != ARCHIVE_OK && next != ARCHIVE_WARN) {
            ok = false;
            break;
        }
        const QString path = QString::fromUtf8(archive_entry_pathname(entry));
        const bool climbs = path.startsWith(u'/') || path.contains(u'\\') || path.split(u'/').contains(QStringLiteral(".."));
        if (archive_entry_filetype(entry) != AE_IFREG || climbs) {
            if (archive_entry_filetype(entry) != AE_IFDIR && !m_passedOverPaths.contains(path)) {
                m_passedOverPaths.insert(path);
                m_passedOver.append({path, climbs ? tr("Its path leads outside the archive: not read.")
                                                  : tr("Not a file (a link, say): not read.")});
            }
            continue;
        }
        if (!each(path, archive_entry_size(entry))) {
            archive_read_free(m_archive);
            m_archive = nullptr;
            return false;
        }
    }
    if (!ok) {
        m_errorString = tr("“%1” cannot be read as a Joplin export: %2")
                            .arg(QDir::toNativeSeparators(m_path),
                                 opened != ARCHIVE_OK || !archive_error_string(m_archive)
                                     ? tr("it is not a tar archive.")
                                     : QString::fromUtf8(archive_error_string(m_archive)));
    }
    archive_read_free(m_archive);
    m_archive = nullptr;
    return ok;
}

bool JoplinExport::readData(qint64 size, QByteArray *data)
{
    data->clear();
    data->reserve(size);
    char buffer[64 * 1024];
    while (true) {
        const la_ssize_t read = archive_read_data(m_archive, buffer, sizeof buffer);
        if (read < 0) {
            m_errorString = tr("“%1” cannot be read as a Joplin export: %2")
                                .arg(QDir::toNativeSeparators(m_path), QString::fromUtf8(archive_error_string(m_archive)));
            return false;
        }
        if (read == 0)
            return true;
        if (data->size() + read > size) { // more than its header said
            m_errorString = tr("“%1” cannot be read as a Joplin export: an entry holds more than its header says.")
                                .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        data->append(buffer, read);
    }
}

QString JoplinExport::tagOfFolder(const QString &id) const
{
    QStringList path;
    QSet<QString> seen;
    for (QString at = id; m_folders.contains(at) && !seen.contains(at) && path.size() < 32;
         at = m_folders.value(at).fields.value(QStringLiteral("parent_id"))) {
        seen.insert(at); // a cycle of notebooks ends here
        path.prepend(QString(m_folders.value(at).title).replace(u'/', u'-').simplified());
    }
    path.removeAll(QString());
    return path.join(u'/');
}

bool JoplinExport::read(ImportTarget &target)
{
    if (!m_inMemory && !QFileInfo(m_path).isFile()) {
        m_errorString = tr("“%1” is not a file.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // First every item but the notes' texts, so that links and tags are known.
    int notes = 0;
    const auto readItem = [this, &target](const QString &path, qint64 size, Item *item) {
        QByteArray data;
        if (size > MaxItemSize) {
            target.skip(path, tr("It is larger than %1 MB: not imported.").arg(MaxItemSize / (1024 * 1024)));
            return true;
        }
        if (!readData(size, &data))
            return false;
        *item = parseItem(QString::fromUtf8(data));
        return true;
    };
    bool read = forEachEntry([&](const QString &path, qint64 size) {
        if (!itemName().match(path).hasMatch())
            return true;
        Item item;
        if (!readItem(path, size, &item))
            return false;
        const QString id = item.fields.value(QStringLiteral("id"));
        switch (item.fields.value(QStringLiteral("type_")).toInt()) {
        case NoteType: {
            ++notes;
            m_noteTitles.insert(id, item.title);
            QRegularExpressionMatchIterator links = itemLink().globalMatch(item.body);
            while (links.hasNext())
                m_referenced.insert(links.next().captured(3));
            break;
        }
        case FolderType:
            m_folders.insert(id, item);
            break;
        case ResourceType:
            item.body.clear();
            m_resources.insert(id, item);
            break;
        case TagType:
            m_tags.insert(id, item.title);
            break;
        case NoteTagType:
            m_noteTags[item.fields.value(QStringLiteral("note_id"))].append(item.fields.value(QStringLiteral("tag_id")));
            break;
        default:
            break; // settings, revisions, master keys…: not notes
        }
        return true;
    });
    if (!read)
        return false;
    if (notes == 0) {
        m_errorString = tr("“%1” holds no Joplin notes.").arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    // The resources the notes show, one at a time.
    read = forEachEntry([&](const QString &path, qint64 size) {
        static const QRegularExpression resource(QStringLiteral("^resources/([0-9a-f]{32})(\\.[^/]*)?$"));
        const QRegularExpressionMatch match = resource.match(path);
        if (!match.hasMatch())
            return true;
        const QString id = match.captured(1);
        if (!m_referenced.contains(id) || m_hashes.contains(id))
            return true;
        const Item &about = m_resources[id];
        QString name = QFileInfo(about.title).fileName();
        if (name.isEmpty())
            name = QFileInfo(path).fileName();
        if (size > NoteAttachments::MaxSize) {
            target.skip(path, tr("“%1” is larger than 100 MB, the most a notebook takes in one file.").arg(name));
            return true;
        }
        QByteArray data;
        if (!readData(size, &data))
            return false;
        const QString hash = target.attach(data, name, path);
        if (!hash.isEmpty())
            m_hashes.insert(id, hash);
        return true;
    });
    if (!read)
        return false;
    // Then the notes.
    read = forEachEntry([&](const QString &path, qint64 size) {
        if (!itemName().match(path).hasMatch() || size > MaxItemSize)
            return true;
        Item item;
        if (!readItem(path, size, &item))
            return false;
        if (item.fields.value(QStringLiteral("type_")).toInt() != NoteType)
            return true;
        const QString id = item.fields.value(QStringLiteral("id"));
        ImportedNote note;
        note.source = path;
        note.title = item.title.isEmpty() ? tr("Untitled") : item.title;
        bool missing = false;
        QString text;
        qsizetype copied = 0;
        QRegularExpressionMatchIterator links = itemLink().globalMatch(item.body);
        while (links.hasNext()) {
            const QRegularExpressionMatch link = links.next();
            text += QStringView(item.body).mid(copied, link.capturedStart() - copied);
            copied = link.capturedEnd();
            const QString to = link.captured(3);
            if (m_hashes.contains(to)) {
                text += link.captured(1) + u'[' + link.captured(2) + QStringLiteral("](attachment:") + m_hashes.value(to) + u')';
            } else if (m_noteTitles.contains(to)) {
                const QString title = m_noteTitles.value(to);
                const QString shown = link.captured(2).trimmed();
                text += QStringLiteral("[[") + title + (shown.isEmpty() || shown == title ? QString() : u'|' + shown)
                    + QStringLiteral("]]");
            } else {
                missing = true;
                text += link.captured(0);
            }
        }
        text += QStringView(item.body).mid(copied);
        note.text = text.endsWith(u'\n') || text.isEmpty() ? text : text + u'\n';
        const QString folder = tagOfFolder(item.fields.value(QStringLiteral("parent_id")));
        if (!folder.isEmpty())
            note.tags.append(folder);
        for (const QString &tag : m_noteTags.value(id)) {
            if (!m_tags.value(tag).trimmed().isEmpty())
                note.tags.append(m_tags.value(tag).trimmed());
        }
        const QString created = item.fields.value(QStringLiteral("user_created_time"));
        const QString updated = item.fields.value(QStringLiteral("user_updated_time"));
        note.created = timeOf(created.isEmpty() ? item.fields.value(QStringLiteral("created_time")) : created);
        note.updated = timeOf(updated.isEmpty() ? item.fields.value(QStringLiteral("updated_time")) : updated);
        if (missing)
            target.change(path, tr("It links to a note or resource that is not in the export: the link is kept as it was."));
        return target.add(std::move(note));
    });
    if (!read)
        return false;
    for (const auto &[path, reason] : std::as_const(m_passedOver))
        target.skip(path, reason);
    return true;
}
