#include "mainwindow.h"
#include "messageboxanswerer.h"
#include "preferencesdialog.h"
#include "testsupport.h"
#include "translations.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
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
    void editorFontAndBackupsApplyAtOnce();

private:
    std::unique_ptr<MainWindow> openWindow();
    QString menuTitle(MainWindow &window, int index);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTranslations::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("Commonplace"));
    QApplication::setApplicationName(QStringLiteral("Commonplace"));
}

void TestTranslations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QSettings().clear();
}

void TestTranslations::cleanup()
{
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
