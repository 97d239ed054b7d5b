-- Version 6: links between notes.
--
-- Each [[link]] in a note's text, as its last save wrote it: the title it
-- names as written and case-folded by Commonplace (Unicode-aware), the
-- heading it points into, and the sentence around it for the backlinks
-- pane. Backlinks and renames read this table; no note is parsed again to
-- find what links to it. The save that changes a note's text writes its
-- rows again; a note deleted for good takes its rows with it. The links of
-- the notes already there are written by this upgrade too (Commonplace
-- reads them out of each text, which SQL cannot).
CREATE TABLE note_link (
    note_id INTEGER NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position INTEGER NOT NULL CHECK (position >= 0),
    target TEXT NOT NULL CHECK (length(target) >= 1),
    target_folded TEXT NOT NULL,
    heading TEXT NOT NULL DEFAULT '',
    sentence TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (note_id, position)
) WITHOUT ROWID;

CREATE INDEX note_link_by_target ON note_link (target_folded, note_id);
