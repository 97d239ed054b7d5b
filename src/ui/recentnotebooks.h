#pragma once

#include <QStringList>

// The recently opened notebooks, most recent first, kept in QSettings.
class RecentNotebooks final
{
public:
    static constexpr int MaxCount = 10;

    // Locations (NotebookLocation::toString()): files that no longer exist
    // are left out (and forgotten at the next add()); servers stay listed.
    QStringList paths() const;
    void add(const QString &location);
    void clear();
};
