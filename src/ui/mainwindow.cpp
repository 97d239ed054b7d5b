#include "mainwindow.h"

#include "appdata.h"
#include "attachmentsdialog.h"
#include "busydialog.h"
#include "conflictquestion.h"
#include "connectdialog.h"
#include "editordelegate.h"
#include "errormessages.h"
#include "exportdialog.h"
#include "exportfolder.h"
#include "notetags.h"
#include "historydialog.h"
#include "importdialog.h"
#include "logging.h"
#include "markdownsource.h"
#include "notebookfile.h"
#include "notebookbackup.h"
#include "notebooklocation.h"
#include "noteaddress.h"
#include "notebooksession.h"
#include "noteeditor.h"
#include "noteeditorpane.h"
#include "notelistpane.h"
#include "notelistview.h"
#include "notemodel.h"
#include "notepreview.h"
#include "openerrormessage.h"
#include "preferencesdialog.h"
#include "recentnotebooks.h"
#include "recoveryquestion.h"
#include "keptpassword.h"
#include "setupquestion.h"
#include "sidebarview.h"
#include "tagquestion.h"
#include "tagedit.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDate>
#include <QDataWidgetMapper>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QInputDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QFileInfo>
#include <QLineEdit>
#include <QLocale>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSqlError>
#include <QStandardPaths>


namespace {

// The desktop theme's icon where there is one, else ours.
QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

QString notebookFilter()
{
    return MainWindow::tr("Commonplace notebooks (*.%1);;All files (*)").arg(NotebookFile::fileSuffix());
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/commonplace.svg")));
    m_ui->splitter->setStretchFactor(2, 1);
    m_ui->editorPane->contentEdit()->setFont(PreferencesDialog::editorFont());
    m_ui->splitter->setSizes({DefaultSidebarWidth, 300, 620});
    // Notes are dragged from the list onto a tag.
    m_ui->listPane->list()->setDragEnabled(true);
    m_ui->listPane->list()->setDragDropMode(QAbstractItemView::DragOnly);
    connect(m_ui->sidebar, &SidebarView::shelfChanged, this, &MainWindow::applyShelf);
    connect(m_ui->sidebar, &SidebarView::notesDropped, this, &MainWindow::tagNotes);
    connect(m_ui->sidebar, &SidebarView::renameTagRequested, this, &MainWindow::renameTag);
    connect(m_ui->sidebar, &SidebarView::deleteTagRequested, this, &MainWindow::deleteTag);
    setUpActions();
    setUpEditor();
    readSettings();
    updateActions();
    updateEditorState();
}

MainWindow::~MainWindow()
{
    // ~QWidget destroys the children after this object has stopped being a
    // MainWindow; an editor losing focus then must not call back into it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
    closeNotebook();
}

QString MainWindow::defaultNotebookPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("Notes.") + NotebookFile::fileSuffix());
}

void MainWindow::setUpActions()
{
    const struct
    {
        QAction *action;
        QKeySequence::StandardKey key;
        const char *icon;
    } standard[] = {
        {m_ui->actionOpenNotebook, QKeySequence::Open, "document-open"},
        {m_ui->actionSave, QKeySequence::Save, "document-save"},
        {m_ui->actionQuit, QKeySequence::Quit, "application-exit"},
        {m_ui->actionUndo, QKeySequence::Undo, "edit-undo"},
        {m_ui->actionRedo, QKeySequence::Redo, "edit-redo"},
        {m_ui->actionCut, QKeySequence::Cut, "edit-cut"},
        {m_ui->actionCopy, QKeySequence::Copy, "edit-copy"},
        {m_ui->actionPaste, QKeySequence::Paste, "edit-paste"},
        {m_ui->actionSelectAll, QKeySequence::SelectAll, "edit-select-all"},
        {m_ui->actionFind, QKeySequence::Find, "edit-find"},
        {m_ui->actionNewNote, QKeySequence::New, "document-new"},
        {m_ui->actionDeleteNote, QKeySequence::Delete, "edit-delete"},
        {m_ui->actionPrint, QKeySequence::Print, "document-print"},
    };
    for (const auto &entry : standard) {
        entry.action->setShortcuts(entry.key);
        entry.action->setIcon(themeIcon(QLatin1String(entry.icon)));
    }
    // Ctrl+, on macOS; most Linux desktops and Windows have no key for it.
    m_ui->actionPreferences->setShortcuts(QKeySequence::Preferences);
    // No standard key exists for these; Quit has none on Windows.
    m_ui->actionNewNotebook->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_ui->actionNewNotebook->setIcon(themeIcon(QStringLiteral("folder-new")));
    m_ui->actionRevert->setIcon(themeIcon(QStringLiteral("document-revert")));
    if (m_ui->actionQuit->shortcuts().isEmpty())
        m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->actionAbout->setIcon(themeIcon(QStringLiteral("help-about")));
    // The Delete key deletes a note only from the list; in the editor it
    // deletes text.
    m_ui->actionDeleteNote->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->listPane->list()->addAction(m_ui->actionDeleteNote);

    connect(m_ui->actionNewNotebook, &QAction::triggered, this, &MainWindow::newNotebook);
    connect(m_ui->actionOpenNotebook, &QAction::triggered, this, &MainWindow::openNotebookDialog);
    connect(m_ui->actionConnectToServer, &QAction::triggered, this, &MainWindow::connectToServer);
    connect(m_ui->actionSave, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->actionRevert, &QAction::triggered, this, &MainWindow::revert);
    connect(m_ui->actionBackUp, &QAction::triggered, this, &MainWindow::backUpDialog);
    connect(m_ui->actionCopyToServer, &QAction::triggered, this, &MainWindow::copyToServer);
    connect(m_ui->actionSaveCopyAs, &QAction::triggered, this, &MainWindow::saveCopyAs);
    connect(m_ui->actionImport, &QAction::triggered, this, &MainWindow::importNotes);
    connect(m_ui->actionImportFolder, &QAction::triggered, this, &MainWindow::importFolder);
    connect(m_ui->actionExport, &QAction::triggered, this, &MainWindow::exportNotes);
    connect(m_ui->actionPrint, &QAction::triggered, this, &MainWindow::printNote);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionNewNote, &QAction::triggered, this, &MainWindow::newNote);
    connect(m_ui->actionDeleteNote, &QAction::triggered, this, &MainWindow::deleteNote);
    connect(m_ui->actionPinNote, &QAction::triggered, this, &MainWindow::setPinned);
    connect(m_ui->actionPutBack, &QAction::triggered, this, &MainWindow::putBack);
    connect(m_ui->actionHistory, &QAction::triggered, this, &MainWindow::showHistory);
    m_ui->actionFollowLink->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    connect(m_ui->actionCopyLink, &QAction::triggered, this, &MainWindow::copyNoteLink);
    connect(m_ui->actionAttachFile, &QAction::triggered, this, &MainWindow::attachFile);
    connect(m_ui->actionAttachments, &QAction::triggered, this, &MainWindow::showAttachments);
    connect(m_ui->actionFollowLink, &QAction::triggered, this, [this] {
        if (!m_ui->editorPane->contentEdit()->followLinkAtCursor())
            statusBar()->showMessage(tr("There is no [[link]] at the cursor."), 5000);
    });
    connect(m_ui->actionEmptyTrash, &QAction::triggered, this, &MainWindow::emptyTrash);
    // One order at a time, the one chosen last.
    auto *sorts = new QActionGroup(this);
    const struct
    {
        QAction *action;
        NoteModel::Sort sort;
    } orders[] = {{m_ui->actionSortChanged, NoteModel::Sort::Changed},
                  {m_ui->actionSortCreated, NoteModel::Sort::Created},
                  {m_ui->actionSortTitle, NoteModel::Sort::Title}};
    const int chosen = QSettings().value(QStringLiteral("list/sort"), int(NoteModel::Sort::Changed)).toInt();
    for (const auto &order : orders) {
        sorts->addAction(order.action);
        order.action->setChecked(int(order.sort) == chosen);
        connect(order.action, &QAction::triggered, this, [this, sort = order.sort] {
            QSettings().setValue(QStringLiteral("list/sort"), int(sort));
            applySort();
        });
    }
    setUpViewModes();
    connect(m_ui->actionUndo, &QAction::triggered, this, &MainWindow::undo);
    connect(m_ui->actionRedo, &QAction::triggered, this, [this] { editFocused("redo"); });
    connect(m_ui->actionCut, &QAction::triggered, this, [this] { editFocused("cut"); });
    connect(m_ui->actionCopy, &QAction::triggered, this, [this] { editFocused("copy"); });
    connect(m_ui->actionPaste, &QAction::triggered, this, [this] { editFocused("paste"); });
    connect(m_ui->actionSelectAll, &QAction::triggered, this, [this] { editFocused("selectAll"); });
    connect(m_ui->actionFind, &QAction::triggered, this, [this] {
        m_ui->listPane->searchEdit()->setFocus(Qt::ShortcutFocusReason);
        m_ui->listPane->searchEdit()->selectAll();
    });
    connect(m_ui->actionPreferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::about);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    connect(m_ui->menuRecent, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    // An empty menu cannot open, so fill it once to show whether it has items.
    rebuildRecentMenu();
}

void MainWindow::setUpViewModes()
{
    using Mode = NoteEditorPane::ViewMode;
    auto *modes = new QActionGroup(this);
    const struct
    {
        QAction *action;
        Mode mode;
    } choices[] = {{m_ui->actionEditMode, Mode::Edit},
                   {m_ui->actionPreviewMode, Mode::Preview},
                   {m_ui->actionSideBySideMode, Mode::SideBySide}};
    const auto remembered = [](const QString &key, Mode fallback) {
        const int mode = QSettings().value(key, int(fallback)).toInt();
        return mode >= int(Mode::Edit) && mode <= int(Mode::SideBySide) ? Mode(mode) : fallback;
    };
    const Mode chosen = remembered(QStringLiteral("editor/viewMode"), Mode::Edit);
    for (const auto &choice : choices) {
        modes->addAction(choice.action);
        choice.action->setChecked(choice.mode == chosen);
        connect(choice.action, &QAction::triggered, this, [this, mode = choice.mode] {
            QSettings settings;
            settings.setValue(QStringLiteral("editor/viewMode"), int(mode));
            if (mode != Mode::Edit)
                settings.setValue(QStringLiteral("editor/previewMode"), int(mode));
            m_ui->editorPane->setViewMode(mode);
        });
    }
    m_ui->editorPane->setViewMode(chosen);
    // One key between writing and the preview last chosen (Preview or Side by Side).
    m_ui->actionTogglePreview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_ui->actionTogglePreview, &QAction::triggered, this, [this, remembered] {
        const Mode next = m_ui->editorPane->viewMode() != Mode::Edit
            ? Mode::Edit
            : remembered(QStringLiteral("editor/previewMode"), Mode::Preview);
        QAction *action = next == Mode::Edit  ? m_ui->actionEditMode
            : next == Mode::Preview             ? m_ui->actionPreviewMode
                                                : m_ui->actionSideBySideMode;
        action->trigger();
    });
}

void MainWindow::setUpEditor()
{
    applySpelling();
    m_mapper = new QDataWidgetMapper(this);
    m_mapper->setSubmitPolicy(QDataWidgetMapper::ManualSubmit);
    m_mapper->setItemDelegate(new EditorDelegate(m_mapper));

    connect(m_ui->editorPane->titleEdit(), &QLineEdit::textEdited, this, &MainWindow::onTitleEdited);
    connect(m_ui->editorPane->titleEdit(), &QLineEdit::editingFinished, this, &MainWindow::commitEditors);
    connect(m_ui->editorPane->titleEdit(), &QLineEdit::editingFinished, this, &MainWindow::offerLinkRename);
    connect(m_ui->editorPane->preview(), &NotePreview::wikiLinkActivated, this, &MainWindow::followLink);
    connect(m_ui->editorPane->contentEdit(), &NoteEditor::wikiLinkActivated, this, &MainWindow::followLink);
    connect(m_ui->editorPane, &NoteEditorPane::backlinkActivated, this, &MainWindow::showNote);
    m_ui->editorPane->preview()->setLinkResolver([this](const QString &title) {
        using State = NotebookSession::LinkTarget::State;
        const State state = m_session ? m_session->linkTarget(title).state : State::Exists;
        return state == State::Missing ? NotePreview::LinkState::Missing
            : state == State::Trashed  ? NotePreview::LinkState::Trashed
                                       : NotePreview::LinkState::Exists;
    });
    m_ui->editorPane->contentEdit()->setAttachmentHandler(
        [this](const QString &path, const QByteArray &data, const QString &name) {
            return addAttachment(path, data, name);
        });
    m_ui->editorPane->preview()->setAttachmentSource([this](const QString &hash) {
        NoteAttachments::Attachment found;
        return m_session && m_session->attachment(hash, &found) ? found.data : QByteArray();
    });
    connect(m_ui->editorPane->preview(), &NotePreview::attachmentActivated, this, &MainWindow::openAttachment);
    m_ui->editorPane->contentEdit()->setTitleSource([this](const QString &prefix) {
        QStringList titles;
        if (m_session)
            m_session->links().titlesStartingWith(prefix, 10, &titles);
        return titles;
    });
    connect(m_ui->editorPane->tagsEdit(), &TagEdit::tagsEdited, this, &MainWindow::commitEditors);
    m_noteCount = new QLabel(this);
    m_noteCount->setObjectName(QStringLiteral("noteCountLabel"));
    m_noteCount->setAccessibleName(tr("Number of notes"));
    statusBar()->addPermanentWidget(m_noteCount);
    m_countTimer.setSingleShot(true);
    connect(&m_countTimer, &QTimer::timeout, this, &MainWindow::updateNoteCount);
    m_contentTimer.setSingleShot(true);
    m_contentTimer.setInterval(400);
    connect(&m_contentTimer, &QTimer::timeout, this, &MainWindow::commitEditors);
    connect(m_ui->editorPane->contentEdit(), &QPlainTextEdit::textChanged, this, [this] {
        if (m_ui->editorPane->contentEdit()->document()->isModified()) {
            m_contentTimer.start();
            if (m_session)
                m_session->scheduleJournal(); // the journal takes the text typed so far, even mid-word
        }
    });
    // The first keystroke makes the note pending at once, so Save is there.
    connect(m_ui->editorPane->contentEdit()->document(), &QTextDocument::modificationChanged, this,
            [this](bool modified) {
                if (modified)
                    commitEditors();
            });
    // Search as you type, once typing pauses, so that fast typing does not
    // wait for a search at each key; Enter searches at once.
    connect(m_ui->listPane, &NoteListPane::searchRequested, this, &MainWindow::applySearch);
}

// --- notebooks --------------------------------------------------------------

void MainWindow::openStartupNotebook(const QString &requested)
{
    // A link to a note: its notebook, then the note; the notebook as usual
    // if the link is damaged.
    if (NoteAddress::isLink(requested)) {
        const NoteAddress address = NoteAddress::fromLink(requested);
        openStartupNotebook(address.isNull() ? QString() : address.notebook().toString());
        showLinkedNote(address, requested);
        return;
    }
    QString path = requested;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("lastNotebook")).toString();
        if (NotebookLocation::fromUserInput(last).isServer() || (!last.isEmpty() && QFileInfo::exists(last))) {
            path = last;
        } else if (!last.isEmpty() && last != defaultNotebookPath()) {
            QMessageBox::information(
                this, tr("Notebook Not Found"),
                tr("The notebook “%1” you used last is no longer there. Commonplace opens your "
                   "default notebook instead.")
                    .arg(QDir::toNativeSeparators(last)));
        }
    }
    if (!path.isEmpty() && openNotebook(path))
        return;

    const QString defaultPath = defaultNotebookPath();
    const bool isNew = !QFileInfo::exists(defaultPath);
    QDir().mkpath(QFileInfo(defaultPath).absolutePath());
    if (openNotebook(defaultPath) && isNew)
        addWelcomeNote();
}

void MainWindow::openRequested(const QString &path)
{
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    if (NoteAddress::isLink(path)) {
        const NoteAddress address = NoteAddress::fromLink(path);
        if (address.isNull() || openNotebook(address.notebook().toString()))
            showLinkedNote(address, path);
        return;
    }
    if (!path.isEmpty())
        openNotebook(path);
}

void MainWindow::showLinkedNote(const NoteAddress &address, const QString &link)
{
    if (address.isNull()) {
        QMessageBox::warning(this, tr("Note Link Not Understood"),
                             tr("This link to a note is damaged or incomplete, so no note could be opened:\n%1")
                                 .arg(link.left(300)));
        return;
    }
    if (!m_session || m_session->location() != address.notebook())
        return; // the notebook did not open, and said why
    // Where it is now: among the notes, or in the Trash.
    if (showNote(address.note()))
        return;
    m_ui->sidebar->showTrash();
    const int row = m_model->rowForId(address.note());
    if (row >= 0) {
        setCurrentRow(row);
        statusBar()->showMessage(tr("This note is in the Trash."), 8000);
        return;
    }
    m_ui->sidebar->showAllNotes();
    QMessageBox::information(this, tr("Note Not Found"),
                             tr("There is no note number %1 in “%2”: it may have been deleted for good.")
                                 .arg(address.note())
                                 .arg(address.notebook().displayName()));
}

void MainWindow::copyNoteLink()
{
    const int row = currentRow();
    if (!m_session || row < 0 || m_model->noteId(row) < 0)
        return;
    const QString link = NoteAddress(m_session->location(), m_model->noteId(row)).toLink();
    auto *data = new QMimeData;
    data->setText(link);
    data->setUrls({QUrl(link)});
    QApplication::clipboard()->setMimeData(data);
    statusBar()->showMessage(tr("Copied a link to “%1”.").arg(m_ui->editorPane->titleEdit()->text()), 5000);
}

bool MainWindow::openNotebook(const QString &path)
{
    commitEditors();
    const NotebookLocation location = NotebookLocation::fromUserInput(path);
    if (m_session && location == m_session->location())
        return true;

    // Open the new one first: a file that cannot be opened must not cost
    // the user a prompt, let alone the changes in the current notebook. A
    // notebook still to be created is the exception: opening it makes the
    // file, and Cancel must leave nothing behind.
    if (location.isFile() && !QFileInfo::exists(location.filePath()) && !maybeSave())
        return false;
    NotebookSession::OpenError error;
    std::unique_ptr<NotebookSession> session;
    QString password;
    bool setUp = false;
    // A team notebook's password kept in the keyring is given first; one
    // the server refuses is forgotten there, and asked for.
    KeptPassword kept(location, &password);
    for (;;) {
        {
            BusyDialog busy(this, tr("Preparing “%1” for this version of Commonplace…\n"
                                     "This happens once, and takes a while for a large notebook.")
                                      .arg(location.displayName()));
            session = NotebookSession::open(location, &error, [&busy] { busy.tick(); }, password, setUp);
        }
        if (session)
            break;
        // A server's database with no notebook yet: set up only if the
        // user says so.
        if (error.needsSetUp && !setUp) {
            if (!SetUpQuestion::ask(this, location, error.message))
                return false;
            setUp = true;
            continue;
        }
        // A server that wants a password (again): asked until it takes one
        // or the user cancels.
        if (!error.needsPassword)
            break;
        if (!kept.ask(this, error.message))
            return false;
    }
    if (!session) {
        const QString message = error.message.isEmpty()
            ? ErrorMessages::listingFailed(error.listing, location.displayName())
            : error.message;
        showOpenError(path, message, error.detail, error.damaged);
        return false;
    }
    if (!maybeSave())
        return false;
    install(std::move(session));
    keepPassword(kept);
    offerRecovery();
    return true;
}

void MainWindow::keepPassword(KeptPassword &kept)
{
    QString error;
    if (!kept.keep(&error))
        statusBar()->showMessage(tr("The password could not be kept in the system keyring: %1").arg(error), 10000);
}

void MainWindow::install(std::unique_ptr<NotebookSession> session)
{
    closeNotebook();
    m_session = std::move(session);
    m_notebook = m_session->notebook();
    m_model = m_session->model();

    m_ui->listPane->list()->setModel(m_model);
    m_ui->listPane->list()->setModelColumn(m_model->titleColumn());
    connect(m_ui->listPane->list()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onCurrentRowChanged);
    m_mapper->setModel(m_model);
    m_mapper->addMapping(m_ui->editorPane->titleEdit(), m_model->titleColumn());
    // No property name: the mapper then goes through EditorDelegate, which
    // uses the editors' user property (plainText for QPlainTextEdit).
    m_mapper->addMapping(m_ui->editorPane->contentEdit(), m_model->contentColumn());
    if (m_model->tagsColumn() >= 0)
        m_mapper->addMapping(m_ui->editorPane->tagsEdit(), m_model->tagsColumn());

    // A team notebook's list grows as it is scrolled by reading it again:
    // what was typed is in the model first, and the list stays where it was.
    connect(m_model, &NoteModel::listingAboutToGrow, this, [this] {
        commitEditors();
        m_growPlace = currentPlace();
    });
    connect(m_model, &NoteModel::listingGrown, this, [this] { restorePlace(m_growPlace); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, &m_countTimer, qOverload<>(&QTimer::start));
    connect(m_model, &QAbstractItemModel::rowsRemoved, &m_countTimer, qOverload<>(&QTimer::start));
    // A new note; rows fetched while scrolling come after the first.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first) {
        if (first == 0)
            m_countTimer.start();
    });
    connect(m_session.get(), &NotebookSession::aboutToReadChanges, this, &MainWindow::commitEditors);
    connect(m_session.get(), &NotebookSession::journalFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_session.get(), &NotebookSession::dailyBackupFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Today's backup could not be written: %1").arg(message));
    });
    // Others' saves are shown between questions, never under one.
    m_session->setReloadGuard([] { return !QApplication::activeModalWidget(); });
    connect(m_session.get(), &NotebookSession::aboutToReload, this, [this] {
        commitEditors();
        m_reloadPlace = currentPlace();
    });
    connect(m_session.get(), &NotebookSession::connectionLost, this, &MainWindow::updateNotebookTexts);
    connect(m_session.get(), &NotebookSession::connectionRestored, this, [this] {
        updateNotebookTexts();
        statusBar()->showMessage(tr("Connected to the server again."), 5000);
    });
    connect(m_session.get(), &NotebookSession::reloaded, this, [this] {
        restorePlace(m_reloadPlace);
        refreshSidebar();
        updateActions();
        statusBar()->showMessage(tr("Updated with changes saved elsewhere."), 5000);
    });

    updateNotebookTexts(); // the notice too
    setWindowFilePath(m_notebook->path());

    RecentNotebooks().add(m_notebook->location().toString());
    QSettings().setValue(QStringLiteral("lastNotebook"), m_notebook->location().toString());
    rebuildRecentMenu();

    m_ui->listPane->clearSearch();
    const QString key = m_notebook->location().key();
    m_model->setListOrder(chosenSort());
    m_ui->sidebar->setNotes(m_model, key); // reads the counts
    m_ui->sidebar->setEditable(!m_notebook->isReadOnly());
    m_ui->editorPane->tagsEdit()->setKnownTags(m_ui->sidebar->tagNames());
    QList<int> sizes = m_ui->splitter->sizes();
    const int sidebarWidth = QSettings().value(QStringLiteral("notebooks/%1/sidebarWidth").arg(key), DefaultSidebarWidth).toInt();
    sizes[1] += sizes[0] - sidebarWidth;
    sizes[0] = sidebarWidth;
    m_ui->splitter->setSizes(sizes);
    setCurrentRow(m_model->rowCount() > 0 ? 0 : -1);
    updateActions();
    connect(m_session.get(), &NotebookSession::trashPurged, this, [this](int count) {
        refreshSidebar();
        statusBar()->showMessage(tr("Removed %n note(s) that had been in the Trash for long.", nullptr, count), 8000);
    });
    connect(m_session.get(), &NotebookSession::trashPurgeFailed, this, [this](const QString &detail) {
        statusBar()->showMessage(tr("The Trash could not be emptied of old notes: %1").arg(detail));
    });
    m_session->start(PreferencesDialog::backupsToKeep(), PreferencesDialog::trashDays());
}

void MainWindow::updateNoteCount()
{
    int count = 0;
    if (!m_model || !m_model->countListed(&count)) {
        m_noteCount->clear();
        return;
    }
    m_noteCount->setText(m_model->isSearching() ? tr("%Ln found", nullptr, count) : tr("%Ln note(s)", nullptr, count));
}

void MainWindow::closeNotebook()
{
    m_contentTimer.stop();
    m_countTimer.stop();
    m_noteCount->clear();
    // A window never shown has no widths to keep.
    if (m_notebook && m_ui->splitter->sizes().value(0) > 0)
        QSettings().setValue(QStringLiteral("notebooks/%1/sidebarWidth").arg(m_notebook->location().key()),
                             m_ui->splitter->sizes().value(0));
    m_ui->sidebar->setNotes(nullptr, QString());
    m_mapper->clearMapping(); // the mapper lets go of a model when it is destroyed
    // The view makes a new selection model for each model and keeps the old.
    QItemSelectionModel *selection = m_ui->listPane->list()->selectionModel();
    m_ui->listPane->list()->setModel(nullptr);
    delete selection;
    m_model = nullptr;
    m_notebook = nullptr;
    m_session.reset();
}

void MainWindow::addWelcomeNote()
{
    if (!m_model || m_notebook->isReadOnly())
        return;
    const int row = m_model->addNote(tr("Welcome to Commonplace"));
    m_model->setData(
        m_model->index(row, m_model->contentColumn()),
        tr("This notebook is a single file on your computer, and every note you write lives "
           "in it.\n\n"
           "Your changes are kept aside until you save them with File ▸ Save (%1). Until then "
           "they are pending: the window title shows an asterisk and changed notes are marked "
           "with a dot in the list. File ▸ Revert throws the pending changes away and brings "
           "back what you last saved.\n\n"
           "Press %2 to write a new note. You can delete this one with Note ▸ Delete Note.")
            .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText),
                 QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    int tracked = row;
    if (m_session->save(&tracked) == NotebookSession::SaveResult::Saved) {
        setCurrentRow(tracked);
        refreshSidebar(); // its counts were read before the note
    }
}

// Changes that a window which is gone (a crash, a power cut) never saved.
void MainWindow::offerRecovery()
{
    if (!m_session)
        return;
    const QList<UnsavedJournal::Recovered> journals = m_session->leftBehind();
    if (journals.isEmpty())
        return;
    for (const UnsavedJournal::Recovered &journal : journals) {
        switch (RecoveryQuestion::ask(this, journal)) {
        case RecoveryQuestion::Answer::Recover:
            m_session->recover(journal);
            break;
        case RecoveryQuestion::Answer::Discard:
            NotebookSession::forget(journal);
            break;
        case RecoveryQuestion::Answer::Later:
            break;
        }
    }
    setCurrentRow(m_model->rowCount() > 0 ? 0 : -1);
    updateActions();
}

void MainWindow::newNotebook()
{
    commitEditors();
    // Notebooks people make themselves belong with their documents.
    const QString path = askForNewFile(
        tr("New Notebook"),
        QDir(AppData::documentsFolder())
            .filePath(tr("Notebook") + QLatin1Char('.') + NotebookFile::fileSuffix()));
    if (!path.isEmpty())
        openNotebook(path);
}

// A name for a file that does not exist yet, with the notebook suffix. Never
// a file to write over: the question is asked again instead.
QString MainWindow::askForNewFile(const QString &title, const QString &suggested)
{
    QString path = suggested;
    for (;;) {
        path = QFileDialog::getSaveFileName(this, title, path, notebookFilter(), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return {};
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + NotebookFile::fileSuffix();
        if (!QFileInfo::exists(path))
            return path;
        QMessageBox::warning(this, title,
                             tr("“%1” already exists. Choose another name.")
                                 .arg(QDir::toNativeSeparators(path)));
    }
}

void MainWindow::openNotebookDialog()
{
    const QString folder = m_notebook ? QFileInfo(m_notebook->path()).absolutePath() : QString();
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open Notebook"), folder, notebookFilter());
    if (!path.isEmpty())
        openNotebook(path);
}

bool MainWindow::copyInto(Notebook &target, const QString &where, qint64 *notes)
{
    commitEditors();
    QString error;
    QString detail;
    bool copied = false;
    {
        BusyDialog busy(this, tr("Copying “%1” to “%2”…").arg(m_notebook->displayName(), where));
        copied = m_session->copyTo(target, [&busy] { busy.tick(); }, notes, &error, &detail);
    }
    if (!copied) {
        QMessageBox box(QMessageBox::Warning, tr("Copy Not Made"), error, QMessageBox::Ok, this);
        box.setDetailedText(detail);
        box.exec();
    }
    return copied;
}

// The copy holds the notebook as last saved; what is pending stays here.
QString MainWindow::copyNote() const
{
    const int pending = m_model ? m_model->pendingChangeCount() : 0;
    return pending == 0 ? QString()
                        : tr("The copy holds the notebook as last saved: your %n unsaved change(s) stay here.", nullptr,
                             pending);
}

void MainWindow::copyToServer()
{
    if (!m_session || !m_notebook->location().isFile())
        return;
    ConnectDialog dialog(this);
    dialog.setWindowTitle(tr("Copy to Server"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const NotebookLocation location = dialog.location();
    std::unique_ptr<Notebook> target = Notebook::at(location);
    target->setSetUpAllowed(true); // a copy is a new notebook there, as a new file is
    QString password;
    KeptPassword kept(location, &password);
    target->setPassword(password);
    while (!target->open()) {
        const bool asked = (target->lastError() == Notebook::Error::PasswordNeeded
                            || target->lastError() == Notebook::Error::PasswordRefused)
            && kept.ask(this, target->errorString());
        if (!asked) {
            if (target->lastError() != Notebook::Error::PasswordNeeded
                && target->lastError() != Notebook::Error::PasswordRefused)
                showOpenError(location.toString(), target->errorString(), target->errorDetail(), false);
            return;
        }
        target->setPassword(password);
    }
    keepPassword(kept);
    qint64 notes = 0;
    if (!copyInto(*target, location.displayName(), &notes))
        return;
    target.reset();
    QMessageBox box(QMessageBox::Information, tr("Copy to Server"),
                    tr("“%1” is copied to “%2”, %n note(s). Open the team notebook now?", nullptr, int(notes))
                        .arg(m_notebook->displayName(), location.displayName()),
                    QMessageBox::Open | QMessageBox::Close, this);
    box.setInformativeText(copyNote());
    box.button(QMessageBox::Open)->setText(tr("&Open"));
    box.button(QMessageBox::Close)->setText(tr("&Close"));
    if (box.exec() == QMessageBox::Open)
        openNotebook(location.toString());
}

void MainWindow::saveCopyAs()
{
    if (!m_session || m_notebook->location().isFile())
        return;
    const QString suggested = QDir(AppData::documentsFolder())
                                  .filePath(m_notebook->location().serverUrl().path().mid(1) + QLatin1Char('.')
                                            + NotebookFile::fileSuffix());
    const QString path = askForNewFile(tr("Save a Copy"), suggested);
    if (path.isEmpty())
        return;
    bool copied = false;
    {
        NotebookFile target;
        if (!target.open(path)) {
            showOpenError(path, target.errorString(), target.errorDetail(), false);
            return;
        }
        qint64 notes = 0;
        copied = copyInto(target, QFileInfo(path).fileName(), &notes);
    }
    if (!copied) {
        QFile::remove(path); // made here, empty: nothing of the user's
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Save a Copy"),
                    tr("A copy of “%1” is saved as “%2”.").arg(m_notebook->displayName(), QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, this);
    box.setInformativeText(copyNote());
    box.exec();
}

void MainWindow::connectToServer()
{
    ConnectDialog dialog(this);
    if (m_notebook && m_notebook->location().isServer())
        dialog.setLocation(m_notebook->location());
    if (dialog.exec() == QDialog::Accepted)
        openNotebook(dialog.location().toString());
}

void MainWindow::rebuildRecentMenu()
{
    QMenu *menu = m_ui->menuRecent;
    menu->clear();
    const QStringList paths = RecentNotebooks().paths();
    for (int i = 0; i < paths.size(); ++i) {
        const QString path = paths.at(i);
        const NotebookLocation location = NotebookLocation::fromUserInput(path);
        // &1 … &9, then 1&0: keyboard access to each entry.
        const QString number = i < 9 ? QStringLiteral("&%1").arg(i + 1) : QStringLiteral("1&0");
        QAction *action = menu->addAction(QStringLiteral("%1  %2").arg(
            number, location.isFile() ? QDir::toNativeSeparators(path) : location.toString()));
        connect(action, &QAction::triggered, this, [this, path] { openNotebook(path); });
    }
    menu->addSeparator();
    QAction *clear = menu->addAction(tr("&Clear Menu"));
    clear->setEnabled(!paths.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentNotebooks().clear();
        rebuildRecentMenu();
    });
}

// --- saving -----------------------------------------------------------------

bool MainWindow::maybeSave()
{
    commitEditors();
    if (!m_model || !m_model->hasPendingChanges())
        return true;
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("Save the changes to “%1”?").arg(m_notebook->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("%n note(s) have unsaved changes. If you don't save them, they "
                              "are lost.",
                              nullptr, m_model->pendingChangeCount()));
    box.button(QMessageBox::Save)->setText(tr("&Save"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    if (m_notebook->isReadOnly())
        box.button(QMessageBox::Save)->setEnabled(false);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_session->revert();
        return true;
    default:
        return false;
    }
}

bool MainWindow::save()
{
    commitEditors();
    offerLinkRename(); // the links' update is saved with the rename
    if (!m_model || !m_model->hasPendingChanges())
        return true;
    const int count = m_model->pendingChangeCount();
    const Place place = currentPlace();
    int row = place.row;
    switch (m_session->save(&row)) {
    case NotebookSession::SaveResult::Conflicts:
        // Nothing was written; once the user has chosen, save again.
        if (!resolveConflicts())
            return false;
        if (!m_model->hasPendingChanges()) {
            reloadKeepingPlace(); // took theirs: show it
            return true;
        }
        return save();
    case NotebookSession::SaveResult::Failed:
        // The model was reloaded with every change put back.
        restorePlace(place);
        showSaveError();
        return false;
    case NotebookSession::SaveResult::Saved:
        break;
    }
    setCurrentRow(row); // where the save says the note went
    m_ui->listPane->list()->verticalScrollBar()->setValue(place.scroll);
    refreshSidebar();
    statusBar()->showMessage(tr("Saved %n change(s).", nullptr, count), 5000);
    updateActions();
    return true;
}

void MainWindow::revert()
{
    commitEditors();
    if (!m_model || !m_model->hasPendingChanges())
        return;
    const int count = m_model->pendingChangeCount();
    QMessageBox box(QMessageBox::Warning, tr("Revert"),
                    tr("Discard %n unsaved change(s) and go back to what was last saved?",
                       nullptr, count),
                    QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Discard)->setText(tr("&Discard Changes"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    // What was typed cannot come back: Return keeps it.
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Discard)
        return;
    // revertAll() keeps the rows it does not remove, so the selection stays,
    // and a removed new note hands the selection to its neighbour.
    m_session->revert();
    m_ui->editorPane->contentEdit()->document()->setModified(false);
    refreshSidebar();
    statusBar()->showMessage(tr("Discarded %n change(s).", nullptr, count), 5000);
    updateActions();
    updateEditorState();
}

bool MainWindow::resolveConflicts()
{
    const QList<NoteModel::Conflict> conflicts = m_session->conflicts();
    for (const NoteModel::Conflict &conflict : conflicts) {
        const std::optional<NoteModel::Resolution> resolution = ConflictQuestion::ask(this, conflict);
        if (!resolution)
            return false; // everything stays pending
        m_session->resolve(conflict, *resolution);
    }
    return true;
}

void MainWindow::reloadKeepingPlace()
{
    commitEditors();
    const Place place = currentPlace();
    m_model->reload();
    restorePlace(place);
    updateActions();
}

void MainWindow::showSaveError()
{
    QMessageBox box(QMessageBox::Warning, tr("Could Not Save"), ErrorMessages::saveFailed(*m_model),
                    QMessageBox::Ok, this);
    box.setDetailedText(m_model->lastError().text());
    box.exec();
}

void MainWindow::showOpenError(const QString &path, const QString &message,
                               const QString &detail, bool damaged)
{
    const QString backup = OpenErrorMessage::show(this, path, message, detail, damaged);
    if (backup.isEmpty())
        return;

    // A new file beside the damaged one; neither is changed.
    NotebookBackup restore;
    if (!restore.restoreBeside(backup, path)) {
        QMessageBox::warning(this, tr("Cannot Open Backup"), restore.lastError());
        return;
    }
    openNotebook(restore.lastPath());
}

bool MainWindow::backUpTo(const QString &path)
{
    if (!m_session)
        return false;
    QString error;
    if (!m_session->backUpTo(path, &error)) {
        QMessageBox::warning(this, tr("Back Up Notebook"), error);
        return false;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::importNotes()
{
    if (!m_session || m_notebook->isReadOnly())
        return;
    const QString source = QFileDialog::getOpenFileName(
        this, tr("Import Notes"), AppData::documentsFolder(),
        tr("Notes of other applications (*.enex *.jex *.ctb *.ctd *.ctz *.ctx *.note);;Evernote exports (*.enex);;"
           "Joplin exports (*.jex);;CherryTree documents (*.ctb *.ctd *.ctz *.ctx);;Gnote and Tomboy notes (*.note);;"
           "All files (*)"));
    if (!source.isEmpty())
        importFrom(source);
}

void MainWindow::importFolder()
{
    if (!m_session || m_notebook->isReadOnly())
        return;
    const QString source = QFileDialog::getExistingDirectory(this, tr("Import Notes from a Folder"),
                                                             AppData::documentsFolder());
    if (!source.isEmpty())
        importFrom(source);
}

bool MainWindow::importFrom(const QString &source)
{
    if (!m_session || m_notebook->isReadOnly())
        return false;
    if (!ImportJob::sourceFor(source)) {
        QMessageBox::warning(this, tr("Import Notes"), ImportJob::unknownSourceMessage(source));
        return false;
    }
    ImportDialog dialog(source, m_notebook->location().toString(), m_notebook->displayName(), this);
    dialog.setPassword(m_notebook->password());
    dialog.exec();
    if (!dialog.imported())
        return false;
    // Shown at once, as another program's save is; pending edits stay.
    m_session->checkForOtherChanges();
    statusBar()->showMessage(tr("Imported %n note(s), tagged “%1”.", nullptr, dialog.importedNotes())
                                 .arg(dialog.importTag()),
                             8000);
    return true;
}

void MainWindow::exportNotes()
{
    if (!m_session)
        return;
    commitEditors();
    int listed = 0;
    m_model->countListed(&listed);
    const int row = currentRow();
    const bool saved = row >= 0 && m_model->noteId(row) >= 0;
    ExportDialog dialog(listed, saved ? m_model->index(row, m_model->titleColumn()).data().toString() : QString(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids;
    if (dialog.which() == ExportDialog::Which::Listed)
        ids = listedNoteIds();
    else if (dialog.which() == ExportDialog::Which::Current && saved)
        ids = {m_model->noteId(row)};
    // None listed is not all of them.
    if (dialog.which() != ExportDialog::Which::All && ids.isEmpty())
        return;
    if (dialog.format() == NoteExport::Format::Pdf) {
        const QString name = dialog.which() == ExportDialog::Which::Current
            ? m_model->index(row, m_model->titleColumn()).data().toString()
            : tr("%1 notes %2").arg(m_notebook->displayName(), QDate::currentDate().toString(Qt::ISODate));
        const QString file = QFileDialog::getSaveFileName(
            this, tr("Export Notes as PDF"),
            QDir(AppData::documentsFolder()).filePath(ExportFolder::safeFileName(name) + QStringLiteral(".pdf")),
            tr("PDF files (*.pdf)"));
        if (!file.isEmpty())
            exportTo(file, ids, NoteExport::Format::Pdf);
        return;
    }
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export Notes into a Folder"),
                                                             AppData::documentsFolder());
    if (!folder.isEmpty())
        exportTo(folder, ids, dialog.format());
}

PdfExport::Note MainWindow::shownNote()
{
    commitEditors(); // what is typed is what is printed
    PdfExport::Note note;
    const int row = currentRow();
    if (!m_model || row < 0)
        return note;
    note.id = m_model->noteId(row);
    note.title = m_model->index(row, m_model->titleColumn()).data().toString();
    note.text = m_model->index(row, m_model->contentColumn()).data().toString();
    note.tags = NoteTags::fromText(m_model->index(row, m_model->tagsColumn()).data().toString());
    note.updated = m_model->index(row, m_model->fieldIndex(QStringLiteral("updated_at"))).data().toString();
    return note;
}

void MainWindow::printNote()
{
    if (!m_session || currentRow() < 0)
        return;
    const PdfExport::Note note = shownNote();
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(note.title);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print “%1”").arg(note.title));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, &note](QPrinter *device) {
        PdfExport pages;
        if (!pages.paint(device, m_model->database(), note))
            statusBar()->showMessage(tr("The note could not be printed. %1").arg(pages.errorString()), 8000);
    });
    preview.exec();
}

QList<qint64> MainWindow::listedNoteIds()
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    while (m_model->canFetchMore())
        m_model->fetchMore();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->noteId(row) >= 0)
            ids.append(m_model->noteId(row));
    }
    return ids;
}

QString MainWindow::exportTo(const QString &path, const QList<qint64> &ids, NoteExport::Format format)
{
    if (!m_session)
        return {};
    // A PDF is the file chosen (the dialog asked before overwriting); the
    // others get a folder of their own in the one chosen: nothing there is
    // overwritten.
    QString target = path;
    if (format != NoteExport::Format::Pdf) {
        const QString base = QDir(path).filePath(
            tr("%1 notes %2").arg(m_notebook->displayName(), QDate::currentDate().toString(Qt::ISODate)));
        target = base;
        for (int n = 2; QFileInfo::exists(target); ++n)
            target = QStringLiteral("%1 (%2)").arg(base).arg(n);
    }
    BusyDialog busy(this, tr("Exporting the notes…"));
    int notes = 0;
    int attachments = 0;
    QString error;
    if (!m_session->exportNotes(format, target, ids, &notes, &attachments, &error, [&busy](int) { busy.tick(); })) {
        QMessageBox::warning(this, tr("Export Notes"), tr("The notes could not be exported. %1").arg(error));
        return {};
    }
    const QString unsaved = m_model->hasPendingChanges()
        ? tr(" Unsaved changes are not in it: save, then export again to include them.")
        : QString();
    statusBar()->showMessage(tr("Exported %n note(s)", nullptr, notes)
                                 + tr(" and %n attachment(s) to “%1”.", nullptr, attachments)
                                       .arg(QDir::toNativeSeparators(target))
                                 + unsaved,
                             10000);
    return target;
}

void MainWindow::backUpDialog()
{
    if (!m_notebook)
        return;
    const QString suggested =
        QDir(AppData::documentsFolder())
            .filePath(tr("%1 backup %2")
                          .arg(m_notebook->displayName(),
                               QDate::currentDate().toString(Qt::ISODate))
                      + QLatin1Char('.') + NotebookFile::fileSuffix());
    const QString path = askForNewFile(tr("Back Up Notebook"), suggested);
    if (!path.isEmpty())
        backUpTo(path);
}

// --- notes ------------------------------------------------------------------

void MainWindow::newNote()
{
    if (!m_model || m_notebook->isReadOnly())
        return;
    commitEditors();
    // New notes are written among the others, not in the Trash.
    if (m_model->shelf() == NoteModel::Shelf::Trash)
        m_ui->sidebar->showAllNotes();
    const int row = m_model->addNote();
    if (row < 0)
        return;
    setCurrentRow(row);
    m_ui->listPane->list()->scrollToTop();
    m_ui->editorPane->titleEdit()->setFocus(Qt::OtherFocusReason);
    m_ui->editorPane->titleEdit()->selectAll();
}

void MainWindow::deleteNote()
{
    const int row = currentRow();
    if (!m_model || row < 0 || m_notebook->isReadOnly())
        return;
    commitEditors();
    // Delete again, on a note deleted since the last save, brings it back.
    if (m_model->undelete(row)) {
        updateActions();
        updateEditorState();
        return;
    }
    if (m_model->shelf() != NoteModel::Shelf::Trash && m_model->trashedColumn() >= 0) {
        // Nothing is lost by it: the Trash keeps it after the save.
        m_model->moveToTrash(row);
        statusBar()->showMessage(tr("Moved to the Trash when you save; until then, Undo (%1) brings it back.")
                                     .arg(m_ui->actionUndo->shortcut().toString(QKeySequence::NativeText)),
                                 8000);
    } else {
        const QString title = m_model->index(row, m_model->titleColumn()).data().toString();
        QMessageBox box(QMessageBox::Question, tr("Delete Note"),
                        tr("Delete the note “%1” forever?").arg(title),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(
            tr("It stays in the list, crossed out, until you save; until then, Undo (%1) or "
               "Delete Note again brings it back. Saving removes it from the notebook, with its history.")
                .arg(m_ui->actionUndo->shortcut().toString(QKeySequence::NativeText)));
        box.button(QMessageBox::Yes)->setText(tr("&Delete"));
        box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
        // Nothing is lost by it yet: the delete can be undone until Save.
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
        m_model->removeRow(row);
    }
    updateActions();
    updateEditorState();
}

void MainWindow::showHistory()
{
    const int row = currentRow();
    if (!m_model || row < 0)
        return;
    commitEditors();
    const QString title = m_model->index(row, m_model->titleColumn()).data().toString();
    const qint64 id = m_model->noteId(row);
    const NoteHistory history = m_session->history();
    const QList<NoteHistory::Revision> revisions = id >= 0 ? history.revisions(id) : QList<NoteHistory::Revision>();
    if (revisions.isEmpty()) {
        QMessageBox::information(this, tr("History"),
                                 tr("“%1” has no earlier versions yet. Each save that changes a note's title "
                                    "or text keeps the version it replaces.")
                                     .arg(title));
        return;
    }
    const QString text = m_model->index(row, m_model->contentColumn()).data().toString();
    HistoryDialog dialog(title, text, revisions, [&history](qint64 revision) { return history.text(revision); }, this);
    // Looking back is always possible; bringing back, where the note can be edited.
    dialog.setRestorable(!m_notebook->isReadOnly() && m_model->shelf() != NoteModel::Shelf::Trash
                         && m_model->pendingState(row) != NoteModel::PendingState::Deleted);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_session->restoreVersion(row, dialog.chosen().title, dialog.chosenText());
    statusBar()->showMessage(tr("Brought back the version of %1; save to keep it, or revert to drop it.")
                                 .arg(QLocale().toString(dialog.chosen().savedAt.toLocalTime(), QLocale::ShortFormat)),
                             8000);
    updateActions();
}

QString MainWindow::addAttachment(const QString &path, const QByteArray &data, const QString &name)
{
    if (!m_session)
        return {};
    QString markdown;
    const bool added = path.isEmpty() ? m_session->addAttachment(data, name, &markdown)
                                      : m_session->addAttachmentFile(path, &markdown);
    if (!added) {
        QMessageBox::warning(this, tr("Cannot Attach File"),
                             m_session->attachmentError() + u' '
                                 + tr("Nothing was added to the note."));
        return {};
    }
    statusBar()->showMessage(tr("Attached; saved in the notebook when you save."), 5000);
    return markdown;
}

void MainWindow::attachFile()
{
    if (!m_session || !m_ui->actionAttachFile->isEnabled())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach File"), AppData::documentsFolder());
    NoteEditor *editor = m_ui->editorPane->contentEdit();
    for (const QString &path : paths)
        editor->attachFile(path); // each on a line of its own
    editor->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showAttachments()
{
    const int row = currentRow();
    if (!m_session || row < 0)
        return;
    commitEditors();
    const QString title = m_model->index(row, m_model->titleColumn()).data().toString();
    const QString text = m_model->index(row, m_model->contentColumn()).data().toString();
    AttachmentsDialog dialog(title, m_session->attachmentsOf(text), this);
    connect(&dialog, &AttachmentsDialog::openRequested, this,
            [this](const NoteAttachments::Attachment &attachment) { openAttachment(attachment.hash); });
    connect(&dialog, &AttachmentsDialog::saveRequested, &dialog,
            [this, &dialog](const NoteAttachments::Attachment &attachment) {
                saveAttachmentAs(attachment, &dialog);
            });
    dialog.exec();
}

void MainWindow::openAttachment(const QString &hash)
{
    if (!m_session)
        return;
    QString path;
    QString error;
    if (!m_session->writeAttachmentCopy(hash, &path, &error)) {
        QMessageBox::warning(this, tr("Cannot Open Attachment"), error);
        return;
    }
    // A copy: what the other application changes is not the notebook's.
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("Cannot Open Attachment"),
                             tr("No application opens “%1”. Use Note ▸ Attachments… to save a copy of it.")
                                 .arg(QFileInfo(path).fileName()));
}

void MainWindow::saveAttachmentAs(const NoteAttachments::Attachment &attachment, QWidget *parent)
{
    const QString path = QFileDialog::getSaveFileName(
        parent, tr("Save Attachment As"), AppData::documentsFolder() + u'/' + attachment.name);
    if (path.isEmpty())
        return;
    QString error;
    if (!m_session->saveAttachmentAs(attachment.hash, path, &error))
        QMessageBox::warning(parent, tr("Cannot Save Attachment"),
                             tr("“%1” could not be written: %2").arg(QDir::toNativeSeparators(path), error));
}

void MainWindow::putBack()
{
    const int row = currentRow();
    if (!m_model || row < 0 || m_notebook->isReadOnly() || !m_model->restoreFromTrash(row))
        return;
    statusBar()->showMessage(tr("Taken out of the Trash when you save."), 5000);
    updateActions();
}

void MainWindow::followLink(const QString &title, const QString &heading)
{
    if (!m_session)
        return;
    commitEditors();
    using State = NotebookSession::LinkTarget::State;
    const NotebookSession::LinkTarget target = m_session->linkTarget(title);
    const bool writable = !m_notebook->isReadOnly();
    if (target.state == State::Missing) {
        if (!writable) {
            statusBar()->showMessage(tr("There is no note called “%1”.").arg(title), 8000);
            return;
        }
        QMessageBox box(QMessageBox::Question, tr("Create Note"),
                        tr("There is no note called “%1” yet. Create it?").arg(title),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.button(QMessageBox::Yes)->setText(tr("C&reate Note"));
        box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
        newNote();
        const int row = currentRow();
        if (row < 0)
            return;
        m_model->setData(m_model->index(row, m_model->titleColumn()), title);
        m_ui->editorPane->titleEdit()->setText(title);
        m_titleShown = title;
        m_ui->editorPane->contentEdit()->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (target.state == State::Trashed) {
        if (!writable) {
            statusBar()->showMessage(tr("The note “%1” is in the Trash.").arg(title), 8000);
            return;
        }
        QMessageBox box(QMessageBox::Question, tr("Note in the Trash"),
                        tr("The note “%1” is in the Trash. Put it back?").arg(title),
                        QMessageBox::Yes | QMessageBox::Cancel, this);
        box.setInformativeText(tr("It is taken out of the Trash when you save."));
        box.button(QMessageBox::Yes)->setText(tr("Put &Back"));
        box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
        box.setDefaultButton(QMessageBox::Yes);
        if (box.exec() != QMessageBox::Yes)
            return;
        m_ui->sidebar->showTrash();
        const int row = m_model->rowForId(target.id);
        if (row < 0)
            return;
        setCurrentRow(row);
        putBack();
        return;
    }
    if (target.row >= 0)
        setCurrentRow(target.row);
    else if (!showNote(target.id))
        return;
    if (!heading.isEmpty() && !m_ui->editorPane->goToHeading(heading))
        statusBar()->showMessage(tr("“%1” has no heading “%2”.").arg(m_ui->editorPane->titleEdit()->text(), heading), 8000);
}

bool MainWindow::showNote(qint64 id)
{
    if (!m_model || id < 0)
        return false;
    commitEditors();
    int row = m_model->rowForId(id);
    if (row < 0) {
        // Filtered out by a search or a tag: list every note.
        m_ui->listPane->clearSearch();
        m_model->setSearchText(QString());
        m_ui->sidebar->showAllNotes();
        applyShelf();
        row = m_model->rowForId(id);
    }
    if (row < 0)
        return false;
    setCurrentRow(row);
    m_ui->listPane->list()->scrollTo(m_model->index(row, m_model->titleColumn()));
    return true;
}

void MainWindow::updateBacklinks()
{
    const int row = m_mapper ? m_mapper->currentIndex() : -1;
    QList<NoteLinks::Backlink> links;
    if (m_session && row >= 0 && m_model->noteId(row) >= 0)
        m_session->links().backlinks(m_ui->editorPane->titleEdit()->text(), m_model->noteId(row), &links);
    m_ui->editorPane->setBacklinks(links);
}

void MainWindow::offerLinkRename()
{
    const int row = m_mapper ? m_mapper->currentIndex() : -1;
    if (!m_session || row < 0 || m_notebook->isReadOnly())
        return;
    const QString before = m_titleShown;
    const QString now = m_ui->editorPane->titleEdit()->text();
    const qint64 id = m_model->noteId(row);
    if (id < 0 || before.isEmpty() || MarkdownSource::titleKey(before) == MarkdownSource::titleKey(now)
        || now.trimmed().isEmpty())
        return;
    m_titleShown = now; // asked once per rename
    QList<qint64> linking;
    m_session->links().notesLinkingTo(before, &linking);
    linking.removeAll(id);
    if (linking.isEmpty())
        return;
    QMessageBox box(QMessageBox::Question, tr("Update Links"),
                    tr("%n other note(s) link to “%1”. Make those links lead to “%2”?", nullptr, int(linking.size()))
                        .arg(before, now),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("The links change in those notes as edits you can see, saved or reverted with the rest."));
    box.button(QMessageBox::Yes)->setText(tr("&Update Links"));
    box.button(QMessageBox::No)->setText(tr("&Leave Them"));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes)
        return;
    commitEditors();
    const Place place = currentPlace();
    const int changed = m_model->renameLinks(before, now, id);
    restorePlace(place);
    if (changed < 0)
        statusBar()->showMessage(tr("The links could not be updated: %1").arg(m_model->lastError().text()), 8000);
    else
        statusBar()->showMessage(tr("Updated the links in %n note(s); save to keep them.", nullptr, changed), 8000);
    updateActions();
}

void MainWindow::emptyTrash()
{
    if (!m_model || m_notebook->isReadOnly())
        return;
    commitEditors();
    m_ui->sidebar->showTrash();
    applyShelf();
    while (m_model->canFetchMore())
        m_model->fetchMore();
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->pendingState(row) != NoteModel::PendingState::Deleted
            && !m_model->index(row, m_model->trashedColumn()).data().isNull())
            rows << row;
    }
    if (rows.isEmpty())
        return;
    QMessageBox box(QMessageBox::Warning, tr("Empty Trash"),
                    tr("Delete the %n note(s) in the Trash forever?", nullptr, int(rows.size())),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    box.setInformativeText(tr("They stay listed, crossed out, until you save; Revert brings them back. "
                              "Saving removes them and their history from the notebook."));
    box.button(QMessageBox::Yes)->setText(tr("&Empty Trash"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return;
    for (const int row : std::as_const(rows))
        m_model->removeRow(row);
    updateActions();
    updateEditorState();
}

void MainWindow::undo()
{
    // Undo after Delete brings the note back: that was the last thing done
    // to it, and its text cannot be edited (or undone) while it is deleted.
    const int row = currentRow();
    if (m_model && row >= 0 && m_model->undelete(row)) {
        updateActions();
        updateEditorState();
        return;
    }
    editFocused("undo");
}

int MainWindow::currentRow() const
{
    const QModelIndex index = m_ui->listPane->list()->currentIndex();
    return index.isValid() ? index.row() : -1;
}

MainWindow::Place MainWindow::currentPlace() const
{
    const int row = currentRow();
    return {m_model ? m_model->noteId(row) : -1, row,
            m_ui->listPane->list()->verticalScrollBar()->value()};
}

void MainWindow::restorePlace(const Place &place)
{
    // New notes stay at the top rows through a reload, saved ones move.
    int row = place.id >= 0 ? m_model->rowForId(place.id) : place.row;
    if (row < 0 || row >= m_model->rowCount())
        row = m_model->rowCount() > 0 ? 0 : -1; // gone, or filtered out
    setCurrentRow(row);
    m_ui->listPane->list()->verticalScrollBar()->setValue(place.scroll);
}

void MainWindow::setCurrentRow(int row)
{
    if (!m_model)
        return;
    const QModelIndex index = row >= 0 ? m_model->index(row, m_model->titleColumn()) : QModelIndex();
    const bool changes = m_ui->listPane->list()->currentIndex() != index;
    m_ui->listPane->list()->setCurrentIndex(index);
    // The same row again does not signal (nor does a row lost in a reload):
    // make sure the editor shows what the list does.
    if (!changes)
        onCurrentRowChanged(index);
}

void MainWindow::onCurrentRowChanged(const QModelIndex &current)
{
    // The editor still shows the previous note: keep what was typed there,
    // in the model and in the journal.
    commitEditors();
    if (m_session)
        m_session->flushJournal();
    const int previousRow = m_mapper->currentIndex();
    const qint64 previousId = m_model && previousRow >= 0 ? m_model->noteId(previousRow) : -1;
    m_mapper->setCurrentIndex(current.isValid() ? current.row() : -1);
    if (!current.isValid()) {
        m_ui->editorPane->titleEdit()->clear();
        m_ui->editorPane->contentEdit()->clear();
    }
    // Each note has its own undo history. The editors keep theirs when the
    // next note shows the same text, so Undo would reach the other note's.
    const bool sameNote = current.isValid() && current.row() == previousRow
        && m_model->noteId(current.row()) == previousId;
    if (!sameNote) {
        m_ui->editorPane->titleEdit()->setText(m_ui->editorPane->titleEdit()->text()); // forgets its history
        m_ui->editorPane->contentEdit()->document()->clearUndoRedoStacks();
    }
    m_ui->editorPane->contentEdit()->document()->setModified(false);
    m_ui->editorPane->noteShown();
    m_titleShown = m_ui->editorPane->titleEdit()->text();
    updateBacklinks();
    updateActions();
    updateEditorState();
}

void MainWindow::onTitleEdited(const QString &title)
{
    const int row = m_mapper->currentIndex();
    if (m_model && row >= 0)
        m_model->setData(m_model->index(row, m_model->titleColumn()), title);
}

void MainWindow::commitEditors()
{
    m_contentTimer.stop();
    if (m_model && m_mapper->currentIndex() >= 0 && !m_notebook->isReadOnly())
        m_mapper->submit();
}

void MainWindow::applyShelf()
{
    if (!m_model)
        return;
    commitEditors();
    const Place place = currentPlace();
    m_model->setShelf(m_ui->sidebar->shelf(), m_ui->sidebar->selectedTags());
    restorePlace(place);
    if (currentRow() < 0 && m_model->rowCount() > 0)
        setCurrentRow(0);
    updateActions();
    updateEditorState();
}

NoteModel::Sort MainWindow::chosenSort() const
{
    if (m_ui->actionSortCreated->isChecked())
        return NoteModel::Sort::Created;
    if (m_ui->actionSortTitle->isChecked())
        return NoteModel::Sort::Title;
    return NoteModel::Sort::Changed;
}

void MainWindow::applySort()
{
    if (!m_model || m_model->listOrder() == chosenSort())
        return;
    commitEditors();
    const Place place = currentPlace();
    m_model->setListOrder(chosenSort());
    restorePlace(place);
    updateActions();
}

void MainWindow::refreshSidebar()
{
    m_ui->sidebar->refresh();
    m_ui->editorPane->tagsEdit()->setKnownTags(m_ui->sidebar->tagNames());
}

void MainWindow::tagNotes(const QList<qint64> &ids, const QString &name)
{
    if (!m_model || m_notebook->isReadOnly())
        return;
    commitEditors();
    const int tagged = m_model->addTag(ids, name);
    statusBar()->showMessage(tr("Tagged %n note(s) “%1”; save to keep it.", nullptr, tagged).arg(name), 5000);
    updateActions();
}

void MainWindow::renameTag(const QString &name)
{
    if (!m_model || m_notebook->isReadOnly())
        return;
    const QString to = TagQuestion::askNewName(this, name, m_ui->sidebar->tagNames());
    if (to.isEmpty())
        return;
    const int renamed = changeTag(name, to);
    if (renamed >= 0) {
        m_ui->sidebar->followRename(name, to);
        statusBar()->showMessage(tr("Renamed “%1” to “%2” on %n note(s); save to keep it.", nullptr, renamed)
                                     .arg(name, to), 8000);
    }
}

void MainWindow::deleteTag(const QString &name, int notes)
{
    if (!m_model || m_notebook->isReadOnly() || !TagQuestion::askDelete(this, name, notes))
        return;
    const int changed = changeTag(name, QString());
    if (changed >= 0)
        statusBar()->showMessage(tr("Took “%1” off %n note(s); save to keep it.", nullptr, changed).arg(name), 8000);
}

int MainWindow::changeTag(const QString &from, const QString &to)
{
    commitEditors();
    const Place place = currentPlace();
    const int changed = to.isEmpty() ? m_model->removeTag(from) : m_model->renameTag(from, to);
    restorePlace(place);
    if (changed < 0) {
        QMessageBox::warning(this, tr("Tag Not Changed"),
                             tr("The tag “%1” was not changed. %2")
                                 .arg(from, ErrorMessages::listingFailed(m_model->errorKind(),
                                                                         m_notebook->location().displayName())));
    }
    updateActions();
    updateEditorState();
    return changed;
}

void MainWindow::setPinned(bool pinned)
{
    const int row = currentRow();
    if (!m_model || row < 0 || m_notebook->isReadOnly() || m_model->pinnedColumn() < 0)
        return;
    commitEditors();
    m_model->setData(m_model->index(row, m_model->pinnedColumn()), pinned ? 1 : 0);
    updateActions();
}

void MainWindow::applySearch()
{
    if (!m_model || m_model->searchText() == m_ui->listPane->searchText())
        return;
    commitEditors();
    const Place place = currentPlace();
    m_model->setSearchText(m_ui->listPane->searchText());
    restorePlace(place);
    updateActions();
}

void MainWindow::editFocused(const char *slot)
{
    QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus))
        QMetaObject::invokeMethod(focus, slot);
}

// --- state ------------------------------------------------------------------

void MainWindow::updateActions()
{
    const bool open = m_model != nullptr;
    const bool writable = open && !m_notebook->isReadOnly();
    const bool pending = open && m_model->hasPendingChanges();
    const int row = currentRow();
    const bool deleted = open && row >= 0
        && m_model->pendingState(row) == NoteModel::PendingState::Deleted;

    m_ui->actionSave->setEnabled(writable && pending);
    m_ui->actionRevert->setEnabled(pending);
    m_ui->actionNewNote->setEnabled(writable);
    m_ui->actionDeleteNote->setEnabled(writable && row >= 0);
    // On a deleted note, Delete brings it back, and says so.
    // In the Trash, Delete is for good.
    const bool forGood = open && m_model->shelf() == NoteModel::Shelf::Trash;
    const QString deleteText = deleted ? tr("&Restore Note") : forGood ? tr("Delete &Forever…") : tr("&Delete Note");
    if (m_ui->actionDeleteNote->text() != deleteText) {
        m_ui->actionDeleteNote->setText(deleteText);
        m_ui->actionDeleteNote->setIconText(deleted ? tr("Restore Note") : forGood ? tr("Delete Forever") : tr("Delete Note"));
        m_ui->actionDeleteNote->setIcon(themeIcon(deleted ? QStringLiteral("edit-undo") : QStringLiteral("edit-delete")));
        m_ui->actionDeleteNote->setStatusTip(deleted ? tr("Bring back the selected note, as it was before it was deleted")
                                             : forGood ? tr("Delete the selected note and its history for good when you next save")
                                                       : tr("Move the selected note to the Trash when you next save"));
    }
    m_ui->listPane->searchEdit()->setEnabled(open);
    const bool inTrash = open && m_model->shelf() == NoteModel::Shelf::Trash;
    m_ui->actionPutBack->setEnabled(writable && inTrash && row >= 0 && !deleted
                                    && !m_model->index(row, m_model->trashedColumn()).data().isNull());
    m_ui->actionEmptyTrash->setEnabled(writable && m_model->trashedColumn() >= 0);
    const bool canPin = writable && row >= 0 && !deleted && !inTrash && m_model->pinnedColumn() >= 0;
    m_ui->actionHistory->setEnabled(open && row >= 0 && m_model->excerptColumn() >= 0);
    // A note has an address once it is saved.
    m_ui->actionCopyLink->setEnabled(open && row >= 0 && m_model->noteId(row) >= 0);
    m_ui->actionAttachFile->setEnabled(writable && row >= 0 && !deleted && !inTrash
                                       && !m_ui->editorPane->contentEdit()->isReadOnly());
    m_ui->actionAttachments->setEnabled(open && row >= 0);
    const bool file = open && m_notebook->location().isFile();
    m_ui->actionImport->setEnabled(writable);
    m_ui->actionImportFolder->setEnabled(writable);
    m_ui->actionBackUp->setEnabled(file);
    m_ui->actionCopyToServer->setEnabled(file);
    m_ui->actionSaveCopyAs->setEnabled(open && !file);
    m_ui->actionExport->setEnabled(open);
    m_ui->actionPrint->setEnabled(open && row >= 0);
    m_ui->actionPinNote->setEnabled(canPin);
    m_ui->actionPinNote->setChecked(canPin && m_model->index(row, 0).data(NoteModel::PinnedRole).toBool());
    setWindowModified(pending);

    if (!open)
        m_ui->listPane->list()->setEmptyText(tr("No notebook is open. Open one with File ▸ Open Notebook."));
    else if (m_model->isSearching())
        m_ui->listPane->list()->setEmptyText(tr("No notes match “%1”.").arg(m_model->searchText()));
    else
        m_ui->listPane->list()->setEmptyText(
            tr("No notes yet — press %1 to write one.")
                .arg(m_ui->actionNewNote->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateEditorState()
{
    using State = NoteEditorPane::State;
    const int row = m_mapper->currentIndex();
    State state = State::NoNote;
    // Text that could not be read must not be edited: saving the empty
    // editor would write over it.
    if (m_model && row >= 0 && !m_model->index(row, m_model->contentColumn()).data().isValid())
        state = State::Unreadable;
    else if (m_model && row >= 0)
        // A note in the Trash is read until it is put back.
        state = m_notebook->isReadOnly() || m_model->pendingState(row) == NoteModel::PendingState::Deleted
                || m_model->shelf() == NoteModel::Shelf::Trash
            ? State::ReadOnly
            : State::Editable;
    m_ui->editorPane->setState(state, m_ui->actionNewNote->shortcut().toString(QKeySequence::NativeText));
}

void MainWindow::about()
{
    QString notebookText;
    if (m_notebook)
        notebookText = tr("<p>Notebook: %1<br>Schema version: %2</p>")
                           .arg((m_notebook->location().isFile() ? QDir::toNativeSeparators(m_notebook->path())
                                                                 : m_notebook->location().toString())
                                    .toHtmlEscaped())
                           .arg(m_notebook->schemaVersion());
    QMessageBox::about(
        this, tr("About Commonplace"),
        tr("<h3>Commonplace %1</h3>"
           "<p>A notes application that never loses a word.</p>"
           "<p>Commonplace is free software: you can redistribute it and/or modify it under the "
           "terms of the GNU General Public License, version 3 or later.</p>")
                .arg(QApplication::applicationVersion())
            + notebookText);
}

// --- window -----------------------------------------------------------------

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    writeSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        m_noteCount->setAccessibleName(tr("Number of notes"));
        if (m_model)
            updateNoteCount();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::updateNotebookTexts()
{
    if (m_notebook) {
        const bool lost = m_session && m_session->isConnectionLost();
        m_ui->noticeLabel->setText(lost ? tr("The connection to the server of “%1” was lost. Your changes are kept "
                                             "here; Commonplace connects again by itself, and then you can save them.")
                                              .arg(m_notebook->displayName())
                                        : m_notebook->readOnlyMessage());
        m_ui->noticeLabel->setVisible(lost || m_notebook->isReadOnly());
        setWindowTitle(tr("%1[*] — Commonplace").arg(m_notebook->displayName()));
    }
    fitNoticeHeight();
}

void MainWindow::retranslate()
{
    updateNotebookTexts();
    rebuildRecentMenu();
    updateActions();
    updateEditorState();
}

void MainWindow::applySpelling()
{
    // A missing dictionary only turns checking off: Preferences says why.
    m_ui->editorPane->contentEdit()->setSpelling(PreferencesDialog::spellingEnabled(),
                                                 PreferencesDialog::spellingLanguage());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::editorFontChanged, m_ui->editorPane->contentEdit(), &QWidget::setFont);
    connect(&dialog, &PreferencesDialog::spellingChanged, this, &MainWindow::applySpelling);
    dialog.exec();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    fitNoticeHeight();
}

// The main window's layout gives a word-wrapped label the height of its
// widest guess; give the notice exactly the lines it needs at this width.
void MainWindow::fitNoticeHeight()
{
    QLabel *notice = m_ui->noticeLabel;
    if (!notice->text().isEmpty())
        notice->setFixedHeight(qMax(0, notice->heightForWidth(m_ui->centralWidget->width())));
}

void MainWindow::readSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_ui->splitter->restoreState(settings.value(QStringLiteral("window/panes")).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/panes"), m_ui->splitter->saveState());
}
