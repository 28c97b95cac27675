-- Runbook checklists attached to incidents. Every table is keyed by the Slack team id.
-- A checklist is a snapshot of its runbook's items taken when it was attached, so editing the
-- runbooks in the config later never changes (or breaks the ids of) a running incident's checklist.

CREATE TABLE checklist (
    team_id     TEXT    NOT NULL,
    number      INTEGER NOT NULL,
    runbook     TEXT    NOT NULL,                 -- the runbook's id in the config
    title       TEXT    NOT NULL,
    position    INTEGER NOT NULL,                 -- 1, 2, 3 ... in the order attached
    attached_by TEXT    NOT NULL,                 -- Slack user id, or 'bot' for the defaults
    attached_at BIGINT  NOT NULL,                 -- epoch milliseconds
    PRIMARY KEY (team_id, number, runbook),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

CREATE TABLE checklist_item (
    team_id  TEXT    NOT NULL,
    number   INTEGER NOT NULL,
    runbook  TEXT    NOT NULL,
    item     TEXT    NOT NULL,                    -- the item's stable id in the runbook
    position INTEGER NOT NULL,
    section  TEXT    NOT NULL,                    -- '' when the runbook has no sections
    text     TEXT    NOT NULL,
    role     TEXT,                                -- a role id, or NULL
    required BOOLEAN NOT NULL,
    PRIMARY KEY (team_id, number, runbook, item),
    FOREIGN KEY (team_id, number, runbook) REFERENCES checklist (team_id, number, runbook)
);

-- A tick is a row: the primary key makes two simultaneous ticks of one item store one.
-- Unticking deletes the row; the audit timeline keeps the history.
CREATE TABLE checklist_tick (
    team_id   TEXT    NOT NULL,
    number    INTEGER NOT NULL,
    runbook   TEXT    NOT NULL,
    item      TEXT    NOT NULL,
    ticked_by TEXT    NOT NULL,                   -- Slack user id
    ticked_at BIGINT  NOT NULL,                   -- epoch milliseconds
    PRIMARY KEY (team_id, number, runbook, item),
    FOREIGN KEY (team_id, number, runbook, item) REFERENCES checklist_item (team_id, number, runbook, item)
);
