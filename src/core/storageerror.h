#pragma once

// What went wrong in a notebook's storage, in kinds a user can be told
// about, whatever keeps the notebook. Each storage engine maps its own
// error codes onto these in one place (NotebookStorage::errorKind());
// messages are worded per kind.
namespace StorageError {

enum class Kind {
    None,
    Busy, // another program is using the notebook; trying again later works
    DiskFull,
    ConstraintViolated, // a change breaks a rule of the notebook (a title's length, say)
    ChangedElsewhere, // notes changed by another writer since they were read
    SchemaChanged, // another program changed the notebook's structure
    Damaged, // the notebook's content is corrupt or cut short
    NotNotebook, // not a notebook's storage at all
    ReadOnly,
    PermissionDenied,
    IoError, // the disk failed, or went away
    ConnectionLost, // a notebook server went away
    Other,
};

} // namespace StorageError
