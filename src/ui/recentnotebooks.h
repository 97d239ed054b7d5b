#pragma once

#include <QStringList>

// The recently opened notebooks, most recent first, kept in QSettings.
class RecentNotebooks final
{
public:
    static constexpr int MaxCount = 10;

    // The list without the files that no longer exist (which are forgotten).
    QStringList paths() const;
    void add(const QString &path);
    void clear();
};
