#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Notes out as a folder of Markdown files any Markdown editor (Obsidian,
// say) reads, and that Commonplace imports back as they were: one .md per
// note with its title, tags and dates in YAML front matter, its text as
// written, [[links]] as they are, and its attachments in attachments/,
// referred to by relative links. File names are safe on Windows, macOS and
// Linux, and unique in any case.
class MarkdownExport final
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownExport)

public:
    // Writes the notes with these ids (none: every note outside the Trash)
    // of db into folder, which must be new or empty.
    bool write(const QSqlDatabase &db, const QString &folder, const QList<qint64> &ids = {});
    void setProgressHandler(std::function<void(int notes)> handler) { m_progress = std::move(handler); }

    int notes() const { return m_notes; }
    int attachments() const { return m_attachmentCount; }
    QString errorString() const { return m_errorString; }

    // name as a file name every system takes: no characters Windows
    // refuses, no reserved name (CON, LPT1…), no leading dot or trailing dot
    // or space, at most 150 bytes in UTF-8 before the suffix.
    static QString safeFileName(const QString &name);

private:
    bool fail(const QString &message);
    // A name in folder not taken yet, in any case: "Plan", "Plan (2)"…
    QString uniqueName(const QString &name, const QString &suffix, QSet<QString> *taken) const;
    QString withAttachmentFiles(const QString &text, const QSqlDatabase &db);
    bool writeFile(const QString &path, const QByteArray &data);

    QString m_folder;
    QSet<QString> m_noteNames; // lower case
    QSet<QString> m_attachmentNames; // lower case
    QHash<QString, QString> m_attachmentFiles; // a hash: its file in attachments/
    int m_notes = 0;
    int m_attachmentCount = 0;
    std::function<void(int)> m_progress;
    QString m_errorString;
};
