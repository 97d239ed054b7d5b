-- Version 4: full-text search over titles and contents.
--
-- Two external-content FTS5 indexes over the note table (they store no copy
-- of the text, only the index; https://sqlite.org/fts5.html#external_content_tables):
--
-- note_search finds words: unicode61 folds case and diacritics ("cafe" finds
-- "café"), and the prefix indexes make search-as-you-type prefixes quick.
-- bm25() ranks its results.
--
-- note_substring finds any run of characters, for Chinese, Japanese and
-- Korean, which do not put spaces between words: the trigram tokenizer
-- answers LIKE '%…%' from the index. detail='none' keeps it a fraction of the
-- size of a full trigram index; LIKE does not need positions.
CREATE VIRTUAL TABLE note_search USING fts5(
    title, content,
    content='note', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2',
    prefix='2 3'
);

CREATE VIRTUAL TABLE note_substring USING fts5(
    title, content,
    content='note', content_rowid='id',
    tokenize='trigram',
    detail='none'
);

-- The indexes follow every change to a note. An external-content index must
-- be told the old values to remove them. Only changes of title or content
-- touch the indexes, not those of version or updated_at.
CREATE TRIGGER note_search_insert
AFTER INSERT ON note
BEGIN
    INSERT INTO note_search (rowid, title, content)
        VALUES (NEW.id, NEW.title, NEW.content);
    INSERT INTO note_substring (rowid, title, content)
        VALUES (NEW.id, NEW.title, NEW.content);
END;

CREATE TRIGGER note_search_delete
AFTER DELETE ON note
BEGIN
    INSERT INTO note_search (note_search, rowid, title, content)
        VALUES ('delete', OLD.id, OLD.title, OLD.content);
    INSERT INTO note_substring (note_substring, rowid, title, content)
        VALUES ('delete', OLD.id, OLD.title, OLD.content);
END;

CREATE TRIGGER note_search_update
AFTER UPDATE OF title, content ON note
BEGIN
    INSERT INTO note_search (note_search, rowid, title, content)
        VALUES ('delete', OLD.id, OLD.title, OLD.content);
    INSERT INTO note_search (rowid, title, content)
        VALUES (NEW.id, NEW.title, NEW.content);
    INSERT INTO note_substring (note_substring, rowid, title, content)
        VALUES ('delete', OLD.id, OLD.title, OLD.content);
    INSERT INTO note_substring (rowid, title, content)
        VALUES (NEW.id, NEW.title, NEW.content);
END;

-- Index the notes already there.
INSERT INTO note_search (note_search) VALUES ('rebuild');
INSERT INTO note_substring (note_substring) VALUES ('rebuild');
