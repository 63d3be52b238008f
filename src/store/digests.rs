//! What digests read: who gets one, what is new since their last, and the facilitators' figures.
//! A digest is queued through the outbox (`start_run`, `enqueue_delivery`); this file only reads
//! and remembers when each participant last got one.

use super::sheets::{SHEET_COLUMNS, SHEET_JOIN, summary_from_row};
use super::{Result, Tx, parse_word};
use crate::domain::{ChatId, Lang, ParticipantId, TelegramUserId};
use crate::store::SheetSummary;
use sqlx::Row;
use std::collections::HashMap;

/// A participant who asked for digests and can be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DigestRecipient {
    pub participant_id: ParticipantId,
    pub telegram_user_id: TelegramUserId,
    pub chat_id: ChatId,
    pub lang: Lang,
    /// When they last got a digest; None: never.
    pub last_digest_at: Option<i64>,
    /// When they first wrote to the bot.
    pub joined_at: i64,
    /// Holds the moderator role (admins come from the settings, not the database).
    pub moderator: bool,
}

/// A visible sheet with the time it was added.
#[derive(Debug, Clone)]
pub struct RecentSheet {
    pub sheet: SheetSummary,
    pub created_at: i64,
}

/// What happened since a time, for the facilitators' digest.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Participation {
    pub new_participants: i64,
    pub new_sheets: i64,
    pub new_details: i64,
    pub stickers_placed: i64,
    pub new_reports: i64,
}

impl Tx {
    /// Opted-in, reachable participants, by id.
    pub async fn digest_recipients(&mut self) -> Result<Vec<DigestRecipient>> {
        let rows = sqlx::query(
            "SELECT p.id, p.telegram_user_id, p.chat_id, p.lang, p.last_digest_at, p.created_at, \
                (SELECT COUNT(*) FROM roles r WHERE r.telegram_user_id = p.telegram_user_id \
                    AND r.role = 'moderator') AS moderator \
             FROM participants p WHERE p.digest_opt_in = 1 AND p.reachable = 1 ORDER BY p.id",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(DigestRecipient {
                    participant_id: ParticipantId::new(row.try_get("id")?),
                    telegram_user_id: TelegramUserId::new(row.try_get("telegram_user_id")?),
                    chat_id: ChatId::new(row.try_get("chat_id")?),
                    lang: parse_word("participants.lang", &row.try_get::<String, _>("lang")?)?,
                    last_digest_at: row.try_get("last_digest_at")?,
                    joined_at: row.try_get("created_at")?,
                    moderator: row.try_get::<i64, _>("moderator")? > 0,
                })
            })
            .collect()
    }

    /// Turns digests on or off for a participant.
    pub async fn set_digest_opt_in(
        &mut self,
        participant_id: ParticipantId,
        on: bool,
    ) -> Result<()> {
        sqlx::query("UPDATE participants SET digest_opt_in = $1 WHERE id = $2")
            .bind(i64::from(on))
            .bind(participant_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// Remembers that everyone with a delivery in `run` got a digest at `at`: their next one
    /// starts from there. One statement for the whole run.
    pub async fn mark_digests_sent(&mut self, run_id: i64, at: i64) -> Result<u64> {
        let done = sqlx::query(
            "UPDATE participants SET last_digest_at = $1 \
             WHERE id IN (SELECT participant_id FROM deliveries WHERE run_id = $2)",
        )
        .bind(at)
        .bind(run_id)
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected())
    }

    /// The visible sheets of a consultation added after `since`, oldest first, with their text
    /// in `lang` where a translation exists.
    pub async fn sheets_since(
        &mut self,
        consultation_id: i64,
        since: i64,
        lang: Lang,
    ) -> Result<Vec<RecentSheet>> {
        let sql = format!(
            "SELECT {SHEET_COLUMNS} {SHEET_JOIN} JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $3 AND s.status = 'visible' AND s.created_at > $4 \
             ORDER BY s.created_at, s.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(None::<i64>)
            .bind(lang.code())
            .bind(consultation_id)
            .bind(since)
            .fetch_all(&mut *self.inner)
            .await?;
        rows.iter()
            .map(|row| {
                Ok(RecentSheet {
                    sheet: summary_from_row(row)?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// Stickers placed in a consultation, per participant who placed any.
    pub async fn stickers_per_participant(
        &mut self,
        consultation_id: i64,
    ) -> Result<HashMap<ParticipantId, i64>> {
        let rows = sqlx::query(
            "SELECT st.participant_id, COUNT(*) AS n FROM stickers st \
             JOIN sheets s ON s.id = st.sheet_id JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1 GROUP BY st.participant_id",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| {
                Ok((
                    ParticipantId::new(row.try_get("participant_id")?),
                    row.try_get("n")?,
                ))
            })
            .collect()
    }

    /// What happened in a consultation after `since`.
    pub async fn participation_since(
        &mut self,
        consultation_id: i64,
        since: i64,
    ) -> Result<Participation> {
        let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
        let new_participants = count("SELECT COUNT(*) FROM participants WHERE created_at > $1")
            .bind(since)
            .fetch_one(&mut *self.inner)
            .await?;
        let new_sheets = count(
            "SELECT COUNT(*) FROM sheets s JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1 AND s.source = 'resident' AND s.created_at > $2",
        )
        .bind(consultation_id)
        .bind(since)
        .fetch_one(&mut *self.inner)
        .await?;
        let new_details = count(
            "SELECT COUNT(*) FROM details d JOIN sheets s ON s.id = d.sheet_id \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1 AND d.created_at > $2",
        )
        .bind(consultation_id)
        .bind(since)
        .fetch_one(&mut *self.inner)
        .await?;
        let stickers_placed = count(
            "SELECT COUNT(*) FROM stickers st JOIN sheets s ON s.id = st.sheet_id \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1 AND st.created_at > $2",
        )
        .bind(consultation_id)
        .bind(since)
        .fetch_one(&mut *self.inner)
        .await?;
        let new_reports = count("SELECT COUNT(*) FROM content_reports WHERE created_at > $1")
            .bind(since)
            .fetch_one(&mut *self.inner)
            .await?;
        Ok(Participation {
            new_participants,
            new_sheets,
            new_details,
            stickers_placed,
            new_reports,
        })
    }

    /// Removes a run that queued nothing: an empty run is no news for the figures. A slot whose
    /// run is removed may be run again, which can only find more to send.
    pub async fn forget_empty_run(&mut self, run_id: i64) -> Result<()> {
        sqlx::query(
            "DELETE FROM digest_runs WHERE id = $1 \
             AND NOT EXISTS (SELECT 1 FROM deliveries WHERE run_id = $1)",
        )
        .bind(run_id)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }
}
