//! A fake Telegram Bot API server for integration tests.
//!
//! The bot under test talks to it through teloxide's real HTTP client
//! (point `TELOXIDE_API_URL` at [`FakeBotApi::url`] and use
//! [`FakeBotApi::token`] as the token). The server:
//!
//! * validates every request against the published Bot API spec
//!   (`shared/telegram-bot-api/api.json`) and against Telegram's documented
//!   limits; anything Telegram would reject (or that is surely a bug, such as
//!   an unknown parameter) is answered with an error *and* recorded as a
//!   violation, so a test can end with [`FakeBotApi::assert_clean`];
//! * emulates long polling (`getUpdates`), per-chat message stores (send, edit,
//!   delete), callback-query answering and the bot's command/description
//!   settings closely enough for the bot not to notice the difference;
//! * lets the test push updates, inspect every call and inject failures.
//!
//! The server runs on its own thread with its own Tokio runtime, so it keeps
//! answering even while the test thread blocks (for example in
//! `std::process::Command::output`) and whichever runtime flavour the test
//! uses. It stops when the [`FakeBotApi`] is dropped.
//!
//! ```ignore
//! let api = FakeBotApi::start().await;
//! let bot = std::process::Command::new(env!("CARGO_BIN_EXE_consultbot"))
//!     .env("TELOXIDE_TOKEN", api.token())
//!     .env("TELOXIDE_API_URL", api.url())
//!     .spawn()?;
//! let update = api.push_message(42, "/start", Some("en"));
//! api.wait_until_confirmed(update, Duration::from_secs(10)).await;
//! let reply = api.wait_for_message(42, |m| m.plain_text.is_some(), Duration::from_secs(10)).await;
//! api.assert_clean();
//! ```
//!
//! Spec file: `$FAKE_BOT_API_SPEC`, or else
//! `$CARGO_MANIFEST_DIR/../shared/telegram-bot-api/api.json`.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};
use std::future::IntoFuture;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use axum::Router;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::{Map, Value, json};
use tokio::sync::{oneshot, watch};

/// Token to give the bot (the server accepts any non-empty token).
pub const TOKEN: &str = "123456:TEST";
/// The bot's user id, as returned by `getMe`.
pub const BOT_ID: i64 = 123_456;
/// The bot's username, as returned by `getMe`.
pub const BOT_USERNAME: &str = "consultbot_test_bot";
/// The bot's first name, as returned by `getMe`.
pub const BOT_FIRST_NAME: &str = "ConsultBot";

/// Largest request body accepted (Telegram allows 50 MB uploads).
const MAX_BODY: usize = 64 << 20;
/// Update kinds Telegram leaves out unless asked for explicitly.
const OPT_IN_UPDATES: [&str; 3] = ["chat_member", "message_reaction", "message_reaction_count"];
/// Telegram's exact wording (teloxide maps it to `ApiError::MessageNotModified`
/// only on an exact match).
const NOT_MODIFIED: &str = "Bad Request: message is not modified: specified new message content and \
     reply markup are exactly the same as a current content and reply markup of the message";
/// Telegram's exact wording. teloxide 0.17 expects "query id" in lower case for
/// `ApiError::InvalidQueryId`, so it reports this as `ApiError::Unknown`, as it
/// would with the real server.
const QUERY_TOO_OLD: &str =
    "Bad Request: query is too old and response timeout expired or query ID is invalid";

// ---------------------------------------------------------------------------
// Public test-side types
// ---------------------------------------------------------------------------

/// One request the bot made, recorded when it was answered.
#[derive(Clone, Debug)]
pub struct Call {
    /// Position in [`FakeBotApi::calls`] (0-based).
    pub seq: usize,
    /// Canonical method name from the spec (e.g. `sendMessage`), or the raw
    /// path segment for unknown methods.
    pub method: String,
    /// Parameters as a JSON object, whatever the encoding they arrived in
    /// (form and multipart values are converted to the declared types, and
    /// JSON-serialized objects such as `reply_markup` are parsed).
    pub params: Value,
    /// Uploaded files: (parameter that references the upload — e.g.
    /// `document` — or the multipart part name, file name, bytes).
    pub files: Vec<(String, String, Vec<u8>)>,
    /// HTTP status / Telegram `error_code` of the answer (200 on success).
    pub status: u16,
    /// The full JSON answer (`{"ok":…}` envelope).
    pub response: Value,
}

impl Call {
    pub fn ok(&self) -> bool {
        self.status == 200
    }
    pub fn str_param(&self, name: &str) -> Option<&str> {
        self.params.get(name).and_then(Value::as_str)
    }
    pub fn i64_param(&self, name: &str) -> Option<i64> {
        self.params.get(name).and_then(Value::as_i64)
    }
}

/// A file attached to a bot message.
#[derive(Clone, Debug, PartialEq)]
pub struct SentFile {
    pub file_id: String,
    pub file_name: String,
    /// The uploaded bytes; empty when the bot sent a file_id or URL.
    pub bytes: Vec<u8>,
}

/// Current state of a message the bot sent (edits applied, deleted ones gone).
#[derive(Clone, Debug)]
pub struct SentMessage {
    pub chat_id: i64,
    pub message_id: i64,
    /// Method that created it (`sendMessage`, `sendDocument`, …).
    pub method: String,
    /// Text as the bot sent it (HTML source when `parse_mode` is HTML).
    pub text: Option<String>,
    /// Caption as the bot sent it.
    pub caption: Option<String>,
    pub parse_mode: Option<String>,
    /// Text or caption after entity parsing: what the user reads.
    pub plain_text: Option<String>,
    /// Formatting entities of `plain_text` (UTF-16 offsets, like Telegram).
    pub entities: Vec<Value>,
    /// Reply markup as last sent (any keyboard kind); `None` once an edit
    /// removed it.
    pub reply_markup: Option<Value>,
    pub document: Option<SentFile>,
    pub photo: Option<SentFile>,
    /// Number of successful edits.
    pub edits: u32,
    /// The `Message` object as last returned to the bot.
    pub raw: Value,
}

impl SentMessage {
    /// Inline keyboard buttons, row by row flattened: (text, callback_data).
    /// Buttons without callback data (URL buttons…) have an empty second item.
    pub fn buttons(&self) -> Vec<(String, String)> {
        buttons(self)
    }

    /// What the user reads: the parsed text or caption (empty if none).
    pub fn shown(&self) -> &str {
        self.plain_text.as_deref().unwrap_or("")
    }
}

/// Inline keyboard buttons of a message: (text, callback_data), in row order.
pub fn buttons(msg: &SentMessage) -> Vec<(String, String)> {
    let Some(rows) = inline_rows(msg.reply_markup.as_ref()) else {
        return Vec::new();
    };
    rows.iter()
        .filter_map(Value::as_array)
        .flatten()
        .map(|b| {
            let text = b.get("text").and_then(Value::as_str).unwrap_or_default();
            let data = b
                .get("callback_data")
                .and_then(Value::as_str)
                .unwrap_or_default();
            (text.to_owned(), data.to_owned())
        })
        .collect()
}

// ---------------------------------------------------------------------------
// The server handle
// ---------------------------------------------------------------------------

/// A running fake Bot API server. Dropping it stops the server.
pub struct FakeBotApi {
    shared: Arc<Shared>,
    addr: SocketAddr,
    stop: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl FakeBotApi {
    /// Starts a server on 127.0.0.1 with an ephemeral port.
    ///
    /// Panics if the spec cannot be loaded or the port cannot be bound.
    pub async fn start() -> FakeBotApi {
        let spec = load_spec();
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("fake Bot API: bind 127.0.0.1:0");
        listener
            .set_nonblocking(true)
            .expect("fake Bot API: set_nonblocking");
        let addr = listener.local_addr().expect("fake Bot API: local_addr");
        let (changes, _) = watch::channel(0u64);
        let shared = Arc::new(Shared {
            spec,
            inner: Mutex::new(Inner::new()),
            changes,
        });
        let (stop_tx, stop_rx) = oneshot::channel::<()>();
        let server_shared = shared.clone();
        let thread = std::thread::Builder::new()
            .name(format!("fake-bot-api-{}", addr.port()))
            .spawn(move || serve(server_shared, listener, stop_rx))
            .expect("fake Bot API: spawn server thread");
        FakeBotApi {
            shared,
            addr,
            stop: Some(stop_tx),
            thread: Some(thread),
        }
    }

    /// Base URL for `TELOXIDE_API_URL`, e.g. `http://127.0.0.1:40123/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// A token the server accepts (any token is accepted).
    pub fn token(&self) -> &'static str {
        TOKEN
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops the server and waits (without blocking the runtime) for its
    /// thread to end. Dropping the handle does the same, blocking.
    pub async fn shutdown(mut self) {
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            while !thread.is_finished() {
                tokio::time::sleep(Duration::from_millis(10)).await;
            }
            let _ = thread.join();
        }
    }

    // --- users and updates ------------------------------------------------

    /// Sets the name the fake uses for a user (default: first name
    /// `Tester<id>`, username `user<id>`).
    pub fn set_user_name(&self, user_id: i64, first_name: &str, username: Option<&str>) {
        let mut inner = self.shared.lock();
        let user = inner.user(user_id);
        user.insert("first_name".into(), json!(first_name));
        match username {
            Some(u) => user.insert("username".into(), json!(u)),
            None => user.remove("username"),
        };
    }

    /// Queues a private-chat text message from `user_id` (chat id = user id)
    /// and returns its update id. A leading `/command` gets a `bot_command`
    /// entity, as Telegram sends it.
    pub fn push_message(&self, user_id: i64, text: &str, language_code: Option<&str>) -> i64 {
        let id = {
            let mut inner = self.shared.lock();
            let from = inner.sender(user_id, language_code);
            let message_id = inner.chat(user_id).next_message_id();
            let mut msg = json!({
                "message_id": message_id,
                "from": from,
                "chat": inner.chat_json(user_id),
                "date": now(),
                "text": text,
            });
            if let Some(len) = leading_command_len(text) {
                msg["entities"] = json!([{"type": "bot_command", "offset": 0, "length": len}]);
            }
            inner
                .chat(user_id)
                .messages
                .insert(message_id, Stored::User(msg.clone()));
            inner.enqueue("message", msg)
        };
        self.shared.bump();
        id
    }

    /// Queues a callback query from `user_id` pressing a button with `data`
    /// on bot message `message_id` of the private chat with that user.
    /// Returns the callback query id. The query's `message` is the stored
    /// message in its current state, or an inaccessible message if unknown.
    pub fn push_callback(
        &self,
        user_id: i64,
        message_id: i64,
        data: &str,
        language_code: Option<&str>,
    ) -> String {
        let id = {
            let mut inner = self.shared.lock();
            let from = inner.sender(user_id, language_code);
            let message = match inner
                .chats
                .get(&user_id)
                .and_then(|c| c.messages.get(&message_id))
            {
                Some(Stored::Bot(m)) => m.raw.clone(),
                Some(Stored::User(m)) => m.clone(),
                // date 0 is how Telegram marks an InaccessibleMessage.
                None => {
                    json!({"chat": inner.chat_json(user_id), "message_id": message_id, "date": 0})
                }
            };
            inner.next_callback += 1;
            let query_id = format!("{}", 4_000_000_000_000_000_000u64 + inner.next_callback);
            let query = json!({
                "id": query_id,
                "from": from,
                "message": message,
                "chat_instance": format!("{}", -user_id.abs() - 7_000_000),
                "data": data,
            });
            inner.callbacks.push(CallbackRecord {
                id: query_id.clone(),
                user_id,
                message_id,
                data: data.to_owned(),
                answer: None,
            });
            inner.enqueue("callback_query", query);
            query_id
        };
        self.shared.bump();
        id
    }

    /// Presses the inline button labelled exactly `label` on the bot's message
    /// `message_id` in the chat with `user_id`. Panics (listing the buttons)
    /// if there is no such callback button.
    pub fn press_button(
        &self,
        user_id: i64,
        message_id: i64,
        label: &str,
        language_code: Option<&str>,
    ) -> String {
        let msg = self
            .sent_to(user_id)
            .into_iter()
            .find(|m| m.message_id == message_id)
            .unwrap_or_else(|| {
                panic!("press_button: chat {user_id} has no bot message {message_id}")
            });
        let data = buttons(&msg)
            .into_iter()
            .find(|(text, data)| text == label && !data.is_empty())
            .map(|(_, data)| data)
            .unwrap_or_else(|| {
                panic!("press_button: message {message_id} has no callback button {label:?}; buttons: {:?}", buttons(&msg))
            });
        self.push_callback(user_id, message_id, &data, language_code)
    }

    /// Queues an arbitrary update; `update_id` is assigned (any given one is
    /// replaced) and returned. The update kind is its first key other than
    /// `update_id`.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let obj = update
            .as_object_mut()
            .expect("push_update: update must be a JSON object");
        obj.remove("update_id");
        let (kind, payload) = obj
            .iter()
            .next()
            .expect("push_update: update has no payload");
        let id = self.shared.lock().enqueue(kind, payload.clone());
        self.shared.bump();
        id
    }

    /// Waits until a `getUpdates` call has confirmed the update (an `offset`
    /// greater than its id). Panics at once if the update was dropped
    /// without delivery, or after `timeout`.
    pub async fn wait_until_confirmed(&self, update_id: i64, timeout: Duration) {
        let outcome = self
            .wait(
                timeout,
                &format!("update {update_id} to be confirmed by getUpdates"),
                |inner| {
                    if let Some(reason) = inner.dropped.get(&update_id) {
                        return Some(Err(reason.clone()));
                    }
                    (inner.confirmed_below > update_id).then_some(Ok(()))
                },
            )
            .await;
        if let Err(reason) = outcome {
            panic!(
                "fake Bot API: update {update_id} was dropped without being delivered: {reason}"
            );
        }
    }

    /// Updates queued and not yet confirmed (their JSON, with `update_id`).
    pub fn pending_updates(&self) -> Vec<Value> {
        self.shared
            .lock()
            .updates
            .iter()
            .map(|u| u.json.clone())
            .collect()
    }

    // --- calls --------------------------------------------------------------

    /// Every answered request so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    pub fn call_count(&self) -> usize {
        self.shared.lock().calls.len()
    }

    /// Answered requests of one method (case-insensitive name).
    pub fn calls_of(&self, method: &str) -> Vec<Call> {
        self.shared
            .lock()
            .calls
            .iter()
            .filter(|c| c.method.eq_ignore_ascii_case(method))
            .cloned()
            .collect()
    }

    /// Waits for an answered call of `method` matching `predicate`, searching
    /// from the first call on (use [`Self::wait_for_call_since`] to skip older
    /// ones). The call is recorded after its effects, so e.g. the message a
    /// `sendMessage` created is already in [`Self::sent_to`].
    pub async fn wait_for_call(
        &self,
        method: &str,
        predicate: impl Fn(&Call) -> bool,
        timeout: Duration,
    ) -> Call {
        self.wait_for_call_since(0, method, predicate, timeout)
            .await
    }

    /// Like [`Self::wait_for_call`], considering only calls with `seq >= since`
    /// (take `since` from [`Self::call_count`]).
    pub async fn wait_for_call_since(
        &self,
        since: usize,
        method: &str,
        predicate: impl Fn(&Call) -> bool,
        timeout: Duration,
    ) -> Call {
        self.wait(
            timeout,
            &format!("a {method} call matching the predicate (from call #{since})"),
            |inner| {
                inner
                    .calls
                    .iter()
                    .skip(since)
                    .find(|c| c.method.eq_ignore_ascii_case(method) && predicate(c))
                    .cloned()
            },
        )
        .await
    }

    // --- messages -------------------------------------------------------------

    /// Current state of the bot's messages in a chat, oldest first.
    pub fn sent_to(&self, chat_id: i64) -> Vec<SentMessage> {
        let inner = self.shared.lock();
        inner
            .chats
            .get(&chat_id)
            .map(ChatState::bot_messages)
            .unwrap_or_default()
    }

    /// The bot's newest surviving message in a chat.
    pub fn last_message(&self, chat_id: i64) -> Option<SentMessage> {
        self.sent_to(chat_id).pop()
    }

    /// Waits until some bot message in the chat (current state) matches.
    pub async fn wait_for_message(
        &self,
        chat_id: i64,
        predicate: impl Fn(&SentMessage) -> bool,
        timeout: Duration,
    ) -> SentMessage {
        self.wait(
            timeout,
            &format!("a bot message in chat {chat_id} matching the predicate"),
            |inner| {
                inner
                    .chats
                    .get(&chat_id)?
                    .bot_messages()
                    .into_iter()
                    .find(|m| predicate(m))
            },
        )
        .await
    }

    // --- callbacks, settings, violations ---------------------------------------

    /// Ids of pushed callback queries the bot has not answered (yet).
    pub fn unanswered_callbacks(&self) -> Vec<String> {
        let inner = self.shared.lock();
        inner
            .callbacks
            .iter()
            .filter(|c| c.answer.is_none())
            .map(|c| c.id.clone())
            .collect()
    }

    /// Parameters of the `answerCallbackQuery` that answered a query.
    pub fn callback_answer(&self, callback_id: &str) -> Option<Value> {
        let inner = self.shared.lock();
        inner
            .callbacks
            .iter()
            .find(|c| c.id == callback_id)
            .and_then(|c| c.answer.clone())
    }

    /// Waits until every pushed callback query has been answered.
    pub async fn wait_callbacks_answered(&self, timeout: Duration) {
        self.wait(timeout, "all callback queries to be answered", |inner| {
            inner
                .callbacks
                .iter()
                .all(|c| c.answer.is_some())
                .then_some(())
        })
        .await
    }

    /// Commands set with `setMyCommands` for the default scope and a language
    /// (`""` = all languages): (command, description). `None` if never set.
    pub fn my_commands(&self, language_code: &str) -> Option<Vec<(String, String)>> {
        let inner = self.shared.lock();
        let list = inner
            .commands
            .get(&(default_scope_key(), language_code.to_owned()))?;
        Some(
            list.as_array()?
                .iter()
                .map(|c| {
                    let field = |k: &str| {
                        c.get(k)
                            .and_then(Value::as_str)
                            .unwrap_or_default()
                            .to_owned()
                    };
                    (field("command"), field("description"))
                })
                .collect(),
        )
    }

    /// Description set with `setMyDescription` for a language (`""` = default).
    pub fn my_description(&self, language_code: &str) -> Option<String> {
        self.shared.lock().descriptions.get(language_code).cloned()
    }

    /// Short description set with `setMyShortDescription` for a language.
    pub fn my_short_description(&self, language_code: &str) -> Option<String> {
        self.shared
            .lock()
            .short_descriptions
            .get(language_code)
            .cloned()
    }

    /// Makes the next call of `method` fail with this error instead of running
    /// (after validation). Several calls queue up. `retry_after` adds
    /// `parameters.retry_after`, as Telegram does with 429. Avoid 5xx codes:
    /// teloxide sleeps 10 s on server errors.
    pub fn fail_next(
        &self,
        method: &str,
        error_code: u16,
        description: &str,
        retry_after: Option<u32>,
    ) {
        let method = self
            .shared
            .spec
            .canonical(method)
            .unwrap_or_else(|| panic!("fail_next: unknown method {method}"));
        let error = ApiError {
            code: error_code,
            description: description.to_owned(),
            retry_after,
        };
        self.shared
            .lock()
            .faults
            .entry(method.to_owned())
            .or_default()
            .push_back(error);
    }

    /// Everything the bot did that Telegram would reject or that breaks the
    /// spec, as human-readable lines.
    pub fn violations(&self) -> Vec<String> {
        self.shared.lock().violations.clone()
    }

    /// Panics listing violations and unanswered callback queries, if any.
    pub fn assert_clean(&self) {
        let inner = self.shared.lock();
        let unanswered: Vec<String> = inner
            .callbacks
            .iter()
            .filter(|c| c.answer.is_none())
            .map(|c| {
                format!(
                    "{} (user {}, message {}, data {:?})",
                    c.id, c.user_id, c.message_id, c.data
                )
            })
            .collect();
        if inner.violations.is_empty() && unanswered.is_empty() {
            return;
        }
        let mut report = String::from("fake Bot API: the bot did not behave cleanly\n");
        if !inner.violations.is_empty() {
            report.push_str("violations:\n");
            for v in &inner.violations {
                report.push_str(&format!("  - {v}\n"));
            }
        }
        if !unanswered.is_empty() {
            report.push_str("unanswered callback queries:\n");
            for u in &unanswered {
                report.push_str(&format!("  - {u}\n"));
            }
        }
        drop(inner);
        panic!("{report}");
    }

    /// Polls `check` on every state change until it yields a value; panics
    /// after `timeout` with a summary of what the server saw.
    async fn wait<T>(
        &self,
        timeout: Duration,
        what: &str,
        mut check: impl FnMut(&Inner) -> Option<T>,
    ) -> T {
        // Subscribe before the first check so no change can slip in between.
        let mut changes = self.shared.changes.subscribe();
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if let Some(found) = check(&self.shared.lock()) {
                return found;
            }
            if tokio::time::timeout_at(deadline, changes.changed())
                .await
                .is_err()
            {
                if let Some(found) = check(&self.shared.lock()) {
                    return found;
                }
                let summary = self.shared.lock().summary();
                panic!("fake Bot API: timed out after {timeout:?} waiting for {what}\n{summary}");
            }
        }
    }
}

impl Drop for FakeBotApi {
    fn drop(&mut self) {
        self.stop.take();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

// ---------------------------------------------------------------------------
// Shared state
// ---------------------------------------------------------------------------

struct Shared {
    spec: Arc<Spec>,
    inner: Mutex<Inner>,
    /// Bumped on every state change; waiters (test side and long polls) watch it.
    changes: watch::Sender<u64>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread must not wedge the server.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn bump(&self) {
        self.changes.send_modify(|v| *v = v.wrapping_add(1));
    }
}

struct QueuedUpdate {
    id: i64,
    kind: String,
    json: Value,
}

struct CallbackRecord {
    id: String,
    user_id: i64,
    message_id: i64,
    data: String,
    answer: Option<Value>,
}

enum Stored {
    User(Value),
    Bot(Box<SentMessage>),
}

#[derive(Default)]
struct ChatState {
    /// Message ids are per chat and shared by both sides, as in private chats.
    last_message_id: i64,
    messages: BTreeMap<i64, Stored>,
}

impl ChatState {
    fn next_message_id(&mut self) -> i64 {
        self.last_message_id += 1;
        self.last_message_id
    }

    fn bot_messages(&self) -> Vec<SentMessage> {
        self.messages
            .values()
            .filter_map(|s| match s {
                Stored::Bot(m) => Some(SentMessage::clone(m)),
                Stored::User(_) => None,
            })
            .collect()
    }
}

#[derive(Clone, Debug)]
struct ApiError {
    code: u16,
    description: String,
    retry_after: Option<u32>,
}

impl ApiError {
    fn bad_request(what: impl std::fmt::Display) -> Self {
        ApiError {
            code: 400,
            description: format!("Bad Request: {what}"),
            retry_after: None,
        }
    }
}

struct Inner {
    calls: Vec<Call>,
    violations: Vec<String>,
    updates: VecDeque<QueuedUpdate>,
    last_update_id: i64,
    /// Every update with a smaller id has been confirmed by an offset.
    confirmed_below: i64,
    /// Updates discarded without delivery, with the reason.
    dropped: BTreeMap<i64, String>,
    /// Last `allowed_updates` given; Telegram keeps it across calls.
    allowed_updates: Option<Vec<String>>,
    /// Incremented by each getUpdates; an older long poll seeing a newer
    /// generation is terminated with 409, as Telegram does.
    poll_generation: u64,
    webhook_url: String,
    shutting_down: bool,
    chats: HashMap<i64, ChatState>,
    users: HashMap<i64, Value>,
    callbacks: Vec<CallbackRecord>,
    next_callback: u64,
    faults: HashMap<String, VecDeque<ApiError>>,
    /// (scope JSON, language_code) -> commands array.
    commands: BTreeMap<(String, String), Value>,
    descriptions: HashMap<String, String>,
    short_descriptions: HashMap<String, String>,
    names: HashMap<String, String>,
    files: HashMap<String, SentFile>,
    next_file: u64,
}

impl Inner {
    fn new() -> Self {
        Inner {
            calls: Vec::new(),
            violations: Vec::new(),
            updates: VecDeque::new(),
            last_update_id: 0,
            confirmed_below: 0,
            dropped: BTreeMap::new(),
            allowed_updates: None,
            poll_generation: 0,
            webhook_url: String::new(),
            shutting_down: false,
            chats: HashMap::new(),
            users: HashMap::new(),
            callbacks: Vec::new(),
            next_callback: 0,
            faults: HashMap::new(),
            commands: BTreeMap::new(),
            descriptions: HashMap::new(),
            short_descriptions: HashMap::new(),
            names: HashMap::new(),
            files: HashMap::new(),
            next_file: 0,
        }
    }

    fn enqueue(&mut self, kind: &str, payload: Value) -> i64 {
        self.last_update_id += 1;
        let id = self.last_update_id;
        let mut json = Map::new();
        json.insert("update_id".into(), json!(id));
        json.insert(kind.into(), payload);
        self.updates.push_back(QueuedUpdate {
            id,
            kind: kind.to_owned(),
            json: Value::Object(json),
        });
        id
    }

    fn user(&mut self, user_id: i64) -> &mut Map<String, Value> {
        let user = self.users.entry(user_id).or_insert_with(|| {
            json!({
                "id": user_id,
                "is_bot": false,
                "first_name": format!("Tester{user_id}"),
                "username": format!("user{user_id}"),
            })
        });
        user.as_object_mut().expect("users are JSON objects")
    }

    /// The `from` of an update: the user as the client currently reports it.
    fn sender(&mut self, user_id: i64, language_code: Option<&str>) -> Value {
        let user = self.user(user_id);
        match language_code {
            Some(lang) => user.insert("language_code".into(), json!(lang)),
            None => user.remove("language_code"),
        };
        Value::Object(user.clone())
    }

    fn chat(&mut self, chat_id: i64) -> &mut ChatState {
        self.chats.entry(chat_id).or_default()
    }

    fn chat_json(&self, chat_id: i64) -> Value {
        if chat_id > 0 {
            let user = self.users.get(&chat_id);
            let field = |k: &str| user.and_then(|u| u.get(k)).cloned();
            let mut chat = json!({
                "id": chat_id,
                "type": "private",
                "first_name": field("first_name").unwrap_or_else(|| json!(format!("Tester{chat_id}"))),
            });
            if let Some(username) = field("username") {
                chat["username"] = username;
            }
            chat
        } else if chat_id <= -1_000_000_000_000 {
            json!({"id": chat_id, "type": "supergroup", "title": format!("Supergroup {chat_id}")})
        } else {
            json!({"id": chat_id, "type": "group", "title": format!("Group {chat_id}")})
        }
    }

    fn new_file_id(&mut self, prefix: &str) -> String {
        self.next_file += 1;
        format!("{prefix}{:08}", self.next_file)
    }

    /// Text describing what the server saw, for timeout panics.
    fn summary(&self) -> String {
        let mut s = String::new();
        let polls = self
            .calls
            .iter()
            .filter(|c| c.method == "getUpdates")
            .count();
        let others: Vec<&Call> = self
            .calls
            .iter()
            .filter(|c| c.method != "getUpdates")
            .collect();
        s.push_str(&format!(
            "calls received: {} ({polls} getUpdates, not listed)\n",
            self.calls.len()
        ));
        let skip = others.len().saturating_sub(40);
        if skip > 0 {
            s.push_str(&format!("  … {skip} older calls omitted\n"));
        }
        for c in others.iter().skip(skip) {
            s.push_str(&format!(
                "  #{} {} -> {} {}\n",
                c.seq,
                c.method,
                c.status,
                truncate(&c.params.to_string(), 300)
            ));
            if c.status != 200 {
                s.push_str(&format!(
                    "      answer: {}\n",
                    truncate(&c.response.to_string(), 300)
                ));
            }
        }
        let pending: Vec<i64> = self.updates.iter().map(|u| u.id).collect();
        s.push_str(&format!(
            "updates: last pushed id {}, confirmed below {}, pending {:?}\n",
            self.last_update_id, self.confirmed_below, pending
        ));
        if let Some(last_poll) = self.calls.iter().rev().find(|c| c.method == "getUpdates") {
            s.push_str(&format!(
                "last getUpdates: {}\n",
                truncate(&last_poll.params.to_string(), 300)
            ));
        }
        if !self.dropped.is_empty() {
            s.push_str(&format!("dropped updates: {:?}\n", self.dropped));
        }
        if !self.violations.is_empty() {
            s.push_str("violations:\n");
            for v in &self.violations {
                s.push_str(&format!("  - {v}\n"));
            }
        }
        s
    }
}

// ---------------------------------------------------------------------------
// HTTP layer
// ---------------------------------------------------------------------------

fn serve(shared: Arc<Shared>, listener: std::net::TcpListener, stop: oneshot::Receiver<()>) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("fake Bot API: build runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("fake Bot API: listener");
        let app = Router::new()
            .fallback(handle)
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .with_state(shared.clone());
        let (graceful_tx, graceful_rx) = oneshot::channel::<()>();
        let server = axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = graceful_rx.await;
            })
            .into_future();
        tokio::pin!(server);
        tokio::select! {
            _ = &mut server => {}
            // Resolves on an explicit stop and when the handle is dropped.
            _ = stop => {
                shared.lock().shutting_down = true;
                shared.bump(); // ends pending long polls
                let _ = graceful_tx.send(());
                // A client that keeps a request open must not hang the test.
                let _ = tokio::time::timeout(Duration::from_secs(2), &mut server).await;
            }
        }
    });
    runtime.shutdown_timeout(Duration::from_millis(100));
}

/// Parameters as they arrived, before conversion to the declared types.
enum Raw {
    /// From a JSON body: already typed.
    Json(Value),
    /// From a query string, urlencoded form or multipart text part.
    Text(String),
}

struct Upload {
    part: String,
    file_name: String,
    bytes: Vec<u8>,
}

async fn handle(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let method_segment = parse_path(&path);
    let canonical = method_segment.and_then(|m| shared.spec.canonical(m));
    let Some(method) = canonical else {
        let shown = method_segment.unwrap_or(&path).to_owned();
        let detail = match method_segment {
            Some(m) => format!("unknown method `{m}` (answered 404 Not Found)"),
            None => format!("request to unexpected path `{path}` (answered 404 Not Found)"),
        };
        let error = ApiError {
            code: 404,
            description: "Not Found".into(),
            retry_after: None,
        };
        return finish(
            &shared,
            shown,
            Value::Object(Map::new()),
            Vec::new(),
            vec![detail],
            Err(error),
        );
    };
    let spec = &*shared.spec;
    let method_spec = &spec.methods[method];

    let (raw, uploads) = match read_params(req).await {
        Ok(parsed) => parsed,
        Err(problem) => {
            let error = problem.reply();
            return finish(
                &shared,
                method.to_owned(),
                json!({}),
                Vec::new(),
                vec![problem.detail],
                Err(error),
            );
        }
    };
    let Normalized {
        params,
        files,
        mut problems,
    } = normalize(spec, method_spec, raw, uploads);
    check_params(spec, method_spec, &params, &mut problems);
    check_limits(method, &params, &mut problems);

    let fault = if problems.is_empty() {
        shared
            .lock()
            .faults
            .get_mut(method)
            .and_then(VecDeque::pop_front)
    } else {
        None
    };
    let result = if let Some(first) = problems.first() {
        Err(first.reply())
    } else if let Some(fault) = fault {
        Err(fault)
    } else if method == "getUpdates" {
        get_updates(&shared, &params).await
    } else {
        let mut inner = shared.lock();
        dispatch(&mut inner, method_spec, &params, &files)
    };
    let details = problems.iter().map(|p| p.detail.clone()).collect();
    finish(
        &shared,
        method.to_owned(),
        Value::Object(params),
        files,
        details,
        result,
    )
}

/// Records the call (and its violations) and builds the HTTP answer.
fn finish(
    shared: &Shared,
    method: String,
    params: Value,
    files: Vec<(String, String, Vec<u8>)>,
    violations: Vec<String>,
    result: Result<Value, ApiError>,
) -> Response {
    let (status, body) = match result {
        Ok(value) => (200, json!({"ok": true, "result": value})),
        Err(e) => {
            let mut body = json!({"ok": false, "error_code": e.code, "description": e.description});
            if let Some(seconds) = e.retry_after {
                body["parameters"] = json!({"retry_after": seconds});
            }
            (e.code, body)
        }
    };
    {
        let mut inner = shared.lock();
        inner
            .violations
            .extend(violations.into_iter().map(|v| format!("{method}: {v}")));
        let seq = inner.calls.len();
        inner.calls.push(Call {
            seq,
            method,
            params,
            files,
            status,
            response: body.clone(),
        });
    }
    shared.bump();
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// `/bot<token>/<method>` -> `<method>`.
fn parse_path(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/bot")?;
    let (token, method) = rest.split_once('/')?;
    (!token.is_empty() && !method.is_empty() && !method.contains('/')).then_some(method)
}

async fn read_params(req: Request) -> Result<(Vec<(String, Raw)>, Vec<Upload>), Problem> {
    let mut raw: Vec<(String, Raw)> = req
        .uri()
        .query()
        .map(|q| {
            url_decode_pairs(q)
                .into_iter()
                .map(|(k, v)| (k, Raw::Text(v)))
                .collect()
        })
        .unwrap_or_default();
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut uploads = Vec::new();

    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(req, &())
            .await
            .map_err(|e| Problem::new(format!("malformed multipart body: {e}")))?;
        let mut parts = Vec::new();
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(e) => return Err(Problem::new(format!("malformed multipart body: {e}"))),
            };
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field
                .bytes()
                .await
                .map_err(|e| Problem::new(format!("malformed multipart body: {e}")))?;
            parts.push((name, file_name, bytes.to_vec()));
        }
        // teloxide uploads files as parts named by a random id and passes
        // "attach://<id>" in the parameter, with a possibly empty file name,
        // so a part is a file if it is referenced or has a file name.
        let mut referenced = HashSet::new();
        for (_, file_name, bytes) in &parts {
            if file_name.is_none() {
                attach_refs(&String::from_utf8_lossy(bytes), &mut referenced);
            }
        }
        for (name, file_name, bytes) in parts {
            if file_name.is_some() || referenced.contains(&name) {
                uploads.push(Upload {
                    part: name,
                    file_name: file_name.unwrap_or_default(),
                    bytes,
                });
            } else {
                let text = String::from_utf8(bytes).map_err(|_| {
                    Problem::new(format!("multipart field `{name}` is not valid UTF-8"))
                })?;
                raw.push((name, Raw::Text(text)));
            }
        }
        return Ok((raw, uploads));
    }

    let body = axum::body::to_bytes(req.into_body(), MAX_BODY)
        .await
        .map_err(|e| Problem::new(format!("can't read request body: {e}")))?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok((raw, uploads));
    }
    if content_type.starts_with("application/json")
        || (content_type.is_empty() && body.first() == Some(&b'{'))
    {
        let value: Value = serde_json::from_slice(&body).map_err(|e| Problem {
            detail: format!("request body is not valid JSON: {e}"),
            reply: "Bad Request: can't parse JSON object".into(),
        })?;
        let Value::Object(map) = value else {
            return Err(Problem::new("JSON request body must be an object"));
        };
        raw.extend(map.into_iter().map(|(k, v)| (k, Raw::Json(v))));
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let text = String::from_utf8_lossy(&body);
        raw.extend(
            url_decode_pairs(&text)
                .into_iter()
                .map(|(k, v)| (k, Raw::Text(v))),
        );
    } else {
        return Err(Problem::new(format!(
            "unsupported Content-Type `{content_type}` with a non-empty body"
        )));
    }
    Ok((raw, uploads))
}

fn url_decode_pairs(s: &str) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = |b: u8| (b as char).to_digit(16);
                    match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                        (Some(hi), Some(lo)) => {
                            out.push((hi * 16 + lo) as u8);
                            i += 2;
                        }
                        _ => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Collects the names in every `attach://<name>` occurring in `s`.
fn attach_refs(s: &str, out: &mut HashSet<String>) {
    let mut rest = s;
    while let Some(pos) = rest.find("attach://") {
        rest = &rest[pos + "attach://".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(rest.len());
        if end > 0 {
            out.insert(rest[..end].to_owned());
        }
        rest = &rest[end..];
    }
}

// ---------------------------------------------------------------------------
// Spec and validation
// ---------------------------------------------------------------------------

#[derive(Deserialize)]
struct RawSpec {
    methods: HashMap<String, RawEntry>,
    types: HashMap<String, RawEntry>,
}

#[derive(Deserialize)]
struct RawEntry {
    #[serde(default)]
    fields: Vec<RawField>,
    #[serde(default)]
    subtypes: Vec<String>,
    #[serde(default)]
    returns: Vec<String>,
}

#[derive(Deserialize)]
struct RawField {
    name: String,
    types: Vec<String>,
    required: bool,
    #[serde(default)]
    description: String,
}

struct FieldSpec {
    name: String,
    types: Vec<String>,
    required: bool,
    /// Discriminator value for `type`/`source`/`status` fields of union
    /// members ("must be chat" / always "emoji").
    fixed: Option<String>,
}

struct Entry {
    name: String,
    fields: Vec<FieldSpec>,
    subtypes: Vec<String>,
    returns: Vec<String>,
}

impl Entry {
    fn field(&self, name: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
    }
}

struct Spec {
    methods: HashMap<String, Entry>,
    /// lowercase name -> canonical name (Bot API method names are case-insensitive).
    method_names: HashMap<String, String>,
    types: HashMap<String, Entry>,
}

impl Spec {
    fn canonical(&self, method: &str) -> Option<&str> {
        self.method_names
            .get(&method.to_ascii_lowercase())
            .map(String::as_str)
    }
}

fn load_spec() -> Arc<Spec> {
    static SPEC: OnceLock<Result<Arc<Spec>, String>> = OnceLock::new();
    let loaded = SPEC.get_or_init(|| {
        let path = std::env::var("FAKE_BOT_API_SPEC").unwrap_or_else(|_| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../shared/telegram-bot-api/api.json"
            )
            .to_owned()
        });
        let text = std::fs::read_to_string(&path)
            .map_err(|e| format!("can't read Bot API spec {path}: {e}"))?;
        let raw: RawSpec = serde_json::from_str(&text)
            .map_err(|e| format!("can't parse Bot API spec {path}: {e}"))?;
        Ok(Arc::new(build_spec(raw)))
    });
    match loaded {
        Ok(spec) => spec.clone(),
        Err(e) => panic!("fake Bot API: {e} (set FAKE_BOT_API_SPEC to the path of api.json)"),
    }
}

fn build_spec(raw: RawSpec) -> Spec {
    fn entry(name: String, e: RawEntry) -> Entry {
        let fields = e
            .fields
            .into_iter()
            .map(|f| {
                let fixed = if matches!(f.name.as_str(), "type" | "source" | "status") {
                    fixed_value(&f.description)
                } else {
                    None
                };
                FieldSpec {
                    name: f.name,
                    types: f.types,
                    required: f.required,
                    fixed,
                }
            })
            .collect();
        Entry {
            name,
            fields,
            subtypes: e.subtypes,
            returns: e.returns,
        }
    }
    let method_names = raw
        .methods
        .keys()
        .map(|k| (k.to_ascii_lowercase(), k.clone()))
        .collect();
    Spec {
        methods: raw
            .methods
            .into_iter()
            .map(|(k, v)| (k.clone(), entry(k, v)))
            .collect(),
        method_names,
        types: raw
            .types
            .into_iter()
            .map(|(k, v)| (k.clone(), entry(k, v)))
            .collect(),
    }
}

/// `"Scope type, must be chat"` -> `chat`; `Type of the reaction, always "emoji"` -> `emoji`.
fn fixed_value(description: &str) -> Option<String> {
    let tail = description
        .rsplit_once("must be ")
        .or_else(|| description.rsplit_once("always "))?
        .1
        .trim_matches(|c| matches!(c, '"' | '“' | '”'));
    (!tail.is_empty()
        && tail
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
    .then(|| tail.to_owned())
}

/// Something wrong with a request: recorded as a violation and answered 400.
struct Problem {
    detail: String,
    reply: String,
}

impl Problem {
    fn new(detail: impl Into<String>) -> Self {
        let detail = detail.into();
        Problem {
            reply: format!("Bad Request: {detail}"),
            detail,
        }
    }

    fn with_reply(detail: impl Into<String>, reply: impl Into<String>) -> Self {
        Problem {
            detail: detail.into(),
            reply: reply.into(),
        }
    }

    fn reply(&self) -> ApiError {
        ApiError {
            code: 400,
            description: self.reply.clone(),
            retry_after: None,
        }
    }
}

struct Normalized {
    params: Map<String, Value>,
    files: Vec<(String, String, Vec<u8>)>,
    problems: Vec<Problem>,
}

/// Converts raw parameters to JSON values of their declared types and ties
/// uploaded parts to the parameters that reference them.
fn normalize(
    spec: &Spec,
    method: &Entry,
    raw: Vec<(String, Raw)>,
    uploads: Vec<Upload>,
) -> Normalized {
    let mut problems = Vec::new();
    let mut params = Map::new();
    for (name, value) in raw {
        let types = method
            .field(&name)
            .map(|f| f.types.as_slice())
            .unwrap_or_default();
        let value = match value {
            Raw::Json(v) => coerce_json(spec, v, types),
            Raw::Text(s) => coerce_text(spec, s, types),
        };
        params.insert(name, value);
    }
    // A part uploaded directly under an InputFile parameter's own name
    // (plain multipart, as curl -F does) stands for "attach://<name>".
    for upload in &uploads {
        let takes_file = method
            .field(&upload.part)
            .is_some_and(|f| f.types.iter().any(|t| t == "InputFile"));
        if takes_file && !params.contains_key(&upload.part) {
            params.insert(
                upload.part.clone(),
                json!(format!("attach://{}", upload.part)),
            );
        }
    }
    let mut referenced_by: HashMap<String, String> = HashMap::new();
    for (name, value) in &params {
        let mut refs = HashSet::new();
        visit_strings(value, &mut |s| attach_refs(s, &mut refs));
        for r in refs {
            referenced_by.entry(r).or_insert_with(|| name.clone());
        }
    }
    let part_names: HashSet<&str> = uploads.iter().map(|u| u.part.as_str()).collect();
    for (part, param) in &referenced_by {
        if !part_names.contains(part.as_str()) {
            problems.push(Problem::new(format!(
                "{param}: refers to attach://{part} but no such file was uploaded"
            )));
        }
    }
    let files = uploads
        .into_iter()
        .map(|u| {
            let field = match referenced_by.get(&u.part) {
                Some(param) => param.clone(),
                None => {
                    problems.push(Problem::new(format!(
                        "uploaded part `{}` (file {:?}) is not referenced by any parameter",
                        u.part, u.file_name
                    )));
                    u.part.clone()
                }
            };
            (field, u.file_name, u.bytes)
        })
        .collect();
    Normalized {
        params,
        files,
        problems,
    }
}

fn visit_strings(value: &Value, f: &mut impl FnMut(&str)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| visit_strings(v, f)),
        Value::Object(map) => map.values().for_each(|v| visit_strings(v, f)),
        _ => {}
    }
}

fn is_structured(spec: &Spec, ty: &str) -> bool {
    ty.starts_with("Array of ") || (spec.types.contains_key(ty) && ty != "InputFile")
}

/// JSON bodies keep their types, except that a JSON-serialized object or
/// array may be passed as a string (the docs describe such parameters as
/// "A JSON-serialized object", and Telegram accepts both).
fn coerce_json(spec: &Spec, value: Value, types: &[String]) -> Value {
    if let Value::String(s) = &value
        && !types.iter().any(|t| t == "String" || t == "InputFile")
        && types.iter().any(|t| is_structured(spec, t))
        && let Ok(parsed) = serde_json::from_str::<Value>(s)
        && (parsed.is_object() || parsed.is_array())
    {
        return parsed;
    }
    value
}

/// Text values (query, form, multipart) take the first declared type they parse as.
fn coerce_text(spec: &Spec, s: String, types: &[String]) -> Value {
    for ty in types {
        match ty.as_str() {
            "Integer" => {
                if let Ok(i) = s.trim().parse::<i64>() {
                    return json!(i);
                }
            }
            "Float" => {
                if let Some(n) = s
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                {
                    return Value::Number(n);
                }
            }
            "Boolean" | "True" => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "1" => return json!(true),
                "false" | "0" => return json!(false),
                _ => {}
            },
            "String" | "InputFile" => return Value::String(s),
            t if is_structured(spec, t) => {
                if let Ok(v) = serde_json::from_str::<Value>(&s)
                    && (v.is_object() || v.is_array())
                {
                    return v;
                }
            }
            _ => {}
        }
    }
    Value::String(s)
}

fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "Boolean",
        Value::Number(n) if n.is_f64() => "Float",
        Value::Number(_) => "Integer",
        Value::String(_) => "String",
        Value::Array(_) => "Array",
        Value::Object(_) => "object",
    }
}

/// Checks parameters against the method's fields: unknown names, missing
/// required ones, and value types (recursively for object types).
fn check_params(
    spec: &Spec,
    method: &Entry,
    params: &Map<String, Value>,
    problems: &mut Vec<Problem>,
) {
    for field in &method.fields {
        if field.required && !params.contains_key(&field.name) {
            problems.push(Problem::with_reply(
                format!("missing required parameter `{}`", field.name),
                format!("Bad Request: {} is empty", field.name),
            ));
        }
    }
    for (name, value) in params {
        match method.field(name) {
            None => problems.push(Problem::new(format!("unknown parameter `{name}`"))),
            Some(field) => {
                let mut errors = Vec::new();
                check_value(spec, value, &field.types, name, &mut errors);
                problems.extend(errors.into_iter().map(Problem::new));
            }
        }
    }
}

/// Does the value's JSON shape fit this type at the top level?
fn kind_fits(spec: &Spec, v: &Value, ty: &str) -> bool {
    if ty.starts_with("Array of ") {
        return v.is_array();
    }
    match ty {
        "Integer" => v.is_i64() || v.is_u64(),
        "Float" => v.is_number(),
        "String" | "InputFile" => v.is_string(),
        "Boolean" | "True" => v.is_boolean(),
        name => match spec.types.get(name) {
            Some(t) if !t.subtypes.is_empty() => t.subtypes.iter().any(|s| kind_fits(spec, v, s)),
            _ => v.is_object(),
        },
    }
}

/// Checks `v` against alternatives `types`; the errors reported are those of
/// the closest alternative.
fn check_value(spec: &Spec, v: &Value, types: &[String], path: &str, errors: &mut Vec<String>) {
    let mut best: Option<Vec<String>> = None;
    for ty in types.iter().filter(|t| kind_fits(spec, v, t)) {
        let mut errs = Vec::new();
        check_type(spec, v, ty, path, &mut errs);
        if errs.is_empty() {
            return;
        }
        if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
            best = Some(errs);
        }
    }
    match best {
        Some(errs) => errors.extend(errs),
        None => errors.push(format!(
            "{path}: expected {}, got {}",
            types.join(" or "),
            json_kind(v)
        )),
    }
}

fn check_type(spec: &Spec, v: &Value, ty: &str, path: &str, errors: &mut Vec<String>) {
    if let Some(item) = ty.strip_prefix("Array of ") {
        let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
        let item = [item.to_owned()];
        for (i, x) in items.iter().enumerate() {
            check_value(spec, x, &item, &format!("{path}[{i}]"), errors);
        }
        return;
    }
    match ty {
        "Integer" | "Float" | "String" | "Boolean" | "True" => {} // kind_fits already checked
        "InputFile" => {
            if !v.as_str().is_some_and(|s| s.starts_with("attach://")) {
                errors.push(format!("{path}: expected an uploaded file (attach://…)"));
            }
        }
        name => {
            let Some(t) = spec.types.get(name) else {
                errors.push(format!("{path}: the spec has no type `{name}`"));
                return;
            };
            if !t.subtypes.is_empty() {
                check_value(spec, v, &t.subtypes, path, errors);
                return;
            }
            let Some(obj) = v.as_object() else { return };
            for field in &t.fields {
                if field.required && !obj.contains_key(&field.name) {
                    errors.push(format!(
                        "{path}: {name} lacks required field `{}`",
                        field.name
                    ));
                }
            }
            for (key, value) in obj {
                let sub = format!("{path}.{key}");
                match t.field(key) {
                    None => errors.push(format!("{path}: unknown field `{key}` in {name}")),
                    Some(field) => {
                        check_value(spec, value, &field.types, &sub, errors);
                        if let (Some(fixed), Some(s)) = (&field.fixed, value.as_str())
                            && s != fixed
                        {
                            errors.push(format!("{sub}: must be {fixed:?} in {name}, got {s:?}"));
                        }
                    }
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------
// Telegram's documented limits
// ---------------------------------------------------------------------------

fn str_param<'a>(params: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    params.get(name).and_then(Value::as_str)
}

fn check_limits(method: &str, params: &Map<String, Value>, problems: &mut Vec<Problem>) {
    let parse_mode = str_param(params, "parse_mode");
    if let Some(mode) = parse_mode
        && !mode.is_empty()
        && !["html", "markdownv2", "markdown"].contains(&mode.to_ascii_lowercase().as_str())
    {
        problems.push(Problem::with_reply(
            format!("unsupported parse_mode {mode:?}"),
            format!("Bad Request: unsupported parse_mode \"{mode}\""),
        ));
    }
    if matches!(method, "sendMessage" | "editMessageText")
        && let Some(text) = str_param(params, "text")
    {
        check_formatted("text", text, parse_mode, 4096, problems);
    }
    if let Some(caption) = str_param(params, "caption") {
        check_formatted("caption", caption, parse_mode, 1024, problems);
    }
    if method.starts_with("edit") && !params.contains_key("inline_message_id") {
        for name in ["chat_id", "message_id"] {
            if !params.contains_key(name) {
                problems.push(Problem::with_reply(
                    format!("`{name}` is required when inline_message_id is not given"),
                    format!("Bad Request: {name} is empty"),
                ));
            }
        }
    }
    if method == "editMessageText"
        && !params.contains_key("text")
        && !params.contains_key("rich_message")
    {
        problems.push(Problem::with_reply(
            "`text` is required when rich_message is not given",
            "Bad Request: message text is empty",
        ));
    }
    if let Some(rows) = inline_rows(params.get("reply_markup")) {
        check_inline_keyboard(rows, problems);
    }
    if method == "answerCallbackQuery"
        && let Some(text) = str_param(params, "text")
    {
        check_len("text", text, 0, 200, problems);
    }
    if method.contains("My") {
        if let Some(lang) = str_param(params, "language_code")
            && !(lang.is_empty()
                || (lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())))
        {
            problems.push(Problem::new(format!(
                "language_code {lang:?} must be empty or a two-letter ISO 639-1 code"
            )));
        }
        match method {
            "setMyCommands" => check_commands(params.get("commands"), problems),
            "setMyDescription" => {
                if let Some(d) = str_param(params, "description") {
                    check_len("description", d, 0, 512, problems);
                }
            }
            "setMyShortDescription" => {
                if let Some(d) = str_param(params, "short_description") {
                    check_len("short_description", d, 0, 120, problems);
                }
            }
            "setMyName" => {
                if let Some(d) = str_param(params, "name") {
                    check_len("name", d, 0, 64, problems);
                }
            }
            _ => {}
        }
    }
}

fn check_len(what: &str, s: &str, min: usize, max: usize, problems: &mut Vec<Problem>) {
    let n = s.chars().count();
    if n < min || n > max {
        problems.push(Problem::new(format!(
            "{what} must be {min}-{max} characters, got {n}"
        )));
    }
}

/// Text or caption: well-formed markup for HTML, then length after parsing.
fn check_formatted(
    what: &str,
    text: &str,
    parse_mode: Option<&str>,
    max: usize,
    problems: &mut Vec<Problem>,
) {
    let plain = match format_text(text, parse_mode) {
        Ok(f) => f.text,
        Err(e) => {
            problems.push(Problem::with_reply(
                format!(
                    "{what}: can't parse entities: {e} in {}",
                    truncate(text, 200)
                ),
                format!("Bad Request: can't parse entities: {e}"),
            ));
            return;
        }
    };
    let n = plain.chars().count();
    // Telegram trims surrounding whitespace, and rejects text left empty.
    if what == "text" && plain.trim().is_empty() {
        problems.push(Problem::with_reply(
            "text is empty after entity parsing",
            "Bad Request: message text is empty",
        ));
    } else if n > max {
        let reply = if what == "text" {
            "Bad Request: message is too long"
        } else {
            "Bad Request: message caption is too long"
        };
        problems.push(Problem::with_reply(
            format!("{what} is {n} characters after entity parsing, max {max}"),
            reply,
        ));
    }
}

fn inline_rows(markup: Option<&Value>) -> Option<&Vec<Value>> {
    markup?.get("inline_keyboard")?.as_array()
}

/// Fields of InlineKeyboardButton that do not choose the button's action.
const BUTTON_DECORATION: [&str; 3] = ["text", "icon_custom_emoji_id", "style"];

fn check_inline_keyboard(rows: &[Value], problems: &mut Vec<Problem>) {
    let mut total = 0;
    for (r, row) in rows.iter().enumerate() {
        let Some(row) = row.as_array() else { continue };
        total += row.len();
        if row.len() > 8 {
            problems.push(Problem::new(format!(
                "reply_markup row {r} has {} buttons, max 8",
                row.len()
            )));
        }
        for (c, button) in row.iter().enumerate() {
            let Some(button) = button.as_object() else {
                continue;
            };
            let at = format!("reply_markup.inline_keyboard[{r}][{c}]");
            if button
                .get("text")
                .and_then(Value::as_str)
                .is_some_and(|t| t.trim().is_empty())
            {
                problems.push(Problem::new(format!("{at}: button text is empty")));
            }
            let actions: Vec<&String> = button
                .keys()
                .filter(|k| !BUTTON_DECORATION.contains(&k.as_str()))
                .collect();
            if actions.len() != 1 {
                problems.push(Problem::new(format!(
                    "{at}: exactly one action field must be set besides text/icon_custom_emoji_id/style, got {actions:?}"
                )));
            }
            if let Some(data) = button.get("callback_data").and_then(Value::as_str) {
                let n = data.len();
                if !(1..=64).contains(&n) {
                    problems.push(Problem::with_reply(
                        format!("{at}: callback_data must be 1-64 bytes, got {n}: {data:?}"),
                        "Bad Request: BUTTON_DATA_INVALID",
                    ));
                }
            }
        }
    }
    if total > 100 {
        problems.push(Problem::new(format!(
            "inline keyboard has {total} buttons, max 100"
        )));
    }
}

fn check_commands(commands: Option<&Value>, problems: &mut Vec<Problem>) {
    let Some(commands) = commands.and_then(Value::as_array) else {
        return;
    };
    if commands.len() > 100 {
        problems.push(Problem::new(format!(
            "at most 100 commands, got {}",
            commands.len()
        )));
    }
    for (i, c) in commands.iter().enumerate() {
        if let Some(name) = c.get("command").and_then(Value::as_str) {
            let ok_chars = name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok_chars || !(1..=32).contains(&name.len()) {
                problems.push(Problem::with_reply(
                    format!(
                        "commands[{i}].command {name:?} must be 1-32 characters of a-z, 0-9 and _"
                    ),
                    "Bad Request: BOT_COMMAND_INVALID",
                ));
            }
        }
        if let Some(d) = c.get("description").and_then(Value::as_str) {
            check_len(&format!("commands[{i}].description"), d, 1, 256, problems);
        }
    }
}

// ---------------------------------------------------------------------------
// HTML formatting
// ---------------------------------------------------------------------------

struct Formatted {
    text: String,
    entities: Vec<Value>,
}

fn format_text(text: &str, parse_mode: Option<&str>) -> Result<Formatted, String> {
    match parse_mode.map(str::to_ascii_lowercase).as_deref() {
        Some("html") => parse_html(text),
        // Markdown modes are not parsed: the text is kept as sent.
        _ => Ok(Formatted {
            text: text.to_owned(),
            entities: Vec::new(),
        }),
    }
}

struct OpenTag {
    name: String,
    start: usize,
    entity: Option<Value>,
}

/// Parses Telegram's HTML subset into plain text and entities (offsets in
/// UTF-16 code units), failing where Telegram answers "can't parse entities".
fn parse_html(src: &str) -> Result<Formatted, String> {
    let mut text = String::with_capacity(src.len());
    let mut utf16 = 0usize;
    let mut stack: Vec<OpenTag> = Vec::new();
    let mut entities = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = src[i..].chars().next().unwrap_or_default();
        match c {
            '<' => {
                if !src[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
                    return Err(format!(
                        "Character '<' at byte offset {i} must be escaped as &lt;"
                    ));
                }
                let end = src[i..]
                    .find('>')
                    .ok_or_else(|| format!("Unclosed start tag at byte offset {i}"))?;
                let inner = &src[i + 1..i + end];
                if let Some(name) = inner.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    let open = stack.pop().ok_or_else(|| {
                        format!("Unexpected end tag \"{name}\" at byte offset {i}")
                    })?;
                    if open.name != name {
                        return Err(format!(
                            "Unmatched end tag at byte offset {i}, expected \"</{}>\", found \"</{name}>\"",
                            open.name
                        ));
                    }
                    if let Some(mut entity) = open.entity
                        && utf16 > open.start
                    {
                        entity["offset"] = json!(open.start);
                        entity["length"] = json!(utf16 - open.start);
                        entities.push(entity);
                    }
                } else {
                    let tag = start_tag(inner, i, &mut stack)?;
                    stack.push(OpenTag {
                        start: utf16,
                        ..tag
                    });
                }
                i += end + 1;
            }
            '>' => {
                return Err(format!(
                    "Character '>' at byte offset {i} must be escaped as &gt;"
                ));
            }
            '&' => {
                let (ch, len) = decode_entity(&src[i..]).ok_or_else(|| {
                    format!("Character '&' at byte offset {i} is not part of a supported entity; escape it as &amp;")
                })?;
                text.push(ch);
                utf16 += ch.len_utf16();
                i += len;
            }
            _ => {
                text.push(c);
                utf16 += c.len_utf16();
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.name
        ));
    }
    entities.sort_by_key(|e| {
        let offset = e["offset"].as_u64().unwrap_or_default();
        let length = e["length"].as_u64().unwrap_or_default();
        (offset, u64::MAX - length)
    });
    Ok(Formatted { text, entities })
}

/// Interprets a start tag (the text between `<` and `>`).
fn start_tag(inner: &str, at: usize, stack: &mut [OpenTag]) -> Result<OpenTag, String> {
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(inner.len());
    let name = inner[..name_len].to_ascii_lowercase();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(format!(
            "Character '<' at byte offset {at} must be escaped as &lt;"
        ));
    }
    let attrs = parse_attributes(&inner[name_len..], at)?;
    let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let kind = |t: &str| Some(json!({ "type": t }));
    let entity = match name.as_str() {
        "b" | "strong" => kind("bold"),
        "i" | "em" => kind("italic"),
        "u" | "ins" => kind("underline"),
        "s" | "strike" | "del" => kind("strikethrough"),
        "tg-spoiler" => kind("spoiler"),
        "span" => {
            if attr("class") != Some("tg-spoiler") {
                return Err(format!(
                    "Tag \"span\" must have class \"tg-spoiler\" at byte offset {at}"
                ));
            }
            kind("spoiler")
        }
        "a" => attr("href").map(|url| json!({"type": "text_link", "url": url})),
        "code" => {
            // <pre><code class="language-x"> sets the language of the pre block.
            match stack.last_mut() {
                Some(pre) if pre.name == "pre" => {
                    if let (Some(lang), Some(entity)) = (
                        attr("class").and_then(|c| c.strip_prefix("language-")),
                        pre.entity.as_mut(),
                    ) {
                        entity["language"] = json!(lang);
                    }
                    None
                }
                _ => kind("code"),
            }
        }
        "pre" => kind("pre"),
        "blockquote" => {
            if attrs.iter().any(|(n, _)| n == "expandable") {
                kind("expandable_blockquote")
            } else {
                kind("blockquote")
            }
        }
        "tg-emoji" => {
            let id = attr("emoji-id").ok_or_else(|| {
                format!("Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {at}")
            })?;
            Some(json!({"type": "custom_emoji", "custom_emoji_id": id}))
        }
        "tg-time" => {
            let unix = attr("unix")
                .and_then(|u| u.parse::<i64>().ok())
                .ok_or_else(|| format!("Tag \"tg-time\" must have an integer attribute \"unix\" at byte offset {at}"))?;
            let mut e = json!({"type": "date_time", "unix_time": unix});
            if let Some(format) = attr("format") {
                e["date_time_format"] = json!(format);
            }
            Some(e)
        }
        other => {
            return Err(format!(
                "Unsupported start tag \"{other}\" at byte offset {at}"
            ));
        }
    };
    Ok(OpenTag {
        name,
        start: 0,
        entity,
    })
}

fn parse_attributes(mut s: &str, at: usize) -> Result<Vec<(String, String)>, String> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(attrs);
        }
        let name_len = s
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(s.len());
        if name_len == 0 || s[..name_len].contains(['"', '\'', '<', '/']) {
            return Err(format!("Malformed attributes in tag at byte offset {at}"));
        }
        let name = s[..name_len].to_ascii_lowercase();
        s = s[name_len..].trim_start();
        let Some(after_eq) = s.strip_prefix('=') else {
            attrs.push((name, String::new()));
            continue;
        };
        s = after_eq.trim_start();
        let (raw, rest) = match s.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let close = s[1..].find(q).ok_or_else(|| {
                    format!("Unclosed attribute value in tag at byte offset {at}")
                })?;
                (&s[1..1 + close], &s[close + 2..])
            }
            _ => {
                let end = s.find(char::is_whitespace).unwrap_or(s.len());
                (&s[..end], &s[end..])
            }
        };
        let value = decode_text(raw)
            .ok_or_else(|| format!("Unsupported entity in attribute value at byte offset {at}"))?;
        attrs.push((name, value));
        s = rest;
    }
}

fn decode_text(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with('&') {
            let (ch, len) = decode_entity(&s[i..])?;
            out.push(ch);
            i += len;
        } else {
            let c = s[i..].chars().next()?;
            out.push(c);
            i += c.len_utf8();
        }
    }
    Some(out)
}

/// Decodes the entity at the start of `s` (which starts with `&`): the four
/// named entities Telegram supports and numeric ones.
fn decode_entity(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let body = &s[1..semi];
    let ch = match body {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let num = body.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((ch, semi + 1))
}

// ---------------------------------------------------------------------------
// getUpdates
// ---------------------------------------------------------------------------

fn int_param(params: &Map<String, Value>, name: &str) -> Option<i64> {
    params.get(name).and_then(Value::as_i64)
}

fn update_allowed(allowed: Option<&Vec<String>>, kind: &str) -> bool {
    match allowed {
        Some(list) if !list.is_empty() => list.iter().any(|k| k == kind),
        _ => !OPT_IN_UPDATES.contains(&kind),
    }
}

async fn get_updates(shared: &Shared, params: &Map<String, Value>) -> Result<Value, ApiError> {
    let limit = int_param(params, "limit").unwrap_or(100).clamp(1, 100) as usize;
    let timeout = Duration::from_secs(int_param(params, "timeout").unwrap_or(0).max(0) as u64);
    let generation = {
        let mut inner = shared.lock();
        if !inner.webhook_url.is_empty() {
            return Err(ApiError {
                code: 409,
                description: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first".into(),
                retry_after: None,
            });
        }
        let inner = &mut *inner;
        match int_param(params, "offset") {
            Some(offset) if offset > 0 => {
                inner.updates.retain(|u| u.id >= offset);
                // Ids are only handed out increasingly, so an offset beyond the
                // newest update can only confirm the ones that exist.
                inner.confirmed_below = inner
                    .confirmed_below
                    .max(offset.min(inner.last_update_id + 1));
            }
            Some(offset) if offset < 0 => {
                let keep = offset.unsigned_abs() as usize;
                while inner.updates.len() > keep {
                    if let Some(u) = inner.updates.pop_front() {
                        inner.dropped.insert(
                            u.id,
                            format!("forgotten by getUpdates with offset {offset}"),
                        );
                    }
                }
            }
            _ => {}
        }
        if let Some(allowed) = params.get("allowed_updates").and_then(Value::as_array) {
            inner.allowed_updates = Some(
                allowed
                    .iter()
                    .filter_map(Value::as_str)
                    .map(str::to_owned)
                    .collect(),
            );
        }
        inner.poll_generation += 1;
        inner.poll_generation
    };
    shared.bump(); // confirmations and the new generation are visible to waiters

    let mut changes = shared.changes.subscribe();
    let deadline = tokio::time::Instant::now() + timeout;
    loop {
        {
            let mut inner = shared.lock();
            if inner.poll_generation != generation {
                return Err(ApiError {
                    code: 409,
                    description: "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running".into(),
                    retry_after: None,
                });
            }
            if inner.shutting_down {
                return Ok(json!([]));
            }
            // Telegram never stores updates of kinds the bot did not ask for.
            let inner = &mut *inner;
            let allowed = inner.allowed_updates.clone();
            let dropped = &mut inner.dropped;
            inner.updates.retain(|u| {
                let keep = update_allowed(allowed.as_ref(), &u.kind);
                if !keep {
                    dropped.insert(
                        u.id,
                        format!("kind `{}` not in allowed_updates {allowed:?}", u.kind),
                    );
                }
                keep
            });
            if !inner.updates.is_empty() || tokio::time::Instant::now() >= deadline {
                let batch: Vec<Value> = inner
                    .updates
                    .iter()
                    .take(limit)
                    .map(|u| u.json.clone())
                    .collect();
                return Ok(Value::Array(batch));
            }
        }
        let _ = tokio::time::timeout_at(deadline, changes.changed()).await;
    }
}

// ---------------------------------------------------------------------------
// Other methods
// ---------------------------------------------------------------------------

fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME})
}

fn default_scope_key() -> String {
    json!({"type": "default"}).to_string()
}

fn settings_key(params: &Map<String, Value>) -> (String, String) {
    let scope = params
        .get("scope")
        .map(Value::to_string)
        .unwrap_or_else(default_scope_key);
    (
        scope,
        str_param(params, "language_code")
            .unwrap_or_default()
            .to_owned(),
    )
}

fn chat_id_of(params: &Map<String, Value>) -> Result<i64, ApiError> {
    int_param(params, "chat_id").ok_or_else(|| ApiError::bad_request("chat not found"))
}

fn dispatch(
    inner: &mut Inner,
    method: &Entry,
    params: &Map<String, Value>,
    files: &[(String, String, Vec<u8>)],
) -> Result<Value, ApiError> {
    let name = method.name.as_str();
    let lang = || {
        str_param(params, "language_code")
            .unwrap_or_default()
            .to_owned()
    };
    match name {
        "getMe" => {
            let mut me = bot_user();
            for flag in [
                "can_join_groups",
                "can_read_all_group_messages",
                "supports_inline_queries",
                "can_connect_to_business",
                "has_main_web_app",
            ] {
                me[flag] = json!(flag == "can_join_groups");
            }
            Ok(me)
        }
        "setWebhook" => {
            inner.webhook_url = str_param(params, "url").unwrap_or_default().to_owned();
            Ok(json!(true))
        }
        "deleteWebhook" => {
            inner.webhook_url.clear();
            if params.get("drop_pending_updates") == Some(&json!(true)) {
                for u in std::mem::take(&mut inner.updates) {
                    inner
                        .dropped
                        .insert(u.id, "deleteWebhook with drop_pending_updates=true".into());
                }
            }
            Ok(json!(true))
        }
        "getWebhookInfo" => Ok(json!({
            "url": inner.webhook_url,
            "has_custom_certificate": false,
            "pending_update_count": inner.updates.len(),
        })),
        "sendMessage" | "sendDocument" | "sendPhoto" => send(inner, name, params, files),
        "editMessageText" | "editMessageCaption" | "editMessageReplyMarkup" => {
            edit(inner, name, params)
        }
        "deleteMessage" => {
            let chat_id = chat_id_of(params)?;
            let message_id = int_param(params, "message_id").unwrap_or_default();
            match inner
                .chats
                .get_mut(&chat_id)
                .and_then(|c| c.messages.remove(&message_id))
            {
                Some(_) => Ok(json!(true)),
                None => Err(ApiError::bad_request("message to delete not found")),
            }
        }
        "deleteMessages" => {
            let chat_id = chat_id_of(params)?;
            let ids = params
                .get("message_ids")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if let Some(chat) = inner.chats.get_mut(&chat_id) {
                for id in ids.iter().filter_map(Value::as_i64) {
                    chat.messages.remove(&id);
                }
            }
            Ok(json!(true))
        }
        "answerCallbackQuery" => {
            let id = str_param(params, "callback_query_id").unwrap_or_default();
            match inner
                .callbacks
                .iter_mut()
                .find(|c| c.id == id && c.answer.is_none())
            {
                Some(callback) => {
                    callback.answer = Some(Value::Object(params.clone()));
                    Ok(json!(true))
                }
                None => Err(ApiError {
                    code: 400,
                    description: QUERY_TOO_OLD.into(),
                    retry_after: None,
                }),
            }
        }
        "setMyCommands" => {
            let commands = params.get("commands").cloned().unwrap_or_else(|| json!([]));
            inner.commands.insert(settings_key(params), commands);
            Ok(json!(true))
        }
        "deleteMyCommands" => {
            inner.commands.remove(&settings_key(params));
            Ok(json!(true))
        }
        "getMyCommands" => Ok(inner
            .commands
            .get(&settings_key(params))
            .cloned()
            .unwrap_or_else(|| json!([]))),
        "setMyDescription" => {
            set_text(
                &mut inner.descriptions,
                lang(),
                str_param(params, "description"),
            );
            Ok(json!(true))
        }
        "getMyDescription" => {
            Ok(json!({"description": inner.descriptions.get(&lang()).cloned().unwrap_or_default()}))
        }
        "setMyShortDescription" => {
            set_text(
                &mut inner.short_descriptions,
                lang(),
                str_param(params, "short_description"),
            );
            Ok(json!(true))
        }
        "getMyShortDescription" => Ok(
            json!({"short_description": inner.short_descriptions.get(&lang()).cloned().unwrap_or_default()}),
        ),
        "setMyName" => {
            set_text(&mut inner.names, lang(), str_param(params, "name"));
            Ok(json!(true))
        }
        "getMyName" => Ok(
            json!({"name": inner.names.get(&lang()).cloned().unwrap_or_else(|| BOT_FIRST_NAME.to_owned())}),
        ),
        _ if method.returns == ["Boolean"] => Ok(json!(true)),
        _ if name.starts_with("send") && method.returns == ["Message"] => {
            send(inner, name, params, files)
        }
        _ => {
            inner.violations.push(format!(
                "{name}: valid method, but not emulated by the fake Bot API (answered 400)"
            ));
            Err(ApiError::bad_request(format!(
                "method {name} is not emulated by the fake Bot API"
            )))
        }
    }
}

/// An empty text resets the language's value, as in Telegram.
fn set_text(map: &mut HashMap<String, String>, lang: String, value: Option<&str>) {
    match value {
        Some(v) if !v.is_empty() => {
            map.insert(lang, v.to_owned());
        }
        _ => {
            map.remove(&lang);
        }
    }
}

/// The inline keyboard a message would carry: other keyboard kinds are not
/// part of the message, and an empty inline keyboard is no keyboard.
fn inline_markup(markup: Option<&Value>) -> Option<Value> {
    let rows = inline_rows(markup)?;
    if rows.iter().all(|r| r.as_array().is_none_or(Vec::is_empty)) {
        return None;
    }
    markup.cloned()
}

fn mime_type(file_name: &str) -> Option<&'static str> {
    let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "csv" => "text/csv",
        "txt" => "text/plain",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "html" => "text/html",
        _ => return None,
    })
}

/// Resolves a file parameter: an upload, a file_id the fake handed out, or a
/// foreign file_id / URL.
fn resolve_file(
    inner: &mut Inner,
    value: &str,
    param: &str,
    files: &[(String, String, Vec<u8>)],
) -> SentFile {
    if value.starts_with("attach://") {
        let (file_name, bytes) = files
            .iter()
            .find(|(field, _, _)| field == param)
            .map(|(_, n, b)| (n.clone(), b.clone()))
            .unwrap_or_default();
        let file = SentFile {
            file_id: inner.new_file_id("FAKEFILE"),
            file_name,
            bytes,
        };
        inner.files.insert(file.file_id.clone(), file.clone());
        return file;
    }
    if let Some(known) = inner.files.get(value) {
        return known.clone();
    }
    let file_name = value
        .rsplit('/')
        .next()
        .filter(|_| value.contains("://"))
        .unwrap_or_default()
        .to_owned();
    let file_id = if value.contains("://") {
        inner.new_file_id("FAKEURL")
    } else {
        value.to_owned()
    };
    SentFile {
        file_id,
        file_name,
        bytes: Vec::new(),
    }
}

fn send(
    inner: &mut Inner,
    method: &str,
    params: &Map<String, Value>,
    files: &[(String, String, Vec<u8>)],
) -> Result<Value, ApiError> {
    let chat_id = chat_id_of(params)?;
    let parse_mode = str_param(params, "parse_mode").map(str::to_owned);
    let message_id = inner.chat(chat_id).next_message_id();
    let mut msg = SentMessage {
        chat_id,
        message_id,
        method: method.to_owned(),
        text: None,
        caption: None,
        parse_mode: parse_mode.clone(),
        plain_text: None,
        entities: Vec::new(),
        reply_markup: params.get("reply_markup").cloned(),
        document: None,
        photo: None,
        edits: 0,
        raw: Value::Null,
    };
    let shown = if method == "sendMessage" {
        msg.text = str_param(params, "text").map(str::to_owned);
        msg.text.as_deref()
    } else {
        msg.caption = str_param(params, "caption").map(str::to_owned);
        msg.caption.as_deref()
    };
    if let Some(shown) = shown {
        let formatted = format_text(shown, parse_mode.as_deref()).map_err(ApiError::bad_request)?;
        msg.plain_text = Some(formatted.text);
        msg.entities = formatted.entities;
    }
    if let Some(v) = str_param(params, "document") {
        msg.document = Some(resolve_file(inner, v, "document", files));
    }
    if let Some(v) = str_param(params, "photo") {
        msg.photo = Some(resolve_file(inner, v, "photo", files));
    }
    msg.raw = render(inner, &msg, now(), None);
    let raw = msg.raw.clone();
    inner
        .chat(chat_id)
        .messages
        .insert(message_id, Stored::Bot(Box::new(msg)));
    Ok(raw)
}

/// The `Message` object Telegram would return for a bot message.
fn render(inner: &Inner, msg: &SentMessage, date: i64, edit_date: Option<i64>) -> Value {
    let mut m = json!({
        "message_id": msg.message_id,
        "from": bot_user(),
        "chat": inner.chat_json(msg.chat_id),
        "date": date,
    });
    let (text_key, entities_key) = if msg.text.is_some() {
        ("text", "entities")
    } else {
        ("caption", "caption_entities")
    };
    if let Some(plain) = &msg.plain_text {
        m[text_key] = json!(plain);
        if !msg.entities.is_empty() {
            m[entities_key] = json!(msg.entities);
        }
    }
    if let Some(doc) = &msg.document {
        let mut d = json!({"file_id": doc.file_id, "file_unique_id": format!("U{}", doc.file_id), "file_size": doc.bytes.len()});
        if !doc.file_name.is_empty() {
            d["file_name"] = json!(doc.file_name);
            if let Some(mime) = mime_type(&doc.file_name) {
                d["mime_type"] = json!(mime);
            }
        }
        m["document"] = d;
    }
    if let Some(photo) = &msg.photo {
        // Image dimensions are not decoded; a fixed size is reported.
        m["photo"] = json!([{
            "file_id": photo.file_id,
            "file_unique_id": format!("U{}", photo.file_id),
            "width": 640,
            "height": 480,
            "file_size": photo.bytes.len(),
        }]);
    }
    if let Some(markup) = inline_markup(msg.reply_markup.as_ref()) {
        m["reply_markup"] = markup;
    }
    if let Some(edit_date) = edit_date {
        m["edit_date"] = json!(edit_date);
    }
    m
}

fn edit(inner: &mut Inner, method: &str, params: &Map<String, Value>) -> Result<Value, ApiError> {
    if params.contains_key("inline_message_id") {
        return Ok(json!(true)); // inline-mode messages are not tracked
    }
    let chat_id = chat_id_of(params)?;
    let message_id = int_param(params, "message_id").unwrap_or_default();
    let mut msg = match inner
        .chats
        .get(&chat_id)
        .and_then(|c| c.messages.get(&message_id))
    {
        None => return Err(ApiError::bad_request("message to edit not found")),
        Some(Stored::User(_)) => return Err(ApiError::bad_request("message can't be edited")),
        Some(Stored::Bot(m)) => SentMessage::clone(m),
    };
    // Telegram drops the inline keyboard when an edit does not repeat it.
    let new_markup = params.get("reply_markup").cloned();
    let same_markup =
        inline_markup(new_markup.as_ref()) == inline_markup(msg.reply_markup.as_ref());
    let parse_mode = str_param(params, "parse_mode").map(str::to_owned);
    match method {
        "editMessageText" => {
            let Some(text) = str_param(params, "text") else {
                return Err(ApiError::bad_request(
                    "rich messages are not emulated by the fake Bot API",
                ));
            };
            if msg.text.is_none() {
                return Err(ApiError::bad_request(
                    "there is no text in the message to edit",
                ));
            }
            let formatted =
                format_text(text, parse_mode.as_deref()).map_err(ApiError::bad_request)?;
            if msg.plain_text.as_deref() == Some(formatted.text.as_str())
                && msg.entities == formatted.entities
                && same_markup
            {
                return Err(ApiError {
                    code: 400,
                    description: NOT_MODIFIED.into(),
                    retry_after: None,
                });
            }
            msg.text = Some(text.to_owned());
            msg.plain_text = Some(formatted.text);
            msg.entities = formatted.entities;
            msg.parse_mode = parse_mode;
        }
        "editMessageCaption" => {
            if msg.text.is_some() {
                return Err(ApiError::bad_request(
                    "there is no caption in the message to edit",
                ));
            }
            let caption = str_param(params, "caption");
            let formatted = match caption {
                Some(c) => {
                    Some(format_text(c, parse_mode.as_deref()).map_err(ApiError::bad_request)?)
                }
                None => None,
            };
            let plain = formatted.as_ref().map(|f| f.text.clone());
            let entities = formatted.map(|f| f.entities).unwrap_or_default();
            if msg.plain_text == plain && msg.entities == entities && same_markup {
                return Err(ApiError {
                    code: 400,
                    description: NOT_MODIFIED.into(),
                    retry_after: None,
                });
            }
            msg.caption = caption.map(str::to_owned);
            msg.plain_text = plain;
            msg.entities = entities;
            msg.parse_mode = parse_mode;
        }
        _ => {
            if same_markup {
                return Err(ApiError {
                    code: 400,
                    description: NOT_MODIFIED.into(),
                    retry_after: None,
                });
            }
        }
    }
    msg.reply_markup = new_markup;
    msg.edits += 1;
    let date = msg.raw["date"].as_i64().unwrap_or_else(now);
    msg.raw = render(inner, &msg, date, Some(now()));
    let raw = msg.raw.clone();
    inner
        .chat(chat_id)
        .messages
        .insert(message_id, Stored::Bot(Box::new(msg)));
    Ok(raw)
}

/// Length in UTF-16 units of a leading `/command[@bot]`, as Telegram marks it.
fn leading_command_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('/')?;
    let token = rest.split(char::is_whitespace).next().unwrap_or_default();
    let (command, bot) = match token.split_once('@') {
        Some((c, b)) => (c, Some(b)),
        None => (token, None),
    };
    let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    (word(command) && command.len() <= 64 && bot.is_none_or(word)).then(|| 1 + token.len())
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
