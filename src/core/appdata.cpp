#include "appdata.h"

#include "notebooklocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QString AppData::notebookKey(const QString &notebookLocation)
{
    return NotebookLocation::fromUserInput(notebookLocation).key();
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
