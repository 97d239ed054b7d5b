#include "markdownexport.h"

#include "exportfolder.h"
#include "frontmatter.h"

bool MarkdownExport::write(const QSqlDatabase &db, const QString &folder, const QList<qint64> &ids)
{
    ExportFolder out;
    if (!out.create(folder))
        return fail(out.errorString());
    QString error;
    const bool written = readNotes(db, ids, [&](const Note &note) {
        const QString text = out.withAttachmentFiles(note.text, db);
        if (!out.errorString().isEmpty())
            return false;
        QStringList tags;
        for (const QString &tag : note.tags)
            tags.append(FrontMatter::quoted(tag));
        const QString markdown = QStringLiteral("---\ntitle: ") + FrontMatter::quoted(note.title)
            + QStringLiteral("\ntags: [") + tags.join(QStringLiteral(", ")) + QStringLiteral("]\ncreated: ")
            + note.created + QStringLiteral("\nupdated: ") + note.updated + QStringLiteral("\n---\n") + text;
        if (!out.writeFile(out.uniqueName(note.title, QStringLiteral(".md")), markdown.toUtf8()))
            return false;
        counted();
        return true;
    }, &error);
    m_attachments = out.attachments();
    if (!written)
        return fail(out.errorString().isEmpty() ? error : out.errorString());
    out.finish();
    return true;
}
