#pragma once

#include "noteexport.h"

#include <QCoreApplication>

// Notes out as a folder of Markdown files any Markdown editor (Obsidian,
// say) reads, and that Commonplace imports back as they were: one .md per
// note with its title, tags and dates in YAML front matter, its text as
// written, [[links]] as they are, and its attachments in attachments/,
// referred to by relative links.
class MarkdownExport final : public NoteExport
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExport)

public:
    bool write(const QSqlDatabase &db, const QString &folder, const QList<qint64> &ids = {}) override;
};
