-- Customer updates: drafts posted in the incident channel, and what became of each (published,
-- skipped, or still being sent). Every text stored here is the redactor's output; what is published
-- is redacted again on the way out. History lives in audit_event, written in the same transaction.
-- Depends on V001 only.

CREATE TABLE customer_update (
    team_id        TEXT    NOT NULL,
    number         INTEGER NOT NULL,
    seq            INTEGER NOT NULL,                 -- 1, 2, ... per incident
    status         TEXT    NOT NULL,                 -- the incident status the template was chosen for
    state          TEXT    NOT NULL,                 -- draft, sending, published, skipped, failed
    text           TEXT    NOT NULL,                 -- redacted draft text (may hold {next_update})
    removed        TEXT    NOT NULL,                 -- what redaction removed: "2 removed: api_key, email"
    is_final       INTEGER NOT NULL DEFAULT 0,       -- the "resolved" update: nothing scheduled after it
    created_at     BIGINT  NOT NULL,
    draft_channel  TEXT,
    draft_ts       TEXT,
    edited_by      TEXT,
    decided_by     TEXT,                             -- who published or skipped it
    decided_at     BIGINT,
    skip_reason    TEXT,
    target_channel TEXT,
    published_text TEXT,                             -- written before it is sent
    next_update_at BIGINT,                           -- the promise the published text makes
    published_ts   TEXT,
    attempts       INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT,
    send_claimed_at BIGINT,                          -- a sender claims it; a stale claim may be taken over
    post_claimed_at BIGINT,                          -- likewise for posting the draft itself
    PRIMARY KEY (team_id, number, seq),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

CREATE INDEX customer_update_state ON customer_update (state);

-- Where an incident's customer updates go, when not the globally configured channel.
CREATE TABLE customer_channel (
    team_id    TEXT    NOT NULL,
    number     INTEGER NOT NULL,
    channel_id TEXT    NOT NULL,
    set_by     TEXT    NOT NULL,
    set_at     BIGINT  NOT NULL,
    PRIMARY KEY (team_id, number),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);
