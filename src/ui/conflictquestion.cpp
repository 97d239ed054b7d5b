#include "conflictquestion.h"

#include <QMessageBox>
#include <QPushButton>

std::optional<NoteModel::Resolution> ConflictQuestion::ask(QWidget *parent, const NoteModel::Conflict &conflict)
{
    using Conflict = NoteModel::Conflict;
    using Resolution = NoteModel::Resolution;
    QMessageBox box(QMessageBox::Warning, tr("Changed Elsewhere"), QString(),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Cancel)->setText(tr("&Cancel"));
    if (conflict.kind == Conflict::DeletedElsewhere) {
        box.setText(tr("“%1” was deleted in another window or program, but you changed it "
                       "here.").arg(conflict.title));
        box.setInformativeText(tr("Keep your text as a new note, or let the note go?"));
        box.button(QMessageBox::Save)->setText(tr("&Keep Mine as a New Note"));
        box.button(QMessageBox::Discard)->setText(tr("&Let It Go"));
        box.setDefaultButton(QMessageBox::Save);
    } else if (conflict.deletedHere) {
        box.setText(tr("“%1” was changed in another window or program after you deleted it "
                       "here.").arg(conflict.title));
        box.setInformativeText(tr("Delete it anyway, or keep the other version?"));
        box.button(QMessageBox::Save)->setText(tr("&Delete Anyway"));
        box.button(QMessageBox::Discard)->setText(tr("Keep &Their Version"));
        box.setDefaultButton(QMessageBox::Discard);
    } else {
        box.setText(tr("“%1” was changed in another window or program while you edited it "
                       "here.").arg(conflict.title));
        box.setInformativeText(tr("Keep your version, take theirs, or keep both as separate "
                                  "notes?"));
        box.button(QMessageBox::Save)->setText(tr("&Keep Mine"));
        box.button(QMessageBox::Discard)->setText(tr("&Take Theirs"));
        box.addButton(QMessageBox::SaveAll)->setText(tr("Keep &Both"));
        box.setDefaultButton(QMessageBox::SaveAll);
    }
    switch (box.exec()) {
    case QMessageBox::Save:
        return Resolution::KeepMine;
    case QMessageBox::Discard:
        return Resolution::TakeTheirs;
    case QMessageBox::SaveAll:
        return Resolution::KeepBoth;
    default:
        return std::nullopt;
    }
}
