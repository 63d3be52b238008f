//! The server's state, shared by the HTTP side and the test's handle.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use serde_json::{Map, Value, json};
use tokio::sync::watch;

use crate::api::{Call, SentFile, SentMessage};
use crate::faults::Faults;
use crate::spec::Spec;
use crate::truncate;

pub(crate) struct Shared {
    pub(crate) spec: Arc<Spec>,
    pub(crate) inner: Mutex<Inner>,
    /// Bumped on every state change; waiters (test side and long polls) watch it.
    pub(crate) changes: watch::Sender<u64>,
}

impl Shared {
    pub(crate) fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panicking test thread must not wedge the server.
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn bump(&self) {
        self.changes.send_modify(|v| *v = v.wrapping_add(1));
    }
}

pub(crate) struct QueuedUpdate {
    pub(crate) id: i64,
    pub(crate) kind: String,
    pub(crate) json: Value,
}

pub(crate) struct CallbackRecord {
    pub(crate) id: String,
    pub(crate) user_id: i64,
    pub(crate) message_id: i64,
    pub(crate) data: String,
    pub(crate) answer: Option<Value>,
}

pub(crate) enum Stored {
    User(Value),
    Bot(Box<SentMessage>),
}

#[derive(Default)]
pub(crate) struct ChatState {
    /// Message ids are per chat and shared by both sides, as in private chats.
    pub(crate) last_message_id: i64,
    pub(crate) messages: BTreeMap<i64, Stored>,
}

impl ChatState {
    pub(crate) fn next_message_id(&mut self) -> i64 {
        self.last_message_id += 1;
        self.last_message_id
    }

    pub(crate) fn bot_messages(&self) -> Vec<SentMessage> {
        self.messages
            .values()
            .filter_map(|s| match s {
                Stored::Bot(m) => Some(SentMessage::clone(m)),
                Stored::User(_) => None,
            })
            .collect()
    }
}

pub(crate) struct Inner {
    pub(crate) calls: Vec<Call>,
    pub(crate) violations: Vec<String>,
    pub(crate) updates: VecDeque<QueuedUpdate>,
    pub(crate) last_update_id: i64,
    /// Every update with a smaller id has been confirmed by an offset.
    pub(crate) confirmed_below: i64,
    /// Updates discarded without delivery, with the reason.
    pub(crate) dropped: BTreeMap<i64, String>,
    /// Last `allowed_updates` given; Telegram keeps it across calls.
    pub(crate) allowed_updates: Option<Vec<String>>,
    /// Incremented by each getUpdates; an older long poll seeing a newer
    /// generation is terminated with 409, as Telegram does.
    pub(crate) poll_generation: u64,
    pub(crate) webhook_url: String,
    pub(crate) shutting_down: bool,
    pub(crate) chats: HashMap<i64, ChatState>,
    pub(crate) users: HashMap<i64, Value>,
    pub(crate) callbacks: Vec<CallbackRecord>,
    pub(crate) next_callback: u64,
    pub(crate) faults: Faults,
    /// Requests received and not yet answered, by method (long polls and
    /// requests held by silence included).
    pub(crate) open: HashMap<String, usize>,
    /// The most requests of a method ever open at once.
    pub(crate) peak_open: HashMap<String, usize>,
    /// (scope JSON, language_code) -> commands array.
    pub(crate) commands: BTreeMap<(String, String), Value>,
    pub(crate) descriptions: HashMap<String, String>,
    pub(crate) short_descriptions: HashMap<String, String>,
    pub(crate) names: HashMap<String, String>,
    pub(crate) files: HashMap<String, SentFile>,
    pub(crate) next_file: u64,
}

impl Inner {
    pub(crate) fn new() -> Self {
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
            faults: Faults::default(),
            open: HashMap::new(),
            peak_open: HashMap::new(),
            commands: BTreeMap::new(),
            descriptions: HashMap::new(),
            short_descriptions: HashMap::new(),
            names: HashMap::new(),
            files: HashMap::new(),
            next_file: 0,
        }
    }

    pub(crate) fn enqueue(&mut self, kind: &str, payload: Value) -> i64 {
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

    pub(crate) fn user(&mut self, user_id: i64) -> &mut Map<String, Value> {
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
    pub(crate) fn sender(&mut self, user_id: i64, language_code: Option<&str>) -> Value {
        let user = self.user(user_id);
        match language_code {
            Some(lang) => user.insert("language_code".into(), json!(lang)),
            None => user.remove("language_code"),
        };
        Value::Object(user.clone())
    }

    pub(crate) fn chat(&mut self, chat_id: i64) -> &mut ChatState {
        self.chats.entry(chat_id).or_default()
    }

    pub(crate) fn chat_json(&self, chat_id: i64) -> Value {
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

    pub(crate) fn new_file_id(&mut self, prefix: &str) -> String {
        self.next_file += 1;
        format!("{prefix}{:08}", self.next_file)
    }

    /// Text describing what the server saw, for timeout panics.
    pub(crate) fn summary(&self) -> String {
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

/// Counts a request as open from its arrival until it is answered or the
/// client gives up on it (the handler's future is then dropped).
pub(crate) struct OpenRequest {
    shared: Arc<Shared>,
    method: String,
}

impl OpenRequest {
    pub(crate) fn new(shared: &Arc<Shared>, method: &str) -> Self {
        {
            let mut inner = shared.lock();
            let inner = &mut *inner;
            let open = inner.open.entry(method.to_owned()).or_default();
            *open += 1;
            let peak = inner.peak_open.entry(method.to_owned()).or_default();
            *peak = (*peak).max(*open);
        }
        shared.bump();
        OpenRequest {
            shared: shared.clone(),
            method: method.to_owned(),
        }
    }
}

impl Drop for OpenRequest {
    fn drop(&mut self) {
        if let Some(open) = self.shared.lock().open.get_mut(&self.method) {
            *open = open.saturating_sub(1);
        }
        self.shared.bump();
    }
}
