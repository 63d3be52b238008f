//! The outbox sender: messages the bot sends on its own (broadcasts, decisions, digests, posts to
//! the facilitators' group) are queued as deliveries and drained here, one at a time: reserve a
//! send slot → lease one delivery → send → settle. How a message is sent is the transport's
//! business, behind [`Courier`]; what happens after an attempt (retry, wait, give up, mark the
//! chat unreachable) is decided in [`policy`], and recorded through the store.
//!
//! Effectively once: the lease is committed before the call, and a lease whose sender died is
//! turned into `unknown` (reported, never resent). A crash leaves at most the one call in flight
//! per instance unknown; everything still queued is sent after the restart.
//!
//! Pacing: every instance on one database reserves its send slots from one row
//! (`Tx::reserve_send_slot`), so together they stay under `CONSULTBOT_SEND_RATE`; a chat gets
//! about one message a second, and a 429 pauses only that chat, for its `retry_after`.

pub mod policy;

pub use policy::{MAX_ATTEMPTS, Settlement, settle};

use crate::conversation::Reply;
use crate::domain::ChatId;
use crate::store::{Delivery, Settled, Store, StoreError, now, now_millis};
use std::future::Future;
use std::time::{Duration, Instant};
use tokio_util::sync::CancellationToken;

/// How one attempt to send went, as the transport saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// Delivered; the transport's id of the message.
    Sent { message_id: i64 },
    /// Too many requests: wait this many seconds.
    RetryAfter(u32),
    /// The chat refuses the bot: blocked, deactivated, or gone.
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
/// How long one send may take by default before its fate counts as unknown.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(30);
/// How often leases left by dead senders are looked for, and finished runs closed.
const SWEEP_EVERY: Duration = Duration::from_secs(1);
/// How late a send may leave after its slot; later, the slot is given up (see `step`).
const LATE_SLOT_MS: i64 = 20;
/// The wait when nothing is due.
const IDLE: Duration = Duration::from_millis(250);

/// What one [`Outbox::step`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    /// Nothing was due (or a stop came while waiting for the slot).
    Idle,
    /// One delivery was attempted and its result recorded.
    Attempted,
    /// Something was due, but another instance took it first (or it was settled
    /// `unreachable` without an attempt).
    Missed,
}

/// The slot → lease → send → settle loop over the store's deliveries.
pub struct Outbox<C> {
    store: Store,
    courier: C,
    /// Milliseconds between two send slots of all instances together.
    interval_ms: i64,
    send_timeout: Duration,
}

impl<C: Courier> Outbox<C> {
    pub fn new(store: Store, courier: C) -> Outbox<C> {
        Outbox {
            store,
            courier,
            interval_ms: 0,
            send_timeout: SEND_TIMEOUT,
        }
        .paced(PER_SECOND)
    }

    /// Sends at most `per_second` messages a second (at least one), all instances together.
    pub fn paced(mut self, per_second: u32) -> Outbox<C> {
        self.interval_ms = slot_interval_ms(per_second);
        self
    }

    /// A send that takes longer is abandoned and counts as unknown; the lease lasts a little
    /// longer, so no other instance takes the row while the call may still be under way.
    pub fn send_timeout(mut self, timeout: Duration) -> Outbox<C> {
        self.send_timeout = timeout.max(Duration::from_millis(100));
        self
    }

    fn lease_ms(&self) -> i64 {
        self.send_timeout.as_millis() as i64 + 2_000
    }

    /// Drains until `shutdown`. A call in flight when it comes finishes (within the send
    /// timeout) unless the process ends first; then its lease turns into `unknown`.
    pub async fn run(self, shutdown: CancellationToken) {
        let mut last_sweep: Option<Instant> = None;
        while !shutdown.is_cancelled() {
            if last_sweep.is_none_or(|at| at.elapsed() >= SWEEP_EVERY) {
                if let Err(err) = self.sweep().await {
                    tracing::warn!(error = %err, "the outbox could not use the database");
                }
                last_sweep = Some(Instant::now());
            }
            let idle = match self.step(Some(&shutdown)).await {
                Ok(step) => step == Step::Idle,
                Err(err) => {
                    tracing::warn!(error = %err, "the outbox could not use the database");
                    true
                }
            };
            if idle {
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(IDLE) => {}
                }
            }
        }
        tracing::info!("stopped the outbox");
    }

    /// Reports deliveries whose sender died mid-call (now `unknown`) and closes finished runs.
    /// Returns how many leases ran out.
    pub async fn sweep(&self) -> Result<usize, StoreError> {
        let mut tx = self.store.write().await?;
        let expired = tx.expire_leases().await?;
        tx.finish_runs().await?;
        tx.commit().await?;
        for (id, chat) in &expired {
            tracing::warn!(
                delivery = id,
                chat = chat.get(),
                "a delivery was in flight when its sender stopped: its fate is unknown, it is not resent"
            );
        }
        Ok(expired.len())
    }

    /// Sends every delivery due now, at the pace; returns how many were attempted.
    pub async fn drain_once(&self) -> Result<usize, StoreError> {
        let mut attempted = 0;
        loop {
            match self.step(None).await? {
                Step::Idle => break,
                Step::Attempted => attempted += 1,
                Step::Missed => {}
            }
        }
        self.sweep().await?;
        Ok(attempted)
    }

    /// One send slot: when something is due, reserves the next shared slot, waits for it, leases
    /// one delivery, sends it and records the result.
    pub async fn step(&self, shutdown: Option<&CancellationToken>) -> Result<Step, StoreError> {
        let slot = {
            let mut tx = self.store.write().await?;
            if !tx.delivery_due().await? {
                tx.rollback().await?;
                return Ok(Step::Idle);
            }
            let slot = tx.reserve_send_slot(self.interval_ms).await?;
            tx.commit().await?;
            slot
        };
        let wait = Duration::from_millis((slot - now_millis()).max(0) as u64);
        match shutdown {
            Some(shutdown) => tokio::select! {
                _ = shutdown.cancelled() => return Ok(Step::Idle),
                _ = tokio::time::sleep(wait) => {}
            },
            None => tokio::time::sleep(wait).await,
        }
        // The lease is committed before the call: a crash from here on leaves it `unknown`.
        let delivery = {
            let mut tx = self.store.write().await?;
            // Waiting for the write lock may have made this slot late; a late send followed by
            // punctual ones would crowd one second. Give the slot up and take the next one.
            if now_millis() - slot > LATE_SLOT_MS {
                tx.rollback().await?;
                return Ok(Step::Missed);
            }
            let delivery = tx.claim_delivery(self.lease_ms()).await?;
            tx.commit().await?;
            match delivery {
                Some(d) => d,
                // Another instance took it, or it went to a resident who blocked the bot.
                None => return Ok(Step::Missed),
            }
        };
        let settlement = match delivery.reply() {
            Ok(reply) => {
                let outcome = tokio::time::timeout(
                    self.send_timeout,
                    self.courier.deliver(delivery.chat_id, &reply),
                )
                .await
                .unwrap_or(SendOutcome::Unknown);
                settle(&outcome, delivery.attempts)
            }
            Err(err) => Settlement::GiveUp {
                reason: format!("unreadable payload: {err}"),
            },
        };
        self.record(&delivery, &settlement).await?;
        Ok(Step::Attempted)
    }

    async fn record(&self, delivery: &Delivery, settlement: &Settlement) -> Result<(), StoreError> {
        let mut tx = self.store.write().await?;
        match settlement {
            Settlement::Sent { message_id } => {
                tx.settle_delivery(
                    delivery.id,
                    &Settled::Sent {
                        message_id: *message_id,
                    },
                )
                .await?
            }
            Settlement::Retry { after_secs, reason } => {
                tx.requeue_delivery(delivery.id, now() + after_secs, reason, true)
                    .await?
            }
            Settlement::WaitChat { secs } => {
                tracing::info!(
                    chat = delivery.chat_id.get(),
                    secs,
                    "Telegram asked this chat to wait"
                );
                tx.pause_chat(delivery.chat_id, now_millis() + i64::from(*secs) * 1000)
                    .await?;
                tx.requeue_delivery(delivery.id, now(), "too many requests", false)
                    .await?
            }
            Settlement::Unknown => {
                tracing::warn!(
                    delivery = delivery.id,
                    chat = delivery.chat_id.get(),
                    "a send may or may not have arrived: its fate is unknown, it is not resent"
                );
                tx.settle_delivery(delivery.id, &Settled::Unknown("unknown".into()))
                    .await?
            }
            Settlement::GiveUp { reason } => {
                tracing::info!(delivery = delivery.id, reason, "giving a delivery up");
                tx.settle_delivery(delivery.id, &Settled::Failed(reason.clone()))
                    .await?
            }
            Settlement::Unreachable => {
                tracing::info!(
                    chat = delivery.chat_id.get(),
                    "chat is unreachable; marking it"
                );
                tx.mark_unreachable(delivery.chat_id).await?;
                tx.settle_delivery(delivery.id, &Settled::Unreachable)
                    .await?;
            }
        }
        tx.commit().await
    }
}

/// Milliseconds between two shared send slots for `per_second` messages a second. 10 % slower
/// than the bare quotient: a send can only leave late, never early, and a second that begins at
/// a late one must not reach the slot of the one `per_second` later. 5 % (50 ms a second) was
/// crowded by a loaded 2-core machine, once in five runs.
pub fn slot_interval_ms(per_second: u32) -> i64 {
    let per_second = i64::from(per_second.max(1));
    (1100 + per_second - 1) / per_second
}
