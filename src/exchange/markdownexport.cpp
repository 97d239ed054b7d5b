#include "markdownexport.h"

#include "frontmatter.h"
#include "noteattachments.h"
#include "notetags.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

bool MarkdownExport::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString MarkdownExport::safeFileName(const QString &name)
{
    QString safe;
    for (const QChar c : name)
        safe += c.unicode() < 32 || QStringLiteral("<>:\"/\\|?*").contains(c) ? QChar(u'_') : c;
    safe = safe.trimmed();
    while (safe.startsWith(u'.'))
        safe.remove(0, 1);
    // At most 150 bytes: a file name may have 255 on most systems, and the
    // suffix and a number to make it unique need room.
    while (safe.toUtf8().size() > 150)
        safe.chop(safe.size() >= 2 && safe.at(safe.size() - 1).isLowSurrogate() ? 2 : 1);
    while (safe.endsWith(u'.') || safe.endsWith(u' '))
        safe.chop(1);
    static const QRegularExpression reserved(QStringLiteral("^(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\\..*)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (reserved.match(safe).hasMatch())
        safe.insert(safe.indexOf(u'.') < 0 ? safe.size() : safe.indexOf(u'.'), u'_');
    return safe.isEmpty() ? QStringLiteral("Untitled") : safe;
}

QString MarkdownExport::uniqueName(const QString &name, const QString &suffix, QSet<QString> *taken) const
{
    const QString base = safeFileName(name);
    QString candidate = base + suffix;
    for (int n = 2; taken->contains(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    taken->insert(candidate.toLower());
    return candidate;
}

bool MarkdownExport::writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit())
        return true;
    return fail(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

QString MarkdownExport::withAttachmentFiles(const QString &text, const QSqlDatabase &db)
{
    static const QRegularExpression reference(QStringLiteral("\\]\\(attachment:([0-9a-f]{64})\\)"));
    if (!text.contains(QLatin1String("](attachment:")))
        return text;
    QString out;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator it = reference.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString hash = match.captured(1);
        QString file = m_attachmentFiles.value(hash);
        if (file.isEmpty()) {
            NoteAttachments::Attachment attachment;
            if (!NoteAttachments(db).read(hash, &attachment))
                continue; // not in this notebook: left as it is
            const QFileInfo named(safeFileName(attachment.name));
            const QString suffix = named.suffix().isEmpty() ? QString() : u'.' + named.suffix();
            file = uniqueName(named.completeBaseName(), suffix, &m_attachmentNames);
            if (!writeFile(m_folder + QStringLiteral("/attachments/") + file, attachment.data))
                return {};
            m_attachmentFiles.insert(hash, file);
            ++m_attachmentCount;
        }
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        out += QStringLiteral("](attachments/") + QString::fromUtf8(QUrl::toPercentEncoding(file, "!$&'+,;=@")) + u')';
        copied = match.capturedEnd();
    }
    out += QStringView(text).mid(copied);
    return out;
}

bool MarkdownExport::write(const QSqlDatabase &db, const QString &folder, const QList<qint64> &ids)
{
    m_folder = QDir(folder).absolutePath();
    m_notes = 0;
    m_attachmentCount = 0;
    const QDir dir(m_folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden))
        return fail(tr("“%1” is not empty: export into a new or empty folder, so that no file is overwritten.")
                        .arg(QDir::toNativeSeparators(m_folder)));
    if (!QDir().mkpath(m_folder + QStringLiteral("/attachments")))
        return fail(tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(m_folder)));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT title, content, tags, created_at, updated_at FROM note ");
    bool listed = ids.isEmpty() ? query.exec(columns + QStringLiteral("WHERE trashed_at IS NULL ORDER BY id"))
                                : query.prepare(columns + QStringLiteral("WHERE id = ?"));
    for (qsizetype next = 0; listed;) {
        if (!ids.isEmpty()) {
            if (next >= ids.size())
                break;
            query.addBindValue(ids.at(next++));
            if (!query.exec())
                break;
        }
        if (!query.next()) {
            if (ids.isEmpty())
                break;
            continue; // a note that is not there (any more)
        }
        const QString title = query.value(0).toString();
        const QString text = withAttachmentFiles(query.value(1).toString(), db);
        if (!m_errorString.isEmpty())
            return false;
        QStringList tags;
        for (const QString &tag : NoteTags::fromText(query.value(2).toString()))
            tags.append(FrontMatter::quoted(tag));
        const QString markdown = QStringLiteral("---\ntitle: ") + FrontMatter::quoted(title)
            + QStringLiteral("\ntags: [") + tags.join(QStringLiteral(", ")) + QStringLiteral("]\ncreated: ")
            + query.value(3).toString() + QStringLiteral("\nupdated: ") + query.value(4).toString()
            + QStringLiteral("\n---\n") + text;
        if (!writeFile(m_folder + u'/' + uniqueName(title, QStringLiteral(".md"), &m_noteNames), markdown.toUtf8()))
            return false;
        ++m_notes;
        if (m_progress)
            m_progress(m_notes);
    }
    if (query.lastError().isValid())
        return fail(tr("The notes could not be read: %1").arg(query.lastError().text()));
    if (m_attachmentCount == 0)
        QDir(m_folder).rmdir(QStringLiteral("attachments"));
    return true;
}
