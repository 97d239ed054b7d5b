#pragma once

#include <QPlainTextEdit>

#include <functional>
#include <memory>

class MarkdownHighlighter;
class QCompleter;
class QMenu;
class SpellChecker;
class QStringListModel;

// The editor of a note's text: plain text, whatever is pasted or dropped,
// with its Markdown marked as it is typed (the text itself is never changed).
// Browsers and office suites often put only HTML on the clipboard;
// QPlainTextEdit would insert nothing from that, so its text is taken.
// Typing [[ offers the titles of notes; Ctrl+click on a [[link]] follows it.
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);
    ~NoteEditor() override;

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // The titles to offer after [[ and what was typed after it.
    void setTitleSource(std::function<QStringList(const QString &prefix)> titles);
    QCompleter *titleCompleter() const { return m_completer; }

    // Reports the [[link]] at the text cursor; false if there is none.
    bool followLinkAtCursor();

    // Spell checking in language (empty: the best installed for the app's
    // language), or none; false if on but no dictionary is installed.
    bool setSpelling(bool enabled, const QString &language);
    const SpellChecker *spellChecker() const { return m_spelling.get(); }
    // The context menu at pos: a misspelled word's suggestions and Add to
    // Dictionary above the usual editing actions. The caller owns it.
    QMenu *createContextMenu(const QPoint &pos);

signals:
    void wikiLinkActivated(const QString &title, const QString &heading);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    bool followLinkAt(int position);
    void offerTitles();
    void insertTitle(const QString &title);

    MarkdownHighlighter *m_highlighter;
    std::unique_ptr<SpellChecker> m_spelling;
    QCompleter *m_completer;
    QStringListModel *m_titles;
    std::function<QStringList(const QString &)> m_titleSource;
    int m_completionStart = -1; // where the typed part of the title begins
};
