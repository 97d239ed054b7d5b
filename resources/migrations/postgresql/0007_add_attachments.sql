-- Version 7: images and other files kept in the notebook (the same step as
-- sqlite/0007).
--
-- An attachment is stored once, named by the SHA-256 of its bytes (in hex,
-- lower case). note_attachment holds, for each note, the attachments its
-- text or any of its saved versions refers to; an attachment goes with the
-- last row that names it. Files over 100 MB are not taken in.
CREATE TABLE attachment (
    hash text PRIMARY KEY CHECK (char_length(hash) = 64),
    name text NOT NULL CHECK (char_length(name) >= 1),
    type text NOT NULL DEFAULT 'application/octet-stream',
    size bigint NOT NULL CHECK (size >= 0 AND size <= 104857600),
    added_at text NOT NULL,
    data bytea NOT NULL
);

CREATE TABLE note_attachment (
    note_id bigint NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    hash text NOT NULL,
    PRIMARY KEY (note_id, hash)
);

CREATE INDEX note_attachment_by_hash ON note_attachment (hash);

CREATE FUNCTION note_attachment_last_reference() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM note_attachment WHERE hash = OLD.hash) THEN
        DELETE FROM attachment WHERE hash = OLD.hash;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER note_attachment_last_reference
AFTER DELETE ON note_attachment
FOR EACH ROW EXECUTE FUNCTION note_attachment_last_reference();
