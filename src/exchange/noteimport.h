#pragma once

#include "importreport.h"
#include "importtarget.h"
#include "notebook.h"
#include "notebooklocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class ImportSource;

// Brings the notes of a source into a notebook: on a connection of its
// own (a window may have the notebook open, with edits pending that this
// never touches), after a backup (of a file; a server's notebook is
// backed up by its server), in one transaction. Cancelled, failed or
// killed, it leaves the notebook as it was. Every note it writes also gets
// a tag naming the import ("Imported/Markdown 2026-12-04").
class NoteImport final : public ImportTarget
{
    Q_DECLARE_TR_FUNCTIONS(NoteImport)

public:
    enum class Error { None, CannotOpen, ReadOnly, BackupFailed, SourceFailed, WriteFailed, Cancelled };

    // Into the notebook at notebook (a file's path, made if it does not
    // exist, or a server's location, set up if it holds none).
    explicit NoteImport(const QString &notebook);
    ~NoteImport() override;

    bool run(ImportSource &source, const QDateTime &now = QDateTime::currentDateTime());
    // From any thread: the import stops at the next note, writing nothing.
    void cancel() { m_cancelled = true; }
    // Called after each note, with how many so far and the note's source.
    void setProgressHandler(std::function<void(int notes, const QString &source)> handler)
    {
        m_progress = std::move(handler);
    }
    // Called once, when every note is read and the rest (indexing them
    // for search, the commit) cannot say how far it has come.
    void setSavingHandler(std::function<void()> handler) { m_saving = std::move(handler); }

    // For a server that asks for one.
    void setPassword(const QString &password) { m_password = password; }

    ImportReport report() const { return m_report; }
    Error lastError() const { return m_error; }
    // Why the notebook could not be opened (Error::CannotOpen).
    Notebook::Error openError() const { return m_openError; }
    QString errorString() const { return m_errorString; }
    // The copy written before the import, if the notebook had notes.
    QString backupPath() const { return m_backupPath; }

    // A title of at most length characters, cut at a word boundary.
    static QString shortTitle(const QString &title, int length);

    // ImportTarget
    QString attach(const QByteArray &data, const QString &name, const QString &source) override;
    bool add(ImportedNote note) override;
    void skip(const QString &source, const QString &reason) override;
    void change(const QString &source, const QString &reason) override;

private:
    bool fail(Error error, const QString &message);
    bool backUp();
    bool indexForSearch();

    NotebookLocation m_location;
    QString m_password;
    Notebook::Error m_openError = Notebook::Error::None;
    std::unique_ptr<Notebook> m_notebook;
    std::atomic<bool> m_cancelled{false};
    std::function<void(int, const QString &)> m_progress;
    std::function<void()> m_saving;
    ImportReport m_report;
    QString m_nowText; // when the notes are imported, as the notebook writes times
    Error m_error = Error::None;
    QString m_errorString;
    QString m_backupPath;
    qint64 m_firstId = -1; // the notes this import inserted, to index for search at its end
    qint64 m_lastId = -1;
};
