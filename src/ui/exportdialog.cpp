#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QPushButton>
#include <QRadioButton>

ExportDialog::ExportDialog(int listed, const QString &current, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Export Notes"));
    m_ui->allButton->setText(tr("&Every note outside the Trash"));
    m_ui->listedButton->setText(tr("The &notes listed now (%n)", nullptr, listed));
    m_ui->listedButton->setEnabled(listed > 0);
    m_ui->currentButton->setText(current.isEmpty() ? tr("&This note") : tr("&This note: “%1”").arg(current));
    m_ui->currentButton->setEnabled(!current.isEmpty());
    m_export = m_ui->buttons->addButton(tr("E&xport…"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &QDialog::accept);
    for (QRadioButton *button : {m_ui->markdownButton, m_ui->htmlButton, m_ui->pdfButton})
        connect(button, &QRadioButton::toggled, this, &ExportDialog::showFormat);
    showFormat();
}

void ExportDialog::showFormat()
{
    const QString unsaved = tr("Unsaved changes are not written: save first to include them.");
    switch (format()) {
    case NoteExport::Format::Markdown:
        m_ui->formatLabel->setText(tr("One Markdown file for each note, with its title, tags and dates, and the "
                                      "attachments beside them, in a new folder in the folder you choose next. "
                                      "Commonplace, Obsidian and other Markdown editors read them.")
                                   + u' ' + unsaved);
        m_export->setAccessibleName(tr("Choose the folder and export"));
        break;
    case NoteExport::Format::Html:
        m_ui->formatLabel->setText(tr("One page for each note and an index of them, linked as the notes are, with "
                                      "the attachments, in a new folder in the folder you choose next. Any web "
                                      "browser shows them, with no network.")
                                   + u' ' + unsaved);
        m_export->setAccessibleName(tr("Choose the folder and export"));
        break;
    case NoteExport::Format::Pdf:
        m_ui->formatLabel->setText(tr("One PDF file, each note from a new page with its pictures, and a table of "
                                      "contents first when there are several. You choose the file next.")
                                   + u' ' + unsaved);
        m_export->setAccessibleName(tr("Choose the file and export"));
        break;
    }
}

ExportDialog::~ExportDialog() = default;

NoteExport::Format ExportDialog::format() const
{
    if (m_ui->htmlButton->isChecked())
        return NoteExport::Format::Html;
    if (m_ui->pdfButton->isChecked())
        return NoteExport::Format::Pdf;
    return NoteExport::Format::Markdown;
}

ExportDialog::Which ExportDialog::which() const
{
    if (m_ui->listedButton->isChecked())
        return Which::Listed;
    if (m_ui->currentButton->isChecked())
        return Which::Current;
    return Which::All;
}
