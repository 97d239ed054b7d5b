#include "noteexport.h"

#include "htmlexport.h"
#include "markdownexport.h"
#include "notetags.h"
#include "pdfexport.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

std::unique_ptr<NoteExport> NoteExport::create(Format format)
{
    switch (format) {
    case Format::Markdown:
        return std::make_unique<MarkdownExport>();
    case Format::Html:
        return std::make_unique<HtmlExport>();
    case Format::Pdf:
        return std::make_unique<PdfExport>();
    }
    return nullptr;
}

bool NoteExport::formatNamed(const QString &name, Format *format)
{
    const QString lower = name.toLower();
    if (lower == QLatin1String("markdown") || lower == QLatin1String("md"))
        *format = Format::Markdown;
    else if (lower == QLatin1String("html"))
        *format = Format::Html;
    else if (lower == QLatin1String("pdf"))
        *format = Format::Pdf;
    else
        return false;
    return true;
}

bool NoteExport::readNotes(const QSqlDatabase &db, const QList<qint64> &ids, const std::function<bool(const Note &)> &each,
                           QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const QString columns = QStringLiteral("SELECT id, title, content, tags, created_at, updated_at FROM note ");
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
        const Note note{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        NoteTags::fromText(query.value(3).toString()), query.value(4).toString(),
                        query.value(5).toString()};
        if (!each(note))
            return false;
    }
    if (query.lastError().isValid()) {
        *error = QCoreApplication::translate("NoteExport", "The notes could not be read: %1").arg(query.lastError().text());
        return false;
    }
    return true;
}

bool NoteExport::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

void NoteExport::counted()
{
    ++m_notes;
    if (m_progress)
        m_progress(m_notes);
}
