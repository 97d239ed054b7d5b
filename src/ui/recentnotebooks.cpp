#include "recentnotebooks.h"

#include "appdata.h"
#include "notebooklocation.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("recentNotebooks");
}

QStringList RecentNotebooks::paths() const
{
    // Only reads: the list is pruned when the next notebook is added.
    QStringList existing;
    for (const QString &listed : QSettings().value(Key).toStringList()) {
        const NotebookLocation location = NotebookLocation::fromUserInput(listed);
        if (location.isServer() || (location.isFile() && QFileInfo::exists(location.filePath())))
            existing << listed;
    }
    return existing;
}

void RecentNotebooks::add(const QString &location)
{
    // The file, not the name it was opened by: a notebook reached through
    // a symlink is listed once.
    const auto listedAs = [](const QString &text) {
        const NotebookLocation location = NotebookLocation::fromUserInput(text);
        return location.isFile() ? AppData::canonicalPath(location.filePath()) : location.toString();
    };
    const QString added = listedAs(location);
    QStringList list;
    for (const QString &listed : paths())
        list << listedAs(listed);
    list.removeDuplicates();
    list.removeAll(added);
    list.prepend(added);
    while (list.size() > MaxCount)
        list.removeLast();
    QSettings().setValue(Key, list);
}

void RecentNotebooks::clear()
{
    QSettings().remove(Key);
}
