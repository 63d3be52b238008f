-- Broadcasts and decision notices as stored drafts, with a version per language. A facilitator
-- writes a draft (`/broadcast`, `/outcome`), translators add versions (`/translate bN|oN`), and
-- after confirmation each recipient's message is rendered from their language's version.
-- migrations/postgres mirrors this file.

CREATE TABLE notices (
    id                 INTEGER PRIMARY KEY, -- bN for a broadcast
    kind               TEXT    NOT NULL CHECK (kind IN ('broadcast', 'decision')),
    sheet_id           INTEGER REFERENCES sheets (id), -- decisions: the sheet (oN)
    decision           TEXT    CHECK (decision IN ('adopted', 'considered', 'declined')),
    text               TEXT    NOT NULL,
    lang               TEXT    NOT NULL,               -- the language the facilitator wrote in
    -- draft → confirmed (waiting for machine translations) → sent (enqueued); or cancelled
    status             TEXT    NOT NULL CHECK (status IN ('draft', 'confirmed', 'sent', 'cancelled')),
    translate_attempts INTEGER NOT NULL DEFAULT 0,     -- rounds in which the server failed
    created_by         INTEGER NOT NULL,               -- Telegram user id of the facilitator
    created_at         INTEGER NOT NULL,
    confirmed_at       INTEGER
);
CREATE INDEX notices_status ON notices (status);
CREATE INDEX notices_sheet ON notices (sheet_id, kind);

CREATE TABLE notice_versions (
    notice_id     INTEGER NOT NULL REFERENCES notices (id),
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    origin        TEXT    NOT NULL CHECK (origin IN ('human', 'machine')),
    translator_id INTEGER,                             -- Telegram user id, for human versions
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (notice_id, lang)
);
