#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

// Copies a notebook, as last saved, into a new one of any engine: a file
// notebook to a team notebook on a server (File ▸ Copy to Server…) or back
// (File ▸ Save a Copy As…). Everything comes across as it is: each note
// with its number, version, dates, pin, Trash and tags, the tags, the
// history, the links and the attachments. The target is written in one
// transaction: a copy that fails leaves it as empty as it was.
class NotebookCopy final
{
    Q_DECLARE_TR_FUNCTIONS(NotebookCopy)

public:
    // Both open, at the latest schema version; target holds no note.
    bool copy(const QSqlDatabase &source, const QSqlDatabase &target);

    // Called every so often with how many rows are copied, of how many.
    void setProgressHandler(std::function<void(qint64 done, qint64 total)> handler) { m_progress = std::move(handler); }

    qint64 notes() const { return m_notes; }
    // In words a user understands, and what the engine said.
    QString errorString() const { return m_errorString; }
    QString errorDetail() const { return m_errorDetail; }

    // The tables copied, in an order that keeps every link between rows.
    static QStringList tables();

private:
    bool copyTable(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table);
    bool fail(const QString &message, const QString &detail = {});

    std::function<void(qint64, qint64)> m_progress;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_notes = 0;
    QString m_errorString;
    QString m_errorDetail;
};
