//! The outbox sender: messages the bot sends on its own (broadcasts, outcomes, digests) are
//! queued as deliveries by the conversation and drained here: claim → send → settle, at a pace
//! Telegram accepts. How a message is sent is the transport's business, behind [`Courier`];
//! what happens after an attempt (retry, give up, mark the chat unreachable) is decided here, in
//! [`policy`], and recorded through the store.
//!
//! A claimed delivery is sent at most once: the claim is committed before the attempt, and a
//! claim left behind by a crash is given up by the store, never retried.

pub mod policy;

pub use policy::{MAX_ATTEMPTS, Settlement, settle};

use crate::conversation::Reply;
use crate::domain::ChatId;
use crate::store::{Delivery, Store, StoreError, now};
use std::future::Future;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How one attempt to send went, as the transport saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// Delivered; the transport's id of the message.
    Sent { message_id: i64 },
    /// Too many requests: wait this many seconds.
    RetryAfter(u32),
    /// The chat refuses the bot for good: blocked, deactivated, or gone.
    Unreachable,
    /// The transport refused this message for good (a permanent 400, with its reason).
    Refused(String),
    /// The request surely did not arrive (no connection): safe to send again.
    NotSent,
    /// It may or may not have arrived (a timeout, an unreadable answer): never sent again.
    Unknown,
}

/// The sending seam a transport implements. No policy belongs in it: it tries once and says how
/// it went.
pub trait Courier: Send + Sync {
    fn deliver(&self, chat: ChatId, reply: &Reply) -> impl Future<Output = SendOutcome> + Send;
}

/// Messages per second the outbox sends by default: under Telegram's 30 per second for a bot.
pub const PER_SECOND: u32 = 25;

/// The claim → send → settle loop over the store's deliveries.
pub struct Outbox<C> {
    store: Store,
    courier: C,
    pause: Duration,
    batch: i64,
}

impl<C: Courier> Outbox<C> {
    pub fn new(store: Store, courier: C) -> Outbox<C> {
        Outbox {
            store,
            courier,
            pause: Duration::ZERO,
            batch: 0,
        }
        .paced(PER_SECOND)
    }

    /// Sends at most `per_second` messages a second (at least one).
    pub fn paced(mut self, per_second: u32) -> Outbox<C> {
        let per_second = per_second.max(1);
        self.pause = Duration::from_millis(1000 / u64::from(per_second));
        self.batch = i64::from(per_second);
        self
    }

    /// Drains until `shutdown`. A delivery in flight when it comes is abandoned with its claim,
    /// which the store later gives up: better lost than sent twice.
    pub async fn run(self, shutdown: CancellationToken) {
        while !shutdown.is_cancelled() {
            let sent = tokio::select! {
                _ = shutdown.cancelled() => break,
                result = self.drain_once() => result,
            };
            let idle = match sent {
                Ok(claimed) => claimed == 0,
                Err(err) => {
                    tracing::warn!(error = %err, "the outbox could not use the database");
                    true
                }
            };
            if idle {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(Duration::from_secs(1)) => {}
                }
            }
        }
        tracing::info!("stopped the outbox");
    }

    /// Claims one batch of due deliveries, sends them one by one at the pace, and records each
    /// result. Returns how many were claimed.
    pub async fn drain_once(&self) -> Result<usize, StoreError> {
        let claimed = {
            let mut tx = self.store.write().await?;
            let claimed = tx.claim_deliveries(self.batch).await?;
            tx.commit().await?;
            claimed
        };
        for delivery in &claimed {
            let settlement = match serde_json::from_str::<Reply>(&delivery.payload) {
                Ok(reply) => {
                    let outcome = self.courier.deliver(delivery.chat_id, &reply).await;
                    settle(&outcome, delivery.attempts)
                }
                Err(_) => Settlement::GiveUp {
                    reason: "unreadable payload".into(),
                },
            };
            self.record(delivery, &settlement).await?;
            // After every attempt, the last of a batch included: the next batch follows at once.
            tokio::time::sleep(self.pause).await;
        }
        Ok(claimed.len())
    }

    async fn record(&self, delivery: &Delivery, settlement: &Settlement) -> Result<(), StoreError> {
        let mut tx = self.store.write().await?;
        match settlement {
            Settlement::Sent => tx.mark_delivered(delivery.id).await?,
            Settlement::Retry { after_secs, reason } => {
                tx.mark_undelivered(delivery.id, reason, Some(now() + after_secs))
                    .await?
            }
            Settlement::GiveUp { reason } => {
                tracing::info!(delivery = delivery.id, reason, "giving a delivery up");
                tx.mark_undelivered(delivery.id, reason, None).await?
            }
            Settlement::Unreachable => {
                tracing::info!(
                    chat = delivery.chat_id.get(),
                    "chat is unreachable; marking it"
                );
                tx.mark_unreachable(delivery.chat_id).await?;
                tx.mark_undelivered(delivery.id, "unreachable", None)
                    .await?;
            }
        }
        tx.commit().await
    }
}
