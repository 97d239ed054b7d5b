#include "sqliteresultcode.h"

#include <QSqlError>

int SqliteResultCode::primary(const QSqlError &err)
{
    bool ok = false;
    const int code = err.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}
