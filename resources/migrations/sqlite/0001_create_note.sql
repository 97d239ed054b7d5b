-- Version 1: the note table.
-- A title is what the note list shows, so it may not be empty, and it is kept
-- short enough to read in one line.
CREATE TABLE note (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 120),
    content TEXT NOT NULL DEFAULT ''
);
