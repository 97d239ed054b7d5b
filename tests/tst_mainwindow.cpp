#include "busydialog.h"
#include "connectdialog.h"
#include "historydialog.h"
#include "mainwindow.h"
#include "messageboxanswerer.h"
#include "notebookfile.h"
#include "notebooksession.h"
#include "notebookbackup.h"
#include "notelistdelegate.h"
#include "notelistview.h"
#include "notemodel.h"
#include "notetags.h"
#include "openrequests.h"
#include "passwordkeyring.h"
#include "preferencesdialog.h"
#include "recentnotebooks.h"
#include "sidebarmodel.h"
#include "sidebarview.h"
#include "tagedit.h"
#include "testsupport.h"
#include "translations.h"
#include "unsavedjournal.h"

#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QProcess>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPalette>
#include <QScopeGuard>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSpinBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QInputDialog>
#include <QContextMenuEvent>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>

#include <memory>

using namespace TestSupport;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void newNoteIsSavedAndReopened();
    void revertBringsBackTheSavedText();
    void deletedNoteIsGoneAfterSave();
    void closeWithPendingChangesAsks();
    void failedSaveInClosePromptKeepsWindow();
    void editActionsWorkOnFocusedEditor();
    void corruptFileKeepsCurrentNotebook();
    void openingAnotherNotebookAsksFirst();
    void fileOpenEventsWaitForTheWindowThenAsk();
    void damagedNotebookOffersItsBackup();
    void othersChangesAppearWithoutRestart();
    void saveAsksAboutNotesChangedElsewhere_data();
    void saveAsksAboutNotesChangedElsewhere();
    void backUpWritesACopyWhileOpen();
    void dailyBackupIsWrittenBesideTheWindow();
    void tooLongTitleCannotBeSaved();
    void searchAsYouType();
    void listFollowsTheDarkPalette();
    void everyControlHasAName();
    void keyboardReachesEverything();
    void markTerms_data();
    void markTerms();
    void upgradeSaysWhatItIsDoing();
    void editingAFoundNoteSurvivesNewSearches();
    void listFillsWithOneQuery();
    void selectionStaysOnEditedNoteAfterSave();
    void revertedNewNoteHandsSelectionToNeighbour();
    void readOnlyNotebookCannotBeEdited();
    void unreadableNoteTextCannotBeEdited();
    void firstStartCreatesDefaultWithWelcome();
    void missingLastNotebookFallsBackToDefault();
    void recentNotebooksMenu();
    void emptyNotebookShowsHints();
    void escapeKeepsWhatWasTyped();
    void steadyTypingReachesTheJournal();
    void titlesCountCharacters();
    void pastedTitleBecomesOneLine();
    void revertDuringSearchListsOnlyMatches();
    void undoStaysWithinItsNote();
    void pastingHtmlOnlyInsertsItsText();
    void deleteCanBeUndoneUntilSave();
    void newNotesKeepTheirOrderWhenSaved();
    void emptyTitleSaysWhatItNeeds();
    void newNotebookStartsInTheHomeFolder();
    void teamNotebookLocationSaysNotYet();
    void connectDialogGivesALocation();
    void connectingAsksForThePassword();
    void aTeamNotebookIsSetUpAndUsed();
    void copiesToAServerAndBack();
    void aTeamNotebookListGrowsAsItIsScrolled();
    void passwordsAreKeptInTheKeyring();
    void tagFieldTagsAndCompletes();
    void sidebarFiltersTheList();
    void droppedNotesGetTheTag();
    void tagMenuRenamesMergesAndDeletes();
    void pinnedNoteStaysOnTop();
    void trashPutsBackAndEmpties();
    void historyDialogRestores();
    void sortIsRemembered();

private:
    // A window on path, shown and active, so shortcuts reach it.
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    void addNotes(const QString &path, const QStringList &titles);

    template<typename T>
    T *child(QObject &window, const char *name)
    {
        T *widget = window.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    // Presses a key combination the way a user does: on the active window,
    // so it reaches the window's shortcuts (a closed dialog may have taken
    // the activation with it).
    void press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);
    // Types text at the end of the current note, as a user who clicked there.
    void typeAtEnd(MainWindow &window, const QString &text);
    QString titleAt(MainWindow &window, int row);
    int currentRow(MainWindow &window);


    // A keyring of the tests' own (gnome-keyring on a D-Bus of their own):
    // the user's is never read or written. Empty m_keyringProblem: running.
    void startKeyring();
    std::unique_ptr<QTemporaryDir> m_keyringDir;
    QProcess m_bus;
    QProcess m_keyringDaemon;
    QString m_keyringProblem;

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestMainWindow::initTestCase()
{
    useTestAppData();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QString());
    startKeyring();
}

void TestMainWindow::cleanupTestCase()
{
    for (QProcess *process : {&m_keyringDaemon, &m_bus}) {
        process->kill();
        process->waitForFinished();
    }
}

void TestMainWindow::startKeyring()
{
    // Until it runs, no bus at all, so that nothing reaches the user's.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    m_keyringDir = std::make_unique<QTemporaryDir>();
    const QString folder = m_keyringDir->path();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), folder);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), folder + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), folder);
    m_bus.setProcessEnvironment(environment);
    m_bus.start(QStringLiteral("dbus-daemon"), {QStringLiteral("--session"), QStringLiteral("--nofork"),
                                                QStringLiteral("--print-address=1")});
    if (!m_bus.waitForStarted() || !m_bus.waitForReadyRead(5000)) {
        m_keyringProblem = QStringLiteral("dbus-daemon did not start (Debian's dbus)");
        return;
    }
    const QByteArray address = m_bus.readLine().trimmed();
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QString::fromUtf8(address));
    m_keyringDaemon.setProcessEnvironment(environment);
    // --unlock: a login keyring with the password on its input, made and
    // unlocked, so that nothing asks for one.
    m_keyringDaemon.start(QStringLiteral("gnome-keyring-daemon"),
                          {QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                           QStringLiteral("--components=secrets")});
    if (!m_keyringDaemon.waitForStarted()) {
        m_keyringProblem = QStringLiteral("gnome-keyring-daemon did not start (Debian's gnome-keyring)");
        return;
    }
    m_keyringDaemon.write("tests");
    m_keyringDaemon.closeWriteChannel();
    // Ready once it holds the Secret Service's name on the bus.
    QProcess ask;
    ask.setProcessEnvironment(environment);
    for (int i = 0; i < 100; ++i) {
        ask.start(QStringLiteral("dbus-send"), {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                                                 QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/"),
                                                 QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                                                 QStringLiteral("string:org.freedesktop.secrets")});
        if (ask.waitForFinished() && ask.readAll().contains("boolean true")) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", address);
            return;
        }
        QTest::qWait(50);
    }
    m_keyringProblem = QStringLiteral("gnome-keyring-daemon never offered the Secret Service");
}

void TestMainWindow::init()
{
    QSettings().clear();
    QFile::remove(MainWindow::defaultNotebookPath());
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestMainWindow::cleanup()
{
    m_dir.reset();
    QFile::remove(MainWindow::defaultNotebookPath());
    clearTestAppData(); // windows closed with changes leave their journals
}

std::unique_ptr<MainWindow> TestMainWindow::openWindow(const QString &path)
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    if (!window->openNotebook(path))
        QTest::qFail("the notebook did not open", __FILE__, __LINE__);
    return window;
}

void TestMainWindow::addNotes(const QString &path, const QStringList &titles)
{
    QVERIFY(createNotebookAtVersion(path, Notebook::latestSchemaVersion(), {}));
    QSqlDatabase db = rawConnection(path);
    const bool added = insertNotes(db, titles, QStringLiteral("Text of %1"));
    closeConnection(db);
    QVERIFY(added);
}

void TestMainWindow::press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, key, modifiers);
}

void TestMainWindow::typeAtEnd(MainWindow &window, const QString &text)
{
    auto *content = child<QPlainTextEdit>(window, "contentEdit");
    content->setFocus();
    QTest::keyClick(content, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(content, text);
}

QString TestMainWindow::titleAt(MainWindow &window, int row)
{
    auto *list = child<NoteListView>(window, "noteList");
    return list->model()->index(row, list->modelColumn()).data().toString();
}

int TestMainWindow::currentRow(MainWindow &window)
{
    return child<NoteListView>(window, "noteList")->currentIndex().row();
}

void TestMainWindow::newNoteIsSavedAndReopened()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    auto *save = child<QAction>(*window, "actionSave");
    QVERIFY(!save->isEnabled());

    press(*window, Qt::Key_N);
    QCOMPARE(child<NoteListView>(*window, "noteList")->model()->rowCount(), 1);
    QVERIFY(title->hasFocus());
    QCOMPARE(title->text(), QStringLiteral("Untitled note"));
    QTest::keyClicks(title, QStringLiteral("Shopping list")); // replaces the selected default
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Shopping list")); // the list follows as you type
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral("Milk, eggs; bread"));
    QVERIFY(save->isEnabled());
    QVERIFY(window->isWindowModified());
    QVERIFY(window->windowTitle().startsWith(QLatin1String("notes[*]")));

    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QVERIFY(!save->isEnabled());
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("Saved 1 change."));
    QVERIFY(window->close());
    window.reset();

    window = openWindow(path);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Shopping list"));
    QCOMPARE(child<QLineEdit>(*window, "titleEdit")->text(), QStringLiteral("Shopping list"));
    QCOMPARE(child<QPlainTextEdit>(*window, "contentEdit")->toPlainText(),
             QStringLiteral("Milk, eggs; bread"));
}

void TestMainWindow::revertBringsBackTheSavedText()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Poem")});
    auto window = openWindow(path);
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Poem"));
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral(" and a new line"));
    QVERIFY(window->isWindowModified());

    // Cancel first: nothing changes.
    {
        MessageBoxAnswerer answerer({QMessageBox::Cancel});
        child<QAction>(*window, "actionRevert")->trigger();
        QVERIFY(answerer.allAnswered());
    }
    QVERIFY(window->isWindowModified());
    {
        MessageBoxAnswerer answerer({QMessageBox::Discard});
        child<QAction>(*window, "actionRevert")->trigger();
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Poem"));
    QVERIFY(!window->isWindowModified());
    QVERIFY(!child<QAction>(*window, "actionRevert")->isEnabled());
}

void TestMainWindow::deletedNoteIsGoneAfterSave()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Keep"), QStringLiteral("Remove")});
    auto window = openWindow(path);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Remove"));
    auto *list = child<NoteListView>(*window, "noteList");
    list->setFocus();
    // To the Trash, without a question: nothing is lost by it.
    QTest::keyClick(list, Qt::Key_Delete);
    // Pending: still listed, marked, and not editable.
    QCOMPARE(list->model()->index(0, list->modelColumn()).data(NoteModel::PendingStateRole)
                 .value<NoteModel::PendingState>(),
             NoteModel::PendingState::Deleted);
    QVERIFY(child<QPlainTextEdit>(*window, "contentEdit")->isReadOnly());
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("Keep"), QStringLiteral("Remove")}));

    press(*window, Qt::Key_S);
    QVERIFY(window->close());
    window = openWindow(path);
    list = child<NoteListView>(*window, "noteList");
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Keep"));

    // In the Trash, Delete asks, and the save removes it for good.
    auto *sidebar = child<SidebarView>(*window, "sidebar");
    sidebar->showTrash();
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Remove"));
    QCOMPARE(child<QAction>(*window, "actionDeleteNote")->text(), QStringLiteral("Delete &Forever…"));
    list->setFocus();
    {
        MessageBoxAnswerer answerer({QMessageBox::Yes});
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(answerer.allAnswered());
        QVERIFY(answerer.seen().first().text.contains(QLatin1String("Remove")));
    }
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Keep")});
}

void TestMainWindow::closeWithPendingChangesAsks()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Draft")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Final"));

    // Cancel: the window and the edit stay.
    {
        MessageBoxAnswerer answerer({QMessageBox::Cancel});
        QVERIFY(!window->close());
        QVERIFY(answerer.allAnswered());
        QVERIFY(answerer.seen().first().text.contains(QLatin1String("notes")));
    }
    QVERIFY(window->isVisible());
    QCOMPARE(title->text(), QStringLiteral("Final"));
    QVERIFY(window->isWindowModified());

    // Discard: closes, nothing written.
    {
        MessageBoxAnswerer answerer({QMessageBox::Discard});
        QVERIFY(window->close());
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Draft")});

    // Save: closes, written.
    window = openWindow(path);
    title = child<QLineEdit>(*window, "titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Final"));
    {
        MessageBoxAnswerer answerer({QMessageBox::Save});
        QVERIFY(window->close());
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Final")});
}

void TestMainWindow::failedSaveInClosePromptKeepsWindow()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Short")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QString(NoteModel::MaxTitleLength + 5, QLatin1Char('y')));
    {
        // Save in the prompt, which fails and says so: the window stays.
        MessageBoxAnswerer answerer({QMessageBox::Save, QMessageBox::Ok});
        QVERIFY(!window->close());
        QVERIFY(answerer.allAnswered());
        QVERIFY(answerer.seen().at(1).text.contains(QLatin1String("120")));
    }
    QVERIFY(window->isVisible());
    QVERIFY(window->isWindowModified());
    QCOMPARE(title->text().size(), NoteModel::MaxTitleLength + 5);
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Short")});
    MessageBoxAnswerer answerer({QMessageBox::Discard});
    QVERIFY(window->close());
}

void TestMainWindow::editActionsWorkOnFocusedEditor()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Words")});
    auto window = openWindow(path);
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    auto *title = child<QLineEdit>(*window, "titleEdit");
    typeAtEnd(*window, QStringLiteral(" more"));
    child<QAction>(*window, "actionUndo")->trigger();
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Words"));
    child<QAction>(*window, "actionRedo")->trigger();
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Words more"));

    title->setFocus();
    child<QAction>(*window, "actionSelectAll")->trigger();
    QCOMPARE(title->selectedText(), QStringLiteral("Words"));
    child<QAction>(*window, "actionCut")->trigger();
    QCOMPARE(title->text(), QString());
    child<QAction>(*window, "actionPaste")->trigger();
    QCOMPARE(title->text(), QStringLiteral("Words"));
}

void TestMainWindow::corruptFileKeepsCurrentNotebook()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    const QString corrupt = m_dir->filePath(QStringLiteral("corrupt.cpbook"));
    addNotes(path, {QStringLiteral("Mine")});
    {
        QFile file(corrupt);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, '\x5a'));
    }
    const QByteArray corruptHash = fileHash(corrupt);
    auto window = openWindow(path);
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    typeAtEnd(*window, QStringLiteral(" -- unsaved words"));

    {
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        QVERIFY(!window->openNotebook(corrupt));
        QVERIFY(answerer.allAnswered());
        QVERIFY2(answerer.seen().first().text.contains(QLatin1String("not a Commonplace notebook")),
                 qPrintable(answerer.seen().first().text));
    }
    QCOMPARE(window->notebook()->path(), path);
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Mine -- unsaved words"));
    QVERIFY(window->isWindowModified());
    QVERIFY(window->model()->hasPendingChanges());
    QCOMPARE(fileHash(corrupt), corruptHash);
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
}

void TestMainWindow::openingAnotherNotebookAsksFirst()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    const QString other = m_dir->filePath(QStringLiteral("other.cpbook"));
    addNotes(path, {QStringLiteral("Here")});
    addNotes(other, {QStringLiteral("There")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    title->setFocus();
    QTest::keyClicks(title, QStringLiteral(" and now"));
    {
        MessageBoxAnswerer answerer({QMessageBox::Cancel});
        QVERIFY(!window->openNotebook(other));
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(window->notebook()->path(), path);
    QVERIFY(window->isWindowModified());
    QCOMPARE(title->text(), titleAt(*window, 0));
    // A notebook still to be made (handed over by a second start, say):
    // Cancel makes no file either.
    const QString absent = m_dir->filePath(QStringLiteral("new one.cpbook"));
    {
        MessageBoxAnswerer answerer({QMessageBox::Cancel});
        window->openRequested(absent);
        QVERIFY(answerer.allAnswered());
    }
    QVERIFY(!QFileInfo::exists(absent));
    QCOMPARE(window->notebook()->path(), path);
    QVERIFY(window->isWindowModified());
    {
        MessageBoxAnswerer answerer({QMessageBox::Discard});
        QVERIFY(window->openNotebook(other));
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(window->notebook()->path(), other);
    QCOMPARE(title->text(), QStringLiteral("There"));
    QVERIFY(!window->isWindowModified());
    QVERIFY(window->windowTitle().startsWith(QLatin1String("other[*]")));
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Here")});
}

void TestMainWindow::fileOpenEventsWaitForTheWindowThenAsk()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    const QString other = m_dir->filePath(QStringLiteral("other.cpbook"));
    addNotes(path, {QStringLiteral("Here")});
    addNotes(other, {QStringLiteral("There")});
    auto window = openWindow(path);
    OpenRequests requests;
    connect(&requests, &OpenRequests::openRequested, window.get(), &MainWindow::openRequested);
    typeAtEnd(*window, QStringLiteral(" and more"));
    QVERIFY(window->isWindowModified());

    // What Finder sends on macOS when a notebook is double-clicked: held
    // until the window says it is ready.
    QFileOpenEvent event(QUrl::fromLocalFile(other));
    QCoreApplication::sendEvent(qApp, &event);
    QTest::qWait(50);
    QCOMPARE(window->notebook()->path(), path);

    MessageBoxAnswerer answerer({QMessageBox::Discard});
    requests.setReady();
    QTRY_COMPARE(window->notebook()->path(), other);
    QVERIFY(answerer.allAnswered());
    QVERIFY2(answerer.seen().first().text.contains(QStringLiteral("Save the changes to “notes”")),
             qPrintable(answerer.seen().first().text));
    QCOMPARE(titleAt(*window, 0), QStringLiteral("There"));
}

void TestMainWindow::damagedNotebookOffersItsBackup()
{
    const QString path = m_dir->filePath(QStringLiteral("diary.cpbook"));
    QStringList titles;
    for (int i = 0; i < 300; ++i)
        titles << QStringLiteral("Entry %1").arg(i, 3, 10, QLatin1Char('0'));
    addNotes(path, titles);
    // Opening it once makes today's backup.
    openWindow(path).reset();
    QCOMPARE(NotebookBackup::backupsOf(path).size(), 1);

    // Then the disk damages the note table.
    QVERIFY(corruptNoteTable(path));
    const QByteArray damagedHash = fileHash(path);

    auto window = openWindow(m_dir->filePath(QStringLiteral("other.cpbook")));
    {
        MessageBoxAnswerer answerer({QMessageBox::Open});
        QVERIFY(window->openNotebook(path) == false);
        QVERIFY(answerer.allAnswered());
        QVERIFY2(answerer.seen().first().text.contains(QLatin1String("damaged")),
                 qPrintable(answerer.seen().first().text));
        QVERIFY(answerer.seen().first().informativeText.contains(QLatin1String("backup")));
    }
    QCOMPARE(window->notebook()->path(), m_dir->filePath(QStringLiteral("diary (restored from backup).cpbook")));
    // Every note is there.
    QVERIFY(window->model()->rowForId(300) >= 0);
    QCOMPARE(scalar(window->notebook()->database(), QStringLiteral("SELECT count(*) FROM note")).toInt(), 300);
    QCOMPARE(fileHash(path), damagedHash);
}

void TestMainWindow::othersChangesAppearWithoutRestart()
{
    const QString path = m_dir->filePath(QStringLiteral("shared.cpbook"));
    addNotes(path, {QStringLiteral("Ours")});
    auto window = openWindow(path);
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    typeAtEnd(*window, QStringLiteral(" typed here"));

    // A second window (here: a plain connection) saves a note.
    QVERIFY(execElsewhere(path, {QStringLiteral("INSERT INTO note (title, content) VALUES ('Theirs', 'x')")}));
    // Shown while idle, without reopening; what was typed here stays.
    QTRY_COMPARE(window->model()->rowCount(), 2);
    QCOMPARE(window->notebook()->path(), path);
    QVERIFY(window->isWindowModified());
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Ours typed here"));
    QCOMPARE(child<QLineEdit>(*window, "titleEdit")->text(), QStringLiteral("Ours"));
    QVERIFY(window->save());
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("Ours"), QStringLiteral("Theirs")}));
}

void TestMainWindow::saveAsksAboutNotesChangedElsewhere_data()
{
    QTest::addColumn<int>("answer");
    QTest::addColumn<QStringList>("titles");
    QTest::addColumn<QString>("content");
    QTest::newRow("keep mine") << int(QMessageBox::Save) << QStringList{QStringLiteral("Plan")}
                               << QStringLiteral("Text of Plan, my edit");
    QTest::newRow("take theirs") << int(QMessageBox::Discard) << QStringList{QStringLiteral("Plan")}
                                 << QStringLiteral("Their edit");
    QTest::newRow("keep both") << int(QMessageBox::SaveAll)
                               << QStringList{QStringLiteral("Plan"), QStringLiteral("Plan (my version)")}
                               << QStringLiteral("Their edit");
    QTest::newRow("cancel") << int(QMessageBox::Cancel) << QStringList{QStringLiteral("Plan")}
                            << QStringLiteral("Their edit");
}

void TestMainWindow::saveAsksAboutNotesChangedElsewhere()
{
    QFETCH(int, answer);
    QFETCH(QStringList, titles);
    QFETCH(QString, content);
    const QString path = m_dir->filePath(QStringLiteral("shared.cpbook"));
    addNotes(path, {QStringLiteral("Plan")});
    auto window = openWindow(path);
    auto *editor = child<QPlainTextEdit>(*window, "contentEdit");
    typeAtEnd(*window, QStringLiteral(", my edit"));
    QVERIFY(execElsewhere(path, {QStringLiteral("UPDATE note SET content = 'Their edit'")}));

    {
        MessageBoxAnswerer answerer({QMessageBox::StandardButton(answer)});
        QCOMPARE(window->save(), answer != QMessageBox::Cancel);
        QVERIFY(answerer.allAnswered());
        QVERIFY2(answerer.seen().first().text.contains(QLatin1String("changed in another window")),
                 qPrintable(answerer.seen().first().text));
    }
    QCOMPARE(titlesOnDisk(path), titles);
    QSqlDatabase check = rawConnection(path);
    QCOMPARE(scalar(check, QStringLiteral("SELECT content FROM note WHERE title = 'Plan'")).toString(), content);
    closeConnection(check);
    // Cancel keeps the edit pending; every other answer leaves nothing pending.
    QCOMPARE(window->isWindowModified(), answer == QMessageBox::Cancel);
    if (answer == QMessageBox::Discard)
        QCOMPARE(editor->toPlainText(), QStringLiteral("Their edit"));
    // Closing asks only while the cancelled edit is still pending.
    if (answer == QMessageBox::Cancel) {
        MessageBoxAnswerer discard({QMessageBox::Discard});
        QVERIFY(window->close());
        QVERIFY(discard.allAnswered());
    } else {
        QVERIFY(window->close()); // no question: a box here would block the test
    }
}

void TestMainWindow::backUpWritesACopyWhileOpen()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    const QString target = m_dir->filePath(QStringLiteral("copy.cpbook"));
    addNotes(path, {QStringLiteral("Saved")});
    auto window = openWindow(path);
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(window->isWindowModified());
    QVERIFY(window->backUpTo(target));
    QVERIFY(window->statusBar()->currentMessage().contains(QLatin1String("copy.cpbook")));
    QVERIFY(window->isWindowModified()); // the pending note stays pending
    QCOMPARE(titlesOnDisk(target), QStringList{QStringLiteral("Saved")});
}

void TestMainWindow::dailyBackupIsWrittenBesideTheWindow()
{
    const QString path = m_dir->filePath(QStringLiteral("daily.cpbook"));
    addNotes(path, {QStringLiteral("Kept safe")});
    auto window = openWindow(path);
    // The window is usable at once; the copy appears when written.
    QVERIFY(child<QLineEdit>(*window, "searchEdit")->isEnabled());
    QTRY_COMPARE(NotebookBackup::backupsOf(path).size(), 1);
    const QString backup = NotebookBackup::backupsOf(path).first();
    QVERIFY2(backup.endsWith(QStringLiteral(".cpbook")), qPrintable(backup));
    QCOMPARE(titlesOnDisk(backup), QStringList{QStringLiteral("Kept safe")});
}

void TestMainWindow::tooLongTitleCannotBeSaved()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Other"), QStringLiteral("Long")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    // An edit in one note...
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral(" plus more"));
    // ...and a title of 121 characters in another.
    child<NoteListView>(*window, "noteList")->setCurrentIndex(
        window->model()->index(1, window->model()->titleColumn()));
    QCOMPARE(title->text(), QStringLiteral("Other"));
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QString(NoteModel::MaxTitleLength + 1, QLatin1Char('x')));
    QCOMPARE(title->text().size(), NoteModel::MaxTitleLength + 1); // nothing cut off silently
    QCOMPARE(child<QLabel>(*window, "titleCounter")->text(), QStringLiteral("121/120"));
    QVERIFY(child<QLabel>(*window, "titleWarning")->isVisible());

    {
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        press(*window, Qt::Key_S);
        QVERIFY(answerer.allAnswered());
        QVERIFY2(answerer.seen().first().text.contains(QLatin1String("120 characters")),
                 qPrintable(answerer.seen().first().text));
        QVERIFY(answerer.seen().first().detailedText.contains(QLatin1String("CHECK constraint")));
    }
    QVERIFY(window->isWindowModified());
    QCOMPARE(window->model()->pendingChangeCount(), 2);
    QCOMPARE(title->text().size(), NoteModel::MaxTitleLength + 1);
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("Long"), QStringLiteral("Other")}));

    // One character less and the whole batch saves.
    title->setFocus();
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(!child<QLabel>(*window, "titleWarning")->isVisible());
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path),
             (QStringList{QStringLiteral("Long"), QString(NoteModel::MaxTitleLength, QLatin1Char('x'))}));
}

void TestMainWindow::searchAsYouType()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("100% sure"), QStringLiteral("100 percent"),
                    QStringLiteral("snake_case"), QStringLiteral("snakeXcase"),
                    QStringLiteral("it's raining"), QStringLiteral("its raining")});
    auto window = openWindow(path);
    auto *search = child<QLineEdit>(*window, "searchEdit");
    auto *list = child<NoteListView>(*window, "noteList");
    const auto shown = [&] {
        QStringList titles;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            titles << titleAt(*window, row);
        return titles;
    };
    const int rowHeight = list->visualRect(list->model()->index(0, list->modelColumn())).height();

    press(*window, Qt::Key_F);
    QVERIFY(search->hasFocus());
    // A word finds its prefix in titles and text, best first.
    QTest::keyClicks(search, QStringLiteral("perc"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("100 percent")});
    // Each found note shows a passage of its text under the title, in
    // place of the start of its text: the row keeps its height.
    QVERIFY(list->model()->index(0, 0).data(NoteModel::SnippetRole).toString().contains(QLatin1String("perc")));
    QCOMPARE(list->visualRect(list->model()->index(0, list->modelColumn())).height(), rowHeight);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("RAIN"));
    QTRY_COMPARE(shown().size(), 2);
    // Characters that are not words are looked for as they are.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("%"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("100% sure")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("_"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("snake_case")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("'"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("it's raining")});
    // FTS5 syntax is only text.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("NEAR(\"snake -case* title:"));
    QTRY_COMPARE(shown(), QStringList());
    QVERIFY(list->emptyText().contains(QLatin1String("NEAR(")));
    QVERIFY(!child<QLineEdit>(*window, "titleEdit")->isEnabled());
    search->clear();
    QTRY_COMPARE(shown().size(), 6);
    QCOMPARE(list->visualRect(list->model()->index(0, list->modelColumn())).height(), rowHeight);
}

namespace {

// Notes the text of every progress dialog that shows.
class ProgressWatcher final : public QObject
{
public:
    QStringList texts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (auto *dialog = qobject_cast<QProgressDialog *>(watched); dialog && event->type() == QEvent::Show)
            texts << dialog->labelText();
        return false;
    }
};

} // namespace

void TestMainWindow::upgradeSaysWhatItIsDoing()
{
    const QString path = m_dir->filePath(QStringLiteral("Old notes.cpbook"));
    QStringList titles;
    for (int i = 0; i < 3000; ++i)
        titles << QStringLiteral("Lantern %1").arg(i);
    QVERIFY(createNotebookAtVersion(path, 3, titles));
    ProgressWatcher watcher;
    qApp->installEventFilter(&watcher);
    BusyDialog::setDelay(0); // as if the upgrade took long
    auto window = openWindow(path);
    BusyDialog::setDelay(400);
    qApp->removeEventFilter(&watcher);

    QCOMPARE(watcher.texts.size(), 1);
    QVERIFY2(watcher.texts.first().contains(QStringLiteral("Preparing “Old notes”")), qPrintable(watcher.texts.first()));
    const auto visibleDialogs = [] {
        int visible = 0;
        for (QWidget *widget : QApplication::topLevelWidgets())
            visible += qobject_cast<QProgressDialog *>(widget) && widget->isVisible();
        return visible;
    };
    QCOMPARE(visibleDialogs(), 0);
    QCOMPARE(window->model()->hasSearchIndex(), true);
    auto *search = child<QLineEdit>(*window, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("2999"));
    QTRY_COMPARE(titleAt(*window, 0), QStringLiteral("Lantern 2999"));
}

void TestMainWindow::listFollowsTheDarkPalette()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("MMMMMMMM"), QStringLiteral("WWWWWWWW")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    // A dark palette, as a desktop in dark mode gives: the rows the list
    // draws itself use it, text light on dark, while searching too.
    QPalette dark = list->palette();
    for (const auto group : {QPalette::Active, QPalette::Inactive}) {
        dark.setColor(group, QPalette::Base, QColor(30, 30, 30));
        dark.setColor(group, QPalette::Text, QColor(235, 235, 235));
        dark.setColor(group, QPalette::PlaceholderText, QColor(160, 160, 160));
        dark.setColor(group, QPalette::Highlight, QColor(40, 90, 160));
        dark.setColor(group, QPalette::HighlightedText, Qt::white);
    }
    list->setPalette(dark);
    auto *search = child<QLineEdit>(*window, "searchEdit");
    for (const QString &text : {QString(), QStringLiteral("text")}) {
        search->setText(text);
        QTRY_COMPARE(window->model()->searchText(), text);
        const int unselected = currentRow(*window) == 0 ? 1 : 0;
        const QRect row = list->visualRect(list->model()->index(unselected, list->modelColumn()));
        const QImage image = list->viewport()->grab(row).toImage();
        int light = 0;
        int darkPixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const int lightness = image.pixelColor(x, y).lightness();
                light += lightness > 180;
                darkPixels += lightness < 60;
            }
        }
        QVERIFY2(darkPixels > image.width() * image.height() / 2, qPrintable(text)); // the background
        QVERIFY2(light > 20, qPrintable(text)); // the title's letters
    }
}

void TestMainWindow::everyControlHasAName()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("A")});
    auto window = openWindow(path);
    PreferencesDialog preferences(window.get());
    preferences.show();
    ConnectDialog connect(window.get());
    connect.show();
    // What a screen reader announces for each control the keyboard reaches:
    // its accessible name, or the text of the label that is its buddy.
    for (QWidget *top : {static_cast<QWidget *>(window.get()), static_cast<QWidget *>(&preferences),
                         static_cast<QWidget *>(&connect)}) {
        const QList<QWidget *> widgets = top->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus
                || widget->focusProxy() || qobject_cast<QAbstractScrollArea *>(widget->parentWidget()))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            QVERIFY(accessible);
            QVERIFY2(!accessible->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(widget->metaObject()->className() + QStringLiteral(" ") + widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 4);
    }
}

void TestMainWindow::keyboardReachesEverything()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("A")});
    auto window = openWindow(path);
    // Tab goes through the window in reading order.
    QStringList order;
    auto *sidebar = child<QWidget>(*window, "sidebar");
    sidebar->setFocus();
    QWidget *focus = sidebar;
    for (int i = 0; i < 6; ++i) {
        order << focus->objectName();
        QTest::keyClick(focus, Qt::Key_Tab);
        focus = QApplication::focusWidget();
        QVERIFY(focus);
    }
    QCOMPARE(order, (QStringList{QStringLiteral("sidebar"), QStringLiteral("searchEdit"), QStringLiteral("noteList"),
                                 QStringLiteral("titleEdit"), QStringLiteral("tagsEdit"), QStringLiteral("contentEdit")}));
    // Every action is in a menu, which shows its shortcut; each menu has an
    // access key.
    QList<QAction *> inMenus;
    for (QAction *menu : window->menuBar()->actions()) {
        QVERIFY2(menu->text().contains(QLatin1Char('&')), qPrintable(menu->text()));
        const QList<QAction *> items = menu->menu()->actions();
        inMenus += items;
        QSet<QChar> keys;
        for (const QAction *item : items) {
            if (item->isSeparator())
                continue;
            const qsizetype amp = item->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0, qPrintable(item->text()));
            const QChar key = item->text().at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(item->text())); // one item per key
            keys.insert(key);
        }
    }
    for (QAction *action : window->findChild<QToolBar *>()->actions()) {
        if (!action->isSeparator())
            QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
    }
    for (QAction *action : {window->findChild<QAction *>(QStringLiteral("actionSave")),
                            window->findChild<QAction *>(QStringLiteral("actionFind")),
                            window->findChild<QAction *>(QStringLiteral("actionNewNote"))})
        QVERIFY(!action->shortcut().isEmpty());
}

void TestMainWindow::markTerms_data()
{
    // [ and ] stand for the highlight marks.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QString>("marked");
    QTest::newRow("none") << QStringLiteral("我的笔记本") << QStringList() << QStringLiteral("我的笔记本");
    QTest::newRow("one") << QStringLiteral("我的笔记本") << QStringList{QStringLiteral("笔记")}
                         << QStringLiteral("我的[笔记]本");
    QTest::newRow("every one, ignoring case") << QStringLiteral("Fox and fox") << QStringList{QStringLiteral("FOX")}
                                              << QStringLiteral("[Fox] and [fox]");
    QTest::newRow("overlapping terms join") << QStringLiteral("abcd") << QStringList{QStringLiteral("ab"), QStringLiteral("bc")}
                                            << QStringLiteral("[abc]d");
    QTest::newRow("marked already") << QStringLiteral("[fox] fox") << QStringList{QStringLiteral("fox")}
                                    << QStringLiteral("[fox] [fox]");
    QTest::newRow("percent") << QStringLiteral("100% sure") << QStringList{QStringLiteral("%")}
                             << QStringLiteral("100[%] sure");
}

void TestMainWindow::markTerms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QString, marked);
    const auto marks = [](QString s) {
        return s.replace(QLatin1Char('['), QChar(NoteModel::HighlightStart))
            .replace(QLatin1Char(']'), QChar(NoteModel::HighlightEnd));
    };
    QCOMPARE(NoteListDelegate::markTerms(marks(text), terms), marks(marked));
}

void TestMainWindow::editingAFoundNoteSurvivesNewSearches()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Apple"), QStringLiteral("Banana"), QStringLiteral("Cherry")});
    auto window = openWindow(path);
    auto *search = child<QLineEdit>(*window, "searchEdit");
    auto *list = child<NoteListView>(*window, "noteList");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");

    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("banana"));
    QTRY_COMPARE(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, list->modelColumn()));
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Banana"));
    typeAtEnd(*window, QStringLiteral(", ripe"));
    QVERIFY(window->isWindowModified());

    // Another search: the edited note stays listed, first, with the edit.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("cherry"));
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Banana"));
    QCOMPARE(titleAt(*window, 1), QStringLiteral("Cherry"));
    QCOMPARE(currentRow(*window), 0);
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Banana, ripe"));
    QVERIFY(window->isWindowModified());

    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QSqlDatabase db = rawConnection(path, QStringLiteral("QSQLITE_OPEN_READONLY"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT content FROM note WHERE title = 'Banana'")).toString(),
             QStringLiteral("Text of Banana, ripe"));
    closeConnection(db);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ripe"));
    QTRY_COMPARE(titleAt(*window, 0), QStringLiteral("Banana"));
    QCOMPARE(list->model()->rowCount(), 1);
}

void TestMainWindow::listFillsWithOneQuery()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    QStringList titles;
    for (int i = 0; i < 2000; ++i)
        titles << QStringLiteral("Note %1").arg(i);
    addNotes(path, titles);
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    StatementLog log(window->model()->database());
    // Scroll to the end of the list, as a user dragging the scroll bar
    // would: the list fetches rows as it nears its end.
    QScrollBar *bar = list->verticalScrollBar();
    const auto scrollToEnd = [&] {
        bar->setValue(bar->maximum());
        return list->indexAt(list->viewport()->rect().bottomLeft() + QPoint(4, -4)).data().toString();
    };
    QTRY_COMPARE(scrollToEnd(), QStringLiteral("Note 0"));
    QCOMPARE(list->model()->rowCount(), 2000);
    // And the last note opened: its text is read, alone.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                      list->visualRect(list->model()->index(1999, list->modelColumn())).center());
    QCOMPARE(child<QPlainTextEdit>(*window, "contentEdit")->toPlainText(), QStringLiteral("Text of Note 0"));
    // The rows came in batches from the statement that listed them; the one
    // more is the content of the note now shown. (PRAGMA data_version is the
    // window looking for changes saved elsewhere, on a timer.)
    QStringList statements = log.statements();
    statements.removeIf([](const QString &sql) { return sql.startsWith(QLatin1String("PRAGMA")); });
    QVERIFY2(statements.filter(QStringLiteral("SELECT content FROM note WHERE id =")).size() == 1,
             qPrintable(statements.join(QLatin1Char('\n'))));
    QVERIFY2(statements.size() <= 2, qPrintable(statements.join(QLatin1Char('\n'))));
}

void TestMainWindow::selectionStaysOnEditedNoteAfterSave()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    list->setCurrentIndex(window->model()->index(2, window->model()->titleColumn()));
    QCOMPARE(titleAt(*window, 2), QStringLiteral("B"));
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    typeAtEnd(*window, QStringLiteral("!"));
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    // B was changed last, so it moved to the top, and it is still the one shown.
    QCOMPARE(currentRow(*window), 0);
    QCOMPARE(titleAt(*window, currentRow(*window)), QStringLiteral("B"));
    QCOMPARE(child<QLineEdit>(*window, "titleEdit")->text(), QStringLiteral("B"));
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of B!"));
}

void TestMainWindow::revertedNewNoteHandsSelectionToNeighbour()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Older"), QStringLiteral("Newer")});
    auto window = openWindow(path);
    press(*window, Qt::Key_N);
    QCOMPARE(currentRow(*window), 0);
    MessageBoxAnswerer answerer({QMessageBox::Discard});
    child<QAction>(*window, "actionRevert")->trigger();
    QVERIFY(answerer.allAnswered());
    QCOMPARE(window->model()->rowCount(), 2);
    QVERIFY(currentRow(*window) >= 0);
    QCOMPARE(child<QLineEdit>(*window, "titleEdit")->text(), titleAt(*window, currentRow(*window)));
}

void TestMainWindow::unreadableNoteTextCannotBeEdited()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("A"), QStringLiteral("B")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of B"));
    // Another program holds the notebook locked while the user opens A: its
    // text cannot be read (after the busy timeout).
    QSqlDatabase other = rawConnection(path);
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("BEGIN EXCLUSIVE")));
    list->setCurrentIndex(list->model()->index(1, list->modelColumn()));
    QVERIFY(content->toPlainText().isEmpty());
    QVERIFY(content->isReadOnly());
    QVERIFY(child<QLineEdit>(*window, "titleEdit")->isReadOnly());
    QVERIFY(content->placeholderText().contains(QLatin1String("could not be read")));
    QVERIFY(QSqlQuery(other).exec(QStringLiteral("ROLLBACK")));
    closeConnection(other);
    // Leaving the note wrote nothing over it.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(titleAt(*window, currentRow(*window)), QStringLiteral("B"));
    QVERIFY(!window->isWindowModified());
    // Once readable, it is there and editable.
    list->setCurrentIndex(list->model()->index(1, list->modelColumn()));
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of A"));
    QVERIFY(!content->isReadOnly());
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
}

void TestMainWindow::readOnlyNotebookCannotBeEdited()
{
#ifndef Q_OS_UNIX
    QSKIP("Uses Unix permissions");
#endif
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Look, don't touch")});
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    auto window = openWindow(path);
    QVERIFY(window->notebook()->isReadOnly());
    auto *notice = child<QLabel>(*window, "noticeLabel");
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(QLatin1String("read-only")));
    QVERIFY(child<QLineEdit>(*window, "titleEdit")->isReadOnly());
    QVERIFY(child<QPlainTextEdit>(*window, "contentEdit")->isReadOnly());
    QVERIFY(!child<QAction>(*window, "actionSave")->isEnabled());
    QVERIFY(!child<QAction>(*window, "actionNewNote")->isEnabled());
    QVERIFY(!child<QAction>(*window, "actionDeleteNote")->isEnabled());
    QTest::keyClicks(child<QPlainTextEdit>(*window, "contentEdit"), QStringLiteral("x"));
    QVERIFY(!window->isWindowModified());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestMainWindow::firstStartCreatesDefaultWithWelcome()
{
    MainWindow window;
    window.openStartupNotebook();
    QVERIFY(window.notebook());
    QCOMPARE(window.notebook()->path(), MainWindow::defaultNotebookPath());
    QCOMPARE(window.model()->rowCount(), 1);
    QCOMPARE(titleAt(window, 0), QStringLiteral("Welcome to Commonplace"));
    QVERIFY(!window.model()->hasPendingChanges()); // already saved
    QVERIFY(child<QPlainTextEdit>(window, "contentEdit")->toPlainText().contains(QLatin1String("Revert")));
    // The sidebar counts it, as it counts every saved note.
    const QAbstractItemModel *shelves = child<SidebarView>(window, "sidebar")->model();
    QCOMPARE(shelves->index(0, 0).data(SidebarModel::CountRole).toInt(), 1);

    // The next start reopens the last notebook used.
    const QString other = m_dir->filePath(QStringLiteral("other.cpbook"));
    addNotes(other, {QStringLiteral("Elsewhere")});
    QVERIFY(window.openNotebook(other));
    QVERIFY(window.close());
    MainWindow again;
    again.openStartupNotebook();
    QCOMPARE(again.notebook()->path(), other);
    // A notebook named on the command line wins.
    MainWindow named;
    named.openStartupNotebook(MainWindow::defaultNotebookPath());
    QCOMPARE(named.notebook()->path(), MainWindow::defaultNotebookPath());
}

void TestMainWindow::missingLastNotebookFallsBackToDefault()
{
    QSettings().setValue(QStringLiteral("lastNotebook"), m_dir->filePath(QStringLiteral("gone.cpbook")));
    MainWindow window;
    MessageBoxAnswerer answerer({QMessageBox::Ok});
    window.openStartupNotebook();
    QVERIFY(answerer.allAnswered());
    QVERIFY(answerer.seen().first().text.contains(QLatin1String("gone.cpbook")));
    QCOMPARE(window.notebook()->path(), MainWindow::defaultNotebookPath());
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("gone.cpbook"))));
}

void TestMainWindow::recentNotebooksMenu()
{
    const QString first = m_dir->filePath(QStringLiteral("first.cpbook"));
    const QString second = m_dir->filePath(QStringLiteral("second.cpbook"));
    auto window = openWindow(first);
    QVERIFY(window->openNotebook(second));
    auto *menu = child<QMenu>(*window, "menuRecent");
    const auto entries = [menu] {
        QStringList texts;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        return texts;
    };
    QStringList texts = entries();
    QCOMPARE(texts.size(), 3);
    QVERIFY(texts.at(0).endsWith(QLatin1String("second.cpbook")));
    QVERIFY(texts.at(1).endsWith(QLatin1String("first.cpbook")));
#ifdef Q_OS_UNIX
    // The same file by another name (a symlink) is the same notebook: it is
    // already open, and listed once.
    const QString link = m_dir->filePath(QStringLiteral("link to second.cpbook"));
    QVERIFY(QFile::link(second, link));
    QVERIFY(window->openNotebook(link));
    QCOMPARE(window->notebook()->path(), second);
    QVERIFY(window->openNotebook(first));
    RecentNotebooks().add(link);
    emit menu->aboutToShow();
    texts = entries();
    QCOMPARE(texts.size(), 3);
    QVERIFY(texts.at(0).endsWith(QLatin1String("/second.cpbook")));
    QVERIFY(texts.at(1).endsWith(QLatin1String("first.cpbook")));
    QVERIFY(QFile::remove(link));
#endif

    // A notebook that is gone drops out; the entries open notebooks.
    QVERIFY(QFile::remove(first));
    emit menu->aboutToShow();
    QCOMPARE(entries().size(), 2);
    QVERIFY(window->openNotebook(m_dir->filePath(QStringLiteral("third.cpbook"))));
    emit menu->aboutToShow();
    menu->actions().at(1)->trigger(); // second.cpbook
    QCOMPARE(window->notebook()->path(), second);

    // Clear empties it.
    emit menu->aboutToShow();
    menu->actions().last()->trigger();
    QCOMPARE(entries(), QStringList{QStringLiteral("&Clear Menu")});
}

void TestMainWindow::emptyNotebookShowsHints()
{
    auto window = openWindow(m_dir->filePath(QStringLiteral("empty.cpbook")));
    auto *list = child<NoteListView>(*window, "noteList");
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY2(list->emptyText().contains(QLatin1String("No notes yet")), qPrintable(list->emptyText()));
    QVERIFY(list->emptyText().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    QVERIFY(!child<QLineEdit>(*window, "titleEdit")->isEnabled());
    QVERIFY(!child<QPlainTextEdit>(*window, "contentEdit")->isEnabled());
    QVERIFY(!child<QPlainTextEdit>(*window, "contentEdit")->placeholderText().isEmpty());
    QVERIFY(!child<QAction>(*window, "actionDeleteNote")->isEnabled());
}

// Escape right after typing, before the text has reached the model: nothing
// typed is lost, in the text or in the title, and the cursor stays put.
void TestMainWindow::escapeKeepsWhatWasTyped()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Poem")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");

    typeAtEnd(*window, QStringLiteral(" and the words just typed"));
    const int cursor = content->textCursor().position();
    QTest::keyClick(content, Qt::Key_Escape);
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Poem and the words just typed"));
    QCOMPARE(content->textCursor().position(), cursor);

    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" renamed"));
    QTest::keyClick(title, Qt::Key_Escape);
    QCOMPARE(title->text(), QStringLiteral("Poem renamed"));

    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Poem renamed")});
    QSqlDatabase db = rawConnection(path);
    {
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT content FROM note")) && query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("Text of Poem and the words just typed"));
    }
    closeConnection(db);
}

// Someone who never pauses for a whole second still has their words in the
// journal a moment after typing them: the title of a new note, and its text.
void TestMainWindow::steadyTypingReachesTheJournal()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    QVERIFY(!journalText().contains("Letter"));

    press(*window, Qt::Key_N);
    QElapsedTimer typing;
    typing.start();
    const QString typedTitle = QStringLiteral("Letter to the council about the bridge");
    for (const QChar c : typedTitle) {
        QTest::keyClick(title, c.toLatin1());
        QTest::qWait(60); // steady, never a pause of a second
    }
    QVERIFY2(journalText().contains(typedTitle.left(20).toUtf8()), journalText().constData());

    content->setFocus();
    QString typed;
    bool journaled = false;
    typing.restart();
    while (typing.elapsed() < 2500 && !journaled) {
        QTest::keyClick(content, Qt::Key_A);
        typed += QLatin1Char('a');
        QTest::qWait(60);
        journaled = typed.size() > 3 && journalText().contains(typed.left(typed.size() - 3).toUtf8());
    }
    QVERIFY2(journaled, journalText().constData());
    QVERIFY(typing.elapsed() < 2000);
}

// A title of 61 emoji has 61 characters, as SQLite counts them: it is not
// too long, and saves.
void TestMainWindow::titlesCountCharacters()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Plain")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    QString emoji;
    for (int i = 0; i < 61; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    // Pasted, as emoji mostly arrive.
    const auto paste = [&](const QString &text) {
        QApplication::clipboard()->setText(text);
        title->setFocus();
        title->selectAll();
        press(*window, Qt::Key_V);
    };
    paste(emoji);
    QCOMPARE(child<QLabel>(*window, "titleCounter")->text(), QStringLiteral("61/120"));
    QVERIFY(!child<QLabel>(*window, "titleWarning")->isVisible());
    paste(emoji + emoji); // 122 characters
    QCOMPARE(child<QLabel>(*window, "titleCounter")->text(), QStringLiteral("122/120"));
    QVERIFY(child<QLabel>(*window, "titleWarning")->isVisible());
    QVERIFY(child<QLabel>(*window, "titleWarning")->text().contains(QLatin1String("2 characters too long")));
    paste(emoji);
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path), QStringList{emoji});
}

// A title is one line: line breaks and tabs that arrive with a paste become
// spaces, in the editor, in the list and in the file.
void TestMainWindow::pastedTitleBecomesOneLine()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Plain")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    QApplication::clipboard()->setText(QStringLiteral("Line one\nLine two\tTabbed\r\nEnd"));
    title->setFocus();
    title->selectAll();
    press(*window, Qt::Key_V);
    QCOMPARE(title->text(), QStringLiteral("Line one Line two Tabbed End"));
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Line one Line two Tabbed End"));
    press(*window, Qt::Key_S);
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Line one Line two Tabbed End")});
}

// After Revert, a search lists only the notes that match: a note listed
// because it was deleted here (and so pending) goes once it no longer is.
void TestMainWindow::revertDuringSearchListsOnlyMatches()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Gamma"), QStringLiteral("Beta")});
    auto window = openWindow(path);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Beta"));
    auto *list = child<NoteListView>(*window, "noteList");
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete); // to the Trash
    auto *search = child<QLineEdit>(*window, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Gamma"));
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(list->model()->rowCount(), 2); // Beta stays listed while its delete is pending
    {
        MessageBoxAnswerer answerer({QMessageBox::Discard});
        child<QAction>(*window, "actionRevert")->trigger();
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Gamma"));
}

// Undo never brings another note's words into this one, in the text or in
// the title, even when both editors happen to show the same text.
void TestMainWindow::undoStaysWithinItsNote()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    auto *list = child<NoteListView>(*window, "noteList");

    press(*window, Qt::Key_N);
    QTest::keyClicks(title, QStringLiteral("Empty one"));
    press(*window, Qt::Key_N);
    QTest::keyClicks(title, QStringLiteral("Scratch"));
    content->setFocus();
    QTest::keyClicks(content, QStringLiteral("my secret password 1234"));
    QTest::keyClick(content, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(content, Qt::Key_Delete);
    QCOMPARE(content->toPlainText(), QString());

    QCOMPARE(titleAt(*window, 1), QStringLiteral("Empty one"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, list->modelColumn())).center());
    QCOMPARE(title->text(), QStringLiteral("Empty one"));
    QTest::mouseClick(content->viewport(), Qt::LeftButton);
    press(*window, Qt::Key_Z);
    QCOMPARE(content->toPlainText(), QString());
    QVERIFY(!content->document()->isUndoAvailable());

    // Two new notes both called "Untitled note": the title's history stays too.
    press(*window, Qt::Key_N);
    press(*window, Qt::Key_N);
    QTest::keyClicks(title, QStringLiteral("Renamed"));
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(title->text(), QStringLiteral("Untitled note"));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(1, list->modelColumn())).center());
    QCOMPARE(title->text(), QStringLiteral("Untitled note"));
    title->setFocus();
    QVERIFY(!title->isUndoAvailable());
    QTest::keyClick(title, Qt::Key_Y, Qt::ControlModifier);
    QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(title->text(), QStringLiteral("Untitled note"));
}

// A browser or office suite may offer only HTML: its text is pasted, as
// text, and nothing it names is loaded.
void TestMainWindow::pastingHtmlOnlyInsertsItsText()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Clippings")});
    auto window = openWindow(path);
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    auto *mime = new QMimeData;
    mime->setHtml(QStringLiteral("<p>From a <b>web page</b></p><img src=\"http://example.invalid/x.png\">"));
    QVERIFY(!mime->hasText());
    QApplication::clipboard()->setMimeData(mime);
    typeAtEnd(*window, QStringLiteral(": "));
    press(*window, Qt::Key_V);
    QVERIFY2(content->toPlainText().startsWith(QLatin1String("Text of Clippings: From a web page")),
             qPrintable(content->toPlainText()));
    QVERIFY(!content->toPlainText().contains(QLatin1Char('<')));
    QVERIFY(!content->toPlainText().contains(QChar::ObjectReplacementCharacter));
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
}

// Ctrl+N, a title, some text, Delete: until Save, the note stays listed,
// crossed out, and Undo or Delete again brings it back whole. Saving then
// removes it; a new note never reaches the file.
void TestMainWindow::deleteCanBeUndoneUntilSave()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Saved one")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    auto *title = child<QLineEdit>(*window, "titleEdit");
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    auto *deleteAction = child<QAction>(*window, "actionDeleteNote");
    const auto stateOf = [&](int row) {
        return list->model()->index(row, list->modelColumn()).data(NoteModel::PendingStateRole)
            .value<NoteModel::PendingState>();
    };

    press(*window, Qt::Key_N);
    QTest::keyClicks(title, QStringLiteral("Fresh idea"));
    typeAtEnd(*window, QStringLiteral("Words worth keeping"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    // What the window promises is what happens next.
    const QString said = window->statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("Undo")) && said.contains(QLatin1String("Trash")), qPrintable(said));
    QCOMPARE(list->model()->rowCount(), 2);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Fresh idea"));
    QCOMPARE(stateOf(0), NoteModel::PendingState::Deleted);
    QVERIFY(content->isReadOnly());
    QCOMPARE(content->toPlainText(), QStringLiteral("Words worth keeping"));
    QCOMPARE(deleteAction->text(), QStringLiteral("&Restore Note"));
    QTRY_VERIFY(journalText().contains("Words worth keeping")); // a crash now loses nothing either

    // Edit ▸ Undo, from the list, brings it back whole and editable.
    press(*window, Qt::Key_Z);
    QCOMPARE(stateOf(0), NoteModel::PendingState::Inserted);
    QVERIFY(!content->isReadOnly());
    QCOMPARE(title->text(), QStringLiteral("Fresh idea"));
    QCOMPARE(content->toPlainText(), QStringLiteral("Words worth keeping"));
    QCOMPARE(deleteAction->text(), QStringLiteral("&Delete Note"));

    // Delete, then Delete again: back too. The same for a saved note, with
    // the edit made before the delete.
    list->setCurrentIndex(list->model()->index(1, list->modelColumn()));
    typeAtEnd(*window, QStringLiteral(" and an edit"));
    const auto pressDelete = [&] {
        window->activateWindow(); // back from the box
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
    };
    for (int row : {0, 1}) {
        list->setCurrentIndex(list->model()->index(row, list->modelColumn()));
        pressDelete();
        QCOMPARE(stateOf(row), NoteModel::PendingState::Deleted);
    }
    pressDelete();
    QCOMPARE(stateOf(1), NoteModel::PendingState::Edited);
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Saved one and an edit"));
    QCOMPARE(stateOf(0), NoteModel::PendingState::Deleted);

    // Saving moves the deleted one to the Trash, new as it was: out of the
    // list, and nothing lost.
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("Fresh idea"), QStringLiteral("Saved one")}));
    QCOMPARE(scalar(window->notebook()->database(),
                    QStringLiteral("SELECT content FROM note WHERE trashed_at IS NOT NULL")).toString(),
             QStringLiteral("Words worth keeping"));
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(content->toPlainText(), QStringLiteral("Text of Saved one and an edit"));
}

// Notes written one after another and saved together stay in the order
// the list showed them: the newest on top.
void TestMainWindow::newNotesKeepTheirOrderWhenSaved()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Older")});
    auto window = openWindow(path);
    auto *title = child<QLineEdit>(*window, "titleEdit");
    const QStringList typed{QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third")};
    for (const QString &text : typed) {
        press(*window, Qt::Key_N);
        QTest::keyClicks(title, text);
    }
    const QStringList before{QStringLiteral("Third"), QStringLiteral("Second"), QStringLiteral("First"),
                             QStringLiteral("Older")};
    const auto shown = [&] {
        QStringList titles;
        for (int row = 0; row < window->model()->rowCount(); ++row)
            titles << titleAt(*window, row);
        return titles;
    };
    QCOMPARE(shown(), before);
    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    QCOMPARE(shown(), before);
    QCOMPARE(title->text(), QStringLiteral("Third")); // still the note being written
    QVERIFY(window->close());
    window = openWindow(path);
    QCOMPARE(shown(), before);
}

// A note whose title was cleared asks for a title, not for "No note
// selected", and Save says what is missing.
void TestMainWindow::emptyTitleSaysWhatItNeeds()
{
    // With no note at all, the field says so.
    auto window = openWindow(m_dir->filePath(QStringLiteral("empty.cpbook")));
    auto *title = child<QLineEdit>(*window, "titleEdit");
    QCOMPARE(title->placeholderText(), QStringLiteral("No note selected"));
    QVERIFY(window->close());

    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Named")});
    window = openWindow(path);
    title = child<QLineEdit>(*window, "titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    QVERIFY(title->text().isEmpty());
    QVERIFY2(title->placeholderText() != QLatin1String("No note selected"), qPrintable(title->placeholderText()));
    QVERIFY2(title->placeholderText().contains(QLatin1String("Title")), qPrintable(title->placeholderText()));
    {
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        press(*window, Qt::Key_S);
        QVERIFY(answerer.allAnswered());
        const QString said = answerer.seen().first().text;
        QVERIFY2(said.contains(QLatin1String("no title")) && !said.contains(QLatin1String("Shorten")),
                 qPrintable(said));
    }
    QVERIFY(window->isWindowModified());
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Named")});
}

// Without a Documents folder, File ▸ New Notebook starts in the home folder,
// not wherever the program was started from.
void TestMainWindow::newNotebookStartsInTheHomeFolder()
{
    const QByteArray home = qgetenv("HOME");
    const auto restore = qScopeGuard([&home] { qputenv("HOME", home); });
    QTemporaryDir newHome; // no Documents in it
    qputenv("HOME", QFile::encodeName(newHome.path()));
    QVERIFY(QDir::current() != QDir(newHome.path()));
    auto window = openWindow(m_dir->filePath(QStringLiteral("notes.cpbook")));
    QString shownFolder;
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        shownFolder = dialog->directory().absolutePath();
        dialog->reject();
    });
    child<QAction>(*window, "actionNewNotebook")->trigger();
    QCOMPARE(shownFolder, QDir(newHome.path()).absolutePath());
}

// A server location (from the command line, Open Recent or another
// Commonplace) is a notebook of its own kind: not mistaken for a file, kept
// in Open Recent, and, with no server there, answered with a clear message,
// leaving the open notebook as it was.
void TestMainWindow::teamNotebookLocationSaysNotYet()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Mine")});
    auto window = openWindow(path);
    typeAtEnd(*window, QStringLiteral(" unsaved"));
    const QString server = QStringLiteral("postgresql://ann@127.0.0.1:1/team");
    {
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        QVERIFY(!window->openNotebook(server));
        QVERIFY(answerer.allAnswered());
        const QString said = answerer.seen().first().text;
        QVERIFY2(said.contains(QLatin1String("team on 127.0.0.1")) && said.contains(QLatin1String("no PostgreSQL server answers")),
                 qPrintable(said));
    }
    QCOMPARE(window->notebook()->path(), path);
    QVERIFY(window->isWindowModified());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("team")))); // no file made of it

    RecentNotebooks().add(server);
    auto *menu = child<QMenu>(*window, "menuRecent");
    emit menu->aboutToShow();
    QVERIFY2(menu->actions().first()->text().endsWith(server), qPrintable(menu->actions().first()->text()));
}

// File ▸ Connect to Server…: the fields make a location without a
// password, as Open Recent lists it; Connect waits for a server and a
// database; a location fills the fields again.
void TestMainWindow::connectDialogGivesALocation()
{
    ConnectDialog dialog;
    dialog.show();
    auto *connectButton = [&dialog] {
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            if (button->text() == QLatin1String("C&onnect"))
                return button;
        return static_cast<QPushButton *>(nullptr);
    }();
    QVERIFY(connectButton);
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "hostEdit"), QStringLiteral("DB.Example.org"));
    QVERIFY(!connectButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "databaseEdit"), QStringLiteral("team notes"));
    QVERIFY(connectButton->isEnabled());
    QTest::keyClicks(child<QLineEdit>(dialog, "userEdit"), QStringLiteral("ann"));
    // Checked name and certificate unless asked otherwise.
    QCOMPARE(dialog.location().toString(), QStringLiteral("postgresql://ann@db.example.org/team%20notes?sslmode=verify-full"));
    auto *port = child<QSpinBox>(dialog, "portSpin");
    port->selectAll();
    QTest::keyClicks(port, QStringLiteral("5433"));
    child<QComboBox>(dialog, "tlsCombo")->setCurrentIndex(1);
    QTest::keyClicks(child<QLineEdit>(dialog, "caEdit"), QStringLiteral("/etc/ssl/team ca.pem"));
    const QString expected = QStringLiteral("postgresql://ann@db.example.org:5433/team%20notes"
                                            "?sslmode=verify-ca&sslrootcert=/etc/ssl/team%20ca.pem");
    QCOMPARE(dialog.location().toString(), expected);
    QVERIFY(child<QLabel>(dialog, "locationLabel")->text().contains(expected));
    // Nothing checked: no certificate authority to give.
    child<QComboBox>(dialog, "tlsCombo")->setCurrentIndex(2);
    QVERIFY(!child<QLineEdit>(dialog, "caEdit")->isEnabled());

    ConnectDialog again;
    again.setLocation(NotebookLocation::fromUserInput(expected));
    QCOMPARE(again.location().toString(), expected);
}

// Connecting to a server that asks for a password: asked for it, asked
// again when it is refused, and told what the server answered at last,
// the open notebook and its unsaved edit kept all along.
void TestMainWindow::connectingAsksForThePassword()
{
    TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    QVERIFY(makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("notes")));
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Mine")});
    auto window = openWindow(path);
    typeAtEnd(*window, QStringLiteral(" unsaved"));

    QStringList asked; // what each password dialog said
    const QStringList passwords{QStringLiteral("wrong"), QStringLiteral("right password")};
    bool filled = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *dialog = qobject_cast<ConnectDialog *>(modal); dialog && !filled) {
            filled = true;
            QTest::keyClicks(child<QLineEdit>(*dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
            auto *port = child<QSpinBox>(*dialog, "portSpin");
            port->selectAll();
            QTest::keyClicks(port, QString::number(server.port));
            QTest::keyClicks(child<QLineEdit>(*dialog, "databaseEdit"), QStringLiteral("notes"));
            QTest::keyClicks(child<QLineEdit>(*dialog, "userEdit"), QStringLiteral("member"));
            child<QComboBox>(*dialog, "tlsCombo")->setCurrentIndex(3); // the test server offers no TLS
            dialog->accept();
        } else if (modal && modal->objectName() == QLatin1String("passwordQuestion") && modal->isVisible()) {
            auto *edit = child<QLineEdit>(*modal, "passwordEdit");
            QCOMPARE(edit->echoMode(), QLineEdit::Password);
            QCOMPARE(edit->accessibleName(), QStringLiteral("Password"));
            asked << child<QLabel>(*modal, "messageLabel")->text();
            QTest::keyClicks(edit, passwords.value(asked.size() - 1));
            QTest::keyClick(edit, Qt::Key_Return);
        }
    });
    poll.start();
    // The database holds no notebook yet: asked first; Cancel changes
    // nothing, here or on the server.
    MessageBoxAnswerer answerer({QMessageBox::Cancel});
    child<QAction>(*window, "actionConnectToServer")->trigger();
    QTRY_VERIFY(answerer.allAnswered());
    poll.stop();
    QVERIFY(filled);
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(0).contains(u"asks for the password of “member”"), qPrintable(asked.at(0)));
    QVERIFY2(asked.at(1).contains(u"refused the user name “member” or its password"), qPrintable(asked.at(1)));
    const MessageBoxAnswerer::Seen question = answerer.seen().first();
    QCOMPARE(question.text, QStringLiteral("The database “notes” on 127.0.0.1 holds no notebook yet. Set up a new "
                                           "notebook there?"));
    QVERIFY2(question.informativeText.contains(u"in the schema “commonplace” of the database “notes”"),
             qPrintable(question.informativeText));
    QVERIFY(question.buttons.contains(QStringLiteral("&Set Up")) && question.buttons.contains(QStringLiteral("&Cancel")));
    QCOMPARE(question.defaultButton, QMessageBox::Cancel);
    QCOMPARE(window->notebook()->path(), path);
    QVERIFY(window->isWindowModified());
    QSqlDatabase db = serverConnection(server, QStringLiteral("notes"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'commonplace'")).toInt(), 0);
    closeConnection(db);
}

// Set up when the user says so: the team notebook opens in the window,
// after the question about the file notebook's unsaved edit; a note added
// there is saved on the server.
void TestMainWindow::aTeamNotebookIsSetUpAndUsed()
{
    TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    qputenv("PGPASSWORD", "right password"); // libpq's own source, as a user may have set
    const auto unset = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    QVERIFY(makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("notes")));
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Mine")});
    auto window = openWindow(path);
    typeAtEnd(*window, QStringLiteral(" unsaved"));

    const QString location = QStringLiteral("postgresql://member@127.0.0.1:%1/notes").arg(server.port);
    MessageBoxAnswerer answerer({QMessageBox::Yes, QMessageBox::Save});
    QVERIFY(window->openNotebook(location));
    QVERIFY(answerer.allAnswered());
    QCOMPARE(answerer.seen().at(1).buttons.first(), QStringLiteral("&Save"));
    QCOMPARE(window->notebook()->location().toString(), location);
    QVERIFY(!window->notebook()->isReadOnly());
    QCOMPARE(titlesOnDisk(path), QStringList{QStringLiteral("Mine")}); // saved before leaving it
    QCOMPARE(window->windowTitle().left(15), QStringLiteral("notes on 127.0."));

    child<QAction>(*window, "actionNewNote")->trigger();
    QTest::keyClicks(child<QLineEdit>(*window, "titleEdit"), QStringLiteral("On the server"));
    QVERIFY(window->isWindowModified());
    child<QAction>(*window, "actionSave")->trigger();
    QVERIFY(!window->isWindowModified());
    QSqlDatabase db = serverConnection(server, QStringLiteral("notes"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT string_agg(title, ',') FROM commonplace.note")).toString(),
             QStringLiteral("On the server"));
    closeConnection(db);
}

// File ▸ Copy to Server… with a file notebook open, then Open: the team
// notebook is shown with every note; File ▸ Save a Copy As… there writes
// a notebook file holding them, and the team notebook stays open.
void TestMainWindow::copiesToAServerAndBack()
{
    TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    qputenv("PGPASSWORD", "right password");
    const auto unset = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    QVERIFY(makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("copied")));
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Mine"), QStringLiteral("Other")});
    auto window = openWindow(path);
    QVERIFY(child<QAction>(*window, "actionCopyToServer")->isEnabled());
    QVERIFY(!child<QAction>(*window, "actionSaveCopyAs")->isEnabled());

    bool filled = false;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<ConnectDialog *>(QApplication::activeModalWidget());
        if (!dialog || filled)
            return;
        filled = true;
        QTest::keyClicks(child<QLineEdit>(*dialog, "hostEdit"), QStringLiteral("127.0.0.1"));
        auto *port = child<QSpinBox>(*dialog, "portSpin");
        port->selectAll();
        QTest::keyClicks(port, QString::number(server.port));
        QTest::keyClicks(child<QLineEdit>(*dialog, "databaseEdit"), QStringLiteral("copied"));
        QTest::keyClicks(child<QLineEdit>(*dialog, "userEdit"), QStringLiteral("member"));
        // The default: encrypted, certificate and name checked, against
        // the authority the test server's certificate comes from.
        QTest::keyClicks(child<QLineEdit>(*dialog, "caEdit"), qEnvironmentVariable("COMMONPLACE_TEST_PGCA"));
        dialog->accept();
    });
    poll.start();
    {
        MessageBoxAnswerer answerer({QMessageBox::Open});
        child<QAction>(*window, "actionCopyToServer")->trigger();
        QTRY_VERIFY(answerer.allAnswered());
        QVERIFY2(answerer.seen().first().text.contains(u"is copied to “copied on 127.0.0.1”, 2 notes"),
                 qPrintable(answerer.seen().first().text));
    }
    poll.stop();
    QVERIFY(filled);
    QVERIFY(window->notebook()->location().isServer());
    QCOMPARE(window->model()->rowCount(), 2);
    QVERIFY(!child<QAction>(*window, "actionCopyToServer")->isEnabled());
    QVERIFY(child<QAction>(*window, "actionSaveCopyAs")->isEnabled());

    const QString copy = m_dir->filePath(QStringLiteral("back.cpbook"));
    QTimer::singleShot(0, this, [&] {
        QTRY_VERIFY(qobject_cast<QFileDialog *>(QApplication::activeModalWidget()));
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        dialog->selectFile(copy);
        QMetaObject::invokeMethod(dialog, "accept"); // as the Save button does
    });
    MessageBoxAnswerer saved({QMessageBox::Ok});
    child<QAction>(*window, "actionSaveCopyAs")->trigger();
    QTRY_VERIFY(saved.allAnswered());
    QVERIFY2(saved.seen().first().text.startsWith(u"A copy of “copied on 127.0.0.1” is saved as"),
             qPrintable(saved.seen().first().text));
    QCOMPARE(titlesOnDisk(copy), (QStringList{QStringLiteral("Mine"), QStringLiteral("Other")}));
    QVERIFY(window->notebook()->location().isServer());
}

// Types tags into the tag field of the current note, as a user does.
static void typeTags(QWidget *tagsEdit, const QString &text)
{
    tagsEdit->setFocus();
    QTest::keyClick(tagsEdit, Qt::Key_End);
    QTest::keyClicks(tagsEdit, text);
}

void TestMainWindow::tagFieldTagsAndCompletes()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("First"), QStringLiteral("Second")});
    auto window = openWindow(path);
    auto *tags = child<TagEdit>(*window, "tagsEdit");
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Second"));
    typeTags(tags, QStringLiteral("Projects/Garden, ideas"));
    // Pending like an edit, and marked in the list.
    QCOMPARE(window->findChild<NoteListView *>(QStringLiteral("noteList"))->model()->index(0, 0)
                 .data(NoteModel::PendingStateRole).value<NoteModel::PendingState>(),
             NoteModel::PendingState::Edited);
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path).size(), 2);

    // The other note: "gar" offers Projects/Garden, and Return takes it.
    auto *list = child<NoteListView>(*window, "noteList");
    const int first = titleAt(*window, 0) == QLatin1String("First") ? 0 : 1;
    list->setCurrentIndex(list->model()->index(first, list->modelColumn()));
    typeTags(tags, QStringLiteral("gar"));
    QTRY_VERIFY(tags->completer()->popup()->isVisible());
    QCOMPARE(tags->completer()->currentCompletion(), QStringLiteral("Projects/Garden"));
    QTest::keyClick(tags->completer()->popup(), Qt::Key_Down);
    QTest::keyClick(tags->completer()->popup(), Qt::Key_Return);
    QTRY_COMPARE(tags->text(), QStringLiteral("Projects/Garden"));
    // A new one after a comma is created by the save.
    typeTags(tags, QStringLiteral(", Brand new"));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());

    auto *sidebar = child<SidebarView>(*window, "sidebar");
    QCOMPARE(sidebar->tagNames(), (QStringList{QStringLiteral("Brand new"), QStringLiteral("ideas"),
                                               QStringLiteral("Projects"), QStringLiteral("Projects/Garden")}));
    window.reset();
    window = openWindow(path);
    const QStringList reopened = child<SidebarView>(*window, "sidebar")->tagNames();
    QCOMPARE(reopened.size(), 4);
}

void TestMainWindow::sidebarFiltersTheList()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Acme plan"), QStringLiteral("Acme invoice"), QStringLiteral("Home plan")});
    auto window = openWindow(path);
    const QStringList tagsOf[] = {{QStringLiteral("urgent")}, // Home plan, the newest
                                  {QStringLiteral("work/acme")},
                                  {QStringLiteral("work/acme, urgent")}};
    for (int row = 0; row < 3; ++row) {
        auto *list = child<NoteListView>(*window, "noteList");
        list->setCurrentIndex(list->model()->index(row, list->modelColumn()));
        typeTags(child<TagEdit>(*window, "tagsEdit"), tagsOf[row].first());
    }
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());

    auto *sidebar = child<SidebarView>(*window, "sidebar");
    auto *list = child<NoteListView>(*window, "noteList");
    const auto shown = [&] {
        QStringList titles;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            titles << titleAt(*window, row);
        titles.sort();
        return titles;
    };
    const auto rectOf = [&](const QString &name) {
        const QModelIndexList found = sidebar->model()->match(sidebar->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                              Qt::MatchExactly | Qt::MatchRecursive);
        if (found.isEmpty())
            return QRect();
        sidebar->scrollTo(found.first());
        return sidebar->visualRect(found.first());
    };
    // The parent counts the notes under it; clicking it lists them.
    const QModelIndexList work = sidebar->model()->match(sidebar->model()->index(0, 0), Qt::DisplayRole,
                                                         QStringLiteral("work"), 1, Qt::MatchExactly);
    QCOMPARE(work.size(), 1);
    QCOMPARE(work.first().siblingAtColumn(1).data().toString(), QStringLiteral("2"));
    auto *count = child<QLabel>(*window, "noteCountLabel");
    QTRY_COMPARE(count->text(), QStringLiteral("3 notes"));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rectOf(QStringLiteral("work")).center());
    QTRY_COMPARE(shown(), (QStringList{QStringLiteral("Acme invoice"), QStringLiteral("Acme plan")}));
    QTRY_COMPARE(count->text(), QStringLiteral("2 notes"));
    // Ctrl-click: the notes that have both.
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, Qt::ControlModifier, rectOf(QStringLiteral("urgent")).center());
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Acme plan")});
    QTRY_COMPARE(count->text(), QStringLiteral("1 note"));
    // Search within what is selected.
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rectOf(QStringLiteral("urgent")).center());
    QTRY_COMPARE(shown(), (QStringList{QStringLiteral("Acme plan"), QStringLiteral("Home plan")}));
    auto *search = child<QLineEdit>(*window, "searchEdit");
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("home"));
    QTRY_COMPARE(shown(), QStringList{QStringLiteral("Home plan")});
    QTRY_COMPARE(count->text(), QStringLiteral("1 found"));
    search->clear();
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rectOf(QStringLiteral("All Notes")).center());
    QTRY_COMPARE(shown().size(), 3);
    QTRY_COMPARE(count->text(), QStringLiteral("3 notes"));
    // A new note counts before it is saved; a search counts what it finds.
    child<QAction>(*window, "actionNewNote")->trigger();
    QTRY_COMPARE(count->text(), QStringLiteral("4 notes"));
    QTest::keyClicks(search, QStringLiteral("plan"));
    QTRY_COMPARE(count->text(), QStringLiteral("2 found"));
}

void TestMainWindow::droppedNotesGetTheTag()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Tagged"), QStringLiteral("Dragged")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    QCOMPARE(titleAt(*window, 1), QStringLiteral("Tagged"));
    list->setCurrentIndex(list->model()->index(1, list->modelColumn()));
    typeTags(child<TagEdit>(*window, "tagsEdit"), QStringLiteral("inbox"));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    const int dragged = titleAt(*window, 0) == QLatin1String("Dragged") ? 0 : 1;

    // What a drag from the list carries, dropped on the tag.
    auto *sidebar = child<SidebarView>(*window, "sidebar");
    const QModelIndexList inbox = sidebar->model()->match(sidebar->model()->index(0, 0), Qt::DisplayRole,
                                                          QStringLiteral("inbox"), 1, Qt::MatchExactly);
    QCOMPARE(inbox.size(), 1);
    std::unique_ptr<QMimeData> data(list->model()->mimeData({list->model()->index(dragged, 0)}));
    QVERIFY(data);
    QVERIFY(sidebar->model()->canDropMimeData(data.get(), Qt::CopyAction, -1, -1, inbox.first()));
    QVERIFY(!sidebar->model()->canDropMimeData(data.get(), Qt::CopyAction, -1, -1,
                                               sidebar->model()->index(0, 0))); // not on All Notes
    sidebar->model()->dropMimeData(data.get(), Qt::CopyAction, -1, -1, inbox.first());
    QVERIFY(window->isWindowModified()); // pending, like an edit
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(scalar(window->notebook()->database(), QStringLiteral("SELECT tags FROM note WHERE title = 'Dragged'")).toString(),
             QStringLiteral("[\"inbox\"]"));
    QTRY_COMPARE(inbox.first().isValid() ? sidebar->model()->match(sidebar->model()->index(0, 0), Qt::DisplayRole,
                                                                   QStringLiteral("inbox"), 1, Qt::MatchExactly)
                                               .first().siblingAtColumn(1).data().toString()
                                         : QString(),
                 QStringLiteral("2"));
}

// Opens the sidebar's context menu on the tag called name, picks the item
// with access key key, and types newName into the dialog that follows, if
// one does.
static void tagMenu(SidebarView *sidebar, const QString &name, Qt::Key key, const QString &newName = {})
{
    const QModelIndexList found = sidebar->model()->match(sidebar->model()->index(0, 0), Qt::DisplayRole, name, 1,
                                                          Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY2(!found.isEmpty(), qPrintable(name));
    sidebar->scrollTo(found.first());
    const QPoint at = sidebar->visualRect(found.first()).center();
    bool picked = false;
    bool named = newName.isEmpty();
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget()); menu && !picked) {
            picked = true;
            QTest::keyClick(menu, key);
        } else if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
                   dialog && dialog->isVisible() && !named) {
            named = true;
            auto *edit = dialog->findChild<QLineEdit *>();
            QCOMPARE(edit->accessibleName(), QStringLiteral("New tag name"));
            QCOMPARE(edit->text(), name.contains(u'/') ? name : edit->text());
            edit->selectAll();
            QTest::keyClicks(edit, newName);
            QTest::keyClick(edit, Qt::Key_Return);
        }
    });
    poll.start();
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, sidebar->viewport()->mapToGlobal(at));
    QApplication::sendEvent(sidebar->viewport(), &event);
    QVERIFY(picked);
    QVERIFY(named);
}

void TestMainWindow::tagMenuRenamesMergesAndDeletes()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Acme plan"), QStringLiteral("Acme invoice"), QStringLiteral("Home plan")});
    auto window = openWindow(path);
    const QString tagsOf[] = {QStringLiteral("home"), QStringLiteral("work/acme"), QStringLiteral("work/acme, home")};
    auto *list = child<NoteListView>(*window, "noteList");
    for (int row = 0; row < 3; ++row) {
        list->setCurrentIndex(list->model()->index(row, list->modelColumn()));
        typeTags(child<TagEdit>(*window, "tagsEdit"), tagsOf[row]);
    }
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    auto *sidebar = child<SidebarView>(*window, "sidebar");
    const auto tagsOnDisk = [&](const QString &title) {
        return NoteTags::fromText(scalar(window->notebook()->database(),
                                         QStringLiteral("SELECT tags FROM note WHERE title = '%1'").arg(title))
                                      .toString());
    };
    const auto shown = [&] {
        QStringList titles;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            titles << titleAt(*window, row);
        titles.sort();
        return titles;
    };

    // Rename a parent, with work selected: pending and marked, then saved,
    // and the sidebar keeps it selected under its new name.
    const QModelIndexList work = sidebar->model()->match(sidebar->model()->index(0, 0), Qt::DisplayRole,
                                                         QStringLiteral("work"), 1, Qt::MatchExactly);
    QCOMPARE(work.size(), 1);
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(work.first()).center());
    QTRY_COMPARE(shown().size(), 2);
    tagMenu(sidebar, QStringLiteral("work"), Qt::Key_R, QStringLiteral("Clients"));
    QVERIFY(window->isWindowModified());
    QCOMPARE(list->model()->index(0, 0).data(NoteModel::PendingStateRole).value<NoteModel::PendingState>(),
             NoteModel::PendingState::Edited);
    QCOMPARE(tagsOnDisk(QStringLiteral("Acme invoice")), QStringList{QStringLiteral("work/acme")});
    // Revert undoes it.
    {
        MessageBoxAnswerer discard({QMessageBox::Discard});
        child<QAction>(*window, "actionRevert")->trigger();
    }
    QTRY_VERIFY(!window->isWindowModified());
    // By title: the two notes were saved together, maybe in the same
    // millisecond, maybe not, so which is listed first is not fixed.
    int invoice = 0;
    while (invoice < list->model()->rowCount() && titleAt(*window, invoice) != QLatin1String("Acme invoice"))
        ++invoice;
    QCOMPARE(list->model()->index(invoice, 0).data(NoteModel::TagsRole).toStringList(),
             QStringList{QStringLiteral("work/acme")});
    tagMenu(sidebar, QStringLiteral("work"), Qt::Key_R, QStringLiteral("Clients"));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(tagsOnDisk(QStringLiteral("Acme plan")), (QStringList{QStringLiteral("Clients/acme"), QStringLiteral("home")}));
    QCOMPARE(sidebar->tagNames(), (QStringList{QStringLiteral("Clients"), QStringLiteral("Clients/acme"),
                                               QStringLiteral("home")}));
    QCOMPARE(sidebar->selectionModel()->selectedRows().value(0).data().toString(), QStringLiteral("Clients"));
    QTRY_COMPARE(shown(), (QStringList{QStringLiteral("Acme invoice"), QStringLiteral("Acme plan")}));

    // Renamed onto another tag, it asks, and merges.
    MessageBoxAnswerer merge({QMessageBox::Yes});
    tagMenu(sidebar, QStringLiteral("home"), Qt::Key_R, QStringLiteral("clients"));
    QCOMPARE(merge.seen().size(), 1);
    QVERIFY(merge.seen().first().text.contains(QStringLiteral("“Clients”")));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(tagsOnDisk(QStringLiteral("Home plan")), QStringList{QStringLiteral("Clients")});
    QCOMPARE(sidebar->tagNames(), (QStringList{QStringLiteral("Clients"), QStringLiteral("Clients/acme")}));

    // Delete asks, with how many notes, and the notes stay, under the tag
    // above it.
    MessageBoxAnswerer remove({QMessageBox::Yes});
    tagMenu(sidebar, QStringLiteral("acme"), Qt::Key_D);
    QCOMPARE(remove.seen().size(), 1);
    QVERIFY(remove.seen().first().text.contains(QStringLiteral("2 notes")));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(tagsOnDisk(QStringLiteral("Acme invoice")), QStringList{QStringLiteral("Clients")});
    QCOMPARE(sidebar->tagNames(), QStringList{QStringLiteral("Clients")});
    QCOMPARE(titlesOnDisk(path).size(), 3);
}

void TestMainWindow::pinnedNoteStaysOnTop()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Old"), QStringLiteral("Middle"), QStringLiteral("New")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    list->setCurrentIndex(list->model()->index(2, list->modelColumn()));
    QCOMPARE(titleAt(*window, 2), QStringLiteral("Old"));
    auto *pin = window->findChild<QAction *>(QStringLiteral("actionPinNote"));
    QVERIFY(pin && pin->isEnabled() && !pin->isChecked());
    pin->trigger();
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Old"));
    QVERIFY(list->model()->index(0, 0).data(NoteModel::PinnedRole).toBool());
    QVERIFY(pin->isChecked());
    // A note changed after it still comes second.
    list->setCurrentIndex(list->model()->index(2, list->modelColumn()));
    typeAtEnd(*window, QStringLiteral(" changed"));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Old"));
    QCOMPARE(titleAt(*window, 1), QStringLiteral("Middle"));
    // The Pinned shelf lists it alone.
    auto *sidebar = child<SidebarView>(*window, "sidebar");
    const QModelIndex pinned = sidebar->model()->index(1, 0);
    QCOMPARE(pinned.siblingAtColumn(1).data().toString(), QStringLiteral("1"));
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(pinned).center());
    QTRY_COMPARE(list->model()->rowCount(), 1);
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Old"));
}

void TestMainWindow::trashPutsBackAndEmpties()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three")});
    auto window = openWindow(path);
    auto *list = child<NoteListView>(*window, "noteList");
    auto *sidebar = child<SidebarView>(*window, "sidebar");
    // Two notes to the Trash, one with a tag.
    typeTags(child<TagEdit>(*window, "tagsEdit"), QStringLiteral("kept tag"));
    for (int i = 0; i < 2; ++i) {
        list->setCurrentIndex(list->model()->index(i, list->modelColumn()));
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
    }
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(list->model()->rowCount(), 1);
    const QModelIndex trash = sidebar->model()->index(2, 0); // after All Notes and Pinned
    QCOMPARE(trash.data().toString(), QStringLiteral("Trash"));
    QCOMPARE(trash.siblingAtColumn(1).data().toString(), QStringLiteral("2"));
    QVERIFY(sidebar->tagNames().isEmpty()); // trashed notes are under no tag

    // The Trash lists them, read-only; Put Back takes one out, with its tag.
    QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, sidebar->visualRect(trash).center());
    QTRY_COMPARE(list->model()->rowCount(), 2);
    QVERIFY(child<QPlainTextEdit>(*window, "contentEdit")->isReadOnly());
    const QModelIndexList three = list->model()->match(list->model()->index(0, list->modelColumn()), Qt::DisplayRole,
                                                       QStringLiteral("Three"), 1, Qt::MatchExactly);
    QCOMPARE(three.size(), 1);
    list->setCurrentIndex(three.first());
    auto *putBack = child<QAction>(*window, "actionPutBack");
    QVERIFY(putBack->isEnabled());
    putBack->trigger();
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(sidebar->tagNames(), QStringList{QStringLiteral("kept tag")});

    // Empty Trash asks, saying how many; the save removes them for good.
    {
        MessageBoxAnswerer answerer({QMessageBox::Yes});
        child<QAction>(*window, "actionEmptyTrash")->trigger();
        QVERIFY(answerer.allAnswered());
        QVERIFY2(answerer.seen().first().text.contains(QLatin1String("1 note")), qPrintable(answerer.seen().first().text));
        QCOMPARE(answerer.seen().first().defaultButton, QMessageBox::Cancel);
    }
    QVERIFY(titlesOnDisk(path).contains(QStringLiteral("Two"))); // until Save
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(titlesOnDisk(path), (QStringList{QStringLiteral("One"), QStringLiteral("Three")}));

    // A new note, asked for in the Trash, is written among the notes.
    sidebar->showTrash();
    QTRY_COMPARE(list->model()->rowCount(), 0);
    child<QAction>(*window, "actionNewNote")->trigger();
    QCOMPARE(sidebar->shelf(), NoteModel::Shelf::Notes);
    QCOMPARE(list->model()->rowCount(), 3);
    QCOMPARE(titleAt(*window, currentRow(*window)), QStringLiteral("Untitled note"));
    QVERIFY(!child<QPlainTextEdit>(*window, "contentEdit")->isReadOnly());
}

void TestMainWindow::historyDialogRestores()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Diary")});
    auto window = openWindow(path);
    typeAtEnd(*window, QStringLiteral(" day one"));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    typeAtEnd(*window, QStringLiteral(" day two"));
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());

    bool seen = false;
    QString shown;
    QStringList underlined;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<HistoryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *versions = dialog->findChild<QListWidget *>(QStringLiteral("versionList"));
        QCOMPARE(versions->count(), 2);
        versions->setCurrentRow(1); // the oldest
        auto *comparison = dialog->findChild<QTextBrowser *>(QStringLiteral("comparison"));
        shown = comparison->toPlainText();
        for (QTextBlock block = comparison->document()->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                if (it.fragment().charFormat().fontUnderline())
                    underlined << it.fragment().text();
            }
        }
        QPushButton *restore = nullptr;
        for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1String("&Restore This Version"))
                restore = button;
        }
        QVERIFY(restore && restore->isVisible());
        seen = true;
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    child<QAction>(*window, "actionHistory")->trigger();
    QVERIFY(seen);
    QCOMPARE(shown, QStringLiteral("Diary\n\nText of Diary day one day two"));
    QCOMPARE(underlined, QStringList{QStringLiteral(" day one day two")}); // only in the text now

    // Brought back as a pending edit: Save keeps it.
    auto *content = child<QPlainTextEdit>(*window, "contentEdit");
    QTRY_COMPARE(content->toPlainText(), QStringLiteral("Text of Diary"));
    QVERIFY(window->isWindowModified());
    press(*window, Qt::Key_S);
    QTRY_VERIFY(!window->isWindowModified());
    QCOMPARE(scalar(window->notebook()->database(), QStringLiteral("SELECT content FROM note")).toString(),
             QStringLiteral("Text of Diary"));
}

void TestMainWindow::sortIsRemembered()
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    addNotes(path, {QStringLiteral("Zebra"), QStringLiteral("Mango"), QStringLiteral("Apple")});
    {
        auto window = openWindow(path);
        QCOMPARE(titleAt(*window, 0), QStringLiteral("Apple")); // the newest
        QCOMPARE(titleAt(*window, 1), QStringLiteral("Mango"));
        auto *byTitle = child<QAction>(*window, "actionSortTitle");
        QVERIFY(!byTitle->isChecked());
        byTitle->trigger();
        QVERIFY(byTitle->isChecked());
        QVERIFY(!child<QAction>(*window, "actionSortChanged")->isChecked());
        QCOMPARE(titleAt(*window, 0), QStringLiteral("Apple"));
        QCOMPARE(titleAt(*window, 1), QStringLiteral("Mango"));
        QCOMPARE(titleAt(*window, 2), QStringLiteral("Zebra"));
        child<QAction>(*window, "actionSortCreated")->trigger();
        QCOMPARE(titleAt(*window, 2), QStringLiteral("Zebra")); // created first
        byTitle->trigger();
    }
    // A new window lists them by title too.
    auto window = openWindow(path);
    QVERIFY(child<QAction>(*window, "actionSortTitle")->isChecked());
    QCOMPARE(titleAt(*window, 0), QStringLiteral("Apple"));
    QCOMPARE(titleAt(*window, 2), QStringLiteral("Zebra"));
    child<QAction>(*window, "actionSortChanged")->trigger(); // as other tests expect
}

// A team notebook lists a page of notes and more as the list is scrolled
// to its end: the list stays where it was, and so do the note shown and
// what was typed in it.
void TestMainWindow::aTeamNotebookListGrowsAsItIsScrolled()
{
    TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    qputenv("PGPASSWORD", "right password");
    const auto unset = qScopeGuard([] { qunsetenv("PGPASSWORD"); });
    QVERIFY(makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("notes")));
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    QStringList titles;
    for (int i = 0; i < 600; ++i)
        titles << QStringLiteral("Note %1").arg(i, 3, 10, QLatin1Char('0'));
    addNotes(path, titles);
    const QString location = QStringLiteral("postgresql://member@127.0.0.1:%1/notes").arg(server.port);
    {
        NotebookSession::OpenError error;
        auto source = NotebookSession::open(NotebookLocation::fromPath(path), &error);
        std::unique_ptr<Notebook> target = Notebook::at(NotebookLocation::fromUserInput(location));
        target->setSetUpAllowed(true);
        QVERIFY(source && target->open());
        qint64 copied = 0;
        QString message;
        QString detail;
        QVERIFY2(source->copyTo(*target, {}, &copied, &message, &detail), qPrintable(message + detail));
        QCOMPARE(copied, qint64(600));
    }
    auto window = openWindow(location);
    auto *list = child<NoteListView>(*window, "noteList");
    QAbstractItemModel *model = list->model();
    const int page = model->rowCount();
    QVERIFY2(page > 0 && page < 600, qPrintable(QString::number(page)));
    list->setCurrentIndex(model->index(2, list->modelColumn()));
    const QString shown = titleAt(*window, 2);
    typeAtEnd(*window, QStringLiteral(" typed"));

    auto *bar = list->verticalScrollBar();
    for (int round = 0; round < 10 && model->rowCount() < 600; ++round) {
        const int before = model->rowCount();
        const int end = bar->maximum();
        bar->setValue(end); // the view asks for more at its end
        QTRY_VERIFY(model->rowCount() > before);
        QCOMPARE(bar->value(), end); // where it was, not back at the top
        QCOMPARE(currentRow(*window), 2);
        QCOMPARE(titleAt(*window, 2), shown);
        QVERIFY(child<QPlainTextEdit>(*window, "contentEdit")->toPlainText().endsWith(u" typed"));
    }
    QCOMPARE(model->rowCount(), 600);
    QVERIFY(window->isWindowModified());
    typeAtEnd(*window, QStringLiteral(" more"));
    child<QAction>(*window, "actionSave")->trigger();
    QVERIFY(!window->isWindowModified());
    QSqlDatabase db = serverConnection(server, QStringLiteral("notes"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT content FROM commonplace.note WHERE title = '%1'").arg(shown)).toString(),
             QStringLiteral("Text of %1 typed more").arg(shown));
    closeConnection(db);
}

// With a keyring: the password typed is kept there (the offer is checked
// by default), never in the settings file; the next opening asks nothing.
// When it has changed on the server, the kept one is refused, forgotten,
// and asked for; unticked, nothing is kept.
void TestMainWindow::passwordsAreKeptInTheKeyring()
{
    TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    if (!m_keyringProblem.isEmpty()) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(m_keyringProblem));
        QSKIP(qPrintable(m_keyringProblem));
    }
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    QVERIFY(makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("notes")));
    const NotebookLocation location =
        NotebookLocation::fromUserInput(QStringLiteral("postgresql://member@127.0.0.1:%1/notes").arg(server.port));
    {
        std::unique_ptr<Notebook> notebook = Notebook::at(location);
        notebook->setPassword(QStringLiteral("right password"));
        notebook->setSetUpAllowed(true);
        QVERIFY2(notebook->open(), qPrintable(notebook->errorString()));
    }
    PasswordKeyring::forget(location);
    const auto forget = qScopeGuard([&location] { PasswordKeyring::forget(location); });

    struct Asked
    {
        QString message;
        bool offered = false;
        bool checked = false;
    };
    QList<Asked> asked;
    QString typed;
    bool keep = true;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, this, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->objectName() != QLatin1String("passwordQuestion") || !modal->isVisible())
            return;
        Asked question;
        question.message = child<QLabel>(*modal, "messageLabel")->text();
        if (auto *remember = modal->findChild<QCheckBox *>(QStringLiteral("rememberCheck"))) {
            question.offered = true;
            question.checked = remember->isChecked();
            QCOMPARE(remember->accessibleName(), QStringLiteral("Remember the password in the system keyring"));
            if (!keep)
                QTest::mouseClick(remember, Qt::LeftButton, {}, QPoint(5, remember->height() / 2));
        }
        asked << question;
        auto *edit = child<QLineEdit>(*modal, "passwordEdit");
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    poll.start();
    const auto openIn = [&](const QString &password) {
        typed = password;
        auto window = std::make_unique<MainWindow>();
        window->show();
        const bool opened = window->openNotebook(location.toString());
        return opened;
    };

    QVERIFY(openIn(QStringLiteral("right password")));
    QCOMPARE(asked.size(), 1);
    QVERIFY(asked.at(0).offered && asked.at(0).checked);
    QString kept;
    QCOMPARE(PasswordKeyring::read(location, &kept), PasswordKeyring::Result::Found);
    QCOMPARE(kept, QStringLiteral("right password"));
    QSettings().sync();
    QFile settings(QSettings().fileName());
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains("right password"));

    QVERIFY(openIn(QString()));
    QCOMPARE(asked.size(), 1); // not asked: the keyring's was given

    QSqlDatabase db = serverConnection(server);
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("ALTER ROLE member PASSWORD 'new password'")));
    closeConnection(db);
    QVERIFY(openIn(QStringLiteral("new password")));
    QCOMPARE(asked.size(), 2);
    QVERIFY2(asked.at(1).message.contains(u"refused the user name “member” or its password"),
             qPrintable(asked.at(1).message));
    QCOMPARE(PasswordKeyring::read(location, &kept), PasswordKeyring::Result::Found);
    QCOMPARE(kept, QStringLiteral("new password"));

    // Not kept when the user says so.
    PasswordKeyring::forget(location);
    keep = false;
    QVERIFY(openIn(QStringLiteral("new password")));
    QCOMPARE(asked.size(), 3);
    QCOMPARE(PasswordKeyring::read(location, &kept), PasswordKeyring::Result::NotFound);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
