#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

class PendingAttachments;

// Images and other files kept in the notebook (the attachment table), each
// once, named by the SHA-256 of its bytes; a note refers to one with
// attachment:HASH in its text. note_attachment says which notes' texts or
// saved versions refer to which: a save keeps it current, and the notebook
// removes an attachment with the last row that names it.
class NoteAttachments final
{
public:
    static constexpr qint64 MaxSize = 100 * 1024 * 1024;

    struct Attachment
    {
        QString hash;
        QString name;
        QString type; // a MIME type
        qint64 size = 0;
        QByteArray data; // empty when only the description was read
    };

    explicit NoteAttachments(const QSqlDatabase &db);

    // The hashes text refers to, each once, in order.
    static QStringList references(const QString &text);
    // The Markdown that refers to an attachment: an image shows in place,
    // any other file as a link.
    static QString reference(const QString &name, const QString &hash, bool image);
    // The hash an attachment of these bytes is known by.
    static QString hashOf(const QByteArray &data);

    // Inside a save: note id's text is now text. The attachments it refers
    // to are linked to it, stored first from pending if the notebook does
    // not hold them yet (a hash known to neither is left alone: it shows as
    // missing); those it no longer refers to stay linked while one of its
    // saved versions does.
    bool write(qint64 id, const QString &text, const PendingAttachments *pending);

    // Inside a write transaction: stores attachment (its hash, name, type
    // and data) unless the notebook holds it already; whether it did in
    // *added. A note refers to it once write() links them.
    bool add(const Attachment &attachment, bool *added);

    // The attachment with hash, with its data (withData) or without; false
    // if the notebook holds none such, or it cannot be read (lastError()
    // valid then).
    bool read(const QString &hash, Attachment *attachment, bool withData = true) const;

    QSqlError lastError() const { return m_lastError; }

private:
    bool fail(const QSqlError &error) const;
    bool store(const QString &hash, const PendingAttachments *pending, bool *stored);
    // Whether a saved version of note id refers to hash.
    bool historyRefersTo(qint64 id, const QString &hash, bool *refers) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};
