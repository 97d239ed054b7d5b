#include "exportdialog.h"

#include "ui_exportdialog.h"

#include <QPushButton>

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
    m_export->setAccessibleName(tr("Choose the folder and export"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &QDialog::accept);
}

ExportDialog::~ExportDialog() = default;

ExportDialog::Which ExportDialog::which() const
{
    if (m_ui->listedButton->isChecked())
        return Which::Listed;
    if (m_ui->currentButton->isChecked())
        return Which::Current;
    return Which::All;
}
