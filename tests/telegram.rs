//! The release binary driven through the Telegram Bot API wire protocol: a fake Bot API server on
//! loopback validates every request against the published spec, so teloxide's real client runs.

mod common;
mod support;

use common::{Backend, TestDb};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::fake_bot_api::{FakeBotApi, SentMessage};

const WAIT: Duration = Duration::from_secs(20);

struct Bot {
    child: Child,
}

impl Bot {
    fn start(api: &FakeBotApi, db: &TestDb) -> Bot {
        let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("run")
            .env("TELOXIDE_TOKEN", api.token())
            .env("TELOXIDE_API_URL", api.url())
            .env("DATABASE_URL", &db.url)
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the bot starts");
        Bot { child }
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .args([&format!("-{name}"), &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }

    /// Waits for the process to end; its exit status.
    fn wait_exit(&mut self, limit: Duration) -> std::process::ExitStatus {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                start.elapsed() < limit,
                "the bot did not stop within {limit:?}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn has_text(m: &SentMessage, needle: &str) -> bool {
    m.shown().contains(needle)
}

async fn run_welcome_and_sigterm(db: TestDb) {
    let api = FakeBotApi::start().await;
    let mut bot = Bot::start(&api, &db);

    api.push_message(1001, "/start", Some("da"));
    let welcome = api
        .wait_for_message(
            1001,
            |m| has_text(m, "Københavns nye integrationspolitik"),
            WAIT,
        )
        .await;
    let labels: Vec<String> = welcome
        .buttons()
        .into_iter()
        .map(|(label, _)| label)
        .collect();
    for theme in ["Udsatte", "Beskæftigelse", "Den inddragende by", "Unge"] {
        assert!(labels.iter().any(|l| l == theme), "{theme} in {labels:?}");
    }

    // A button edits the message in place, and its callback query is answered.
    api.press_button(1001, welcome.message_id, "Unge", Some("da"));
    api.wait_for_message(
        1001,
        |m| m.message_id == welcome.message_id && has_text(m, "løsninger indtil nu"),
        WAIT,
    )
    .await;
    // Stale or forged data is answered too.
    api.push_callback(1001, welcome.message_id, "forged:data", Some("da"));
    api.push_callback(1001, 999, "s:1", Some("da"));
    api.wait_callbacks_answered(WAIT).await;
    // Resident text is escaped for Telegram's HTML.
    api.push_message(1001, "<b>hej</b> & farvel", Some("da"));
    api.wait_for_message(1001, |m| has_text(m, "Det forstod jeg ikke"), WAIT)
        .await;

    let stop = Instant::now();
    bot.signal("TERM");
    let status = bot.wait_exit(Duration::from_secs(10));
    assert!(status.success(), "exit status {status:?}");
    assert!(
        stop.elapsed() < Duration::from_secs(5),
        "stopped in {:?}",
        stop.elapsed()
    );
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn answers_start_and_stops_on_sigterm_sqlite() {
    run_welcome_and_sigterm(TestDb::new(Backend::Sqlite).await.unwrap()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn answers_start_and_stops_on_sigterm_postgres() {
    let Some(db) = TestDb::new(Backend::Postgres).await else {
        return;
    };
    run_welcome_and_sigterm(db).await;
}

/// Kills the bot while a batch is handled but not yet confirmed to Telegram, restarts it, and
/// checks that every update was applied exactly once: no lost vote, no second answer.
async fn run_kill_and_restart(db: TestDb) {
    let api = FakeBotApi::start().await;
    // The updates wait before the bot starts, so its first getUpdates fetches them as one batch.
    // One reply of the batch is held back by Telegram's "too many requests", so the batch is
    // committed but not confirmed when the bot dies.
    api.fail_next(
        "sendMessage",
        429,
        "Too Many Requests: retry after 5",
        Some(5),
    );
    let users: Vec<i64> = (2001..=2006).collect();
    let updates: Vec<i64> = users
        .iter()
        .enumerate()
        .map(|(i, user)| api.push_message(*user, &format!("/vote {}", i + 1), Some("en")))
        .collect();
    let mut bot = Bot::start(&api, &db);
    let deadline = Instant::now() + WAIT;
    while api
        .calls_of("sendMessage")
        .iter()
        .filter(|c| c.ok())
        .count()
        < 5
    {
        assert!(Instant::now() < deadline, "the batch was not handled");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    bot.child.kill().unwrap();
    bot.child.wait().unwrap();
    let unconfirmed = api.pending_updates().len();
    assert!(
        unconfirmed > 0,
        "the kill came after the batch was confirmed: the test proves nothing"
    );

    let mut bot = Bot::start(&api, &db);
    for id in &updates {
        api.wait_until_confirmed(*id, WAIT).await;
    }
    // Each resident got one answer at most (the held-back one may be lost with the crash, its
    // vote is not), and never a second one from a redelivered update.
    for user in &users {
        let answers = api
            .sent_to(*user)
            .iter()
            .filter(|m| m.method == "sendMessage")
            .count();
        assert!(answers <= 2, "user {user} got {answers} messages");
        let already = api
            .sent_to(*user)
            .iter()
            .any(|m| has_text(m, "already gave"));
        assert!(!already, "an update was applied twice for {user}");
    }
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(10)).success());

    let store = db.store().await;
    let mut tx = store.read().await.unwrap();
    let c = tx
        .current_consultation(consultbot::domain::Lang::Da)
        .await
        .unwrap()
        .unwrap();
    let sheets = tx.export_sheets(c.id).await.unwrap();
    for id in 1..=6 {
        let votes = sheets.iter().find(|s| s.id == id).unwrap().votes;
        assert_eq!(votes, 1, "sheet #{id}");
    }
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn applies_each_update_once_across_a_crash_sqlite() {
    run_kill_and_restart(TestDb::new(Backend::Sqlite).await.unwrap()).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn applies_each_update_once_across_a_crash_postgres() {
    let Some(db) = TestDb::new(Backend::Postgres).await else {
        return;
    };
    run_kill_and_restart(db).await;
}
