-- Event clusters across documents: each event is a member of one cluster; its parties are
-- indexed by entity so a new event finds its candidate clusters without scanning the corpus.
CREATE TABLE event_cluster_members (
    event_id      TEXT PRIMARY KEY REFERENCES events (event_id) ON DELETE CASCADE,
    doc_id        TEXT NOT NULL REFERENCES documents (doc_id) ON DELETE CASCADE,
    cluster_id    TEXT NOT NULL,
    root          TEXT NOT NULL,
    date_from     TEXT,                 -- first and last day the event may fall on; null when undated
    date_to       TEXT,
    place_country TEXT
);
CREATE INDEX event_cluster_members_cluster ON event_cluster_members (cluster_id);
CREATE INDEX event_cluster_members_days ON event_cluster_members (root, date_from, date_to);

CREATE TABLE event_cluster_parties (
    event_id  TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    country   TEXT,
    is_person INTEGER NOT NULL
);
CREATE INDEX event_cluster_parties_entity ON event_cluster_parties (entity_id);
CREATE INDEX event_cluster_parties_event ON event_cluster_parties (event_id);
