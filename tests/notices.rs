//! Broadcasts and decisions in every language, end to end: a facilitator's draft, versions
//! added with `/translate`, confirmation, and the outbox sending through the fake Bot API (and,
//! for machine translations, a fake LibreTranslate server on loopback).

mod common;

use axum::Router;
use axum::routing::post;
use common::{Resident, TestDb};
use consultbot::conversation::Settings;
use consultbot::domain::{Lang, SheetId, TelegramUserId};
use consultbot::outbox::Outbox;
use consultbot::store::Store;
use consultbot::telegram::TelegramCourier;
use consultbot::translate::{TranslateConfig, spawn_worker};
use fake_bot_api::FakeBotApi;
use serde_json::{Value, json};
use std::time::Duration;
use tokio_util::sync::CancellationToken;

const ADMIN: i64 = 900;

fn settings() -> Settings {
    Settings {
        admins: vec![TelegramUserId::new(ADMIN)],
        ..Settings::default()
    }
}

fn person(store: &Store, id: i64, lang: &str) -> Resident {
    Resident::with_settings(store, id, lang, settings())
}

/// A Danish-speaking facilitator, as the city's staff would be.
fn admin(store: &Store) -> Resident {
    person(store, ADMIN, "da")
}

/// Sends everything queued through the fake Bot API.
async fn drain(store: &Store, fake: &FakeBotApi) {
    let bot = teloxide::Bot::new(fake.token()).set_api_url(fake.url().parse().unwrap());
    let outbox = Outbox::new(store.clone(), TelegramCourier::new(bot));
    while outbox.drain_once().await.unwrap() > 0 {}
}

/// What a chat read, every message joined.
fn read(fake: &FakeBotApi, chat: i64) -> String {
    fake.sent_to(chat)
        .iter()
        .map(|m| m.shown().to_owned())
        .collect::<Vec<_>>()
        .join("\n---\n")
}

/// The text of a seed sheet in a language, as the content file gives it.
async fn sheet_text(store: &Store, id: i64, lang: Lang) -> String {
    let mut tx = store.read().await.unwrap();
    let sheet = tx
        .sheet(SheetId::new(id), None, lang)
        .await
        .unwrap()
        .unwrap();
    tx.commit().await.unwrap();
    sheet.summary.translation.expect("a translation").0
}

/// The N of `bN` in a preview.
fn draft_number(text: &str) -> i64 {
    let at = text.find(" b").expect("a draft number") + 2;
    text[at..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect::<String>()
        .parse()
        .unwrap()
}

backend_tests!(
    a_decision_reaches_an_english_supporter_with_the_english_sheet_text,
    |db: TestDb| async move {
        let store = db.store().await;
        let fake = FakeBotApi::start().await;
        let mut english = person(&store, 41, "en");
        english.says("/vote 1").await;
        let mut bystander = person(&store, 42, "en");
        bystander.says("/start").await;
        let mut a = admin(&store);
        let preview = a
            .says("/outcome 1 adopted Det bliver en del af den nye politik.")
            .await;
        assert!(preview.contains("o1"), "{preview}");
        assert!(preview.contains("engelsk: 1"), "{preview}");
        let done = a.taps("Send").await;
        assert!(done.contains("#1"), "{done}");
        drain(&store, &fake).await;
        let got = read(&fake, 41);
        assert!(got.contains("News about sheet #1: adopted"), "{got}");
        let english_sheet = sheet_text(&store, 1, Lang::En).await;
        assert!(
            got.contains(&english_sheet[..30]),
            "the sheet in English: {got}"
        );
        assert!(
            got.contains("Det bliver en del af den nye politik."),
            "{got}"
        );
        assert!(
            got.contains("Not translated into your language yet"),
            "{got}"
        );
        assert!(fake.sent_to(42).is_empty(), "only supporters are told");
        fake.assert_clean();
        fake.shutdown().await;
    }
);

backend_tests!(
    each_resident_gets_their_language_version_of_a_broadcast,
    |db: TestDb| async move {
        let store = db.store().await;
        let fake = FakeBotApi::start().await;
        person(&store, 51, "ar").says("/start").await;
        person(&store, 52, "pl").says("/start").await;
        let mut a = admin(&store);
        let preview = a.says("/broadcast Mødet på mandag er kl. 18.").await;
        let n = draft_number(&preview);
        let preview = a
            .says(&format!(
                "/translate b{n} ar الاجتماع يوم الاثنين في الساعة 18."
            ))
            .await;
        assert!(preview.contains("arabisk"), "{preview}");
        assert!(
            preview.contains("polsk: 1"),
            "a refreshed preview: {preview}"
        );
        a.says("1").await;
        drain(&store, &fake).await;
        let arabic = read(&fake, 51);
        assert!(arabic.contains("الاجتماع يوم الاثنين"), "{arabic}");
        assert!(!arabic.contains("Mødet"), "{arabic}");
        let polish = read(&fake, 52);
        assert!(polish.contains("Mødet på mandag er kl. 18."), "{polish}");
        assert!(polish.contains("Jeszcze nieprzetłumaczone"), "{polish}");
        let danish = read(&fake, ADMIN);
        assert!(danish.contains("Mødet på mandag"), "{danish}");
        assert!(
            !danish.contains("oversat"),
            "no note in the original's language: {danish}"
        );
        // Sent once: the draft cannot be sent again.
        let again = a
            .says(&format!("/translate b{n} pl Spotkanie w poniedziałek."))
            .await;
        assert!(again.contains(&format!("b{n}")), "{again}");
        drain(&store, &fake).await;
        assert_eq!(fake.sent_to(52).len(), 1);
        fake.assert_clean();
        fake.shutdown().await;
    }
);

backend_tests!(
    a_decision_shows_on_the_sheet_in_the_readers_version,
    |db: TestDb| async move {
        let store = db.store().await;
        let mut a = admin(&store);
        a.says("/outcome 2 considered Forvaltningen ser på det til efteråret.")
            .await;
        let mut english = person(&store, 61, "en");
        let before = english.says("/item 2").await;
        assert!(
            !before.contains("Decision"),
            "a draft is not shown: {before}"
        );
        a.says("/translate o2 en The administration looks at it in the autumn.")
            .await;
        a.taps("Send").await;
        let view = english.says("/item 2").await;
        assert!(view.contains("Decision: being considered"), "{view}");
        assert!(
            view.contains("The administration looks at it in the autumn."),
            "{view}"
        );
        let mut turkish = person(&store, 62, "tr");
        let view = turkish.says("/item 2").await;
        assert!(view.contains("Forvaltningen ser på det"), "{view}");
        let mut tx = store.read().await.unwrap();
        let audit = tx.latest_audit(10).await.unwrap();
        assert!(
            audit.iter().any(|e| e.subject == "o2"),
            "the translation is audited"
        );
    }
);

/// Translates `q` into `[target] q`, as a LibreTranslate server would answer.
async fn start_libretranslate() -> (String, CancellationToken) {
    async fn translate(axum::Json(body): axum::Json<Value>) -> axum::Json<Value> {
        let field = |name: &str| body.get(name).and_then(Value::as_str).unwrap_or_default();
        axum::Json(json!({"translatedText": format!("[{}] {}", field("target"), field("q"))}))
    }
    serve(Router::new().route("/translate", post(translate))).await
}

/// A translation server that is down: every request answers 500.
async fn start_failing_libretranslate() -> (String, CancellationToken) {
    async fn translate() -> (axum::http::StatusCode, axum::Json<Value>) {
        (
            axum::http::StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": "down"})),
        )
    }
    serve(Router::new().route("/translate", post(translate))).await
}

async fn serve(app: Router) -> (String, CancellationToken) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let stop = CancellationToken::new();
    let stopped = stop.clone();
    tokio::spawn(async move {
        axum::serve(listener, app)
            .with_graceful_shutdown(async move { stopped.cancelled().await })
            .await
            .unwrap();
    });
    (url, stop)
}

/// Runs the translation worker until the confirmed notice is queued.
async fn run_worker_until_queued(store: &Store, url: String) {
    let shutdown = CancellationToken::new();
    let mut config = TranslateConfig::new(url);
    config.poll_every = Duration::from_millis(50);
    let worker = spawn_worker(store.clone(), config, shutdown.clone());
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    loop {
        let mut tx = store.read().await.unwrap();
        let (queued, _, _) = tx.delivery_counts(None).await.unwrap();
        tx.commit().await.unwrap();
        if queued > 0 {
            break;
        }
        assert!(tokio::time::Instant::now() < deadline, "never queued");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    shutdown.cancel();
    worker.await.unwrap();
}

backend_tests!(
    with_a_translation_server_the_others_get_a_marked_machine_translation,
    |db: TestDb| async move {
        let store = db.store().await;
        let fake = FakeBotApi::start().await;
        let (url, stop) = start_libretranslate().await;
        let machine = |id, lang| {
            let mut r = person(&store, id, lang);
            r.engine = r.engine.clone().with_machine_translation(true);
            r
        };
        machine(71, "en").says("/start").await;
        let mut a = machine(ADMIN, "da");
        let preview = a.says("/broadcast Mødet på mandag er kl. 18.").await;
        assert!(preview.contains("maskinoversættelse"), "{preview}");
        let done = a.taps("Send").await;
        assert!(done.contains("maskinoversættelserne"), "{done}");
        let mut tx = store.read().await.unwrap();
        assert_eq!(tx.delivery_counts(None).await.unwrap(), (0, 0, 0));
        tx.commit().await.unwrap();
        run_worker_until_queued(&store, url).await;
        drain(&store, &fake).await;
        let english = read(&fake, 71);
        assert!(
            english.contains("[en] Mødet på mandag er kl. 18."),
            "{english}"
        );
        assert!(
            english.contains("Machine translation from Danish"),
            "{english}"
        );
        let danish = read(&fake, ADMIN);
        assert!(!danish.contains("[da]"), "{danish}");
        stop.cancel();
        fake.assert_clean();
        fake.shutdown().await;
    }
);

backend_tests!(
    a_translation_server_that_is_down_delays_a_notice_but_never_holds_it_back,
    |db: TestDb| async move {
        let store = db.store().await;
        let fake = FakeBotApi::start().await;
        let (url, stop) = start_failing_libretranslate().await;
        let machine = |id, lang| {
            let mut r = person(&store, id, lang);
            r.engine = r.engine.clone().with_machine_translation(true);
            r
        };
        machine(81, "en").says("/start").await;
        let mut a = machine(ADMIN, "da");
        a.says("/broadcast Mødet på mandag er kl. 18.").await;
        a.taps("Send").await;
        run_worker_until_queued(&store, url).await;
        drain(&store, &fake).await;
        let english = read(&fake, 81);
        assert!(english.contains("Mødet på mandag er kl. 18."), "{english}");
        assert!(
            english.contains("Not translated into your language yet"),
            "{english}"
        );
        assert_eq!(fake.sent_to(81).len(), 1);
        stop.cancel();
        fake.assert_clean();
        fake.shutdown().await;
    }
);
