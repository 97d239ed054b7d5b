#pragma once

#include "noteexport.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// Notes out as a PDF file, or onto a printer's pages: each note rendered as
// the preview shows it (its title, tags and date above), from a page of
// its own, with a table of contents first when there are several. Only
// the notebook's own attachments are drawn: nothing is read from the disk
// or the network.
class PdfExport final : public NoteExport
{
    Q_DECLARE_TR_FUNCTIONS(PdfExport)

public:
    bool write(const QSqlDatabase &db, const QString &file, const QList<qint64> &ids = {}) override;
    bool writesFile() const override { return true; }

    // Paints the notes with these ids onto device (a printer, a PDF writer).
    bool paint(QPagedPaintDevice *device, const QSqlDatabase &db, const QList<qint64> &ids);
    // Paints this one note, as it is now (unsaved edits too).
    bool paint(QPagedPaintDevice *device, const QSqlDatabase &db, const Note &note);

private:
    using Notes = std::function<bool(const std::function<bool(const Note &)> &)>;
    bool paintAll(QPagedPaintDevice *device, const QSqlDatabase &db, const Notes &notes);
};
