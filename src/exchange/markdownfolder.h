#pragma once

#include "importsource.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

// A folder of Markdown files, such as an Obsidian vault or our own export:
// every .md file a note, titled by its front matter's title: or its file
// name; front matter tags and inline #tags become tags, and the folders it
// is in a nested tag (Projects/2026). [[Links]] are kept, led to the title
// of the file they name; ![[embedded files]] and relative links to files
// become attachments, relative links to notes [[links]]. Hidden folders
// (.obsidian, .trash) and symbolic links are passed over.
class MarkdownFolder final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownFolder)

public:
    explicit MarkdownFolder(const QString &folder);

    // Whether path is a folder that holds a Markdown file, at most a few
    // levels down.
    static bool looksLike(const QString &path);

    QString kind() const override { return QStringLiteral("Markdown"); }
    bool read(ImportTarget &target) override;
    QString errorString() const override { return m_errorString; }

    // A Markdown file larger than this is not read.
    static constexpr qint64 MaxNoteSize = 20 * 1024 * 1024;

private:
    void list(const QString &folder, int depth, ImportTarget &target);
    // The text of the file, decoded (UTF-8, or UTF-16 by its byte order
    // mark; Latin-1 if it is not UTF-8); false if it cannot be read.
    bool readText(const QString &relative, qsizetype limit, QString *text, ImportTarget *target) const;
    // text with its links made ours, relative to the note's folder.
    QString resolved(const QString &text, const QString &folder, ImportTarget &target, const QString &source);
    // The file a link names: a path relative to folder, or (Obsidian) a
    // file name anywhere in the vault. Empty if none.
    QString findFile(const QString &target, const QString &folder) const;
    QString attachmentFor(const QString &relative, ImportTarget &target, const QString &source);

    QString m_root;
    QString m_errorString;
    QStringList m_notes; // relative paths of the .md files
    QHash<QString, QString> m_titles; // a note's relative path, lower case, without .md: its title
    QHash<QString, QStringList> m_byName; // a file's name (notes without .md), lower case: its paths
    QHash<QString, QString> m_byPath; // a file's relative path, lower case: as it is spelled
    QHash<QString, QString> m_hashes; // an attached file's relative path: its hash
    QStringList m_others; // files that are not notes
};
