#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// Notes written out of a notebook in an open format, for another
// application or for reading: the exporters share this face.
class NoteExport
{
public:
    enum class Format { Markdown, Html, Pdf };

    // One saved note as an exporter reads it.
    struct Note
    {
        qint64 id = -1;
        QString title;
        QString text;
        QStringList tags;
        QString created; // ISO 8601, UTC, as the notebook keeps it
        QString updated;
    };

    virtual ~NoteExport() = default;

    // The exporter of format; nullptr for a format named but not known.
    static std::unique_ptr<NoteExport> create(Format format);
    // The format named (markdown, html, pdf, in any case); false if none.
    static bool formatNamed(const QString &name, Format *format);

    // Writes the notes with these ids (none: every note outside the Trash)
    // of db to path: a new or empty folder, or (PDF) a file.
    virtual bool write(const QSqlDatabase &db, const QString &path, const QList<qint64> &ids = {}) = 0;
    // Whether path is a file (PDF), not a folder.
    virtual bool writesFile() const { return false; }

    void setProgressHandler(std::function<void(int notes)> handler) { m_progress = std::move(handler); }
    int notes() const { return m_notes; }
    int attachments() const { return m_attachments; }
    QString errorString() const { return m_errorString; }

    // Every note of ids (none: all outside the Trash, oldest first), handed
    // to each; false with *error if they cannot be read or each said stop.
    static bool readNotes(const QSqlDatabase &db, const QList<qint64> &ids, const std::function<bool(const Note &)> &each,
                          QString *error);

protected:
    bool fail(const QString &message);
    void counted(); // one more note written

    int m_notes = 0;
    int m_attachments = 0;
    QString m_errorString;

private:
    std::function<void(int)> m_progress;
};
