#pragma once

#include <QCoreApplication>
#include <QString>

#include "storageerror.h"

class NoteModel;

// What went wrong with a notebook's storage, in words a user understands:
// each kind of StorageError is worded here, once.
class ErrorMessages final
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)

public:
    // Why the model's last save failed (its errorKind()); nothing was saved.
    static QString saveFailed(const NoteModel &model);
    // Why the notes of the notebook named name could not be listed.
    static QString listingFailed(StorageError::Kind kind, const QString &name);
};
