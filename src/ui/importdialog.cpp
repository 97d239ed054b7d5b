#include "importdialog.h"

#include "ui_importdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QPushButton>

ImportDialog::ImportDialog(const QString &source, const QString &notebook, const QString &notebookName,
                           QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
    , m_job(source, notebook, this)
    , m_sourceName(QFileInfo(source).fileName().isEmpty() ? QDir::toNativeSeparators(source) : QFileInfo(source).fileName())
    , m_notebookName(notebookName)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Import Notes"));
    m_import = m_ui->buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setAccessibleName(tr("Import the notes"));
    m_cancel = m_ui->buttons->addButton(QDialogButtonBox::Cancel);
    m_close = m_ui->buttons->addButton(QDialogButtonBox::Close);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, &ImportDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(&m_job, &ImportJob::progressed, this, &ImportDialog::onProgress);
    connect(&m_job, &ImportJob::saving, this, &ImportDialog::onSaving);
    connect(&m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    showWorking(tr("Looking at the notes in “%1”…").arg(m_sourceName), 0);
    m_job.survey();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::showWorking(const QString &text, int total)
{
    m_ui->pages->setCurrentWidget(m_ui->workingPage);
    m_ui->statusLabel->setText(text);
    m_ui->progressBar->setRange(0, total); // 0: busy, the total not known yet
    m_ui->progressBar->setValue(0);
    m_ui->itemLabel->clear();
    m_import->hide();
    m_close->hide();
    m_cancel->show();
    m_cancel->setEnabled(true);
    m_cancel->setDefault(true);
}

void ImportDialog::showSummary(const QString &text, const QString &itemsText, const QStringList &items)
{
    m_ui->pages->setCurrentWidget(m_ui->summaryPage);
    m_ui->summaryLabel->setText(text);
    m_ui->itemsLabel->setText(itemsText);
    m_ui->itemsLabel->setVisible(!items.isEmpty());
    m_ui->itemList->clear();
    m_ui->itemList->addItems(items);
    m_ui->itemList->setVisible(!items.isEmpty());
}

void ImportDialog::onProgress(int notes, const QString &item)
{
    if (m_ui->progressBar->maximum() > 0)
        m_ui->progressBar->setValue(qMin(notes, m_ui->progressBar->maximum()));
    m_ui->itemLabel->setText(tr("%Ln note(s): %1", nullptr, notes).arg(item));
}

// The commit and the indexing have no count to show: a busy bar, which the
// style animates, tells that the import goes on.
void ImportDialog::onSaving()
{
    m_ui->statusLabel->setText(tr("Saving the notes of “%1” into “%2”…").arg(m_sourceName, m_notebookName));
    m_ui->progressBar->setRange(0, 0);
}

static QStringList itemsOf(const QList<ImportReport::Item> &items)
{
    QStringList lines;
    for (const ImportReport::Item &item : items)
        lines << ImportDialog::tr("%1 — %2").arg(item.source, item.reason);
    return lines;
}

void ImportDialog::onFinished(ImportJob::Step step, ImportJob::Outcome outcome)
{
    const ImportReport report = m_job.report();
    if (outcome == ImportJob::Outcome::Cancelled && step == ImportJob::Step::Survey) {
        QDialog::reject();
        return;
    }
    m_cancel->hide();
    if (outcome != ImportJob::Outcome::Done) {
        showSummary(outcome == ImportJob::Outcome::Cancelled ? tr("The import was cancelled: nothing was imported, "
                                                                  "and the notebook is as it was.")
                                                             : m_job.errorString(),
                    {}, {});
        m_close->show();
        m_close->setDefault(true);
        return;
    }
    if (step == ImportJob::Step::Survey) {
        m_surveyed = report.notes;
        const QString found = tr("“%1” holds %Ln note(s)", nullptr, report.notes).arg(m_sourceName)
            + tr(", %Ln attachment(s)", nullptr, report.attachments)
            + tr(" and %Ln tag(s).", nullptr, int(m_job.surveyedTags().size()));
        const QString how = tr("Importing adds them to “%1” in one step, after a backup of the notebook, each with "
                               "a tag that names this import. The notes you are editing stay as they are.")
                                .arg(m_notebookName);
        showSummary(found + u' ' + how, tr("What will not come in as it is:"), itemsOf(report.skipped) + itemsOf(report.changed));
        m_import->show();
        m_import->setEnabled(report.notes > 0);
        m_import->setDefault(true);
        m_cancel->show();
        return;
    }
    m_imported = true;
    const QString done = tr("Imported %Ln note(s)", nullptr, report.notes)
        + tr(" and %Ln new attachment(s) into “%1”. ", nullptr, report.attachments).arg(m_notebookName)
        + tr("They have the tag “%1”.").arg(report.importTag);
    showSummary(done, tr("Imported with a change, or not imported:"), itemsOf(report.changed) + itemsOf(report.skipped));
    m_close->show();
    m_close->setDefault(true);
}

void ImportDialog::startImport()
{
    if (m_job.isRunning())
        return;
    showWorking(tr("Importing the notes of “%1” into “%2”…").arg(m_sourceName, m_notebookName), m_surveyed);
    m_job.import();
}

void ImportDialog::reject()
{
    // A running step is cancelled first; the dialog closes once it stopped.
    if (m_job.isRunning()) {
        m_job.cancel();
        m_cancel->setEnabled(false);
        m_ui->statusLabel->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}
