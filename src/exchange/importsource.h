#pragma once

#include <QString>

class ImportTarget;

// Notes from another application's files: a Markdown folder, say.
class ImportSource
{
public:
    virtual ~ImportSource() = default;
    // What the import tag calls it: "Markdown".
    virtual QString kind() const = 0;
    // Reads every note into target. False if the source cannot be read at
    // all (errorString() says why), or target stopped it.
    virtual bool read(ImportTarget &target) = 0;
    virtual QString errorString() const = 0;
};
