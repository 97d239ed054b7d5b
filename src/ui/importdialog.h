#pragma once

#include "importjob.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class ImportDialog;
}

// File ▸ Import…: what a source holds and what of it would not come in,
// then, if the user chooses Import, the import with its progress and a
// Cancel that leaves the notebook as it was, and at the end the report.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    // notebook: its location (NotebookLocation::toString()).
    ImportDialog(const QString &source, const QString &notebook, const QString &notebookName,
                 QWidget *parent = nullptr);
    ~ImportDialog() override;

    // A team notebook's server's password, for the import's own connection.
    void setPassword(const QString &password) { m_job.setPassword(password); }

    // After the dialog: whether notes were imported, and their tag.
    bool imported() const { return m_imported; }
    QString importTag() const { return m_job.report().importTag; }
    int importedNotes() const { return m_job.report().notes; }

protected:
    void reject() override;

private:
    void onProgress(int notes, const QString &item);
    void onSaving();
    void onFinished(ImportJob::Step step, ImportJob::Outcome outcome);
    void startImport();
    void showWorking(const QString &text, int total);
    void showSummary(const QString &text, const QString &itemsText, const QStringList &items);

    std::unique_ptr<Ui::ImportDialog> m_ui;
    ImportJob m_job;
    QString m_sourceName;
    QString m_notebookName;
    QPushButton *m_import;
    QPushButton *m_cancel;
    QPushButton *m_close;
    int m_surveyed = 0;
    bool m_imported = false;
};
