#pragma once

#include <QPlainTextEdit>

class MarkdownHighlighter;

// The editor of a note's text: plain text, whatever is pasted or dropped,
// with its Markdown marked as it is typed (the text itself is never changed).
// Browsers and office suites often put only HTML on the clipboard;
// QPlainTextEdit would insert nothing from that, so its text is taken.
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NoteEditor(QWidget *parent = nullptr);

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    void changeEvent(QEvent *event) override;

private:
    MarkdownHighlighter *m_highlighter;
};
