-- Version 3: a version number for each note, so that a save can tell that
-- someone else (another window, another computer syncing the file) changed
-- the note since it was loaded, instead of overwriting their change.
ALTER TABLE note ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- One trigger for every change to a note: it counts the version up and
-- moves updated_at, unless the change sets updated_at itself (an import
-- keeping the original time, say). A change that sets the version itself is
-- left alone, which also keeps the trigger from firing on its own update.
DROP TRIGGER note_touch_updated_at;

CREATE TRIGGER note_touch
AFTER UPDATE ON note
FOR EACH ROW WHEN NEW.version IS OLD.version
BEGIN
    UPDATE note
        SET version = OLD.version + 1,
            updated_at = CASE WHEN NEW.updated_at IS OLD.updated_at
                              THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
                              ELSE NEW.updated_at END
        WHERE id = NEW.id;
END;
