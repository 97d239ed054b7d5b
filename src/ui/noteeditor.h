#pragma once

#include <QPlainTextEdit>

// The editor of a note's text: plain text, whatever is pasted or dropped.
// Browsers and office suites often put only HTML on the clipboard;
// QPlainTextEdit would insert nothing from that, so its text is taken.
class NoteEditor final : public QPlainTextEdit
{
    Q_OBJECT

public:
    using QPlainTextEdit::QPlainTextEdit;

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
};
