#include "notehistory.h"

#include "logging.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Day = 24 * Hour;

// The notebook's time format (see migration 2).
QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime timeFrom(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

} // namespace

NoteHistory::NoteHistory(const QSqlDatabase &db)
    : m_db(db)
{
}

QByteArray NoteHistory::compress(const QString &text)
{
    return qCompress(text.toUtf8());
}

QString NoteHistory::uncompress(const QByteArray &data)
{
    // qCompress() puts the length first: an empty text is four zero bytes
    // and a stream, which qUncompress() gives back as empty like any failure.
    if (data.size() < 4)
        return {};
    const QByteArray bytes = qUncompress(data);
    if (bytes.isEmpty()) {
        const bool empty = data.startsWith(QByteArray(4, '\0'));
        return empty ? QString(QLatin1String("")) : QString();
    }
    return QString::fromUtf8(bytes);
}

bool NoteHistory::fail(const QSqlError &error)
{
    m_lastError = error;
    qCWarning(lcNotebook).noquote() << "Note history:" << error.text();
    return false;
}

bool NoteHistory::keep(qint64 id, const QDateTime &now)
{
    QSqlQuery saved(m_db);
    saved.prepare(QStringLiteral("SELECT title, content, updated_at FROM note WHERE id = ?"));
    saved.addBindValue(id);
    if (!saved.exec())
        return fail(saved.lastError());
    if (!saved.next())
        return true; // never saved: nothing is replaced
    const QString content = saved.value(1).toString();
    QDateTime savedAt = timeFrom(saved.value(2).toString());
    if (!savedAt.isValid())
        savedAt = now;

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO note_revision (note_id, saved_at, title, content, size) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(timeText(savedAt));
    insert.addBindValue(saved.value(0).toString());
    insert.addBindValue(compress(content));
    insert.addBindValue(qint64(content.toUtf8().size()));
    if (!insert.exec())
        return fail(insert.lastError());
    return thin(id, now);
}

QList<NoteHistory::Revision> NoteHistory::revisions(qint64 id) const
{
    QList<Revision> list;
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, saved_at, title, size FROM note_revision "
                                 "WHERE note_id = ? ORDER BY saved_at DESC, id DESC"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError();
        return list;
    }
    while (query.next())
        list.append({query.value(0).toLongLong(), timeFrom(query.value(1).toString()),
                     query.value(2).toString(), query.value(3).toLongLong()});
    return list;
}

QString NoteHistory::text(qint64 revisionId) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT content FROM note_revision WHERE id = ?"));
    query.addBindValue(revisionId);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError();
        return {};
    }
    return uncompress(query.value(0).toByteArray());
}

QList<int> NoteHistory::thinned(const QList<QDateTime> &savedAt, const QDateTime &now)
{
    QList<int> removed;
    QSet<QString> kept; // the periods that have a version already
    for (int i = 0; i < savedAt.size(); ++i) {
        const QDateTime time = savedAt.at(i).toUTC();
        const qint64 age = time.secsTo(now);
        if (age < Day)
            continue;
        QString period;
        if (age < 7 * Day)
            period = QStringLiteral("hour %1").arg(time.toSecsSinceEpoch() / Hour);
        else if (age < 90 * Day)
            period = QStringLiteral("day %1").arg(time.date().toJulianDay());
        else
            period = QStringLiteral("month %1-%2").arg(time.date().year()).arg(time.date().month());
        if (kept.contains(period))
            removed.append(i); // a newer one of the same period stays
        else
            kept.insert(period);
    }
    return removed;
}

bool NoteHistory::thin(qint64 id, const QDateTime &now)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT id, saved_at, length(content) FROM note_revision "
                                 "WHERE note_id = ? ORDER BY saved_at DESC, id DESC"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError());
    QList<qint64> ids;
    QList<QDateTime> times;
    QList<qint64> sizes;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
        times.append(timeFrom(query.value(1).toString()));
        sizes.append(query.value(2).toLongLong());
    }
    query.finish();

    QSet<int> removed;
    for (const int i : thinned(times, now))
        removed.insert(i);
    qint64 total = 0;
    for (int i = 0; i < ids.size(); ++i) {
        if (removed.contains(i))
            continue;
        total += sizes.at(i);
        if (i > 0 && total > m_sizeLimit)
            removed.insert(i);
    }

    QSqlQuery remove(m_db);
    remove.prepare(QStringLiteral("DELETE FROM note_revision WHERE id = ?"));
    for (const int i : std::as_const(removed)) {
        remove.addBindValue(ids.at(i));
        if (!remove.exec())
            return fail(remove.lastError());
    }
    return true;
}
