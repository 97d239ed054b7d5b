#include "mainwindow.h"
#include "messageboxanswerer.h"
#include "notebookfile.h"
#include "notemodel.h"
#include "preferencesdialog.h"
#include "testsupport.h"
#include "translations.h"
#include "unsavedjournal.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QSqlField>
#include <QSqlRecord>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace TestSupport;

// The window in other languages, read from the real widgets. ctest runs
// this test under a German system locale (LC_ALL=de_DE.UTF-8).
class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void germanLocaleShowsGerman();
    void preferencesRetranslateTheOpenWindow();
    void everyLanguageLoads_data();
    void everyLanguageLoads();
    void accessKeysDifferInEveryMenu_data();
    void accessKeysDifferInEveryMenu();
    void questionsHaveAccessKeysAndSafeDefaults_data();
    void questionsHaveAccessKeysAndSafeDefaults();
    void editorFontAndBackupsApplyAtOnce();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString menuTitle(MainWindow &window, int index);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTranslations::initTestCase()
{
    useTestAppData();
}

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

void TestTranslations::cleanup()
{
    clearTestAppData();
    Translations::install(QString());
    QSettings().clear();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestTranslations::openWindow()
{
    auto window = std::make_unique<MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()) || !window->openNotebook(m_dir->filePath(QStringLiteral("Notizen.cpbook"))))
        return nullptr;
    return window;
}

QString TestTranslations::menuTitle(MainWindow &window, int index)
{
    return window.menuBar()->actions().at(index)->text();
}

void TestTranslations::germanLocaleShowsGerman()
{
    QCOMPARE(QLocale::system().language(), QLocale::German);
    Translations::install(QString()); // the system's language
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(menuTitle(*window, 0), QStringLiteral("&Datei"));
    QCOMPARE(menuTitle(*window, 1), QStringLiteral("&Bearbeiten"));

    // Two new notes, then Save: a plural in the status bar.
    for (int i = 0; i < 2; ++i) {
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    }
    QTest::keyClick(window.get(), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(window->statusBar()->currentMessage(), QStringLiteral("2 Änderungen gespeichert."));

    // The unsaved-changes prompt, with Qt's own buttons in German too.
    QTest::keyClick(window.get(), Qt::Key_N, Qt::ControlModifier);
    MessageBoxAnswerer answerer({QMessageBox::Discard});
    window->close();
    QVERIFY(answerer.allAnswered());
    QVERIFY2(answerer.seen().first().text.startsWith(QStringLiteral("Änderungen an „Notizen“ speichern?")),
             qPrintable(answerer.seen().first().text));
    QVERIFY2(answerer.seen().first().buttons.contains(QStringLiteral("&Verwerfen"))
                 || answerer.seen().first().buttons.contains(QStringLiteral("Verwerfen")),
             qPrintable(answerer.seen().first().buttons.join(QLatin1Char('|'))));
}

void TestTranslations::preferencesRetranslateTheOpenWindow()
{
    Translations::install(QStringLiteral("en"));
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(menuTitle(*window, 0), QStringLiteral("&File"));
    PreferencesDialog dialog(window.get());
    dialog.show();
    auto *language = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QVERIFY(language);
    // Chosen as a user would: open the list, pick Deutsch.
    language->setFocus();
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
    QTRY_COMPARE(menuTitle(*window, 0), QStringLiteral("&Datei"));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("languageLabel"))->text(), QStringLiteral("&Sprache:"));
    // The longer German help text is shown whole, not cut off.
    auto *hint = dialog.findChild<QLabel *>(QStringLiteral("backupsHint"));
    QVERIFY(hint->text().startsWith(QStringLiteral("Commonplace bewahrt")));
    QTRY_VERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                 qPrintable(QStringLiteral("%1 < %2").arg(hint->height()).arg(hint->heightForWidth(hint->width()))));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("de"));
    // The dialog lists the languages again, and still shows the choice.
    QCOMPARE(language->currentText(), QStringLiteral("Deutsch"));

    language->setCurrentIndex(language->findText(QStringLiteral("English")));
    QTRY_COMPARE(menuTitle(*window, 0), QStringLiteral("&File"));
    QCOMPARE(QSettings().value(QStringLiteral("language")).toString(), QStringLiteral("en"));
}

void TestTranslations::everyLanguageLoads_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::available())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyLanguageLoads()
{
    QFETCH(QString, language);
    Translations::install(language);
    // A translated string, and a plural with its number.
    const QString saved = QCoreApplication::translate("MainWindow", "Saved %n change(s).", nullptr, 3);
    QVERIFY2(saved.contains(QLatin1Char('3')), qPrintable(saved));
    const QString file = QCoreApplication::translate("MainWindow", "&File");
    if (language == QLatin1String("en"))
        QCOMPARE(file, QStringLiteral("&File"));
    else
        QVERIFY2(file != QLatin1String("&File") && file.contains(QLatin1Char('&')), qPrintable(file));
}

void TestTranslations::accessKeysDifferInEveryMenu_data()
{
    everyLanguageLoads_data();
}

void TestTranslations::accessKeysDifferInEveryMenu()
{
    QFETCH(QString, language);
    Translations::install(language);
    MainWindow window;
    QList<QList<QAction *>> menus{window.menuBar()->actions()};
    for (QAction *menu : window.menuBar()->actions())
        menus << menu->menu()->actions();
    for (const QList<QAction *> &items : std::as_const(menus)) {
        QSet<QChar> keys;
        for (const QAction *item : items) {
            if (item->isSeparator())
                continue;
            const qsizetype amp = item->text().indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < item->text().size(), qPrintable(item->text()));
            const QChar key = item->text().at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(item->text()));
            keys.insert(key);
        }
    }
}

void TestTranslations::questionsHaveAccessKeysAndSafeDefaults_data()
{
    everyLanguageLoads_data();
}

// Every question the window asks, in every language, answered with Return
// as someone who takes the suggested answer would: each button has its own
// access key, and Return never loses anyone's text.
void TestTranslations::questionsHaveAccessKeysAndSafeDefaults()
{
    QFETCH(QString, language);
    Translations::install(language);
    const QString path = m_dir->filePath(QStringLiteral("Notizen.cpbook"));
    QVERIFY(createNotebookAtVersion(path, Notebook::latestSchemaVersion(),
                                    {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}));
    {
        // Left behind, as by a window that crashed.
        UnsavedJournal left(path);
        QSqlRecord fields;
        fields.append(QSqlField(QStringLiteral("title"), QMetaType(QMetaType::QString)));
        fields.setValue(0, QStringLiteral("Lost words"));
        NoteModel::PendingChange change;
        change.op = NoteModel::PendingChange::Insert;
        change.row = 0;
        change.record = fields;
        QVERIFY(left.write({change}));
    }

    const int returns = 6; // recover, revert, three conflicts, close (Delete moves to the Trash unasked)
    MessageBoxAnswerer answerer(QList<QMessageBox::StandardButton>(returns, QMessageBox::NoButton));
    auto window = openWindow();
    QVERIFY(window);
    auto *list = window->findChild<QListView *>(QStringLiteral("noteList"));
    auto *content = window->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"));
    const auto select = [&](const QString &title) {
        const QModelIndexList found = list->model()->match(list->model()->index(0, list->modelColumn()),
                                                           Qt::DisplayRole, title, 1, Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), qPrintable(title));
        list->setCurrentIndex(found.first());
    };
    QTRY_COMPARE(answerer.seen().size(), 1);
    select(QStringLiteral("Lost words")); // recovered

    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    select(QStringLiteral("Beta"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->currentIndex().data(NoteModel::PendingStateRole).value<NoteModel::PendingState>(),
             NoteModel::PendingState::Deleted);
    for (const QString &title : {QStringLiteral("Alpha"), QStringLiteral("Gamma")}) {
        select(title);
        content->setFocus();
        QTest::keyClicks(content, QStringLiteral(" mine"));
    }
    window->findChild<QAction *>(QStringLiteral("actionRevert"))->trigger();
    QVERIFY(window->isWindowModified()); // Return kept every change

    QVERIFY(execElsewhere(path, {QStringLiteral("UPDATE note SET content = 'theirs' WHERE title IN ('Alpha', 'Beta')"),
                                 QStringLiteral("DELETE FROM note WHERE title = 'Gamma'")}));
    window->findChild<QAction *>(QStringLiteral("actionSave"))->trigger();
    QVERIFY(!window->isWindowModified());
    // Theirs and mine of Alpha, their Beta, my Gamma as a new note, the
    // recovered note.
    QCOMPARE(titlesOnDisk(path).size(), 5);
    QVERIFY(titlesOnDisk(path).contains(QStringLiteral("Beta")));

    window->findChild<QAction *>(QStringLiteral("actionNewNote"))->trigger();
    QVERIFY(window->close());
    QCOMPARE(titlesOnDisk(path).size(), 6); // Return saved it
    QVERIFY(answerer.allAnswered());

    const QList<MessageBoxAnswerer::Seen> seen = answerer.seen();
    QCOMPARE(seen.size(), returns);
    for (const MessageBoxAnswerer::Seen &box : seen) {
        QSet<QChar> keys;
        for (const QString &button : box.buttons) {
            const qsizetype amp = button.indexOf(QLatin1Char('&'));
            QVERIFY2(amp >= 0 && amp + 1 < button.size() && !button.at(amp + 1).isSpace(),
                     qPrintable(box.text + QStringLiteral(": ") + button));
            const QChar key = button.at(amp + 1).toLower();
            QVERIFY2(!keys.contains(key), qPrintable(box.text + QStringLiteral(": ") + box.buttons.join(QLatin1Char('|'))));
            keys.insert(key);
        }
    }
}

void TestTranslations::editorFontAndBackupsApplyAtOnce()
{
    Translations::install(QStringLiteral("en"));
    auto window = openWindow();
    QVERIFY(window);
    auto *content = window->findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"));
    // Edit ▸ Preferences…, used while it is open, as a user would.
    bool checked = false;
    QTimer::singleShot(100, this, [&] {
        auto *dialog = qobject_cast<PreferencesDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *size = dialog->findChild<QSpinBox *>(QStringLiteral("sizeSpin"));
        size->setFocus();
        size->selectAll();
        QTest::keyClicks(size, QStringLiteral("21"));
        QCOMPARE(content->font().pointSize(), 21); // at once, the dialog still open
        auto *backups = dialog->findChild<QSpinBox *>(QStringLiteral("backupsSpin"));
        backups->setFocus();
        backups->selectAll();
        QTest::keyClicks(backups, QStringLiteral("12"));
        QCOMPARE(PreferencesDialog::backupsToKeep(), 12);
        QTest::keyClick(dialog, Qt::Key_Escape);
        checked = true;
    });
    window->findChild<QAction *>(QStringLiteral("actionPreferences"))->trigger();
    QVERIFY(checked);
    QCOMPARE(PreferencesDialog::editorFont().pointSize(), 21);

    // A new window starts with the font chosen.
    MainWindow another;
    QCOMPARE(another.findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"))->font().pointSize(), 21);
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
