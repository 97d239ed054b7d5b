#include "noteeditor.h"

#include "markdownhighlighter.h"

#include <QEvent>
#include <QMimeData>
#include <QTextDocumentFragment>

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    m_highlighter->setPalette(palette(), font());
}

void NoteEditor::changeEvent(QEvent *event)
{
    // The marks' colours and code font follow the theme and the editor's font.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_highlighter->setPalette(palette(), font());
    QPlainTextEdit::changeEvent(event);
}

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
