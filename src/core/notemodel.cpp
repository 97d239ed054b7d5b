#include "notemodel.h"

#include "logging.h"
#include "markdownsource.h"
#include "notehistory.h"
#include "noteattachments.h"
#include "notelinks.h"
#include "notetags.h"
#include "schemamigrator.h"
#include "searchquery.h"
#include "storageerror.h"
#include "writetransaction.h"

#include <QDataStream>
#include <QIODevice>
#include <QDateTime>
#include <QMimeData>
#include <QScopeGuard>
#include <QSet>
#include <QScopedValueRollback>
#include <QSqlError>
#include <QSqlIndex>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

NoteModel::NoteModel(const QSqlDatabase &db, QObject *parent)
    : QSqlTableModel(parent, db)
    , m_storage(&NotebookStorage::of(db))
    , m_listed(m_storage->listingPage())
{
    setTable(QStringLiteral("note"));
    setEditStrategy(OnManualSubmit);
    m_tableRecord = database().record(tableName());
    m_hasSearchIndex = m_storage->hasSearchIndex(database());
    m_hasLinks = m_storage->hasTable(database(), QStringLiteral("note_link"));
    m_hasAttachments = m_storage->hasTable(database(), QStringLiteral("attachment"));
}

int NoteModel::titleLength(QStringView title)
{
    return int(title.toUcs4().size());
}

QString NoteModel::cutTitle(const QString &title, int length)
{
    const QList<uint> characters = title.toUcs4();
    if (characters.size() <= length)
        return title;
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(characters.constData()), qMax(0, length));
}

QString NoteModel::singleLine(QString title)
{
    // A Windows line break is one break, so one space.
    title.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    for (QChar &c : title) {
        if (c == u'\n' || c == u'\r' || c == u'\t' || c == u'\v' || c == u'\f'
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = u' ';
    }
    return title;
}

QString NoteModel::excerptOf(const QString &text)
{
    // Only the start is needed: a long note is not simplified whole.
    // What a reader sees of the Markdown: no ** or [[, no link targets, no
    // front matter (an imported note's properties).
    const QString body = text.mid(MarkdownSource::frontMatterLength(text));
    const QString start = MarkdownSource::passage(body.left(4 * ExcerptLength)).simplified();
    return cutTitle(start, ExcerptLength);
}

QString NoteModel::orderByClause() const
{
    // Notebooks opened read-only at schema version 1 have no updated_at,
    // before version 5 no pinned.
    if (fieldIndex(QStringLiteral("updated_at")) < 0)
        return QStringLiteral("ORDER BY id DESC");
    if (pinnedColumn() < 0)
        return QStringLiteral("ORDER BY updated_at DESC, id DESC");
    if (m_shelf == Shelf::Trash)
        return QStringLiteral("ORDER BY trashed_at DESC, id DESC");
    // Each the order of an index of migration 5.
    switch (m_sort) {
    case Sort::Created:
        return QStringLiteral("ORDER BY pinned DESC, created_at DESC, id DESC");
    case Sort::Title:
        return QStringLiteral("ORDER BY pinned DESC, %1, id").arg(m_storage->caseless(QStringLiteral("title")));
    case Sort::Changed:
        break;
    }
    return QStringLiteral("ORDER BY pinned DESC, updated_at DESC, id DESC");
}

QString NoteModel::shelfFilter() const
{
    // Before version 5 there is no Trash, no pin and no tag.
    if (trashedColumn() < 0)
        return filter();
    QStringList conditions;
    if (!filter().isEmpty())
        conditions << QLatin1Char('(') + filter() + QLatin1Char(')');
    if (m_shelf == Shelf::Trash) {
        conditions << QStringLiteral("note.trashed_at IS NOT NULL");
        return conditions.join(QStringLiteral(" AND "));
    }
    conditions << QStringLiteral("note.trashed_at IS NULL");
    if (m_shelf == Shelf::Pinned)
        conditions << QStringLiteral("note.pinned = 1");
    // Ids are numbers: nothing a user typed. For a tag on many notes the
    // list's index is walked in order, each note checked, and the first
    // screen comes at once; for a rarer one its notes are found first and
    // sorted, instead of walking past thousands of notes without it.
    const QString condition = m_tagsAreCommon
        ? QStringLiteral("EXISTS (SELECT 1 FROM note_tag WHERE note_tag.note_id = note.id AND note_tag.tag_id = %1)")
        : QStringLiteral("note.id IN (SELECT note_id FROM note_tag WHERE tag_id = %1)");
    for (const qint64 tag : m_tagIds)
        conditions << condition.arg(tag);
    return conditions.join(QStringLiteral(" AND "));
}

bool NoteModel::shelfCounts(ShelfCounts *counts) const
{
    if (trashedColumn() < 0) {
        // Before version 5: every note is a note, none pinned or trashed.
        QSqlQuery query(database());
        if (!query.exec(QStringLiteral("SELECT count(*) FROM note")) || !query.next())
            return false;
        *counts = {query.value(0).toInt(), 0, 0};
        return true;
    }
    // Each count from a partial index of migration 5: no note is read.
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("SELECT (SELECT count(*) FROM note WHERE trashed_at IS NULL), "
                                   "(SELECT count(*) FROM note WHERE trashed_at IS NULL AND pinned = 1), "
                                   "(SELECT count(*) FROM note WHERE trashed_at IS NOT NULL)"))
        || !query.next()) {
        qCWarning(lcNotebook).noquote() << "Could not count notes:" << query.lastError().text();
        return false;
    }
    *counts = {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
    return true;
}

bool NoteModel::purgeTrash(const QDateTime &before, int *removed)
{
    *removed = 0;
    if (trashedColumn() < 0)
        return true;
    WriteTransaction transaction(database());
    if (!transaction.isActive()) {
        setLastError(transaction.lastError());
        return false;
    }
    // The search indexes' triggers run for each note removed; only if the
    // schema is still ours (see commit()).
    if (!SchemaMigrator().isOurSchema(database())) {
        m_schemaChanged = true;
        setLastError(QSqlError(QStringLiteral("The notebook's schema was changed by another program"),
                               {}, QSqlError::TransactionError));
        return false;
    }
    m_storage->trustTriggers(database(), true);
    const auto distrust = qScopeGuard([this] { m_storage->trustTriggers(database(), false); });
    QSqlQuery query(database());
    query.prepare(QStringLiteral("DELETE FROM note WHERE trashed_at IS NOT NULL AND trashed_at < ?"));
    query.addBindValue(before.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")));
    if (!query.exec()) {
        setLastError(query.lastError());
        return false;
    }
    const int count = query.numRowsAffected();
    query.finish();
    if (!transaction.commit()) {
        setLastError(transaction.lastError());
        return false;
    }
    *removed = count;
    if (count > 0)
        reload();
    return true;
}

int NoteModel::addTag(const QList<qint64> &ids, const QString &name)
{
    if (tagsColumn() < 0)
        return 0;
    int changed = 0;
    for (const qint64 id : ids) {
        const int row = rowForId(id);
        if (row < 0 || pendingState(row) == PendingState::Deleted)
            continue;
        const QModelIndex tags = index(row, tagsColumn());
        const QString before = data(tags).toString();
        const QString after = NoteTags::toText(NoteTags::fromText(before) << name);
        if (after != before && setData(tags, after))
            ++changed;
    }
    return changed;
}

int NoteModel::renameTag(const QString &from, const QString &to)
{
    return changeTags(from, [&from, &to](const QStringList &names) { return NoteTags::renamed(names, from, to); });
}

int NoteModel::removeTag(const QString &name)
{
    return changeTags(name, [&name](const QStringList &names) { return NoteTags::removed(names, name); });
}

int NoteModel::changeTags(const QString &tag, const std::function<QStringList(const QStringList &)> &change)
{
    if (tagsColumn() < 0 || NoteTags::normalized(tag).isEmpty())
        return 0;
    QList<qint64> saved;
    NoteTags tags(database());
    if (!tags.notesWith(tag, &saved)) {
        setLastError(tags.lastError());
        return -1;
    }
    return editNotes(saved, [&](int row) {
        const QModelIndex tagsIndex = index(row, tagsColumn());
        const QString before = data(tagsIndex).toString();
        const QString after = NoteTags::toText(change(NoteTags::fromText(before)));
        return after != before && setData(tagsIndex, after);
    });
}

int NoteModel::renameLinks(const QString &from, const QString &to, qint64 except)
{
    if (!m_hasLinks || MarkdownSource::titleKey(from) == MarkdownSource::titleKey(to))
        return 0;
    QList<qint64> saved;
    NoteLinks links(database());
    if (!links.notesLinkingTo(from, &saved)) {
        setLastError(links.lastError());
        return -1;
    }
    saved.removeAll(except);
    return editNotes(saved, [&](int row) {
        if (noteId(row) == except && except >= 0)
            return false;
        const QModelIndex text = index(row, contentColumn());
        const QString before = data(text).toString();
        const QString after = MarkdownSource::renamedLinks(before, from, to);
        return after != before && setData(text, after);
    });
}

int NoteModel::editNotes(const QList<qint64> &ids, const std::function<bool(int row)> &edit)
{
    // Listed, every one, so that each can become a pending edit.
    const QList<PendingChange> pending = pendingChanges();
    if (!ids.isEmpty() && !selectKeeping(pending, ids))
        return -1;
    if (!m_held.isEmpty())
        return -1; // the notes could not be listed
    int changed = 0;
    const auto visit = [&](int row) {
        if (pendingState(row) == PendingState::Deleted
            || (trashedColumn() >= 0 && !data(index(row, trashedColumn())).isNull()))
            return;
        if (edit(row))
            ++changed;
    };
    // Each note once: renaming work to work/old must not make work/old/old.
    QSet<qint64> wanted(ids.cbegin(), ids.cend());
    for (const PendingChange &change : pendingChanges()) {
        wanted.remove(change.id);
        visit(change.row);
    }
    for (int row = 0; !wanted.isEmpty(); ++row) {
        while (row >= rowCount()) {
            if (!canFetchMore())
                return changed;
            fetchMore();
        }
        if (wanted.remove(noteId(row)))
            visit(row);
    }
    return changed;
}

Qt::ItemFlags NoteModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QSqlTableModel::flags(index);
    if (index.isValid() && noteId(index.row()) >= 0)
        flags |= Qt::ItemIsDragEnabled;
    return flags;
}

QStringList NoteModel::mimeTypes() const
{
    return {QString::fromLatin1(NoteIdsMimeType)};
}

QMimeData *NoteModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = noteId(index.row());
        if (id >= 0 && !ids.contains(id))
            ids << id;
    }
    if (ids.isEmpty())
        return nullptr;
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(QString::fromLatin1(NoteIdsMimeType), bytes);
    return data;
}

bool NoteModel::setShelf(Shelf shelf, const QList<qint64> &tagIds)
{
    const QList<qint64> tags = shelf == Shelf::Trash ? QList<qint64>() : tagIds;
    if (shelf == m_shelf && tags == m_tagIds)
        return true;
    m_shelf = shelf;
    if (tags != m_tagIds) {
        m_tagIds = tags;
        m_tagsAreCommon = false;
        if (!tags.isEmpty()) {
            QStringList ids;
            for (const qint64 id : tags)
                ids << QString::number(id);
            QSqlQuery query(database());
            if (query.exec(QStringLiteral("SELECT min(note_count) FROM tag WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))))
                && query.next())
                m_tagsAreCommon = query.value(0).toInt() >= CommonTagNotes;
        }
    }
    m_listed = m_storage->listingPage();
    return selectKeeping(pendingChanges());
}

bool NoteModel::setListOrder(Sort sort)
{
    if (sort == m_sort)
        return true;
    m_sort = sort;
    m_listed = m_storage->listingPage();
    return selectKeeping(pendingChanges());
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
    // Changes held from a failed select go back on their notes first.
    if (!m_held.isEmpty() && !selectKeeping(pendingChanges()))
        return false;
    const QList<PendingChange> pending = pendingChanges();
    if (pending.isEmpty())
        return true;
    // A server that went away: said as such, not as whatever the first
    // statement on a closed connection would say.
    if (!m_storage->isConnected(database())) {
        setLastError(QSqlError(QStringLiteral("The connection to the server was lost"), {}, QSqlError::ConnectionError));
        return false;
    }

    // Which note to follow: by id; a new note gets its id below.
    const int followed = trackedRow ? *trackedRow : -1;
    qint64 trackedId = followed >= 0 && pendingState(followed) != PendingState::Deleted
        ? noteId(followed)
        : -1;

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
    // Our triggers keep the search indexes current. The schema is ours:
    // checked just above, and no one else can change it before we commit.
    if (saved)
        m_storage->trustTriggers(database(), true);
    const auto distrust = qScopeGuard([this] { m_storage->trustTriggers(database(), false); });
    // Inside the write transaction, so no one can change a note between the
    // check and the write.
    QList<qint64> alreadySaved;
    const bool checked = saved && findConflicts(pending, &error, &alreadySaved);
    if (!alreadySaved.isEmpty()) {
        // Nothing to ask about, nothing to write for them: the notes hold
        // these changes already (a save whose answer the connection lost
        // went in after all). Saved again without them.
        transaction.rollback();
        for (const qint64 id : std::as_const(alreadySaved)) {
            m_expectedVersions.remove(id);
            revertRow(rowForId(id));
        }
        qCInfo(lcNotebook) << "Already saved:" << alreadySaved;
        // The list shows them as saved, read again; the note followed may
        // have moved.
        if (!selectKeeping(pendingChanges()))
            return false;
        if (trackedRow && trackedId >= 0)
            *trackedRow = rowForId(trackedId);
        return commit(trackedRow);
    }
    if (saved && !checked) {
        setLastError(error);
        return false;
    }
    bool submitted = false;
    if (saved) {
        submitted = true;
        // New notes bottom-up, so that the top one, the newest, gets the
        // highest id and the list keeps its order; each leaves the model,
        // written or (deleted) never to be. Deletes are handed to
        // QSqlTableModel now, and submitAll() writes them with the edits.
        for (auto change = pending.crbegin(); saved && change != pending.crend(); ++change) {
            if (change->op == PendingChange::Insert) {
                qint64 id = -1;
                if (!change->deleted) {
                    saved = insertNote(change->record, &id) && linkTags(id, change->record)
                        && writeLinks(id, change->record) && writeAttachments(id, change->record);
                    if (!saved)
                        error = lastError();
                }
                if (change->row == followed && !change->deleted)
                    trackedId = id;
                QSqlTableModel::revertRow(change->row);
            } else if (change->deleted) {
                QSqlTableModel::removeRows(change->row, 1);
            }
        }
        m_deleted.clear();
    }
    // The versions these edits replace go into the notes' history.
    if (saved && excerptColumn() >= 0) {
        NoteHistory history(database());
        for (const PendingChange &change : pending) {
            if (change.op != PendingChange::Update || change.deleted || !changesText(change.record))
                continue;
            saved = history.keep(change.id);
            if (!saved) {
                error = history.lastError();
                break;
            }
        }
    }
    if (saved) {
        saved = submitAll();
        if (!saved)
            error = lastError();
    }
    // The tag index follows the notes' tags, and their moves to and from
    // the Trash.
    for (const PendingChange &change : pending) {
        if (!saved || change.op != PendingChange::Update || change.deleted
            || !(isChanged(change.record, "tags") || isChanged(change.record, "trashed_at")))
            continue;
        saved = linkTags(change.id, change.record);
        if (!saved)
            error = lastError();
    }
    // The links table follows the notes' texts.
    for (const PendingChange &change : pending) {
        if (!saved || change.op != PendingChange::Update || change.deleted || !isChanged(change.record, "content"))
            continue;
        saved = writeLinks(change.id, change.record) && writeAttachments(change.id, change.record);
        if (!saved)
            error = lastError();
    }
    if (saved && tagsColumn() >= 0) {
        NoteTags tags(database());
        saved = tags.removeUnused();
        if (!saved)
            error = tags.lastError();
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
        if (submitted)
            selectKeeping(pending); // the database as it was before: rolled back
        setLastError(error);
        qCWarning(lcNotebook).noquote() << "Save failed:" << error.text();
        return false;
    }

    m_expectedVersions.clear();
    if (trackedRow)
        *trackedRow = trackedId >= 0 ? rowForId(trackedId) : -1;
    return true;
}

bool NoteModel::isChanged(const QSqlRecord &record, const char *field)
{
    const int at = record.indexOf(QLatin1String(field));
    return at >= 0 && record.isGenerated(at);
}

bool NoteModel::changesText(const QSqlRecord &record)
{
    return isChanged(record, "title") || isChanged(record, "content");
}

bool NoteModel::linkTags(qint64 id, const QSqlRecord &record)
{
    if (tagsColumn() < 0)
        return true;
    NoteTags tags(database());
    const bool trashed = !record.value(QStringLiteral("trashed_at")).isNull();
    if (tags.link(id, record.value(QStringLiteral("tags")).toString(), trashed))
        return true;
    setLastError(tags.lastError());
    return false;
}

bool NoteModel::writeLinks(qint64 id, const QSqlRecord &record)
{
    if (!m_hasLinks)
        return true;
    NoteLinks links(database());
    if (links.write(id, record.value(QStringLiteral("content")).toString()))
        return true;
    setLastError(links.lastError());
    return false;
}

bool NoteModel::writeAttachments(qint64 id, const QSqlRecord &record)
{
    if (!m_hasAttachments)
        return true;
    NoteAttachments attachments(database());
    if (attachments.write(id, record.value(QStringLiteral("content")).toString(), m_pendingAttachments))
        return true;
    setLastError(attachments.lastError());
    return false;
}

bool NoteModel::insertNote(const QSqlRecord &record, qint64 *id)
{
    // Only the table's own columns, and of those the ones set.
    QSqlRecord values = m_tableRecord;
    for (int i = 0; i < values.count(); ++i) {
        const int at = record.indexOf(values.fieldName(i));
        values.setGenerated(i, at >= 0 && record.isGenerated(at));
        if (at >= 0)
            values.setValue(i, record.value(at));
    }
    if (!insertRowIntoTable(values))
        return false;
    QSqlError error;
    if (!m_storage->lastInsertedId(database(), id, &error)) {
        setLastError(error);
        return false;
    }
    return true;
}

NoteModel::TitleProblem NoteModel::titleProblem() const
{
    TitleProblem problem = TitleProblem::None;
    for (int row = 0; row < rowCount(); ++row) {
        if (storedState(row) == PendingState::None || isDeleted(row))
            continue;
        const QString title = QSqlTableModel::data(index(row, titleColumn())).toString();
        if (title.isEmpty())
            return TitleProblem::Empty;
        if (titleLength(title) > MaxTitleLength)
            problem = TitleProblem::TooLong;
    }
    return problem;
}

bool NoteModel::isDeleted(int row) const
{
    return row >= 0 && std::any_of(m_deleted.cbegin(), m_deleted.cend(),
                       [row](const QPersistentModelIndex &index) { return index.row() == row; });
}

void NoteModel::setDeleted(int row, bool deleted)
{
    if (isDeleted(row) == deleted)
        return;
    if (deleted)
        m_deleted.append(QPersistentModelIndex(index(row, 0)));
    else
        m_deleted.removeIf([row](const QPersistentModelIndex &index) { return index.row() == row; });
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, row, row);
}

bool NoteModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count < 0 || row + count > rowCount())
        return false;
    for (int i = row; i < row + count; ++i)
        setDeleted(i, true);
    return true;
}

bool NoteModel::undelete(int row)
{
    if (isTrashPending(row)) {
        // Only the move to the Trash is taken back; other edits stay.
        QSqlRecord changed = record(row);
        int edits = 0;
        for (int i = 0; i < changed.count(); ++i)
            edits += changed.isGenerated(i) && changed.fieldName(i) != QLatin1String("excerpt") ? 1 : 0;
        if (edits == 1 && storedState(row) == PendingState::Edited)
            QSqlTableModel::revertRow(row);
        else
            QSqlTableModel::setData(index(row, trashedColumn()), QVariant(QMetaType(QMetaType::QString)));
        return true;
    }
    if (!isDeleted(row))
        return false;
    setDeleted(row, false);
    return true;
}

bool NoteModel::isTrashPending(int row) const
{
    if (trashedColumn() < 0 || row < 0 || row >= rowCount())
        return false;
    const QModelIndex trashed = index(row, trashedColumn());
    return isDirty(trashed) && !QSqlTableModel::data(trashed).isNull()
        && (storedState(row) == PendingState::Inserted || m_shelf != Shelf::Trash);
}

bool NoteModel::moveToTrash(int row, const QDateTime &now)
{
    if (trashedColumn() < 0 || row < 0 || row >= rowCount() || pendingState(row) == PendingState::Deleted)
        return false;
    const QString when = now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
    return QSqlTableModel::setData(index(row, trashedColumn()), when);
}

bool NoteModel::restoreFromTrash(int row)
{
    if (trashedColumn() < 0 || row < 0 || row >= rowCount()
        || QSqlTableModel::data(index(row, trashedColumn())).isNull())
        return false;
    return QSqlTableModel::setData(index(row, trashedColumn()), QVariant(QMetaType(QMetaType::QString)));
}

void NoteModel::revertRow(int row)
{
    setDeleted(row, false);
    QSqlTableModel::revertRow(row);
}

NoteModel::PendingState NoteModel::pendingState(int row) const
{
    return isDeleted(row) || isTrashPending(row) ? PendingState::Deleted : storedState(row);
}

NoteModel::PendingState NoteModel::storedState(int row) const
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
    if (!isDirty() && m_deleted.isEmpty())
        return m_held;
    for (int row = 0; row < rowCount(); ++row) {
        const PendingState stored = storedState(row);
        PendingChange change;
        change.deleted = isDeleted(row);
        if (stored == PendingState::None && !change.deleted)
            continue;
        if (stored == PendingState::Inserted)
            change.op = PendingChange::Insert;
        else
            change.op = change.deleted ? PendingChange::Delete : PendingChange::Update;
        change.row = row;
        change.id = noteId(row);
        change.version = expectedVersion(row);
        change.record = record(row);
        if (stored == PendingState::None) {
            // A saved note deleted without an edit: nothing of its own to keep.
            for (int i = 0; i < change.record.count(); ++i)
                change.record.setGenerated(i, false);
        }
        changes.append(change);
    }
    return changes + m_held;
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
    // A note edited here and deleted elsewhere: every field it had, and its
    // id, so that Save asks what to do with it (findConflicts()).
    const auto keepGone = [this](int row, const PendingChange &change) {
        for (int i = 0; i < change.record.count(); ++i) {
            const int column = fieldIndex(change.record.fieldName(i));
            if (column >= 0 && column != idColumn() && !change.record.isNull(i))
                setData(index(row, column), change.record.value(i));
        }
        setData(index(row, idColumn()), change.id);
        if (data(index(row, titleColumn())).toString().isEmpty())
            setData(index(row, titleColumn()), tr("Recovered note"));
    };
    // New notes first, at the rows they had, so the rows of the rest line up.
    for (const PendingChange &change : changes) {
        if (change.op != PendingChange::Insert)
            continue;
        const int row = qMin(change.row, rowCount());
        if (!insertRow(row))
            continue;
        apply(row, change.record);
        if (change.id >= 0)
            keepGone(row, change); // still waiting for the user's answer
        setDeleted(row, change.deleted);
    }
    for (const PendingChange &change : changes) {
        if (change.op == PendingChange::Insert)
            continue;
        const int row = rowForId(change.id);
        if (row >= 0 && change.version > 0)
            m_expectedVersions.insert(change.id, change.version);
        if (row >= 0) {
            apply(row, change.record);
            setDeleted(row, change.op == PendingChange::Delete);
        } else if (change.op == PendingChange::Update) {
            // Deleted elsewhere in the meantime: nothing of it is lost.
            if (insertRow(0))
                keepGone(0, change);
        }
    }
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == PendingStateRole)
        return QVariant::fromValue(pendingState(index.row()));
    if (role == ExcerptRole || role == PinnedRole) {
        const int column = role == ExcerptRole ? excerptColumn() : pinnedColumn();
        if (column < 0)
            return role == ExcerptRole ? QVariant(QString()) : QVariant(false);
        const QVariant value = QSqlTableModel::data(this->index(index.row(), column));
        return role == ExcerptRole ? QVariant(value.toString()) : QVariant(value.toBool());
    }
    if (role == TagsRole) {
        if (tagsColumn() < 0)
            return QStringList();
        return NoteTags::fromText(QSqlTableModel::data(this->index(index.row(), tagsColumn())).toString());
    }
    if (role == ChangedRole) {
        // In the Trash: when it was put there.
        const int column = m_shelf == Shelf::Trash ? trashedColumn() : fieldIndex(QStringLiteral("updated_at"));
        if (column < 0 || storedState(index.row()) == PendingState::Inserted)
            return {};
        const QString text = QSqlTableModel::data(this->index(index.row(), column)).toString();
        QDateTime changed = QDateTime::fromString(text, Qt::ISODateWithMs);
        return changed.isValid() ? QVariant(changed.toLocalTime()) : QVariant();
    }
    if (role == HighlightedTitleRole || role == SnippetRole) {
        if (!isSearching())
            return {};
        // The two columns selectStatement() adds after the table's.
        const int column = int(m_tableRecord.count()) + (role == SnippetRole ? 1 : 0);
        QString marked = QSqlTableModel::data(this->index(index.row(), column)).toString();
        const QModelIndex title = this->index(index.row(), titleColumn());
        if (role == HighlightedTitleRole && (marked.isEmpty() || isDirty(title)))
            marked = QSqlTableModel::data(title).toString();
        return role == SnippetRole ? MarkdownSource::passage(marked) : marked;
    }
    const QVariant value = QSqlTableModel::data(index, role);
    // selectStatement() leaves the content out; content is never NULL.
    if (index.column() == contentColumn() && value.isNull()
        && (role == Qt::DisplayRole || role == Qt::EditRole))
        return storedContent(index.row());
    return value;
}

QVariant NoteModel::storedContent(int row) const
{
    const qint64 id = noteId(row);
    if (id < 0 || storedState(row) == PendingState::Inserted)
        return QString(QLatin1String("")); // a new note (or one deleted elsewhere, kept here)
    const int versionColumn = fieldIndex(QStringLiteral("version"));
    const qint64 version = versionColumn < 0 ? 0 : QSqlTableModel::data(index(row, versionColumn)).toLongLong();
    // A failed read is not tried again for a moment: each try may wait for
    // the busy timeout, and a view asks for the same data several times.
    if (m_storedContent.id == id && m_storedContent.version == version
        && (m_storedContent.text.isValid() || !m_storedContent.failed.hasExpired(RetryAfter)))
        return m_storedContent.text;

    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT content FROM note WHERE id = ?"));
    query.addBindValue(id);
    m_storedContent = {id, version, {}, {}};
    if (!query.exec() || !query.next()) {
        qCWarning(lcNotebook).noquote() << "Could not read note" << id << query.lastError().text();
        m_storedContent.failed.start();
        return {};
    }
    m_storedContent.text = query.value(0).toString();
    return m_storedContent.text;
}

bool NoteModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    // Editors write back what they show when they lose focus; that must not
    // turn a note into a pending change.
    if (role == Qt::EditRole && index.isValid() && index.column() == titleColumn()
        && value.typeId() == QMetaType::QString) {
        const QString title = value.toString();
        const QString line = singleLine(title);
        if (line != title)
            return setData(index, line, role);
    }
    if (role == Qt::EditRole && index.isValid() && data(index, role) == value)
        return true;
    if (!QSqlTableModel::setData(index, value, role))
        return false;
    if (role == Qt::EditRole && index.column() == contentColumn() && excerptColumn() >= 0)
        setData(this->index(index.row(), excerptColumn()), excerptOf(value.toString()), role);
    return true;
}

bool NoteModel::setSearchText(const QString &text)
{
    if (text == m_searchText && query().isActive())
        return true;
    m_searchText = text;
    m_searchQuery = SearchQuery(text);
    // What is found by substring: Chinese, Japanese and Korean, or text
    // without words (punctuation), or anything in an old notebook without
    // the indexes.
    m_substrings.clear();
    if (isSearching())
        m_substrings = m_hasSearchIndex && !m_searchQuery.isEmpty()
            ? m_searchQuery.substrings()
            : QStringList{SearchQuery::cleaned(text).trimmed()};
    m_listed = m_storage->listingPage();
    return selectKeeping(pendingChanges());
}

// QSqlTableModel runs this statement as it is, without bound values: the
// storage quotes each piece of the search text with the driver.
QString NoteModel::selectStatement() const
{
    return m_storage->listingStatement(database(), listing());
}

NoteListing NoteModel::listing() const
{
    NoteListing listing;
    listing.table = m_tableRecord;
    listing.filter = shelfFilter();
    listing.order = orderByClause();
    listing.hasSearchIndex = m_hasSearchIndex;
    listing.keptIds = m_keptIds;
    listing.limit = m_listed;
    if (isSearching()) {
        listing.search = &m_searchQuery;
        listing.substrings = m_substrings;
        listing.rankingLimit = m_rankingLimit;
    }
    return listing;
}

bool NoteModel::countListed(int *count) const
{
    NoteListing listing = this->listing();
    listing.keptIds.clear();
    listing.countOnly = true;
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(m_storage->listingStatement(database(), listing)) || !query.next()) {
        qCWarning(lcNotebook).noquote() << "Could not count the notes:" << query.lastError().text();
        return false;
    }
    *count = query.value(0).toInt();
    for (int row = 0; row < rowCount() && !isSearching(); ++row) {
        if (storedState(row) == PendingState::Inserted && !isDeleted(row))
            ++*count;
    }
    return true;
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

bool NoteModel::findConflicts(const QList<PendingChange> &pending, QSqlError *error, QList<qint64> *alreadySaved)
{
    if (fieldIndex(QStringLiteral("version")) < 0)
        return true; // an old notebook, read-only here
    QList<qint64> checked;
    for (const PendingChange &change : pending) {
        if (change.op != PendingChange::Insert)
            checked << change.id;
    }
    if (!m_storage->lockNotes(database(), checked, error))
        return false;
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT version FROM note WHERE id = ?"));
    for (const PendingChange &change : pending) {
        if (change.op == PendingChange::Insert) {
            // A new note with an id is one edited here that a reload found
            // deleted elsewhere (restoreChanges()); deleted here too, it goes.
            if (change.id >= 0 && !change.deleted) {
                Conflict conflict;
                conflict.kind = Conflict::DeletedElsewhere;
                conflict.id = change.id;
                conflict.title = change.record.value(QStringLiteral("title")).toString();
                m_conflicts.append(conflict);
            }
            continue;
        }
        query.addBindValue(change.id);
        if (!query.exec()) {
            *error = query.lastError();
            qCWarning(lcNotebook).noquote() << "Could not check note" << change.id << error->text();
            return false;
        }
        Conflict conflict;
        conflict.id = change.id;
        // Moved to the Trash here is deleted here, for the question.
        conflict.deletedHere = change.op == PendingChange::Delete
            || (isChanged(change.record, "trashed_at") && !change.record.value(QStringLiteral("trashed_at")).isNull());
        conflict.title = change.record.value(QStringLiteral("title")).toString();
        if (!query.next()) {
            if (conflict.deletedHere)
                continue; // deleted on both sides
            conflict.kind = Conflict::DeletedElsewhere;
        } else if (query.value(0).toLongLong() != change.version) {
            bool same = false;
            if (!holdsAlready(change, &same, error))
                return false;
            if (same) {
                alreadySaved->append(change.id);
                continue;
            }
            conflict.kind = Conflict::ChangedElsewhere;
            conflict.theirVersion = query.value(0).toLongLong();
        } else {
            continue;
        }
        m_conflicts.append(conflict);
    }
    if (!m_conflicts.isEmpty())
        *error = QSqlError(QStringLiteral("Notes were changed elsewhere"), {}, QSqlError::TransactionError);
    return m_conflicts.isEmpty();
}

bool NoteModel::holdsAlready(const PendingChange &change, bool *same, QSqlError *error) const
{
    *same = false;
    if (change.op != PendingChange::Update)
        return true;
    QSqlQuery stored(database());
    stored.prepare(QStringLiteral("SELECT * FROM note WHERE id = ?"));
    stored.addBindValue(change.id);
    if (!stored.exec() || !stored.next()) {
        *error = stored.lastError();
        return false;
    }
    for (int i = 0; i < change.record.count(); ++i) {
        if (!change.record.isGenerated(i))
            continue;
        const QVariant value = stored.value(change.record.fieldName(i));
        const QVariant mine = change.record.value(i);
        if (value.isNull() != mine.isNull() || value.toString() != mine.toString())
            return true;
    }
    *same = true;
    return true;
}

int NoteModel::addCopy(int row, const QString &title)
{
    const QString content = data(index(row, contentColumn())).toString();
    const int copy = addNote(cutTitle(title, MaxTitleLength));
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
        QString copyTitle = title;
        if (conflict.kind != Conflict::DeletedElsewhere) {
            // Room for the suffix in this language, cut from the title.
            const int suffix = titleLength(tr("%1 (my version)").arg(QString()));
            copyTitle = tr("%1 (my version)").arg(cutTitle(title, MaxTitleLength - suffix));
        }
        addCopy(row, copyTitle);
        revertRow(rowForId(conflict.id));
    } else {
        revertRow(row);
    }
    m_conflicts.removeIf([&conflict](const Conflict &c) { return c.id == conflict.id; });
}

void NoteModel::discardChanges()
{
    m_held.clear();
    // Deleted saved notes are not QSqlTableModel's to revert: drawn whole again.
    const QList<QPersistentModelIndex> deleted = std::exchange(m_deleted, {});
    for (const QPersistentModelIndex &row : deleted) {
        if (row.isValid())
            emit dataChanged(index(row.row(), 0), index(row.row(), columnCount() - 1));
    }
    revertAll();
    m_expectedVersions.clear();
    if (isSearching())
        select();
}

bool NoteModel::select()
{
    m_storedContent = {};
    m_deleted.clear(); // rows no more: the pending changes say which to delete again
    // A select that failed (the notebook locked, say) leaves QSqlTableModel
    // without the table's fields and primary key, and it never reads them
    // again by itself: every later save would name the wrong columns.
    if (primaryKey().isEmpty())
        setTable(tableName());
    bool selected = false;
    {
        // QSqlQueryModel::setQuery() calls fetchMore(): not a scroll.
        const QScopedValueRollback<bool> selecting(m_keeping, true);
        selected = QSqlTableModel::select();
    }
    // A failed select lists nothing more to fetch.
    m_listedAll = !selected || m_listed == 0 || query().size() < m_listed;
    return selected;
}

bool NoteModel::canFetchMore(const QModelIndex &parent) const
{
    return QSqlTableModel::canFetchMore(parent) || (!parent.isValid() && !m_listedAll && !m_keeping);
}

void NoteModel::fetchMore(const QModelIndex &parent)
{
    if (QSqlTableModel::canFetchMore(parent)) {
        QSqlTableModel::fetchMore(parent);
        return;
    }
    if (parent.isValid() || m_listedAll || m_keeping)
        return;
    emit listingAboutToGrow(); // the window keeps what was typed, and its place
    m_listed *= 2;
    selectKeeping(pendingChanges());
    // Not again while the window puts its place back.
    const QScopedValueRollback<bool> keeping(m_keeping, true);
    emit listingGrown();
}

bool NoteModel::reload()
{
    return selectKeeping(pendingChanges());
}

bool NoteModel::selectKeeping(const QList<PendingChange> &pending, const QList<qint64> &alsoListed)
{
    // Putting the changes back must not read the list again half-way:
    // every note with a pending change is listed, so nothing needs more.
    const QScopedValueRollback<bool> keeping(m_keeping, true);
    m_held.clear(); // pending holds them, as pendingChanges() includes them
    m_keptIds = alsoListed;
    for (const PendingChange &change : pending) {
        if (change.id >= 0)
            m_keptIds << change.id;
    }
    const bool selected = select();
    m_keptIds.clear();
    if (!selected) {
        // The model is empty: putting the changes back now would make new
        // notes of every edit and drop every delete.
        m_held = pending;
        return false;
    }
    restoreChanges(pending);
    return true;
}

StorageError::Kind NoteModel::errorKind() const
{
    using Kind = StorageError::Kind;
    if (!lastError().isValid())
        return Kind::None;
    if (m_schemaChanged)
        return Kind::SchemaChanged;
    if (!m_conflicts.isEmpty())
        return Kind::ChangedElsewhere;
    return m_storage->errorKind(lastError());
}

