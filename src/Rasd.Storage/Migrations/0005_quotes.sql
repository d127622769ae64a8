-- Quotes found in document bodies: direct (quoted words) and indirect (reported clause), with
-- the speaker (an entity id, or null when unknown) and the outlet they are attributed to.
CREATE TABLE quotes (
    doc_id        TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    start         INTEGER NOT NULL,     -- offsets into documents.body; end is exclusive
    "end"         INTEGER NOT NULL,
    text          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('direct', 'indirect')),
    speaker_id    TEXT,                 -- entities.entity_id of a PER or ORG
    speaker_start INTEGER,              -- the mention naming the speaker
    speaker_end   INTEGER,
    actor_code    TEXT,                 -- the speaker's CAMEO code on the document's date
    country       TEXT,                 -- the speaker's country (a person's office), when entities.country is null
    attributed_to TEXT,                 -- entities.entity_id of the outlet
    PRIMARY KEY (doc_id, start, "end")
);
CREATE INDEX quotes_speaker ON quotes (speaker_id);
