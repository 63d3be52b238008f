//! Every SQL statement of consultbot. One `Store` over SQLite (the embedded default) or
//! PostgreSQL, chosen by the URL; the SQL is written once, portable between the two, and run
//! through `sqlx::Any`. All work happens inside a `Tx`, so a resident's action and the update
//! that carried it are committed together or not at all.

mod consultation;
mod digests;
mod facilitation;
mod notices;
mod outbox;
mod participants;
mod privacy;
mod sheets;
mod translations;

pub use crate::domain::Target;
use crate::domain::{ParticipantId, TelegramUserId};
pub use consultation::{ConsultationRow, ImportSummary, ThemeRow};
pub use digests::{DigestRecipient, Participation, RecentSheet};
pub use facilitation::{AuditEntry, Recipient, SheetCount, Stats, Untranslated, WaitingItem};
pub use notices::{Notice, ShownDecision};
pub use outbox::{
    Delivery, NewDelivery, PER_CHAT_GAP_MS, RunFigures, Settled, decode_payload, encode_payload,
};
pub use participants::{Participant, ParticipantData};
pub use privacy::{Erased, RESIDENT_DATA_VERSION, ResidentData};
pub use sheets::{
    DetailRow, ExportSheet, NewSheet, RankScope, Ranked, SheetRow, SheetSummary, StickerError,
    StickerRow,
};
pub use translations::{Backoff, TranslationAttempt, TranslationWork};

use sqlx::SqlSafeStr;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::{Any, AnyConnection, AnyPool, ConnectOptions, Connection, Executor, Transaction};
use std::str::FromStr;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The schema, one folder per backend, embedded in the binary. Listed by hand instead of with
/// `sqlx::migrate!`, whose proc-macro would build every database driver a second time;
/// `tests/migrations.rs` fails when a file in `migrations/` is missing here.
macro_rules! migrations {
    ($backend:literal: $($version:literal $name:literal),+ $(,)?) => {
        &[$(($version, $name, include_str!(concat!("../../migrations/", $backend, "/", $name)))),+]
    };
}

/// `(version, file name, SQL)` of every migration.
pub const SQLITE_MIGRATIONS: &[(i64, &str, &str)] = migrations!("sqlite":
    1 "0001_schema.sql",
    2 "0002_facilitation.sql",
    3 "0003_machine_translation.sql",
    4 "0004_outbox.sql",
    5 "0005_digests.sql",
    6 "0006_notices.sql",
);
pub const POSTGRES_MIGRATIONS: &[(i64, &str, &str)] = migrations!("postgres":
    1 "0001_schema.sql",
    2 "0002_facilitation.sql",
    3 "0003_machine_translation.sql",
    4 "0004_outbox.sql",
    5 "0005_digests.sql",
    6 "0006_notices.sql",
);

/// A migrator for one backend; the checksums are the ones `sqlx::migrate!` would record, so
/// databases migrated by earlier builds stay valid.
fn migrator(files: &'static [(i64, &'static str, &'static str)]) -> Migrator {
    Migrator::with_migrations(
        files
            .iter()
            .map(|&(version, name, sql)| {
                let description = name
                    .trim_end_matches(".sql")
                    .split_once('_')
                    .map_or(name, |(_, rest)| rest)
                    .replace('_', " ");
                Migration::new(
                    version,
                    description.into(),
                    MigrationType::Simple,
                    sql.into_sql_str(),
                    false,
                )
            })
            .collect(),
    )
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("the database URL {0:?} is neither sqlite://… nor postgres://…")]
    UnsupportedUrl(String),
    #[error("cannot open the database at {url}: {source}")]
    Connect { url: String, source: sqlx::Error },
    #[error("cannot bring the database schema up to date: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error("the database holds a value consultbot does not understand: {0}")]
    Corrupt(String),
}

impl StoreError {
    /// Whether the same work may succeed if tried again later: the database was busy, locked,
    /// out of space or unreachable for a while. Anything else (a constraint, a value that does
    /// not decode) will fail the same way every time. The one place that decides.
    pub fn is_transient(&self) -> bool {
        match self {
            StoreError::Sql(err) | StoreError::Connect { source: err, .. } => transient(err),
            StoreError::UnsupportedUrl(_) | StoreError::Migrate(_) | StoreError::Corrupt(_) => {
                false
            }
        }
    }
}

fn transient(err: &sqlx::Error) -> bool {
    match err {
        sqlx::Error::Io(_)
        | sqlx::Error::Tls(_)
        | sqlx::Error::Protocol(_)
        | sqlx::Error::PoolTimedOut
        | sqlx::Error::PoolClosed
        | sqlx::Error::WorkerCrashed
        | sqlx::Error::BeginFailed => true,
        sqlx::Error::Database(db) => {
            let backend = if db.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some() {
                Backend::Sqlite
            } else {
                Backend::Postgres
            };
            db.code().is_some_and(|code| transient_code(backend, &code))
        }
        _ => false,
    }
}

/// Database error codes that name a passing condition.
fn transient_code(backend: Backend, code: &str) -> bool {
    match backend {
        // Extended result codes carry the primary one in their low byte: BUSY 5, LOCKED 6,
        // IOERR 10, FULL 13, CANTOPEN 14.
        Backend::Sqlite => code
            .parse::<i32>()
            .is_ok_and(|code| matches!(code & 0xff, 5 | 6 | 10 | 13 | 14)),
        // SQLSTATE: serialization failure, deadlock, lock not available (lock_timeout),
        // query cancelled (statement_timeout), connection exceptions (class 08), insufficient
        // resources (class 53: disk full, too many connections), operator intervention
        // (class 57: shutdown, cannot connect now), system errors (class 58).
        Backend::Postgres => {
            matches!(code, "40001" | "40P01" | "55P03" | "57014")
                || ["08", "53", "57P", "58"]
                    .iter()
                    .any(|c| code.starts_with(c))
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// The database, shared by every transport and task of the process.
#[derive(Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    /// For connections outside the pool (the start-up lock).
    options: AnyConnectOptions,
}

/// Connections each process keeps open to PostgreSQL at most, unless configured.
pub const DEFAULT_POOL: u32 = 10;
/// How long a start waits for a PostgreSQL server that is not up yet, unless configured.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(60);
/// The advisory lock key of the start-up: "consult" in ASCII, apart from the key sqlx's
/// migrator derives from the database name.
const START_UP_LOCK: i64 = 0x0063_6f6e_7375_6c74;

/// How a store is opened.
#[derive(Debug, Clone)]
pub struct OpenOptions {
    /// The pool size on PostgreSQL; SQLite keeps 4 (it has one writer at a time anyway).
    pub pool: u32,
    /// How long to retry a PostgreSQL server that is not up yet; `None`: until stopped.
    pub wait: Option<Duration>,
}

impl Default for OpenOptions {
    fn default() -> OpenOptions {
        OpenOptions {
            pool: DEFAULT_POOL,
            wait: Some(DEFAULT_WAIT),
        }
    }
}

/// Held while one instance migrates and imports; see `Store::start_up_lock`.
pub struct StartUpLock {
    conn: Option<AnyConnection>,
}

impl StartUpLock {
    /// Unlocks and closes the connection. Closing alone would release the lock too; the
    /// explicit unlock makes the next instance go on without waiting for the server to notice.
    pub async fn release(self) {
        if let Some(mut conn) = self.conn {
            let _ = sqlx::query_scalar::<_, bool>("SELECT pg_advisory_unlock($1)")
                .bind(START_UP_LOCK)
                .fetch_one(&mut conn)
                .await;
            let _ = conn.close().await;
        }
    }
}

impl Store {
    /// Connects (once, no waiting) and migrates, under the start-up lock; no first import. The
    /// commands use `crate::open_store`, which also loads the bundled consultation.
    pub async fn open(url: &str) -> Result<Store> {
        let options = OpenOptions {
            wait: Some(Duration::ZERO),
            ..OpenOptions::default()
        };
        let store = Store::connect(url, &options).await?;
        let lock = store.start_up_lock().await?;
        let migrated = store.migrate().await;
        lock.release().await;
        migrated?;
        Ok(store)
    }

    /// Connects to the database at `url` (creating an SQLite file when missing), without
    /// migrating it: see `crate::open_store`. A PostgreSQL server that is not up yet (refused,
    /// starting, too many connections) is tried again with backoff for `options.wait`, each try
    /// logged, so instances started before their database do not die.
    pub async fn connect(url: &str, options: &OpenOptions) -> Result<Store> {
        let mut delay = Duration::from_millis(500);
        let started = tokio::time::Instant::now();
        for attempt in 1u32.. {
            match Store::connect_once(url, options).await {
                Ok(store) => return Ok(store),
                Err(err)
                    if err.is_transient()
                        && !url.starts_with("sqlite:")
                        && options
                            .wait
                            .is_none_or(|wait| started.elapsed() + delay <= wait) =>
                {
                    tracing::warn!(attempt, error = %err, retry_in = ?delay, "the database is not reachable yet");
                    tokio::time::sleep(delay).await;
                    delay = (delay * 2).min(Duration::from_secs(5));
                }
                Err(err) => return Err(err),
            }
        }
        unreachable!("the attempts never run out")
    }

    async fn connect_once(url: &str, open: &OpenOptions) -> Result<Store> {
        sqlx::any::install_default_drivers();
        let (backend, url) = if url.starts_with("sqlite:") {
            (Backend::Sqlite, sqlite_url_creating_file(url))
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            (Backend::Postgres, url.to_owned())
        } else {
            return Err(StoreError::UnsupportedUrl(url.to_owned()));
        };
        let connect_error = |source| StoreError::Connect {
            url: redact_password(&url),
            source,
        };
        let options = AnyConnectOptions::from_str(&url).map_err(connect_error)?;
        let pool_options = AnyPoolOptions::new()
            .max_connections(if backend == Backend::Sqlite {
                4
            } else {
                open.pool
            })
            .acquire_timeout(Duration::from_secs(5));
        let pool_options = match backend {
            // With `Any`, SQLite's pragmas must be set per connection, not in the URL.
            Backend::Sqlite => pool_options.after_connect(|conn, _| {
                Box::pin(async move {
                    conn.execute(
                        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; \
                         PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000;",
                    )
                    .await?;
                    Ok(())
                })
            }),
            Backend::Postgres => pool_options,
        };
        // A connection whose COMMIT or ROLLBACK failed (SQLite's "database or disk is full"
        // rolls back by itself and then refuses ours) still counts as inside a transaction and
        // would refuse every BEGIN: it is closed instead of being used again. Checked when taken
        // from the pool, after the rollback of a dropped transaction has run.
        let pool_options = pool_options
            .before_acquire(|conn, _| Box::pin(async move { Ok(!conn.is_in_transaction()) }));
        let pool = pool_options
            .connect_with(options.clone())
            .await
            .map_err(connect_error)?;
        Ok(Store {
            pool,
            backend,
            options,
        })
    }

    /// Serialises the start-up (migrations, the first import) of every instance on one
    /// PostgreSQL database: a session-level advisory lock on a connection of its own, outside
    /// the pool (so a pool of one cannot deadlock), held until `StartUpLock::release`. A
    /// process that dies holding it loses its session and with it the lock. SQLite needs
    /// nothing: its migrations and `BEGIN IMMEDIATE` already take the one write lock.
    pub async fn start_up_lock(&self) -> Result<StartUpLock> {
        if self.backend == Backend::Sqlite {
            return Ok(StartUpLock { conn: None });
        }
        // Waiting here is expected: not a slow statement worth a warning.
        let options = self
            .options
            .clone()
            .log_slow_statements(tracing::log::LevelFilter::Off, Duration::ZERO);
        let mut conn = AnyConnection::connect_with(&options).await?;
        let free: bool = sqlx::query_scalar("SELECT pg_try_advisory_lock($1)")
            .bind(START_UP_LOCK)
            .fetch_one(&mut conn)
            .await?;
        if !free {
            tracing::info!("another instance is preparing the database; waiting for it");
            // `pg_advisory_lock` returns void, which `Any` cannot decode: select a constant.
            sqlx::query("SELECT 1 FROM (SELECT pg_advisory_lock($1)) AS locked")
                .bind(START_UP_LOCK)
                .execute(&mut conn)
                .await?;
        }
        Ok(StartUpLock { conn: Some(conn) })
    }

    pub async fn migrate(&self) -> Result<()> {
        match self.backend {
            Backend::Sqlite => migrator(SQLITE_MIGRATIONS).run(&self.pool).await?,
            Backend::Postgres => migrator(POSTGRES_MIGRATIONS).run(&self.pool).await?,
        }
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// A transaction that will write. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`): a deferred transaction that reads and then writes fails with "database is
    /// locked" instead of waiting.
    pub async fn write(&self) -> Result<Tx> {
        let inner = match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        };
        Ok(Tx {
            inner,
            backend: self.backend,
        })
    }

    /// A transaction that only reads: one consistent snapshot, no write lock. SQLite's deferred
    /// transaction reads one snapshot of the WAL; PostgreSQL needs REPEATABLE READ for that
    /// (read committed would give every statement its own).
    pub async fn read(&self) -> Result<Tx> {
        let inner = match self.backend {
            Backend::Sqlite => self.pool.begin().await?,
            Backend::Postgres => {
                self.pool
                    .begin_with("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                    .await?
            }
        };
        Ok(Tx {
            inner,
            backend: self.backend,
        })
    }

    /// Whether the database answers `SELECT 1` within two seconds.
    pub async fn answers(&self) -> bool {
        let ping = sqlx::query("SELECT 1").execute(&self.pool);
        matches!(
            tokio::time::timeout(Duration::from_secs(2), ping).await,
            Ok(Ok(_))
        )
    }

    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// One database transaction; every query method of the store lives on it.
pub struct Tx {
    inner: Transaction<'static, Any>,
    backend: Backend,
}

impl Tx {
    pub async fn commit(self) -> Result<()> {
        self.inner.commit().await?;
        Ok(())
    }

    pub async fn rollback(self) -> Result<()> {
        self.inner.rollback().await?;
        Ok(())
    }

    /// Records that a Telegram update's effects are part of this transaction. False when the
    /// update was already applied (Telegram delivered it again), so the caller does nothing.
    pub async fn record_update(&mut self, update_id: i64) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO processed_updates (update_id, processed_at) VALUES ($1, $2) \
             ON CONFLICT (update_id) DO NOTHING",
        )
        .bind(update_id)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// Forgets the ids of updates applied before `cutoff` (epoch seconds), so the table does not
    /// grow for ever. Returns how many were forgotten.
    pub async fn forget_updates_before(&mut self, cutoff: i64) -> Result<u64> {
        let done = sqlx::query("DELETE FROM processed_updates WHERE processed_at < $1")
            .bind(cutoff)
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected())
    }

    pub async fn audit(
        &mut self,
        actor_id: TelegramUserId,
        action: crate::domain::AuditAction,
        subject: &str,
        detail: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit_log (actor_id, action, subject, detail, created_at) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(actor_id.get())
        .bind(action.as_str())
        .bind(subject)
        .bind(detail)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Serialises the sticker and submission decisions of one participant. SQLite's write lock
    /// already does; PostgreSQL's read committed would let two taps both see a free sticker.
    async fn lock_participant(&mut self, participant_id: ParticipantId) -> Result<()> {
        if self.backend == Backend::Postgres {
            sqlx::query("SELECT id FROM participants WHERE id = $1 FOR UPDATE")
                .bind(participant_id.get())
                .execute(&mut *self.inner)
                .await?;
        }
        Ok(())
    }
}

/// Seconds since the epoch: `sqlx::Any` carries no date types, so times are stored as integers.
pub fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0)
}

/// Milliseconds since the epoch, for keys that must differ between two events of one second.
pub fn now_millis() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

fn sqlite_url_creating_file(url: &str) -> String {
    if url.contains("mode=") || url.contains(":memory:") {
        url.to_owned()
    } else if url.contains('?') {
        format!("{url}&mode=rwc")
    } else {
        format!("{url}?mode=rwc")
    }
}

/// The URL as it may appear in an error message: without a password.
fn redact_password(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let credentials = &url[scheme_end + 3..at];
            match credentials.split_once(':') {
                Some((user, _)) => format!("{}{user}:***{}", &url[..scheme_end + 3], &url[at..]),
                None => url.to_owned(),
            }
        }
        _ => url.to_owned(),
    }
}

fn parse_word<T: FromStr>(column: &str, value: &str) -> Result<T> {
    value
        .parse()
        .map_err(|_| StoreError::Corrupt(format!("{column} = {value:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_codes_that_pass() {
        // BUSY, BUSY_SNAPSHOT, LOCKED, IOERR, IOERR_WRITE, FULL, CANTOPEN
        for code in ["5", "517", "6", "10", "778", "13", "14"] {
            assert!(transient_code(Backend::Sqlite, code), "{code}");
        }
        // CONSTRAINT, CONSTRAINT_UNIQUE, CONSTRAINT_FOREIGNKEY, MISMATCH, CORRUPT, ERROR
        for code in ["19", "2067", "787", "20", "11", "1"] {
            assert!(!transient_code(Backend::Sqlite, code), "{code}");
        }
    }

    #[test]
    fn postgres_codes_that_pass() {
        // serialization, deadlock, lock_timeout, statement_timeout, connection failure,
        // connection does not exist, disk full, too many connections, admin shutdown
        for code in [
            "40001", "40P01", "55P03", "57014", "08006", "08003", "08001", "53100", "53300",
            "57P01", "57P03",
        ] {
            assert!(transient_code(Backend::Postgres, code), "{code}");
        }
        // unique, foreign key, not null, check, invalid text representation, syntax error
        for code in ["23505", "23503", "23502", "23514", "22P02", "42601"] {
            assert!(!transient_code(Backend::Postgres, code), "{code}");
        }
    }

    #[test]
    fn errors_without_a_database_answer() {
        let io = std::io::Error::new(std::io::ErrorKind::ConnectionReset, "reset");
        for err in [
            sqlx::Error::Io(io),
            sqlx::Error::PoolTimedOut,
            sqlx::Error::PoolClosed,
            sqlx::Error::WorkerCrashed,
        ] {
            assert!(StoreError::Sql(err).is_transient());
        }
        for err in [
            sqlx::Error::RowNotFound,
            sqlx::Error::ColumnNotFound("x".into()),
            sqlx::Error::Decode("not a number".into()),
        ] {
            assert!(!StoreError::Sql(err).is_transient());
        }
        assert!(!StoreError::Corrupt("phase = \"x\"".into()).is_transient());
    }

    /// Real SQLite errors, so the backend is recognised from the error itself.
    #[tokio::test]
    async fn sqlite_busy_passes_and_a_constraint_does_not() {
        use sqlx::ConnectOptions;
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("t.db").display());
        let options = sqlx::sqlite::SqliteConnectOptions::from_str(&url)
            .unwrap()
            .busy_timeout(Duration::ZERO);
        let mut one = options.connect().await.unwrap();
        let mut two = options.connect().await.unwrap();
        one.execute("CREATE TABLE t (id INTEGER PRIMARY KEY)")
            .await
            .unwrap();
        one.execute("BEGIN IMMEDIATE").await.unwrap();
        let busy = two.execute("BEGIN IMMEDIATE").await.unwrap_err();
        assert!(StoreError::Sql(busy).is_transient());
        one.execute("INSERT INTO t VALUES (1)").await.unwrap();
        let unique = one.execute("INSERT INTO t VALUES (1)").await.unwrap_err();
        assert!(!StoreError::Sql(unique).is_transient());
    }

    /// What `GET /healthz` asks: yes while the database answers, no once it does not.
    #[tokio::test]
    async fn a_closed_database_does_not_answer() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Store::open(&url).await.unwrap();
        assert!(store.answers().await);
        store.close().await;
        assert!(!store.answers().await);
    }

    #[test]
    fn passwords_are_not_shown() {
        assert_eq!(
            redact_password("postgres://bot:secret@db/consult"),
            "postgres://bot:***@db/consult"
        );
        assert_eq!(redact_password("sqlite://x.db"), "sqlite://x.db");
    }

    #[test]
    fn sqlite_files_are_created() {
        assert_eq!(
            sqlite_url_creating_file("sqlite://a.db"),
            "sqlite://a.db?mode=rwc"
        );
        assert_eq!(
            sqlite_url_creating_file("sqlite::memory:"),
            "sqlite::memory:"
        );
    }
}
