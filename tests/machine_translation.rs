//! Machine translation through a fake LibreTranslate-compatible server on loopback, against real
//! databases: SQLite always, PostgreSQL when TEST_DATABASE_URL is set.

mod common;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::post;
use common::TestDb;
use consultbot::domain::{
    ChatId, Kind, Lang, ParticipantId, SheetId, SheetText, Status, TelegramUserId,
    TranslationOrigin,
};
use consultbot::store::{Backoff, NewSheet, Store, Target};
use consultbot::translate::{TranslateConfig, spawn_worker};
use serde_json::{Value, json};
use std::collections::{BTreeMap, HashSet};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

// ---------------------------------------------------------------------------
// A fake LibreTranslate
// ---------------------------------------------------------------------------

/// One `POST /translate` the server received.
#[derive(Debug, Clone)]
struct Call {
    q: String,
    source: String,
    target: String,
    format: String,
    api_key: Option<String>,
}

#[derive(Default)]
struct FakeState {
    calls: Vec<Call>,
    /// Answer this many requests with a 500 before translating again.
    fail_next: usize,
    /// Answer every request with a 500.
    always_fail: bool,
    /// Target codes answered with LibreTranslate's 400 "… is not supported".
    unsupported: HashSet<String>,
}

/// Translates `q` into `[target] q`.
struct FakeLibreTranslate {
    url: String,
    state: Arc<Mutex<FakeState>>,
    stop: CancellationToken,
}

impl FakeLibreTranslate {
    async fn start(state: FakeState) -> FakeLibreTranslate {
        let state = Arc::new(Mutex::new(state));
        let app = Router::new()
            .route("/translate", post(translate))
            .with_state(state.clone());
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
        FakeLibreTranslate { url, state, stop }
    }

    fn calls(&self) -> Vec<Call> {
        self.state.lock().unwrap().calls.clone()
    }

    fn calls_into(&self, target: &str) -> usize {
        self.calls().iter().filter(|c| c.target == target).count()
    }

    fn recover(&self) {
        let mut state = self.state.lock().unwrap();
        state.always_fail = false;
        state.fail_next = 0;
    }
}

impl Drop for FakeLibreTranslate {
    fn drop(&mut self) {
        self.stop.cancel();
    }
}

async fn translate(
    State(state): State<Arc<Mutex<FakeState>>>,
    axum::Json(body): axum::Json<Value>,
) -> (StatusCode, axum::Json<Value>) {
    let field = |name: &str| body.get(name).and_then(Value::as_str).map(str::to_owned);
    let call = Call {
        q: field("q").unwrap_or_default(),
        source: field("source").unwrap_or_default(),
        target: field("target").unwrap_or_default(),
        format: field("format").unwrap_or_default(),
        api_key: field("api_key"),
    };
    let mut state = state.lock().unwrap();
    state.calls.push(call.clone());
    if state.always_fail {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": "the model crashed"})),
        );
    }
    if state.fail_next > 0 {
        state.fail_next -= 1;
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            axum::Json(json!({"error": "the model crashed"})),
        );
    }
    if state.unsupported.contains(&call.target) {
        return (
            StatusCode::BAD_REQUEST,
            axum::Json(json!({"error": format!("{} is not supported", call.target)})),
        );
    }
    (
        StatusCode::OK,
        axum::Json(json!({"translatedText": format!("[{}] {}", call.target, call.q)})),
    )
}

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

const POLL: Duration = Duration::from_millis(20);

/// Fast rounds and no waiting after failures, unless a test says otherwise.
fn fast_config(url: &str) -> TranslateConfig {
    let mut config = TranslateConfig::new(url);
    config.timeout = Duration::from_secs(5);
    config.poll_every = POLL;
    config.base_backoff = Duration::ZERO;
    config.max_backoff = Duration::ZERO;
    config
}

struct Running {
    shutdown: CancellationToken,
    handle: JoinHandle<()>,
}

fn start(store: &Store, config: TranslateConfig) -> Running {
    let shutdown = CancellationToken::new();
    let handle = spawn_worker(store.clone(), config, shutdown.clone());
    Running { shutdown, handle }
}

impl Running {
    /// Stops the worker and checks that it stops promptly and did not panic.
    async fn stop(self) {
        assert!(!self.handle.is_finished(), "the worker ended on its own");
        self.shutdown.cancel();
        tokio::time::timeout(Duration::from_secs(2), self.handle)
            .await
            .expect("the worker stops promptly on shutdown")
            .expect("the worker did not panic");
    }
}

/// Polls `check` until it holds, for at most 20 seconds.
async fn wait_until(what: &str, mut check: impl AsyncFnMut() -> bool) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while !check().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting until {what}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// Long enough for the worker to run many rounds.
async fn settle() {
    tokio::time::sleep(POLL * 15).await;
}

/// A theme and a resident to write in it.
async fn resident(store: &Store, telegram_id: i64) -> (i64, ParticipantId) {
    let mut tx = store.write().await.unwrap();
    let participant = tx
        .touch_participant(
            TelegramUserId::new(telegram_id),
            ChatId::new(telegram_id),
            Lang::Da,
        )
        .await
        .unwrap();
    let c = tx.current_consultation(Lang::Da).await.unwrap().unwrap();
    let theme = tx.themes(c.id, Lang::Da).await.unwrap()[0].id;
    tx.commit().await.unwrap();
    (theme, participant.id)
}

async fn submit(
    store: &Store,
    theme: i64,
    author: ParticipantId,
    text: &str,
    lang: Lang,
) -> SheetId {
    submit_with(store, theme, author, text, lang, Status::Visible).await
}

async fn submit_with(
    store: &Store,
    theme: i64,
    author: ParticipantId,
    text: &str,
    lang: Lang,
    status: Status,
) -> SheetId {
    let text = SheetText::parse(text).unwrap();
    let mut tx = store.write().await.unwrap();
    let id = tx
        .submit_sheet(NewSheet {
            theme_id: theme,
            kind: Kind::Challenge,
            text: &text,
            lang,
            author_id: author,
            status,
        })
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn add_detail(
    store: &Store,
    sheet: SheetId,
    author: ParticipantId,
    text: &str,
    lang: Lang,
) -> i64 {
    let text = SheetText::parse(text).unwrap();
    let mut tx = store.write().await.unwrap();
    let id = tx
        .add_detail(sheet, &text, lang, author, Status::Visible)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// A sheet's translations into every other language, as a reader of that language sees them.
async fn sheet_translations(
    store: &Store,
    sheet: SheetId,
) -> BTreeMap<Lang, (String, TranslationOrigin)> {
    let mut tx = store.read().await.unwrap();
    let mut out = BTreeMap::new();
    for lang in Lang::ALL {
        let row = tx.sheet(sheet, None, lang).await.unwrap().unwrap();
        if let Some(t) = row.summary.translation {
            out.insert(lang, t);
        }
    }
    tx.commit().await.unwrap();
    out
}

async fn detail_translations(
    store: &Store,
    sheet: SheetId,
    detail: i64,
) -> BTreeMap<Lang, (String, TranslationOrigin)> {
    let mut tx = store.read().await.unwrap();
    let mut out = BTreeMap::new();
    for lang in Lang::ALL {
        let details = tx.details(sheet, lang).await.unwrap();
        let row = details.into_iter().find(|d| d.id == detail).unwrap();
        if let Some(t) = row.translation {
            out.insert(lang, t);
        }
    }
    tx.commit().await.unwrap();
    out
}

/// A translation made by a person in the chat, written as the human /translate command does.
async fn human_translation(db: &TestDb, sheet: SheetId, lang: Lang, text: &str) {
    let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&db.url)
        .await
        .unwrap();
    sqlx::query(
        "INSERT INTO sheet_translations (sheet_id, lang, text, origin, created_at) \
         VALUES ($1, $2, $3, 'human', 0) ON CONFLICT (sheet_id, lang) DO UPDATE \
         SET text = excluded.text, origin = 'human'",
    )
    .bind(sheet.get())
    .bind(lang.code())
    .bind(text)
    .execute(&mut conn)
    .await
    .unwrap();
    sqlx::Connection::close(conn).await.unwrap();
}

fn others(lang: Lang) -> Vec<Lang> {
    Lang::ALL.into_iter().filter(|l| *l != lang).collect()
}

// ---------------------------------------------------------------------------
// Tests
// ---------------------------------------------------------------------------

backend_tests!(
    resident_texts_are_translated_into_the_eight_other_languages,
    |db: TestDb| async move {
        let store = db.store().await;
        let server = FakeLibreTranslate::start(FakeState::default()).await;
        let (theme, author) = resident(&store, 501).await;
        let sheet = submit(&store, theme, author, "Flere bænke ved søerne", Lang::Da).await;
        let detail = add_detail(&store, sheet, author, "Also near the lakes", Lang::En).await;
        // Neither hidden sheets nor the consultation's own (seed) sheets are sent anywhere.
        submit_with(
            &store,
            theme,
            author,
            "Skjult ark",
            Lang::Da,
            Status::Hidden,
        )
        .await;

        let mut config = fast_config(&server.url);
        config.api_key = Some("k3y".to_owned());
        let worker = start(&store, config);
        wait_until("the sheet and the detail are translated", async || {
            sheet_translations(&store, sheet).await.len() == 8
                && detail_translations(&store, sheet, detail).await.len() == 8
        })
        .await;
        settle().await;
        worker.stop().await;

        let sheet_tr = sheet_translations(&store, sheet).await;
        assert_eq!(
            sheet_tr.keys().copied().collect::<Vec<_>>(),
            others(Lang::Da)
        );
        for (lang, (text, origin)) in &sheet_tr {
            assert_eq!(*origin, TranslationOrigin::Machine);
            assert_eq!(text, &format!("[{lang}] Flere bænke ved søerne"));
        }
        let detail_tr = detail_translations(&store, sheet, detail).await;
        assert_eq!(
            detail_tr.keys().copied().collect::<Vec<_>>(),
            others(Lang::En)
        );
        for (lang, (text, origin)) in &detail_tr {
            assert_eq!(*origin, TranslationOrigin::Machine);
            assert_eq!(text, &format!("[{lang}] Also near the lakes"));
        }

        // Each translation asked for once, as plain text, with the API key.
        let calls = server.calls();
        assert_eq!(calls.len(), 16, "{calls:#?}");
        assert!(calls.iter().all(|c| c.format == "text"));
        assert!(calls.iter().all(|c| c.api_key.as_deref() == Some("k3y")));
        let from_sheet = calls.iter().filter(|c| c.q == "Flere bænke ved søerne");
        assert!(from_sheet.clone().all(|c| c.source == "da"));
        assert_eq!(from_sheet.count(), 8);
        let from_detail = calls.iter().filter(|c| c.q == "Also near the lakes");
        assert!(from_detail.clone().all(|c| c.source == "en"));
        assert_eq!(from_detail.count(), 8);
        let mut tx = store.read().await.unwrap();
        assert!(tx.untranslated_work(100, 8).await.unwrap().is_empty());
    }
);

backend_tests!(
    a_failing_server_is_retried_and_never_blocks_the_resident,
    |db: TestDb| async move {
        let store = db.store().await;
        let server = FakeLibreTranslate::start(FakeState {
            fail_next: 3,
            ..FakeState::default()
        })
        .await;
        let worker = start(&store, fast_config(&server.url));
        let (theme, author) = resident(&store, 502).await;
        let sheet = submit(&store, theme, author, "Lys på stien om aftenen", Lang::Da).await;

        // The sheet is stored and visible to others at once, translated or not.
        let mut tx = store.read().await.unwrap();
        let ranked = tx
            .ranked_sheets(theme, Kind::Challenge, None, Lang::En)
            .await
            .unwrap();
        assert!(ranked.iter().any(|s| s.id == sheet));
        tx.commit().await.unwrap();

        wait_until("the sheet is translated despite failures", async || {
            sheet_translations(&store, sheet).await.len() == 8
        })
        .await;
        worker.stop().await;

        let calls = server.calls();
        assert!(calls.len() >= 8 + 3, "{calls:#?}");
        assert!(calls.iter().all(|c| c.api_key.is_none()));
        // Once translated, the failures are forgotten.
        let mut tx = store.read().await.unwrap();
        for lang in others(Lang::Da) {
            let attempt = tx
                .translation_attempt(Target::Sheet(sheet), lang)
                .await
                .unwrap();
            assert_eq!(attempt, None, "{lang}");
        }
    }
);

backend_tests!(failures_back_off, |db: TestDb| async move {
    let store = db.store().await;
    let server = FakeLibreTranslate::start(FakeState {
        always_fail: true,
        ..FakeState::default()
    })
    .await;
    let (theme, author) = resident(&store, 503).await;
    let sheet = submit(&store, theme, author, "Færre biler", Lang::Da).await;
    let mut config = fast_config(&server.url);
    config.base_backoff = Duration::from_secs(3600);
    config.max_backoff = Duration::from_secs(3600);
    let worker = start(&store, config);
    wait_until("a failure is recorded", async || !server.calls().is_empty()).await;
    settle().await;
    worker.stop().await;

    // The first failure stops the round; nothing is asked again within the hour.
    let calls = server.calls();
    assert!(calls.len() <= 2, "{calls:#?}");
    let mut tx = store.read().await.unwrap();
    let failed: Vec<_> = calls
        .iter()
        .map(|c| c.target.parse::<Lang>().unwrap())
        .collect();
    for lang in &failed {
        let attempt = tx
            .translation_attempt(Target::Sheet(sheet), *lang)
            .await
            .unwrap()
            .expect("the failure is remembered");
        assert_eq!(attempt.attempts, 1);
        assert!(!attempt.given_up);
        assert!(attempt.next_attempt_at >= consultbot::store::now() + 3500);
        assert!(attempt.last_error.contains("500"), "{}", attempt.last_error);
        assert!(!attempt.last_error.contains("Færre"));
    }
    // The others are still to do; the failed ones wait.
    let work = tx.untranslated_work(100, 8).await.unwrap();
    assert_eq!(work.len(), 8 - failed.len());
    assert!(work.iter().all(|w| !failed.contains(&w.lang)));
    tx.commit().await.unwrap();

    // The sheet is there for everyone regardless.
    let row = {
        let mut tx = store.read().await.unwrap();
        tx.sheet(sheet, None, Lang::Ar).await.unwrap().unwrap()
    };
    assert_eq!(row.status, Status::Visible);
    assert_eq!(row.summary.translation, None);
    server.recover();
});

backend_tests!(
    human_translations_are_never_overwritten,
    |db: TestDb| async move {
        let store = db.store().await;
        let server = FakeLibreTranslate::start(FakeState::default()).await;
        let (theme, author) = resident(&store, 504).await;
        let first = submit(&store, theme, author, "Et torv med træer", Lang::Da).await;
        let second = submit(&store, theme, author, "Flere cykelstier", Lang::Da).await;
        human_translation(&db, first, Lang::En, "A square with trees").await;

        // A human translation arriving while the server was being asked wins.
        let mut tx = store.read().await.unwrap();
        let work = tx.untranslated_work(100, 8).await.unwrap();
        tx.commit().await.unwrap();
        assert!(
            work.iter()
                .any(|w| w.target == Target::Sheet(second) && w.lang == Lang::Ar)
        );
        assert!(
            !work
                .iter()
                .any(|w| w.target == Target::Sheet(first) && w.lang == Lang::En)
        );
        human_translation(&db, second, Lang::Ar, "ممرات دراجات أكثر").await;
        let mut tx = store.write().await.unwrap();
        let stored = tx
            .store_machine_translation(Target::Sheet(second), Lang::Ar, "[ar] machine")
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert!(!stored);

        let worker = start(&store, fast_config(&server.url));
        wait_until("both sheets are translated", async || {
            sheet_translations(&store, first).await.len() == 8
                && sheet_translations(&store, second).await.len() == 8
        })
        .await;
        settle().await;
        worker.stop().await;

        let first_tr = sheet_translations(&store, first).await;
        assert_eq!(
            first_tr[&Lang::En],
            ("A square with trees".to_owned(), TranslationOrigin::Human)
        );
        assert_eq!(first_tr[&Lang::Pl].1, TranslationOrigin::Machine);
        let second_tr = sheet_translations(&store, second).await;
        assert_eq!(
            second_tr[&Lang::Ar],
            ("ممرات دراجات أكثر".to_owned(), TranslationOrigin::Human)
        );
        let calls = server.calls();
        assert!(
            !calls
                .iter()
                .any(|c| c.q == "Et torv med træer" && c.target == "en")
        );
        assert!(
            !calls
                .iter()
                .any(|c| c.q == "Flere cykelstier" && c.target == "ar")
        );
        assert_eq!(calls.len(), 14);

        // And a human translation still replaces a machine one afterwards.
        human_translation(&db, first, Lang::Pl, "Plac z drzewami").await;
        assert_eq!(
            sheet_translations(&store, first).await[&Lang::Pl],
            ("Plac z drzewami".to_owned(), TranslationOrigin::Human)
        );
    }
);

backend_tests!(
    an_unsupported_language_is_not_asked_again,
    |db: TestDb| async move {
        let store = db.store().await;
        let server = FakeLibreTranslate::start(FakeState {
            unsupported: HashSet::from(["so".to_owned()]),
            ..FakeState::default()
        })
        .await;
        let (theme, author) = resident(&store, 505).await;
        let sheet = submit(&store, theme, author, "En legeplads", Lang::Da).await;
        let detail = add_detail(&store, sheet, author, "Med gynger", Lang::Da).await;

        let worker = start(&store, fast_config(&server.url));
        wait_until("all else is translated", async || {
            sheet_translations(&store, sheet).await.len() == 7
                && detail_translations(&store, sheet, detail).await.len() == 7
        })
        .await;
        settle().await;
        worker.stop().await;

        // Asked at most once per request in flight, then remembered for the pair.
        let into_somali = server.calls_into("so");
        assert!((1..=2).contains(&into_somali), "{into_somali}");
        let mut tx = store.read().await.unwrap();
        for target in [Target::Sheet(sheet), Target::Detail(detail)] {
            let attempt = tx
                .translation_attempt(target, Lang::So)
                .await
                .unwrap()
                .expect("the failure is remembered");
            assert!(attempt.given_up, "{attempt:?}");
            assert!(attempt.last_error.contains("does not translate"));
        }
        assert!(tx.untranslated_work(100, 8).await.unwrap().is_empty());
        tx.commit().await.unwrap();
        assert!(
            !sheet_translations(&store, sheet)
                .await
                .contains_key(&Lang::So)
        );

        // A restarted worker does not ask again either.
        let before = server.calls().len();
        let worker = start(&store, fast_config(&server.url));
        settle().await;
        worker.stop().await;
        assert_eq!(server.calls().len(), before);
    }
);

backend_tests!(
    work_skips_what_backs_off_or_was_given_up,
    |db: TestDb| async move {
        let store = db.store().await;
        let (theme, author) = resident(&store, 506).await;
        let sheet = submit(&store, theme, author, "Bedre busser", Lang::Da).await;
        submit_with(&store, theme, author, "Venter", Lang::Da, Status::Pending).await;
        // Nothing of a hidden sheet is translated, not even its details.
        let hidden = submit_with(&store, theme, author, "Skjult", Lang::Da, Status::Hidden).await;
        add_detail(&store, hidden, author, "Under et skjult ark", Lang::Da).await;

        let mut tx = store.write().await.unwrap();
        // A pending sheet is translated too, so facilitators can read it.
        assert_eq!(tx.untranslated_work(100, 8).await.unwrap().len(), 16);
        let work = tx.untranslated_work(3, 8).await.unwrap();
        assert_eq!(work.len(), 3);
        assert!(!format!("{work:?}").contains("Venter"), "no text in Debug");

        let wait = Backoff {
            base: Duration::from_secs(30),
            max: Duration::from_secs(3600),
        };
        let n = tx
            .record_translation_failure(Target::Sheet(sheet), Lang::En, "503", wait)
            .await
            .unwrap();
        assert_eq!(n, 1);
        let at = tx
            .translation_attempt(Target::Sheet(sheet), Lang::En)
            .await
            .unwrap()
            .unwrap();
        assert!(at.next_attempt_at >= consultbot::store::now() + 29);

        let none = Backoff {
            base: Duration::ZERO,
            max: Duration::ZERO,
        };
        for expected in 1..=3 {
            let n = tx
                .record_translation_failure(Target::Sheet(sheet), Lang::Ar, "503", none)
                .await
                .unwrap();
            assert_eq!(n, expected);
        }
        tx.give_up_translation(Target::Sheet(sheet), Lang::So, "so is not supported")
            .await
            .unwrap();

        let of_sheet = |work: &[consultbot::store::TranslationWork]| {
            let mut langs: Vec<Lang> = work
                .iter()
                .filter(|w| w.target == Target::Sheet(sheet))
                .map(|w| w.lang)
                .collect();
            langs.sort();
            langs
        };
        // En backs off, So was given up; Ar is due again while below the cap.
        let work = tx.untranslated_work(100, 8).await.unwrap();
        assert_eq!(
            of_sheet(&work),
            [Lang::Ar, Lang::Tr, Lang::Ur, Lang::Pl, Lang::Fa, Lang::Uk]
        );
        let ar = work
            .iter()
            .find(|w| w.target == Target::Sheet(sheet) && w.lang == Lang::Ar)
            .unwrap();
        assert_eq!(ar.attempts, 3);
        assert_eq!(ar.source, Lang::Da);
        assert_eq!(ar.text, "Bedre busser");
        // At the cap, Ar is not tried again.
        let work = tx.untranslated_work(100, 3).await.unwrap();
        assert_eq!(
            of_sheet(&work),
            [Lang::Tr, Lang::Ur, Lang::Pl, Lang::Fa, Lang::Uk]
        );

        // A stored translation ends the work and forgets the failures.
        assert!(
            tx.store_machine_translation(Target::Sheet(sheet), Lang::Ar, "[ar] x")
                .await
                .unwrap()
        );
        assert_eq!(
            tx.translation_attempt(Target::Sheet(sheet), Lang::Ar)
                .await
                .unwrap(),
            None
        );
        let work = tx.untranslated_work(100, 8).await.unwrap();
        assert_eq!(
            of_sheet(&work),
            [Lang::Tr, Lang::Ur, Lang::Pl, Lang::Fa, Lang::Uk]
        );
        tx.commit().await.unwrap();
    }
);
