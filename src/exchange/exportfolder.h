#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

// The folder an export writes: new or empty, so that nothing is
// overwritten; files named safely for Windows, macOS and Linux and unique
// in any case; the notes' attachments in attachments/, each written once.
class ExportFolder final
{
    Q_DECLARE_TR_FUNCTIONS(ExportFolder)

public:
    // Creates folder (with attachments/) if it is new; false if it holds anything.
    bool create(const QString &folder);
    QString path() const { return m_folder; }

    // name as a file name every system takes: no characters Windows
    // refuses, no reserved name (CON, LPT1…), no leading dot or trailing dot
    // or space, at most 150 bytes in UTF-8 before the suffix.
    static QString safeFileName(const QString &name);
    // A safe name for a note's file not taken yet, in any case: "Plan.md",
    // "Plan (2).md"…
    QString uniqueName(const QString &name, const QString &suffix);

    // text with each reference to an attachment (attachment:HASH) leading
    // to its file in attachments/ instead (percent-encoded, relative to
    // the folder), the file written the first time. Empty with
    // errorString() on a write error.
    QString withAttachmentFiles(const QString &text, const QSqlDatabase &db);
    bool writeFile(const QString &relative, const QByteArray &data);
    // Removes attachments/ if no note had one.
    void finish();

    int attachments() const { return m_attachmentCount; }
    QString errorString() const { return m_errorString; }

private:
    QString unique(const QString &name, const QString &suffix, QSet<QString> *taken) const;

    QString m_folder;
    QSet<QString> m_names; // lower case
    QSet<QString> m_attachmentNames; // lower case
    QHash<QString, QString> m_attachmentFiles; // a hash: its file in attachments/
    int m_attachmentCount = 0;
    QString m_errorString;
};
