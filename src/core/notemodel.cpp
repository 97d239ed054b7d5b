#include "notemodel.h"

#include "logging.h"
#include "schemamigrator.h"
#include "searchquery.h"
#include "sqliteresultcode.h"
#include "writetransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>

#include <sqlite3.h>

NoteModel::NoteModel(const QSqlDatabase &db, QObject *parent)
    : QSqlTableModel(parent, db)
{
    setTable(QStringLiteral("note"));
    setEditStrategy(OnManualSubmit);
}

QString NoteModel::orderByClause() const
{
    // Notebooks opened read-only at schema version 1 have no updated_at.
    if (fieldIndex(QStringLiteral("updated_at")) < 0)
        return QStringLiteral("ORDER BY id DESC");
    return QStringLiteral("ORDER BY updated_at DESC, id DESC");
}

qint64 NoteModel::noteId(int row) const
{
    const QVariant id = data(index(row, idColumn()));
    return id.isNull() ? -1 : id.toLongLong();
}

int NoteModel::rowForId(qint64 id)
{
    for (int row = 0;; ++row) {
        while (row >= rowCount()) {
            if (!canFetchMore())
                return -1;
            fetchMore();
        }
        if (noteId(row) == id)
            return row;
    }
}

int NoteModel::addNote(const QString &title)
{
    if (!insertRow(0))
        return -1;
    setData(index(0, titleColumn()), title.isEmpty() ? tr("Untitled note") : title);
    return 0;
}

bool NoteModel::commit(int *trackedRow)
{
    const QList<PendingChange> pending = pendingChanges();
    if (pending.isEmpty())
        return true;

    // Which note to follow: by id, or for a new note by its place among the
    // inserts, which submitAll() makes in row order.
    qint64 trackedId = -1;
    qsizetype trackedInsert = -1;
    if (trackedRow && *trackedRow >= 0) {
        trackedId = noteId(*trackedRow);
        for (qsizetype i = 0, inserts = 0; trackedId < 0 && i < pending.size(); ++i) {
            if (pending.at(i).op != PendingChange::Insert)
                continue;
            if (pending.at(i).row == *trackedRow)
                trackedInsert = inserts;
            ++inserts;
        }
    }

    m_insertedIds.clear();
    m_schemaChanged = false;
    m_conflicts.clear(); // the reasons of an earlier failure are not this one's
    WriteTransaction transaction(database());
    bool saved = transaction.isActive();
    QSqlError error = transaction.lastError();
    // The notebook was opened for writing because its schema is ours; make
    // sure it still is (another program may have added a trigger since),
    // now that no one else can change it until we commit.
    if (saved && !SchemaMigrator().isOurSchema(database())) {
        setLastError(QSqlError(QStringLiteral("The notebook's schema was changed by another program"),
                               {}, QSqlError::TransactionError));
        m_schemaChanged = true;
        return false;
    }
    // Inside the write transaction, so no one can change a note between the
    // check and the write.
    if (saved && !findConflicts(pending)) {
        setLastError(QSqlError(QStringLiteral("Notes were changed elsewhere"), {},
                               QSqlError::TransactionError));
        return false;
    }
    bool submitted = false;
    if (saved) {
        submitted = true;
        saved = submitAll();
        if (!saved)
            error = lastError();
    }
    if (saved) {
        saved = transaction.commit();
        if (!saved)
            error = transaction.lastError();
    }
    if (!saved) {
        transaction.rollback();
        // submitAll() marks what it wrote as saved; after the rollback that
        // is no longer true, so rebuild the pending changes from the snapshot.
        if (submitted) {
            select(); // the database as it was before: rolled back
            restoreChanges(pending);
        }
        setLastError(error);
        qCWarning(lcNotebook).noquote() << "Save failed:" << error.text();
        return false;
    }

    m_expectedVersions.clear();
    if (trackedRow) {
        if (trackedInsert >= 0 && trackedInsert < m_insertedIds.size())
            trackedId = m_insertedIds.at(trackedInsert);
        *trackedRow = trackedId >= 0 ? rowForId(trackedId) : -1;
    }
    return true;
}

bool NoteModel::insertRowIntoTable(const QSqlRecord &values)
{
    if (!QSqlTableModel::insertRowIntoTable(values))
        return false;
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT last_insert_rowid()")) && query.next())
        m_insertedIds.append(query.value(0).toLongLong());
    return true;
}

NoteModel::PendingState NoteModel::pendingState(int row) const
{
    // QSqlTableModel marks pending inserts "*" and deletes "!" in the
    // vertical header; it offers no other way to tell them apart.
    const QString marker = headerData(row, Qt::Vertical).toString();
    if (marker == QLatin1String("*"))
        return PendingState::Inserted;
    if (marker == QLatin1String("!"))
        return PendingState::Deleted;
    for (int column = 0; column < columnCount(); ++column) {
        if (isDirty(index(row, column)))
            return PendingState::Edited;
    }
    return PendingState::None;
}

QList<NoteModel::PendingChange> NoteModel::pendingChanges() const
{
    QList<PendingChange> changes;
    if (!isDirty())
        return changes;
    for (int row = 0; row < rowCount(); ++row) {
        PendingChange change;
        switch (pendingState(row)) {
        case PendingState::None:
            continue;
        case PendingState::Inserted:
            change.op = PendingChange::Insert;
            break;
        case PendingState::Edited:
            change.op = PendingChange::Update;
            break;
        case PendingState::Deleted:
            change.op = PendingChange::Delete;
            break;
        }
        change.row = row;
        change.id = noteId(row);
        change.version = expectedVersion(row);
        change.record = record(row);
        changes.append(change);
    }
    return changes;
}

void NoteModel::restoreChanges(const QList<PendingChange> &changes)
{
    // Field by field: Qt 6.4's setRecord() also writes the fields a record
    // does not mark as generated, blanking them.
    const auto apply = [this](int row, const QSqlRecord &record) {
        for (int i = 0; i < record.count(); ++i) {
            const int column = fieldIndex(record.fieldName(i));
            if (record.isGenerated(i) && column >= 0 && column != idColumn())
                setData(index(row, column), record.value(i));
        }
    };
    // New notes first, at the rows they had, so the rows of the rest line up.
    for (const PendingChange &change : changes) {
        if (change.op != PendingChange::Insert)
            continue;
        const int row = qMin(change.row, rowCount());
        if (insertRow(row))
            apply(row, change.record);
    }
    for (const PendingChange &change : changes) {
        if (change.op == PendingChange::Insert)
            continue;
        const int row = rowForId(change.id);
        if (row >= 0 && change.version > 0)
            m_expectedVersions.insert(change.id, change.version);
        if (row >= 0) {
            if (change.op == PendingChange::Update)
                apply(row, change.record);
            else
                removeRow(row);
        } else if (change.op == PendingChange::Update) {
            // Deleted elsewhere in the meantime: keep the words as a new note.
            if (!insertRow(0))
                continue;
            apply(0, change.record);
            if (data(index(0, titleColumn())).toString().isEmpty())
                setData(index(0, titleColumn()), tr("Recovered note"));
        }
    }
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (role == PendingStateRole)
        return QVariant::fromValue(pendingState(index.row()));
    return QSqlTableModel::data(index, role);
}

bool NoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Editors write back what they show when they lose focus; that must not
    // turn a note into a pending change.
    if (role == Qt::EditRole && index.isValid() && data(index, role) == value)
        return true;
    return QSqlTableModel::setData(index, value, role);
}

bool NoteModel::setTitleFilter(const QString &text)
{
    if (text == m_titleFilter)
        return true;
    m_titleFilter = text;

    // Every character literal, and the pattern quoted by the driver, never
    // pasted into the SQL.
    QSqlField field(QStringLiteral("title"), QMetaType(QMetaType::QString));
    field.setValue(SearchQuery::containsPattern(text));
    QString where;
    if (!text.isEmpty())
        where = QStringLiteral("title LIKE %1 ESCAPE '\\'")
                    .arg(database().driver()->formatValue(field));

    // select() drops pending changes; keep them (and the versions they
    // started from), and keep their notes listed.
    const QList<PendingChange> pending = pendingChanges();
    QStringList pendingIds;
    for (const PendingChange &change : pending) {
        if (change.id >= 0)
            pendingIds << QString::number(change.id);
    }
    if (!where.isEmpty() && !pendingIds.isEmpty())
        where = QStringLiteral("(%1) OR id IN (%2)").arg(where, pendingIds.join(QLatin1Char(',')));

    setFilter(where); // re-selects a model that was populated
    const bool selected = query().isActive() || select();
    restoreChanges(pending);
    return selected;
}

qint64 NoteModel::expectedVersion(int row) const
{
    const int column = fieldIndex(QStringLiteral("version"));
    if (column < 0)
        return 0;
    const qint64 id = noteId(row);
    const auto expected = m_expectedVersions.constFind(id);
    // A pending row still holds the version it was loaded with.
    return expected != m_expectedVersions.constEnd() ? *expected
                                                     : data(index(row, column)).toLongLong();
}

bool NoteModel::findConflicts(const QList<PendingChange> &pending)
{
    if (fieldIndex(QStringLiteral("version")) < 0)
        return true; // an old notebook, read-only here
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT version FROM note WHERE id = ?"));
    for (const PendingChange &change : pending) {
        if (change.op == PendingChange::Insert)
            continue;
        query.addBindValue(change.id);
        if (!query.exec())
            continue; // the write will report it
        Conflict conflict;
        conflict.id = change.id;
        conflict.deletedHere = change.op == PendingChange::Delete;
        conflict.title = change.record.value(QStringLiteral("title")).toString();
        if (!query.next()) {
            if (conflict.deletedHere)
                continue; // deleted on both sides
            conflict.kind = Conflict::DeletedElsewhere;
        } else if (query.value(0).toLongLong() != change.version) {
            conflict.kind = Conflict::ChangedElsewhere;
            conflict.theirVersion = query.value(0).toLongLong();
        } else {
            continue;
        }
        m_conflicts.append(conflict);
    }
    return m_conflicts.isEmpty();
}

int NoteModel::addCopy(int row, const QString &title)
{
    const QString content = data(index(row, contentColumn())).toString();
    const int copy = addNote(title.left(MaxTitleLength));
    setData(index(copy, contentColumn()), content);
    return copy;
}

void NoteModel::resolve(const Conflict &conflict, Resolution resolution)
{
    const int row = rowForId(conflict.id);
    if (row < 0)
        return;
    const bool keepMine = resolution == Resolution::KeepMine;
    if (keepMine && conflict.kind == Conflict::ChangedElsewhere) {
        // Written over theirs, as the user chose.
        m_expectedVersions.insert(conflict.id, conflict.theirVersion);
    } else if (resolution == Resolution::KeepBoth || (keepMine && !conflict.deletedHere)) {
        // This window's text becomes a note of its own; theirs stays.
        const QString title = data(index(row, titleColumn())).toString();
        const QString copyTitle = conflict.kind == Conflict::DeletedElsewhere
            ? title
            : tr("%1 (my version)").arg(title.left(MaxTitleLength - 13));
        addCopy(row, copyTitle);
        revertRow(rowForId(conflict.id));
    } else {
        revertRow(row);
    }
    m_conflicts.removeIf([&conflict](const Conflict &c) { return c.id == conflict.id; });
}

void NoteModel::discardChanges()
{
    revertAll();
    m_expectedVersions.clear();
}

bool NoteModel::reload()
{
    const QList<PendingChange> pending = pendingChanges();
    const bool selected = select();
    restoreChanges(pending);
    return selected;
}

QString NoteModel::errorString() const
{
    const QSqlError error = lastError();
    if (!error.isValid())
        return {};
    if (m_schemaChanged)
        return tr("Another program changed the structure of this notebook, so nothing was saved. "
                  "Your changes are kept: close the notebook and open it again.");
    if (!m_conflicts.isEmpty())
        return tr("%n note(s) were changed in another window or program while you edited them "
                  "here. Nothing was saved; choose which version to keep.",
                  nullptr, int(m_conflicts.size()));
    switch (SqliteResultCode::primary(error)) {
    case SQLITE_CONSTRAINT:
        if (error.databaseText().contains(QLatin1String("title")))
            return tr("A note’s title must have between 1 and %1 characters. Shorten the title "
                      "and save again; your other changes are kept.")
                .arg(MaxTitleLength);
        return tr("A change breaks a rule of the notebook, so nothing was saved. Your changes "
                  "are kept.");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("Another program is using this notebook, so nothing was saved. Your changes "
                  "are kept: save again in a moment.");
    case SQLITE_READONLY:
        return tr("This notebook is read-only, so your changes cannot be saved to it.");
    case SQLITE_FULL:
        return tr("The disk is full, so nothing was saved. Your changes are kept: free some "
                  "space and save again.");
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return tr("The notebook could not be written to the disk, so nothing was saved. Your "
                  "changes are kept: check that the disk is still there and writable, then save "
                  "again.");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("The notebook file is damaged, so nothing was saved. Your changes are kept.");
    default:
        return tr("Your changes could not be saved. They are kept.");
    }
}
