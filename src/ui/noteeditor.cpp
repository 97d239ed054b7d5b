#include "noteeditor.h"

#include "markdownhighlighter.h"
#include "markdownsource.h"
#include "spellchecker.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QCompleter>
#include <QContextMenuEvent>
#include <QLocale>
#include <QMenu>
#include <QEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QTextDocumentFragment>
#include <QTextLayout>

namespace {

// Whether the highlighter marked position (in its block) as kind.
bool markedAs(const QTextBlock &block, int position, MarkdownHighlighter::Kind kind)
{
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (position >= range.start && position < range.start + range.length
            && (range.format.property(MarkdownHighlighter::KindProperty).toInt() & (1 << int(kind))))
            return true;
    }
    return false;
}

} // namespace

NoteEditor::NoteEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new MarkdownHighlighter(document()))
    , m_completer(new QCompleter(this))
    , m_titles(new QStringListModel(this))
{
    m_highlighter->setPalette(palette(), font());
    m_completer->setModel(m_titles);
    m_completer->setWidget(this);
    // The titles come matched from the notebook, the most recent first.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->popup()->setAccessibleName(tr("Note titles"));
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &NoteEditor::insertTitle);
}

NoteEditor::~NoteEditor() = default;

bool NoteEditor::setSpelling(bool enabled, const QString &language)
{
    m_spelling.reset();
    bool loaded = true;
    if (enabled) {
        m_spelling = std::make_unique<SpellChecker>();
        const QString chosen = SpellChecker::bestLanguage(language.isEmpty() ? QLocale().name() : language);
        loaded = !chosen.isEmpty() && m_spelling->load(chosen);
    }
    m_highlighter->setSpellChecker(m_spelling.get());
    return loaded;
}

QMenu *NoteEditor::createContextMenu(const QPoint &pos)
{
    QMenu *menu = createStandardContextMenu(pos);
    const QTextCursor at = cursorForPosition(pos);
    const QTextBlock block = at.block();
    if (!m_spelling || isReadOnly() || !block.isValid())
        return menu;
    // The misspelled word under the pointer, as the highlighter marked it.
    const int inBlock = at.positionInBlock();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (!(range.format.property(MarkdownHighlighter::KindProperty).toInt()
              & (1 << int(MarkdownHighlighter::Kind::Misspelled)))
            || inBlock < range.start || inBlock > range.start + range.length)
            continue;
        const int start = block.position() + range.start;
        const int length = range.length;
        const QString word = block.text().mid(range.start, length);
        QAction *before = menu->actions().value(0);
        const QStringList suggestions = m_spelling->suggestions(word);
        for (const QString &suggestion : suggestions) {
            QAction *replace = new QAction(suggestion, menu);
            connect(replace, &QAction::triggered, this, [this, start, length, suggestion] {
                // One edit, undone by Undo, pending like typing.
                QTextCursor cursor(document());
                cursor.setPosition(start);
                cursor.setPosition(start + length, QTextCursor::KeepAnchor);
                cursor.insertText(suggestion);
            });
            menu->insertAction(before, replace);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No Suggestions"), menu);
            none->setEnabled(false);
            menu->insertAction(before, none);
        }
        QAction *add = new QAction(tr("&Add “%1” to Dictionary").arg(word), menu);
        connect(add, &QAction::triggered, this, [this, word] {
            m_spelling->addToPersonal(word);
            m_highlighter->rehighlight();
        });
        menu->insertAction(before, add);
        menu->insertSeparator(before);
        break;
    }
    return menu;
}

void NoteEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createContextMenu(event->pos()));
    menu->exec(event->globalPos());
}

void NoteEditor::setTitleSource(std::function<QStringList(const QString &)> titles)
{
    m_titleSource = std::move(titles);
}

void NoteEditor::changeEvent(QEvent *event)
{
    // The marks' colours and code font follow the theme and the editor's font.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        m_highlighter->setPalette(palette(), font());
    QPlainTextEdit::changeEvent(event);
}

void NoteEditor::keyPressEvent(QKeyEvent *event)
{
    // While titles are offered, these keys choose or close; Escape closes
    // the list and keeps every character typed.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Escape:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace)
        offerTitles();
}

void NoteEditor::offerTitles()
{
    const QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    const int open = int(before.lastIndexOf(QLatin1String("[[")));
    const QString typed = open < 0 ? QString() : before.mid(open + 2);
    // Only while the title itself is typed: not after ]], | or #, not in code.
    const bool typingTitle = open >= 0 && !isReadOnly() && m_titleSource && typed.size() <= 120
        && !typed.contains(QLatin1String("]]")) && !typed.contains(u'|') && !typed.contains(u'#')
        && !typed.contains(u'[') && !markedAs(block, open, MarkdownHighlighter::Kind::InlineCode)
        && !markedAs(block, open, MarkdownHighlighter::Kind::CodeBlock)
        && !markedAs(block, open, MarkdownHighlighter::Kind::FenceMarker);
    const QStringList titles = typingTitle ? m_titleSource(typed.trimmed()) : QStringList();
    if (titles.isEmpty()) {
        m_completer->popup()->hide();
        m_completionStart = -1;
        return;
    }
    m_completionStart = block.position() + open + 2;
    m_titles->setStringList(titles);
    QRect rect = cursorRect();
    rect.setWidth(m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
}

void NoteEditor::insertTitle(const QString &title)
{
    if (m_completionStart < 0)
        return;
    // One edit: the typed part becomes the title, closed by ]] unless it is already.
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    cursor.setPosition(m_completionStart, QTextCursor::KeepAnchor);
    cursor.insertText(title);
    const QString after = cursor.block().text().mid(cursor.positionInBlock(), 2);
    if (after == QLatin1String("]]"))
        cursor.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, 2);
    else
        cursor.insertText(QStringLiteral("]]"));
    cursor.endEditBlock();
    setTextCursor(cursor);
    m_completionStart = -1;
}

bool NoteEditor::followLinkAtCursor()
{
    return followLinkAt(textCursor().position());
}

bool NoteEditor::followLinkAt(int position)
{
    const QTextBlock block = document()->findBlock(position);
    const int at = position - block.position();
    // The highlighter knows what is code: a [[link]] there is text.
    if (!block.isValid() || !(markedAs(block, at, MarkdownHighlighter::Kind::WikiLink)
                              || markedAs(block, at - 1, MarkdownHighlighter::Kind::WikiLink)))
        return false;
    for (const MarkdownSource::WikiLink &link : MarkdownSource::wikiLinks(block.text())) {
        if (at >= link.start && at <= link.start + link.length) {
            emit wikiLinkActivated(link.title, link.heading);
            return true;
        }
    }
    return false;
}

void NoteEditor::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)
        && !textCursor().hasSelection() && followLinkAt(cursorForPosition(event->position().toPoint()).position())) {
        event->accept();
        return;
    }
    QPlainTextEdit::mouseReleaseEvent(event);
}

bool NoteEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasHtml() || !localFiles(source).isEmpty() || !imageFormat(source).isEmpty()
        || QPlainTextEdit::canInsertFromMimeData(source);
}

QStringList NoteEditor::localFiles(const QMimeData *source) const
{
    if (!m_attachmentHandler || isReadOnly() || !source->hasUrls())
        return {};
    QStringList files;
    for (const QUrl &url : source->urls()) {
        // Web addresses stay text; only the user's own files are taken in.
        if (!url.isLocalFile())
            return {};
        files.append(url.toLocalFile());
    }
    return files;
}

QString NoteEditor::imageFormat(const QMimeData *source) const
{
    // Text wins: office suites put a picture of copied text beside it.
    if (!m_attachmentHandler || isReadOnly() || source->hasText())
        return {};
    // The bytes as they came, not decoded and encoded again.
    static const QStringList formats{QStringLiteral("image/png"), QStringLiteral("image/jpeg"),
                                     QStringLiteral("image/gif"), QStringLiteral("image/webp"),
                                     QStringLiteral("image/bmp")};
    for (const QString &format : formats) {
        if (source->hasFormat(format))
            return format;
    }
    return source->hasImage() ? QStringLiteral("application/x-qt-image") : QString();
}

bool NoteEditor::attachFile(const QString &path)
{
    if (!m_attachmentHandler || isReadOnly())
        return false;
    const QString reference = m_attachmentHandler(path, {}, {});
    if (reference.isNull())
        return false;
    insertReferences({reference});
    return true;
}

void NoteEditor::insertReferences(const QStringList &references)
{
    if (references.isEmpty())
        return;
    // Each on a line of its own: an image in the middle of a heading or a
    // word would break it.
    QTextCursor cursor = textCursor();
    cursor.removeSelectedText();
    QString text = references.join(u'\n');
    if (!cursor.atBlockStart())
        text.prepend(u'\n');
    if (!cursor.atBlockEnd())
        text.append(u'\n');
    cursor.insertText(text);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void NoteEditor::insertFromMimeData(const QMimeData *source)
{
    const QStringList files = localFiles(source);
    if (!files.isEmpty()) {
        QStringList references;
        for (const QString &file : files) {
            const QString reference = m_attachmentHandler(file, {}, {});
            if (!reference.isNull())
                references.append(reference);
        }
        insertReferences(references);
        return;
    }
    const QString format = imageFormat(source);
    if (!format.isEmpty()) {
        QByteArray data;
        QString suffix;
        if (format == QLatin1String("application/x-qt-image")) {
            QBuffer buffer(&data);
            buffer.open(QIODevice::WriteOnly);
            qvariant_cast<QImage>(source->imageData()).save(&buffer, "PNG");
            suffix = QStringLiteral("png");
        } else {
            data = source->data(format);
            suffix = format == QLatin1String("image/jpeg") ? QStringLiteral("jpg") : format.mid(6);
        }
        const QString name = tr("Pasted image %1")
                                 .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss")))
            + u'.' + suffix;
        const QString reference = m_attachmentHandler({}, data, name);
        if (!reference.isNull())
            insertReferences({reference});
        return;
    }
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
