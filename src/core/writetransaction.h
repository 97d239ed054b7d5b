#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// A write transaction that rolls back unless committed.
//
// It takes the write lock from the start (NotebookStorage::
// beginWriteStatement(): BEGIN IMMEDIATE for SQLite), waiting up to the busy
// timeout, so a busy notebook fails before any change is made instead of
// half way through.
class WriteTransaction final
{
public:
    explicit WriteTransaction(const QSqlDatabase &db);
    ~WriteTransaction();
    Q_DISABLE_COPY_MOVE(WriteTransaction)

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QSqlError lastError() const { return m_lastError; }

private:
    bool exec(const QString &statement);

    QSqlDatabase m_db;
    QSqlError m_lastError;
    bool m_active = false;
};
