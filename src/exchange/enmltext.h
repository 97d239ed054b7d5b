#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// The text of an Evernote note (ENML, a kind of XHTML) as Markdown:
// headings, emphasis, lists, check boxes (<en-todo>) as tasks, tables, code
// blocks, links, and pictures and files (<en-media>) where they stood.
class EnmlText
{
    Q_DECLARE_TR_FUNCTIONS(EnmlText)

public:
    // An attachment of the note, by the MD5 of its data (as <en-media> names it).
    struct Media
    {
        QString hash; // ours: attachment:HASH
        QString name;
        bool image = false;
    };

    // enml as Markdown; the MD5s of the media it shows go in shown, and
    // what it could not carry over in problems. Empty, with problems saying
    // why, if enml is not XML.
    static QString toMarkdown(const QString &enml, const QHash<QString, Media> &media, QSet<QString> *shown,
                              QStringList *problems);
};
