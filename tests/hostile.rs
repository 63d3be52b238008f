//! Hostile and odd input. Through the fake Bot API and the debug binary: a flood from one
//! resident does not hold back another, and update kinds the bot does not handle are ignored
//! quietly without blocking the offset. Through the engine: a named corpus of odd texts,
//! commands and callback data is answered without panic, rendered as valid Telegram HTML within
//! its limits, and stores nothing.

mod common;

use common::{Backend, Resident, TestDb};
use consultbot::conversation::{Reply, Settings};
use consultbot::domain::{Lang, TelegramUserId};
use consultbot::flood::FloodLimits;
use consultbot::store::Store;
use fake_bot_api::{FakeBotApi, SentMessage};
use serde_json::json;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

/// The debug binary in polling mode against the fake; stopped with SIGTERM when dropped.
struct Bot(Child);

impl Bot {
    fn start(api: &FakeBotApi, db: &TestDb) -> Bot {
        let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("run")
            .env("TELOXIDE_TOKEN", api.token())
            .env("TELOXIDE_API_URL", api.url())
            .env("DATABASE_URL", &db.url)
            .env("RUST_LOG", "warn")
            .env_remove("CONSULTBOT_FLOOD_ACTIONS")
            .env_remove("CONSULTBOT_FLOOD_WRITES")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the bot starts");
        Bot(child)
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
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

fn has_text(m: &SentMessage, needle: &str) -> bool {
    m.shown().contains(needle)
}

const SLOW_DOWN: &str = "Please slow down";

/// 500 messages from one resident: another resident is answered within a second, the flooder
/// is told to slow down once, and the flood's updates are all confirmed.
async fn run_flood(db: TestDb) {
    let api = FakeBotApi::start().await;
    let _bot = Bot::start(&api, &db);
    // The bot is up and polling.
    api.push_message(1, "/start", Some("en"));
    api.wait_for_message(1, |m| has_text(m, "Copenhagen"), WAIT)
        .await;

    let mut last = 0;
    for i in 0..500 {
        last = api.push_message(2001, &format!("hello {i}"), Some("en"));
    }
    let pushed = Instant::now();
    api.push_message(2002, "/start", Some("da"));
    api.wait_for_message(2002, |m| has_text(m, "integrationspolitik"), WAIT)
        .await;
    let answered = pushed.elapsed();
    eprintln!("another resident answered {answered:?} after a flood of 500");
    assert!(
        answered < Duration::from_secs(1),
        "another resident waited {answered:?} behind the flood"
    );
    api.wait_until_confirmed(last, WAIT).await;
    let told = api
        .sent_to(2001)
        .iter()
        .filter(|m| has_text(m, SLOW_DOWN))
        .count();
    assert_eq!(told, 1, "told to slow down once per burst");
    let answered_flood = api.sent_to(2001).len();
    assert!(
        answered_flood <= 30,
        "{answered_flood} replies to a flood of 500"
    );
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn a_flood_does_not_hold_back_others_sqlite() {
    common::with_db(Backend::Sqlite, run_flood).await;
}

/// `/mydata` through Telegram: a document (sendDocument) named .json, holding the resident's
/// sheet in full.
async fn run_mydata_document(db: TestDb) {
    let api = FakeBotApi::start().await;
    let _bot = Bot::start(&api, &db);
    let long = "Free swimming lessons for girls in every district, with female instructors \
                and changing rooms that give privacy";
    for step in ["/add", "1", "1", long, "1"] {
        let before = api.sent_to(4001).len();
        api.push_message(4001, step, Some("en"));
        let start = Instant::now();
        while api.sent_to(4001).len() <= before {
            assert!(start.elapsed() < WAIT, "no answer to {step:?}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    api.push_message(4001, "/mydata", Some("en"));
    let sent = api
        .wait_for_message(4001, |m| m.method == "sendDocument", WAIT)
        .await;
    let file = sent.document.expect("a document");
    assert!(file.file_name.ends_with(".json"), "{}", file.file_name);
    let doc: serde_json::Value = serde_json::from_slice(&file.bytes).unwrap();
    assert_eq!(doc["sheets"][0]["text"], long);
    assert_eq!(doc["participant"]["telegram_user_id"], 4001);
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn mydata_is_sent_as_a_json_document_sqlite() {
    common::with_db(Backend::Sqlite, run_mydata_document).await;
}

fn user(id: i64) -> serde_json::Value {
    json!({"id": id, "is_bot": false, "first_name": "Ann", "language_code": "en"})
}

fn private(id: i64) -> serde_json::Value {
    json!({"id": id, "type": "private", "first_name": "Ann"})
}

fn message(id: i64, extra: serde_json::Value) -> serde_json::Value {
    let mut m =
        json!({"message_id": 1, "from": user(id), "chat": private(id), "date": 1_700_000_000});
    for (k, v) in extra.as_object().unwrap() {
        m[k] = v.clone();
    }
    m
}

/// Kinds of update and message the bot has nothing to say to: no reply, and the offset moves on.
async fn run_unhandled_kinds(db: TestDb) {
    let api = FakeBotApi::start().await;
    let _bot = Bot::start(&api, &db);
    let u = 3001;
    let mut delivered = Vec::new();
    // Messages Telegram delivers (they are `message` updates) but that carry no text.
    for extra in [
        json!({"sticker": {"file_id": "s", "file_unique_id": "s1", "type": "regular",
            "width": 512, "height": 512, "is_animated": false, "is_video": false, "emoji": "😀"}}),
        json!({"photo": [{"file_id": "p", "file_unique_id": "p1", "width": 90, "height": 90}]}),
        json!({"location": {"latitude": 55.67, "longitude": 12.56}}),
        json!({"contact": {"phone_number": "+4512345678", "first_name": "Bo"}}),
        json!({"dice": {"emoji": "🎲", "value": 3}}),
    ] {
        delivered.push(api.push_update(json!({"message": message(u, extra)})));
    }
    // A command in a group the bot was added to: only private chats are served.
    delivered.push(api.push_update(json!({"message": {
        "message_id": 2, "from": user(u), "date": 1_700_000_000, "text": "/start",
        "chat": {"id": -5001, "type": "group", "title": "g"},
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}})));
    // Kinds the bot does not ask for: Telegram (and the fake) never deliver them.
    for update in [
        json!({"edited_message": message(u, json!({"text": "/vote 3", "edit_date": 1_700_000_100}))}),
        json!({"channel_post": {"message_id": 3, "date": 1_700_000_000, "text": "/start",
            "chat": {"id": -1001, "type": "channel", "title": "c"}}}),
        json!({"poll": {"id": "9", "question": "q?", "options": [{"text": "a", "voter_count": 0}],
            "total_voter_count": 0, "is_closed": false, "is_anonymous": true,
            "type": "regular", "allows_multiple_answers": false}}),
        json!({"inline_query": {"id": "7", "from": user(u), "query": "3", "offset": ""}}),
    ] {
        api.push_update(update);
    }
    for id in delivered {
        api.wait_until_confirmed(id, WAIT).await;
    }
    // A reply is sent before its update is confirmed, so none will come.
    assert!(api.sent_to(u).is_empty(), "{:?}", api.sent_to(u));
    // The offset is not blocked: the next real message is answered, and it is the only answer.
    let start = api.push_message(u, "/start", Some("en"));
    api.wait_for_message(u, |m| has_text(m, "Copenhagen"), WAIT)
        .await;
    api.wait_until_confirmed(start, WAIT).await;
    assert!(api.sent_to(-5001).is_empty());
    assert!(api.pending_updates().is_empty());
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn unhandled_update_kinds_are_ignored_quietly_sqlite() {
    common::with_db(Backend::Sqlite, run_unhandled_kinds).await;
}

/// The same kinds through a webhook, where Telegram may send them all: each is answered 200,
/// nothing is sent, and the next real message is served.
async fn run_unhandled_kinds_webhook(db: TestDb) {
    let api = FakeBotApi::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/hook");
    let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args([
            "run",
            "--webhook-url",
            &url,
            "--listen",
            &format!("127.0.0.1:{port}"),
        ])
        .env("TELOXIDE_TOKEN", api.token())
        .env("TELOXIDE_API_URL", api.url())
        .env("DATABASE_URL", &db.url)
        .env("CONSULTBOT_WEBHOOK_SECRET", "hostile-test")
        .env("RUST_LOG", "error")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let _bot = Bot(child);
    api.wait_for_call("setWebhook", |c| c.ok(), WAIT).await;
    let u = 5001;
    let client = reqwest::Client::new();
    let post = |id: i64, mut update: serde_json::Value| {
        update["update_id"] = json!(id);
        client
            .post(&url)
            .header("X-Telegram-Bot-Api-Secret-Token", "hostile-test")
            .json(&update)
            .send()
    };
    let updates = [
        json!({"edited_message": message(u, json!({"text": "/vote 3", "edit_date": 1_700_000_100}))}),
        json!({"channel_post": {"message_id": 3, "date": 1_700_000_000, "text": "/start",
            "chat": {"id": -1001, "type": "channel", "title": "c"}}}),
        json!({"poll": {"id": "9", "question": "q?", "options": [{"text": "a", "voter_count": 0}],
            "total_voter_count": 0, "is_closed": false, "is_anonymous": true,
            "type": "regular", "allows_multiple_answers": false}}),
        json!({"inline_query": {"id": "7", "from": user(u), "query": "3", "offset": ""}}),
        json!({"message": message(u, json!({"sticker": {"file_id": "s", "file_unique_id": "s1",
            "type": "regular", "width": 512, "height": 512, "is_animated": false,
            "is_video": false}}))}),
        json!({"message": message(u, json!({"photo": [{"file_id": "p", "file_unique_id": "p1",
            "width": 90, "height": 90}]}))}),
        json!({"some_future_kind": {"id": 1}}),
    ];
    // The listener may need a moment after setWebhook.
    let deadline = Instant::now() + WAIT;
    while post(1, updates[0].clone()).await.is_err() {
        assert!(Instant::now() < deadline, "the webhook does not answer");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    for (i, update) in updates.into_iter().enumerate() {
        let status = post(10 + i as i64, update.clone()).await.unwrap().status();
        assert_eq!(status, 200, "{update}");
    }
    assert!(api.sent_to(u).is_empty(), "{:?}", api.sent_to(u));
    let status = post(
        100,
        json!({"message": message(u, json!({"text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}]}))}),
    )
    .await
    .unwrap()
    .status();
    assert_eq!(status, 200);
    assert!(api.sent_to(u).iter().any(|m| has_text(m, "Copenhagen")));
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn unhandled_update_kinds_are_ignored_quietly_by_the_webhook_sqlite() {
    common::with_db(Backend::Sqlite, run_unhandled_kinds_webhook).await;
}

// ----- the corpus, through the engine -----

/// Odd texts, each named for what it tries.
fn texts() -> Vec<(&'static str, String)> {
    vec![
        (
            "html markup",
            "<b>bold</b> <script>alert(1)</script> <a href=\"x\">l</a>".into(),
        ),
        (
            "html entities",
            "&amp; &lt;b&gt; &#60; &nbsp; &unknown; & ; &".into(),
        ),
        (
            "markdown",
            "*bold* _it_ `code` [link](http://x) ~~s~~ ||spoiler|| \\_".into(),
        ),
        (
            "right-to-left override",
            "\u{202E}txet desrever\u{202C} and \u{2067}isolate".into(),
        ),
        (
            "zero-width only",
            "\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF}".into(),
        ),
        (
            "zero-width inside",
            "Fri\u{200B}tids\u{200D}job til unge\u{FEFF}".into(),
        ),
        ("5,000 characters", "Lang tekst ".repeat(455)),
        ("5,000 Arabic characters", "ي".repeat(5000)),
        ("emoji only", "😀🎉👍🏽👨‍👩‍👧‍👦🇩🇰".into()),
        ("one emoji", "👍".into()),
        ("NUL and controls", "før\0efter\u{7}\u{1b}[31m rød".into()),
        (
            "combining marks",
            "Z\u{0351}\u{0365}\u{036b}a\u{0352}\u{0310}l\u{033e}g\u{0364}o".repeat(40),
        ),
        (
            "private use and noncharacters",
            "\u{E000}\u{F8FF}\u{FFFE}\u{FFFF}\u{10FFFF} tekst".into(),
        ),
        (
            "line and paragraph separators",
            "a\u{2028}b\u{2029}c d e f".into(),
        ),
        ("mixed scripts and digits", "مرحبا 123 #4 Привіт ١٢٣".into()),
        ("whitespace only", "   \n\t \u{3000}\u{A0}".into()),
        ("huge number", "99999999999999999999".into()),
        ("negative number", "-1".into()),
        ("zero", "0".into()),
        ("a hash and zero", "#0".into()),
    ]
}

/// Commands with odd arguments; none of them changes anything for a resident.
const COMMANDS: &[&str] = &[
    "/vote -1",
    "/vote 99999999999999999999",
    "/vote 0",
    "/vote #0",
    "/vote 1e3",
    "/vote ١٢",
    "/vote 3 4",
    "/vote",
    "/unvote 18446744073709551616",
    "/unvote -9223372036854775808",
    "/item 0",
    "/item -5",
    "/item 9223372036854775807",
    "/item <b>1</b>",
    "/item",
    "/start sheet-99999999999999999999",
    "/start theme-<b>",
    "/start \u{202E}",
    "/forget nonsense",
    "/forget ALL ALL",
    "/tally 3 -5",
    "/hide 3",
    "/phase closed",
    "/grant moderator 1",
    "/VOTE -3",
    "/vote@otherbot 3",
    "/",
    "//",
    "/\u{202E}vote 3",
    "/vote\u{200B} 3",
    "/😀",
];

/// Callback data a forger might send.
fn callback_data() -> Vec<String> {
    vec![
        String::new(),
        "s:-1".into(),
        "v:99999999999999999999".into(),
        "v:0".into(),
        "sw:3:-3".into(),
        "l:1:c:4294967296".into(),
        "x".repeat(100),
        "ok".into(),
        "bc".into(),
        "ap:s:3".into(),
        "hd:d:1".into(),
        "lg:xx".into(),
        "fg:everything".into(),
        "\0".into(),
        "v:3\u{202E}".into(),
    ]
}

/// Every reply as Telegram would get it: valid HTML, within 4096 units, non-empty, with callback
/// data of at most 64 bytes.
fn check_replies(replies: &[Reply], what: &str) {
    for reply in replies {
        let html = consultbot::telegram::html(&reply.text);
        let visible = fake_bot_api::html_visible_text(&html)
            .unwrap_or_else(|e| panic!("{what}: {e} in {html:?}"));
        assert!(
            visible.encode_utf16().count() <= 4096,
            "{what}: {} units",
            visible.encode_utf16().count()
        );
        assert!(!visible.trim().is_empty(), "{what}: an empty message");
        for button in reply.choices() {
            assert!(!button.label.trim().is_empty(), "{what}: a blank button");
            assert!(button.action.to_string().len() <= 64, "{what}");
        }
    }
}

/// Sheets, details and stickers: what must not change under bad input.
async fn footprint(store: &Store) -> (usize, usize, i64) {
    let mut tx = store.read().await.unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    let sheets = tx.export_sheets(c.id).await.unwrap();
    (
        sheets.len(),
        sheets.iter().map(|s| s.details.len()).sum(),
        sheets.iter().map(|s| s.votes).sum(),
    )
}

fn relaxed() -> Settings {
    Settings {
        flood: FloodLimits {
            actions: "100000/1s".parse().unwrap(),
            writes: "100000/1s".parse().unwrap(),
        },
        ..Settings::default()
    }
}

backend_tests!(
    the_corpus_is_answered_and_stores_nothing,
    |db: TestDb| async move {
        let store = db.store().await;
        let before = footprint(&store).await;
        // Known, as `run` learns it at start-up: a command for another bot is not ours.
        {
            let mut tx = store.write().await.unwrap();
            tx.set_bot_username("consultbot_bot").await.unwrap();
            tx.commit().await.unwrap();
        }
        for lang in ["en", "ar"] {
            let mut r = Resident::with_settings(&store, 71, lang, relaxed());
            for (name, text) in texts() {
                // Typed with nothing going on.
                r.says(&text).await;
                check_replies(r.replies(), &format!("{lang} {name} as a message"));
                // Typed as a new sheet, then as a detail; never confirmed.
                r.says("/add").await;
                r.says("1").await;
                r.says("1").await;
                r.says(&text).await;
                check_replies(r.replies(), &format!("{lang} {name} as a sheet"));
                r.says("/cancel").await;
                r.says("/item 3").await;
                r.says(&format!("/vote {text}")).await;
                check_replies(r.replies(), &format!("{lang} {name} as /vote"));
                r.says(&format!("/item {text}")).await;
                check_replies(r.replies(), &format!("{lang} {name} as /item"));
            }
            for command in COMMANDS {
                r.says(command).await;
                check_replies(r.replies(), &format!("{lang} {command:?}"));
            }
            for data in callback_data() {
                r.taps_data(&data).await;
                check_replies(r.replies(), &format!("{lang} button {data:?}"));
            }
            r.says("/cancel").await;
        }
        // Answered, and nothing stored: no sheet, no detail, no sticker.
        assert_eq!(footprint(&store).await, before);
        // A command for another bot is not answered at all.
        let mut r = Resident::with_settings(&store, 72, "en", relaxed());
        r.says("/start").await;
        r.says("/vote@otherbot 3").await;
        assert!(r.replies().is_empty());
        assert_eq!(footprint(&store).await, before);
        // Messages without text (a sticker, a photo) get no answer and leave the dialogue alone.
        r.says("/add").await;
        r.says("").await;
        assert!(r.replies().is_empty());
        assert!(r.says("1").await.contains("challenge"), "{}", r.text());
    }
);

backend_tests!(
    odd_texts_that_are_kept_come_back_escaped_once,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut r = Resident::with_settings(&store, 81, "en", relaxed());
        let markup = "<b>Fri</b> & gratis \u{202E}svømning\u{202C} for alle piger";
        r.says("/add").await;
        r.says("1").await;
        r.says("1").await;
        r.says(markup).await;
        let text = r.taps("✔").await;
        let id = common::sheet_number(&text);
        r.says(&format!("/item {id}")).await;
        let html = consultbot::telegram::html(&r.replies()[0].text);
        assert!(
            html.contains("&lt;b&gt;Fri&lt;/b&gt; &amp; gratis"),
            "{html}"
        );
        assert!(
            !html.contains('\u{202E}'),
            "the override is stripped: {html:?}"
        );
        check_replies(r.replies(), "a kept sheet with markup");
        let mut tx = store.read().await.unwrap();
        let me = tx
            .participant_by_telegram_id(TelegramUserId::new(81))
            .await
            .unwrap()
            .unwrap();
        let data = tx.resident_data(me.id).await.unwrap().unwrap();
        assert_eq!(
            data.sheets[0].text,
            "<b>Fri</b> & gratis svømning for alle piger"
        );
    }
);

/// Any mix of the corpus, random text, commands and button data, from three residents into one
/// engine: always answered (or quietly ignored) without panic, and always renderable.
#[test]
fn any_input_is_answered_with_valid_replies() {
    use consultbot::conversation::{Engine, Event, Input};
    use consultbot::domain::ChatId;
    use proptest::prelude::*;
    use proptest::sample::select;
    use proptest::test_runner::{Config, TestCaseError, TestRunner};

    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("fuzz.db").display());
    let store = runtime.block_on(consultbot::open_store(&url)).unwrap();
    let engine = Engine::new(store.clone(), relaxed());

    let corpus: Vec<String> = texts().into_iter().map(|(_, t)| t).collect();
    let piece = prop_oneof![
        3 => select(corpus),
        2 => "\\PC{0,12}",
        1 => any::<String>(),
        1 => (-3i64..200).prop_map(|n| n.to_string()),
    ];
    let text = proptest::collection::vec(piece, 1..3).prop_map(|p| p.join(" "));
    let names = select(vec![
        "start",
        "help",
        "themes",
        "item",
        "add",
        "vote",
        "unvote",
        "mystickers",
        "language",
        "cancel",
        "mydata",
        "forget",
        "about",
        "stats",
        "top",
        "export",
        "tally",
        "hide",
        "approve",
        "translate",
        "broadcast",
        "phase",
        "qr",
        "grant",
        "nope",
    ]);
    let command = (names, text.clone()).prop_map(|(n, a)| format!("/{n} {a}"));
    let input = prop_oneof![
        2 => text.prop_map(Input::Text),
        3 => command.prop_map(Input::Text),
        1 => "[a-z]{1,3}(:[0-9a-z-]{1,6}){0,3}".prop_map(Input::Button),
        2 => select(vec!["1", "2", "3", "/add", "/cancel"]).prop_map(|t| Input::Text(t.into())),
    ];
    let mut runner = TestRunner::new(Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    });
    runner
        .run(&(input, 1i64..4), |(input, user)| {
            let user_id = TelegramUserId::new(900 + user);
            let event = Event {
                user_id,
                chat_id: ChatId::private_with(user_id),
                lang_hint: Some(["en", "ar", "uk"][user as usize - 1].into()),
                input: input.clone(),
                update_id: None,
            };
            let outcome = runtime
                .block_on(engine.handle(&event))
                .map_err(|e| TestCaseError::fail(format!("{input:?}: {e}")))?;
            check_replies(&outcome.replies, &format!("{input:?}"));
            Ok(())
        })
        .unwrap();
    runtime.block_on(store.close());
}
