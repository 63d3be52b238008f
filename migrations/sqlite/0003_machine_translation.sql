-- Machine translation of what residents write (src/translate.rs). The worker finds its work by
-- query (resident sheets and details lacking a translation into one of the nine languages); this
-- table only remembers the failures: how often a translation failed and when to try again.
-- A row is removed once the translation is stored. migrations/postgres mirrors this file.

CREATE TABLE translation_attempts (
    target          TEXT    NOT NULL CHECK (target IN ('sheet', 'detail')),
    target_id       INTEGER NOT NULL,            -- sheets.id or details.id, after target
    lang            TEXT    NOT NULL,            -- the language translated into
    attempts        INTEGER NOT NULL DEFAULT 0,  -- failed attempts so far
    next_attempt_at INTEGER NOT NULL,            -- no new attempt before this time
    given_up        INTEGER NOT NULL DEFAULT 0,  -- 1: never again (e.g. language not supported)
    last_error      TEXT    NOT NULL DEFAULT '', -- never the text itself
    updated_at      INTEGER NOT NULL,
    PRIMARY KEY (target, target_id, lang)
);
