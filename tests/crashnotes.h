#pragma once

#include <QString>

// The notes the crash writer commits, so the test can tell exactly what each
// commit wrote. Commit k inserts "Note k" and rewrites note k/2; every text
// names the commit that wrote it, so a half-written note cannot pass for a
// whole one.
namespace CrashNotes {

inline QString title(int k)
{
    return QStringLiteral("Note %1").arg(k);
}

// Between 200 bytes and about 20 KB: some notes need overflow pages.
inline QString content(int k)
{
    const int length = 200 + (k * 7919) % 20000;
    QString text = QStringLiteral("written by commit %1\n").arg(k);
    while (text.size() < length)
        text += QStringLiteral("%1 ").arg(k);
    return text;
}

// What note j holds once commits 1..c are all in.
inline QString expectedContent(int j, int c)
{
    // Commits 2j and 2j + 1 rewrite note j.
    const int last = qMin(c, 2 * j + 1);
    return last >= 2 * j && last >= 2 ? content(last) : content(j);
}

} // namespace CrashNotes
