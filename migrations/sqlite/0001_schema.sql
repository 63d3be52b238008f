-- consultbot schema (SQLite). Times are epoch seconds; flags are 0/1 integers, so the same SQL
-- runs through sqlx::Any on SQLite and PostgreSQL (migrations/postgres mirrors this file).

CREATE TABLE consultations (
    id                 INTEGER PRIMARY KEY,
    key                TEXT    NOT NULL UNIQUE,
    lang               TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    intro              TEXT    NOT NULL,
    about              TEXT    NOT NULL,
    phase              TEXT    NOT NULL CHECK (phase IN ('open', 'voting', 'closed')),
    challenge_stickers INTEGER NOT NULL CHECK (challenge_stickers >= 0),
    solution_stickers  INTEGER NOT NULL CHECK (solution_stickers >= 0),
    districts          TEXT    NOT NULL DEFAULT '[]', -- JSON array of district names
    created_at         INTEGER NOT NULL
);

-- Title, intro and about of a consultation in other languages.
CREATE TABLE consultation_translations (
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    lang            TEXT    NOT NULL,
    title           TEXT    NOT NULL,
    intro           TEXT    NOT NULL,
    about           TEXT    NOT NULL,
    PRIMARY KEY (consultation_id, lang)
);

CREATE TABLE themes (
    id              INTEGER PRIMARY KEY,
    consultation_id INTEGER NOT NULL REFERENCES consultations (id),
    key             TEXT    NOT NULL,
    position        INTEGER NOT NULL,
    title           TEXT    NOT NULL,
    description     TEXT    NOT NULL,
    UNIQUE (consultation_id, key)
);

CREATE TABLE theme_translations (
    theme_id    INTEGER NOT NULL REFERENCES themes (id),
    lang        TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    description TEXT    NOT NULL,
    PRIMARY KEY (theme_id, lang)
);

CREATE TABLE participants (
    id               INTEGER PRIMARY KEY,
    telegram_user_id INTEGER NOT NULL UNIQUE,
    chat_id          INTEGER NOT NULL,
    lang             TEXT    NOT NULL,
    lang_chosen      INTEGER NOT NULL DEFAULT 0, -- 1 once the resident picked it with /language
    digest_opt_in    INTEGER NOT NULL DEFAULT 0,
    reachable        INTEGER NOT NULL DEFAULT 1, -- 0 after Telegram said the bot was blocked
    district         TEXT,                       -- optional onboarding answers, never shown per sheet
    age_band         TEXT,
    created_at       INTEGER NOT NULL,
    last_seen_at     INTEGER NOT NULL
);

CREATE TABLE sheets (
    id                INTEGER PRIMARY KEY, -- the public number #N
    theme_id          INTEGER NOT NULL REFERENCES themes (id),
    kind              TEXT    NOT NULL CHECK (kind IN ('challenge', 'solution')),
    text              TEXT    NOT NULL,
    lang              TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('visible', 'pending', 'hidden')),
    source            TEXT    NOT NULL CHECK (source IN ('seed', 'resident')),
    author_id         INTEGER REFERENCES participants (id),
    position          INTEGER NOT NULL DEFAULT 0, -- order in the content file (seed sheets)
    favourite_rank    INTEGER,                    -- the 2010 meeting's top-5 rank, if any
    favourite_summary TEXT,
    created_at        INTEGER NOT NULL
);
CREATE INDEX sheets_theme ON sheets (theme_id, kind, status);

CREATE TABLE sheet_translations (
    sheet_id      INTEGER NOT NULL REFERENCES sheets (id),
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    origin        TEXT    NOT NULL CHECK (origin IN ('content', 'human', 'machine')),
    translator_id INTEGER REFERENCES participants (id),
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (sheet_id, lang)
);

CREATE TABLE details (
    id         INTEGER PRIMARY KEY,
    sheet_id   INTEGER NOT NULL REFERENCES sheets (id),
    text       TEXT    NOT NULL,
    lang       TEXT    NOT NULL,
    status     TEXT    NOT NULL CHECK (status IN ('visible', 'pending', 'hidden')),
    author_id  INTEGER REFERENCES participants (id),
    created_at INTEGER NOT NULL
);
CREATE INDEX details_sheet ON details (sheet_id);

CREATE TABLE detail_translations (
    detail_id     INTEGER NOT NULL REFERENCES details (id),
    lang          TEXT    NOT NULL,
    text          TEXT    NOT NULL,
    origin        TEXT    NOT NULL CHECK (origin IN ('content', 'human', 'machine')),
    translator_id INTEGER REFERENCES participants (id),
    created_at    INTEGER NOT NULL,
    PRIMARY KEY (detail_id, lang)
);

CREATE TABLE stickers (
    participant_id INTEGER NOT NULL REFERENCES participants (id),
    sheet_id       INTEGER NOT NULL REFERENCES sheets (id),
    created_at     INTEGER NOT NULL,
    PRIMARY KEY (participant_id, sheet_id)
);
CREATE INDEX stickers_sheet ON stickers (sheet_id);

-- Stickers counted at an in-person meeting; one row per sheet, replaced by a new tally.
CREATE TABLE meeting_tallies (
    sheet_id   INTEGER PRIMARY KEY REFERENCES sheets (id),
    count      INTEGER NOT NULL CHECK (count >= 0),
    entered_by INTEGER NOT NULL, -- Telegram user id of the facilitator
    entered_at INTEGER NOT NULL
);

CREATE TABLE roles (
    telegram_user_id INTEGER NOT NULL,
    role             TEXT    NOT NULL CHECK (role IN ('moderator', 'translator')),
    lang             TEXT    NOT NULL DEFAULT '', -- translators: the language they translate into
    granted_by       INTEGER NOT NULL,
    granted_at       INTEGER NOT NULL,
    PRIMARY KEY (telegram_user_id, role, lang)
);

-- Telegram update ids whose effects are committed; written in the same transaction as the effects.
CREATE TABLE processed_updates (
    update_id    INTEGER PRIMARY KEY,
    processed_at INTEGER NOT NULL
);

CREATE TABLE dialogue_states (
    participant_id INTEGER PRIMARY KEY REFERENCES participants (id),
    state          TEXT    NOT NULL, -- JSON of conversation::Dialogue
    updated_at     INTEGER NOT NULL
);

CREATE TABLE digest_runs (
    id            INTEGER PRIMARY KEY,
    kind          TEXT    NOT NULL, -- 'digest' or 'broadcast'
    scheduled_for INTEGER NOT NULL,
    created_at    INTEGER NOT NULL,
    finished_at   INTEGER,
    UNIQUE (kind, scheduled_for)
);

-- The outbox: one row per message to deliver, drained by a paced sender.
CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    run_id          INTEGER REFERENCES digest_runs (id),
    participant_id  INTEGER NOT NULL REFERENCES participants (id),
    chat_id         INTEGER NOT NULL,
    payload         TEXT    NOT NULL, -- JSON of the rendered reply
    status          TEXT    NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    sent_at         INTEGER,
    error           TEXT
);
CREATE INDEX deliveries_due ON deliveries (status, next_attempt_at);

CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    actor_id   INTEGER NOT NULL, -- Telegram user id, 0 for the command line
    action     TEXT    NOT NULL,
    subject    TEXT    NOT NULL DEFAULT '',
    detail     TEXT    NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL
);
