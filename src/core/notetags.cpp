#include "notetags.h"

#include "logging.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

QString NoteTags::normalized(const QString &name)
{
    QStringList levels;
    for (QString level : name.split(QLatin1Char('/'))) {
        for (QChar &c : level) {
            if (c.category() == QChar::Other_Control || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator)
                c = u' ';
        }
        level = level.trimmed();
        if (!level.isEmpty())
            levels << level;
    }
    QString joined = levels.join(QLatin1Char('/'));
    const QList<uint> characters = joined.toUcs4();
    if (characters.size() > MaxNameLength)
        joined = QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), MaxNameLength);
    return joined.endsWith(QLatin1Char('/')) ? joined.chopped(1) : joined;
}

QString NoteTags::folded(const QString &name)
{
    return name.normalized(QString::NormalizationForm_C).toCaseFolded();
}

QStringList NoteTags::fromText(const QString &text)
{
    QStringList names;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array)
        names << value.toString();
    return canonical(names); // another program may have written it
}

QString NoteTags::toText(const QStringList &names)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(canonical(names))).toJson(QJsonDocument::Compact));
}

QStringList NoteTags::canonical(const QStringList &names)
{
    QStringList kept;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString tag = normalized(name);
        if (!tag.isEmpty() && !seen.contains(folded(tag))) {
            seen.insert(folded(tag));
            kept << tag;
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(kept.begin(), kept.end(), [&collator](const QString &a, const QString &b) {
        return collator.compare(a, b) < 0;
    });
    return kept;
}

QStringList NoteTags::withParents(const QStringList &names)
{
    QStringList all;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QStringList levels = name.split(QLatin1Char('/'));
        for (int depth = 1; depth <= levels.size(); ++depth) {
            const QString tag = levels.mid(0, depth).join(QLatin1Char('/'));
            if (!seen.contains(folded(tag))) {
                seen.insert(folded(tag));
                all << tag;
            }
        }
    }
    return all;
}

bool NoteTags::isWithin(const QString &name, const QString &tag)
{
    const QStringList levels = normalized(name).split(QLatin1Char('/'));
    const QStringList tagLevels = normalized(tag).split(QLatin1Char('/'));
    if (tagLevels.constFirst().isEmpty() || levels.size() < tagLevels.size())
        return false;
    for (int i = 0; i < tagLevels.size(); ++i) {
        if (folded(levels.at(i)) != folded(tagLevels.at(i)))
            return false;
    }
    return true;
}

QStringList NoteTags::renamed(const QStringList &names, const QString &from, const QString &to)
{
    const int depth = int(normalized(from).split(QLatin1Char('/')).size());
    const QString target = normalized(to);
    QStringList result;
    for (const QString &name : names) {
        if (!isWithin(name, from)) {
            result << name;
        } else if (!target.isEmpty()) {
            QStringList levels = normalized(name).split(QLatin1Char('/')).mid(depth);
            levels.prepend(target);
            result << levels.join(QLatin1Char('/'));
        }
    }
    return canonical(result);
}

QStringList NoteTags::removed(const QStringList &names, const QString &tag)
{
    QStringList levels = normalized(tag).split(QLatin1Char('/'));
    levels.removeLast();
    const QString parent = levels.join(QLatin1Char('/'));
    QStringList result;
    for (const QString &name : names) {
        if (!isWithin(name, tag))
            result << name;
        else if (!parent.isEmpty())
            result << parent;
    }
    return canonical(result);
}

NoteTags::NoteTags(const QSqlDatabase &db)
    : m_db(db)
{
}

bool NoteTags::fail(const QSqlError &error) const
{
    m_lastError = error;
    qCWarning(lcNotebook).noquote() << "Tags:" << error.text();
    return false;
}

bool NoteTags::link(qint64 id, const QString &text, bool trashed)
{
    QSqlQuery unlink(m_db);
    unlink.prepare(QStringLiteral("DELETE FROM note_tag WHERE note_id = ?"));
    unlink.addBindValue(id);
    if (!unlink.exec())
        return fail(unlink.lastError());
    if (trashed)
        return true;

    QSqlQuery make(m_db);
    make.prepare(QStringLiteral("INSERT INTO tag (name, folded) VALUES (?, ?)"
                                " ON CONFLICT (folded) DO UPDATE SET name = excluded.name WHERE tag.name <> excluded.name"));
    QSqlQuery add(m_db);
    add.prepare(QStringLiteral("INSERT INTO note_tag (note_id, tag_id) SELECT ?, id FROM tag WHERE folded = ?"));
    for (const QString &name : withParents(fromText(text))) {
        make.addBindValue(name);
        make.addBindValue(folded(name));
        if (!make.exec())
            return fail(make.lastError());
        add.addBindValue(id);
        add.addBindValue(folded(name));
        if (!add.exec())
            return fail(add.lastError());
    }
    return true;
}

bool NoteTags::notesWith(const QString &name, QList<qint64> *ids) const
{
    ids->clear();
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // note_tag links a note to the tags above its own too.
    query.prepare(QStringLiteral("SELECT note_tag.note_id FROM note_tag JOIN tag ON tag.id = note_tag.tag_id"
                                 " WHERE tag.folded = ?"));
    query.addBindValue(folded(normalized(name)));
    if (!query.exec())
        return fail(query.lastError());
    while (query.next())
        ids->append(query.value(0).toLongLong());
    return true;
}

bool NoteTags::removeUnused()
{
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("DELETE FROM tag WHERE note_count = 0")))
        return fail(query.lastError());
    return true;
}

QList<NoteTags::Count> NoteTags::counts() const
{
    QList<Count> list;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, note_count FROM tag"))) {
        fail(query.lastError());
        return list;
    }
    while (query.next())
        list.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt()});
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(list.begin(), list.end(), [&collator](const Count &a, const Count &b) {
        return collator.compare(a.name, b.name) < 0;
    });
    return list;
}
