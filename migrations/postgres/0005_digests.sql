-- Digests (src/digest): when each participant last got one, so the next one tells only what is
-- new since. NULL: never. migrations/sqlite mirrors this file.

ALTER TABLE participants ADD COLUMN last_digest_at BIGINT;
