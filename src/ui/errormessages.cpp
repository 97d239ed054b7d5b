#include "errormessages.h"

#include "notemodel.h"

QString ErrorMessages::saveFailed(const NoteModel &model)
{
    using Kind = StorageError::Kind;
    switch (model.errorKind()) {
    case Kind::None:
        return {};
    case Kind::SchemaChanged:
        return tr("Another program changed the structure of this notebook, so nothing was saved. "
                  "Your changes are kept: close the notebook and open it again.");
    case Kind::ChangedElsewhere:
        return tr("%n note(s) were changed in another window or program while you edited them "
                  "here. Nothing was saved; choose which version to keep.",
                  nullptr, int(model.conflicts().size()));
    case Kind::ConstraintViolated:
        switch (model.titleProblem()) {
        case NoteModel::TitleProblem::Empty:
            return tr("A note has no title, so nothing was saved. Give it a title and save "
                      "again; your changes are kept.");
        case NoteModel::TitleProblem::TooLong:
            return tr("A note’s title must have between 1 and %1 characters. Shorten the title "
                      "and save again; your other changes are kept.")
                .arg(NoteModel::MaxTitleLength);
        case NoteModel::TitleProblem::None:
            break;
        }
        return tr("A change breaks a rule of the notebook, so nothing was saved. Your changes "
                  "are kept.");
    case Kind::Busy:
        return tr("Another program is using this notebook, so nothing was saved. Your changes "
                  "are kept: save again in a moment.");
    case Kind::ReadOnly:
        return tr("This notebook is read-only, so your changes cannot be saved to it.");
    case Kind::DiskFull:
        return tr("The disk is full, so nothing was saved. Your changes are kept: free some "
                  "space and save again.");
    case Kind::IoError:
    case Kind::PermissionDenied:
        return tr("The notebook could not be written to the disk, so nothing was saved. Your "
                  "changes are kept: check that the disk is still there and writable, then save "
                  "again.");
    case Kind::Damaged:
    case Kind::NotNotebook:
        return tr("The notebook file is damaged, so nothing was saved. Your changes are kept.");
    case Kind::ConnectionLost:
        return tr("The connection to the server was lost, so nothing was saved. Your changes are kept: "
                  "Commonplace connects again by itself, then save again.");
    case Kind::Other:
        break;
    }
    return tr("Your changes could not be saved. They are kept.");
}

QString ErrorMessages::listingFailed(StorageError::Kind kind, const QString &name)
{
    using Kind = StorageError::Kind;
    switch (kind) {
    case Kind::Damaged:
    case Kind::NotNotebook:
        return tr("The notes of “%1” cannot be read: the notebook file is damaged. If you have a "
                  "backup of it, open the backup instead.")
            .arg(name);
    case Kind::Busy:
        return tr("“%1” is being used by another program. Close the other program, or wait for it "
                  "to finish, and try again.")
            .arg(name);
    default:
        return tr("The notes of “%1” cannot be read.").arg(name);
    }
}
