#include "storageerror.h"

#include <QSqlError>

#include <sqlite3.h>

StorageError::Kind StorageError::fromSqlite(const QSqlError &error)
{
    if (!error.isValid())
        return Kind::None;
    // Qt's driver reports the extended result code; the low byte is the
    // primary one.
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (!ok)
        return Kind::Other;
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Kind::Busy;
    case SQLITE_FULL:
        return Kind::DiskFull;
    case SQLITE_CONSTRAINT:
        return Kind::ConstraintViolated;
    case SQLITE_CORRUPT:
        return Kind::Damaged;
    case SQLITE_NOTADB:
        return Kind::NotNotebook;
    case SQLITE_READONLY:
        return Kind::ReadOnly;
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return Kind::PermissionDenied;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return Kind::IoError;
    default:
        return Kind::Other;
    }
}
