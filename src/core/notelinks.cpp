#include "notelinks.h"

#include "notebookstorage.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace {

// The spellings a title is most often written in: SQLite's NOCASE folds
// only ASCII letters, so "ärger" finds "Ärger" through these, and the fold
// in C++ decides.
QStringList spellings(const QString &title)
{
    QStringList forms{title, title.toLower(), title.toUpper()};
    QString capitalized = title.toLower();
    bool start = true;
    for (QChar &c : capitalized) {
        if (start && c.isLetter())
            c = c.toUpper();
        start = !c.isLetterOrNumber();
    }
    forms << capitalized;
    if (!title.isEmpty())
        forms << title.left(1).toUpper() + title.mid(1);
    forms.removeDuplicates();
    while (forms.size() < 5)
        forms << forms.constFirst();
    return forms;
}

} // namespace

NoteLinks::NoteLinks(const QSqlDatabase &db)
    : m_db(db)
{
}

QString NoteLinks::caseless(const QString &expression) const
{
    return NotebookStorage::of(m_db).caseless(expression);
}

bool NoteLinks::fail(const QSqlError &error) const
{
    m_lastError = error;
    return false;
}

bool NoteLinks::write(qint64 id, const QString &text)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("DELETE FROM note_link WHERE note_id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return fail(query.lastError());
    const QList<MarkdownSource::WikiLink> links = MarkdownSource::wikiLinks(text);
    if (links.isEmpty())
        return true;
    query.prepare(QStringLiteral("INSERT INTO note_link (note_id, position, target, target_folded, heading, sentence) "
                                 "VALUES (?, ?, ?, ?, ?, ?)"));
    for (const MarkdownSource::WikiLink &link : links) {
        query.addBindValue(id);
        query.addBindValue(link.start);
        query.addBindValue(link.title);
        query.addBindValue(MarkdownSource::titleKey(link.title));
        // Never NULL: an empty QString binds as NULL.
        query.addBindValue(link.heading.isEmpty() ? QStringLiteral("") : link.heading);
        const QString sentence = sentenceAround(text, link);
        query.addBindValue(sentence.isEmpty() ? QStringLiteral("") : sentence);
        if (!query.exec())
            return fail(query.lastError());
    }
    return true;
}

bool NoteLinks::writeAll()
{
    QSqlQuery notes(m_db);
    notes.setForwardOnly(true);
    if (!notes.exec(QStringLiteral("SELECT id, content FROM note WHERE content LIKE '%[[%'")))
        return fail(notes.lastError());
    QList<QPair<qint64, QString>> texts;
    while (notes.next())
        texts.append({notes.value(0).toLongLong(), notes.value(1).toString()});
    notes.finish();
    for (const auto &[id, text] : std::as_const(texts)) {
        if (!write(id, text))
            return false;
    }
    return true;
}

bool NoteLinks::backlinks(const QString &title, qint64 except, QList<Backlink> *links) const
{
    links->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT note.id, note.title, note_link.sentence FROM note_link "
                                 "JOIN note ON note.id = note_link.note_id "
                                 "WHERE note_link.target_folded = ? AND note.trashed_at IS NULL AND note.id <> ? "
                                 "ORDER BY %1, note.id, note_link.position")
                      .arg(caseless(QStringLiteral("note.title"))));
    query.addBindValue(MarkdownSource::titleKey(title));
    query.addBindValue(except);
    if (!query.exec())
        return fail(query.lastError());
    // Each note once, with the sentence of its first link.
    QSet<qint64> seen;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (!seen.contains(id)) {
            seen.insert(id);
            links->append({id, query.value(1).toString(), query.value(2).toString()});
        }
    }
    return true;
}

bool NoteLinks::notesLinkingTo(const QString &title, QList<qint64> *ids) const
{
    ids->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT DISTINCT note_id FROM note_link WHERE target_folded = ? ORDER BY note_id"));
    query.addBindValue(MarkdownSource::titleKey(title));
    if (!query.exec())
        return fail(query.lastError());
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

bool NoteLinks::find(const QString &title, Target *target) const
{
    *target = Target();
    const QString key = MarkdownSource::titleKey(title);
    if (key.isEmpty())
        return true;
    // Outside the Trash first, through the list's title index (pinned IN
    // (0, 1) and trashed_at IS NULL let it find the rows); then the Trash.
    for (const bool trashed : {false, true}) {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        const QString value = caseless(QStringLiteral("?"));
        const QString inSpellings = QStringLiteral("%1 IN (%2, %2, %2, %2, %2)").arg(caseless(QStringLiteral("title")), value);
        query.prepare(trashed ? QStringLiteral("SELECT id, title FROM note WHERE trashed_at IS NOT NULL "
                                               "AND %1 ORDER BY trashed_at DESC, id DESC").arg(inSpellings)
                              : QStringLiteral("SELECT id, title FROM note WHERE pinned IN (0, 1) AND trashed_at IS NULL "
                                               "AND %1 ORDER BY updated_at DESC, id DESC").arg(inSpellings));
        for (const QString &spelling : spellings(title.trimmed()))
            query.addBindValue(spelling);
        if (!query.exec())
            return fail(query.lastError());
        while (query.next()) {
            if (MarkdownSource::titleKey(query.value(1).toString()) == key) {
                *target = {query.value(0).toLongLong(), query.value(1).toString(), trashed};
                return true;
            }
        }
    }
    return true;
}

bool NoteLinks::titlesStartingWith(const QString &prefix, int limit, QStringList *titles) const
{
    titles->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A range on the list's title index: every title from prefix up to the
    // last that could begin with it.
    query.prepare(QStringLiteral("SELECT title FROM note WHERE pinned IN (0, 1) "
                                 "AND %1 >= %2 AND %1 < %2 "
                                 "AND trashed_at IS NULL ORDER BY updated_at DESC, id DESC LIMIT ?")
                      .arg(caseless(QStringLiteral("title")), caseless(QStringLiteral("?"))));
    query.addBindValue(prefix);
    query.addBindValue(QString(prefix + QChar(0xDBFF) + QChar(0xDFFF)));
    query.addBindValue(limit * 4); // a few more: the fold in C++ decides
    if (!query.exec())
        return fail(query.lastError());
    const QString key = MarkdownSource::titleKey(prefix);
    QSet<QString> seen;
    while (query.next() && titles->size() < limit) {
        const QString title = query.value(0).toString();
        const QString folded = MarkdownSource::titleKey(title);
        if (folded.startsWith(key) && !seen.contains(folded)) {
            seen.insert(folded);
            titles->append(title);
        }
    }
    return true;
}

QString NoteLinks::sentenceAround(const QString &text, const MarkdownSource::WikiLink &link)
{
    // The paragraph line holding the link, from the end of the sentence
    // before it to the end of its own.
    const int lineStart = int(text.lastIndexOf(u'\n', link.start)) + 1;
    int lineEnd = int(text.indexOf(u'\n', link.start + link.length));
    if (lineEnd < 0)
        lineEnd = int(text.size());
    // Chinese and Japanese end a sentence with no space after it.
    static const QRegularExpression end(QStringLiteral("[.!?](?:\\s|$)|[。！？]"));
    int start = lineStart;
    for (QRegularExpressionMatchIterator it = end.globalMatch(QStringView(text).mid(lineStart, link.start - lineStart));
         it.hasNext();)
        start = lineStart + int(it.next().capturedEnd());
    const QRegularExpressionMatch after =
        end.match(QStringView(text).mid(link.start + link.length, lineEnd - link.start - link.length));
    const int stop = after.hasMatch() ? link.start + link.length + int(after.capturedStart()) + 1 : lineEnd;
    QString sentence = MarkdownSource::plainText(text.mid(start, stop - start)).simplified();
    constexpr int MaxLength = 240;
    if (sentence.size() > MaxLength)
        sentence = sentence.left(MaxLength - 1) + u'…';
    return sentence;
}
