#include "tagquestion.h"

#include "notetags.h"

#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>

QString TagQuestion::askNewName(QWidget *parent, const QString &name, const QStringList &existing)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(tr("Rename Tag"));
    dialog.setLabelText(tr("New name for “%1” (the tags under it move with it):").arg(name));
    dialog.setTextValue(name);
    dialog.setOkButtonText(tr("&Rename"));
    dialog.setCancelButtonText(tr("&Cancel"));
    if (auto *edit = dialog.findChild<QLineEdit *>())
        edit->setAccessibleName(tr("New tag name"));
    while (dialog.exec() == QDialog::Accepted) {
        const QString to = NoteTags::normalized(dialog.textValue());
        if (to.isEmpty()) {
            QMessageBox::information(parent, tr("Rename Tag"),
                                     tr("A tag needs a name. To take it off its notes, use Delete Tag."));
            continue;
        }
        if (to == name)
            return {};
        QString other;
        for (const QString &tag : existing) {
            if (NoteTags::folded(tag) == NoteTags::folded(to) && NoteTags::folded(tag) != NoteTags::folded(name))
                other = tag;
        }
        if (other.isEmpty())
            return to;
        QMessageBox box(QMessageBox::Question, tr("Merge Tags"),
                        tr("There is a tag “%1” already. Merge “%2” into it?").arg(other, name),
                        QMessageBox::Yes | QMessageBox::Cancel, parent);
        box.setInformativeText(tr("The notes tagged “%1” will be tagged “%2” when you save.").arg(name, other));
        box.button(QMessageBox::Yes)->setText(tr("&Merge"));
        box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
        if (box.exec() == QMessageBox::Yes)
            return other;
    }
    return {};
}

bool TagQuestion::askDelete(QWidget *parent, const QString &name, int notes)
{
    QMessageBox box(QMessageBox::Question, tr("Delete Tag"),
                    tr("Take the tag “%1” off %n note(s)?", nullptr, notes).arg(name),
                    QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setInformativeText(tr("The tags under it go too. The notes stay, with their other tags; "
                              "Revert brings the tag back until you save."));
    box.button(QMessageBox::Yes)->setText(tr("&Delete Tag"));
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}
