#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

// What the sidebar's Rename Tag… and Delete Tag… ask before anything
// changes.
class TagQuestion final
{
    Q_DECLARE_TR_FUNCTIONS(TagQuestion)

public:
    // Asks for a new name for the tag name; a name of another tag in
    // existing is a merge, and asked again as one. The new name, or an empty
    // string if the user cancelled or kept the name.
    static QString askNewName(QWidget *parent, const QString &name, const QStringList &existing);
    // Whether to take the tag name, on notes notes, off them.
    static bool askDelete(QWidget *parent, const QString &name, int notes);
};
