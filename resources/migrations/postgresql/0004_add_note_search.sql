-- Version 4: full-text search over titles and contents (the same step as
-- sqlite/0004, with PostgreSQL's own means).
--
-- note_search holds each note's words as a tsvector, kept current by the
-- triggers below: case and diacritics folded ("cafe" finds "café"), no
-- stemming and no stop words (the 'simple' configuration), as the file
-- notebook's unicode61 index does; the title weighs more than the text
-- (weight A against B), for ranking. Its GIN index finds words and
-- prefixes.
--
-- Substrings, for Chinese, Japanese and Korean, which do not put spaces
-- between words, are found with pg_trgm's trigram index over the note's
-- title and text, which answers ILIKE '%…%'.
--
-- Both extensions ship with PostgreSQL and may be created by a database's
-- owner from PostgreSQL 13 on; where they are there already, they are used
-- where they are.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- What is indexed: text lower-cased and without diacritics.
CREATE FUNCTION search_folded(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT SET search_path FROM CURRENT
    AS $$ SELECT lower(unaccent('unaccent'::regdictionary, value)) $$;

CREATE FUNCTION search_words(title text, content text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE SET search_path FROM CURRENT
    AS $$ SELECT setweight(to_tsvector('simple'::regconfig, coalesce(search_folded(title), '')), 'A')
                 || setweight(to_tsvector('simple'::regconfig, coalesce(search_folded(content), '')), 'B') $$;

CREATE TABLE note_search (
    note_id bigint PRIMARY KEY REFERENCES note (id) ON DELETE CASCADE,
    words tsvector NOT NULL
);

CREATE INDEX note_search_words ON note_search USING gin (words);

CREATE INDEX note_substring ON note USING gin (title gin_trgm_ops, content gin_trgm_ops);

-- The index follows every change to a note's title or text; a deleted note
-- takes its row with it.
CREATE FUNCTION note_search_write() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    INSERT INTO note_search (note_id, words)
        VALUES (NEW.id, search_words(NEW.title, NEW.content))
        ON CONFLICT (note_id) DO UPDATE SET words = EXCLUDED.words;
    RETURN NULL;
END
$$;

CREATE TRIGGER note_search_insert
AFTER INSERT ON note
FOR EACH ROW EXECUTE FUNCTION note_search_write();

CREATE TRIGGER note_search_update
AFTER UPDATE OF title, content ON note
FOR EACH ROW EXECUTE FUNCTION note_search_write();

-- Index the notes already there.
INSERT INTO note_search (note_id, words)
    SELECT id, search_words(title, content) FROM note;
