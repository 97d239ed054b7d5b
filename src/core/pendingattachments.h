#pragma once

#include "noteattachments.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The attachments added since the last save, kept in a folder of the
// application data folder beside the journal of unsaved changes (a large
// file does not belong in the journal's text), until a save stores them in
// the notebook or Revert drops them. Each is two files: HASH with the
// bytes, and HASH.json with its name and type.
class PendingAttachments final
{
    Q_DECLARE_TR_FUNCTIONS(PendingAttachments)

public:
    enum class Error { None, TooLarge, Unreadable, CannotKeep };

    explicit PendingAttachments(const QString &folder);

    QString folder() const { return m_folder; }

    // Keeps data under name; its hash in *hash. The same bytes added twice
    // are kept once, under the first name.
    bool add(const QByteArray &data, const QString &name, QString *hash);
    // Keeps the file at path, under its file name; checks its size before
    // reading it.
    bool addFile(const QString &path, QString *hash);

    bool contains(const QString &hash) const;
    // With its data (withData) or only its description.
    bool read(const QString &hash, NoteAttachments::Attachment *attachment, bool withData = true) const;
    QStringList hashes() const;

    // Moves in what the folder other holds (left by a window that is gone,
    // being recovered) and removes other.
    void adopt(const QString &other);
    // Drops everything kept, and the folder.
    void clear();

    Error lastError() const { return m_lastError; }
    // The reason in words, for the window to show.
    QString errorString() const { return m_errorString; }

private:
    bool fail(Error error, const QString &message);

    QString m_folder;
    Error m_lastError = Error::None;
    QString m_errorString;
};
