-- The outbox as an engine (src/outbox/): a delivery goes queued → sending (leased, the attempt
-- recorded before the call) → sent | unknown | failed | unreachable. A recipient may be a chat
-- that is no participant (the facilitators' group), so participant_id may be NULL.
-- SQLite cannot change a CHECK or a NOT NULL in place: the table is rebuilt.
-- migrations/postgres mirrors this file.

CREATE TABLE deliveries_v4 (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER REFERENCES digest_runs (id),
    participant_id  INTEGER REFERENCES participants (id), -- NULL: a chat, not a participant
    chat_id         INTEGER NOT NULL,
    payload         TEXT    NOT NULL, -- {"v":1,"reply":…,"file":base64} (a bare reply before v1)
    status          TEXT    NOT NULL CHECK (status IN
                        ('queued', 'sending', 'sent', 'unknown', 'failed', 'unreachable')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    error           TEXT,
    claimed_at      INTEGER,          -- when the last attempt was leased
    lease_until     INTEGER,          -- epoch ms: a `sending` row past this is `unknown`
    message_id      INTEGER,          -- Telegram's id of the sent message
    settled_at      INTEGER           -- when it left queued/sending for good
);
INSERT INTO deliveries_v4 (id, run_id, participant_id, chat_id, payload, status, attempts,
                           next_attempt_at, sent_at, error, claimed_at, settled_at)
SELECT id, run_id, participant_id, chat_id, payload,
       CASE WHEN status = 'queued' AND claimed_at IS NOT NULL THEN 'unknown' ELSE status END,
       attempts, next_attempt_at, sent_at, error, claimed_at,
       CASE WHEN status = 'queued' AND claimed_at IS NULL THEN NULL ELSE next_attempt_at END
FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_v4 RENAME TO deliveries;
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);
CREATE INDEX deliveries_run ON deliveries (run_id, status);

-- The one shared send slot of all instances: each sender reserves the next free millisecond
-- atomically (UPDATE … RETURNING), so together they stay within CONSULTBOT_SEND_RATE.
CREATE TABLE send_pace (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    next_slot_ms INTEGER NOT NULL
);
INSERT INTO send_pace (id, next_slot_ms) VALUES (1, 0);

-- Per chat: no send before this (about one a second, or a 429's retry_after).
CREATE TABLE chat_pace (
    chat_id      INTEGER PRIMARY KEY,
    not_before_ms INTEGER NOT NULL
);
