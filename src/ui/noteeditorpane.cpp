#include "noteeditorpane.h"

#include "backlinkdelegate.h"
#include "markdownsource.h"
#include "noteeditor.h"
#include "notemodel.h"
#include "notepreview.h"
#include "titlevalidator.h"
#include "ui_noteeditorpane.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

NoteEditorPane::NoteEditorPane(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NoteEditorPane>())
{
    m_ui->setupUi(this);
    QFont titleFont = m_ui->titleEdit->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_ui->titleEdit->setFont(titleFont);
    m_ui->titleEdit->setValidator(new TitleValidator(m_ui->titleEdit));
    m_ui->contentEdit->document()->setDocumentMargin(8);
    connect(m_ui->titleEdit, &QLineEdit::textChanged, this, &NoteEditorPane::updateTitleHint);
    m_ui->backlinksList->setItemDelegate(new BacklinkDelegate(m_ui->backlinksList));
    m_renderTimer.setSingleShot(true);
    m_renderTimer.setInterval(250);
    connect(&m_renderTimer, &QTimer::timeout, this, &NoteEditorPane::renderPreview);
    connect(m_ui->contentEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (m_viewMode != ViewMode::Edit)
            m_renderTimer.start();
    });
    connect(m_ui->contentEdit->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &NoteEditorPane::followEditorScrolling);
    connect(m_ui->contentEdit->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &NoteEditorPane::followEditorScrolling);
    connect(m_ui->preview, &NotePreview::taskBoxClicked, this, &NoteEditorPane::toggleTaskBox);
    // Opening the note rebuilds this list: reported once the click is over,
    // and by id, never by an item that may be gone by then.
    const auto open = [this](QListWidgetItem *item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        QMetaObject::invokeMethod(this, [this, id] { emit backlinkActivated(id); }, Qt::QueuedConnection);
    };
    connect(m_ui->backlinksList, &QListWidget::itemActivated, this, open);
    connect(m_ui->backlinksList, &QListWidget::itemClicked, this, open);
    m_ui->textSplitter->setStretchFactor(0, 1);
    m_ui->textSplitter->setStretchFactor(1, 1);
    updateTitleHint();
    setState(State::NoNote, QString());
    setViewMode(ViewMode::Edit);
}

NoteEditorPane::~NoteEditorPane() = default;

QLineEdit *NoteEditorPane::titleEdit() const
{
    return m_ui->titleEdit;
}

TagEdit *NoteEditorPane::tagsEdit() const
{
    return m_ui->tagsEdit;
}

NoteEditor *NoteEditorPane::contentEdit() const
{
    return m_ui->contentEdit;
}

NotePreview *NoteEditorPane::preview() const
{
    return m_ui->preview;
}

void NoteEditorPane::setViewMode(ViewMode mode)
{
    const bool hadFocus = m_ui->contentEdit->hasFocus() || m_ui->preview->hasFocus();
    m_viewMode = mode;
    m_ui->contentEdit->setVisible(mode != ViewMode::Preview);
    m_ui->preview->setVisible(mode != ViewMode::Edit);
    if (mode != ViewMode::Edit)
        renderPreview();
    if (hadFocus)
        (mode == ViewMode::Preview ? static_cast<QWidget *>(m_ui->preview) : m_ui->contentEdit)->setFocus();
}

void NoteEditorPane::noteShown()
{
    renderPreview();
}

void NoteEditorPane::setBacklinks(const QList<NoteLinks::Backlink> &links)
{
    m_backlinkCount = int(links.size());
    m_ui->backlinksList->clear();
    for (const NoteLinks::Backlink &link : links) {
        auto *item = new QListWidgetItem(link.title);
        item->setData(Qt::UserRole, link.id);
        item->setData(BacklinkDelegate::SentenceRole, link.sentence);
        item->setToolTip(link.sentence);
        // A screen reader says both, as the row shows them.
        item->setData(Qt::AccessibleTextRole, link.sentence.isEmpty() ? link.title : link.title + QStringLiteral(": ") + link.sentence);
        m_ui->backlinksList->addItem(item);
    }
    m_ui->backlinksLabel->setVisible(m_backlinkCount > 0);
    m_ui->backlinksList->setVisible(m_backlinkCount > 0);
    // A few links show whole; more scroll.
    const int rows = qMin(m_backlinkCount, 3);
    int height = 2 * m_ui->backlinksList->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += m_ui->backlinksList->sizeHintForRow(row);
    m_ui->backlinksList->setMaximumHeight(qMax(height, fontMetrics().height() * 2));
    updateBacklinksLabel();
}

bool NoteEditorPane::goToHeading(const QString &heading)
{
    const QString key = MarkdownSource::titleKey(heading);
    static const QRegularExpression pattern(QStringLiteral("^ {0,3}#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$"));
    const QList<bool> code = MarkdownSource::codeMask(m_ui->contentEdit->toPlainText());
    QTextBlock found;
    for (QTextBlock block = m_ui->contentEdit->document()->begin(); block.isValid(); block = block.next()) {
        const QRegularExpressionMatch match = pattern.match(block.text());
        if (match.hasMatch() && !code.value(block.position())
            && MarkdownSource::titleKey(MarkdownSource::plainText(match.captured(1))) == key) {
            found = block;
            break;
        }
    }
    if (!found.isValid())
        return false;
    // At the top: the heading's section is what the link wanted to show.
    NoteEditor *editor = m_ui->contentEdit;
    editor->setTextCursor(QTextCursor(found));
    editor->verticalScrollBar()->setValue(found.firstLineNumber()); // its lines are the scroll steps
    if (m_viewMode != ViewMode::Edit) {
        renderPreview();
        QTextDocument *rendered = m_ui->preview->document();
        for (QTextBlock block = rendered->begin(); block.isValid(); block = block.next()) {
            if (block.blockFormat().headingLevel() > 0 && MarkdownSource::titleKey(block.text()) == key) {
                m_ui->preview->verticalScrollBar()->setValue(
                    int(rendered->documentLayout()->blockBoundingRect(block).top()));
                break;
            }
        }
    }
    return true;
}

void NoteEditorPane::updateBacklinksLabel()
{
    m_ui->backlinksLabel->setText(tr("Linked from %n note(s):", nullptr, m_backlinkCount));
}

void NoteEditorPane::renderPreview()
{
    m_renderTimer.stop();
    if (m_viewMode == ViewMode::Edit)
        return;
    m_ui->preview->showMarkdown(m_ui->contentEdit->toPlainText());
    followEditorScrolling();
}

void NoteEditorPane::followEditorScrolling()
{
    if (m_viewMode != ViewMode::SideBySide)
        return;
    // The same share of the way down: lines and rendered paragraphs differ
    // in height, but the reader stays near the same place.
    const QScrollBar *source = m_ui->contentEdit->verticalScrollBar();
    QScrollBar *target = m_ui->preview->verticalScrollBar();
    const double at = source->maximum() > 0 ? double(source->value()) / source->maximum() : 0.0;
    target->setValue(qRound(at * target->maximum()));
}

void NoteEditorPane::toggleTaskBox(int index)
{
    if (m_state != State::Editable)
        return;
    // The same text as the preview rendered, so the nth box is the one clicked.
    const QString source = m_ui->contentEdit->toPlainText();
    if (source != m_ui->preview->markdown())
        return;
    const QList<int> boxes = MarkdownSource::taskBoxes(source);
    if (index < 0 || index >= boxes.size())
        return;
    const int at = boxes.at(index);
    // An edit of the text like any other: pending until Save, undone by Undo.
    QTextCursor cursor(m_ui->contentEdit->document());
    cursor.setPosition(at);
    cursor.setPosition(at + 1, QTextCursor::KeepAnchor);
    cursor.insertText(source.at(at) == u' ' ? QStringLiteral("x") : QStringLiteral(" "));
    renderPreview();
}

void NoteEditorPane::setState(State state, const QString &newNoteKey)
{
    m_state = state;
    m_newNoteKey = newNoteKey;
    const bool hasNote = state != State::NoNote;
    const bool editable = state == State::Editable;
    m_ui->titleEdit->setEnabled(hasNote);
    m_ui->contentEdit->setEnabled(hasNote);
    m_ui->tagsEdit->setEnabled(hasNote);
    m_ui->titleEdit->setReadOnly(!editable);
    m_ui->contentEdit->setReadOnly(!editable);
    m_ui->tagsEdit->setReadOnly(!editable);
    m_ui->titleCounter->setVisible(hasNote);
    updatePlaceholders();
}

void NoteEditorPane::updatePlaceholders()
{
    const bool hasNote = m_state != State::NoNote;
    m_ui->titleEdit->setPlaceholderText(hasNote ? tr("Title (a note needs one)") : tr("No note selected"));
    if (!hasNote)
        m_ui->contentEdit->setPlaceholderText(
            tr("Select a note in the list, or press %1 to write a new one.").arg(m_newNoteKey));
    else if (m_state == State::Unreadable)
        m_ui->contentEdit->setPlaceholderText(
            tr("The text of this note could not be read: another program may be using the "
               "notebook. Select the note again in a moment."));
    else
        m_ui->contentEdit->setPlaceholderText(QString());
    m_ui->preview->setPlaceholderText(hasNote && m_state != State::Unreadable
                                          ? tr("This note has no text yet.")
                                          : m_ui->contentEdit->placeholderText());
}

void NoteEditorPane::updateTitleHint()
{
    const int length = NoteModel::titleLength(m_ui->titleEdit->text());
    const int max = NoteModel::MaxTitleLength;
    m_ui->titleCounter->setText(tr("%1/%2").arg(length).arg(max));
    const bool tooLong = length > max;
    // Not cut off: a pasted title stays whole until the user decides where to shorten it.
    m_ui->titleWarning->setVisible(tooLong);
    if (tooLong)
        m_ui->titleWarning->setText(
            tr("This title is %n character(s) too long: titles can have at most %1 characters, "
               "so the note cannot be saved until it is shorter.",
               nullptr, length - max)
                .arg(max));
    QPalette palette = m_ui->titleCounter->palette();
    palette.setColor(QPalette::WindowText,
                     tooLong ? QColor(Qt::red) : this->palette().color(QPalette::WindowText));
    m_ui->titleCounter->setPalette(palette);
    m_ui->titleWarning->setPalette(palette);
}

void NoteEditorPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updatePlaceholders();
        updateBacklinksLabel();
        updateTitleHint();
    } else if (event->type() == QEvent::PaletteChange) {
        updateTitleHint(); // its counter's colour comes from the palette
    }
    QWidget::changeEvent(event);
}
