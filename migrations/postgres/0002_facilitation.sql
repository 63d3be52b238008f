-- Facilitation: what the city decided about sheets, residents' reports of sheets and details,
-- the outbox's claims, and a small key-value table for facts the process learns (the bot's
-- username, for links and QR codes made outside `consultbot run`).

CREATE TABLE outcomes (
    sheet_id   BIGINT  PRIMARY KEY REFERENCES sheets (id),
    decision   TEXT    NOT NULL CHECK (decision IN ('adopted', 'considered', 'declined')),
    text       TEXT    NOT NULL,
    decided_by BIGINT  NOT NULL, -- Telegram user id of the facilitator
    decided_at BIGINT  NOT NULL
);

-- One report per resident and sheet or detail; three on a sheet hide it until a facilitator decides.
CREATE TABLE content_reports (
    target         TEXT    NOT NULL CHECK (target IN ('sheet', 'detail')),
    target_id      BIGINT  NOT NULL,
    participant_id BIGINT  NOT NULL REFERENCES participants (id),
    reason         TEXT    NOT NULL CHECK (reason IN ('spam', 'offensive', 'off-topic')),
    created_at     BIGINT  NOT NULL,
    resolved       BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (target, target_id, participant_id)
);

-- A delivery being sent carries the time it was claimed; a claim left by a crash is not sent again.
ALTER TABLE deliveries ADD COLUMN claimed_at BIGINT;

CREATE TABLE bot_facts (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Set once a resident was offered the optional onboarding questions (district, age band).
ALTER TABLE participants ADD COLUMN onboarded BIGINT NOT NULL DEFAULT 0;
