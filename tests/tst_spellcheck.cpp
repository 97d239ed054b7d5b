#include "markdownhighlighter.h"
#include "noteeditor.h"
#include "preferencesdialog.h"
#include "spellchecker.h"
#include "testsupport.h"

#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

// Spelling in the editor, with the dictionary .ci/install-deps installs
// (hunspell-en-us), and without any.
class TestSpellCheck : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void misspelledWordsAreUnderlined();
    void suggestionsReplaceTheWordAsAnEdit();
    void addedWordsAreKept();
    void theLanguageFollowsTheApp();
    void withoutADictionaryNothingIsChecked();

private:
    // The words the highlighter underlined, in order.
    static QStringList underlined(const NoteEditor &editor);
    // Where the word is drawn in the editor.
    static QPoint pointAt(const NoteEditor &editor, const QString &word);
};

void TestSpellCheck::initTestCase()
{
    TestSupport::useTestAppData();
    QVERIFY2(SpellChecker::installedLanguages().contains(QStringLiteral("en_US")),
             "the en_US dictionary (hunspell-en-us) is not installed");
}

void TestSpellCheck::init()
{
    QSettings().clear();
    QFile::remove(SpellChecker::personalListPath());
}

void TestSpellCheck::cleanup()
{
    SpellChecker::setDictionaryFolders({});
    QFile::remove(SpellChecker::personalListPath());
}

QStringList TestSpellCheck::underlined(const NoteEditor &editor)
{
    QStringList words;
    for (QTextBlock block = editor.document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (range.format.property(MarkdownHighlighter::KindProperty).toInt()
                & (1 << int(MarkdownHighlighter::Kind::Misspelled))) {
                // Drawn as a wavy line; anything else is reported as not underlined.
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    words << block.text().mid(range.start, range.length);
            }
        }
    }
    return words;
}

QPoint TestSpellCheck::pointAt(const NoteEditor &editor, const QString &word)
{
    QTextCursor cursor = editor.document()->find(word);
    cursor.setPosition(cursor.selectionStart() + 1);
    return editor.cursorRect(cursor).center();
}

void TestSpellCheck::misspelledWordsAreUnderlined()
{
    NoteEditor editor;
    QVERIFY(editor.setSpelling(true, QStringLiteral("en_US")));
    QCOMPARE(editor.spellChecker()->language(), QStringLiteral("en_US"));
    editor.setPlainText(QStringLiteral("# The quikc brown fox\n"
                                       "It's a **wonderfull** day; don't worry. Numbers like 42abc are not words.\n"
                                       "`teh code` and [[Teh Linkk]] and https://example.org/tehh and [sme](http://x/yy)\n"
                                       "```\nspeling in a fence\n```\n"
                                       "> Quoted mispeling"));
    QCOMPARE(underlined(editor), (QStringList{QStringLiteral("quikc"), QStringLiteral("wonderfull"),
                                              QStringLiteral("mispeling")}));
    // Off: nothing is underlined.
    QVERIFY(editor.setSpelling(false, QString()));
    QVERIFY(underlined(editor).isEmpty());
}

void TestSpellCheck::suggestionsReplaceTheWordAsAnEdit()
{
    NoteEditor editor;
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.setSpelling(true, QStringLiteral("en_US")));
    editor.setPlainText(QStringLiteral("A quikc test."));
    std::unique_ptr<QMenu> menu(editor.createContextMenu(pointAt(editor, QStringLiteral("quikc"))));
    QAction *quick = nullptr;
    for (QAction *action : menu->actions())
        if (action->text() == QLatin1String("quick"))
            quick = action;
    QVERIFY(quick);
    QVERIFY(menu->actions().indexOf(quick) < 6); // the suggestions come first
    quick->trigger();
    QCOMPARE(editor.toPlainText(), QStringLiteral("A quick test."));
    QVERIFY(underlined(editor).isEmpty());
    editor.undo();
    QCOMPARE(editor.toPlainText(), QStringLiteral("A quikc test."));
    // A correct word has no spelling entries, only the usual editing ones.
    menu.reset(editor.createContextMenu(pointAt(editor, QStringLiteral("test"))));
    for (QAction *action : menu->actions())
        QVERIFY2(!action->text().contains(QLatin1String("Dictionary")), qPrintable(action->text()));
}

void TestSpellCheck::addedWordsAreKept()
{
    NoteEditor editor;
    editor.resize(500, 300);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(editor.setSpelling(true, QStringLiteral("en_US")));
    editor.setPlainText(QStringLiteral("Commonplacey words."));
    QCOMPARE(underlined(editor), QStringList{QStringLiteral("Commonplacey")});
    std::unique_ptr<QMenu> menu(editor.createContextMenu(pointAt(editor, QStringLiteral("Commonplacey"))));
    QAction *add = nullptr;
    for (QAction *action : menu->actions())
        if (action->text() == QStringLiteral("&Add “Commonplacey” to Dictionary"))
            add = action;
    QVERIFY(add);
    add->trigger();
    QVERIFY(underlined(editor).isEmpty());
    // In the personal list, for every editor from now on.
    SpellChecker again;
    QVERIFY(again.load(QStringLiteral("en_US")));
    QVERIFY(again.isCorrect(QStringLiteral("Commonplacey")));
    QVERIFY(!again.isCorrect(QStringLiteral("Commonplaceyy")));
}

void TestSpellCheck::theLanguageFollowsTheApp()
{
    QCOMPARE(SpellChecker::bestLanguage(QStringLiteral("en_US")), QStringLiteral("en_US"));
    QCOMPARE(SpellChecker::bestLanguage(QStringLiteral("en")), QStringLiteral("en_US"));
    // No dictionary for the language: any installed one, so something is checked.
    QVERIFY(!SpellChecker::bestLanguage(QStringLiteral("xx_YY")).isEmpty());
}

void TestSpellCheck::withoutADictionaryNothingIsChecked()
{
    QTemporaryDir empty;
    SpellChecker::setDictionaryFolders({empty.path()});
    QVERIFY(SpellChecker::installedLanguages().isEmpty());
    NoteEditor editor;
    QVERIFY(!editor.setSpelling(true, QString())); // said, not shown as an error
    editor.setPlainText(QStringLiteral("A quikc tset."));
    QVERIFY(underlined(editor).isEmpty());
    std::unique_ptr<QMenu> menu(editor.createContextMenu(QPoint(5, 5)));
    QVERIFY(!menu->actions().isEmpty()); // the usual menu still works

    // Preferences says why, where the setting is.
    PreferencesDialog preferences;
    preferences.show();
    auto *note = preferences.findChild<QLabel *>(QStringLiteral("spellingNote"));
    QVERIFY(note && note->isVisible());
    QVERIFY(note->text().contains(QLatin1String("No spelling dictionary is installed")));
    QVERIFY(!preferences.findChild<QComboBox *>(QStringLiteral("spellingCombo"))->isEnabled());
}

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
