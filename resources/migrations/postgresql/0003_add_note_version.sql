-- Version 3: a version number for each note, so that a save can tell that
-- someone else changed the note since it was loaded, instead of overwriting
-- their change (the same step as sqlite/0003).
ALTER TABLE note ADD COLUMN version integer NOT NULL DEFAULT 1;

-- One trigger for every change to a note: it counts the version up and
-- moves updated_at, unless the change sets updated_at itself (an import
-- keeping the original time, say). A change that sets the version itself is
-- left alone.
DROP TRIGGER note_touch_updated_at ON note;
DROP FUNCTION note_touch_updated_at();

CREATE FUNCTION note_touch() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    IF NEW.version IS NOT DISTINCT FROM OLD.version THEN
        NEW.version := OLD.version + 1;
        IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
            NEW.updated_at := utc_now_text();
        END IF;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER note_touch
BEFORE UPDATE ON note
FOR EACH ROW EXECUTE FUNCTION note_touch();

-- Every change to a note is announced to the clients that listen (a team
-- notebook shows others' saves as they happen), with the note's id and
-- version, never its text: each client reads what changed itself. The
-- channel is named after the notebook's schema, so notebooks side by side
-- in one database do not wake each other's clients.
CREATE FUNCTION note_announce() RETURNS trigger
    LANGUAGE plpgsql SET search_path FROM CURRENT
    AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('commonplace_' || md5(TG_TABLE_SCHEMA),
                          json_build_object('note', OLD.id, 'change', 'delete')::text);
    ELSE
        PERFORM pg_notify('commonplace_' || md5(TG_TABLE_SCHEMA),
                          json_build_object('note', NEW.id, 'version', NEW.version, 'change', lower(TG_OP))::text);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER note_announce
AFTER INSERT OR UPDATE OR DELETE ON note
FOR EACH ROW EXECUTE FUNCTION note_announce();
