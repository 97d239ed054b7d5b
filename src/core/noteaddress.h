#pragma once

#include "notebooklocation.h"

#include <QString>

// A note's address from outside Commonplace: a commonplace: link, such as
// commonplace:open?notebook=%2Fhome%2Fann%2FNotes.cpbook&note=42, which
// Note ▸ Copy Link makes and the desktop hands to Commonplace when one is
// clicked, and what `commonplace NOTEBOOK --note ID` becomes.
class NoteAddress final
{
public:
    NoteAddress() = default;
    NoteAddress(const NotebookLocation &notebook, qint64 note)
        : m_notebook(notebook)
        , m_note(note)
    {
    }

    // Whether text is meant as a link (its scheme is commonplace:), well
    // formed or not.
    static bool isLink(const QString &text);
    // The address in a link; null if the link is malformed: no notebook,
    // or no note number (a whole number above zero).
    static NoteAddress fromLink(const QString &link);
    // A note number as typed on the command line; -1 if it is not one.
    static qint64 noteNumber(const QString &text);

    bool isNull() const { return m_notebook.isNull() || m_note <= 0; }
    NotebookLocation notebook() const { return m_notebook; }
    qint64 note() const { return m_note; }
    QString toLink() const;

private:
    NotebookLocation m_notebook;
    qint64 m_note = -1;
};
