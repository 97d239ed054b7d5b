#include "mainwindow.h"
#include "noteeditor.h"
#include "notelistview.h"
#include "notebook.h"
#include "notepreview.h"
#include "testsupport.h"
#include "translations.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
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

private:
    std::unique_ptr<MainWindow> openWindow(const QString &path);
    // A notebook holding notes (title, text), the first listed first.
    QString notebookWith(const QList<QPair<QString, QString>> &notes);
    QString savedText(const QString &path, const QString &title);

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
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    QVERIFY(!save->isEnabled());
    QCOMPARE(savedText(path, QStringLiteral("Shopping")), unticked);
}

QTEST_MAIN(TestRichNotes)
#include "tst_richnotes.moc"
