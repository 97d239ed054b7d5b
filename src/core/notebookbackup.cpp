#include "notebookbackup.h"

#include "appdata.h"
#include "logging.h"
#include "notebookfile.h"
#include "notebookstorage.h"

#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <algorithm>

namespace {

QString dailyName(const QString &notebookPath, QDate date)
{
    return QFileInfo(notebookPath).completeBaseName() + QLatin1Char(' ')
        + date.toString(Qt::ISODate) + QStringLiteral(".cpbook");
}

QFileInfoList newestFirst(QFileInfoList files)
{
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        return a.lastModified() > b.lastModified();
    });
    return files;
}

} // namespace

bool NotebookBackup::write(const QSqlDatabase &db, const QString &target)
{
    m_lastPath.clear();
    const QString shown = QDir::toNativeSeparators(target);
    if (QFileInfo::exists(target))
        return fail(tr("Cannot create the backup “%1”: %2").arg(shown, tr("File exists")));
    // Written under a name of its own, then renamed: a backup cut short by
    // a crash or a full disk never looks like a whole one, and never stands
    // in the way of the next. The temporary file is owner-only; the copy
    // goes into it, keeping its permissions.
    QTemporaryFile file(target + QStringLiteral(".XXXXXX.partial"));
    if (!file.open())
        return fail(tr("Cannot create the backup “%1”: %2").arg(shown, file.errorString()));
    file.close();

    QSqlError error;
    if (!NotebookStorage::of(db).writeCopy(db, file.fileName(), &error))
        return fail(tr("Cannot write the backup “%1”: %2").arg(shown, error.text()));
    // rename() never replaces a file that appeared in the meantime.
    if (!file.rename(target))
        return fail(tr("Cannot create the backup “%1”: %2").arg(shown, file.errorString()));
    file.setAutoRemove(false); // it is the backup now
    m_lastPath = target;
    qCInfo(lcNotebook) << "Backed up to" << target;
    return true;
}

bool NotebookBackup::writeCopyOf(const QString &notebookPath, const QString &target)
{
    NotebookFile source;
    if (!source.open(notebookPath, Notebook::Access::ReadOnly))
        return fail(source.errorString() + QLatin1Char(' ') + source.errorDetail());
    return write(source.database(), target);
}

QString NotebookBackup::backupFolder(const QString &notebookPath)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/backups/") + AppData::notebookKey(notebookPath);
}

QStringList NotebookBackup::backupsOf(const QString &notebookPath)
{
    const QFileInfo notebook(notebookPath);
    QFileInfoList files = QDir(backupFolder(notebookPath))
                              .entryInfoList({QStringLiteral("*.cpbook")}, QDir::Files);
    files += notebook.absoluteDir().entryInfoList({notebook.fileName() + QStringLiteral(".v*.bak")},
                                                  QDir::Files);
    QStringList paths;
    for (const QFileInfo &file : newestFirst(files))
        paths << file.absoluteFilePath();
    return paths;
}

bool NotebookBackup::backUpDaily(const QString &notebookPath, int keep)
{
    m_lastPath.clear();
    const QDir folder(backupFolder(notebookPath));
    if (!AppData::makePrivateFolder(folder.path()))
        return fail(tr("Cannot create the backup folder “%1”.")
                        .arg(QDir::toNativeSeparators(folder.path())));

    const QFileInfoList backups = newestFirst(
        folder.entryInfoList({QStringLiteral("*.cpbook")}, QDir::Files));
    const QString today = dailyName(notebookPath, QDate::currentDate());
    const bool changed = backups.isEmpty()
        || QFileInfo(notebookPath).lastModified() > backups.first().lastModified();
    if (changed && !folder.exists(today) && !writeCopyOf(notebookPath, folder.filePath(today)))
        return false;

    // Keep the newest few, never more.
    const QFileInfoList all = newestFirst(
        folder.entryInfoList({QStringLiteral("*.cpbook")}, QDir::Files));
    for (qsizetype i = qMax(keep, 0); i < all.size(); ++i)
        QFile::remove(all.at(i).absoluteFilePath());
    // Copies cut short by a crash: gone after a day (a day, so that one being
    // written by another window is never taken).
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    for (const QFileInfo &partial : folder.entryInfoList({QStringLiteral("*.partial")}, QDir::Files)) {
        if (partial.lastModified() < dayAgo)
            QFile::remove(partial.absoluteFilePath());
    }
    return true;
}

bool NotebookBackup::fail(const QString &message)
{
    m_lastError = message;
    qCWarning(lcNotebook).noquote() << message;
    return false;
}

bool NotebookBackup::restoreBeside(const QString &backup, const QString &damagedPath)
{
    m_lastPath.clear();
    const QFileInfo damaged(damagedPath);
    const QString base = damaged.completeBaseName();
    QString copy;
    for (int n = 1; copy.isEmpty() || QFileInfo::exists(copy); ++n) {
        const QString name = n == 1 ? tr("%1 (restored from backup)").arg(base)
                                    : tr("%1 (restored from backup %2)").arg(base).arg(n);
        copy = damaged.absoluteDir().filePath(name + QLatin1Char('.') + NotebookFile::fileSuffix());
    }
    if (!QFile::copy(backup, copy))
        return fail(tr("Cannot copy the backup to “%1”.").arg(QDir::toNativeSeparators(copy)));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_lastPath = copy;
    return true;
}
