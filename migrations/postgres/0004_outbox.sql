-- The outbox as an engine (src/outbox/): a delivery goes queued → sending (leased, the attempt
-- recorded before the call) → sent | unknown | failed | unreachable. A recipient may be a chat
-- that is no participant (the facilitators' group), so participant_id may be NULL.
-- Mirrors migrations/sqlite/0004_outbox.sql.

ALTER TABLE deliveries ALTER COLUMN participant_id DROP NOT NULL;
ALTER TABLE deliveries DROP CONSTRAINT deliveries_status_check;
ALTER TABLE deliveries ADD COLUMN lease_until BIGINT;
ALTER TABLE deliveries ADD COLUMN message_id BIGINT;
ALTER TABLE deliveries ADD COLUMN settled_at BIGINT;
UPDATE deliveries SET status = 'unknown' WHERE status = 'queued' AND claimed_at IS NOT NULL;
UPDATE deliveries SET settled_at = next_attempt_at WHERE status <> 'queued';
ALTER TABLE deliveries ADD CONSTRAINT deliveries_status_check CHECK (status IN
    ('queued', 'sending', 'sent', 'unknown', 'failed', 'unreachable'));
CREATE INDEX deliveries_run ON deliveries (run_id, status);

CREATE TABLE send_pace (
    id           BIGINT PRIMARY KEY CHECK (id = 1),
    next_slot_ms BIGINT NOT NULL
);
INSERT INTO send_pace (id, next_slot_ms) VALUES (1, 0);

CREATE TABLE chat_pace (
    chat_id       BIGINT PRIMARY KEY,
    not_before_ms BIGINT NOT NULL
);
