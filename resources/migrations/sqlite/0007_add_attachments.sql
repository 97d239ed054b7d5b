-- Version 7: images and other files kept in the notebook.
--
-- An attachment is stored once, named by the SHA-256 of its bytes (in hex,
-- lower case), whichever notes refer to it and under whatever name it was
-- added again. A note refers to one with attachment:HASH in its text.
-- note_attachment holds, for each note, the attachments its text or any
-- of its saved versions refers to; a save keeps it current, and a note
-- deleted for good takes its rows with it. An attachment goes with the last
-- row that names it. Files over 100 MB are not taken in.
CREATE TABLE attachment (
    hash TEXT PRIMARY KEY NOT NULL CHECK (length(hash) = 64),
    name TEXT NOT NULL CHECK (length(name) >= 1),
    type TEXT NOT NULL DEFAULT 'application/octet-stream',
    size INTEGER NOT NULL CHECK (size >= 0 AND size <= 104857600),
    added_at TEXT NOT NULL,
    data BLOB NOT NULL
);

CREATE TABLE note_attachment (
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    hash TEXT NOT NULL,
    PRIMARY KEY (note_id, hash)
) WITHOUT ROWID;

CREATE INDEX note_attachment_by_hash ON note_attachment (hash);

CREATE TRIGGER note_attachment_last_reference
AFTER DELETE ON note_attachment
FOR EACH ROW WHEN NOT EXISTS (SELECT 1 FROM note_attachment WHERE hash = OLD.hash)
BEGIN
    DELETE FROM attachment WHERE hash = OLD.hash;
END;
