#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

// Consistent copies of a notebook, written while it is open (VACUUM INTO),
// readable by the owner only: the copy File ▸ Back Up Notebook… makes, the
// one made before a schema upgrade, and a rotating daily backup kept in the
// application data folder.
class NotebookBackup final
{
    Q_DECLARE_TR_FUNCTIONS(NotebookBackup)

public:
    static constexpr int DefaultKeep = 5;

    // Writes a copy of db to target, which must not exist yet. db must have
    // no statement in progress (VACUUM cannot run beside one).
    bool write(const QSqlDatabase &db, const QString &target);
    // The same for the notebook at notebookPath, as last saved, through a
    // read-only connection of its own: the notebook may be open and busy.
    bool writeCopyOf(const QString &notebookPath, const QString &target);

    // Once a day, if the notebook changed since its newest daily backup,
    // writes "<name> <yyyy-MM-dd>.cpbook" into backupFolder(notebookPath),
    // then deletes the oldest so that at most keep remain. Returns false only
    // on an error; lastPath() is empty when no backup was due.
    bool backUpDaily(const QString &notebookPath, int keep = DefaultKeep);

    // Where the daily backups of the notebook at notebookPath go: a folder
    // of their own (owner-only) under the application data folder.
    static QString backupFolder(const QString &notebookPath);
    // Every backup of that notebook, daily and pre-upgrade, newest first.
    static QStringList backupsOf(const QString &notebookPath);

    // Copies backup beside the damaged notebook at damagedPath as
    // "<name> (restored from backup).cpbook" (numbered if taken), owner-only;
    // neither file is changed. lastPath() is the copy.
    bool restoreBeside(const QString &backup, const QString &damagedPath);

    QString lastPath() const { return m_lastPath; }
    QString lastError() const { return m_lastError; }

private:
    bool fail(const QString &message);

    QString m_lastPath;
    QString m_lastError;
};
