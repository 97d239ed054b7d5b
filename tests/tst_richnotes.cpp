#include "attachmentsdialog.h"
#include "mainwindow.h"
#include "messageboxanswerer.h"
#include "noteeditor.h"
#include "notelistview.h"
#include "notebook.h"
#include "notepreview.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QDropEvent>
#include <QImage>
#include <QMimeData>
#include <QTreeWidget>
#include <QClipboard>
#include <QStatusBar>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QFile>
#include <QLocale>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextList>

using namespace TestSupport;

// Markdown notes in the real window: the view modes, the preview as the
// user types, and what clicking in the preview does to the note.
class TestRichNotes final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void viewModesAreRememberedAndToggled();
    void previewFollowsTyping();
    void sideBySideFollowsTheEditorsScrolling();
    void taskBoxToggleIsAPendingEdit();
    void clickingALinkOpensTheNoteAtItsHeading();
    void ctrlClickAndAltReturnFollowLinksInTheEditor();
    void linkToAMissingNoteCreatesIt();
    void linkToATrashedNoteOffersToPutItBack();
    void backlinksListTheLinkingNotes();
    void renameOffersToUpdateLinks();
    void typingBracketsOffersTitles();
    void copiedLinkOpensTheNote();
    void pastedImageIsSavedAndShownToTheWidth();
    void pastedFilesAreLinkedAndListed();
    void aFileTooLargeIsRefusedWithAMessage();

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    // A notebook holding notes (title, text), the first listed first.
    QString notebookWith(const QList<QPair<QString, QString>> &notes);
    QString savedText(const QString &path, const QString &title);
    QString currentTitle(MainWindow &window);
    // A key on the active window, as a user presses it after a dialog closed.
    void press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::ControlModifier);
    // Clicks the rendered text where it shows, as a reader would.
    static void clickText(NotePreview *preview, const QString &text);
    void select(MainWindow &window, const QString &title);
    // The notes of linkedNotes() that link, each edited (a space at the end)
    // and saved here: their links are in the links table from then on.
    void editAndSaveLinkingNotes(MainWindow &window);

    template<typename T>
    T *child(MainWindow &window, const char *name)
    {
        T *widget = window.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestRichNotes::initTestCase()
{
    useTestAppData();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    Translations::install(QString());
}

void TestRichNotes::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestRichNotes::cleanup()
{
    m_dir.reset();
    clearTestAppData();
}

std::unique_ptr<MainWindow> TestRichNotes::openWindow(const QString &path)
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

QString TestRichNotes::notebookWith(const QList<QPair<QString, QString>> &notes)
{
    const QString path = m_dir->filePath(QStringLiteral("notes.cpbook"));
    if (!createNotebookAtVersion(path, Notebook::latestSchemaVersion(), {}))
        return {};
    QSqlDatabase db = rawConnection(path);
    // Inserted oldest first: the list shows the last one first.
    QList<QPair<QString, QString>> oldestFirst(notes.crbegin(), notes.crend());
    const bool added = insertNotes(db, oldestFirst);
    closeConnection(db);
    return added ? path : QString();
}

QString TestRichNotes::savedText(const QString &path, const QString &title)
{
    QSqlDatabase db = rawConnection(path);
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT content FROM note WHERE title = ?"));
    query.addBindValue(title);
    const QString text = query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("(none)");
    query.finish();
    closeConnection(db);
    return text;
}

void TestRichNotes::press(MainWindow &window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, key, modifiers);
}

QString TestRichNotes::currentTitle(MainWindow &window)
{
    return child<QLineEdit>(window, "titleEdit")->text();
}

void TestRichNotes::clickText(NotePreview *preview, const QString &text)
{
    const QTextCursor found = preview->document()->find(text);
    QVERIFY2(!found.isNull(), qPrintable(text));
    QTextCursor inside(preview->document());
    inside.setPosition(found.selectionStart() + 1);
    QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, preview->cursorRect(inside).center());
}

void TestRichNotes::select(MainWindow &window, const QString &title)
{
    auto *list = child<NoteListView>(window, "noteList");
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, list->modelColumn());
        if (index.data().toString() == title) {
            list->setCurrentIndex(index);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("no note %1 listed").arg(title)));
}

void TestRichNotes::editAndSaveLinkingNotes(MainWindow &window)
{
    for (const QString &title : {QStringLiteral("Index"), QStringLiteral("Packing")}) {
        select(window, title);
        auto *editor = child<NoteEditor>(window, "contentEdit");
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral(" "));
    }
    press(window, Qt::Key_S);
}

// A note with a heading far down, and notes linking to it.
static QList<QPair<QString, QString>> linkedNotes()
{
    QStringList trip{QStringLiteral("# Road Trip")};
    for (int i = 0; i < 80; ++i)
        trip << QStringLiteral("Day 1, line %1.").arg(i);
    trip << QStringLiteral("## Day 2") << QStringLiteral("The coast.");
    for (int i = 0; i < 80; ++i)
        trip << QStringLiteral("Day 2, line %1.").arg(i);
    return {{QStringLiteral("Index"), QStringLiteral("Start here. See [[Road Trip#day 2|day two]] and [[Nowhere]].")},
            {QStringLiteral("Road Trip"), trip.join(u'\n')},
            {QStringLiteral("Packing"), QStringLiteral("- tent for the [[road trip]]\n- `[[Road Trip]]` in code")}};
}

void TestRichNotes::clickingALinkOpensTheNoteAtItsHeading()
{
    auto window = openWindow(notebookWith(linkedNotes()));
    child<QAction>(*window, "actionSideBySideMode")->trigger();
    QCOMPARE(currentTitle(*window), QStringLiteral("Index"));
    auto *preview = child<NotePreview>(*window, "preview");
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    clickText(preview, QStringLiteral("day two"));
    QCOMPARE(currentTitle(*window), QStringLiteral("Road Trip"));
    QCOMPARE(editor->textCursor().block().text(), QStringLiteral("## Day 2"));
    // The heading is in view, at the top, in both.
    const QRect shown = editor->viewport()->rect();
    QVERIFY(shown.contains(editor->cursorRect().center()));
    QVERIFY(editor->cursorRect().top() < shown.height() / 3);
    QVERIFY(preview->verticalScrollBar()->value() > 0);
}

void TestRichNotes::ctrlClickAndAltReturnFollowLinksInTheEditor()
{
    auto window = openWindow(notebookWith(linkedNotes()));
    select(*window, QStringLiteral("Packing"));
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    // A plain click only places the cursor; in code a link is text.
    const auto pointAt = [editor](const QString &text) {
        QTextCursor cursor = editor->document()->find(text);
        cursor.setPosition(cursor.selectionStart() + 3);
        return editor->cursorRect(cursor).center();
    };
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, pointAt(QStringLiteral("`[[Road")));
    QCOMPARE(currentTitle(*window), QStringLiteral("Packing"));
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, {}, pointAt(QStringLiteral("[[road trip]]")));
    QCOMPARE(currentTitle(*window), QStringLiteral("Packing"));
    QTest::mouseClick(editor->viewport(), Qt::LeftButton, Qt::ControlModifier, pointAt(QStringLiteral("[[road trip]]")));
    QCOMPARE(currentTitle(*window), QStringLiteral("Road Trip"));

    // Alt+Return follows the link at the cursor.
    select(*window, QStringLiteral("Packing"));
    editor->setFocus();
    QTextCursor cursor = editor->document()->find(QStringLiteral("road trip]]"));
    editor->setTextCursor(cursor);
    press(*window, Qt::Key_Return, Qt::AltModifier);
    QCOMPARE(currentTitle(*window), QStringLiteral("Road Trip"));
}

void TestRichNotes::linkToAMissingNoteCreatesIt()
{
    const QString path = notebookWith(linkedNotes());
    auto window = openWindow(path);
    child<QAction>(*window, "actionPreviewMode")->trigger();
    auto *preview = child<NotePreview>(*window, "preview");
    {
        MessageBoxAnswerer answerer({QMessageBox::Cancel});
        clickText(preview, QStringLiteral("Nowhere"));
        QVERIFY(answerer.allAnswered());
        QCOMPARE(answerer.seen().at(0).text, QStringLiteral("There is no note called “Nowhere” yet. Create it?"));
    }
    QCOMPARE(currentTitle(*window), QStringLiteral("Index"));
    QVERIFY(!child<QAction>(*window, "actionSave")->isEnabled());
    {
        MessageBoxAnswerer answerer({QMessageBox::Yes});
        clickText(preview, QStringLiteral("Nowhere"));
        QVERIFY(answerer.allAnswered());
    }
    QCOMPARE(currentTitle(*window), QStringLiteral("Nowhere"));
    QVERIFY(child<QAction>(*window, "actionSave")->isEnabled()); // a new note, pending
    QCOMPARE(savedText(path, QStringLiteral("Nowhere")), QStringLiteral("(none)"));
    // Before any save, the link leads to it.
    select(*window, QStringLiteral("Index"));
    QVERIFY(!preview->document()->find(QStringLiteral("Nowhere")).isNull());
    clickText(preview, QStringLiteral("Nowhere"));
    QCOMPARE(currentTitle(*window), QStringLiteral("Nowhere"));
    press(*window, Qt::Key_S);
    QCOMPARE(savedText(path, QStringLiteral("Nowhere")), QString());
}

void TestRichNotes::linkToATrashedNoteOffersToPutItBack()
{
    const QString path = notebookWith(linkedNotes());
    auto window = openWindow(path);
    select(*window, QStringLiteral("Road Trip"));
    child<QAction>(*window, "actionDeleteNote")->trigger(); // to the Trash, when saved
    press(*window, Qt::Key_S);
    select(*window, QStringLiteral("Index"));
    child<QAction>(*window, "actionPreviewMode")->trigger();
    auto *preview = child<NotePreview>(*window, "preview");
    MessageBoxAnswerer answerer({QMessageBox::Yes});
    clickText(preview, QStringLiteral("day two"));
    QVERIFY(answerer.allAnswered());
    QCOMPARE(answerer.seen().at(0).text, QStringLiteral("The note “Road Trip” is in the Trash. Put it back?"));
    QCOMPARE(currentTitle(*window), QStringLiteral("Road Trip"));
    QVERIFY(child<QAction>(*window, "actionSave")->isEnabled()); // put back when saved
    press(*window, Qt::Key_S);
    QSqlDatabase db = rawConnection(path);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT trashed_at IS NULL FROM note WHERE title = 'Road Trip'")) && query.next());
    QVERIFY(query.value(0).toBool());
    query.finish();
    closeConnection(db);
}

void TestRichNotes::backlinksListTheLinkingNotes()
{
    auto window = openWindow(notebookWith(linkedNotes()));
    auto *backlinks = child<QListWidget>(*window, "backlinksList");
    QVERIFY(!backlinks->isVisible()); // nothing links to Index
    // Saved links only: the links table is written at Save.
    press(*window, Qt::Key_S);
    select(*window, QStringLiteral("Road Trip"));
    QCOMPARE(backlinks->count(), 0); // notes made by another program: not saved here yet
    // Saving each note here writes its links.
    editAndSaveLinkingNotes(*window);
    select(*window, QStringLiteral("Road Trip"));
    QVERIFY(backlinks->isVisible());
    QCOMPARE(child<QLabel>(*window, "backlinksLabel")->text(), QStringLiteral("Linked from 2 notes:"));
    QCOMPARE(backlinks->count(), 2);
    QCOMPARE(backlinks->item(0)->text(), QStringLiteral("Index"));
    QCOMPARE(backlinks->item(0)->data(Qt::AccessibleTextRole).toString(), QStringLiteral("Index: See day two and Nowhere."));
    QCOMPARE(backlinks->item(1)->text(), QStringLiteral("Packing"));
    QCOMPARE(backlinks->item(1)->toolTip(), QStringLiteral("tent for the road trip"));
    QTest::mouseClick(backlinks->viewport(), Qt::LeftButton, {}, backlinks->visualItemRect(backlinks->item(1)).center());
    QTRY_COMPARE(currentTitle(*window), QStringLiteral("Packing"));
    QVERIFY(!backlinks->isVisible());
}

void TestRichNotes::renameOffersToUpdateLinks()
{
    const QString path = notebookWith(linkedNotes());
    auto window = openWindow(path);
    editAndSaveLinkingNotes(*window);
    select(*window, QStringLiteral("Road Trip"));
    auto *title = child<QLineEdit>(*window, "titleEdit");
    title->setFocus();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Summer Trip"));
    MessageBoxAnswerer answerer({QMessageBox::Yes});
    child<NoteEditor>(*window, "contentEdit")->setFocus(); // leaving the title
    QVERIFY(answerer.allAnswered());
    QCOMPARE(answerer.seen().at(0).text, QStringLiteral("2 other notes link to “Road Trip”. Make those links lead to “Summer Trip”?"));
    QCOMPARE(currentTitle(*window), QStringLiteral("Summer Trip"));
    // Pending edits in the other notes, saved together.
    QCOMPARE(savedText(path, QStringLiteral("Index")), QStringLiteral("Start here. See [[Road Trip#day 2|day two]] and [[Nowhere]]. "));
    select(*window, QStringLiteral("Index"));
    QCOMPARE(child<NoteEditor>(*window, "contentEdit")->toPlainText(),
             QStringLiteral("Start here. See [[Summer Trip#day 2|day two]] and [[Nowhere]]. "));
    press(*window, Qt::Key_S);
    QCOMPARE(savedText(path, QStringLiteral("Packing")),
             QStringLiteral("- tent for the [[Summer Trip]]\n- `[[Road Trip]]` in code "));
    select(*window, QStringLiteral("Summer Trip"));
    QCOMPARE(child<QListWidget>(*window, "backlinksList")->count(), 2);
}

void TestRichNotes::typingBracketsOffersTitles()
{
    auto window = openWindow(notebookWith(linkedNotes()));
    select(*window, QStringLiteral("Packing"));
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("see [[ro"));
    QAbstractItemView *popup = editor->titleCompleter()->popup();
    QVERIFY(popup->isVisible());
    QCOMPARE(popup->model()->rowCount(), 1);
    QCOMPARE(popup->model()->index(0, 0).data().toString(), QStringLiteral("Road Trip"));
    QTest::keyClick(popup, Qt::Key_Return);
    QVERIFY(!popup->isVisible());
    QVERIFY(editor->toPlainText().endsWith(QStringLiteral("\nsee [[Road Trip]]")));
    // Escape closes the list and keeps what was typed.
    QTest::keyClicks(editor, QStringLiteral(" and [[Pa"));
    QVERIFY(popup->isVisible());
    QTest::keyClick(popup, Qt::Key_Escape);
    QVERIFY(!popup->isVisible());
    QVERIFY(editor->toPlainText().endsWith(QStringLiteral("[[Road Trip]] and [[Pa")));
}

void TestRichNotes::copiedLinkOpensTheNote()
{
    const QString path = notebookWith(linkedNotes());
    auto window = openWindow(path);
    select(*window, QStringLiteral("Packing"));
    child<QAction>(*window, "actionCopyLink")->trigger();
    const QString link = QApplication::clipboard()->text();
    QVERIFY2(link.startsWith(QLatin1String("commonplace:open?notebook=")), qPrintable(link));
    // A new note has no address until it is saved.
    press(*window, Qt::Key_N);
    QVERIFY(!child<QAction>(*window, "actionCopyLink")->isEnabled());
    {
        MessageBoxAnswerer answerer({QMessageBox::Discard});
        QVERIFY(window->close());
    }
    window.reset();

    // Another start, with the link: the notebook, at that note.
    window = std::make_unique<MainWindow>();
    window->show();
    window->openStartupNotebook(link);
    QCOMPARE(currentTitle(*window), QStringLiteral("Packing"));
    // A running window handed the link of a note in the Trash shows it there.
    select(*window, QStringLiteral("Index"));
    const qint64 indexId = window->model()->noteId(child<NoteListView>(*window, "noteList")->currentIndex().row());
    child<QAction>(*window, "actionDeleteNote")->trigger();
    press(*window, Qt::Key_S);
    select(*window, QStringLiteral("Road Trip"));
    window->openRequested(link.left(link.lastIndexOf(u'=') + 1) + QString::number(indexId));
    QCOMPARE(currentTitle(*window), QStringLiteral("Index"));
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("This note is in the Trash."));
    // A note deleted for good: said, and the notebook stays as it is.
    {
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        window->openRequested(link.left(link.lastIndexOf(u'=') + 1) + QStringLiteral("77"));
        QVERIFY(answerer.allAnswered());
        QCOMPARE(answerer.seen().at(0).text, QStringLiteral("There is no note number 77 in “notes”: it may have been deleted for good."));
    }
    QVERIFY(window->notebook());
    {
        MessageBoxAnswerer answerer({QMessageBox::Ok});
        window->openRequested(QStringLiteral("commonplace:open?note=1"));
        QVERIFY(answerer.allAnswered());
        QVERIFY(answerer.seen().at(0).text.startsWith(QStringLiteral("This link to a note is damaged or incomplete")));
    }
    QCOMPARE(window->notebook()->location().filePath(), path);
}

void TestRichNotes::viewModesAreRememberedAndToggled()
{
    const QString path = notebookWith({{QStringLiteral("Plan"), QStringLiteral("# Plan\n\nSome **bold** words.")}});
    auto window = openWindow(path);
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    auto *preview = child<NotePreview>(*window, "preview");
    QVERIFY(editor->isVisible());
    QVERIFY(!preview->isVisible()); // a first start edits

    child<QAction>(*window, "actionSideBySideMode")->trigger();
    QVERIFY(editor->isVisible());
    QVERIFY(preview->isVisible());
    QCOMPARE(preview->toPlainText(), QStringLiteral("Plan\nSome bold words."));

    // Ctrl+E goes back to writing, and again to the preview chosen last.
    editor->setFocus();
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(!preview->isVisible());
    QVERIFY(child<QAction>(*window, "actionEditMode")->isChecked());
    QVERIFY(editor->hasFocus());
    QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
    QVERIFY(preview->isVisible() && editor->isVisible());
    QVERIFY(child<QAction>(*window, "actionSideBySideMode")->isChecked());

    child<QAction>(*window, "actionPreviewMode")->trigger();
    QVERIFY(preview->isVisible());
    QVERIFY(!editor->isVisible());
    QVERIFY(window->close());
    window.reset();

    // The next start shows the note the way it was left.
    window = openWindow(path);
    QVERIFY(child<QAction>(*window, "actionPreviewMode")->isChecked());
    QVERIFY(child<NotePreview>(*window, "preview")->isVisible());
    QVERIFY(!child<NoteEditor>(*window, "contentEdit")->isVisible());
    QCOMPARE(child<NotePreview>(*window, "preview")->toPlainText(), QStringLiteral("Plan\nSome bold words."));
}

void TestRichNotes::previewFollowsTyping()
{
    const QString path = notebookWith({{QStringLiteral("First"), QStringLiteral("one")},
                                       {QStringLiteral("Second"), QStringLiteral("*two*")}});
    auto window = openWindow(path);
    child<QAction>(*window, "actionSideBySideMode")->trigger();
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    auto *preview = child<NotePreview>(*window, "preview");
    QCOMPARE(preview->toPlainText(), QStringLiteral("one"));

    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClicks(editor, QStringLiteral(" and **more**"));
    QTRY_COMPARE(preview->toPlainText(), QStringLiteral("one and more"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("one and **more**")); // the source as typed

    // Another note shows at once, rendered.
    auto *list = child<NoteListView>(*window, "noteList");
    list->setCurrentIndex(list->model()->index(1, list->modelColumn()));
    QCOMPARE(preview->toPlainText(), QStringLiteral("two"));
}

void TestRichNotes::sideBySideFollowsTheEditorsScrolling()
{
    QStringList lines;
    for (int i = 0; i < 300; ++i)
        lines.append(QStringLiteral("Paragraph %1 with **some** words.\n").arg(i));
    const QString path = notebookWith({{QStringLiteral("Long"), lines.join(u'\n')}});
    auto window = openWindow(path);
    window->resize(900, 500);
    child<QAction>(*window, "actionSideBySideMode")->trigger();
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    auto *preview = child<NotePreview>(*window, "preview");
    QTRY_VERIFY(preview->verticalScrollBar()->maximum() > 0);
    QCOMPARE(preview->verticalScrollBar()->value(), 0);

    editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum());
    QCOMPARE(preview->verticalScrollBar()->value(), preview->verticalScrollBar()->maximum());
    editor->verticalScrollBar()->setValue(editor->verticalScrollBar()->maximum() / 2);
    const double share = double(preview->verticalScrollBar()->value()) / preview->verticalScrollBar()->maximum();
    QVERIFY2(share > 0.4 && share < 0.6, qPrintable(QString::number(share)));
}

void TestRichNotes::taskBoxToggleIsAPendingEdit()
{
    const QString source = QStringLiteral("Shopping:\n\n- [ ] milk\n- [x] eggs\n\n```\n- [ ] not a task\n```\n");
    const QString path = notebookWith({{QStringLiteral("Shopping"), source}});
    auto window = openWindow(path);
    child<QAction>(*window, "actionPreviewMode")->trigger();
    auto *preview = child<NotePreview>(*window, "preview");
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    auto *save = child<QAction>(*window, "actionSave");
    QVERIFY(!save->isEnabled());

    // Click each box where it is drawn, as a reader would.
    const auto clickBox = [preview](int index) {
        int seen = 0;
        for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
            if (!block.textList() || block.blockFormat().marker() == QTextBlockFormat::MarkerType::NoMarker)
                continue;
            if (seen++ != index)
                continue;
            const QRectF rect = preview->document()->documentLayout()->blockBoundingRect(block);
            for (int x = 0; x < int(rect.right()); ++x) {
                const QPointF at(x, rect.center().y());
                if (preview->document()->documentLayout()->blockWithMarkerAt(at) == block) {
                    QTest::mouseClick(preview->viewport(), Qt::LeftButton, {},
                                      (at - QPointF(0, preview->verticalScrollBar()->value())).toPoint());
                    return true;
                }
            }
        }
        return false;
    };
    QTRY_VERIFY(clickBox(1)); // once the preview is laid out
    const QString unticked = QStringLiteral("Shopping:\n\n- [ ] milk\n- [ ] eggs\n\n```\n- [ ] not a task\n```\n");
    QCOMPARE(editor->toPlainText(), unticked); // exactly one character changed
    QVERIFY(save->isEnabled()); // pending, like any edit
    QVERIFY(window->isWindowModified());
    QCOMPARE(savedText(path, QStringLiteral("Shopping")), source);

    QVERIFY(clickBox(0));
    const QString ticked = QStringLiteral("Shopping:\n\n- [x] milk\n- [ ] eggs\n\n```\n- [ ] not a task\n```\n");
    QCOMPARE(editor->toPlainText(), ticked);
    QList<QTextBlockFormat::MarkerType> markers;
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next())
        if (block.textList())
            markers.append(block.blockFormat().marker());
    QCOMPARE(markers, (QList<QTextBlockFormat::MarkerType>{QTextBlockFormat::MarkerType::Checked,
                                                           QTextBlockFormat::MarkerType::Unchecked}));

    // Undone like typing; saved like typing.
    editor->undo();
    QCOMPARE(editor->toPlainText(), unticked);
    press(*window, Qt::Key_S);
    QVERIFY(!save->isEnabled());
    QCOMPARE(savedText(path, QStringLiteral("Shopping")), unticked);
}

// The attached images the preview shows: their names, and the widths
// they are shown at.
static QList<QPair<QString, qreal>> attachedImages(NotePreview *preview)
{
    QList<QPair<QString, qreal>> images;
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat() && format.toImageFormat().name().startsWith(QLatin1String("attachment:")))
                images.append({format.toImageFormat().name(), format.toImageFormat().width()});
        }
    }
    return images;
}

void TestRichNotes::pastedImageIsSavedAndShownToTheWidth()
{
    const QString path = notebookWith({{QStringLiteral("Trip"), QStringLiteral("Photos:\n")}});
    auto window = openWindow(path);
    window->resize(1000, 600);
    child<QAction>(*window, "actionSideBySideMode")->trigger();
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    auto *preview = child<NotePreview>(*window, "preview");

    // A screenshot on the clipboard, wider than the preview.
    QImage shot(1600, 400, QImage::Format_RGB32);
    shot.fill(QColor(30, 120, 200));
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(shot.save(&buffer, "PNG"));
    auto *data = new QMimeData;
    data->setData(QStringLiteral("image/png"), png);
    QApplication::clipboard()->setMimeData(data);

    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    const QString hash = NoteAttachments::hashOf(png);
    QVERIFY2(editor->toPlainText().startsWith(QStringLiteral("Photos:\n![Pasted image "))
                 && editor->toPlainText().endsWith(QStringLiteral(".png](attachment:%1)").arg(hash)),
             qPrintable(editor->toPlainText()));
    // Shown at once, no wider than the preview.
    QTRY_COMPARE(attachedImages(preview).size(), 1);
    const qreal shown = attachedImages(preview).first().second;
    QVERIFY2(shown > 100 && shown <= preview->viewport()->width(), qPrintable(QString::number(shown)));
    QVERIFY(preview->document()->documentLayout()->documentSize().height() < 400); // scaled, not cut
    QVERIFY(window->isWindowModified());
    QCOMPARE(savedText(path, QStringLiteral("Trip")), QStringLiteral("Photos:\n")); // pending

    press(*window, Qt::Key_S);
    QVERIFY(!window->isWindowModified());
    {
        QSqlDatabase db = rawConnection(path);
        QCOMPARE(scalar(db, QStringLiteral("SELECT data FROM attachment")).toByteArray(), png);
        QCOMPARE(scalar(db, QStringLiteral("SELECT type FROM attachment")).toString(), QStringLiteral("image/png"));
        closeConnection(db);
    }
    QVERIFY(window->close());
    window.reset();

    // Opened again: the image comes from the notebook, fitted again to a
    // narrower window.
    window = openWindow(path);
    window->resize(700, 600);
    preview = child<NotePreview>(*window, "preview");
    QTRY_COMPARE(attachedImages(preview).size(), 1);
    QTRY_VERIFY(attachedImages(preview).first().second <= preview->viewport()->width());
    QVERIFY(preview->requestedResources().contains(QUrl(QStringLiteral("attachment:") + hash)));
}

// Puts the file on the clipboard as a file manager's Copy does: its
// address, which is not pasted as text.
static void copyFile(const QString &path)
{
    auto *data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(path)});
    QApplication::clipboard()->setMimeData(data);
}

void TestRichNotes::pastedFilesAreLinkedAndListed()
{
    const QString path = notebookWith({{QStringLiteral("Minutes"), QStringLiteral("Agenda ")}});
    const QString file = m_dir->filePath(QStringLiteral("budget 2027.pdf"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4 numbers");
    }
    auto window = openWindow(path);
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    copyFile(file);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    const QString reference = QStringLiteral("[budget 2027.pdf](attachment:%1)").arg(NoteAttachments::hashOf("%PDF-1.4 numbers"));
    // On a line of its own.
    QCOMPARE(editor->toPlainText(), QStringLiteral("Agenda \n") + reference);
    QTest::keyClick(editor, Qt::Key_Home, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor->toPlainText(), reference + QStringLiteral("\nAgenda \n") + reference);
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    // A web address stays text.
    auto *data = new QMimeData;
    data->setUrls({QUrl(QStringLiteral("https://example.org/a.pdf"))});
    data->setText(QStringLiteral(" https://example.org/a.pdf"));
    QApplication::clipboard()->setMimeData(data);
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QVERIFY(editor->toPlainText().endsWith(QLatin1String(") https://example.org/a.pdf")));

    // Dropped from a file manager onto the text: the same, where it fell.
    const QString photo = m_dir->filePath(QStringLiteral("photo.gif"));
    {
        QFile out(photo);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("GIF89a");
    }
    QMimeData dropped;
    dropped.setUrls({QUrl::fromLocalFile(photo)});
    QTextCursor start(editor->document());
    const QPoint at = editor->cursorRect(start).center();
    QDragEnterEvent enter(at, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(at, Qt::CopyAction, &dropped, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(editor->viewport(), &drop);
    QVERIFY2(editor->toPlainText().startsWith(QStringLiteral("![photo.gif](attachment:%1)\n").arg(NoteAttachments::hashOf("GIF89a"))),
             qPrintable(editor->toPlainText()));

    // Note ▸ Attachments lists it, pending or saved.
    QStringList listed;
    QTimer::singleShot(0, this, [&listed] {
        auto *dialog = qobject_cast<AttachmentsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("attachmentList"));
        for (int i = 0; list && i < list->topLevelItemCount(); ++i)
            listed << list->topLevelItem(i)->text(0) + u'|' + list->topLevelItem(i)->text(2);
        dialog->reject();
    });
    child<QAction>(*window, "actionAttachments")->trigger();
    QCOMPARE(listed, (QStringList{QStringLiteral("photo.gif|6 bytes"), QStringLiteral("budget 2027.pdf|16 bytes")}));
}

void TestRichNotes::aFileTooLargeIsRefusedWithAMessage()
{
    const QString path = notebookWith({{QStringLiteral("Film"), QStringLiteral("The cut: ")}});
    const QString file = m_dir->filePath(QStringLiteral("cut.mkv"));
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.resize(100 * 1024 * 1024 + 1)); // sparse: no disk used
    }
    auto window = openWindow(path);
    auto *editor = child<NoteEditor>(*window, "contentEdit");
    copyFile(file);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_End, Qt::ControlModifier);
    MessageBoxAnswerer answerer({QMessageBox::Ok});
    QTest::keyClick(editor, Qt::Key_V, Qt::ControlModifier);
    QTRY_VERIFY(answerer.allAnswered());
    QVERIFY2(answerer.seen().first().text.contains(QStringLiteral("“cut.mkv” is larger than 100 MB")),
             qPrintable(answerer.seen().first().text));
    QCOMPARE(editor->toPlainText(), QStringLiteral("The cut: "));
    QVERIFY(!window->isWindowModified());
}

QTEST_MAIN(TestRichNotes)
#include "tst_richnotes.moc"
