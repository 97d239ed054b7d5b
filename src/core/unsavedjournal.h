#pragma once

#include "notemodel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>

#include <memory>

// Keeps the pending changes of one open notebook in a file of their own, so
// that a crash does not lose them. The notebook file itself is never
// touched. Each window writes its own journal, locked while it runs; a
// journal whose lock is stale was left by a crash and can be recovered.
//
// Journals live in the application data folder ("recovery", owner-only),
// named after the notebook.
class UnsavedJournal final
{
    Q_DECLARE_TR_FUNCTIONS(UnsavedJournal)

public:
    struct Recovered
    {
        QString path;
        QDateTime savedAt;
        QList<NoteModel::PendingChange> changes;
        // Held until the journal is recovered or forgotten, so no other
        // window recovers the same changes meanwhile.
        std::shared_ptr<QLockFile> lock;
    };

    // Starts this window's journal for the notebook at notebookPath (a
    // file's path or a server's location, NotebookLocation::toString()).
    explicit UnsavedJournal(const QString &notebookPath);
    ~UnsavedJournal();
    Q_DISABLE_COPY_MOVE(UnsavedJournal)

    // Replaces the journal with changes; no changes removes it.
    bool write(const QList<NoteModel::PendingChange> &changes);
    void remove();
    QString path() const { return m_path; }
    // Where the attachments added since the last save are kept
    // (PendingAttachments), beside the journal and going with it.
    QString attachmentFolder() const { return attachmentFolderOf(m_path); }
    static QString attachmentFolderOf(const QString &journalPath);
    QString lastError() const { return m_lastError; }

    // Journals of this notebook left by windows that are gone, oldest first.
    // template gives the fields of a note (NoteModel::record()). Each one
    // found stays locked while its Recovered (or a copy) lives; forget()
    // deletes it, with its attachments.
    static QList<Recovered> leftBehind(const QString &notebookPath, const QSqlRecord &fields);
    static void forget(const Recovered &journal);

    static QString folder();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    QString m_lastError;
};
