#include "recentnotebooks.h"

#include <QFileInfo>
#include <QSettings>

namespace {
const QString Key = QStringLiteral("recentNotebooks");
}

QStringList RecentNotebooks::paths() const
{
    QSettings settings;
    const QStringList stored = settings.value(Key).toStringList();
    QStringList existing;
    for (const QString &path : stored) {
        if (QFileInfo::exists(path))
            existing << path;
    }
    if (existing != stored)
        settings.setValue(Key, existing);
    return existing;
}

void RecentNotebooks::add(const QString &path)
{
    const QString canonical = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
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
