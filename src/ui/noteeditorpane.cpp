#include "noteeditorpane.h"

#include "notemodel.h"
#include "titlevalidator.h"
#include "ui_noteeditorpane.h"

#include <QEvent>

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
    updateTitleHint();
    setState(State::NoNote, QString());
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
        updateTitleHint();
    } else if (event->type() == QEvent::PaletteChange) {
        updateTitleHint(); // its counter's colour comes from the palette
    }
    QWidget::changeEvent(event);
}
