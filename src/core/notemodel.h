#pragma once

#include "notebookstorage.h"
#include "searchquery.h"
#include "storageerror.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPersistentModelIndex>
#include <QSqlRecord>
#include <QSqlTableModel>

#include <functional>

class PendingAttachments;

// The notes of one notebook, newest-changed first, with every change kept
// pending until commit() saves them all in one transaction.
//
// Revert is discardChanges(). revert() is deliberately left as it is: item
// delegates call it when an edit is cancelled, and it must not throw away
// every pending change.
//
// A deleted note, new or saved, stays a row until Save, with every field it
// had: undelete() brings it back as it was.
class NoteModel final : public QSqlTableModel
{
    Q_OBJECT

public:
    static constexpr int MaxTitleLength = 120;

    // What is pending for a row, for data(index, PendingStateRole).
    enum class PendingState { None, Inserted, Edited, Deleted };
    Q_ENUM(PendingState)
    static constexpr int PendingStateRole = Qt::UserRole + 1;
    // While searching: the title, and a short passage of the content, with
    // each match between HighlightStart and HighlightEnd. Empty strings for
    // notes listed because they have pending changes; invalid otherwise.
    static constexpr int HighlightedTitleRole = Qt::UserRole + 2;
    static constexpr int SnippetRole = Qt::UserRole + 3;
    // The start of the text on one line (excerptOf()), as saved or edited.
    static constexpr int ExcerptRole = Qt::UserRole + 4;
    // When the note was last saved changed (local time), in the Trash when
    // it was put there; invalid for a new note.
    static constexpr int ChangedRole = Qt::UserRole + 5;
    static constexpr int PinnedRole = Qt::UserRole + 6;
    // The note's tags (QStringList), as saved or edited.
    static constexpr int TagsRole = Qt::UserRole + 7;
    static constexpr char16_t HighlightStart = u'\x02';
    static constexpr char16_t HighlightEnd = u'\x03';

    explicit NoteModel(const QSqlDatabase &db, QObject *parent = nullptr);

    // A title's length as the notebook counts it: in characters (code
    // points), so an emoji is one, not two UTF-16 units.
    static int titleLength(QStringView title);
    // title cut to at most length characters, never inside a character.
    static QString cutTitle(const QString &title, int length);
    // A title is one line: line breaks and tabs become spaces.
    static QString singleLine(QString title);
    // What the list shows of a note's text: its start, on one line, with
    // runs of spaces and line breaks made one space.
    static QString excerptOf(const QString &text);
    static constexpr int ExcerptLength = 200;

    int idColumn() const { return fieldIndex(QStringLiteral("id")); }
    int titleColumn() const { return fieldIndex(QStringLiteral("title")); }
    int contentColumn() const { return fieldIndex(QStringLiteral("content")); }
    // -1 in a notebook older than version 5, opened read-only.
    int excerptColumn() const { return fieldIndex(QStringLiteral("excerpt")); }
    int pinnedColumn() const { return fieldIndex(QStringLiteral("pinned")); }
    int tagsColumn() const { return fieldIndex(QStringLiteral("tags")); }
    int trashedColumn() const { return fieldIndex(QStringLiteral("trashed_at")); }

    // The id of the note at row, or -1 for a note not saved yet.
    qint64 noteId(int row) const;
    // The row of the note with that id, fetching further rows as needed;
    // -1 if it is not in the model.
    int rowForId(qint64 id);

    // Adds a pending note at the top and returns its row. Without a title it
    // is called "Untitled note".
    int addNote(const QString &title = {});

    // One pending change, as it can be put back after a reload or a crash.
    struct PendingChange
    {
        // Delete is of a saved note; a new note deleted is an Insert that
        // is deleted.
        enum Op { Insert, Update, Delete };
        Op op = Update;
        bool deleted = false; // deleted here, not saved yet
        int row = -1; // where a new note was
        qint64 id = -1; // the note changed or deleted
        qint64 version = 0; // the note's version when the change began
        // The values; for an update (or a delete), only the ones changed
        // here are "generated".
        QSqlRecord record;
    };
    QList<PendingChange> pendingChanges() const;
    // Makes changes pending again on top of what the model shows: new notes
    // at their rows, edits and deletes by id. An edited note that is gone
    // (deleted elsewhere) is listed again whole, as a new note that keeps
    // its id until Save asks what to do with it: no word is lost, and none
    // is saved without asking.
    void restoreChanges(const QList<PendingChange> &changes);

    bool hasPendingChanges() const { return isDirty() || !m_deleted.isEmpty() || !m_held.isEmpty(); }

    // Deletes the notes when they are saved; until then they are listed as
    // Deleted, with their unsaved edits kept, and undelete() restores them.
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    // Brings back a note deleted or moved to the Trash since the last save,
    // as it was before. False if the note at row is neither.
    bool undelete(int row);
    // Also undeletes the row.
    void revertRow(int row) override;

    // Moves the note at row to the Trash when saved; until then it is
    // listed as Deleted where it was, and undelete() takes the move back.
    bool moveToTrash(int row, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Takes the note at row out of the Trash when saved, with its tags.
    bool restoreFromTrash(int row);
    // Whether the note at row is to go to the Trash at the next save.
    bool isTrashPending(int row) const;
    // Revert: drops every pending change. A search lists again only what
    // matches (it listed pending notes whatever they held).
    void discardChanges();

    // Drops the text read for the current note too: after a delete and an
    // insert elsewhere, the same id and version may be another note.
    bool select() override;

    // Reads the notes again, keeping every pending change: shows what other
    // windows or programs saved in the meantime.
    bool reload();

    // A team notebook lists a page of notes (NotebookStorage::listingPage())
    // and reads the list again, twice as long, each time the view scrolls
    // to its end: a reload between listingAboutToGrow() and listingGrown(),
    // pending changes kept. A file notebook's driver fetches as it goes.
    bool canFetchMore(const QModelIndex &parent = QModelIndex()) const override;
    void fetchMore(const QModelIndex &parent = QModelIndex()) override;

    // A note someone else changed or deleted after it began to be changed
    // here. commit() saves nothing while there are any.
    struct Conflict
    {
        enum Kind { ChangedElsewhere, DeletedElsewhere };
        Kind kind = ChangedElsewhere;
        qint64 id = -1;
        qint64 theirVersion = 0;
        bool deletedHere = false;
        QString title; // as shown here
    };
    QList<Conflict> conflicts() const { return m_conflicts; }
    enum class Resolution { KeepMine, TakeTheirs, KeepBoth };
    // Settles a conflict the way the user chose; commit() again afterwards.
    // Keep both keeps theirs and adds this window's text as a new note.
    void resolve(const Conflict &conflict, Resolution resolution);
    // How many notes have pending changes.
    int pendingChangeCount() const { return int(pendingChanges().size()); }
    PendingState pendingState(int row) const;

    // Search as you type: shows only the notes that match text (see
    // SearchQuery), best first, titles weighing more than contents. Text
    // that holds no word (punctuation only, say) is looked for literally.
    // An empty text lists every note, newest changed first. Notes with
    // pending changes stay listed, at the top while searching, so that no
    // edit is hidden or dropped.
    bool setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }
    bool isSearching() const { return !m_searchText.isEmpty(); }
    // Text to highlight that SQLite does not mark in HighlightedTitleRole
    // and SnippetRole: what is found by substring or literally.
    QStringList highlightTerms() const { return m_substrings; }
    // A search matching more notes than this is not ranked by relevance:
    // the notes whose title matches come first, then the others, newest
    // first. Ranking 100,000 notes would take longer than a keystroke.
    void setRankingLimit(int notes) { m_rankingLimit = notes; }
    static constexpr int DefaultRankingLimit = 20000;

    // Which notes are listed: every note outside the Trash, the pinned ones,
    // or the Trash (most recently trashed first). Within the first two,
    // setTags() narrows to the notes with every one of those tags.
    enum class Shelf { Notes, Pinned, Trash };
    // Lists shelf, narrowed to tagIds (none in the Trash), in one select.
    bool setShelf(Shelf shelf, const QList<qint64> &tagIds = {});
    Shelf shelf() const { return m_shelf; }
    bool setTags(const QList<qint64> &tagIds) { return setShelf(m_shelf, tagIds); }
    // How the notes are listed outside a search and the Trash, pinned ones
    // first in each: newest changed, newest created, or by title.
    enum class Sort { Changed, Created, Title };
    bool setListOrder(Sort sort);
    Sort listOrder() const { return m_sort; }
    QList<qint64> tags() const { return m_tagIds; }

    // How many notes each shelf lists, as saved; one statement.
    struct ShelfCounts
    {
        int notes = 0;
        int pinned = 0;
        int trashed = 0;
    };
    bool shelfCounts(ShelfCounts *counts) const;
    // How many notes the list holds: what the shelf, tags and search list as
    // saved (one statement), and outside a search the new notes not saved
    // yet. False if the notes could not be counted.
    bool countListed(int *count) const;

    // Deletes for good, now, in a transaction of its own, the notes put in
    // the Trash before before (as saved: pending changes stay pending);
    // how many in *removed. They and their history are gone; nothing else
    // is touched.
    bool purgeTrash(const QDateTime &before, int *removed);

    // Gives the notes with these ids the tag name too, as pending edits;
    // how many were changed (a note not listed is not).
    int addTag(const QList<qint64> &ids, const QString &name);
    // Renames the tag from, and each tag under it, to to on every note
    // outside the Trash that has it, as pending edits; to may be a tag that
    // exists already (a merge). The notes changed stay listed until Save.
    // Notes in the Trash keep the tags they were trashed with. How many
    // notes changed, or -1 if they could not be read (lastError()).
    int renameTag(const QString &from, const QString &to);
    // Takes the tag name, and each tag under it, off those notes; the notes
    // keep their other tags, and the tag above it (NoteTags::removed()).
    int removeTag(const QString &name);
    // Makes every link to the title from (in any case) in the other notes
    // outside the Trash lead to to, as pending edits, the notes changed
    // listed until Save: a rename that keeps its links. Pending texts are
    // changed too. How many notes changed, or -1 (lastError()).
    int renameLinks(const QString &from, const QString &to, qint64 except);

    // Dragging notes carries their ids (SidebarModel takes them).
    static constexpr char NoteIdsMimeType[] = "application/x-commonplace-note-ids";
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }

    // Whether the notebook has the full-text indexes. Without them (an old
    // notebook opened read-only), searching reads every note.
    bool hasSearchIndex() const { return m_hasSearchIndex; }

    // The content of a note is read when asked for, one note at a time: the
    // list never loads the text of the notes it shows. Invalid if it cannot
    // be read.
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Setting the value a field already has is not a change. A title is
    // made one line (singleLine()); a new text sets the excerpt too.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Saves every pending insert, edit and delete in one transaction. On
    // failure nothing is saved, every change stays pending, and lastError()
    // and errorKind() say why. trackedRow, if given, is a row before the
    // commit and becomes the row of the same note after it (-1 if deleted).
    bool commit(int *trackedRow = nullptr);

    // Where commit() finds the attachments added since the last save (the
    // notebook keeps those its notes refer to); none: only those it holds.
    void setPendingAttachments(const PendingAttachments *pending) { m_pendingAttachments = pending; }

    // What kind of failure lastError() is (the window words it).
    StorageError::Kind errorKind() const;
    // A title of a note to be saved that the notebook refuses, if any: a
    // ConstraintViolated error is most likely that.
    enum class TitleProblem { None, Empty, TooLong };
    TitleProblem titleProblem() const;

signals:
    void listingAboutToGrow();
    void listingGrown();

protected:
    QString orderByClause() const override;
    QString selectStatement() const override;

private:
    // What selectStatement() lists.
    NoteListing listing() const;
    // Which notes the shelf and tags list, as an SQL condition.
    QString shelfFilter() const;
    // select() that keeps pending: their notes stay listed, and the changes
    // are pending again afterwards; so are the notes alsoListed.
    bool selectKeeping(const QList<PendingChange> &pending, const QList<qint64> &alsoListed = {});
    // The note's text as saved, or an invalid QVariant if it cannot be read
    // (another program holding the notebook locked, say).
    QVariant storedContent(int row) const;
    // What QSqlTableModel holds pending for row, not counting a delete here.
    PendingState storedState(int row) const;
    bool isDeleted(int row) const;
    void setDeleted(int row, bool deleted);
    // Whether a pending update's record changes field; the title or the text.
    static bool isChanged(const QSqlRecord &record, const char *field);
    static bool changesText(const QSqlRecord &record);
    // Writes the tag index of note id from its record (its tags, whether
    // it is in the Trash).
    bool linkTags(qint64 id, const QSqlRecord &record);
    bool writeLinks(qint64 id, const QSqlRecord &record);
    bool writeAttachments(qint64 id, const QSqlRecord &record);
    // Changes the tags of every note outside the Trash that has tag, as
    // renameTag() says.
    int changeTags(const QString &tag, const std::function<QStringList(const QStringList &)> &change);
    // Lists the saved notes ids (and keeps the pending edits), then calls
    // edit once on the row of each, and of each note with a pending edit,
    // that is not deleted or in the Trash; edit says whether it changed the
    // note. How many did, or -1 if the notes could not be listed.
    int editNotes(const QList<qint64> &ids, const std::function<bool(int row)> &edit);
    // Writes the new note whose values record holds; its id in *id.
    bool insertNote(const QSqlRecord &record, qint64 *id);

    // The version a pending change started from, where it is not the one
    // the model loaded: after a reload, a recovery, or "keep mine".
    qint64 expectedVersion(int row) const;
    // Fills m_conflicts; false if there are any, or if a note's version could
    // not be read (*error says why): a save must not go on unchecked. A
    // note changed elsewhere to just what this change makes it is no
    // conflict: its id goes in *alreadySaved.
    bool findConflicts(const QList<PendingChange> &pending, QSqlError *error, QList<qint64> *alreadySaved);
    // Whether the note as stored holds every value change sets already.
    bool holdsAlready(const PendingChange &change, bool *same, QSqlError *error) const;
    int addCopy(int row, const QString &title);

    const NotebookStorage *m_storage; // the engine's SQL
    int m_listed = 0; // rows the listing reads at most (0: every row)
    bool m_listedAll = true; // the last select read fewer than m_listed
    bool m_keeping = false; // selecting, keeping pending changes, or growing: the listing grows no more
    QList<QPersistentModelIndex> m_deleted; // deleted here, until Save or undelete()
    QHash<qint64, qint64> m_expectedVersions;
    QList<Conflict> m_conflicts;
    bool m_schemaChanged = false;
    bool m_hasLinks = false; // the notebook has note_link (schema 6 and later)
    bool m_hasAttachments = false; // and attachment (schema 7 and later)
    const PendingAttachments *m_pendingAttachments = nullptr;
    QSqlRecord m_tableRecord; // the note table's columns, without the two selectStatement() adds
    bool m_hasSearchIndex = false;
    Shelf m_shelf = Shelf::Notes;
    Sort m_sort = Sort::Changed;
    QList<qint64> m_tagIds;
    // Whether every tag of m_tagIds is on so many notes that walking the
    // list in order finds a screenful sooner than sorting them.
    bool m_tagsAreCommon = false;
    static constexpr int CommonTagNotes = 2000;
    int m_rankingLimit = DefaultRankingLimit;
    QString m_searchText;
    SearchQuery m_searchQuery{QString()};
    QStringList m_substrings; // looked for with LIKE, and marked by the delegate
    QList<qint64> m_keptIds; // notes listed whatever the search, by selectKeeping()
    // Pending changes a failed select() could not put back on their notes
    // (the model is empty then): still pending, put back by the next select
    // that works.
    QList<PendingChange> m_held;
    // The one note's content read last, by id and version.
    struct StoredContent
    {
        qint64 id = -1;
        qint64 version = -1;
        QVariant text; // invalid: could not be read
        QElapsedTimer failed; // since when, if so
    };
    static constexpr int RetryAfter = 2000; // milliseconds
    mutable StoredContent m_storedContent;
};
