-- Version 6: links between notes (the same step as sqlite/0006).
--
-- Each [[link]] in a note's text, as its last save wrote it: the title it
-- names as written and case-folded by Commonplace, the heading it points
-- into, and the sentence around it for the backlinks pane. The links of the
-- notes already there are written by this upgrade too (Commonplace reads
-- them out of each text, which SQL cannot).
CREATE TABLE note_link (
    note_id bigint NOT NULL REFERENCES note (id) ON DELETE CASCADE,
    position integer NOT NULL CHECK (position >= 0),
    target text NOT NULL CHECK (char_length(target) >= 1),
    target_folded text NOT NULL,
    heading text NOT NULL DEFAULT '',
    sentence text NOT NULL DEFAULT '',
    PRIMARY KEY (note_id, position)
);

CREATE INDEX note_link_by_target ON note_link (target_folded, note_id);
