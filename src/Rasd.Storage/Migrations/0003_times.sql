-- Time expressions found in document bodies, resolved against the document's date, and the
-- reasons behind an inferred publication date.
CREATE TABLE time_expressions (
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    type        TEXT NOT NULL CHECK (type IN ('DATE', 'TIME', 'DURATION', 'SET')),
    value       TEXT,                   -- TIMEX3 value; null when no reference date was known
    range_from  TEXT,
    range_to    TEXT,
    granularity TEXT,
    note        TEXT,
    PRIMARY KEY (doc_id, start, "end")
);

ALTER TABLE documents ADD COLUMN published_note TEXT;  -- why an inferred date is what it is
