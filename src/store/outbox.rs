//! The outbox: messages to residents that are not answers (broadcasts, outcomes, digests), one
//! row per recipient, drained by a paced sender. A claimed row is sent at most once: a claim
//! left behind by a crash is given up, never sent twice.

use super::{Result, Tx, now};
use crate::conversation::Reply;
use crate::domain::{ChatId, ParticipantId};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct Delivery {
    pub id: i64,
    pub participant_id: ParticipantId,
    pub chat_id: ChatId,
    /// JSON of the rendered `conversation::Reply`.
    pub payload: String,
    pub attempts: i64,
}

/// How long a claim may stay unsent before it counts as interrupted by a crash.
const STALE_CLAIM_SECS: i64 = 600;

impl Tx {
    /// Starts a run (a broadcast or a scheduled digest). None when a run of that kind was already
    /// started for that time: a second instance or a restart does not repeat it.
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
        let payload = serde_json::to_string(reply).expect("replies serialise");
        sqlx::query(
            "INSERT INTO deliveries (run_id, participant_id, chat_id, payload, status, next_attempt_at) \
             VALUES ($1, $2, $3, $4, 'queued', $5)",
        )
        .bind(run_id)
        .bind(participant_id.get())
        .bind(chat_id.get())
        .bind(&payload)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Claims up to `limit` due deliveries for sending, oldest first.
    pub async fn claim_deliveries(&mut self, limit: i64) -> Result<Vec<Delivery>> {
        let at = now();
        // Claims older than a crash's worth of time are given up: better lost than sent twice.
        sqlx::query(
            "UPDATE deliveries SET status = 'failed', error = 'interrupted' \
             WHERE status = 'queued' AND claimed_at IS NOT NULL AND claimed_at < $1",
        )
        .bind(at - STALE_CLAIM_SECS)
        .execute(&mut *self.inner)
        .await?;
        let skip_locked = if self.backend == super::Backend::Postgres {
            " FOR UPDATE SKIP LOCKED"
        } else {
            ""
        };
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT id, participant_id, chat_id, payload, attempts FROM deliveries \
             WHERE status = 'queued' AND claimed_at IS NULL AND next_attempt_at <= $1 \
             ORDER BY next_attempt_at, id LIMIT $2{skip_locked}"
        )))
        .bind(at)
        .bind(limit)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut claimed = Vec::with_capacity(rows.len());
        for row in &rows {
            let id: i64 = row.try_get("id")?;
            sqlx::query(
                "UPDATE deliveries SET claimed_at = $2, attempts = attempts + 1 WHERE id = $1",
            )
            .bind(id)
            .bind(at)
            .execute(&mut *self.inner)
            .await?;
            claimed.push(Delivery {
                id,
                participant_id: ParticipantId::new(row.try_get("participant_id")?),
                chat_id: ChatId::new(row.try_get("chat_id")?),
                payload: row.try_get("payload")?,
                attempts: row.try_get::<i64, _>("attempts")? + 1,
            });
        }
        Ok(claimed)
    }

    pub async fn mark_delivered(&mut self, id: i64) -> Result<()> {
        sqlx::query(
            "UPDATE deliveries SET status = 'sent', sent_at = $2, claimed_at = NULL WHERE id = $1",
        )
        .bind(id)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// A failed attempt: retried at `retry_at`, or given up when None.
    pub async fn mark_undelivered(
        &mut self,
        id: i64,
        error: &str,
        retry_at: Option<i64>,
    ) -> Result<()> {
        match retry_at {
            Some(at) => sqlx::query(
                "UPDATE deliveries SET claimed_at = NULL, next_attempt_at = $2, error = $3 WHERE id = $1",
            )
            .bind(id)
            .bind(at)
            .bind(error),
            None => sqlx::query("UPDATE deliveries SET status = 'failed', claimed_at = NULL, error = $3, next_attempt_at = $2 WHERE id = $1")
                .bind(id)
                .bind(now())
                .bind(error),
        }
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Counts of deliveries by status: (queued, sent, failed).
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
                "queued" => counts.0 = n,
                "sent" => counts.1 = n,
                _ => counts.2 = n,
            }
        }
        Ok(counts)
    }
}
