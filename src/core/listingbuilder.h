#pragma once

#include "notebookstorage.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The parts every engine's listing statement (NotebookStorage::
// listingStatement()) is made of: the table's columns with the content
// left out, the filter, the notes kept listed whatever it says, and how
// the parts of a search are put together. Every piece of user text in
// them is quoted by the driver (quoted()).
class ListingBuilder final
{
public:
    // nullText: a NULL the engine takes as text ("NULL"; "NULL::text" for
    // PostgreSQL, whose UNION wants to know).
    ListingBuilder(const QSqlDatabase &db, const NoteListing &listing, const QString &nullText);

    QString quoted(const QString &text) const;
    // SELECT and the table's columns in its order (QSqlTableModel matches
    // them by position), the content as NULL (data() reads the one asked
    // for); only note.id when counting.
    QString select() const { return m_select; }
    // select(), no highlighted title or snippet, FROM note.
    QString unmarked() const;
    // The listing's ORDER BY; none when counting.
    QString order() const;
    // The listing's filter, as a list of conditions (empty: none).
    QStringList conditions() const;
    // note.id IN (the notes with pending changes), or empty.
    QString kept() const;
    static QString where(const QStringList &conditions);
    // statement, at most the listing's limit of rows; or how many rows it
    // lists when counting.
    QString counted(const QString &statement) const;
    // The listing without a search: the filter's notes, and the kept ones
    // in their place wherever the filter would leave them out.
    QString plain() const;
    // The parts of a search, one after the other, each in its own order.
    QString joined(QStringList parts) const;

private:
    const QSqlDatabase m_db;
    const NoteListing &m_listing;
    QString m_nullText;
    QString m_select;
};
