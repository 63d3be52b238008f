//! Shared by the integration tests: a fresh real database per test (SQLite always, PostgreSQL
//! when `TEST_DATABASE_URL` is set) and a resident who chats with the conversation core.
#![allow(dead_code)]

use consultbot::conversation::{Engine, Event, Input, Outcome, Reply, Settings};
use consultbot::store::Store;
use sqlx::Executor;
use std::sync::atomic::{AtomicU32, Ordering};

/// A database that lives as long as the test: an SQLite file in a temporary folder, or a new
/// PostgreSQL database on the server of `TEST_DATABASE_URL`.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl TestDb {
    /// None when the backend is PostgreSQL and no server is configured.
    pub async fn new(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("a temporary folder");
                let url = format!("sqlite://{}", dir.path().join("test.db").display());
                Some(TestDb {
                    url,
                    _dir: Some(dir),
                })
            }
            Backend::Postgres => {
                let admin = std::env::var("TEST_DATABASE_URL").ok()?;
                Some(TestDb {
                    url: fresh_postgres_database(&admin).await,
                    _dir: None,
                })
            }
        }
    }

    pub async fn store(&self) -> Store {
        consultbot::open_store(&self.url)
            .await
            .expect("the test database opens")
    }
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

async fn fresh_postgres_database(admin_url: &str) -> String {
    sqlx::any::install_default_drivers();
    let name = format!(
        "consultbot_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .subsec_nanos()
    );
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(admin_url)
        .await
        .expect("TEST_DATABASE_URL reaches a PostgreSQL server");
    conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .await
        .expect("the test can create a database");
    let base = match admin_url.rfind('/') {
        Some(i) if i > "postgres://".len() => &admin_url[..i],
        _ => admin_url,
    };
    format!("{base}/{name}")
}

/// Runs a test body once per backend: `backend_tests!(name, |db| async move { … });`
#[macro_export]
macro_rules! backend_tests {
    ($name:ident, $body:expr) => {
        mod $name {
            use super::*;

            #[tokio::test]
            async fn sqlite() {
                let db = $crate::common::TestDb::new($crate::common::Backend::Sqlite)
                    .await
                    .unwrap();
                ($body)(db).await;
            }

            #[tokio::test]
            async fn postgres() {
                let Some(db) = $crate::common::TestDb::new($crate::common::Backend::Postgres).await
                else {
                    eprintln!("TEST_DATABASE_URL is not set: PostgreSQL variant skipped");
                    return;
                };
                ($body)(db).await;
            }
        }
    };
}

/// A resident talking to the conversation core, without any transport.
pub struct Resident {
    pub engine: Engine,
    pub user_id: i64,
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
            user_id,
            lang: Some(lang.to_owned()),
            last: Outcome::default(),
        }
    }

    async fn event(&mut self, input: Input) -> &Outcome {
        let event = Event {
            user_id: self.user_id,
            chat_id: self.user_id,
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
pub fn sheet_number(text: &str) -> i64 {
    text.split('#')
        .nth(1)
        .and_then(|rest| {
            rest.chars()
                .take_while(char::is_ascii_digit)
                .collect::<String>()
                .parse()
                .ok()
        })
        .unwrap_or_else(|| panic!("no sheet number in {text:?}"))
}
