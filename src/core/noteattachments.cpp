#include "noteattachments.h"

#include "notehistory.h"
#include "pendingattachments.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

NoteAttachments::NoteAttachments(const QSqlDatabase &db)
    : m_db(db)
{
}

bool NoteAttachments::fail(const QSqlError &error) const
{
    m_lastError = error;
    return false;
}

QStringList NoteAttachments::references(const QString &text)
{
    // Anywhere in the text, code included: a reference shown as code still
    // keeps its file, which is the safe way to be wrong.
    static const QRegularExpression pattern(QStringLiteral("attachment:([0-9a-f]{64})"));
    QStringList hashes;
    if (!text.contains(QLatin1String("attachment:")))
        return hashes;
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    while (it.hasNext()) {
        const QString hash = it.next().captured(1);
        if (!hashes.contains(hash))
            hashes.append(hash);
    }
    return hashes;
}

QString NoteAttachments::reference(const QString &name, const QString &hash, bool image)
{
    QString shown;
    for (const QChar c : name) {
        if (c == QLatin1Char('[') || c == QLatin1Char(']') || c == QLatin1Char('\\'))
            shown += QLatin1Char('\\');
        // A reference is one line.
        shown += c == QLatin1Char('\n') || c == QLatin1Char('\r') ? QLatin1Char(' ') : c;
    }
    return (image ? QStringLiteral("![") : QStringLiteral("[")) + shown + QStringLiteral("](attachment:") + hash
        + QLatin1Char(')');
}

QString NoteAttachments::hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool NoteAttachments::write(qint64 id, const QString &text, const PendingAttachments *pending)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT hash FROM note_attachment WHERE note_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError());
    QSet<QString> linked;
    while (query.next())
        linked.insert(query.value(0).toString());
    query.finish();

    const QStringList now = references(text);
    for (const QString &hash : now) {
        if (linked.contains(hash))
            continue;
        bool stored = false;
        if (!store(hash, pending, &stored))
            return false;
        if (!stored)
            continue; // unknown here: shown as missing
        query.prepare(QStringLiteral("INSERT INTO note_attachment (note_id, hash) VALUES (?, ?)"));
        query.addBindValue(id);
        query.addBindValue(hash);
        if (!query.exec())
            return fail(query.lastError());
    }
    for (const QString &hash : std::as_const(linked)) {
        if (now.contains(hash))
            continue;
        bool refers = false;
        if (!historyRefersTo(id, hash, &refers))
            return false;
        if (refers)
            continue;
        query.prepare(QStringLiteral("DELETE FROM note_attachment WHERE note_id = ? AND hash = ?"));
        query.addBindValue(id);
        query.addBindValue(hash);
        if (!query.exec())
            return fail(query.lastError());
    }
    return true;
}

bool NoteAttachments::store(const QString &hash, const PendingAttachments *pending, bool *stored)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM attachment WHERE hash = ?"));
    query.addBindValue(hash);
    if (!query.exec())
        return fail(query.lastError());
    if (query.next()) {
        *stored = true;
        return true;
    }
    query.finish();
    Attachment attachment;
    if (!pending || !pending->read(hash, &attachment)) {
        *stored = false;
        return true;
    }
    // The bytes are checked again: a file changed in the folder since it
    // was added is not stored under another file's name.
    if (hashOf(attachment.data) != hash) {
        *stored = false;
        return true;
    }
    bool added = false;
    *stored = add(attachment, &added);
    return *stored;
}

bool NoteAttachments::add(const Attachment &attachment, bool *added)
{
    *added = false;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT 1 FROM attachment WHERE hash = ?"));
    query.addBindValue(attachment.hash);
    if (!query.exec())
        return fail(query.lastError());
    if (query.next())
        return true;
    query.finish();
    query.prepare(QStringLiteral("INSERT INTO attachment (hash, name, type, size, added_at, data) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    query.addBindValue(attachment.hash);
    query.addBindValue(attachment.name);
    query.addBindValue(attachment.type.isEmpty() ? QStringLiteral("application/octet-stream") : attachment.type);
    query.addBindValue(qint64(attachment.data.size()));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(attachment.data);
    if (!query.exec())
        return fail(query.lastError());
    *added = true;
    return true;
}

bool NoteAttachments::historyRefersTo(qint64 id, const QString &hash, bool *refers) const
{
    *refers = false;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT content FROM note_revision WHERE note_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError());
    const QString needle = QStringLiteral("attachment:") + hash;
    while (query.next()) {
        if (NoteHistory::uncompress(query.value(0).toByteArray()).contains(needle)) {
            *refers = true;
            return true;
        }
    }
    return true;
}

bool NoteAttachments::read(const QString &hash, Attachment *attachment, bool withData) const
{
    m_lastError = QSqlError();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(withData ? QStringLiteral("SELECT name, type, size, data FROM attachment WHERE hash = ?")
                           : QStringLiteral("SELECT name, type, size FROM attachment WHERE hash = ?"));
    query.addBindValue(hash);
    if (!query.exec())
        return fail(query.lastError());
    if (!query.next())
        return false;
    attachment->hash = hash;
    attachment->name = query.value(0).toString();
    attachment->type = query.value(1).toString();
    attachment->size = query.value(2).toLongLong();
    attachment->data = withData ? query.value(3).toByteArray() : QByteArray();
    return true;
}
