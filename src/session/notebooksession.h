#pragma once

#include "noteexport.h"

#include "noteattachments.h"
#include "notebooklocation.h"
#include "notehistory.h"
#include "notelinks.h"
#include "notemodel.h"
#include "pendingattachments.h"
#include "unsavedjournal.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>

class Notebook;

// One open notebook and everything that keeps its notes safe: the note
// model, Save and Revert, conflicts with other writers, the journal of
// unsaved changes and their recovery after a crash, watching for what
// others save, and the daily backup. It decides; it never asks. The window
// shows its model, asks the user, and passes on the answers.
class NotebookSession final : public QObject
{
    Q_OBJECT

public:
    // Why a notebook could not be opened: the notebook file's own message,
    // or (message empty) the kind of error its notes could not be listed
    // with, for the window to word.
    struct OpenError
    {
        QString message;
        StorageError::Kind listing = StorageError::Kind::None;
        QString detail; // the technical reason
        bool damaged = false; // a backup may help
        bool needsPassword = false; // a server asks for one, or refused the one given
        bool needsSetUp = false; // a server's database holds no notebook yet
    };

    // Opens (a file: creates) the notebook at location and lists its notes;
    // nullptr with *error filled if it cannot be used. progress is called
    // now and then during a long upgrade; password is given to a server
    // that asks for one; a server's database is set up as a new notebook
    // only if setUpAllowed.
    static std::unique_ptr<NotebookSession> open(const NotebookLocation &location, OpenError *error,
                                                 const std::function<void()> &progress = {},
                                                 const QString &password = {}, bool setUpAllowed = false);
    ~NotebookSession() override;
    Q_DISABLE_COPY_MOVE(NotebookSession)

    Notebook *notebook() const { return m_notebook.get(); }
    NoteModel *model() const { return m_model.get(); }
    NotebookLocation location() const;
    bool isReadOnly() const;
    bool hasPendingChanges() const { return m_model->hasPendingChanges(); }

    // Removes for good the notes in the Trash for more than trashDays days
    // (0: never), starts watching for others' saves and writes today's
    // backup, keeping that many daily backups. Called once the window shows
    // the notebook.
    void start(int backupsToKeep, int trashDays = 0, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Saves every pending change in one transaction. Conflicts: nothing was
    // written; resolve() each of conflicts(), then save again. Failed:
    // nothing was written, every change is kept, and saveErrorKind() (with
    // the model's titleProblem()) says why.
    // trackedRow follows a note through the save (see NoteModel::commit()).
    enum class SaveResult { Saved, Conflicts, Failed };
    SaveResult save(int *trackedRow = nullptr);
    QList<NoteModel::Conflict> conflicts() const { return m_model->conflicts(); }
    void resolve(const NoteModel::Conflict &conflict, NoteModel::Resolution resolution);
    StorageError::Kind saveErrorKind() const { return m_model->errorKind(); }
    QString saveErrorDetail() const;
    // Drops every pending change, and their journal.
    void revert();

    // The saved versions of notes.
    NoteHistory history() const { return NoteHistory(m_model->database()); }
    // The links between notes, as last saved.
    NoteLinks links() const { return NoteLinks(m_model->database()); }
    // Where a [[link]] to title leads: a note listed or saved (new notes not
    // saved yet included), one in the Trash, or none.
    struct LinkTarget
    {
        enum class State { Exists, Trashed, Missing };
        State state = State::Missing;
        qint64 id = -1; // a saved note
        int row = -1; // a new note, not saved yet
    };
    LinkTarget linkTarget(const QString &title) const;
    // Makes a version of the note at row its title and text again, as
    // pending edits.
    void restoreVersion(int row, const QString &title, const QString &text);

    // Adds a file to the notebook as a pending change: kept aside until
    // Save stores it (once, however often it is added) or Revert drops it.
    // The Markdown that refers to it, for the text, in *markdown. False if
    // it is refused or cannot be kept (attachmentError() says why).
    bool addAttachment(const QByteArray &data, const QString &name, QString *markdown);
    bool addAttachmentFile(const QString &path, QString *markdown);
    QString attachmentError() const { return m_attachmentError; }
    // The attachment with hash, added since the last save or saved; with
    // its bytes (withData) or only its description. False if neither has it.
    bool attachment(const QString &hash, NoteAttachments::Attachment *attachment, bool withData = true) const;
    // The attachments text refers to that are here, without their bytes.
    QList<NoteAttachments::Attachment> attachmentsOf(const QString &text) const;
    // Writes a copy of the attachment for another application to open, in
    // a folder of the user's cache folder; its path in *path.
    bool writeAttachmentCopy(const QString &hash, QString *path, QString *error) const;
    // Writes the attachment to path, replacing what is there.
    bool saveAttachmentAs(const QString &hash, const QString &path, QString *error) const;

    // Unsaved changes left by windows that are gone; the caller asks, then
    // recovers or forgets each (the journal stays locked meanwhile).
    QList<UnsavedJournal::Recovered> leftBehind() const;
    void recover(const UnsavedJournal::Recovered &journal);
    static void forget(const UnsavedJournal::Recovered &journal);

    // The journal is written within a second of the first change after it
    // was last written, however steadily the user types: call this when an
    // editor holds text the model has not been given yet.
    void scheduleJournal();
    // Writes a scheduled journal now (before the editor shows another note).
    void flushJournal();

    // Shows what others saved: reloads, keeping every pending change.
    // Called by the watch; false if nothing changed or a reload is held off.
    bool checkForOtherChanges();
    bool isConnectionLost() const { return m_connectionLost; }
    // Reloads are held off while this returns false (a question is open).
    void setReloadGuard(std::function<bool()> allowed) { m_reloadAllowed = std::move(allowed); }

    // Writes the notes as last saved (not those in the Trash; ids: only
    // those) to path in format: a new or empty folder (Markdown, HTML) or
    // a file (PDF); how many notes and attachments, or false with *error.
    bool exportNotes(NoteExport::Format format, const QString &path, const QList<qint64> &ids, int *notes,
                     int *attachments, QString *error, const std::function<void(int notes)> &progress = {}) const;

    // Writes a copy of the notebook as last saved to path, which must not
    // exist; false with *error filled otherwise.
    bool backUpTo(const QString &path, QString *error) const;
    // Copies the notebook, as last saved, into target: open, of this
    // version, holding no notes (a new file, a server's database just set
    // up). progress is called now and then.
    bool copyTo(Notebook &target, const std::function<void()> &progress, qint64 *notes, QString *error,
                QString *detail) const;

signals:
    // Before the session reads the pending changes: views give the model
    // what their editors hold.
    void aboutToReadChanges();
    // Around a reload with others' changes, so views can keep their place.
    void aboutToReload();
    void reloaded();
    // A server's connection broke: edits stay pending and journaled, Save
    // says why it cannot save, and the session reconnects by itself, less
    // often the longer it fails; then it listens again and reloads.
    void connectionLost();
    void connectionRestored();
    void journalFailed(const QString &message);
    void dailyBackupFailed(const QString &message);
    // How many notes start() removed from the Trash, if any; or why it could not.
    void trashPurged(int count);
    void trashPurgeFailed(const QString &detail);

private:
    NotebookSession(std::unique_ptr<Notebook> notebook, std::unique_ptr<NoteModel> model);
    void writeJournal();
    void backUpDaily();
    void listenForOthersSaves();
    // Notices a broken connection (a save that failed for it, or the watch)
    // and tries to connect again, after 1, 2, 4… up to 30 seconds.
    void loseConnection();
    void reconnect();
    // After an attachment was added (or not): the Markdown for it, or why not.
    bool referTo(bool added, const QString &hash, QString *markdown);

    std::unique_ptr<Notebook> m_notebook;
    std::unique_ptr<NoteModel> m_model;
    std::unique_ptr<UnsavedJournal> m_journal;
    std::unique_ptr<PendingAttachments> m_attachments;
    QString m_attachmentError;
    QTimer m_journalTimer;
    QTimer m_watchTimer;
    qint64 m_changeCounter = -1; // NotebookStorage::changeCounter() at the last look
    // A server announces others' saves (NotebookStorage::changeChannel()):
    // whether this session listens, and whether one came since the last
    // reload. Announcements that come together make one reload.
    bool m_listening = false;
    bool m_othersSaved = false;
    QMetaObject::Connection m_announcements;
    QTimer m_announcedTimer;
    bool m_connectionLost = false;
    QTimer m_reconnectTimer;
    int m_reconnectDelay = 0; // milliseconds
    int m_backupsToKeep = 0;
    std::function<bool()> m_reloadAllowed;
    // Today's backup, being written in a thread of its own.
    QPointer<QThread> m_dailyBackup;
};
