//! Faults outside the bot, through the binary, the fake Bot API and real databases: a database
//! that is locked or full for a while, Telegram holding idle polls and answering 502, update ids
//! past 2³¹, idle connections to the webhook. Each delays an action; none loses one.

mod common;

use common::{Backend, TestDb};
use fake_bot_api::{FakeBotApi, SentMessage};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(30);

/// The bot as a process; stopped with SIGTERM (then SIGKILL) when dropped.
struct Bot {
    child: Child,
}

impl Bot {
    fn start(api: &FakeBotApi, url: &str, args: &[&str], env: &[(&str, &str)]) -> Bot {
        let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .args(if args.is_empty() { &["run"][..] } else { args })
            .env("RUST_LOG", "error")
            .envs(env.iter().copied())
            .env("TELOXIDE_TOKEN", api.token())
            .env("TELOXIDE_API_URL", api.url())
            .env("DATABASE_URL", url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the bot starts");
        Bot { child }
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        common::stop_child(&mut self.child, Duration::from_secs(15));
    }
}

fn has_text(m: &SentMessage, needle: &str) -> bool {
    m.shown().contains(needle)
}

/// English, as a resident with `language_code` "en" reads it.
const SLOW: &str = "Saving takes longer than usual";

async fn votes(url: &str, sheet: i64) -> i64 {
    let store = consultbot::open_store(url)
        .await
        .expect("the database opens");
    let mut tx = store.read().await.unwrap();
    let export = consultbot::report::build_export(&mut tx)
        .await
        .unwrap()
        .unwrap();
    drop(tx);
    store.close().await;
    let export = serde_json::to_value(&export).unwrap();
    export["themes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["items"].as_array().unwrap().iter())
        .find(|i| i["id"] == sheet)
        .unwrap()["votes"]
        .as_i64()
        .unwrap()
}

/// Every resident's vote gets its answer: the "#N" of the sheet.
async fn wait_answers(api: &FakeBotApi, residents: impl IntoIterator<Item = i64>, sheet: i64) {
    for resident in residents {
        api.wait_for_message(resident, |m| has_text(m, &format!("#{sheet}")), WAIT)
            .await;
    }
}

/// Update ids past 2³¹ (teloxide's offset is an `i32`): handled, confirmed, and the next one too.
async fn run_big_update_ids(db: TestDb) {
    let api = FakeBotApi::start().await;
    let _bot = Bot::start(&api, &db.url, &[], &[]);
    let first = (1i64 << 31) + 5;
    api.next_update_id(first);
    let id = api.push_message(7001, "/vote 5", Some("en"));
    assert_eq!(id, first);
    wait_answers(&api, [7001], 5).await;
    api.wait_until_confirmed(id, WAIT).await;
    let next = api.push_message(7002, "/vote 5", Some("en"));
    wait_answers(&api, [7002], 5).await;
    api.wait_until_confirmed(next, WAIT).await;
    // No busy loop of polls: a handful, not thousands.
    assert!(
        api.calls_of("getUpdates").len() < 50,
        "{} polls",
        api.calls_of("getUpdates").len()
    );
    assert_eq!(votes(&db.url, 5).await, 2);
    api.assert_clean();
}

backend_tests!(update_ids_past_2_31, run_big_update_ids, multi_thread);

/// The fake holds an idle poll for its full timeout, as Telegram does (teloxide's own client
/// gives up after 17 s). After a minute of quiet a resident is answered at once.
#[tokio::test(flavor = "multi_thread")]
async fn a_resident_after_a_quiet_minute_is_answered_at_once() {
    common::with_db(Backend::Sqlite, |db| async move {
        let api = FakeBotApi::start().await;
        let _bot = Bot::start(&api, &db.url, &[], &[]);
        api.push_message(7101, "/vote 5", Some("en"));
        wait_answers(&api, [7101], 5).await;
        tokio::time::sleep(Duration::from_secs(60)).await;
        let asked = Instant::now();
        api.push_message(7102, "/vote 6", Some("en"));
        wait_answers(&api, [7102], 6).await;
        assert!(
            asked.elapsed() < Duration::from_secs(2),
            "answered after {:?}",
            asked.elapsed()
        );
        // Every idle poll was answered by the fake, none given up by the bot.
        assert!(api.violations().is_empty(), "{:?}", api.violations());
        api.assert_clean();
    })
    .await;
}

/// A run of 502s on one resident's replies: the others are answered meanwhile, and the reply
/// arrives once the API is back (teloxide waits 10 s inside each call that got a 5xx).
#[tokio::test(flavor = "multi_thread")]
async fn replies_survive_a_run_of_502s_without_holding_anyone_back() {
    common::with_db(Backend::Sqlite, |db| async move {
        let api = FakeBotApi::start().await;
        let _bot = Bot::start(&api, &db.url, &[], &[]);
        // The bot is up and polling.
        api.push_message(7200, "/vote 4", Some("en"));
        wait_answers(&api, [7200], 4).await;

        let before = api.calls_of("sendMessage").len();
        api.server_error_next("sendMessage", 1, 502);
        api.push_message(7201, "/vote 5", Some("en"));
        // The first try of 7201's reply got the 502.
        let deadline = Instant::now() + WAIT;
        while api.calls_of("sendMessage").len() == before {
            assert!(Instant::now() < deadline, "no reply was tried");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        // While 7201's chat waits, another resident is answered.
        let asked = Instant::now();
        api.push_message(7202, "/vote 6", Some("en"));
        wait_answers(&api, [7202], 6).await;
        assert!(
            asked.elapsed() < Duration::from_secs(5),
            "answered after {:?}",
            asked.elapsed()
        );
        // The run goes on: the next try fails as well.
        api.server_error_next("sendMessage", 1, 502);
        wait_answers(&api, [7201], 5).await;
        assert_eq!(
            api.sent_to(7201)
                .iter()
                .filter(|m| has_text(m, "#5"))
                .count(),
            1
        );
        assert_eq!(votes(&db.url, 5).await, 1);
    })
    .await;
}

/// Telegram's "too many requests" on one resident's reply pauses that chat only.
#[tokio::test(flavor = "multi_thread")]
async fn a_429_on_a_reply_pauses_only_that_chat() {
    common::with_db(Backend::Sqlite, |db| async move {
        let api = FakeBotApi::start().await;
        let _bot = Bot::start(&api, &db.url, &[], &[]);
        api.push_message(7250, "/vote 4", Some("en"));
        wait_answers(&api, [7250], 4).await;

        let before = api.calls_of("sendMessage").len();
        api.rate_limit_next("sendMessage", 1, 4);
        let asked = Instant::now();
        api.push_message(7251, "/vote 5", Some("en"));
        // 7251's reply got the 429; then another resident writes.
        while api.calls_of("sendMessage").len() == before {
            assert!(asked.elapsed() < WAIT, "no reply was tried");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        api.push_message(7252, "/vote 6", Some("en"));
        wait_answers(&api, [7252], 6).await;
        let other = asked.elapsed();
        wait_answers(&api, [7251], 5).await;
        let paused = asked.elapsed();
        assert!(
            other < Duration::from_secs(3) && paused >= Duration::from_secs(4),
            "the other chat after {other:?}, the paused one after {paused:?}"
        );
        api.assert_clean();
    })
    .await;
}

/// Another session holds a lock on the stickers for 5 s while 20 residents vote, and the bot's
/// lock timeout is short: every vote is applied once the lock goes, and each resident is told
/// once that it takes a moment.
#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn a_postgres_lock_held_for_five_seconds_loses_no_vote() {
    use sqlx::{Connection, Executor};
    common::with_db(Backend::Postgres, |db| async move {
        let api = FakeBotApi::start().await;
        let url = format!("{}?options=-c%20lock_timeout%3D500", db.url);
        let _bot = Bot::start(&api, &url, &[], &[]);
        api.push_message(7300, "/vote 4", Some("en"));
        wait_answers(&api, [7300], 4).await;

        let mut locker = sqlx::PgConnection::connect(&db.url).await.unwrap();
        locker.execute("BEGIN").await.unwrap();
        locker
            .execute("LOCK TABLE stickers IN ACCESS EXCLUSIVE MODE")
            .await
            .unwrap();
        let residents: Vec<i64> = (7301..7321).collect();
        for &resident in &residents {
            api.push_message(resident, "/vote 5", Some("en"));
        }
        tokio::time::sleep(Duration::from_secs(5)).await;
        locker.execute("COMMIT").await.unwrap();
        locker.close().await.unwrap();

        wait_answers(&api, residents.iter().copied(), 5).await;
        for &resident in &residents {
            let told = api
                .sent_to(resident)
                .iter()
                .filter(|m| has_text(m, SLOW))
                .count();
            assert!(told <= 1, "resident {resident} was told {told} times");
        }
        assert!(
            residents
                .iter()
                .any(|&r| api.sent_to(r).iter().any(|m| has_text(m, SLOW))),
            "nobody was told to wait"
        );
        assert_eq!(votes(&db.url, 5).await, 20);
        api.assert_clean();
    })
    .await;
}

/// A small tmpfs, unmounted when dropped.
struct Mount {
    dir: tempfile::TempDir,
}

impl Mount {
    /// `None` when this process may not mount (not root): the test says so and passes.
    fn tmpfs(size: &str) -> Option<Mount> {
        let dir = tempfile::tempdir().unwrap();
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        mounted.then_some(Mount { dir })
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

/// Fills the filesystem at `dir` with one file, up to the last byte.
fn fill(path: &std::path::Path) {
    use std::io::Write;
    let mut file = std::fs::File::create(path).unwrap();
    let block = vec![0u8; 64 * 1024];
    loop {
        if file
            .write_all(&block)
            .and_then(|()| file.sync_all())
            .is_err()
        {
            break;
        }
    }
    let small = [0u8; 512];
    while file
        .write_all(&small)
        .and_then(|()| file.sync_all())
        .is_ok()
    {}
}

/// SQLite on a filesystem that fills up: the votes wait, the bot does not wedge, and once there
/// is space again every vote is applied without a restart. Needs root for a small tmpfs.
#[tokio::test(flavor = "multi_thread")]
async fn sqlite_on_a_full_disk_recovers_once_there_is_space() {
    use sqlx::{ConnectOptions, Executor};
    let Some(mount) = Mount::tmpfs("16m") else {
        eprintln!("skipped: cannot mount a tmpfs here (needs root)");
        return;
    };
    let path = mount.dir.path().join("bot.db");
    let url = format!("sqlite://{}", path.display());
    let api = FakeBotApi::start().await;
    let bot = Bot::start(&api, &url, &[], &[]);
    let before: Vec<i64> = (7401..7406).collect();
    for &resident in &before {
        api.push_message(resident, "/vote 5", Some("en"));
    }
    wait_answers(&api, before.iter().copied(), 5).await;

    // An empty write-ahead log, so the next write must grow a file; then no space left.
    let mut conn = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(&path)
        .connect()
        .await
        .unwrap();
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        .await
        .unwrap();
    drop(conn);
    let filler = mount.dir.path().join("filler");
    fill(&filler);

    let during: Vec<i64> = (7411..7421).collect();
    for &resident in &during {
        api.push_message(resident, "/vote 5", Some("en"));
    }
    // Long enough for the residents to be told it takes a moment.
    for &resident in &during[..1] {
        api.wait_for_message(resident, |m| has_text(m, SLOW), WAIT)
            .await;
    }
    assert!(
        during
            .iter()
            .all(|&r| !api.sent_to(r).iter().any(|m| has_text(m, "#5"))),
        "a vote was answered on a full disk"
    );
    std::fs::remove_file(&filler).unwrap();
    wait_answers(&api, during.iter().copied(), 5).await;
    // Served on, without a restart.
    api.push_message(7430, "/vote 5", Some("en"));
    wait_answers(&api, [7430], 5).await;
    drop(bot);
    assert_eq!(votes(&url, 5).await, 16);
    api.assert_clean();
}

/// 2,000 idle connections to the webhook: a real update is still served, and `/healthz` says
/// the database answers.
#[tokio::test(flavor = "multi_thread")]
async fn the_webhook_serves_an_update_past_two_thousand_idle_connections() {
    common::with_db(Backend::Sqlite, |db| async move {
        let api = FakeBotApi::start().await;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("http://127.0.0.1:{port}/hook");
        let listen = format!("127.0.0.1:{port}");
        let _bot = Bot::start(
            &api,
            &db.url,
            &["run", "--webhook-url", &url, "--listen", &listen],
            &[("CONSULTBOT_WEBHOOK_SECRET", "s3cret")],
        );
        api.wait_for_call("setWebhook", |c| c.ok(), WAIT).await;
        let client = reqwest::Client::new();
        let health = format!("http://127.0.0.1:{port}/healthz");
        let deadline = Instant::now() + WAIT;
        loop {
            match client.get(&health).send().await {
                Ok(response) => {
                    assert_eq!(response.status(), 200);
                    break;
                }
                Err(_) if Instant::now() < deadline => {
                    tokio::time::sleep(Duration::from_millis(50)).await
                }
                Err(err) => panic!("the webhook does not answer: {err}"),
            }
        }

        let mut idle = Vec::new();
        for _ in 0..2000 {
            idle.push(tokio::net::TcpStream::connect(&listen).await.unwrap());
        }
        let update = serde_json::json!({
            "update_id": 1,
            "message": {
                "message_id": 1, "date": 1_700_000_000,
                "chat": {"id": 7501, "type": "private", "first_name": "Amal"},
                "from": {"id": 7501, "is_bot": false, "first_name": "Amal", "language_code": "en"},
                "text": "/vote 5",
                "entities": [{"type": "bot_command", "offset": 0, "length": 7}]
            }
        });
        let asked = Instant::now();
        let response = client
            .post(&url)
            .header("X-Telegram-Bot-Api-Secret-Token", "s3cret")
            .json(&update)
            .timeout(Duration::from_secs(10))
            .send()
            .await
            .expect("the update is served");
        assert_eq!(response.status(), 200);
        assert!(
            asked.elapsed() < Duration::from_secs(5),
            "served after {:?}",
            asked.elapsed()
        );
        assert!(api.sent_to(7501).iter().any(|m| has_text(m, "#5")));
        // The idle ones are let go after a few seconds without a request.
        use tokio::io::AsyncReadExt;
        let mut byte = [0u8; 1];
        let read = tokio::time::timeout(Duration::from_secs(15), idle[0].read(&mut byte)).await;
        assert!(
            matches!(read, Ok(Ok(0)) | Ok(Err(_))),
            "an idle connection stayed open: {read:?}"
        );
        drop(idle);
        assert_eq!(votes(&db.url, 5).await, 1);
    })
    .await;
}
