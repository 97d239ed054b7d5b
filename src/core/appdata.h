#pragma once

#include <QString>

// Where Commonplace keeps what it writes about notebooks outside them
// (backups, journals of unsaved changes): folders of the application data
// folder, readable by their owner only.
namespace AppData {

// "<name>-<first 8 hex digits of the SHA-1 of its canonical path>" (or of
// its server URL): names a notebook's files apart from those of a namesake
// in another folder, and the same whichever link or relative path leads to
// the file (NotebookLocation::key()).
QString notebookKey(const QString &notebookLocation);

// The file's path with symlinks, "." and ".." resolved; for a file that
// does not exist yet, its absolute path.
QString canonicalPath(const QString &path);

// The folder at path, created owner-only if it is missing.
// False if it cannot be created.
bool makePrivateFolder(const QString &path);

// Where to offer to put a file the user makes (a notebook, a backup): their
// documents folder, or their home folder where there is none.
QString documentsFolder();

} // namespace AppData
