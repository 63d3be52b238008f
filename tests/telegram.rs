//! The release binary driven through the Telegram Bot API wire protocol: a fake Bot API server on
//! loopback validates every request against the published spec, so teloxide's real client runs.

mod common;

use common::{Backend, TestDb};
use fake_bot_api::{FakeBotApi, SentMessage};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const WAIT: Duration = Duration::from_secs(20);

struct Bot {
    child: Child,
}

impl Bot {
    fn start(api: &FakeBotApi, db: &TestDb) -> Bot {
        Bot::start_with(api, db, &[])
    }

    fn start_with(api: &FakeBotApi, db: &TestDb, env: &[(&str, &str)]) -> Bot {
        Bot::spawn(api, db, &["run"], env)
    }

    fn spawn(api: &FakeBotApi, db: &TestDb, args: &[&str], env: &[(&str, &str)]) -> Bot {
        let child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .args(args)
            .envs(env.iter().copied())
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
    /// SIGTERM first, so that the bot closes its database connections before the test drops
    /// the database; SIGKILL only if it does not stop.
    fn drop(&mut self) {
        if let Ok(None) = self.child.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let start = Instant::now();
            while start.elapsed() < WAIT {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
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
    let forged = api.push_callback(1001, welcome.message_id, "forged:data", Some("da"));
    api.push_callback(1001, 999, "s:1", Some("da"));
    api.wait_callbacks_answered(WAIT).await;
    // ...with the words for an old button, not the apology for an error.
    assert_eq!(
        api.callback_answer(&forged).unwrap()["text"],
        "Den knap er gammel. Her kan du fortsætte."
    );
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

backend_tests!(
    answers_start_and_stops_on_sigterm,
    run_welcome_and_sigterm,
    multi_thread
);

/// Typed numbers through Telegram (issue 13): after `/start`, `1` opens the first theme (no
/// onboarding question sits beside the welcome); after `/themes` and a word the bot does not
/// understand, `2` opens the second theme.
async fn run_typed_numbers(db: TestDb) {
    let api = FakeBotApi::start().await;
    let _bot = Bot::start(&api, &db);
    let u = 1301;
    api.push_message(u, "/start", Some("da"));
    let welcome = api
        .wait_for_message(
            u,
            |m| has_text(m, "Københavns nye integrationspolitik"),
            WAIT,
        )
        .await;
    let themes: Vec<String> = welcome.buttons().into_iter().map(|(l, _)| l).collect();
    let (first, second) = (themes[0].clone(), themes[1].clone());
    // A message after `after` (the bot's messages keep their ids) that opens a theme.
    let opened = |after: i64, theme: String| {
        move |m: &SentMessage| {
            m.message_id > after
                && m.shown().starts_with(theme.as_str())
                && has_text(m, "løsninger indtil nu")
        }
    };
    api.push_message(u, "1", Some("da"));
    api.wait_for_message(u, opened(welcome.message_id, first), WAIT)
        .await;
    assert!(
        !api.sent_to(u)
            .iter()
            .any(|m| has_text(m, "frivilligt spørgsmål")),
        "no optional question yet: {:?}",
        api.sent_to(u)
    );

    api.push_message(u, "/themes", Some("da"));
    let last = api.last_message(u).unwrap().message_id;
    let menu = api
        .wait_for_message(
            u,
            |m| m.message_id > last && m.buttons().iter().any(|(l, _)| *l == second),
            WAIT,
        )
        .await;
    api.push_message(u, "bananer", Some("da"));
    let hint = api
        .wait_for_message(
            u,
            |m| m.message_id > menu.message_id && has_text(m, "Det forstod jeg ikke"),
            WAIT,
        )
        .await;
    assert!(hint.buttons().is_empty(), "{:?}", hint.buttons());
    api.push_message(u, "2", Some("da"));
    api.wait_for_message(u, opened(hint.message_id, second), WAIT)
        .await;
    api.assert_clean();
}

backend_tests!(
    typed_numbers_belong_to_the_menu_just_shown,
    run_typed_numbers,
    multi_thread
);

/// Kills the bot while a batch is handled but not yet confirmed to Telegram, restarts it, and
/// checks that every update was applied exactly once: no lost vote, no second answer.
async fn run_kill_and_restart(db: TestDb) {
    let api = FakeBotApi::start().await;
    // The updates wait before the bot starts, so its first getUpdates fetches them as one batch.
    // One reply of the batch is held back by Telegram's "too many requests", so its chat's next
    // update is neither committed nor confirmed when the bot dies.
    api.fail_next(
        "sendMessage",
        429,
        "Too Many Requests: retry after 5",
        Some(5),
    );
    let users: Vec<i64> = (2001..=2006).collect();
    // Each resident writes twice: the chat whose reply is held back has its second update
    // waiting, uncommitted and unconfirmed, when the bot dies.
    let updates: Vec<i64> = users
        .iter()
        .enumerate()
        .flat_map(|(i, user)| {
            [
                api.push_message(*user, &format!("/vote {}", i + 1), Some("en")),
                api.push_message(*user, "/help", Some("en")),
            ]
        })
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
    // Each resident got one answer to each update at most (a vote is answered with two
    // messages, /help with one; the held-back one may be lost with the crash, its
    // vote is not), and never a second one from a redelivered update.
    for user in &users {
        let answers = api
            .sent_to(*user)
            .iter()
            .filter(|m| m.method == "sendMessage")
            .count();
        assert!(
            answers <= 3,
            "user {user} got {answers} messages: {:?}",
            api.sent_to(*user)
                .iter()
                .map(|m| m.shown().chars().take(40).collect::<String>())
                .collect::<Vec<_>>()
        );
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
        let votes = sheets.iter().find(|s| s.id.get() == id).unwrap().votes;
        assert_eq!(votes, 1, "sheet #{id}");
    }
    api.assert_clean();
}

backend_tests!(
    applies_each_update_once_across_a_crash,
    run_kill_and_restart,
    multi_thread
);

/// Languages: /start in each of the nine answers in its own script; /language switches
/// everything after; the command menu and descriptions exist in every language.
async fn run_languages(db: TestDb) {
    let api = FakeBotApi::start().await;
    let bot = Bot::start(&api, &db);
    let expected = [
        ("da", "Københavns nye integrationspolitik"),
        ("en", "Copenhagen’s new integration policy"),
        ("ar-SA", "كوبنهاغن"),
        ("tr", "Kopenhag"),
        ("ur", "کوپن ہیگن"),
        ("so", "Koobanheegan"),
        ("pl", "Kopenhag"),
        ("fa", "کپنهاگ"),
        ("uk", "Копенгаген"),
    ];
    for (i, (code, needle)) in expected.iter().enumerate() {
        let user = 3000 + i as i64;
        api.push_message(user, "/start", Some(code));
        api.wait_for_message(user, |m| has_text(m, needle), WAIT)
            .await;
    }
    // An unknown language gets English; none at all gets the consultation's Danish.
    api.push_message(3100, "/start", Some("de"));
    api.wait_for_message(3100, |m| has_text(m, "Choose a theme"), WAIT)
        .await;
    api.push_message(3101, "/start", None);
    api.wait_for_message(3101, |m| has_text(m, "Vælg et tema"), WAIT)
        .await;

    // /language switches every later answer, button labels included.
    api.push_message(3200, "/language", Some("en"));
    let menu = api
        .wait_for_message(3200, |m| has_text(m, "Choose your language"), WAIT)
        .await;
    api.press_button(3200, menu.message_id, "Українська", Some("en"));
    api.wait_for_message(3200, |m| has_text(m, "Щоб почати, виберіть тему"), WAIT)
        .await;
    api.push_message(3200, "/themes", Some("en"));
    let themes = api
        .wait_for_message(3200, |m| has_text(m, "Молодь"), WAIT)
        .await;
    assert!(
        themes.buttons().iter().any(|(label, _)| label == "Молодь"),
        "{:?}",
        themes.buttons()
    );

    // The command menu and descriptions in each language.
    for lang in ["", "da", "en", "ar", "tr", "ur", "so", "pl", "fa", "uk"] {
        let commands = api
            .my_commands(lang)
            .unwrap_or_else(|| panic!("commands for {lang:?}"));
        assert!(
            commands.iter().any(|(c, _)| c == "themes"),
            "{lang}: {commands:?}"
        );
        assert!(
            api.my_description(lang).is_some_and(|d| !d.is_empty()),
            "{lang}"
        );
        assert!(
            api.my_short_description(lang)
                .is_some_and(|d| !d.is_empty()),
            "{lang}"
        );
    }
    let danish = api.my_commands("da").unwrap();
    assert!(
        danish
            .iter()
            .any(|(c, d)| c == "themes" && d == "Se temaerne"),
        "{danish:?}"
    );
    drop(bot);
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn speaks_nine_languages_sqlite() {
    common::with_db(Backend::Sqlite, run_languages).await;
}

/// Facilitator commands through Telegram: refused for residents (nothing changes), working for
/// admins, files and pictures sent as documents and photos, broadcasts delivered by the outbox.
async fn run_facilitators(db: TestDb) {
    let api = FakeBotApi::start().await;
    let bot = Bot::start_with(&api, &db, &[("CONSULTBOT_ADMINS", "4000, 4001")]);
    let resident = 4100;
    api.push_message(resident, "/nosuchcommand", Some("en"));
    let unknown = api
        .wait_for_message(resident, |_| true, WAIT)
        .await
        .shown()
        .to_owned();
    let before = export(&db).await;
    for command in [
        "/stats",
        "/hide 3",
        "/phase closed",
        "/tally 3 12",
        "/broadcast Hello everyone",
        "/export",
    ] {
        let since = api.sent_to(resident).len();
        api.push_message(resident, command, Some("en"));
        let deadline = Instant::now() + WAIT;
        while api.sent_to(resident).len() == since {
            assert!(Instant::now() < deadline, "no answer to {command}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let answer = api.sent_to(resident).last().unwrap().clone();
        assert_eq!(answer.shown(), unknown, "{command}");
        assert_eq!(answer.method, "sendMessage", "{command}");
    }
    assert_eq!(export(&db).await, before, "nothing changed");

    let admin = 4000;
    api.push_message(admin, "/stats", Some("en"));
    api.wait_for_message(admin, |m| has_text(m, "The consultation in numbers"), WAIT)
        .await;
    api.push_message(admin, "/tally 12 12", Some("en"));
    api.wait_for_message(admin, |m| has_text(m, "12 stickers at meetings"), WAIT)
        .await;
    api.push_message(admin, "/export", Some("en"));
    let csv = api
        .wait_for_message(
            admin,
            |m| {
                m.document
                    .as_ref()
                    .is_some_and(|d| d.file_name.ends_with(".csv"))
            },
            WAIT,
        )
        .await;
    let bytes = csv.document.unwrap().bytes;
    assert!(
        bytes.starts_with("\u{FEFF}".as_bytes()),
        "a byte order mark for spreadsheets"
    );
    let text = String::from_utf8(bytes).unwrap();
    assert!(
        text.contains("Manglende ressourcer og netværk") && text.contains("نقص الموارد"),
        "Danish and Arabic intact"
    );
    api.wait_for_message(
        admin,
        |m| {
            m.document
                .as_ref()
                .is_some_and(|d| d.file_name.ends_with(".json"))
        },
        WAIT,
    )
    .await;
    api.push_message(admin, "/chart", Some("ar"));
    let chart = api
        .wait_for_message(admin, |m| m.photo.is_some(), WAIT)
        .await;
    assert!(chart.photo.unwrap().bytes.starts_with(b"\x89PNG\r\n\x1a\n"));

    // A broadcast: preview, confirmation, then delivery through the outbox.
    api.push_message(
        admin,
        "/broadcast The meeting on Monday is at 18:00.",
        Some("en"),
    );
    let preview = api
        .wait_for_message(admin, |m| has_text(m, "a message to"), WAIT)
        .await;
    assert!(
        api.sent_to(resident)
            .iter()
            .all(|m| !has_text(m, "The meeting on Monday")),
        "not before confirming"
    );
    api.press_button(admin, preview.message_id, "✔ Send", Some("en"));
    api.wait_for_message(
        resident,
        |m| has_text(m, "The meeting on Monday is at 18:00."),
        WAIT,
    )
    .await;
    api.wait_callbacks_answered(WAIT).await;
    let after = export(&db).await;
    let meeting_votes = after["themes"][0]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["id"] == 12)
        .unwrap()["meeting_votes"]
        .clone();
    assert_eq!(meeting_votes, 12);
    drop(bot);
    api.assert_clean();
}

async fn export(db: &TestDb) -> serde_json::Value {
    let store = db.store().await;
    let mut tx = store.read().await.unwrap();
    let export = consultbot::report::build_export(&mut tx)
        .await
        .unwrap()
        .unwrap();
    serde_json::to_value(&export).unwrap()
}

backend_tests!(
    facilitators_through_telegram,
    run_facilitators,
    multi_thread
);

/// A whole evening through the Bot API: browse, open a sheet, place three challenge stickers,
/// have the fourth refused with the offer to move one, move one, write a new challenge with the
/// similar-sheet step, add a detail to a seed sheet, and find all of it in `consultbot export`.
async fn run_evening(db: TestDb) {
    let api = FakeBotApi::start().await;
    let bot = Bot::start(&api, &db);
    let me = 5000;
    let lang = Some("da");
    api.push_message(me, "/themes", lang);
    let themes = api
        .wait_for_message(me, |m| has_text(m, "Temaerne"), WAIT)
        .await;
    api.press_button(me, themes.message_id, "Udsatte", lang);
    let theme = api
        .wait_for_message(
            me,
            |m| m.message_id == themes.message_id && has_text(m, "udfordringer og"),
            WAIT,
        )
        .await;
    api.press_button(me, theme.message_id, "Udfordringer (6)", lang);
    let list = api
        .wait_for_message(
            me,
            |m| m.message_id == themes.message_id && has_text(m, "Udsatte: udfordringer"),
            WAIT,
        )
        .await;
    let first = list
        .buttons()
        .into_iter()
        .find(|(l, _)| l.starts_with("#1 "))
        .unwrap()
        .0;
    api.press_button(me, list.message_id, &first, lang);
    let sheet = api
        .wait_for_message(
            me,
            |m| m.message_id == themes.message_id && has_text(m, "#1 · Udfordring"),
            WAIT,
        )
        .await;
    // Three stickers: one by button, two typed.
    api.press_button(me, sheet.message_id, "● Giv et klistermærke", lang);
    api.wait_for_message(
        me,
        |m| m.message_id == themes.message_id && has_text(m, "Du har givet dette et klistermærke"),
        WAIT,
    )
    .await;
    for id in [2, 3] {
        api.push_message(me, &format!("/vote {id}"), lang);
        api.wait_for_message(
            me,
            |m| has_text(m, &format!("#{id} · Udfordring")) && has_text(m, "Du har givet"),
            WAIT,
        )
        .await;
    }
    // The fourth is refused, with the offer to move one.
    api.push_message(me, "/vote 4", lang);
    let refused = api
        .wait_for_message(
            me,
            |m| {
                has_text(
                    m,
                    "Du har brugt alle 3 klistermærker til udfordringer i Udsatte",
                )
            },
            WAIT,
        )
        .await;
    api.press_button(me, refused.message_id, "Flyt det fra #2", lang);
    api.wait_for_message(
        me,
        |m| has_text(m, "Dit klistermærke er flyttet fra #2 til #4"),
        WAIT,
    )
    .await;

    // A new challenge through /add, with the similar-sheet step.
    api.push_message(me, "/add", lang);
    let step = api
        .wait_for_message(me, |m| has_text(m, "Hvilket tema"), WAIT)
        .await;
    api.press_button(me, step.message_id, "Beskæftigelse", lang);
    let step = api
        .wait_for_message(me, |m| has_text(m, "er det en udfordring"), WAIT)
        .await;
    api.press_button(me, step.message_id, "En udfordring", lang);
    api.wait_for_message(me, |m| has_text(m, "Skriv din udfordring"), WAIT)
        .await;
    api.push_message(me, "Høj arbejdsløshed blandt indvandrere", lang);
    let preview = api
        .wait_for_message(me, |m| has_text(m, "Nogle ark her ligner"), WAIT)
        .await;
    assert!(
        preview
            .buttons()
            .iter()
            .any(|(l, _)| l.starts_with("Tilføj som uddybning til #")),
        "{:?}",
        preview.buttons()
    );
    api.press_button(me, preview.message_id, "✏ Ret", lang);
    api.wait_for_message(
        me,
        |m| has_text(m, "Skriv din udfordring") && m.message_id != step.message_id,
        WAIT,
    )
    .await;
    api.push_message(
        me,
        "Svært at få praktikplads uden netværk & <kontakter>",
        lang,
    );
    let preview = api
        .wait_for_message(
            me,
            |m| has_text(m, "Vil du offentliggøre det?") && has_text(m, "praktikplads"),
            WAIT,
        )
        .await;
    api.press_button(me, preview.message_id, "✔ Offentliggør", lang);
    let done = api
        .wait_for_message(me, |m| has_text(m, "Tak! Din udfordring er nu ark"), WAIT)
        .await;
    let new_id = common::sheet_number(done.shown());

    // A detail on a seed sheet.
    api.push_message(me, "/item 20", lang);
    let seed = api
        .wait_for_message(me, |m| has_text(m, "#20 ·"), WAIT)
        .await;
    api.press_button(me, seed.message_id, "✍ Tilføj en uddybning", lang);
    api.wait_for_message(me, |m| has_text(m, "Skriv din uddybning til ark #20"), WAIT)
        .await;
    api.push_message(me, "Også for kvinder over 50", lang);
    let preview = api
        .wait_for_message(me, |m| has_text(m, "Din uddybning til ark #20"), WAIT)
        .await;
    api.press_button(me, preview.message_id, "✔ Offentliggør", lang);
    api.wait_for_message(
        me,
        |m| has_text(m, "Din uddybning er tilføjet til ark #20"),
        WAIT,
    )
    .await;
    api.wait_callbacks_answered(WAIT).await;
    drop(bot);
    api.assert_clean();

    // All of it in `consultbot export`.
    let out = Command::new(env!("CARGO_BIN_EXE_consultbot"))
        .args(["export", "--format", "json"])
        .env("DATABASE_URL", &db.url)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(out.status.success());
    let export: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let items: Vec<serde_json::Value> = export["themes"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|t| t["items"].as_array().unwrap().clone())
        .collect();
    let votes = |id: i64| {
        items.iter().find(|i| i["id"] == id).unwrap()["votes"]
            .as_i64()
            .unwrap()
    };
    assert_eq!([votes(1), votes(2), votes(3), votes(4)], [1, 0, 1, 1]);
    let new = items.iter().find(|i| i["id"] == new_id.get()).unwrap();
    assert_eq!(new["source"], "resident");
    assert_eq!(new["lang"], "da");
    assert_eq!(new["kind"], "challenge");
    assert_eq!(
        new["text"],
        "Svært at få praktikplads uden netværk & <kontakter>"
    );
    let seed = items.iter().find(|i| i["id"] == 20).unwrap();
    assert_eq!(seed["details"][0]["text"], "Også for kvinder over 50");
    assert_eq!(seed["details"][0]["lang"], "da");
}

backend_tests!(a_whole_evening, run_evening, multi_thread);

/// Webhook mode: the bot registers its URL with the secret, answers updates posted to it, and
/// refuses posts without the secret.
async fn run_webhook(db: TestDb) {
    let api = FakeBotApi::start().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let url = format!("http://127.0.0.1:{port}/telegram/hook");
    let listen = format!("127.0.0.1:{port}");
    let mut bot = Bot::spawn(
        &api,
        &db,
        &["run", "--webhook-url", &url, "--listen", &listen],
        &[("CONSULTBOT_WEBHOOK_SECRET", "s3cret-token")],
    );
    let registered = api.wait_for_call("setWebhook", |c| c.ok(), WAIT).await;
    assert_eq!(registered.str_param("url"), Some(url.as_str()));
    assert_eq!(registered.str_param("secret_token"), Some("s3cret-token"));

    let update = |id: i64, text: &str| {
        serde_json::json!({
            "update_id": id,
            "message": {
                "message_id": id, "date": 1_700_000_000,
                "chat": {"id": 6001, "type": "private", "first_name": "Amal"},
                "from": {"id": 6001, "is_bot": false, "first_name": "Amal", "language_code": "ar"},
                "text": text,
                "entities": [{"type": "bot_command", "offset": 0, "length": text.len()}]
            }
        })
    };
    let client = reqwest::Client::new();
    let post = |body: serde_json::Value, secret: Option<&'static str>| {
        let mut request = client.post(&url).json(&body);
        if let Some(secret) = secret {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        request.send()
    };
    // The listener may need a moment after setWebhook.
    let deadline = Instant::now() + WAIT;
    let status = loop {
        match post(update(1, "/vote 5"), Some("s3cret-token")).await {
            Ok(response) => break response.status(),
            Err(_) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(50)).await
            }
            Err(err) => panic!("the webhook does not answer: {err}"),
        }
    };
    assert_eq!(status, 200);
    // The answer came after the effects were committed: the reply is already out.
    assert!(
        api.sent_to(6001).iter().any(|m| has_text(m, "#5")),
        "{:?}",
        api.sent_to(6001)
            .iter()
            .map(|m| m.shown().to_owned())
            .collect::<Vec<_>>()
    );
    // The same update again (Telegram retrying) changes nothing and sends nothing.
    let before = api.sent_to(6001).len();
    assert_eq!(
        post(update(1, "/vote 5"), Some("s3cret-token"))
            .await
            .unwrap()
            .status(),
        200
    );
    assert_eq!(api.sent_to(6001).len(), before);
    // Without the secret: refused, nothing applied.
    assert_eq!(
        post(update(2, "/vote 6"), None).await.unwrap().status(),
        401
    );
    assert_eq!(
        post(update(3, "/vote 6"), Some("wrong"))
            .await
            .unwrap()
            .status(),
        401
    );
    // A body that is not an update, even with the secret: refused as bad, nothing applied.
    let garbage = client
        .post(&url)
        .header("X-Telegram-Bot-Api-Secret-Token", "s3cret-token")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(garbage.status(), 400);
    bot.signal("TERM");
    assert!(bot.wait_exit(Duration::from_secs(10)).success());
    let export = export(&db).await;
    let votes = |id: i64| {
        export["themes"][0]["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["id"] == id)
            .unwrap()["votes"]
            .clone()
    };
    assert_eq!(
        (votes(5), votes(6)),
        (serde_json::json!(1), serde_json::json!(0))
    );
    api.assert_clean();
}

#[tokio::test(flavor = "multi_thread")]
async fn webhook_mode_sqlite() {
    common::with_db(Backend::Sqlite, run_webhook).await;
}
