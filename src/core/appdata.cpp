#include "appdata.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString AppData::notebookKey(const QString &notebookPath)
{
    // One key for one file, however it is reached: through a symlink, or a
    // path with "..", names the same notebook.
    const QFileInfo info(canonicalPath(notebookPath));
    const QByteArray hash = QCryptographicHash::hash(info.absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha1);
    return info.completeBaseName() + QLatin1Char('-') + QString::fromLatin1(hash.toHex().left(8));
}

QString AppData::canonicalPath(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath(); // empty for a file not there yet
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

bool AppData::makePrivateFolder(const QString &path)
{
    if (QFileInfo::exists(path))
        return true;
    return QDir().mkpath(path)
        && QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                           | QFileDevice::ExeOwner);
}

QString AppData::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // A file dialog shown a folder that does not exist starts in the
    // process's current folder instead, which is no place for notes.
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}
