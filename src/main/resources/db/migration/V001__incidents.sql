-- Every table is keyed by the Slack team (workspace) id: no query can reach another team's rows.

CREATE TABLE incident (
    team_id           TEXT    NOT NULL,
    number            INTEGER NOT NULL,           -- INC-<number>, a per-team sequence
    title             TEXT    NOT NULL,
    severity          TEXT    NOT NULL,
    status            TEXT    NOT NULL,
    area              TEXT    NOT NULL,
    customer_visible  BOOLEAN NOT NULL,
    privacy_sensitive BOOLEAN NOT NULL,
    description       TEXT    NOT NULL,
    noticed_at        BIGINT,                     -- epoch milliseconds
    opened_by         TEXT    NOT NULL,           -- Slack user id
    opened_at         BIGINT  NOT NULL,
    origin_channel    TEXT    NOT NULL,           -- where /incident was typed
    channel_id        TEXT,                       -- the incident's own channel, once created
    version           INTEGER NOT NULL DEFAULT 0, -- optimistic lock for concurrent changes
    PRIMARY KEY (team_id, number)
);

CREATE INDEX incident_by_status ON incident (team_id, status);

-- Living messages (the card, later the checklist) re-rendered from the database.
CREATE TABLE incident_message (
    team_id    TEXT    NOT NULL,
    number     INTEGER NOT NULL,
    kind       TEXT    NOT NULL,                  -- 'card', 'announcement', ...
    channel_id TEXT    NOT NULL,
    ts         TEXT    NOT NULL,
    PRIMARY KEY (team_id, number, kind),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

CREATE TABLE role_assignment (
    team_id     TEXT    NOT NULL,
    number      INTEGER NOT NULL,
    role        TEXT    NOT NULL,
    user_id     TEXT    NOT NULL,
    assigned_by TEXT    NOT NULL,
    assigned_at BIGINT  NOT NULL,
    PRIMARY KEY (team_id, number, role),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

-- The audit timeline: append-only, written in the same transaction as the change it records.
CREATE TABLE audit_event (
    team_id TEXT    NOT NULL,
    number  INTEGER NOT NULL,
    seq     INTEGER NOT NULL,                     -- 1, 2, 3 ... per incident
    at      BIGINT  NOT NULL,
    actor   TEXT    NOT NULL,                     -- Slack user id, or 'bot'
    action  TEXT    NOT NULL,
    before  TEXT,
    after   TEXT,
    PRIMARY KEY (team_id, number, seq),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
