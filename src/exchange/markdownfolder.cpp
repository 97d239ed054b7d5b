#include "markdownfolder.h"

#include "frontmatter.h"
#include "importednote.h"
#include "importtarget.h"
#include "markdownsource.h"
#include "noteattachments.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QUrl>

namespace {

constexpr int MaxDepth = 32;

bool isNoteFile(const QString &name)
{
    const QString suffix = QFileInfo(name).suffix().toLower();
    return suffix == QLatin1String("md") || suffix == QLatin1String("markdown");
}

// A path without its note suffix, lower case: how links name notes.
QString noteKey(const QString &relative)
{
    QString key = relative.toLower();
    if (isNoteFile(key))
        key.truncate(key.lastIndexOf(u'.'));
    return key;
}

bool isImage(const QString &name)
{
    return QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension).name().startsWith(QLatin1String("image/"));
}

QString folderOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}

} // namespace

MarkdownFolder::MarkdownFolder(const QString &folder)
    : m_root(QDir(folder).absolutePath())
{
}

bool MarkdownFolder::looksLike(const QString &path)
{
    if (!QFileInfo(path).isDir())
        return false;
    QDirIterator it(path, {QStringLiteral("*.md"), QStringLiteral("*.markdown")}, QDir::Files,
                    QDirIterator::Subdirectories);
    return it.hasNext();
}

void MarkdownFolder::list(const QString &folder, int depth, ImportTarget &target)
{
    const QDir dir(folder.isEmpty() ? m_root : m_root + u'/' + folder);
    const QFileInfoList entries =
        dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString relative = folder.isEmpty() ? entry.fileName() : folder + u'/' + entry.fileName();
        if (entry.fileName().startsWith(u'.'))
            continue; // .obsidian, .trash, .git: the app's, not notes
        if (entry.isSymLink()) {
            target.skip(relative, tr("A symbolic link: not followed."));
        } else if (entry.isDir()) {
            if (depth >= MaxDepth)
                target.skip(relative, tr("Folders nested more than %1 deep are not read.").arg(MaxDepth));
            else
                list(relative, depth + 1, target);
        } else if (entry.isFile()) {
            m_byPath.insert(relative.toLower(), relative);
            m_byName[noteKey(entry.fileName())].append(relative);
            if (isNoteFile(relative))
                m_notes.append(relative);
            else
                m_others.append(relative);
        }
    }
}

bool MarkdownFolder::readText(const QString &relative, qsizetype limit, QString *text, ImportTarget *target) const
{
    QFile file(m_root + u'/' + relative);
    if (file.size() > MaxNoteSize) {
        if (target)
            target->skip(relative, tr("Larger than 20 MB: not a note."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (target)
            target->skip(relative, tr("Cannot be read: %1").arg(file.errorString()));
        return false;
    }
    // No more than the file holds (and one byte more): read() sets aside
    // all it is asked for, and limit is 20 MB.
    const QByteArray data = file.read(qBound<qint64>(0, file.size(), limit - 1) + 1);
    // A byte order mark says UTF-16 or UTF-32; otherwise UTF-8, as Markdown
    // editors write it; anything else is read as Latin-1, and said so.
    const std::optional<QStringConverter::Encoding> marked = QStringConverter::encodingForData(data);
    QStringDecoder decoder(marked.value_or(QStringConverter::Utf8), QStringConverter::Flag::Stateless);
    *text = decoder.decode(data);
    if (decoder.hasError()) {
        QStringDecoder latin1(QStringConverter::Latin1);
        *text = latin1.decode(data);
        if (target)
            target->change(relative, tr("Not UTF-8: read as Latin-1."));
    }
    if (text->startsWith(QChar(0xFEFF)))
        text->remove(0, 1);
    return true;
}

QString MarkdownFolder::findFile(const QString &target, const QString &folder) const
{
    QString path = target;
    if (path.startsWith(u'/'))
        path.remove(0, 1); // from the vault's root
    else if (!folder.isEmpty())
        path = folder + u'/' + path;
    path = QDir::cleanPath(path);
    // Never outside the folder chosen.
    if (path.startsWith(QLatin1String("../")) || path == QLatin1String("..") || QDir::isAbsolutePath(path))
        return {};
    for (const QString &candidate : {path, QString(path + QStringLiteral(".md"))}) {
        const auto found = m_byPath.constFind(candidate.toLower());
        if (found != m_byPath.cend())
            return *found;
    }
    // Obsidian's short form: a file's name, wherever it is (the shortest path).
    if (!target.contains(u'/')) {
        QStringList paths = m_byName.value(noteKey(target));
        if (!isNoteFile(target) && !QFileInfo(target).suffix().isEmpty())
            paths = m_byName.value(target.toLower()); // a file named with its suffix
        std::sort(paths.begin(), paths.end(), [](const QString &a, const QString &b) {
            return a.count(u'/') != b.count(u'/') ? a.count(u'/') < b.count(u'/') : a < b;
        });
        if (!paths.isEmpty())
            return paths.first();
    }
    return {};
}

QString MarkdownFolder::attachmentFor(const QString &relative, ImportTarget &target, const QString &source)
{
    const auto known = m_hashes.constFind(relative);
    if (known != m_hashes.cend())
        return *known;
    QFile file(m_root + u'/' + relative);
    QString hash;
    // The size first: a file of gigabytes is never read.
    if (file.size() > NoteAttachments::MaxSize) {
        target.skip(relative, tr("“%1” is larger than 100 MB, the most a notebook takes in one file.")
                                  .arg(QFileInfo(relative).fileName()));
    } else if (!file.open(QIODevice::ReadOnly)) {
        target.skip(relative, tr("Cannot be read: %1").arg(file.errorString()));
    } else {
        hash = target.attach(file.read(NoteAttachments::MaxSize + 1), QFileInfo(relative).fileName(), source);
    }
    m_hashes.insert(relative, hash);
    return hash;
}

QString MarkdownFolder::resolved(const QString &text, const QString &folder, ImportTarget &target, const QString &source)
{
    // [[target#heading|text]], perhaps embedded (!), and [text](target) or
    // ![alt](target), the target perhaps in <>, perhaps with a "title".
    static const QRegularExpression links(QStringLiteral(
        "(!?)\\[\\[([^\\[\\]\\n|#]*)(#[^\\[\\]\\n|]*)?(?:\\|([^\\[\\]\\n]*))?\\]\\]"
        "|(!?)\\[((?:\\\\.|[^\\]\\\\\\n])*)\\]\\((<[^>\\n]*>|[^()\\s]+)(?:\\s+\"[^\"\\n]*\")?\\)"));
    if (!text.contains(u'['))
        return text;
    const QList<bool> code = MarkdownSource::codeMask(text);
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = links.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (code.value(match.capturedStart()))
            continue;
        QString replacement;
        if (match.capturedStart(2) >= 0) {
            const bool embedded = !match.captured(1).isEmpty();
            const QString name = match.captured(2).trimmed();
            const QString heading = match.captured(3);
            const QString shown = match.captured(4);
            const QString file = name.isEmpty() ? QString() : findFile(name, folder);
            if (file.isEmpty()) {
                continue; // a link by title, kept as written
            } else if (isNoteFile(file)) {
                // Kept as written where the note's title is its file's name.
                const QString title = m_titles.value(noteKey(file));
                if (!embedded && title.compare(QFileInfo(file).completeBaseName(), Qt::CaseInsensitive) == 0)
                    continue;
                replacement = QStringLiteral("[[") + title + heading + (shown.isEmpty() ? QString() : u'|' + shown)
                    + QStringLiteral("]]");
            } else {
                const QString hash = attachmentFor(file, target, source);
                if (hash.isEmpty())
                    continue;
                const QString fileName = QFileInfo(file).fileName();
                replacement = NoteAttachments::reference(shown.isEmpty() ? fileName : shown, hash,
                                                         embedded && isImage(fileName));
            }
        } else {
            const bool image = !match.captured(5).isEmpty();
            const QString shown = match.captured(6);
            QString address = match.captured(7);
            if (address.startsWith(u'<'))
                address = address.mid(1, address.size() - 2);
            // Web and mail addresses, and anchors in the note itself, stay.
            const QUrl url(address);
            if (address.startsWith(u'#') || (url.scheme().size() > 1))
                continue;
            QString heading;
            const qsizetype hashMark = address.indexOf(u'#');
            if (hashMark >= 0) {
                heading = QUrl::fromPercentEncoding(address.mid(hashMark).toUtf8());
                address.truncate(hashMark);
            }
            const QString file = findFile(QUrl::fromPercentEncoding(address.toUtf8()), folder);
            if (file.isEmpty()) {
                continue;
            } else if (isNoteFile(file)) {
                const QString title = m_titles.value(noteKey(file));
                replacement = QStringLiteral("[[") + title + heading
                    + (shown.isEmpty() || shown == title ? QString() : u'|' + shown) + QStringLiteral("]]");
            } else {
                const QString hash = attachmentFor(file, target, source);
                if (hash.isEmpty())
                    continue;
                replacement = (image ? QStringLiteral("![") : QStringLiteral("[")) + shown + QStringLiteral("](attachment:")
                    + hash + u')';
            }
        }
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        out += replacement;
        copied = match.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

bool MarkdownFolder::read(ImportTarget &target)
{
    if (!QFileInfo(m_root).isDir()) {
        m_errorString = tr("“%1” is not a folder.").arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    list(QString(), 0, target);
    if (m_notes.isEmpty()) {
        m_errorString = tr("“%1” holds no Markdown files (.md).").arg(QDir::toNativeSeparators(m_root));
        return false;
    }
    // The titles first: links to a file are led to the title of its note.
    for (const QString &note : std::as_const(m_notes)) {
        QString start;
        QString title;
        if (readText(note, FrontMatter::MaxSize + 4096, &start, nullptr))
            title = FrontMatter::of(start).title;
        if (title.isEmpty())
            title = QFileInfo(note).completeBaseName();
        m_titles.insert(noteKey(note), title);
    }
    // #tag in the text, not in code, a heading's # or an address.
    static const QRegularExpression inlineTag(QStringLiteral("(?<![\\w/&#\\]\\)])#([\\w/-]*[^\\W\\d][\\w/-]*)"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    for (const QString &note : std::as_const(m_notes)) {
        QString text;
        if (!readText(note, MaxNoteSize, &text, &target))
            continue;
        if (text.trimmed().isEmpty()) {
            target.skip(note, tr("The file is empty."));
            continue;
        }
        const FrontMatter matter = FrontMatter::of(text);
        if (matter.found && !matter.valid)
            target.change(note, tr("Its front matter is not YAML: kept as text."));
        ImportedNote imported;
        imported.source = note;
        imported.title = m_titles.value(noteKey(note));
        imported.tags = matter.tags;
        const QString folder = folderOf(note);
        if (!folder.isEmpty())
            imported.tags.append(folder);
        imported.text = resolved(matter.text, folder, target, note);
        const QList<bool> code = MarkdownSource::codeMask(imported.text);
        QRegularExpressionMatchIterator tags = inlineTag.globalMatch(imported.text);
        while (tags.hasNext()) {
            const QRegularExpressionMatch tag = tags.next();
            if (!code.value(tag.capturedStart()))
                imported.tags.append(tag.captured(1));
        }
        const QFileInfo info(m_root + u'/' + note);
        imported.created = matter.created.isValid() ? matter.created
            : info.birthTime().isValid()            ? info.birthTime()
                                                    : info.lastModified();
        imported.updated = matter.updated.isValid() ? matter.updated : info.lastModified();
        if (imported.updated < imported.created)
            imported.updated = imported.created;
        if (!target.add(std::move(imported)))
            return false;
    }
    for (const QString &other : std::as_const(m_others)) {
        if (!m_hashes.contains(other))
            target.skip(other, tr("No note refers to it: not imported."));
    }
    return true;
}
