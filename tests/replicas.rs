//! Two instances of the debug binary in webhook mode on one fresh PostgreSQL database, driven
//! by posting updates to their ports as a load balancer would, replies going to the fake Bot
//! API: both start at once on an empty database (five rounds), votes split across them all
//! count, the sticker budget holds across them, an update posted to both counts once, a wrong
//! secret is refused, and a digest is sent once to everyone at the shared pace, even when one
//! instance is killed in the middle of it; an instance started before its database waits for
//! it; SIGTERM finishes the updates in hand. PostgreSQL only: SQLite is one process's file.

mod common;

use common::{Backend, TestDb};
use consultbot::domain::{ChatId, Lang, TelegramUserId};
use consultbot::store::Store;
use fake_bot_api::{Call, FakeBotApi};
use serde_json::{Value, json};
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(60);
const SECRET: &str = "replica-secret";
/// The configured send rate, shared by both instances.
const RATE: u32 = 20;

/// One instance, serving its webhook on its own port.
struct Instance {
    child: Child,
    url: String,
}

impl Instance {
    fn start(api: &FakeBotApi, db: &TestDb) -> Instance {
        Instance::start_at(api, &db.url)
    }

    fn start_at(api: &FakeBotApi, database_url: &str) -> Instance {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        // Both register the same public URL; each listens on its own port, as behind nginx.
        let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .args([
                "run",
                "--webhook-url",
                "https://bot.example.org/telegram/hook",
                "--listen",
                &format!("127.0.0.1:{port}"),
            ])
            .env("TELOXIDE_TOKEN", api.token())
            .env("TELOXIDE_API_URL", api.url())
            .env("DATABASE_URL", database_url)
            .env("CONSULTBOT_WEBHOOK_SECRET", SECRET)
            .env("CONSULTBOT_SEND_RATE", RATE.to_string())
            // A lease left by a killed instance runs out after 1 + 2 s.
            .env("CONSULTBOT_SEND_TIMEOUT", "1")
            .env("CONSULTBOT_DB_POOL", "5")
            .env("RUST_LOG", "error")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the bot starts");
        Instance {
            child,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Waits until `GET /healthz` answers 200; panics if the process exits first.
    async fn serving(&mut self, client: &reqwest::Client) {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("an instance exited at start-up: {status}");
            }
            if let Ok(response) = client.get(format!("{}/healthz", self.url)).send().await
                && response.status() == 200
            {
                return;
            }
            assert!(Instant::now() < deadline, "an instance does not serve");
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn post(&self, client: &reqwest::Client, update: &Value, secret: &str) -> u16 {
        client
            .post(format!("{}/telegram/hook", self.url))
            .header("X-Telegram-Bot-Api-Secret-Token", secret)
            .json(update)
            .send()
            .await
            .expect("the webhook answers")
            .status()
            .as_u16()
    }

    fn kill9(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        common::stop_child(&mut self.child, Duration::from_secs(10));
    }
}

/// A text message from `user` (chat id = user id) as Telegram posts it.
fn text(update_id: i64, user: i64, text: &str) -> Value {
    let command = text.split(' ').next().unwrap_or_default().len();
    json!({
        "update_id": update_id,
        "message": {
            "message_id": update_id, "date": 1_700_000_000,
            "chat": {"id": user, "type": "private", "first_name": "R"},
            "from": {"id": user, "is_bot": false, "first_name": "R", "language_code": "da"},
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": command}]
        }
    })
}

fn cli(db: &TestDb, args: &[&str]) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

/// Votes per sheet id, and the sheets of each (theme, kind), from `consultbot export`.
fn export(db: &TestDb) -> (HashMap<i64, i64>, Vec<Vec<i64>>) {
    let export: Value = serde_json::from_slice(&cli(db, &["export", "--format", "json"])).unwrap();
    let mut votes = HashMap::new();
    let mut groups = Vec::new();
    for theme in export["themes"].as_array().unwrap() {
        let mut by_kind: HashMap<String, Vec<i64>> = HashMap::new();
        for item in theme["items"].as_array().unwrap() {
            let id = item["id"].as_i64().unwrap();
            votes.insert(id, item["votes"].as_i64().unwrap());
            by_kind
                .entry(item["kind"].as_str().unwrap().to_owned())
                .or_default()
                .push(id);
        }
        groups.extend(by_kind.into_values());
    }
    (votes, groups)
}

/// Waits until the newest run has nothing pending; its figures from `consultbot deliveries`.
async fn finished(db: &TestDb, run: i64) -> Value {
    let start = Instant::now();
    loop {
        let runs: Value =
            serde_json::from_slice(&cli(db, &["deliveries", "--format", "json"])).unwrap();
        if let Some(figures) = runs.as_array().unwrap().iter().find(|r| r["id"] == run)
            && figures["pending"] == 0
        {
            return figures.clone();
        }
        assert!(start.elapsed() < WAIT, "run {run} did not finish: {runs}");
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
}

/// `consultbot digest --now`; the id of the run it queued.
fn digest_now(db: &TestDb) -> i64 {
    let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(["digest", "--now"])
        .env("DATABASE_URL", &db.url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success() && err.contains("60 resident(s)"),
        "{err}"
    );
    err.split_whitespace()
        .nth(2)
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("a run id in {err:?}"))
}

/// `count` residents who asked for digests, made directly in the store.
async fn subscribers(store: &Store, first: i64, count: i64) {
    let mut tx = store.write().await.unwrap();
    for user in first..first + count {
        let p = tx
            .touch_participant(TelegramUserId::new(user), ChatId::new(user), Lang::Da)
            .await
            .unwrap();
        tx.set_digest_opt_in(p.id, true).await.unwrap();
    }
    tx.commit().await.unwrap();
}

fn chat_of(call: &Call) -> i64 {
    call.i64_param("chat_id").expect("a chat id")
}

/// The busiest one-second window of these calls.
fn busiest_second(calls: &[&Call]) -> usize {
    let mut times: Vec<Instant> = calls.iter().map(|c| c.at).collect();
    times.sort();
    (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| **t - times[i] < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0)
}

/// The successful sends to `chats` among `calls`, per chat.
fn reached(calls: &[Call], chats: std::ops::Range<i64>) -> HashMap<i64, usize> {
    let mut per_chat = HashMap::new();
    for call in calls
        .iter()
        .filter(|c| c.ok() && chats.contains(&chat_of(c)))
    {
        *per_chat.entry(chat_of(call)).or_default() += 1;
    }
    per_chat
}

async fn starting_together(db: TestDb) {
    let api = FakeBotApi::start().await;
    let client = reqwest::Client::new();
    let (mut a, mut b) = (Instance::start(&api, &db), Instance::start(&api, &db));
    a.serving(&client).await;
    b.serving(&client).await;
    for (i, instance) in [&a, &b].into_iter().enumerate() {
        let user = 100 + i as i64;
        let update = text(user, user, "/vote 5");
        assert_eq!(instance.post(&client, &update, SECRET).await, 200);
        assert!(!api.sent_to(user).is_empty(), "instance {i} answered");
    }
    assert_eq!(export(&db).0[&5], 2);
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn five_rounds_of_starting_together_on_an_empty_database() {
    for _ in 0..5 {
        common::with_db(Backend::Postgres, starting_together).await;
    }
}

async fn every_guarantee_across_two(db: TestDb) {
    let store = db.store().await;
    let api = FakeBotApi::start().await;
    let client = reqwest::Client::new();
    let (mut a, mut b) = (Instance::start(&api, &db), Instance::start(&api, &db));
    a.serving(&client).await;
    b.serving(&client).await;
    let (_, groups) = export(&db);
    let ten = groups
        .iter()
        .find(|g| g.len() >= 10)
        .expect("ten sheets of one kind in one theme")[..10]
        .to_vec();
    let crowded = groups
        .iter()
        .flatten()
        .find(|id| !ten.contains(id))
        .copied();
    let (crowded, twice) = (
        crowded.unwrap(),
        groups.iter().flatten().next_back().copied(),
    );
    let twice = twice.unwrap();
    assert!(!ten.contains(&twice) && twice != crowded);

    // A wrong secret: refused by either, nothing applied.
    for instance in [&a, &b] {
        assert_eq!(
            instance
                .post(&client, &text(1, 900, &format!("/vote {twice}")), "wrong")
                .await,
            401
        );
    }

    // 200 residents voting at once, split across the two.
    let votes = (0..200i64).map(|i| {
        let instance = if i % 2 == 0 { &a } else { &b };
        let update = text(10_000 + i, 20_000 + i, &format!("/vote {crowded}"));
        let client = client.clone();
        async move { instance.post(&client, &update, SECRET).await }
    });
    let statuses = futures::future::join_all(votes).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");

    // One resident's ten taps on ten sheets of one budget, across both at once.
    let taps = ten.iter().enumerate().map(|(i, sheet)| {
        let instance = if i % 2 == 0 { &a } else { &b };
        let update = text(30_000 + i as i64, 777, &format!("/vote {sheet}"));
        let client = client.clone();
        async move { instance.post(&client, &update, SECRET).await }
    });
    let statuses = futures::future::join_all(taps).await;
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");

    // One update delivered to both (Telegram retrying through the other): counted once.
    let update = text(40_000, 888, &format!("/vote {twice}"));
    let (one, two) = tokio::join!(
        a.post(&client, &update, SECRET),
        b.post(&client, &update, SECRET)
    );
    assert_eq!((one, two), (200, 200));
    let shown: Vec<String> = api
        .sent_to(888)
        .iter()
        .map(|m| m.shown().to_owned())
        .collect();
    let confirmations = shown
        .iter()
        .filter(|m| m.starts_with("Klistermærke givet"))
        .count();
    assert_eq!(confirmations, 1, "answered once: {shown:#?}");

    let (votes, _) = export(&db);
    assert_eq!(votes[&crowded], 200, "200 stickers");
    assert_eq!(ten.iter().map(|id| votes[id]).sum::<i64>(), 3, "the budget");
    assert_eq!(votes[&twice], 1, "counted once");

    // A digest to 60 subscribers: each once, the pace kept by both together.
    subscribers(&store, 50_000, 60).await;
    let run = digest_now(&db);
    let figures = finished(&db, run).await;
    assert_eq!(
        (figures["sent"].as_i64(), figures["recipients"].as_i64()),
        (Some(60), Some(60))
    );
    let calls = api.calls_of("sendMessage");
    let per_chat = reached(&calls, 50_000..50_060);
    assert_eq!(per_chat.len(), 60);
    assert!(per_chat.values().all(|n| *n == 1), "{per_chat:?}");
    let digest_calls: Vec<&Call> = calls
        .iter()
        .filter(|c| (50_000..50_060).contains(&chat_of(c)))
        .collect();
    let busiest = busiest_second(&digest_calls);
    assert!(
        busiest <= RATE as usize,
        "{busiest} sends in one second, rate {RATE}"
    );

    // Another digest, and one instance killed in the middle of it.
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let before = calls.len();
    let run = digest_now(&db);
    let deadline = Instant::now() + WAIT;
    while reached(&api.calls_of("sendMessage")[before..], 50_000..50_060).len() < 20 {
        assert!(
            Instant::now() < deadline,
            "the second digest does not go out"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    // Held at the fake until each instance has its one call in flight, so the kill lands
    // mid-call (short enough that the survivor's call does not time out).
    api.set_silent(true);
    api.wait_for_open_requests("sendMessage", 2, WAIT).await;
    a.kill9();
    api.set_silent(false);
    let figures = finished(&db, run).await;
    eprintln!("after a kill mid-digest: {figures}");
    let calls = api.calls_of("sendMessage");
    let per_chat = reached(&calls[before..], 50_000..50_060);
    assert!(
        per_chat.values().all(|n| *n == 1),
        "nothing twice: {per_chat:?}"
    );
    let (sent, unknown) = (
        figures["sent"].as_i64().unwrap(),
        figures["unknown"].as_i64().unwrap(),
    );
    assert_eq!(sent + unknown, 60, "{figures}");
    assert_eq!(unknown, 1, "the one call in flight is reported: {figures}");
    let second: Vec<&Call> = calls[before..]
        .iter()
        .filter(|c| (50_000..50_060).contains(&chat_of(c)))
        .collect();
    assert!(busiest_second(&second) <= RATE as usize, "the pace holds");
    assert!(
        per_chat.len() as i64 >= 60 - unknown,
        "everyone but the one in flight: {} reached, {figures}",
        per_chat.len()
    );
    store.close().await;
    drop(b);
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn two_instances_keep_every_guarantee() {
    common::with_db(Backend::Postgres, every_guarantee_across_two).await;
}

/// An instance started before its database is reachable waits for it instead of dying: the
/// database's port is closed at first, then a forwarder to the real server opens on it.
async fn waiting_for_the_database(db: TestDb) {
    let mut real = reqwest::Url::parse(&db.url).unwrap();
    let upstream = format!(
        "{}:{}",
        real.host_str().unwrap(),
        real.port().unwrap_or(5432)
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    real.set_host(Some("127.0.0.1")).unwrap();
    real.set_port(Some(port)).unwrap();
    let api = FakeBotApi::start().await;
    let client = reqwest::Client::new();
    let mut instance = Instance::start_at(&api, real.as_str());
    tokio::time::sleep(Duration::from_secs(2)).await;
    assert!(
        instance.child.try_wait().unwrap().is_none(),
        "the instance waits for its database"
    );
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
        .await
        .unwrap();
    let forwarder = tokio::spawn(async move {
        loop {
            let Ok((mut inbound, _)) = listener.accept().await else {
                continue;
            };
            let upstream = upstream.clone();
            tokio::spawn(async move {
                if let Ok(mut outbound) = tokio::net::TcpStream::connect(upstream).await {
                    let _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound).await;
                }
            });
        }
    });
    instance.serving(&client).await;
    let update = text(1, 300, "/vote 5");
    assert_eq!(instance.post(&client, &update, SECRET).await, 200);
    drop(instance);
    forwarder.abort();
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn an_instance_waits_for_its_database() {
    common::with_db(Backend::Postgres, waiting_for_the_database).await;
}

/// SIGTERM while updates are in hand: each is either answered 200 and counted, or never taken
/// (the load balancer sends it elsewhere), and the instance exits cleanly.
async fn draining(db: TestDb) {
    let api = FakeBotApi::start().await;
    let client = reqwest::Client::new();
    let mut instance = Instance::start(&api, &db);
    instance.serving(&client).await;
    let hook = format!("{}/telegram/hook", instance.url);
    let posts = (0..40i64).map(|i| {
        let request = client
            .post(&hook)
            .header("X-Telegram-Bot-Api-Secret-Token", SECRET)
            .json(&text(70_000 + i, 70_000 + i, "/vote 5"))
            .send();
        async move { request.await.map(|r| r.status().as_u16()) }
    });
    // The fake holds the replies, so the updates are surely in hand when the signal comes.
    api.set_silent(true);
    let posts = tokio::spawn(futures::future::join_all(posts));
    api.wait_for_open_requests("sendMessage", 5, WAIT).await;
    let pid = instance.child.id().to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .unwrap()
            .success()
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    api.set_silent(false);
    let answers = posts.await.unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = instance.child.try_wait().unwrap() {
            break status;
        }
        assert!(Instant::now() < deadline, "the instance does not stop");
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(status.success(), "{status}");
    let answered = answers.iter().filter(|a| matches!(a, Ok(200))).count() as i64;
    assert!(
        answers.iter().all(|a| matches!(a, Ok(200) | Err(_))),
        "{answers:?}"
    );
    eprintln!("{answered} of 40 in hand at SIGTERM were answered");
    assert!(
        answered >= 5,
        "the updates in hand were finished: {answers:?}"
    );
    assert_eq!(
        export(&db).0[&5],
        answered,
        "every 200 counted, nothing else"
    );
}

#[tokio::test(flavor = "multi_thread")]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn sigterm_finishes_the_updates_in_hand() {
    common::with_db(Backend::Postgres, draining).await;
}
