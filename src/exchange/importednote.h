#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// One note as an importer read it, before it is written: its Markdown text
// refers to the attachments already handed over (attachment:HASH).
struct ImportedNote
{
    QString title;
    QString text;
    QStringList tags;
    QDateTime created; // invalid: the time of the import
    QDateTime updated; // invalid: as created
    QString source; // where it came from, for the report ("Projects/plan.md")
};
