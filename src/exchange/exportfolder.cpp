#include "exportfolder.h"

#include "noteattachments.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

bool ExportFolder::create(const QString &folder)
{
    m_folder = QDir(folder).absolutePath();
    const QDir dir(m_folder);
    if (dir.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        m_errorString = tr("“%1” is not empty: export into a new or empty folder, so that no file is overwritten.")
                            .arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    if (!QDir().mkpath(m_folder + QStringLiteral("/attachments"))) {
        m_errorString = tr("Cannot create the folder “%1”.").arg(QDir::toNativeSeparators(m_folder));
        return false;
    }
    return true;
}

QString ExportFolder::safeFileName(const QString &name)
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

QString ExportFolder::uniqueName(const QString &name, const QString &suffix)
{
    return unique(name, suffix, &m_names);
}

QString ExportFolder::unique(const QString &name, const QString &suffix, QSet<QString> *taken) const
{
    const QString base = safeFileName(name);
    QString candidate = base + suffix;
    for (int n = 2; taken->contains(candidate.toLower()); ++n)
        candidate = QStringLiteral("%1 (%2)%3").arg(base).arg(n).arg(suffix);
    taken->insert(candidate.toLower());
    return candidate;
}

bool ExportFolder::writeFile(const QString &relative, const QByteArray &data)
{
    const QString path = m_folder + u'/' + relative;
    // Into a folder that was empty: a new file each time, never one that is
    // there. Not synced to disk file by file (that took most of an export's
    // time): the notebook is untouched, an export cut short is made again.
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::NewOnly) && file.write(data) == data.size() && file.flush())
        return true;
    m_errorString = tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
    if (file.isOpen())
        file.remove(); // not half a file
    return false;
}

QString ExportFolder::withAttachmentFiles(const QString &text, const QSqlDatabase &db)
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
            file = unique(named.completeBaseName(), suffix, &m_attachmentNames);
            if (!writeFile(QStringLiteral("attachments/") + file, attachment.data))
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

void ExportFolder::finish()
{
    if (m_attachmentCount == 0)
        QDir(m_folder).rmdir(QStringLiteral("attachments"));
}
