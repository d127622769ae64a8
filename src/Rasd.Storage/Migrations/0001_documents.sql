-- Documents, keyed by id and by content hash (re-ingesting the same content is a no-op).
CREATE TABLE documents (
    doc_id              TEXT PRIMARY KEY,
    content_hash        TEXT NOT NULL UNIQUE,
    source_path         TEXT NOT NULL,
    title               TEXT NOT NULL,
    body                TEXT NOT NULL,
    boilerplate_removed TEXT NOT NULL,  -- JSON array of the removed lines, in reading order
    outlet_id           TEXT,
    outlet_name_en      TEXT,
    outlet_name_ar      TEXT,
    byline              TEXT,
    dateline_text       TEXT,
    dateline_place      TEXT,
    dateline_date       TEXT,           -- YYYY-MM-DD
    dateline_time       TEXT,           -- HH:MM
    dateline_agency     TEXT,
    published           TEXT,           -- YYYY-MM-DD
    published_from      TEXT,
    published_to        TEXT,
    published_basis     TEXT NOT NULL CHECK (published_basis IN ('given', 'explicit', 'inferred', 'unknown')),
    url                 TEXT,
    stored_at           TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE INDEX documents_published ON documents (published);

-- Search over normalised, light-stemmed terms (see Rasd.Core.Text.SearchText): spelling
-- variants and clitics are folded before indexing, so FTS5's own tokenizer only splits on spaces.
CREATE VIRTUAL TABLE documents_search USING fts5 (
    doc_id UNINDEXED,
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 0'
);
