-- Version 2: when each note was created and last changed.
--
-- Times are UTC in ISO-8601 text with milliseconds, 'YYYY-MM-DDTHH:MM:SS.SSSZ':
-- readable in any SQLite tool without knowing an epoch, and they sort as text
-- in time order.
--
-- SQLite cannot add a column whose default is an expression, so the table is
-- rebuilt (https://sqlite.org/lang_altertable.html#otheralter). Notes that
-- existed before this version get the upgrade time for both.
CREATE TABLE note_v2 (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    content TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

INSERT INTO note_v2 (id, title, content)
    SELECT id, title, content FROM note;

DROP TABLE note;

ALTER TABLE note_v2 RENAME TO note;

-- The list shows the most recently changed notes first.
CREATE INDEX note_updated_at ON note (updated_at DESC, id DESC);

-- Any change to a note moves updated_at, unless the change sets updated_at
-- itself (an import keeping the original time, say).
CREATE TRIGGER note_touch_updated_at
AFTER UPDATE ON note
FOR EACH ROW WHEN NEW.updated_at IS OLD.updated_at
BEGIN
    UPDATE note SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE id = NEW.id;
END;
