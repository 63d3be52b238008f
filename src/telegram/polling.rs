//! Long polling with one queue per chat. teloxide's own polling confirms a batch when it hands
//! it on, so a crash would lose it; here the offset moves past an update only once its effects
//! are committed. A chat whose update waits (a busy database, a slow or throttled reply) holds
//! back only itself and the offset at its oldest unfinished update: the others go on.
//!
//! getUpdates is called here directly, not through teloxide: its `offset` is an `i32`, and an
//! update id past 2³¹ would turn into a negative offset (which tells Telegram to forget updates).

use super::apply_update;
use crate::conversation::Engine;
use serde::Deserialize;
use std::collections::{BTreeSet, HashMap};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use teloxide::prelude::*;
use tokio::sync::{Notify, mpsc};
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Seconds Telegram holds a getUpdates request open when there is nothing new.
const POLL_TIMEOUT: u64 = 25;
/// The polling client's own limit: longer than the poll, so an idle poll ends by Telegram's
/// answer, not by our giving up (teloxide's default client gives up after 17 s).
const CLIENT_TIMEOUT: Duration = Duration::from_secs(POLL_TIMEOUT + 15);
/// How long the last confirmation of the offset may take at shutdown.
const CONFIRM_TIMEOUT: Duration = Duration::from_secs(2);
/// How long the chats' queues may take to finish what they hold at shutdown.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);
/// Chats with a queue before the idle ones are let go.
const IDLE_QUEUES: usize = 256;
/// The longest pause between polls while updates are in hand.
const BUSY_POLL_PAUSE: Duration = Duration::from_millis(250);
/// The shortest: while anything is in hand Telegram answers at once with every update from the
/// offset on, so polling at each finished update fetched the same window again and again (53
/// updates fetched per update applied in a burst of 3,000, BENCHMARKS.md "Load harness").
const BUSY_POLL_GAP: Duration = Duration::from_millis(20);

/// Update ids handed to a chat's queue and not yet finished; the offset may not pass the
/// smallest.
#[derive(Default)]
struct Ledger {
    open: Mutex<BTreeSet<i64>>,
    /// Woken when an update finishes, so a poll that brought nothing new waits for one.
    finished: Notify,
}

impl Ledger {
    fn open(&self, id: i64) {
        self.open.lock().expect("ledger lock").insert(id);
    }

    fn finish(&self, id: i64) {
        self.open.lock().expect("ledger lock").remove(&id);
        self.finished.notify_one();
    }

    /// The offset that confirms every finished update and none that is open.
    fn offset(&self, newest_seen: i64) -> i64 {
        let open = self.open.lock().expect("ledger lock");
        open.first().copied().unwrap_or(newest_seen + 1)
    }
}

/// One chat's queue: a task handling its updates in order.
struct Queue {
    sender: mpsc::UnboundedSender<(i64, Update)>,
    /// Updates sent and not yet finished.
    waiting: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

/// Polls until `shutdown` is cancelled, then lets the queues finish for a few seconds and
/// confirms what was committed.
pub async fn run_polling(
    engine: Engine,
    bot: Bot,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let client = teloxide::net::default_reqwest_settings()
        .timeout(CLIENT_TIMEOUT)
        .build()
        .map_err(|e| anyhow::anyhow!("cannot build the HTTP client for polling: {e}"))?;
    // As teloxide makes its method URLs (a token's `:` would read as a scheme in `join`).
    let mut url = bot.api_url();
    url.path_segments_mut()
        .map_err(|()| anyhow::anyhow!("the Bot API URL cannot take a path"))?
        .push(&format!("bot{}", bot.token()))
        .push("getUpdates");
    // Polling and a webhook exclude each other; a webhook left from another run would block us.
    let removed = tokio::select! {
        _ = shutdown.cancelled() => return Ok(()),
        removed = bot.delete_webhook().send() => removed,
    };
    if let Err(err) = removed {
        tracing::warn!(error = %err, "could not remove a webhook");
    }
    let ledger = Arc::new(Ledger::default());
    let mut queues: HashMap<i64, Queue> = HashMap::new();
    // The newest update id handed to a queue: a poll returns again every update from the
    // offset on, and those already handed on are skipped.
    let mut newest_seen: i64 = 0;
    let mut backoff = Duration::from_secs(1);
    loop {
        let offset = ledger.offset(newest_seen);
        let poll = get_updates(&client, &url, offset, POLL_TIMEOUT, newest_seen);
        let updates = tokio::select! {
            _ = shutdown.cancelled() => break,
            result = poll => result,
        };
        let updates = match updates {
            Ok(updates) => {
                backoff = Duration::from_secs(1);
                updates
            }
            Err(err) => {
                let wait = err.retry_after.unwrap_or(backoff);
                tracing::warn!(error = %err.message, "getUpdates failed; trying again in {wait:?}");
                backoff = (backoff * 2).min(Duration::from_secs(60));
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(wait) => continue,
                }
            }
        };
        for (id, update) in updates {
            if id <= newest_seen {
                continue;
            }
            newest_seen = id;
            let Some(update) =
                update.filter(|u| !matches!(u.kind, teloxide::types::UpdateKind::Error(_)))
            else {
                // Not an update we can read: nothing to do, and it is confirmed with the rest.
                continue;
            };
            let chat = update.chat().map(|c| c.id.0).unwrap_or(0);
            ledger.open(id);
            let queue = queues
                .entry(chat)
                .or_insert_with(|| spawn_queue(&engine, &bot, &ledger, &shutdown));
            queue.waiting.fetch_add(1, Ordering::AcqRel);
            if queue.sender.send((id, update)).is_err() {
                // The queue's task ended (only at shutdown): Telegram will deliver it again.
                tracing::warn!(update_id = id, "a chat's queue is gone");
            }
        }
        if queues.len() > IDLE_QUEUES {
            // Dropping the sender of an idle queue ends its task; a later update starts anew.
            queues.retain(|_, q| q.waiting.load(Ordering::Acquire) > 0);
        }
        if ledger.offset(newest_seen) <= newest_seen {
            // Telegram answers at once while an update from the offset on is unconfirmed: wait
            // for one to finish (or a moment, for other chats' news) instead of asking again
            // at once for what is in hand.
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(BUSY_POLL_GAP) => {}
            }
            // A finish during the gap left its permit: no wait then.
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = ledger.finished.notified() => {}
                _ = tokio::time::sleep(BUSY_POLL_PAUSE - BUSY_POLL_GAP) => {}
            }
        }
    }
    let tasks: Vec<JoinHandle<()>> = queues.into_values().map(|q| q.task).collect();
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, futures::future::join_all(tasks)).await;
    // Confirm what was handled, so a restart does not receive it again (it would be skipped
    // anyway, so a silent Telegram is not waited for long).
    let offset = ledger.offset(newest_seen);
    if offset > 1 {
        let confirm = get_updates(&client, &url, offset, 0, newest_seen);
        let _ = tokio::time::timeout(CONFIRM_TIMEOUT, confirm).await;
    }
    tracing::info!("stopped polling");
    Ok(())
}

fn spawn_queue(
    engine: &Engine,
    bot: &Bot,
    ledger: &Arc<Ledger>,
    shutdown: &CancellationToken,
) -> Queue {
    let (sender, mut receiver) = mpsc::unbounded_channel::<(i64, Update)>();
    let waiting = Arc::new(AtomicUsize::new(0));
    let (engine, bot, ledger, shutdown) = (
        engine.clone(),
        bot.clone(),
        ledger.clone(),
        shutdown.clone(),
    );
    let count = waiting.clone();
    let task = tokio::spawn(async move {
        // Whether this chat was told that the database is slow, during this outage.
        let mut told = false;
        loop {
            let next = tokio::select! {
                _ = shutdown.cancelled() => break,
                next = receiver.recv() => next,
            };
            let Some((id, update)) = next else { break };
            // Left unfinished only when stopping: Telegram delivers it again after a restart.
            // Finished once committed: its replies, which may wait for a 429 or retry a 5xx,
            // hold back this chat's next update but not the offset.
            if let Ok(applied) =
                apply_update(&engine, &bot, update, &shutdown, None, &mut told).await
            {
                ledger.finish(id);
                applied.deliver(&engine, &bot).await;
            }
            count.fetch_sub(1, Ordering::AcqRel);
        }
    });
    Queue {
        sender,
        waiting,
        task,
    }
}

/// Why a getUpdates call failed.
struct PollError {
    message: String,
    /// Telegram's "too many requests" says how long to wait.
    retry_after: Option<Duration>,
}

#[derive(Deserialize)]
struct Answer {
    ok: bool,
    #[serde(default)]
    result: Vec<serde_json::Value>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    parameters: Option<Parameters>,
}

#[derive(Deserialize)]
struct Parameters {
    #[serde(default)]
    retry_after: Option<u64>,
}

/// One getUpdates call with a 64-bit offset: each update's id, with the update when it reads
/// as one. Updates up to `known` (handed on already) come back without being read again.
async fn get_updates(
    client: &reqwest::Client,
    url: &reqwest::Url,
    offset: i64,
    timeout: u64,
    known: i64,
) -> Result<Vec<(i64, Option<Update>)>, PollError> {
    let failed = |message: String| PollError {
        message,
        retry_after: None,
    };
    let body = serde_json::json!({
        "offset": offset,
        "timeout": timeout,
        "allowed_updates": super::ALLOWED_UPDATES,
    });
    let response = client
        .post(url.clone())
        .json(&body)
        .send()
        .await
        .map_err(|e| failed(e.without_url().to_string()))?;
    let status = response.status();
    let answer: Answer = response
        .json()
        .await
        .map_err(|e| failed(format!("{status}: {}", e.without_url())))?;
    if !answer.ok {
        return Err(PollError {
            message: format!("{status}: {}", answer.description.unwrap_or_default()),
            retry_after: answer
                .parameters
                .and_then(|p| p.retry_after)
                .map(Duration::from_secs),
        });
    }
    Ok(answer
        .result
        .into_iter()
        .filter_map(|value| {
            let id = value["update_id"].as_i64()?;
            if id <= known {
                return Some((id, None));
            }
            // From text, as teloxide reads it: `from_value` cannot read an update's message.
            Some((id, serde_json::from_str::<Update>(&value.to_string()).ok()))
        })
        .collect())
}
