//! The handle a test holds: start the server, push updates, look at what the
//! bot did, arm faults.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::sync::{oneshot, watch};

use crate::TOKEN;
use crate::error::ApiError;
use crate::faults::{server_error, too_many_requests};
use crate::limits::inline_rows;
use crate::methods::{default_scope_key, leading_command_len, now};
use crate::server::serve;
use crate::spec::load_spec;
use crate::state::{CallbackRecord, ChatState, Inner, Shared, Stored};

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
    /// When it was answered (for pacing checks: a few per second or fewer).
    pub at: std::time::Instant,
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

    /// Queues a `my_chat_member` update for the private chat with `user_id`:
    /// the user blocked the bot (`"kicked"`) or unblocked it (`"member"`),
    /// as Telegram sends it when the bot asked for `my_chat_member` in
    /// `allowed_updates`. Returns the update id.
    pub fn push_my_chat_member(&self, user_id: i64, status: &str) -> i64 {
        assert!(
            matches!(status, "kicked" | "member"),
            "push_my_chat_member: a private chat knows kicked and member, not {status}"
        );
        let old = if status == "kicked" {
            "member"
        } else {
            "kicked"
        };
        let bot = json!({
            "id": crate::BOT_ID, "is_bot": true,
            "first_name": crate::BOT_FIRST_NAME, "username": crate::BOT_USERNAME,
        });
        let member = |status: &str| match status {
            "kicked" => json!({"status": "kicked", "user": bot.clone(), "until_date": 0}),
            _ => json!({"status": "member", "user": bot.clone()}),
        };
        let id = {
            let mut inner = self.shared.lock();
            let from = inner.sender(user_id, None);
            let update = json!({
                "chat": inner.chat_json(user_id),
                "from": from,
                "date": now(),
                "old_chat_member": member(old),
                "new_chat_member": member(status),
            });
            inner.enqueue("my_chat_member", update)
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

    /// The next update gets this id (later ones count on from it), as a
    /// long-lived bot's ids grow past 2³¹. Ids only grow: a smaller one is
    /// ignored.
    pub fn next_update_id(&self, id: i64) {
        let mut inner = self.shared.lock();
        inner.last_update_id = inner.last_update_id.max(id - 1);
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
        self.queue_faults(method, std::iter::once(error));
    }

    /// Answers the next `calls` calls of `method` with 429 "Too Many
    /// Requests: retry after N" and `parameters.retry_after`, as Telegram's
    /// flood control does.
    pub fn rate_limit_next(&self, method: &str, calls: usize, retry_after: u32) {
        self.queue_faults(method, (0..calls).map(|_| too_many_requests(retry_after)));
    }

    /// Answers the next `calls` calls of `method` with a server error
    /// (`status` 500–599). teloxide waits 10 s before retrying a failed
    /// `getUpdates`, so prefer other methods for this.
    pub fn server_error_next(&self, method: &str, calls: usize, status: u16) {
        assert!(
            (500..=599).contains(&status),
            "server_error_next: {status} is not a 5xx status"
        );
        self.queue_faults(method, (0..calls).map(|_| server_error(status)));
    }

    fn queue_faults(&self, method: &str, errors: impl Iterator<Item = ApiError>) {
        let method = self
            .shared
            .spec
            .canonical(method)
            .unwrap_or_else(|| panic!("fake Bot API: unknown method {method}"));
        self.shared
            .lock()
            .faults
            .queued
            .entry(method.to_owned())
            .or_default()
            .extend(errors);
    }

    /// From now on, every call naming this `chat_id` is answered 403
    /// "Forbidden: bot was blocked by the user" (for a group: "bot was
    /// kicked from the group chat"), until [`Self::unblock_chat`].
    pub fn block_chat(&self, chat_id: i64) {
        self.shared.lock().faults.blocked.insert(chat_id);
    }

    /// Undoes [`Self::block_chat`].
    pub fn unblock_chat(&self, chat_id: i64) {
        self.shared.lock().faults.blocked.remove(&chat_id);
    }

    /// While set, every request (any method, any token) is answered 401
    /// "Unauthorized", as Telegram answers a revoked or mistyped token.
    pub fn refuse_token(&self, refuse: bool) {
        self.shared.lock().faults.refuse_token = refuse;
    }

    /// While set, the server accepts connections and reads requests but
    /// never answers them. Requests held this way are answered normally once
    /// silence ends; they count in [`Self::open_requests`].
    pub fn set_silent(&self, silent: bool) {
        self.shared.lock().faults.silent = silent;
        self.shared.bump();
    }

    /// Requests received and not answered yet (long polls included).
    pub fn open_requests(&self) -> usize {
        self.shared.lock().open.values().sum()
    }

    /// Requests of one method (canonical name, e.g. `setMyCommands`)
    /// received and not answered yet.
    pub fn open_requests_of(&self, method: &str) -> usize {
        let inner = self.shared.lock();
        self.canonical_or_raw(method, |m| inner.open.get(m).copied().unwrap_or(0))
    }

    /// The most requests of one method that were ever open at the same time:
    /// a bound on the bot's concurrency for that method.
    pub fn peak_open_requests_of(&self, method: &str) -> usize {
        let inner = self.shared.lock();
        self.canonical_or_raw(method, |m| inner.peak_open.get(m).copied().unwrap_or(0))
    }

    /// Waits until at least `count` requests of `method` are open at once.
    pub async fn wait_for_open_requests(&self, method: &str, count: usize, timeout: Duration) {
        let method = self
            .shared
            .spec
            .canonical(method)
            .unwrap_or(method)
            .to_owned();
        self.wait(
            timeout,
            &format!("{count} open {method} requests"),
            |inner| (inner.open.get(&method).copied().unwrap_or(0) >= count).then_some(()),
        )
        .await
    }

    fn canonical_or_raw<T>(&self, method: &str, f: impl FnOnce(&str) -> T) -> T {
        f(self.shared.spec.canonical(method).unwrap_or(method))
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
