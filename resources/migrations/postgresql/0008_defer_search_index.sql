-- Version 8: an import indexes its notes for search at its end (the same
-- step as sqlite/0008).
--
-- A writer that inserts many notes in one transaction puts the one row into
-- note_search_deferred first; while it is there, inserted notes are not
-- indexed, and the writer indexes them itself and deletes the row before it
-- commits, so no other connection ever sees it. Only inserts are deferred.
CREATE TABLE note_search_deferred (
    deferred integer PRIMARY KEY CHECK (deferred = 1)
);

CREATE OR REPLACE FUNCTION note_search_write() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    IF TG_OP = 'INSERT' AND EXISTS (SELECT 1 FROM note_search_deferred) THEN
        RETURN NULL;
    END IF;
    INSERT INTO note_search (note_id, words)
        VALUES (NEW.id, search_words(NEW.title, NEW.content))
        ON CONFLICT (note_id) DO UPDATE SET words = EXCLUDED.words;
    RETURN NULL;
END
$$;
