//! Broadcasts and decision notices: stored drafts, their versions per language, and who receives
//! them. The conversation renders each recipient's message from these when it enqueues them.

use super::{Recipient, Result, Tx, now, parse_word};
use crate::domain::{
    Decision, Lang, NoticeKind, NoticeStatus, SheetId, TelegramUserId, TranslationOrigin,
};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeMap;

/// A broadcast or decision as the facilitator wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub id: i64,
    pub kind: NoticeKind,
    /// Decisions: the sheet decided about.
    pub sheet_id: Option<SheetId>,
    pub decision: Option<Decision>,
    pub text: String,
    /// The language it was written in.
    pub lang: Lang,
    pub status: NoticeStatus,
    /// Rounds in which the translation server failed while the notice waited for it.
    pub translate_attempts: i64,
}

/// The decision on a sheet as one reader sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShownDecision {
    pub decision: Decision,
    pub text: String,
    /// The language `text` is in, when known (decisions recorded before drafts existed: None).
    pub lang: Option<Lang>,
    /// The reader's version, when one exists.
    pub version: Option<(String, TranslationOrigin)>,
}

const NOTICE_COLUMNS: &str = "id, kind, sheet_id, decision, text, lang, status, translate_attempts";

fn notice_from_row(row: &AnyRow) -> Result<Notice> {
    let kind: String = row.try_get("kind")?;
    let status: String = row.try_get("status")?;
    let lang: String = row.try_get("lang")?;
    let decision: Option<String> = row.try_get("decision")?;
    Ok(Notice {
        id: row.try_get("id")?,
        kind: parse_word("notices.kind", &kind)?,
        sheet_id: row.try_get::<Option<i64>, _>("sheet_id")?.map(SheetId::new),
        decision: decision
            .map(|d| parse_word("notices.decision", &d))
            .transpose()?,
        text: row.try_get("text")?,
        lang: parse_word("notices.lang", &lang)?,
        status: parse_word("notices.status", &status)?,
        translate_attempts: row.try_get("translate_attempts")?,
    })
}

impl Tx {
    /// A new broadcast draft; its id is the N of `bN`.
    pub async fn create_broadcast_draft(
        &mut self,
        text: &str,
        lang: Lang,
        by: TelegramUserId,
    ) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO notices (kind, text, lang, status, created_by, created_at) \
             VALUES ('broadcast', $1, $2, 'draft', $3, $4) RETURNING id",
        )
        .bind(text)
        .bind(lang.code())
        .bind(by.get())
        .bind(now())
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(id)
    }

    /// The decision draft of a sheet: one per sheet. Writing `/outcome` again replaces its
    /// decision and text; versions of an earlier text are dropped, since they no longer match.
    pub async fn decision_draft(
        &mut self,
        sheet_id: SheetId,
        decision: Decision,
        text: &str,
        lang: Lang,
        by: TelegramUserId,
    ) -> Result<i64> {
        let open: Option<(i64, String)> = sqlx::query_as(
            "SELECT id, text FROM notices WHERE kind = 'decision' AND sheet_id = $1 \
             AND status = 'draft' ORDER BY id DESC LIMIT 1",
        )
        .bind(sheet_id.get())
        .fetch_optional(&mut *self.inner)
        .await?;
        match open {
            Some((id, old)) => {
                if old != text {
                    sqlx::query("DELETE FROM notice_versions WHERE notice_id = $1")
                        .bind(id)
                        .execute(&mut *self.inner)
                        .await?;
                }
                sqlx::query(
                    "UPDATE notices SET decision = $2, text = $3, lang = $4, created_by = $5, \
                     created_at = $6 WHERE id = $1",
                )
                .bind(id)
                .bind(decision.as_str())
                .bind(text)
                .bind(lang.code())
                .bind(by.get())
                .bind(now())
                .execute(&mut *self.inner)
                .await?;
                Ok(id)
            }
            None => Ok(sqlx::query_scalar(
                "INSERT INTO notices (kind, sheet_id, decision, text, lang, status, created_by, created_at) \
                 VALUES ('decision', $1, $2, $3, $4, 'draft', $5, $6) RETURNING id",
            )
            .bind(sheet_id.get())
            .bind(decision.as_str())
            .bind(text)
            .bind(lang.code())
            .bind(by.get())
            .bind(now())
            .fetch_one(&mut *self.inner)
            .await?),
        }
    }

    pub async fn notice(&mut self, id: i64) -> Result<Option<Notice>> {
        let sql = format!("SELECT {NOTICE_COLUMNS} FROM notices WHERE id = $1");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(id)
            .fetch_optional(&mut *self.inner)
            .await?;
        row.as_ref().map(notice_from_row).transpose()
    }

    /// The latest decision notice of a sheet that was not cancelled: the draft, or the one sent.
    pub async fn latest_decision_notice(&mut self, sheet_id: SheetId) -> Result<Option<Notice>> {
        let sql = format!(
            "SELECT {NOTICE_COLUMNS} FROM notices WHERE kind = 'decision' AND sheet_id = $1 \
             AND status <> 'cancelled' ORDER BY id DESC LIMIT 1"
        );
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(sheet_id.get())
            .fetch_optional(&mut *self.inner)
            .await?;
        row.as_ref().map(notice_from_row).transpose()
    }

    /// Notices confirmed but not yet queued (they wait for machine translations), oldest first.
    pub async fn confirmed_notices(&mut self) -> Result<Vec<Notice>> {
        let sql =
            format!("SELECT {NOTICE_COLUMNS} FROM notices WHERE status = 'confirmed' ORDER BY id");
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .fetch_all(&mut *self.inner)
            .await?;
        rows.iter().map(notice_from_row).collect()
    }

    /// Moves a notice from one status to another; false when it was not in `from` (someone
    /// else confirmed, sent or cancelled it first).
    pub async fn set_notice_status(
        &mut self,
        id: i64,
        from: NoticeStatus,
        to: NoticeStatus,
    ) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE notices SET status = $3, \
             confirmed_at = CASE WHEN $3 = 'confirmed' THEN $4 ELSE confirmed_at END \
             WHERE id = $1 AND status = $2",
        )
        .bind(id)
        .bind(from.as_str())
        .bind(to.as_str())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// One more round in which the translation server failed this notice.
    pub async fn count_notice_translation_failure(&mut self, id: i64) -> Result<()> {
        sqlx::query("UPDATE notices SET translate_attempts = translate_attempts + 1 WHERE id = $1")
            .bind(id)
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// The versions of a notice by language.
    pub async fn notice_versions(
        &mut self,
        id: i64,
    ) -> Result<BTreeMap<Lang, (String, TranslationOrigin)>> {
        let rows =
            sqlx::query("SELECT lang, text, origin FROM notice_versions WHERE notice_id = $1")
                .bind(id)
                .fetch_all(&mut *self.inner)
                .await?;
        rows.iter()
            .map(|row| {
                let lang: String = row.try_get("lang")?;
                let origin: String = row.try_get("origin")?;
                Ok((
                    parse_word("notice_versions.lang", &lang)?,
                    (
                        row.try_get("text")?,
                        parse_word("notice_versions.origin", &origin)?,
                    ),
                ))
            })
            .collect()
    }

    /// A translator's version replaces any earlier one.
    pub async fn set_human_notice_version(
        &mut self,
        id: i64,
        lang: Lang,
        text: &str,
        translator: TelegramUserId,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO notice_versions (notice_id, lang, text, origin, translator_id, created_at) \
             VALUES ($1, $2, $3, 'human', $4, $5) ON CONFLICT (notice_id, lang) DO UPDATE \
             SET text = excluded.text, origin = 'human', translator_id = excluded.translator_id, \
                 created_at = excluded.created_at",
        )
        .bind(id)
        .bind(lang.code())
        .bind(text)
        .bind(translator.get())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// A machine version, stored only where no version exists: it never replaces a person's.
    pub async fn store_machine_notice_version(
        &mut self,
        id: i64,
        lang: Lang,
        text: &str,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO notice_versions (notice_id, lang, text, origin, created_at) \
             VALUES ($1, $2, $3, 'machine', $4) ON CONFLICT (notice_id, lang) DO NOTHING",
        )
        .bind(id)
        .bind(lang.code())
        .bind(text)
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Who receives a notice: everyone reachable for a broadcast; the author and everyone with
    /// a sticker for a decision.
    pub async fn notice_recipients(&mut self, notice: &Notice) -> Result<Vec<Recipient>> {
        match (notice.kind, notice.sheet_id) {
            (NoticeKind::Decision, Some(sheet)) => self.sheet_followers(sheet).await,
            (NoticeKind::Decision, None) => Ok(Vec::new()),
            (NoticeKind::Broadcast, _) => self.reachable_participants().await,
        }
    }

    /// The decision on a sheet, with the reader's version of its text when one exists.
    pub async fn shown_decision(
        &mut self,
        sheet_id: SheetId,
        lang: Lang,
    ) -> Result<Option<ShownDecision>> {
        let row = sqlx::query(
            "SELECT o.decision, o.text, n.lang, v.text AS version, v.origin FROM outcomes o \
             LEFT JOIN notices n ON n.id = (SELECT MAX(id) FROM notices WHERE kind = 'decision' \
                 AND sheet_id = o.sheet_id AND status IN ('confirmed', 'sent')) \
             LEFT JOIN notice_versions v ON v.notice_id = n.id AND v.lang = $2 \
             WHERE o.sheet_id = $1",
        )
        .bind(sheet_id.get())
        .bind(lang.code())
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let decision: String = row.try_get("decision")?;
        let written_in: Option<String> = row.try_get("lang")?;
        let version: Option<String> = row.try_get("version")?;
        let origin: Option<String> = row.try_get("origin")?;
        Ok(Some(ShownDecision {
            decision: parse_word("outcomes.decision", &decision)?,
            text: row.try_get("text")?,
            lang: written_in
                .map(|l| parse_word("notices.lang", &l))
                .transpose()?,
            version: match (version, origin) {
                (Some(text), Some(origin)) => {
                    Some((text, parse_word("notice_versions.origin", &origin)?))
                }
                _ => None,
            },
        }))
    }
}
