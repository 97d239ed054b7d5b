#pragma once

#include "pdfexport.h"

#include "noteattachments.h"
#include "notemodel.h"

#include <QMainWindow>
#include <QTimer>

class KeptPassword;
class QLabel;

#include <memory>

class NoteAddress;
class Notebook;
class NotebookSession;
class QDataWidgetMapper;
class QItemSelection;

namespace Ui {
class MainWindow;
}

// The notebook window: the note list on the left, the editor on the right.
// Every change stays pending until Save; nothing pending is ever dropped
// without asking.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path in place of the current notebook, asking first about
    // unsaved changes. A file that cannot be opened gets a message, and the
    // current notebook stays open exactly as it was.
    bool openNotebook(const QString &path);
    // At start-up: the notebook asked for, else the last one used, else the
    // default notebook (created with a welcome note the first time).
    void openStartupNotebook(const QString &requested = {});
    static QString defaultNotebookPath();

    // Writes a copy of the open notebook, as last saved, to path (which must
    // not exist yet). File ▸ Back Up Notebook… asks for the path.
    bool backUpTo(const QString &path);
    // File ▸ Import… once the source is chosen: asks, imports, reports;
    // whether notes were imported.
    bool importFrom(const QString &source);
    // File ▸ Export… once the notes, the format and the place are chosen:
    // writes the notes with these ids (none: every note outside the Trash),
    // as saved, into a new folder in the folder path, or (PDF) to the file
    // path; where they went, or empty if they were not.
    // The note shown, as it is now (pending edits too): what Print prints.
    PdfExport::Note shownNote();
    QString exportTo(const QString &path, const QList<qint64> &ids = {},
                     NoteExport::Format format = NoteExport::Format::Markdown);
    // The saved notes the list shows now (a tag's, a search's…), in order.
    QList<qint64> listedNoteIds();

    Notebook *notebook() const { return m_notebook; }
    NoteModel *model() const { return m_model; }

public slots:
    // A notebook to open from outside the window (another instance, the
    // system): the window comes to the front, then opens it after the usual
    // question about unsaved changes. An empty path only shows the window.
    void openRequested(const QString &path);
    bool save();
    void revert();
    void newNote();
    void deleteNote();
    void undo();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpActions();
    void showPreferences();
    void applySpelling();
    // The read-only notice and the window title, for the open notebook.
    void updateNotebookTexts();
    // Texts set in code, again in the current language.
    void retranslate();
    void setUpViewModes();
    void setUpEditor();
    void install(std::unique_ptr<NotebookSession> session);
    // Into the keyring if the user chose so; says so if it would not.
    void keepPassword(KeptPassword &kept);
    void closeNotebook();
    bool maybeSave();
    void newNotebook();
    QString askForNewFile(const QString &title, const QString &suggested);
    void openNotebookDialog();
    void connectToServer();
    // File ▸ Copy to Server… (a file notebook) and Save a Copy As… (a team
    // notebook): the notebook as last saved, into a new one.
    void copyToServer();
    void saveCopyAs();
    bool copyInto(Notebook &target, const QString &where, qint64 *notes);
    QString copyNote() const;
    void rebuildRecentMenu();
    void addWelcomeNote();
    void offerRecovery();
    // Asks what to keep for each note changed elsewhere; false if cancelled.
    bool resolveConflicts();
    void reloadKeepingPlace();
    void backUpDialog();
    // A notebook that cannot be used: says why, and for a damaged one offers
    // to open a copy of its newest backup.
    void showOpenError(const QString &path, const QString &message, const QString &detail, bool damaged);

    int currentRow() const;
    void setCurrentRow(int row);
    // The current note and the list's scroll position, to find again after
    // the model reloads: a saved note by its id, a new note by its row.
    struct Place
    {
        qint64 id = -1;
        int row = -1;
        int scroll = 0;
    };
    Place currentPlace() const;
    // Lists what the sidebar has selected.
    void applyShelf();
    // Lists the notes in the order View chooses.
    void applySort();
    NoteModel::Sort chosenSort() const;
    void refreshSidebar();
    void tagNotes(const QList<qint64> &ids, const QString &name);
    void renameTag(const QString &name);
    void deleteTag(const QString &name, int notes);
    // Renames the tag from on its notes, or takes it off them (to empty).
    int changeTag(const QString &from, const QString &to);
    void setPinned(bool pinned);
    void putBack();
    void showHistory();
    void importNotes();
    void importFolder();
    void printNote();
    void exportNotes();
    // Keeps a pasted or dropped file, or one chosen with Attach File…, and
    // gives the Markdown that refers to it; null if refused (said why).
    QString addAttachment(const QString &path, const QByteArray &data, const QString &name);
    void attachFile();
    void showAttachments();
    void openAttachment(const QString &hash);
    void saveAttachmentAs(const NoteAttachments::Attachment &attachment, QWidget *parent);
    // Opens the note a [[link]] leads to, at heading; offers to create a
    // missing note, or to put back one in the Trash.
    void followLink(const QString &title, const QString &heading);
    // Shows the note id in the list, listing every note if it is not listed.
    bool showNote(qint64 id);
    void updateBacklinks();
    // After a commonplace: link opened its notebook: the note, wherever it
    // is now, or a message saying it is not there (or the link is damaged).
    void showLinkedNote(const NoteAddress &address, const QString &link);
    // Note ▸ Copy Link.
    void copyNoteLink();
    // After the note's title changed: offers to make the links to its old
    // title in other notes lead to the new one.
    void offerLinkRename();
    void emptyTrash();
    static constexpr int DefaultSidebarWidth = 180;
    void restorePlace(const Place &place);
    void onCurrentRowChanged(const QModelIndex &current);
    void onTitleEdited(const QString &title);
    void commitEditors();
    void updateActions();
    void updateEditorState();
    void fitNoticeHeight();
    void applySearch();
    void editFocused(const char *slot);
    void about();

    void showSaveError();

    void readSettings();
    void writeSettings() const;

    std::unique_ptr<Ui::MainWindow> m_ui;
    std::unique_ptr<NotebookSession> m_session;
    // The session's, for short.
    Notebook *m_notebook = nullptr;
    NoteModel *m_model = nullptr;
    QDataWidgetMapper *m_mapper = nullptr;
    // Writes the note text to the model when typing pauses.
    QTimer m_contentTimer;
    // The status bar's count of notes listed, read again once the list has
    // changed (not for each row fetched while scrolling).
    QLabel *m_noteCount = nullptr;
    QTimer m_countTimer;
    void updateNoteCount();
    // Where the list was when others' changes began to load.
    Place m_reloadPlace;
    Place m_growPlace;
    // The note's title as it was shown, to tell a rename.
    QString m_titleShown;
};
