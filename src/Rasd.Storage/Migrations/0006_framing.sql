-- Framing (Rasd.Core.Framing): how a document names actors and events, scare quotes, and the
-- lexicon tone of the document and of the words around each entity mention.
CREATE TABLE framing_markers (
    doc_id     TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    start      INTEGER NOT NULL,        -- offsets into documents.body; end is exclusive
    "end"      INTEGER NOT NULL,
    text       TEXT NOT NULL,
    phrase     TEXT NOT NULL,           -- the lexicon phrase, or the quoted term for a scare quote
    category   TEXT NOT NULL,           -- naming, group, event, scare-quote
    stance     TEXT NOT NULL,           -- hostile, neutral, official, sympathetic, distancing
    target     TEXT,                    -- entity id
    actor_code TEXT,
    PRIMARY KEY (doc_id, start, "end", category)
);
CREATE INDEX framing_markers_target ON framing_markers (target);

CREATE TABLE document_tone (
    doc_id   TEXT PRIMARY KEY REFERENCES documents (doc_id) ON DELETE CASCADE,
    positive REAL NOT NULL,             -- sum of positive tone weights
    negative REAL NOT NULL,             -- sum of the magnitudes of negative weights
    words    INTEGER NOT NULL
);

CREATE TABLE mention_tone (
    doc_id    TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    entity_id TEXT NOT NULL,
    positive  REAL NOT NULL,
    negative  REAL NOT NULL,
    words     INTEGER NOT NULL,
    stance    TEXT,                     -- stance of the naming marker the mention sits in
    PRIMARY KEY (doc_id, start, "end", entity_id)
);
CREATE INDEX mention_tone_entity ON mention_tone (entity_id);
