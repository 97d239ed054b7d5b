#pragma once

#include <QPlainTextEdit>

#include <functional>

class MarkdownHighlighter;
class QCompleter;
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

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // The titles to offer after [[ and what was typed after it.
    void setTitleSource(std::function<QStringList(const QString &prefix)> titles);
    QCompleter *titleCompleter() const { return m_completer; }

    // Reports the [[link]] at the text cursor; false if there is none.
    bool followLinkAtCursor();

signals:
    void wikiLinkActivated(const QString &title, const QString &heading);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool followLinkAt(int position);
    void offerTitles();
    void insertTitle(const QString &title);

    MarkdownHighlighter *m_highlighter;
    QCompleter *m_completer;
    QStringListModel *m_titles;
    std::function<QStringList(const QString &)> m_titleSource;
    int m_completionStart = -1; // where the typed part of the title begins
};
