#pragma once

#include "importsource.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
struct ImportedNote;

// Gnote's and Tomboy's notes (.note, one XML file each): a file, or a
// folder of them such as ~/.local/share/gnote. Each note keeps its title,
// dates and tags (a notebook, system:notebook:NAME, becomes the tag NAME);
// its text's bold, italic, strikethrough, monospace, highlight, large and
// huge lines, lists and links become Markdown. Template notes are left out.
class TomboyNotes final : public ImportSource
{
    Q_DECLARE_TR_FUNCTIONS(TomboyNotes)

public:
    explicit TomboyNotes(const QString &path);

    // Whether path is a .note file of Gnote or Tomboy, or a folder of them.
    static bool looksLike(const QString &path);

    enum class Read { Note, Template, Unreadable };
    // The note in device, or why it is none (problem says, for the user).
    static Read readNote(QIODevice *device, ImportedNote *note, QString *problem);

    // "Gnote" for Gnote's folder, else "Tomboy".
    QString kind() const override;
    bool read(ImportTarget &target) override;
    QString errorString() const override { return m_errorString; }

    static constexpr qint64 MaxNoteSize = 20 * 1024 * 1024;

private:
    QString m_path;
    QString m_errorString;
};
