#include "importsurvey.h"

#include "importednote.h"
#include "noteattachments.h"
#include "notetags.h"

QString ImportSurvey::attach(const QByteArray &data, const QString &name, const QString &source)
{
    Q_UNUSED(name)
    Q_UNUSED(source)
    const QString hash = NoteAttachments::hashOf(data);
    if (data.size() <= NoteAttachments::MaxSize && !m_attachments.contains(hash)) {
        m_attachments.insert(hash);
        ++m_report.attachments;
    }
    return data.size() <= NoteAttachments::MaxSize ? hash : QString();
}

bool ImportSurvey::add(ImportedNote note)
{
    if (m_cancelled)
        return false;
    ++m_report.notes;
    for (const QString &tag : NoteTags::fromText(NoteTags::toText(note.tags))) // as the import keeps them
        m_tags.insert(tag);
    if (m_progress)
        m_progress(m_report.notes, note.source);
    return !m_cancelled;
}

void ImportSurvey::skip(const QString &source, const QString &reason)
{
    m_report.skipped.append({source, reason});
}

void ImportSurvey::change(const QString &source, const QString &reason)
{
    m_report.changed.append({source, reason});
}
