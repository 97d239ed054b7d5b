#pragma once

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

// The versions of a note that saves replaced (the note_revision table):
// kept by the save that replaces them, in its transaction, compressed, and
// thinned so that a note saved every minute keeps a bounded history:
// every version of the last day, then one an hour for a week, one a day
// for three months, and one a month before that. A note's history stays
// while it is in the Trash and goes when it is deleted for good.
class NoteHistory final
{
public:
    struct Revision
    {
        qint64 id = -1;
        QDateTime savedAt; // UTC: when this version was saved
        QString title;
        qint64 size = 0; // of its text, in bytes of UTF-8
    };

    explicit NoteHistory(const QSqlDatabase &db);

    // Inside a write transaction, before note id's title or text is
    // replaced: keeps the version saved now, then thins the note's history
    // as of now.
    bool keep(qint64 id, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // The note's versions, newest first, without their text.
    QList<Revision> revisions(qint64 id) const;
    // The text of one version; a null QString if it cannot be read.
    QString text(qint64 revisionId) const;
    QSqlError lastError() const { return m_lastError; }

    // Of versions saved at these times (newest first), the positions of
    // those the thinning removes as of now.
    static QList<int> thinned(const QList<QDateTime> &savedAt, const QDateTime &now);
    // The history of one note is also kept under this many bytes
    // (compressed), its oldest versions going first; the newest is always
    // kept, however large.
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
    static constexpr qint64 DefaultSizeLimit = 64 * 1024 * 1024;

    static QByteArray compress(const QString &text);
    // A null QString if data is not what compress() makes.
    static QString uncompress(const QByteArray &data);

private:
    bool thin(qint64 id, const QDateTime &now);
    bool fail(const QSqlError &error);

    QSqlDatabase m_db;
    qint64 m_sizeLimit = DefaultSizeLimit;
    mutable QSqlError m_lastError;
};
