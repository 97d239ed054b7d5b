-- Version 8: an import indexes its notes for search at its end.
--
-- Indexing notes one at a time, as each is inserted, takes several times
-- longer than indexing them all with one statement. A writer that inserts
-- many notes in one transaction (an import) puts the one row into
-- note_search_deferred first; while it is there, inserted notes are not
-- indexed, and the writer indexes them itself and deletes the row before
-- it commits, so no other connection ever sees it. Only the insert trigger
-- is deferred: such a writer neither changes nor deletes the notes it
-- inserts before it has indexed them.
CREATE TABLE note_search_deferred (
    deferred INTEGER PRIMARY KEY CHECK (deferred = 1)
);

DROP TRIGGER note_search_insert;

CREATE TRIGGER note_search_insert
AFTER INSERT ON note
WHEN NOT EXISTS (SELECT 1 FROM note_search_deferred)
BEGIN
    INSERT INTO note_search (rowid, title, content)
        VALUES (NEW.id, NEW.title, NEW.content);
    INSERT INTO note_substring (rowid, title, content)
        VALUES (NEW.id, NEW.title, NEW.content);
END;
