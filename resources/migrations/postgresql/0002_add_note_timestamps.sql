-- Version 2: when each note was created and last changed (the same step as
-- sqlite/0002).
--
-- Times are UTC in ISO-8601 text with milliseconds, 'YYYY-MM-DDTHH:MM:SS.SSSZ',
-- as in a notebook file, so that both keep and compare them alike. Notes that
-- existed before this version get the upgrade time for both.
CREATE FUNCTION utc_now_text() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    AS $$ SELECT to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') $$;

ALTER TABLE note
    ADD COLUMN created_at text NOT NULL DEFAULT utc_now_text(),
    ADD COLUMN updated_at text NOT NULL DEFAULT utc_now_text();

-- The list shows the most recently changed notes first.
CREATE INDEX note_updated_at ON note (updated_at DESC, id DESC);

-- Any change to a note moves updated_at, unless the change sets updated_at
-- itself (an import keeping the original time, say). The functions of
-- triggers keep the schema they were made in, whoever's connection fires
-- them.
CREATE FUNCTION note_touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
        NEW.updated_at := utc_now_text();
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER note_touch_updated_at
BEFORE UPDATE ON note
FOR EACH ROW EXECUTE FUNCTION note_touch_updated_at();
