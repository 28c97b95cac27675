-- Evidence and the rollback record: one row per filled-in field, stored exactly as entered.
-- Everything the bot shows or exports from here passes through the redactor; history (before → after)
-- lives in audit_event, written in the same transaction as each change.
-- Depends on V001 only.

CREATE TABLE incident_record_value (
    team_id    TEXT    NOT NULL,
    number     INTEGER NOT NULL,
    record     TEXT    NOT NULL,                  -- 'evidence' or 'rollback'
    field      TEXT    NOT NULL,                  -- e.g. 'php-version', 'backup-location'
    value      TEXT    NOT NULL,
    updated_by TEXT    NOT NULL,                  -- Slack user id
    updated_at BIGINT  NOT NULL,                  -- epoch milliseconds
    PRIMARY KEY (team_id, number, record, field),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);
