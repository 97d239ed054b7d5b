#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// A write transaction that rolls back unless committed.
//
// It starts with BEGIN IMMEDIATE so the write lock is taken (waiting up to
// the busy timeout) before any change is made: a busy notebook fails at the
// start instead of half way through.
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
