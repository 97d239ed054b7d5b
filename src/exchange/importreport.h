#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// What an import did: how many notes and attachments it brought in, and
// each item it skipped or changed, with the reason in words.
struct ImportReport
{
    struct Item
    {
        QString source; // a file, or a note's place in the source
        QString reason;
    };

    QString importTag; // every imported note has it
    int notes = 0;
    int attachments = 0; // new to the notebook
    QList<Item> changed; // imported, with a change
    QList<Item> skipped; // not imported
};
