#include "recoveryquestion.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

RecoveryQuestion::Answer RecoveryQuestion::ask(QWidget *parent, const UnsavedJournal::Recovered &journal)
{
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("Recover %n unsaved change(s) from %1?", nullptr, int(journal.changes.size()))
                        .arg(QLocale().toString(journal.savedAt.toLocalTime(), QLocale::ShortFormat)),
                    QMessageBox::Yes | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setInformativeText(
        tr("Commonplace closed without saving them the last time this notebook was open. "
           "Recovered changes are not saved yet: review them, then save."));
    box.button(QMessageBox::Yes)->setText(tr("&Recover"));
    box.button(QMessageBox::Discard)->setText(tr("&Discard Them"));
    box.button(QMessageBox::Cancel)->setText(tr("&Not Now"));
    box.setDefaultButton(QMessageBox::Yes);
    switch (box.exec()) {
    case QMessageBox::Yes:
        return Answer::Recover;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Later; // offered again next time
    }
}
