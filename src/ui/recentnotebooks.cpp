#include "recentnotebooks.h"

#include "appdata.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("recentNotebooks");
}

QStringList RecentNotebooks::paths() const
{
    // Only reads: the list is pruned when the next notebook is added.
    QStringList existing;
    for (const QString &path : QSettings().value(Key).toStringList()) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    return existing;
}

void RecentNotebooks::add(const QString &path)
{
    // The file, not the name it was opened by: a notebook reached through
    // a symlink is listed once.
    const QString canonical = AppData::canonicalPath(path);
    QStringList list;
    for (const QString &listed : paths())
        list << AppData::canonicalPath(listed);
    list.removeDuplicates();
    list.removeAll(canonical);
    list.prepend(canonical);
    while (list.size() > MaxCount)
        list.removeLast();
    QSettings().setValue(Key, list);
}

void RecentNotebooks::clear()
{
    QSettings().remove(Key);
}
