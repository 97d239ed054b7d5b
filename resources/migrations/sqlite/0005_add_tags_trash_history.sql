-- Version 5: pinned notes, the Trash, the list's excerpt, tags and each
-- note's history.
--
-- pinned: listed first. trashed_at: when the note was moved to the Trash
-- (same format as updated_at); NULL while it is not in the Trash. A trashed
-- note keeps every other column, its tags and its history, so Restore puts
-- it back as it was.
ALTER TABLE note ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
ALTER TABLE note ADD COLUMN trashed_at TEXT;

-- excerpt: the start of the text on one line, written by every save that
-- changes the text, so the list shows it without reading any note's text.
ALTER TABLE note ADD COLUMN excerpt TEXT NOT NULL DEFAULT '';

-- tags: the note's tag names as a JSON array of strings, sorted, each at
-- most once whatever its case. It is a column of the note so that a tag
-- change is an edit like any other: pending until Save, in the note's
-- version, in the journal. The save keeps note_tag, which lists and
-- counts use, in step with it.
ALTER TABLE note ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';

-- Fill the excerpts of the notes already there. Setting the version keeps
-- note_touch from moving updated_at: the notes did not change.
UPDATE note
    SET excerpt = substr(trim(replace(replace(replace(content, char(13), ' '), char(10), ' '),
                                      char(9), ' ')), 1, 200),
        version = version + 1;

-- Every tag of every note, and every tag above one: work/clients/acme has
-- rows for work and work/clients too, which the sidebar shows and counts.
-- folded is the name case-folded by Commonplace (Unicode-aware, which
-- SQLite's own NOCASE is not), so names differing only in case are one tag.
-- note_count is how many notes note_tag links to it, kept by the triggers
-- below, so the sidebar reads every count without counting.
CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 500),
    folded TEXT NOT NULL UNIQUE,
    note_count INTEGER NOT NULL DEFAULT 0 CHECK (note_count >= 0)
);

-- Which notes outside the Trash have which tag: each tag in note.tags and
-- every tag above it, so a tag lists and counts the notes under it. The
-- save that changes a note's tags, or moves it to or from the Trash, writes
-- its links again.
CREATE TABLE note_tag (
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (note_id, tag_id)
) WITHOUT ROWID;

CREATE INDEX note_tag_by_tag ON note_tag (tag_id, note_id);

CREATE TRIGGER note_tag_count_insert
AFTER INSERT ON note_tag
BEGIN
    UPDATE tag SET note_count = note_count + 1 WHERE id = NEW.tag_id;
END;

CREATE TRIGGER note_tag_count_delete
AFTER DELETE ON note_tag
BEGIN
    UPDATE tag SET note_count = note_count - 1 WHERE id = OLD.tag_id;
END;

-- The versions a save replaced: the title and text as they were saved at
-- saved_at. content is the text in UTF-8, compressed with zlib behind its
-- length as 4 bytes, most significant first (Qt's qCompress()); size is
-- that length. Deleting a note for good deletes its history.
CREATE TABLE note_revision (
    id INTEGER PRIMARY KEY,
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    saved_at TEXT NOT NULL,
    title TEXT NOT NULL,
    content BLOB NOT NULL,
    size INTEGER NOT NULL CHECK (size >= 0)
);

CREATE INDEX note_revision_by_note ON note_revision (note_id, saved_at);

-- The list: the notes not in the Trash, pinned first, in each order the
-- View menu offers; the Trash: by when notes were trashed.
DROP INDEX note_updated_at;

CREATE INDEX note_listed_by_updated ON note (pinned DESC, updated_at DESC, id DESC)
    WHERE trashed_at IS NULL;
CREATE INDEX note_listed_by_created ON note (pinned DESC, created_at DESC, id DESC)
    WHERE trashed_at IS NULL;
CREATE INDEX note_listed_by_title ON note (pinned DESC, title COLLATE NOCASE, id)
    WHERE trashed_at IS NULL;
CREATE INDEX note_trashed ON note (trashed_at DESC, id DESC)
    WHERE trashed_at IS NOT NULL;
