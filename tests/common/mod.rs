//! Shared by the integration tests: a fresh real database per test (SQLite always, PostgreSQL
//! when built with `TEST_DATABASE_URL` or `CI` set), deleted when the test ends, and a resident
//! who chats with the conversation core.
#![allow(dead_code)]

use consultbot::conversation::{Engine, Event, Input, Outcome, Reply, Settings};
use consultbot::domain::{ChatId, SheetId, TelegramUserId};
use consultbot::store::Store;
use futures::FutureExt;
use sqlx::{Connection, Executor, PgConnection};
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{Arc, Mutex};

pub use consultbot::store::Backend;

/// Runs `body` against a fresh database of `backend`, then closes every store the body opened
/// and deletes the database, whether the body passed or panicked.
pub async fn with_db<F, Fut, T>(backend: Backend, body: F) -> T
where
    F: FnOnce(TestDb) -> Fut,
    Fut: Future<Output = T>,
{
    let db = TestDb::new(backend).await;
    let cleanup = db.cleanup.clone();
    let outcome = AssertUnwindSafe(body(db)).catch_unwind().await;
    cleanup.finish().await;
    outcome.unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

/// Runs a test body once per backend: `backend_tests!(name, |db| async move { … });`, or with a
/// runtime flavour: `backend_tests!(name, body, multi_thread)`. The PostgreSQL variant is ignored
/// unless built with `TEST_DATABASE_URL` or `CI` set (see build.rs).
#[macro_export]
macro_rules! backend_tests {
    ($name:ident, $body:expr) => {
        $crate::backend_tests!(@variants $name, $body, []);
    };
    ($name:ident, $body:expr, multi_thread) => {
        $crate::backend_tests!(@variants $name, $body, [(flavor = "multi_thread")]);
    };
    (@variants $name:ident, $body:expr, [$($runtime:tt)*]) => {
        mod $name {
            use super::*;

            #[tokio::test $($runtime)*]
            async fn sqlite() {
                $crate::common::with_db($crate::common::Backend::Sqlite, $body).await;
            }

            #[tokio::test $($runtime)*]
            #[cfg_attr(
                not(pg_tests),
                ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
            )]
            async fn postgres() {
                $crate::common::with_db($crate::common::Backend::Postgres, $body).await;
            }
        }
    };
}

/// A database that lives as long as the test: an SQLite file in a temporary folder, or a new
/// PostgreSQL database on the server of `TEST_DATABASE_URL`. Prefer `with_db`, which also closes
/// the stores before the database goes; dropped on its own, a PostgreSQL database is removed
/// with `WITH (FORCE)`.
pub struct TestDb {
    pub url: String,
    cleanup: Arc<Cleanup>,
}

impl TestDb {
    pub async fn new(backend: Backend) -> TestDb {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                TestDb {
                    url,
                    cleanup: Arc::new(Cleanup::new(Place::Folder(dir))),
                }
            }
            Backend::Postgres => {
                let database = PgDatabase::create().await;
                TestDb {
                    url: database.url(),
                    cleanup: Arc::new(Cleanup::new(Place::Postgres(database))),
                }
            }
        }
    }

    /// Opens (and migrates) the database; closed by `with_db` when the test ends.
    pub async fn store(&self) -> Store {
        let store = consultbot::open_store(&self.url)
            .await
            .expect("the test database opens");
        self.cleanup.stores.lock().unwrap().push(store.clone());
        store
    }
}

/// What a test leaves behind: the stores it opened and the place of its database.
struct Cleanup {
    stores: Mutex<Vec<Store>>,
    place: Mutex<Option<Place>>,
}

enum Place {
    Folder(tempfile::TempDir),
    Postgres(PgDatabase),
}

impl Cleanup {
    fn new(place: Place) -> Cleanup {
        Cleanup {
            stores: Mutex::new(Vec::new()),
            place: Mutex::new(Some(place)),
        }
    }

    /// Closes the stores (their connections say goodbye to the server), then deletes the
    /// database.
    async fn finish(&self) {
        let stores = std::mem::take(&mut *self.stores.lock().unwrap());
        for store in stores {
            store.close().await;
        }
        let place = self.place.lock().unwrap().take();
        if let Some(Place::Postgres(database)) = place {
            database.drop_database().await;
        }
    }
}

impl Drop for Cleanup {
    /// Only reached when `finish` did not run (a `TestDb` used without `with_db`): the test's
    /// runtime may be gone, so the database is dropped from a thread with a runtime of its own.
    fn drop(&mut self) {
        if let Some(Place::Postgres(database)) = self.place.get_mut().unwrap().take() {
            let dropped = std::thread::spawn(move || {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("a runtime")
                    .block_on(database.drop_database());
            })
            .join();
            if dropped.is_err() && !std::thread::panicking() {
                panic!("the test database could not be dropped");
            }
        }
    }
}

/// A database of its own on the server of `TEST_DATABASE_URL`, named
/// `consultbot_test_<run>_<process>_<n>` so that `.ci/run` can drop exactly its run's leftovers.
struct PgDatabase {
    admin_url: String,
    name: String,
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl PgDatabase {
    async fn create() -> PgDatabase {
        let admin_url = std::env::var("TEST_DATABASE_URL")
            .ok()
            .filter(|url| !url.is_empty())
            .unwrap_or_else(|| {
                panic!(
                    "the PostgreSQL variants are enabled (CI is set) but TEST_DATABASE_URL is not: \
                 name a server, e.g. postgres://postgres@127.0.0.1:5432/postgres"
                )
            });
        let name = format!(
            "consultbot_test_{}_{}_{}",
            run_name(),
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        assert!(name.len() <= 63, "{name:?} is too long for PostgreSQL");
        let database = PgDatabase { admin_url, name };
        let mut conn = database.admin().await;
        conn.execute(sqlx::AssertSqlSafe(format!(
            "CREATE DATABASE \"{}\"",
            database.name
        )))
        .await
        .expect("the test can create a database");
        conn.close().await.expect("the admin connection closes");
        database
    }

    fn url(&self) -> String {
        let base = match self.admin_url.rfind('/') {
            Some(i) if i > "postgres://".len() => &self.admin_url[..i],
            _ => &self.admin_url,
        };
        format!("{base}/{}", self.name)
    }

    async fn admin(&self) -> PgConnection {
        PgConnection::connect(&self.admin_url)
            .await
            .unwrap_or_else(|e| panic!("TEST_DATABASE_URL does not reach a PostgreSQL server: {e}"))
    }

    /// FORCE ends connections still open (a bot process killed by the test, say).
    async fn drop_database(self) {
        let mut conn = self.admin().await;
        conn.execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS \"{}\" WITH (FORCE)",
            self.name
        )))
        .await
        .expect("the test database can be dropped");
        conn.close().await.expect("the admin connection closes");
    }
}

/// `CONSULTBOT_TEST_RUN` (lower-case letters, digits and `_`), or `local`.
fn run_name() -> String {
    let run = std::env::var("CONSULTBOT_TEST_RUN").unwrap_or_else(|_| "local".to_owned());
    assert!(
        !run.is_empty()
            && run
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'),
        "CONSULTBOT_TEST_RUN={run:?}: use lower-case letters, digits and _"
    );
    run
}

/// A resident talking to the conversation core, without any transport.
pub struct Resident {
    pub engine: Engine,
    pub user_id: TelegramUserId,
    pub lang: Option<String>,
    pub last: Outcome,
}

impl Resident {
    pub fn new(store: &Store, user_id: i64, lang: &str) -> Resident {
        Resident::with_settings(store, user_id, lang, Settings::default())
    }

    pub fn with_settings(store: &Store, user_id: i64, lang: &str, settings: Settings) -> Resident {
        Resident {
            engine: Engine::new(store.clone(), settings),
            user_id: TelegramUserId::new(user_id),
            lang: Some(lang.to_owned()),
            last: Outcome::default(),
        }
    }

    async fn event(&mut self, input: Input) -> &Outcome {
        let event = Event {
            user_id: self.user_id,
            chat_id: ChatId::private_with(self.user_id),
            lang_hint: self.lang.clone(),
            input,
            update_id: None,
        };
        self.last = self
            .engine
            .handle(&event)
            .await
            .expect("the conversation answers");
        &self.last
    }

    /// Types a message; returns all reply texts joined.
    pub async fn says(&mut self, text: &str) -> String {
        self.event(Input::Text(text.to_owned())).await;
        self.text()
    }

    /// Taps the first button of the last answer whose label contains `label`.
    pub async fn taps(&mut self, label: &str) -> String {
        let data = self
            .button(label)
            .unwrap_or_else(|| {
                panic!(
                    "no button {label:?} in:\n{}\nbuttons: {:?}",
                    self.text(),
                    self.labels()
                )
            })
            .action
            .to_string();
        self.event(Input::Button(data)).await;
        self.text()
    }

    /// Taps with raw callback data (stale or forged buttons).
    pub async fn taps_data(&mut self, data: &str) -> String {
        self.event(Input::Button(data.to_owned())).await;
        self.text()
    }

    pub fn text(&self) -> String {
        self.last
            .replies
            .iter()
            .map(|r| r.text.to_plain())
            .collect::<Vec<_>>()
            .join("\n---\n")
    }

    pub fn notice(&self) -> Option<&str> {
        self.last.notice.as_deref()
    }

    pub fn replies(&self) -> &[Reply] {
        &self.last.replies
    }

    pub fn labels(&self) -> Vec<String> {
        self.last
            .replies
            .iter()
            .flat_map(|r| r.choices().map(|b| b.label.clone()))
            .collect()
    }

    pub fn button(&self, label: &str) -> Option<&consultbot::conversation::Button> {
        self.last
            .replies
            .iter()
            .flat_map(|r| r.choices())
            .find(|b| b.label.contains(label))
    }
}

/// The first sheet number `#N` in a text (answers like "Your challenge is now sheet #98.").
pub fn sheet_number(text: &str) -> SheetId {
    text.split('#')
        .nth(1)
        .and_then(|rest| {
            rest.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        })
        .map(SheetId::new)
        .unwrap_or_else(|| panic!("no sheet number in {text:?}"))
}

/// Stops a process of the binary a test started: SIGTERM, up to `grace` to exit, then SIGKILL.
/// What every test's process handle does when dropped, so no bot outlives its test.
pub fn stop_child(child: &mut std::process::Child, grace: std::time::Duration) {
    if let Ok(None) = child.try_wait() {
        let _ = std::process::Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status();
        let start = std::time::Instant::now();
        while start.elapsed() < grace {
            if let Ok(Some(_)) = child.try_wait() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    let _ = child.kill();
    let _ = child.wait();
}
