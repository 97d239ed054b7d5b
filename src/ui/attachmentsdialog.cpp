#include "attachmentsdialog.h"

#include "ui_attachmentsdialog.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QMimeDatabase>
#include <QPushButton>

AttachmentsDialog::AttachmentsDialog(const QString &title, const QList<NoteAttachments::Attachment> &attachments,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AttachmentsDialog>())
    , m_title(title)
    , m_attachments(attachments)
{
    m_ui->setupUi(this);
    m_ui->layout->setStretch(0, 1);
    // The name takes the room; the type and size what they need.
    QHeaderView *header = m_ui->attachmentList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_open = m_ui->buttons->addButton(tr("&Open"), QDialogButtonBox::ActionRole);
    m_save = m_ui->buttons->addButton(tr("&Save As…"), QDialogButtonBox::ActionRole);
    connect(m_open, &QPushButton::clicked, this, [this] { emit openRequested(current()); });
    connect(m_save, &QPushButton::clicked, this, [this] { emit saveRequested(current()); });
    connect(m_ui->attachmentList, &QTreeWidget::itemActivated, this, [this] { emit openRequested(current()); });
    connect(m_ui->attachmentList, &QTreeWidget::currentItemChanged, this, &AttachmentsDialog::updateButtons);
    fill();
    if (m_ui->attachmentList->topLevelItemCount() > 0)
        m_ui->attachmentList->setCurrentItem(m_ui->attachmentList->topLevelItem(0));
    m_ui->attachmentList->setVisible(!m_attachments.isEmpty());
    m_ui->emptyLabel->setVisible(m_attachments.isEmpty());
    updateButtons();
}

AttachmentsDialog::~AttachmentsDialog() = default;

NoteAttachments::Attachment AttachmentsDialog::current() const
{
    const int row = m_ui->attachmentList->indexOfTopLevelItem(m_ui->attachmentList->currentItem());
    return row >= 0 && row < m_attachments.size() ? m_attachments.at(row) : NoteAttachments::Attachment();
}

void AttachmentsDialog::fill()
{
    setWindowTitle(tr("Attachments of “%1”").arg(m_title));
    m_open->setAccessibleName(tr("Open the attachment"));
    m_save->setAccessibleName(tr("Save the attachment as a file"));
    const int current = m_ui->attachmentList->indexOfTopLevelItem(m_ui->attachmentList->currentItem());
    m_ui->attachmentList->clear();
    const QMimeDatabase types;
    const QLocale locale;
    for (const NoteAttachments::Attachment &attachment : std::as_const(m_attachments)) {
        const QString type = types.mimeTypeForName(attachment.type).comment();
        auto *item = new QTreeWidgetItem(
            {attachment.name, type.isEmpty() ? attachment.type : type,
             locale.formattedDataSize(attachment.size, 1, QLocale::DataSizeTraditionalFormat)});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        m_ui->attachmentList->addTopLevelItem(item);
    }
    if (current >= 0)
        m_ui->attachmentList->setCurrentItem(m_ui->attachmentList->topLevelItem(current));
}

void AttachmentsDialog::updateButtons()
{
    const bool chosen = !current().hash.isEmpty();
    m_open->setEnabled(chosen);
    m_save->setEnabled(chosen);
}

void AttachmentsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        m_open->setText(tr("&Open"));
        m_save->setText(tr("&Save As…"));
        fill();
    }
    QDialog::changeEvent(event);
}
