#include "listingbuilder.h"

#include <QSqlDriver>
#include <QSqlField>

ListingBuilder::ListingBuilder(const QSqlDatabase &db, const NoteListing &listing, const QString &nullText)
    : m_db(db)
    , m_listing(listing)
    , m_nullText(nullText)
{
    QStringList columns;
    const QSqlRecord &table = listing.table;
    for (int i = 0; i < table.count() && !listing.countOnly; ++i) {
        const QString name = table.fieldName(i);
        columns << (name == QLatin1String("content")
                        ? nullText + QStringLiteral(" AS content")
                        : QStringLiteral("note.") + db.driver()->escapeIdentifier(name, QSqlDriver::FieldName));
    }
    if (listing.countOnly)
        columns << QStringLiteral("note.id");
    m_select = QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "));
}

QString ListingBuilder::quoted(const QString &text) const
{
    QSqlField field(QStringLiteral("text"), QMetaType(QMetaType::QString));
    field.setValue(text);
    return m_db.driver()->formatValue(field);
}

QString ListingBuilder::unmarked() const
{
    return m_select
        + (m_listing.countOnly ? QString()
                               : QStringLiteral(", %1 AS title_marked, %1 AS snippet").arg(m_nullText))
        + QStringLiteral(" FROM note");
}

QString ListingBuilder::order() const
{
    return m_listing.countOnly ? QString() : m_listing.order;
}

QStringList ListingBuilder::conditions() const
{
    if (m_listing.filter.isEmpty())
        return {};
    return {QLatin1Char('(') + m_listing.filter + QLatin1Char(')')};
}

QString ListingBuilder::kept() const
{
    if (m_listing.keptIds.isEmpty())
        return {};
    QStringList ids; // numbers, not user text
    for (const qint64 id : m_listing.keptIds)
        ids << QString::number(id);
    return QStringLiteral("note.id IN (%1)").arg(ids.join(QLatin1Char(',')));
}

QString ListingBuilder::where(const QStringList &conditions)
{
    return conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QString ListingBuilder::counted(const QString &statement) const
{
    if (m_listing.countOnly)
        return QStringLiteral("SELECT count(*) FROM (") + statement + QStringLiteral(") AS listed");
    // A search lists the kept notes first: a page of matches after them.
    if (m_listing.limit > 0)
        return statement + QStringLiteral(" LIMIT ") + QString::number(m_listing.limit + m_listing.keptIds.size());
    return statement;
}

QString ListingBuilder::plain() const
{
    // Notes with pending changes stay listed, in their place, wherever the
    // filter would leave them out (moved to the Trash, untagged).
    QStringList filter = conditions();
    if (!filter.isEmpty() && !kept().isEmpty())
        filter = QStringList{QLatin1Char('(') + filter.join(QStringLiteral(" AND ")) + QStringLiteral(") OR ") + kept()};
    const QString listed = unmarked() + where(filter) + QLatin1Char(' ') + order();
    if (m_listing.countOnly || m_listing.limit == 0 || kept().isEmpty())
        return counted(listed);
    // A page, and after it the kept notes further down: a pending change
    // is always on a listed note.
    return QStringLiteral("WITH page AS (") + listed + QStringLiteral(" LIMIT ") + QString::number(m_listing.limit)
        + QStringLiteral(") SELECT * FROM page UNION ALL ") + unmarked() + QStringLiteral(" WHERE ") + kept()
        + QStringLiteral(" AND note.id NOT IN (SELECT id FROM page)");
}

// Concatenated, not arg(): a part holds quoted user text, whose %1 a
// second arg() would replace.
QString ListingBuilder::joined(QStringList parts) const
{
    if (parts.size() == 1)
        return counted(parts.first());
    for (int i = 0; i < parts.size(); ++i)
        parts[i] = QStringLiteral("SELECT * FROM (") + parts.at(i) + QStringLiteral(") AS part") + QString::number(i);
    return counted(parts.join(QStringLiteral(" UNION ALL ")));
}
