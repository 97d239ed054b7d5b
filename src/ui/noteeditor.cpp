#include "noteeditor.h"

#include <QMimeData>
#include <QTextDocumentFragment>

bool NoteEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || QPlainTextEdit::canInsertFromMimeData(source);
}

void NoteEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText() || !source->hasHtml() || isReadOnly()) {
        QPlainTextEdit::insertFromMimeData(source);
        return;
    }
    // Only the text of the HTML: no markup, and nothing fetched (images and
    // styles it names are never loaded).
    QString text = QTextDocumentFragment::fromHtml(source->html()).toPlainText();
    text.remove(QChar::ObjectReplacementCharacter); // where an image was
    textCursor().insertText(text);
    ensureCursorVisible();
}
