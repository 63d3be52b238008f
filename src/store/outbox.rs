//! The outbox: messages that are not answers (broadcasts, decisions, digests, posts to the
//! facilitators' group), one row per recipient, grouped in runs and drained by a paced sender.
//!
//! A delivery goes `queued` → `sending` → `sent` | `unknown` | `failed` | `unreachable`. The
//! `sending` lease is committed before the call, so a delivery is attempted at most once per
//! lease; a lease that runs out (its sender died) turns into `unknown`, never into a resend.

use super::{Backend, Result, StoreError, Tx, now, now_millis};
use crate::conversation::Reply;
use crate::domain::{ChatId, ParticipantId};
use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// One leased delivery, ready to be sent.
#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: i64,
    pub run_id: Option<i64>,
    /// None for a chat that is no participant (the facilitators' group).
    pub participant_id: Option<ParticipantId>,
    pub chat_id: ChatId,
    /// The stored payload (see [`encode_payload`]).
    pub payload: String,
    /// Attempts made, this one included.
    pub attempts: i64,
}

impl Delivery {
    /// The reply to send, attachment included.
    pub fn reply(&self) -> Result<Reply> {
        decode_payload(&self.payload)
    }
}

/// One message to queue: rendered for its recipient already.
#[derive(Debug, Clone)]
pub struct NewDelivery {
    pub participant_id: ParticipantId,
    pub chat_id: ChatId,
    pub reply: Reply,
}

/// How an attempt ended for good.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settled {
    Sent {
        message_id: i64,
    },
    /// It may have arrived: never sent again.
    Unknown(String),
    Failed(String),
    Unreachable,
}

/// What a run came to, for `consultbot deliveries` and `/stats`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunFigures {
    pub id: i64,
    pub kind: String,
    pub started_at: i64,
    pub recipients: i64,
    pub sent: i64,
    pub unknown: i64,
    pub failed: i64,
    pub unreachable: i64,
    pub pending: i64,
    /// When nothing was pending any more; None while it is.
    pub finished_at: Option<i64>,
    /// Seconds from start to finish (or to now, while pending).
    pub duration_secs: i64,
}

/// The stored form of a delivery, versioned so that a queue written by one build is read by
/// the next. Attachment bytes (not part of a `Reply`'s JSON) travel as base64.
#[derive(Serialize, Deserialize)]
struct PayloadV1 {
    v: u32,
    reply: Reply,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    file: Option<String>,
}

/// The payload of a reply, as stored.
pub fn encode_payload(reply: &Reply) -> String {
    let file = reply
        .attachment
        .as_ref()
        .filter(|a| !a.bytes.is_empty())
        .map(|a| base64::engine::general_purpose::STANDARD.encode(&a.bytes));
    serde_json::to_string(&PayloadV1 {
        v: 1,
        reply: reply.clone(),
        file,
    })
    .expect("replies serialise")
}

/// Reads a stored payload: version 1, or a bare reply as queued before versions.
pub fn decode_payload(payload: &str) -> Result<Reply> {
    let corrupt = |e: &dyn std::fmt::Display| StoreError::Corrupt(format!("delivery payload: {e}"));
    let value: serde_json::Value = serde_json::from_str(payload).map_err(|e| corrupt(&e))?;
    match value.get("v").and_then(serde_json::Value::as_u64) {
        Some(1) => {
            let p: PayloadV1 = serde_json::from_value(value).map_err(|e| corrupt(&e))?;
            let mut reply = p.reply;
            if let (Some(file), Some(attachment)) = (p.file, reply.attachment.as_mut()) {
                attachment.bytes = base64::engine::general_purpose::STANDARD
                    .decode(file)
                    .map_err(|e| corrupt(&e))?;
            }
            Ok(reply)
        }
        Some(v) => Err(corrupt(&format!("unknown version {v}"))),
        None => serde_json::from_value(value).map_err(|e| corrupt(&e)),
    }
}

/// Rows per multi-row INSERT: 3 parameters each, far below both backends' limits.
const INSERT_CHUNK: usize = 500;
/// Candidates looked at per claim when some belong to residents who blocked the bot.
const CLAIM_SCAN: i64 = 20;
/// After a send, the same chat waits this long: about one message a second per chat.
pub const PER_CHAT_GAP_MS: i64 = 1000;
/// A group (the facilitators') takes at most 20 messages a minute from a bot.
const PER_GROUP_GAP_MS: i64 = 3000;
/// Statuses that are still to do.
const PENDING: &str = "'queued', 'sending'";

impl Tx {
    /// Starts a run (kind `digest`, `broadcast`, `decision` or `notice`). None when a run of that
    /// kind was already started for that time: a second instance or a restart does not repeat it.
    pub async fn start_run(&mut self, kind: &str, scheduled_for: i64) -> Result<Option<i64>> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO digest_runs (kind, scheduled_for, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (kind, scheduled_for) DO NOTHING RETURNING id",
        )
        .bind(kind)
        .bind(scheduled_for)
        .bind(now())
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(id)
    }

    /// Queues one message for one resident; the reply is stored as rendered now.
    pub async fn enqueue_delivery(
        &mut self,
        run_id: Option<i64>,
        participant_id: ParticipantId,
        chat_id: ChatId,
        reply: &Reply,
    ) -> Result<()> {
        self.enqueue_deliveries(
            run_id,
            &[NewDelivery {
                participant_id,
                chat_id,
                reply: reply.clone(),
            }],
        )
        .await?;
        Ok(())
    }

    /// Queues many messages in a few statements (multi-row INSERTs of 500): a run to 10,000
    /// residents is 20 statements, not 10,000. Returns how many were queued.
    pub async fn enqueue_deliveries(
        &mut self,
        run_id: Option<i64>,
        deliveries: &[NewDelivery],
    ) -> Result<u64> {
        let at = now();
        let mut queued = 0;
        for chunk in deliveries.chunks(INSERT_CHUNK) {
            let mut sql = String::from(
                "INSERT INTO deliveries \
                 (run_id, participant_id, chat_id, payload, status, next_attempt_at) VALUES ",
            );
            // $1 and $2 (the run and the time) are shared by every row.
            for i in 0..chunk.len() {
                let b = 3 + i * 3;
                if i > 0 {
                    sql.push(',');
                }
                sql.push_str(&format!(
                    "($1, ${}, ${}, ${}, 'queued', $2)",
                    b,
                    b + 1,
                    b + 2
                ));
            }
            let mut query = sqlx::query(sqlx::AssertSqlSafe(sql)).bind(run_id).bind(at);
            for d in chunk {
                query = query
                    .bind(d.participant_id.get())
                    .bind(d.chat_id.get())
                    .bind(encode_payload(&d.reply));
            }
            queued += query.execute(&mut *self.inner).await?.rows_affected();
        }
        Ok(queued)
    }

    /// Queues a post to a chat that is no participant (the facilitators' group), in the day's
    /// `notice` run.
    pub async fn enqueue_notice(&mut self, chat_id: ChatId, reply: &Reply) -> Result<()> {
        let day = now() / 86_400 * 86_400;
        self.start_run("notice", day).await?;
        // The day's run may have finished already: it is pending again.
        let run: i64 = sqlx::query_scalar(
            "UPDATE digest_runs SET finished_at = NULL \
             WHERE kind = 'notice' AND scheduled_for = $1 RETURNING id",
        )
        .bind(day)
        .fetch_one(&mut *self.inner)
        .await?;
        sqlx::query(
            "INSERT INTO deliveries (run_id, participant_id, chat_id, payload, status, next_attempt_at) \
             VALUES ($1, NULL, $2, $3, 'queued', $4)",
        )
        .bind(run)
        .bind(chat_id.get())
        .bind(encode_payload(reply))
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Whether some delivery may be sent now.
    pub async fn delivery_due(&mut self) -> Result<bool> {
        let due: Option<i64> = sqlx::query_scalar(
            "SELECT d.id FROM deliveries d WHERE d.status = 'queued' AND d.next_attempt_at <= $1 \
             AND NOT EXISTS (SELECT 1 FROM chat_pace c \
                             WHERE c.chat_id = d.chat_id AND c.not_before_ms > $2) \
             LIMIT 1",
        )
        .bind(now())
        .bind(now_millis())
        .fetch_optional(&mut *self.inner)
        .await?;
        Ok(due.is_some())
    }

    /// Reserves the next free send slot shared by every instance on this database; slots are
    /// `interval_ms` apart. Returns the slot's time (epoch ms), not earlier than now.
    pub async fn reserve_send_slot(&mut self, interval_ms: i64) -> Result<i64> {
        let next: i64 = sqlx::query_scalar(
            "UPDATE send_pace SET next_slot_ms = \
             (CASE WHEN next_slot_ms > $1 THEN next_slot_ms ELSE $1 END) + $2 \
             WHERE id = 1 RETURNING next_slot_ms",
        )
        .bind(now_millis())
        .bind(interval_ms)
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(next - interval_ms)
    }

    /// Leases the next due delivery for one attempt of at most `lease_ms`, oldest first, in a
    /// chat that is not waiting. Deliveries to residents who blocked the bot meanwhile are
    /// settled `unreachable` on the way, without an attempt. On PostgreSQL, rows another
    /// instance is leasing are skipped (`FOR UPDATE SKIP LOCKED`).
    pub async fn claim_delivery(&mut self, lease_ms: i64) -> Result<Option<Delivery>> {
        let (at, at_ms) = (now(), now_millis());
        // Ordered by the index `deliveries_due` alone: ties come in index order (SQLite's
        // rowid, PostgreSQL's heap order), which is the order of queueing. Adding `id` would
        // make PostgreSQL sort the whole queue (100,000 rows: 300 ms) on every send.
        let skip_locked = if self.backend == Backend::Postgres {
            " FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT d.id, d.run_id, d.participant_id, d.chat_id, d.payload, d.attempts, \
             (SELECT p.reachable FROM participants p WHERE p.id = d.participant_id) AS reachable \
             FROM deliveries d WHERE d.status = 'queued' AND d.next_attempt_at <= $1 \
             AND NOT EXISTS (SELECT 1 FROM chat_pace c \
                             WHERE c.chat_id = d.chat_id AND c.not_before_ms > $2) \
             ORDER BY d.next_attempt_at LIMIT $3{skip_locked}"
        )))
        .bind(at)
        .bind(at_ms)
        .bind(CLAIM_SCAN)
        .fetch_all(&mut *self.inner)
        .await?;
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            let reachable: Option<i64> = row.try_get("reachable")?;
            if reachable == Some(0) {
                self.settle_delivery(id, &Settled::Unreachable).await?;
                continue;
            }
            let chat_id = ChatId::new(row.try_get("chat_id")?);
            sqlx::query(
                "UPDATE deliveries SET status = 'sending', claimed_at = $2, lease_until = $3, \
                 attempts = attempts + 1 WHERE id = $1",
            )
            .bind(id)
            .bind(at)
            .bind(at_ms + lease_ms)
            .execute(&mut *self.inner)
            .await?;
            let gap = if chat_id.is_group() {
                PER_GROUP_GAP_MS
            } else {
                PER_CHAT_GAP_MS
            };
            self.pause_chat(chat_id, at_ms + gap).await?;
            return Ok(Some(Delivery {
                id,
                run_id: row.try_get("run_id")?,
                participant_id: row
                    .try_get::<Option<i64>, _>("participant_id")?
                    .map(ParticipantId::new),
                chat_id,
                payload: row.try_get("payload")?,
                attempts: row.try_get::<i64, _>("attempts")? + 1,
            }));
        }
        Ok(None)
    }

    /// Leases up to `limit` due deliveries at once (for tests and tools; the sender leases one
    /// at a time, right before its call).
    pub async fn claim_deliveries(&mut self, limit: i64) -> Result<Vec<Delivery>> {
        let mut claimed = Vec::new();
        while (claimed.len() as i64) < limit {
            // The per-chat gap would hold back a second message to one chat: none here.
            sqlx::query("DELETE FROM chat_pace")
                .execute(&mut *self.inner)
                .await?;
            match self.claim_delivery(60_000).await? {
                Some(d) => claimed.push(d),
                None => break,
            }
        }
        Ok(claimed)
    }

    /// No send to this chat before `until_ms` (the gap after a send, or a 429's retry_after).
    pub async fn pause_chat(&mut self, chat_id: ChatId, until_ms: i64) -> Result<()> {
        sqlx::query(
            "INSERT INTO chat_pace (chat_id, not_before_ms) VALUES ($1, $2) \
             ON CONFLICT (chat_id) DO UPDATE SET not_before_ms = excluded.not_before_ms",
        )
        .bind(chat_id.get())
        .bind(until_ms)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Puts a leased delivery back in the queue, due at `retry_at` (epoch seconds). `counted`:
    /// whether the attempt counts toward giving up (a 429 does not).
    pub async fn requeue_delivery(
        &mut self,
        id: i64,
        retry_at: i64,
        reason: &str,
        counted: bool,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE deliveries SET status = 'queued', lease_until = NULL, next_attempt_at = $2, \
             error = $3, attempts = attempts - $4 WHERE id = $1 AND status = 'sending'",
        )
        .bind(id)
        .bind(retry_at)
        .bind(reason)
        .bind(if counted { 0_i64 } else { 1 })
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Records how a delivery ended. A row whose lease ran out meanwhile (already `unknown`)
    /// learns its real fate only if it was sent.
    pub async fn settle_delivery(&mut self, id: i64, settled: &Settled) -> Result<()> {
        let (status, error, message_id) = match settled {
            Settled::Sent { message_id } => ("sent", None, Some(*message_id)),
            Settled::Unknown(reason) => ("unknown", Some(reason.as_str()), None),
            Settled::Failed(reason) => ("failed", Some(reason.as_str()), None),
            Settled::Unreachable => ("unreachable", Some("unreachable"), None),
        };
        let at = now();
        sqlx::query(
            "UPDATE deliveries SET status = $2, error = $3, message_id = $4, settled_at = $5, \
             sent_at = CASE WHEN $2 = 'sent' THEN $5 ELSE sent_at END, lease_until = NULL \
             WHERE id = $1 AND (status IN ('queued', 'sending') OR $2 = 'sent')",
        )
        .bind(id)
        .bind(status)
        .bind(error)
        .bind(message_id)
        .bind(at)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Turns `sending` rows whose lease ran out into `unknown`: their sender died mid-call, and
    /// the message may have arrived. Returns their ids and chats, to be reported.
    pub async fn expire_leases(&mut self) -> Result<Vec<(i64, ChatId)>> {
        let rows = sqlx::query(
            "UPDATE deliveries SET status = 'unknown', error = 'lease expired', settled_at = $2, \
             lease_until = NULL WHERE status = 'sending' AND lease_until < $1 \
             RETURNING id, chat_id",
        )
        .bind(now_millis())
        .bind(now())
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|r| Ok((r.try_get("id")?, ChatId::new(r.try_get("chat_id")?))))
            .collect()
    }

    /// Marks runs with nothing pending as finished, at their last settled delivery.
    pub async fn finish_runs(&mut self) -> Result<u64> {
        let done = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE digest_runs SET finished_at = COALESCE( \
               (SELECT MAX(d.settled_at) FROM deliveries d WHERE d.run_id = digest_runs.id), \
               created_at) \
             WHERE finished_at IS NULL AND NOT EXISTS \
               (SELECT 1 FROM deliveries d WHERE d.run_id = digest_runs.id \
                AND d.status IN ({PENDING}))"
        )))
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected())
    }

    /// The figures of the last `limit` runs, newest first. A `sending` row past its lease
    /// counts as unknown already.
    pub async fn run_figures(&mut self, limit: i64) -> Result<Vec<RunFigures>> {
        let rows = sqlx::query(
            "SELECT r.id, r.kind, r.created_at, r.finished_at, COUNT(d.id) AS recipients, \
             COUNT(CASE WHEN d.status = 'sent' THEN 1 END) AS sent, \
             COUNT(CASE WHEN d.status = 'unknown' \
                   OR (d.status = 'sending' AND d.lease_until < $2) THEN 1 END) AS unknown, \
             COUNT(CASE WHEN d.status = 'failed' THEN 1 END) AS failed, \
             COUNT(CASE WHEN d.status = 'unreachable' THEN 1 END) AS unreachable, \
             COUNT(CASE WHEN d.status = 'queued' \
                   OR (d.status = 'sending' AND d.lease_until >= $2) THEN 1 END) AS pending, \
             MAX(d.settled_at) AS last_settled \
             FROM digest_runs r LEFT JOIN deliveries d ON d.run_id = r.id \
             GROUP BY r.id, r.kind, r.created_at, r.finished_at \
             ORDER BY r.id DESC LIMIT $1",
        )
        .bind(limit)
        .bind(now_millis())
        .fetch_all(&mut *self.inner)
        .await?;
        let at = now();
        rows.iter()
            .map(|r| {
                let started_at: i64 = r.try_get("created_at")?;
                let pending: i64 = r.try_get("pending")?;
                let last: Option<i64> = r.try_get("last_settled")?;
                let finished_at = match r.try_get::<Option<i64>, _>("finished_at")? {
                    Some(at) => Some(at),
                    // Not swept yet: finished all the same when nothing is pending.
                    None if pending == 0 => Some(last.unwrap_or(started_at)),
                    None => None,
                };
                Ok(RunFigures {
                    id: r.try_get("id")?,
                    kind: r.try_get("kind")?,
                    started_at,
                    recipients: r.try_get("recipients")?,
                    sent: r.try_get("sent")?,
                    unknown: r.try_get("unknown")?,
                    failed: r.try_get("failed")?,
                    unreachable: r.try_get("unreachable")?,
                    pending,
                    finished_at,
                    duration_secs: (finished_at.unwrap_or(at) - started_at).max(0),
                })
            })
            .collect()
    }

    /// Counts of deliveries: (pending, sent, not sent: unknown, failed or unreachable).
    pub async fn delivery_counts(&mut self, run_id: Option<i64>) -> Result<(i64, i64, i64)> {
        // PostgreSQL cannot type a parameter that is only compared with NULL: two statements.
        let rows = match run_id {
            Some(run) => sqlx::query(
                "SELECT status, COUNT(*) AS n FROM deliveries WHERE run_id = $1 GROUP BY status",
            )
            .bind(run)
            .fetch_all(&mut *self.inner)
            .await?,
            None => {
                sqlx::query("SELECT status, COUNT(*) AS n FROM deliveries GROUP BY status")
                    .fetch_all(&mut *self.inner)
                    .await?
            }
        };
        let mut counts = (0, 0, 0);
        for row in &rows {
            let status: String = row.try_get("status")?;
            let n: i64 = row.try_get("n")?;
            match status.as_str() {
                "queued" | "sending" => counts.0 += n,
                "sent" => counts.1 += n,
                _ => counts.2 += n,
            }
        }
        Ok(counts)
    }
}
