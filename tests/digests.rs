//! Digests: the schedule across daylight-saving changes, who gets a digest and in which language
//! (the engine and the outbox against a real store, as tests/outbox.rs does), and the binary's
//! schedule through the fake Bot API: a 6-field schedule fires on its own, and a slot missed
//! while the bot was down is caught up once, however often it restarts.

mod common;

use chrono::{TimeZone, Utc};
use common::{Backend, Resident, TestDb};
use consultbot::conversation::{Reply, Settings};
use consultbot::digest::{self, Schedule};
use consultbot::domain::{ChatId, Kind, Lang, Phase, SheetId, SheetText, Status, TelegramUserId};
use consultbot::outbox::{Courier, Outbox, SendOutcome};
use consultbot::store::{NewSheet, Store};
use fake_bot_api::FakeBotApi;
use std::collections::BTreeMap;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> i64 {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .unwrap()
        .timestamp()
}

#[test]
fn the_schedule_keeps_local_time_across_daylight_saving_changes() {
    let monday_nine = Schedule::parse(digest::DEFAULT_SCHEDULE, digest::DEFAULT_ZONE).unwrap();
    // Summer time starts on Sunday 28 March 2027: 09:00 is 08:00 UTC before, 07:00 UTC after.
    let before = monday_nine.next_after(utc(2027, 3, 20, 12, 0)).unwrap();
    assert_eq!(before, utc(2027, 3, 22, 8, 0));
    let after = monday_nine.next_after(before).unwrap();
    assert_eq!(after, utc(2027, 3, 29, 7, 0));
    assert_eq!(monday_nine.local(after), "2027-03-29 09:00:00 +02:00");
    // Summer time ends on Sunday 31 October 2027: back to 08:00 UTC.
    let before = monday_nine.next_after(utc(2027, 10, 23, 12, 0)).unwrap();
    assert_eq!(before, utc(2027, 10, 25, 7, 0));
    let after = monday_nine.next_after(before).unwrap();
    assert_eq!(after, utc(2027, 11, 1, 8, 0));
    assert_eq!(monday_nine.local(after), "2027-11-01 09:00:00 +01:00");
    // The latest slot before a time, for the catch-up at start.
    assert_eq!(
        monday_nine.latest_until(utc(2027, 11, 3, 0, 0)),
        Some(utc(2027, 11, 1, 8, 0))
    );
    // Every day at 09:00 for the week of the spring change: always 09:00 on the wall clock.
    let daily = Schedule::parse("0 9 * * *", "Europe/Copenhagen").unwrap();
    let mut at = utc(2027, 3, 26, 0, 0);
    let mut hours = Vec::new();
    for _ in 0..4 {
        at = daily.next_after(at).unwrap();
        hours.push(daily.local(at)[11..16].to_owned());
    }
    assert_eq!(hours, ["09:00"; 4]);
    assert_eq!(
        daily.next_after(utc(2027, 3, 28, 0, 0)),
        Some(utc(2027, 3, 28, 7, 0))
    );
    // 02:30 does not exist on the spring night and comes twice on the autumn night: the digest
    // goes out once each night all the same, at 03:00 and at the first 02:30.
    let night = Schedule::parse("30 2 * * *", "Europe/Copenhagen").unwrap();
    let nights = |from: i64| {
        let mut at = from;
        (0..3)
            .map(|_| {
                at = night.next_after(at).unwrap();
                night.local(at)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        nights(utc(2027, 3, 26, 12, 0)),
        [
            "2027-03-27 02:30:00 +01:00",
            "2027-03-28 03:00:00 +02:00",
            "2027-03-29 02:30:00 +02:00"
        ]
    );
    assert_eq!(
        nights(utc(2027, 10, 29, 12, 0)),
        [
            "2027-10-30 02:30:00 +02:00",
            "2027-10-31 02:30:00 +02:00",
            "2027-11-01 02:30:00 +01:00"
        ]
    );
}

#[test]
fn a_bad_schedule_or_zone_is_one_sentence() {
    for (expr, zone) in [("0 9 * *", "UTC"), ("0 9 * * Mon", "Mars/Olympus")] {
        let err = Schedule::parse(expr, zone).unwrap_err().to_string();
        assert!(!err.contains('\n'), "{err}");
        assert!(err.contains("CONSULTBOT_"), "{err}");
    }
}

/// Delivers everything and keeps what each chat got.
#[derive(Clone, Default)]
struct Inbox {
    got: Arc<Mutex<BTreeMap<i64, Vec<String>>>>,
}

impl Inbox {
    fn of(&self, chat: i64) -> Vec<String> {
        self.got
            .lock()
            .unwrap()
            .get(&chat)
            .cloned()
            .unwrap_or_default()
    }
}

impl Courier for Inbox {
    async fn deliver(&self, chat: ChatId, reply: &Reply) -> SendOutcome {
        let mut got = self.got.lock().unwrap();
        let texts = got.entry(chat.get()).or_default();
        texts.push(reply.text.to_plain());
        SendOutcome::Sent {
            message_id: texts.len() as i64,
        }
    }
}

/// Sends until nothing is queued; a chat that just got a message waits its second first.
async fn drain(store: &Store, inbox: &Inbox) {
    let outbox = Outbox::new(store.clone(), inbox.clone()).paced(1000);
    let start = Instant::now();
    loop {
        outbox.drain_once().await.unwrap();
        if sent_count(store).await.0 == 0 {
            return;
        }
        assert!(start.elapsed() < WAIT, "the outbox never empties");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

const ADMIN: i64 = 900;

fn settings() -> Settings {
    Settings {
        admins: vec![TelegramUserId::new(ADMIN)],
        ..Settings::default()
    }
}

async fn joined(store: &Store, id: i64, lang: &str, digest: Option<&str>) -> Resident {
    let mut r = Resident::with_settings(store, id, lang, settings());
    r.says("/start").await;
    if let Some(choice) = digest {
        r.says(&format!("/digest {choice}")).await;
    }
    r
}

async fn english_text(store: &Store, sheet: SheetId) -> String {
    let mut tx = store.read().await.unwrap();
    let row = tx.sheet(sheet, None, Lang::En).await.unwrap().unwrap();
    tx.commit().await.unwrap();
    row.summary.translation.expect("the seed has English").0
}

backend_tests!(
    opted_in_residents_get_one_digest_in_their_language,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut danish = joined(&store, 1, "da", Some("on")).await;
        joined(&store, 2, "en", Some("on")).await;
        joined(&store, 3, "ar", Some("on")).await;
        joined(&store, 4, "pl", Some("on")).await;
        let mut changed_mind = joined(&store, 5, "en", Some("on")).await;
        assert!(
            changed_mind
                .says("/digest off")
                .await
                .contains("no digests")
        );
        joined(&store, 6, "en", None).await;
        joined(&store, 7, "en", Some("on")).await;
        let mut tx = store.write().await.unwrap();
        tx.mark_unreachable(ChatId::new(7)).await.unwrap();
        tx.commit().await.unwrap();
        joined(&store, ADMIN, "en", Some("on")).await;
        // A sticker puts sheet 1 on top; a sheet written after they joined is new to them.
        danish.says("/vote 1").await;
        tokio::time::sleep(Duration::from_millis(1100)).await;
        let new_sheet = {
            let mut tx = store.write().await.unwrap();
            let me = tx
                .participant_by_telegram_id(TelegramUserId::new(1))
                .await
                .unwrap()
                .unwrap();
            let theme = tx
                .sheet(SheetId::new(1), None, Lang::Da)
                .await
                .unwrap()
                .unwrap();
            let id = tx
                .submit_sheet(NewSheet {
                    theme_id: theme.summary.theme_id,
                    kind: Kind::Solution,
                    text: &SheetText::parse("Lektiecafé på biblioteket hver tirsdag").unwrap(),
                    lang: Lang::Da,
                    author_id: me.id,
                    status: Status::Visible,
                })
                .await
                .unwrap();
            tx.commit().await.unwrap();
            id
        };

        let digest::Started::Queued(summary) = digest::run_now(&store, &settings().admins, 1_000)
            .await
            .unwrap()
        else {
            panic!("a new run")
        };
        assert_eq!((summary.residents, summary.facilitators), (4, 1));
        assert_eq!(
            digest::run_now(&store, &settings().admins, 1_000)
                .await
                .unwrap(),
            digest::Started::AlreadyRun,
            "the same slot never runs twice"
        );
        let inbox = Inbox::default();
        drain(&store, &inbox).await;
        let greeting = [
            (1, "Nyt fra"),
            (2, "News from"),
            (3, "أخبار"),
            (4, "Wiadomości"),
        ];
        for (chat, words) in greeting {
            let got = inbox.of(chat);
            assert_eq!(got.len(), 1, "chat {chat}: {got:?}");
            assert!(got[0].contains(words), "chat {chat}: {}", got[0]);
            assert!(got[0].contains(&format!("#{new_sheet}")), "{}", got[0]);
            assert!(got[0].chars().count() < 4096);
        }
        // Sheet texts in the reader's translation.
        let english = english_text(&store, SheetId::new(1)).await;
        let start: String = english.chars().take(20).collect();
        assert!(
            inbox.of(2)[0].contains(&start),
            "{start:?} in {}",
            inbox.of(2)[0]
        );
        assert!(inbox.of(1)[0].contains("Lektiecafé"));
        for chat in [5, 6, 7] {
            assert!(
                inbox.of(chat).is_empty(),
                "chat {chat} opted out, never in, or blocked the bot"
            );
        }
        let admin = inbox.of(ADMIN);
        assert_eq!(admin.len(), 1);
        assert!(admin[0].contains("Digest for facilitators"), "{}", admin[0]);
        assert!(
            admin[0].contains("New sheets by residents: 1"),
            "{}",
            admin[0]
        );

        // Closed, nothing new since: no sticker to give and nothing to tell.
        let mut tx = store.write().await.unwrap();
        let consultation = tx.current_consultation(Lang::En).await.unwrap().unwrap();
        tx.set_phase(consultation.id, Phase::Closed).await.unwrap();
        tx.commit().await.unwrap();
        let digest::Started::Queued(summary) = digest::run_now(&store, &settings().admins, 2_000)
            .await
            .unwrap()
        else {
            panic!("the facilitator's digest")
        };
        assert_eq!((summary.residents, summary.facilitators), (0, 1));
        drain(&store, &inbox).await;
        assert_eq!(inbox.of(2).len(), 1);
        let admin = inbox.of(ADMIN);
        assert!(admin[1].contains("recipients: 5, sent: 5"), "{}", admin[1]);
    }
);

backend_tests!(
    onboarding_asks_once_and_digest_now_is_for_facilitators,
    |db: TestDb| async move {
        let store = db.store().await;
        // Nobody asked yet: no run is recorded, and the slot stays open.
        for _ in 0..2 {
            assert_eq!(
                digest::run_now(&store, &[], 5).await.unwrap(),
                digest::Started::NothingToSend
            );
        }
        let mut tx = store.read().await.unwrap();
        assert!(tx.run_figures(10).await.unwrap().is_empty());
        tx.commit().await.unwrap();
        let mut r = Resident::with_settings(&store, 10, "en", settings());
        r.says("/start").await;
        // The optional questions come after the first sheet read.
        r.says("/item 1").await;
        r.taps("Skip").await;
        let text = r.taps("Skip").await;
        assert!(text.contains("short digest"), "{text}");
        assert!(!text.contains("how old"), "one question at a time: {text}");
        let text = r.taps("Yes, please").await;
        assert!(text.contains("You will get a short digest"), "{text}");
        assert!(r.says("/digest").await.contains("You will get"));
        assert!(r.says("/digest weekly").await.contains("/digest on"));
        assert!(
            r.says("/digest now")
                .await
                .contains("do not know that command"),
            "a resident cannot start a run: {}",
            r.text()
        );
        let mut admin = Resident::with_settings(&store, ADMIN, "en", settings());
        let text = admin.says("/digest now").await;
        assert!(text.contains("Digest started: 1 message"), "{text}");
        let text = admin.says("/audit").await;
        assert!(text.contains("digest sent now"), "{text}");
        // Moderators may too (in the same second it is the same run: nothing more is queued).
        admin.says("/grant moderator 11").await;
        let mut moderator = Resident::with_settings(&store, 11, "en", settings());
        let text = moderator.says("/digest now").await;
        assert!(
            text.contains("Digest started")
                || text.contains("just started")
                || text.contains("Nobody has"),
            "{text}"
        );
        // What /mydata's document says about digests.
        let mut tx = store.read().await.unwrap();
        let me = tx
            .participant_by_telegram_id(TelegramUserId::new(10))
            .await
            .unwrap()
            .unwrap();
        let data = tx.resident_data(me.id).await.unwrap().unwrap();
        tx.commit().await.unwrap();
        assert!(data.participant.digest && data.participant.last_digest_at.is_some());
        // The button under a digest turns it off.
        let inbox = Inbox::default();
        drain(&store, &inbox).await;
        assert_eq!(inbox.of(10).len(), 1);
        r.taps_data("dg:0").await;
        assert!(r.text().contains("no digests"), "{}", r.text());
    }
);

// ----- the binary -----

const WAIT: Duration = Duration::from_secs(20);

struct Bot(Child);

impl Bot {
    fn start(api: &FakeBotApi, db: &TestDb, schedule: &str) -> Bot {
        Bot(Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("run")
            .env("TELOXIDE_TOKEN", api.token())
            .env("TELOXIDE_API_URL", api.url())
            .env("DATABASE_URL", &db.url)
            .env("CONSULTBOT_DIGEST_SCHEDULE", schedule)
            .env("CONSULTBOT_TIMEZONE", "UTC")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the bot starts"))
    }

    /// SIGTERM, and wait for the end.
    fn stop(mut self) {
        let _ = Command::new("kill")
            .args(["-TERM", &self.0.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < WAIT {
            if let Ok(Some(_)) = self.0.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        if let Ok(None) = self.0.try_wait() {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

fn digests_in(api: &FakeBotApi, chat: i64) -> usize {
    api.sent_to(chat)
        .iter()
        .filter(|m| m.shown().contains("News from"))
        .count()
}

async fn six_fields_fire_while_running(db: TestDb) {
    let api = FakeBotApi::start().await;
    let bot = Bot::start(&api, &db, "*/2 * * * * *");
    api.push_message(31, "/start", Some("en"));
    api.push_message(31, "/digest on", Some("en"));
    api.wait_for_message(31, |m| m.shown().contains("You will get"), WAIT)
        .await;
    let digest = api
        .wait_for_message(31, |m| m.shown().contains("News from"), WAIT)
        .await;
    assert!(
        digest.shown().contains("left to give"),
        "{}",
        digest.shown()
    );
    assert!(
        digest
            .buttons()
            .iter()
            .any(|(label, _)| label == "Stop digests"),
        "{:?}",
        digest.buttons()
    );
    bot.stop();
    api.assert_clean();
}

#[tokio::test]
async fn a_six_field_schedule_fires_on_its_own() {
    common::with_db(Backend::Sqlite, six_fields_fire_while_running).await;
}

async fn missed_slot_once(db: TestDb) {
    let store = db.store().await;
    joined(&store, 41, "en", Some("on")).await;
    // A deployment that has been running for years, and was down at the last New Year.
    let mut tx = store.write().await.unwrap();
    tx.set_digests_watched_since(0).await.unwrap();
    tx.commit().await.unwrap();
    let api = FakeBotApi::start().await;
    // Once a year, at New Year: the last one passed while no bot ran.
    let yearly = "0 0 1 1 *";
    let bot = Bot::start(&api, &db, yearly);
    api.wait_for_message(41, |m| m.shown().contains("News from"), WAIT)
        .await;
    // Stopped once the delivery is recorded as sent, not while it is in flight.
    let start = Instant::now();
    while sent_count(&store).await != (0, 1, 0) {
        assert!(start.elapsed() < WAIT, "the delivery is never recorded");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    bot.stop();
    for _ in 0..2 {
        let since = api.call_count();
        let bot = Bot::start(&api, &db, yearly);
        // Started, polling, and the outbox has had its turn.
        api.wait_for_call_since(since, "getMe", |_| true, WAIT)
            .await;
        tokio::time::sleep(Duration::from_secs(3)).await;
        bot.stop();
    }
    assert_eq!(digests_in(&api, 41), 1, "caught up once, not at each start");
    assert_eq!(sent_count(&store).await, (0, 1, 0));
}

/// (queued, sent, failed) over all deliveries.
async fn sent_count(store: &Store) -> (i64, i64, i64) {
    let mut tx = store.read().await.unwrap();
    let counts = tx.delivery_counts(None).await.unwrap();
    tx.commit().await.unwrap();
    counts
}

#[tokio::test]
async fn a_missed_slot_is_caught_up_once() {
    common::with_db(Backend::Sqlite, missed_slot_once).await;
}

#[tokio::test]
#[cfg_attr(
    not(pg_tests),
    ignore = "set TEST_DATABASE_URL to run the PostgreSQL variant"
)]
async fn a_missed_slot_is_caught_up_once_postgres() {
    common::with_db(Backend::Postgres, missed_slot_once).await;
}

fn cli(db: &TestDb, args: &[&str], env: &[(&str, &str)]) -> (bool, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(args)
        .envs(env.iter().copied())
        .env("DATABASE_URL", &db.url)
        .env_remove("TELOXIDE_TOKEN")
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

async fn command_line(db: TestDb) {
    let store = db.store().await;
    joined(&store, 51, "da", Some("on")).await;
    let (ok, err) = cli(
        &db,
        &["run"],
        &[("CONSULTBOT_DIGEST_SCHEDULE", "every monday")],
    );
    assert!(!ok);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("CONSULTBOT_DIGEST_SCHEDULE"), "{err}");
    let (ok, err) = cli(
        &db,
        &["digest"],
        &[("CONSULTBOT_TIMEZONE", "Europe/Berlin ")],
    );
    assert!(ok, "{err}");
    assert!(
        err.contains("Europe/Berlin") && err.contains(" 09:00:00 +0"),
        "{err}"
    );
    let (ok, err) = cli(&db, &["digest", "--now"], &[]);
    assert!(ok, "{err}");
    assert!(err.contains("1 resident(s)"), "{err}");
    let mut tx = store.read().await.unwrap();
    assert_eq!(tx.delivery_counts(None).await.unwrap(), (1, 0, 0));
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn the_command_line_checks_the_schedule_and_starts_a_run() {
    common::with_db(Backend::Sqlite, command_line).await;
}
