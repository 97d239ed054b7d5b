#pragma once

#include <QByteArray>
#include <QString>

struct ImportedNote;

// Where an importer hands what it reads, one note at a time, so that a
// source of any size is read in flat memory.
class ImportTarget
{
public:
    virtual ~ImportTarget() = default;
    // Keeps the attachment of these bytes; its hash, or an empty string if
    // it is refused (too large): the importer then refers to nothing.
    virtual QString attach(const QByteArray &data, const QString &name, const QString &source) = 0;
    // Writes the note; false if the import stops (cancelled, or the
    // notebook cannot be written): the importer returns at once.
    virtual bool add(ImportedNote note) = 0;
    // An item not imported, and why.
    virtual void skip(const QString &source, const QString &reason) = 0;
    // A note imported with a change, and what.
    virtual void change(const QString &source, const QString &reason) = 0;
};
