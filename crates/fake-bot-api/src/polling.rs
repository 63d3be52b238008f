//! `getUpdates`: long polling as Telegram does it.

use std::time::Duration;

use serde_json::{Map, Value, json};

use crate::error::ApiError;
use crate::params::int_param;
use crate::state::Shared;

/// Update kinds Telegram leaves out unless asked for explicitly.
pub(crate) const OPT_IN_UPDATES: [&str; 3] =
    ["chat_member", "message_reaction", "message_reaction_count"];
pub(crate) fn update_allowed(allowed: Option<&Vec<String>>, kind: &str) -> bool {
    match allowed {
        Some(list) if !list.is_empty() => list.iter().any(|k| k == kind),
        _ => !OPT_IN_UPDATES.contains(&kind),
    }
}

pub(crate) async fn get_updates(
    shared: &Shared,
    params: &Map<String, Value>,
) -> Result<Value, ApiError> {
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
