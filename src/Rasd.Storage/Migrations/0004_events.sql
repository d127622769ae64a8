-- Events extracted from document bodies: one row per real event of a document (several reports
-- of one meeting are one row). The columns are for querying; `data` holds the whole event as the
-- export shows it (parties with actor codes, attribution, every evidence span), as JSON.
CREATE TABLE events (
    event_id     TEXT PRIMARY KEY,
    doc_id       TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    cameo        TEXT NOT NULL,
    root         TEXT NOT NULL,
    goldstein    REAL NOT NULL,
    source_id    TEXT NOT NULL,
    target_id    TEXT,
    event_date   TEXT,                  -- YYYY-MM-DD, YYYY-MM or YYYY
    location_id  TEXT,
    status       TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'negated', 'reported')),
    cluster_id   TEXT,
    start        INTEGER NOT NULL,      -- first evidence sentence, offsets into the body (end exclusive)
    "end"        INTEGER NOT NULL,
    data         TEXT NOT NULL
);

CREATE INDEX events_by_document ON events (doc_id, ordinal);
CREATE INDEX events_by_source ON events (source_id);
CREATE INDEX events_by_target ON events (target_id);
