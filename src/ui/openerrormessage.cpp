#include "openerrormessage.h"

#include "notebookbackup.h"

#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

QString OpenErrorMessage::show(QWidget *parent, const QString &path, const QString &message,
                               const QString &detail, bool damaged)
{
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Notebook"), message, QMessageBox::Ok, parent);
    if (!detail.isEmpty())
        box.setDetailedText(detail);
    const QStringList backups = damaged ? NotebookBackup::backupsOf(path) : QStringList();
    if (!backups.isEmpty()) {
        const QFileInfo newest(backups.first());
        box.setInformativeText(
            tr("Its most recent backup is from %1. Commonplace can open a copy of it, leaving the "
               "damaged file as it is.")
                .arg(QLocale().toString(newest.lastModified(), QLocale::LongFormat)));
        box.addButton(QMessageBox::Open)->setText(tr("&Open a Copy of the Backup"));
        box.button(QMessageBox::Ok)->setText(tr("&Close"));
        box.setDefaultButton(QMessageBox::Open);
    }
    return box.exec() == QMessageBox::Open ? backups.first() : QString();
}
