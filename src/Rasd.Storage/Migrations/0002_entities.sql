-- Entities, their mentions in document bodies, and roles the texts state.
CREATE TABLE entities (
    entity_id TEXT PRIMARY KEY,         -- knowledge-base id, or ar:TYPE:normalised-name
    type      TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
    name_en   TEXT,
    name_ar   TEXT NOT NULL,
    country   TEXT
);

CREATE TABLE mentions (
    doc_id    TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities (entity_id),
    start     INTEGER NOT NULL,         -- offsets into documents.body; end is exclusive
    "end"     INTEGER NOT NULL,
    text      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    PRIMARY KEY (doc_id, start, "end", entity_id)
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE role_observations (
    doc_id      TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    person_id   TEXT NOT NULL,
    person_name TEXT NOT NULL,
    role        TEXT NOT NULL,
    country     TEXT,
    observed_on TEXT,                   -- the document's date (YYYY-MM-DD), when known
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL
);
CREATE INDEX role_observations_office ON role_observations (role, country);

-- Which version of the analysis stages produced a document's derived rows: a newer Rasd
-- re-analyses stored documents instead of skipping them.
ALTER TABLE documents ADD COLUMN analysis_version INTEGER NOT NULL DEFAULT 0;
