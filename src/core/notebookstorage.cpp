#include "notebookstorage.h"

#include "postgresstorage.h"
#include "sqlitestorage.h"

const NotebookStorage &NotebookStorage::of(const QSqlDatabase &db)
{
    static const SqliteStorage sqlite;
    static const PostgresStorage postgres;
    if (db.driverName() == QLatin1String("QPSQL"))
        return postgres;
    Q_ASSERT(db.driverName() == QLatin1String("QSQLITE"));
    return sqlite;
}
