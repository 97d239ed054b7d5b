#include "writetransaction.h"

#include "notebookstorage.h"

#include <QSqlQuery>

WriteTransaction::WriteTransaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_active = exec(NotebookStorage::of(db).beginWriteStatement());
}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!exec(QStringLiteral("COMMIT"))) {
        rollback();
        return false;
    }
    m_active = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // Keep the error that made us roll back; a failed ROLLBACK means SQLite
    // already rolled back by itself.
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
}

bool WriteTransaction::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_lastError = query.lastError();
    return false;
}
