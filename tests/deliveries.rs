//! The outbox through the debug binary and the fake Bot API: a run SIGKILLed three times and
//! restarted reaches everyone once (the calls in flight at a kill at most, reported `unknown`),
//! the pace holds with one instance and with two, a 429 pauses only its chat, and a resident
//! who blocked the bot (my_chat_member) gets no attempt.

mod common;

use common::TestDb;
use consultbot::conversation::{Reply, Text};
use consultbot::domain::{ChatId, Lang, TelegramUserId};
use consultbot::store::{NewDelivery, Store};
use fake_bot_api::{Call, FakeBotApi};
use serde_json::Value;
use std::collections::HashMap;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(90);

struct Bot {
    child: Child,
}

impl Bot {
    fn start(api: &FakeBotApi, db: &TestDb, rate: u32) -> Bot {
        let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("run")
            .env("TELOXIDE_TOKEN", api.token())
            .env("TELOXIDE_API_URL", api.url())
            .env("DATABASE_URL", &db.url)
            .env("CONSULTBOT_SEND_RATE", rate.to_string())
            // A lease left by a killed instance runs out after 1 + 2 s.
            .env("CONSULTBOT_SEND_TIMEOUT", "1")
            .env("RUST_LOG", "error")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the bot starts");
        Bot { child }
    }

    fn kill9(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        common::stop_child(&mut self.child, Duration::from_secs(10));
    }
}

/// `count` residents made directly in the store (user id = chat id = `first + i`).
async fn residents(store: &Store, first: i64, count: i64) -> Vec<ChatId> {
    let mut tx = store.write().await.unwrap();
    let mut chats = Vec::new();
    for user in first..first + count {
        let p = tx
            .touch_participant(TelegramUserId::new(user), ChatId::new(user), Lang::Da)
            .await
            .unwrap();
        chats.push(p.chat_id);
    }
    tx.commit().await.unwrap();
    chats
}

/// A broadcast run to these chats, queued in one bulk call.
async fn queue_run(store: &Store, chats: &[ChatId], scheduled_for: i64) {
    let mut tx = store.write().await.unwrap();
    let mut queued = Vec::new();
    for chat in chats {
        let p = tx
            .participant_by_telegram_id(TelegramUserId::new(chat.get()))
            .await
            .unwrap()
            .unwrap();
        queued.push(NewDelivery {
            participant_id: p.id,
            chat_id: p.chat_id,
            reply: Reply::new(Text::new().plain(format!("Dear {}", chat.get()))),
        });
    }
    let run = tx.start_run("broadcast", scheduled_for).await.unwrap();
    tx.enqueue_deliveries(run, &queued).await.unwrap();
    tx.commit().await.unwrap();
}

/// `consultbot deliveries --format json`, as an operator would run it.
fn figures(db: &TestDb) -> Vec<Value> {
    let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(["deliveries", "--format", "json"])
        .env("DATABASE_URL", &db.url)
        .env("RUST_LOG", "error")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Waits until the newest broadcast run (the test's; the bot may start a digest run of its
/// own) has nothing pending; its figures.
async fn finished(db: &TestDb) -> Value {
    let start = Instant::now();
    loop {
        let runs = figures(db);
        if let Some(run) = runs.iter().find(|r| r["kind"] == "broadcast")
            && run["pending"] == 0
        {
            return run.clone();
        }
        assert!(start.elapsed() < WAIT, "the run did not finish: {runs:?}");
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
}

fn sends(api: &FakeBotApi) -> Vec<Call> {
    api.calls_of("sendMessage")
}

fn chat_of(call: &Call) -> i64 {
    call.i64_param("chat_id").expect("a chat id")
}

/// The busiest one-second window of these calls holds at most `rate`.
fn assert_paced(calls: &[Call], rate: usize) {
    let mut times: Vec<Instant> = calls.iter().map(|c| c.at).collect();
    times.sort();
    let busiest = (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| **t - times[i] < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0);
    assert!(
        busiest <= rate,
        "{busiest} sends in one second, rate {rate}"
    );
}

async fn wait_for_sent(api: &FakeBotApi, count: usize) {
    let start = Instant::now();
    while sends(api).iter().filter(|c| c.ok()).count() < count {
        assert!(start.elapsed() < WAIT, "fewer than {count} sends");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

backend_tests!(
    a_run_killed_three_times_reaches_everyone_once,
    |db: TestDb| async move {
        const RATE: u32 = 50;
        let store = db.store().await;
        let chats = residents(&store, 5_000, 300).await;
        queue_run(&store, &chats, 1).await;
        let api = FakeBotApi::start().await;
        for kill_at in [40, 130, 220] {
            let bot = Bot::start(&api, &db, RATE);
            wait_for_sent(&api, kill_at).await;
            bot.kill9();
        }
        let bot = Bot::start(&api, &db, RATE);
        let run = finished(&db).await;
        drop(bot);
        eprintln!("after three kills: {run}");
        let calls = sends(&api);
        let mut per_chat: HashMap<i64, usize> = HashMap::new();
        for call in &calls {
            *per_chat.entry(chat_of(call)).or_default() += 1;
        }
        assert!(
            per_chat.values().all(|n| *n == 1),
            "nobody is sent it twice"
        );
        let (sent, unknown) = (
            run["sent"].as_i64().unwrap(),
            run["unknown"].as_i64().unwrap(),
        );
        assert_eq!(run["recipients"], 300, "{run}");
        assert_eq!(
            (run["failed"].as_i64(), run["unreachable"].as_i64()),
            (Some(0), Some(0))
        );
        assert_eq!(sent + unknown, 300, "{run}");
        assert!(
            unknown <= 3,
            "at most the call in flight at each kill: {run}"
        );
        let reached = calls.iter().filter(|c| c.ok()).count() as i64;
        assert!(
            reached >= sent && reached <= 300,
            "{reached} reached, {run}"
        );
        assert!(
            run["finished_at"].is_i64() && run["duration_secs"].is_i64(),
            "{run}"
        );
        assert_paced(&calls, RATE as usize);
        store.close().await;
    },
    multi_thread
);

backend_tests!(
    two_instances_share_the_rate,
    |db: TestDb| async move {
        const RATE: u32 = 20;
        let store = db.store().await;
        let chats = residents(&store, 7_000, 100).await;
        let api = FakeBotApi::start().await;
        // Polling twice with one token draws 409s from getUpdates; the outbox does not mind.
        let a = Bot::start(&api, &db, RATE);
        let b = Bot::start(&api, &db, RATE);
        queue_run(&store, &chats, 2).await;
        let run = finished(&db).await;
        drop((a, b));
        assert_eq!(run["sent"], 100, "{run}");
        let calls = sends(&api);
        assert_eq!(calls.len(), 100, "nobody twice");
        assert_paced(&calls, RATE as usize);
        store.close().await;
    },
    multi_thread
);

backend_tests!(
    a_429_waits_for_its_chat_and_a_blocked_resident_gets_no_attempt,
    |db: TestDb| async move {
        let store = db.store().await;
        let chats = residents(&store, 9_000, 8).await;
        let blocked = chats[3];
        let api = FakeBotApi::start().await;
        let bot = Bot::start(&api, &db, 25);
        // The resident blocks the bot: Telegram says so with my_chat_member.
        let update = api.push_my_chat_member(blocked.get(), "kicked");
        api.wait_until_confirmed(update, WAIT).await;
        api.rate_limit_next("sendMessage", 1, 3);
        queue_run(&store, &chats, 3).await;
        let run = finished(&db).await;
        let calls = sends(&api);
        assert!(
            calls.iter().all(|c| chat_of(c) != blocked.get()),
            "no attempt to the blocked resident"
        );
        assert_eq!(
            (run["sent"].as_i64(), run["unreachable"].as_i64()),
            (Some(7), Some(1)),
            "{run}"
        );
        let limited = calls.iter().find(|c| c.status == 429).expect("the 429");
        let chat = chat_of(limited);
        let retried = calls
            .iter()
            .find(|c| c.ok() && chat_of(c) == chat)
            .expect("sent after the wait");
        assert!(
            retried.at - limited.at >= Duration::from_secs(3),
            "waited retry_after: {:?}",
            retried.at - limited.at
        );
        let others_meanwhile = calls
            .iter()
            .filter(|c| c.ok() && c.at < retried.at && chat_of(c) != chat)
            .count();
        assert_eq!(others_meanwhile, 6, "the other chats went on");
        // The table for a person reading it.
        let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("deliveries")
            .env("DATABASE_URL", &db.url)
            .output()
            .unwrap();
        let table = String::from_utf8(out.stdout).unwrap();
        assert!(
            table.contains("recipients")
                && table.contains("broadcast")
                && table.contains("unreachable"),
            "{table}"
        );
        // Unblocked: reachable again.
        let update = api.push_my_chat_member(blocked.get(), "member");
        api.wait_until_confirmed(update, WAIT).await;
        drop(bot);
        let mut tx = store.read().await.unwrap();
        let reachable = tx.reachable_participants().await.unwrap();
        tx.commit().await.unwrap();
        assert!(reachable.iter().any(|r| r.chat_id == blocked));
        store.close().await;
    },
    multi_thread
);
