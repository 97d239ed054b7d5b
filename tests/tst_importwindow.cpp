#include "exportdialog.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "messageboxanswerer.h"
#include "noteeditor.h"
#include "notebook.h"
#include "notelistview.h"
#include "testsupport.h"
#include "translations.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QCheckBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPlainTextEdit>
#include <QAction>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace TestSupport;

// File ▸ Import… and Export… in the real window: what the dialog shows
// before and after, Cancel, and the window's own edits left alone.
class TestImportWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void importShowsWhatIsFoundThenKeepsPendingEdits();
    void cancelDuringTheImportLeavesTheNotebook();
    void theLastStageShowsABusyBar();
    void importsIntoATeamNotebook();
    void exportWritesANewFolder();
    void exportAsksWhichNotes();
    void exportWritesPagesAndPdf();
    void printShowsTheNoteAsTyped();

private:
    std::unique_ptr<MainWindow> openWindow();
    void makeVault(int notes);
    // Runs steps on the import dialog while the window shows it, each when
    // the one before returned true, until the last did.
    static void drive(const std::function<bool(ImportDialog *)> &step, QList<std::function<bool(ImportDialog *)>> *steps);
    static QString summaryOf(ImportDialog *dialog);
    static QPushButton *button(ImportDialog *dialog, const QString &text);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_notebook;
    QString m_vault;
};

void TestImportWindow::initTestCase()
{
    useTestAppData();
    // No keyring: a bus that is not there (and never the user's own).
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QString());
}

void TestImportWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    m_notebook = m_dir->filePath(QStringLiteral("notes.cpbook"));
    m_vault = m_dir->filePath(QStringLiteral("vault"));
    QVERIFY(createNotebookAtVersion(m_notebook, Notebook::latestSchemaVersion(), {QStringLiteral("Mine")}));
}

void TestImportWindow::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

std::unique_ptr<MainWindow> TestImportWindow::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!window->openNotebook(m_notebook))
        QTest::qFail("the notebook did not open", __FILE__, __LINE__);
    return window;
}

void TestImportWindow::makeVault(int notes)
{
    QVERIFY(QDir().mkpath(m_vault + QStringLiteral("/Trips")));
    for (int i = 0; i < notes; ++i) {
        QFile file(m_vault + (i % 2 ? QStringLiteral("/Trips/Trip %1.md") : QStringLiteral("/Note %1.md")).arg(i));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Text of note %1, see [[Note 0]].\n").arg(i).toUtf8());
    }
    QFile unused(m_vault + QStringLiteral("/unused.txt"));
    QVERIFY(unused.open(QIODevice::WriteOnly));
    unused.write("no note refers to this");
}

QString TestImportWindow::summaryOf(ImportDialog *dialog)
{
    auto *pages = dialog->findChild<QStackedWidget *>(QStringLiteral("pages"));
    if (!pages || pages->currentWidget()->objectName() != QLatin1String("summaryPage"))
        return {};
    return dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
}

QPushButton *TestImportWindow::button(ImportDialog *dialog, const QString &text)
{
    for (QPushButton *button : dialog->findChildren<QPushButton *>()) {
        if (button->text().remove(u'&') == text && button->isVisible() && button->isEnabled())
            return button;
    }
    return nullptr;
}

void TestImportWindow::drive(const std::function<bool(ImportDialog *)> &, QList<std::function<bool(ImportDialog *)>> *steps)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, steps] {
        auto *dialog = qobject_cast<ImportDialog *>(QApplication::activeModalWidget());
        if (!dialog || steps->isEmpty())
            return;
        if (steps->first()(dialog))
            steps->removeFirst();
        if (steps->isEmpty())
            timer->deleteLater();
    });
    timer->start();
}

void TestImportWindow::importShowsWhatIsFoundThenKeepsPendingEdits()
{
    makeVault(3);
    auto window = openWindow();
    auto *editor = window->findChild<NoteEditor *>(QStringLiteral("contentEdit"));
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral(" typed, not saved"));
    QVERIFY(window->isWindowModified());

    QString found;
    QStringList notImported;
    QString done;
    QList<std::function<bool(ImportDialog *)>> steps{
        [&](ImportDialog *dialog) {
            found = summaryOf(dialog);
            if (found.isEmpty())
                return false;
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("itemList"));
            for (int i = 0; i < list->count(); ++i)
                notImported << list->item(i)->text();
            QTest::mouseClick(button(dialog, QStringLiteral("Import")), Qt::LeftButton);
            return true;
        },
        [&](ImportDialog *dialog) {
            done = summaryOf(dialog);
            if (!done.startsWith(QLatin1String("Imported")))
                return false;
            QTest::mouseClick(button(dialog, QStringLiteral("Close")), Qt::LeftButton);
            return true;
        }};
    drive({}, &steps);
    QVERIFY(window->importFrom(m_vault));
    QVERIFY2(found.startsWith(QStringLiteral("“vault” holds 3 notes, 0 attachments and 1 tag.")), qPrintable(found));
    QCOMPARE(notImported, QStringList{QStringLiteral("unused.txt — No note refers to it: not imported.")});
    QVERIFY2(done.startsWith(QStringLiteral("Imported 3 notes and 0 new attachments into “notes”. They have the tag "
                                            "“Imported/Markdown ")),
             qPrintable(done));

    // Listed at once; the edit here is still pending, and not saved.
    auto *list = window->findChild<NoteListView *>(QStringLiteral("noteList"));
    QTRY_COMPARE(list->model()->rowCount(), 4);
    QVERIFY(window->isWindowModified());
    QCOMPARE(titlesOnDisk(m_notebook).size(), 4);
    QSqlDatabase db = rawConnection(m_notebook);
    QCOMPARE(scalar(db, QStringLiteral("SELECT content FROM note WHERE title = 'Mine'")).toString(),
             QStringLiteral("Content of Mine"));
    closeConnection(db);
    QVERIFY(window->save());
    QVERIFY(editor->toPlainText().endsWith(QLatin1String(" typed, not saved")));
}

void TestImportWindow::cancelDuringTheImportLeavesTheNotebook()
{
    makeVault(3000);
    const QByteArray before = fileHash(m_notebook);
    auto window = openWindow();
    QString cancelled;
    QList<std::function<bool(ImportDialog *)>> steps{
        [&](ImportDialog *dialog) {
            if (summaryOf(dialog).isEmpty())
                return false;
            QTest::mouseClick(button(dialog, QStringLiteral("Import")), Qt::LeftButton);
            return true;
        },
        [&](ImportDialog *dialog) {
            // As soon as it runs: Escape, as a user who changed their mind.
            if (!summaryOf(dialog).isEmpty() || !button(dialog, QStringLiteral("Cancel")))
                return false;
            QTest::keyClick(dialog, Qt::Key_Escape);
            return true;
        },
        [&](ImportDialog *dialog) {
            cancelled = summaryOf(dialog);
            if (cancelled.isEmpty())
                return false;
            QTest::mouseClick(button(dialog, QStringLiteral("Close")), Qt::LeftButton);
            return true;
        }};
    drive({}, &steps);
    QVERIFY(!window->importFrom(m_vault));
    QCOMPARE(cancelled, QStringLiteral("The import was cancelled: nothing was imported, and the notebook is as it was."));
    QVERIFY(window->close());
    window.reset();
    QCOMPARE(fileHash(m_notebook), before);

    // Not an import source at all: said so, nothing asked.
    window = openWindow();
    MessageBoxAnswerer answerer({QMessageBox::Ok});
    QVERIFY(!window->importFrom(m_dir->filePath(QStringLiteral("no such folder"))));
    QVERIFY(answerer.allAnswered());
    QVERIFY(answerer.seen().first().text.contains(QLatin1String("is not something Commonplace can import")));
}

// Indexing and the commit have no count: the bar turns busy (animated by
// the style) instead of standing still at its end.
void TestImportWindow::theLastStageShowsABusyBar()
{
    makeVault(500);
    auto window = openWindow();
    bool savingSeen = false;
    int barMaximum = -1;
    QString status;
    QList<std::function<bool(ImportDialog *)>> steps{
        [&](ImportDialog *dialog) {
            if (summaryOf(dialog).isEmpty())
                return false;
            auto *job = dialog->findChild<ImportJob *>();
            auto *bar = dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"));
            auto *label = dialog->findChild<QLabel *>(QStringLiteral("statusLabel"));
            // Connected after the dialog: sees what the dialog made of it.
            connect(job, &ImportJob::saving, dialog, [&, bar, label] {
                savingSeen = true;
                barMaximum = bar->maximum();
                status = label->text();
            });
            QTest::mouseClick(button(dialog, QStringLiteral("Import")), Qt::LeftButton);
            return true;
        },
        [&](ImportDialog *dialog) {
            if (!summaryOf(dialog).startsWith(QLatin1String("Imported")))
                return false;
            QTest::mouseClick(button(dialog, QStringLiteral("Close")), Qt::LeftButton);
            return true;
        }};
    drive({}, &steps);
    QVERIFY(window->importFrom(m_vault));
    QVERIFY(savingSeen);
    QCOMPARE(barMaximum, 0);
    QCOMPARE(status, QStringLiteral("Saving the notes of “vault” into “notes”…"));
}

// File ▸ Import… with a team notebook open: the import's own connection
// gives the server the password typed when the notebook was opened, the
// notes go in on the server, and the list shows them with the edit typed
// meanwhile still pending.
void TestImportWindow::importsIntoATeamNotebook()
{
    TestServer server;
    COMMONPLACE_REQUIRE_TEST_SERVER(server);
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", "/nonexistent/pgpass");
    QVERIFY(makeServerUser(server, QStringLiteral("member"), QStringLiteral("right password"), QStringLiteral("notes")));
    const QString location = QStringLiteral("postgresql://member@127.0.0.1:%1/notes").arg(server.port);
    {
        std::unique_ptr<Notebook> notebook = Notebook::at(NotebookLocation::fromUserInput(location));
        notebook->setPassword(QStringLiteral("right password"));
        notebook->setSetUpAllowed(true);
        QVERIFY2(notebook->open(), qPrintable(notebook->errorString()));
    }
    makeVault(3);
    QTimer password;
    password.setInterval(10);
    int asked = 0;
    bool offeredToKeep = false;
    connect(&password, &QTimer::timeout, this, [&asked, &offeredToKeep] {
        QWidget *ask = QApplication::activeModalWidget();
        if (!ask || ask->objectName() != QLatin1String("passwordQuestion") || !ask->isVisible())
            return;
        ++asked;
        offeredToKeep = ask->findChild<QCheckBox *>(QStringLiteral("rememberCheck")) != nullptr;
        auto *edit = ask->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
        QTest::keyClicks(edit, QStringLiteral("right password"));
        QTest::keyClick(edit, Qt::Key_Return);
    });
    password.start();
    auto window = std::make_unique<MainWindow>();
    window->show();
    QVERIFY(window->openNotebook(location));
    password.stop();
    QCOMPARE(asked, 1);
    QVERIFY(!offeredToKeep); // no keyring here (initTestCase): nothing kept, asked each time
    auto *importAction = window->findChild<QAction *>(QStringLiteral("actionImportFolder"));
    QVERIFY(importAction->isEnabled());
    window->findChild<QAction *>(QStringLiteral("actionNewNote"))->trigger();
    QTest::keyClicks(window->findChild<QLineEdit *>(QStringLiteral("titleEdit")), QStringLiteral("Typed here"));

    QString done;
    QList<std::function<bool(ImportDialog *)>> steps{
        [&](ImportDialog *dialog) {
            if (summaryOf(dialog).isEmpty())
                return false;
            QTest::mouseClick(button(dialog, QStringLiteral("Import")), Qt::LeftButton);
            return true;
        },
        [&](ImportDialog *dialog) {
            done = summaryOf(dialog);
            if (done.isEmpty() || !button(dialog, QStringLiteral("Close")))
                return false;
            QTest::mouseClick(button(dialog, QStringLiteral("Close")), Qt::LeftButton);
            return true;
        }};
    drive({}, &steps);
    QVERIFY(window->importFrom(m_vault));
    QVERIFY2(done.startsWith(QStringLiteral("Imported 3 notes and 0 new attachments into “notes")), qPrintable(done));
    auto *list = window->findChild<NoteListView *>(QStringLiteral("noteList"));
    QTRY_COMPARE(list->model()->rowCount(), 4);
    QVERIFY(window->isWindowModified());
    QSqlDatabase db = serverConnection(server, QStringLiteral("notes"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT string_agg(title, ',' ORDER BY title) FROM commonplace.note")).toString(),
             QStringLiteral("Note 0,Note 2,Trip 1"));
    closeConnection(db);
    QVERIFY(window->save());
    db = serverConnection(server, QStringLiteral("notes"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM commonplace.note")).toInt(), 4);
    closeConnection(db);
}

void TestImportWindow::exportWritesANewFolder()
{
    auto window = openWindow();
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    const QString first = window->exportTo(folder);
    QVERIFY(!first.isEmpty());
    QVERIFY(QFileInfo::exists(first + QStringLiteral("/Mine.md")));
    // Again: another folder, the first left as it was.
    const QString second = window->exportTo(folder);
    QVERIFY(second != first && second.endsWith(QLatin1String(" (2)")));
    QCOMPARE(folderEntries(folder).size(), 2);

    // The notes the list shows: a search's, say.
    QSqlDatabase db = rawConnection(m_notebook);
    QVERIFY(insertNotes(db, {{QStringLiteral("Pears"), QStringLiteral("fruit")}, {QStringLiteral("Apples"), QStringLiteral("fruit")}}));
    closeConnection(db);
    QTRY_COMPARE(window->model()->rowCount(), 3);
    QVERIFY(window->model()->setSearchText(QStringLiteral("fruit")));
    const QList<qint64> listed = window->listedNoteIds();
    QCOMPARE(listed.size(), 2);
    const QString third = window->exportTo(folder, listed);
    QCOMPARE(folderEntries(third), (QStringList{QStringLiteral("Apples.md"), QStringLiteral("Pears.md")}));
}

void TestImportWindow::exportAsksWhichNotes()
{
    ExportDialog dialog(2, QStringLiteral("Mine"));
    auto *listed = dialog.findChild<QRadioButton *>(QStringLiteral("listedButton"));
    auto *current = dialog.findChild<QRadioButton *>(QStringLiteral("currentButton"));
    QCOMPARE(listed->text(), QStringLiteral("The &notes listed now (2)"));
    QCOMPARE(current->text(), QStringLiteral("&This note: “Mine”"));
    QCOMPARE(dialog.which(), ExportDialog::Which::All);
    QTest::mouseClick(current, Qt::LeftButton);
    QCOMPARE(dialog.which(), ExportDialog::Which::Current);
    // And how: Markdown unless asked; the words under the choice follow it.
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("formatLabel"));
    QCOMPARE(dialog.format(), NoteExport::Format::Markdown);
    QVERIFY(label->text().contains(QLatin1String("Markdown file")));
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("pdfButton")), Qt::LeftButton);
    QCOMPARE(dialog.format(), NoteExport::Format::Pdf);
    QVERIFY(label->text().contains(QLatin1String("One PDF file")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(dialog.windowHandle(), Qt::Key_H, Qt::AltModifier); // through the window, as a key press comes
    QTRY_COMPARE(dialog.format(), NoteExport::Format::Html); // a mnemonic clicks as animated
    QVERIFY(label->text().contains(QLatin1String("web browser")));
    // Nothing listed, no saved note shown: those choices are off.
    ExportDialog empty(0, QString());
    QVERIFY(!empty.findChild<QRadioButton *>(QStringLiteral("listedButton"))->isEnabled());
    QVERIFY(!empty.findChild<QRadioButton *>(QStringLiteral("currentButton"))->isEnabled());
}

void TestImportWindow::exportWritesPagesAndPdf()
{
    auto window = openWindow();
    const QString folder = m_dir->filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(folder));
    const QString pages = window->exportTo(folder, {}, NoteExport::Format::Html);
    QCOMPARE(folderEntries(pages), (QStringList{QStringLiteral("Mine.html"), QStringLiteral("index.html"),
                                                QStringLiteral("style.css")}));
    const QString pdf = m_dir->filePath(QStringLiteral("Mine.pdf"));
    QCOMPARE(window->exportTo(pdf, {}, NoteExport::Format::Pdf), pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly) && file.read(5) == "%PDF-");
}

void TestImportWindow::printShowsTheNoteAsTyped()
{
    auto window = openWindow();
    QTRY_COMPARE(window->model()->rowCount(), 1);
    QAction *print = window->findChild<QAction *>(QStringLiteral("actionPrint"));
    QVERIFY(print->isEnabled());
    QCOMPARE(print->shortcut(), QKeySequence(QKeySequence::Print));
    // Typed, not saved: the preview shows it, long enough for three pages.
    auto *text = window->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"));
    QVERIFY(text);
    text->setFocus();
    QTest::keyClick(text, Qt::Key_End, Qt::ControlModifier);
    for (int i = 0; i < 120; ++i) {
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClick(text, Qt::Key_Return);
        QTest::keyClicks(text, QStringLiteral("A paragraph typed for the printer."));
    }
    int pages = 0;
    QTimer::singleShot(0, [&pages] {
        auto *preview = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!preview)
            return;
        QPrintPreviewWidget *widget = preview->findChild<QPrintPreviewWidget *>();
        QTRY_VERIFY(widget && widget->pageCount() > 0);
        pages = widget->pageCount();
        preview->reject();
    });
    print->trigger();
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(window->model()->hasPendingChanges()); // printing saves nothing
}

QTEST_MAIN(TestImportWindow)
#include "tst_importwindow.moc"
