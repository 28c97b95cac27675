-- Timers (response targets, escalation steps, review reminders; later customer-update cadences).
-- A timer fires at most once: the poller claims due rows with one UPDATE that only one process can
-- win (fired_at goes from NULL to a time); every path that changes the incident cancels what it obsoletes.
CREATE TABLE timer (
    id           INTEGER PRIMARY KEY,
    team_id      TEXT    NOT NULL,
    number       INTEGER NOT NULL,
    kind         TEXT    NOT NULL,                -- 'response-target', 'escalation', 'review-reminder', ...
    payload      TEXT    NOT NULL DEFAULT '',     -- small, kind-specific (a severity id, a step number)
    due_at       BIGINT  NOT NULL,                -- epoch milliseconds
    scheduled_at BIGINT  NOT NULL,
    fired_at     BIGINT,
    cancelled_at BIGINT,
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

CREATE INDEX timer_pending ON timer (due_at) WHERE fired_at IS NULL AND cancelled_at IS NULL;
CREATE INDEX timer_by_incident ON timer (team_id, number, kind);

-- The latest triage of an incident: the answers, what the policy suggested and what was chosen.
-- Its history is in the audit timeline.
CREATE TABLE triage (
    team_id             TEXT    NOT NULL,
    number              INTEGER NOT NULL,
    production_impact   TEXT    NOT NULL,         -- 'none', 'degraded', 'outage'
    customer_visible    BOOLEAN NOT NULL,
    revenue_risk        BOOLEAN NOT NULL,
    privacy_exposure    BOOLEAN NOT NULL,
    data_incorrect      BOOLEAN NOT NULL,
    automation_pausable BOOLEAN NOT NULL,
    suggested           TEXT    NOT NULL,
    because             TEXT    NOT NULL,
    chosen              TEXT    NOT NULL,
    override_reason     TEXT,
    triaged_by          TEXT    NOT NULL,
    triaged_at          BIGINT  NOT NULL,
    PRIMARY KEY (team_id, number),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

-- The acceptance checks answered when the incident was (last) resolved.
CREATE TABLE resolution (
    team_id         TEXT    NOT NULL,
    number          INTEGER NOT NULL,
    impact          TEXT    NOT NULL,
    root_cause      TEXT    NOT NULL,
    owner           TEXT    NOT NULL,             -- Slack user id
    remediation     TEXT    NOT NULL,
    prevention      TEXT    NOT NULL,
    outstanding     TEXT,                         -- what resolve checks still reported, one per line
    override_reason TEXT,                         -- why it was resolved anyway
    resolved_by     TEXT    NOT NULL,
    resolved_at     BIGINT  NOT NULL,
    PRIMARY KEY (team_id, number),
    FOREIGN KEY (team_id, number) REFERENCES incident (team_id, number)
);

CREATE INDEX role_assignment_by_user ON role_assignment (team_id, user_id);
