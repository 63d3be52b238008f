//! The resident's own data: everything stored about one participant (the /mydata document), and
//! erasing it (/forget). Both list the same tables; a new table holding a participant's data
//! belongs in both.

use super::{Result, Tx, now};
use crate::domain::{ForgetScope, ParticipantId, TelegramUserId};
use serde::Serialize;
use sqlx::Row;
use sqlx::any::AnyRow;

/// The version of the /mydata document's layout; raised when a field changes meaning.
pub const RESIDENT_DATA_VERSION: i64 = 1;

/// Everything stored about one participant, as the JSON document /mydata sends (README: "What
/// is stored and why").
#[derive(Debug, Clone, Serialize)]
pub struct ResidentData {
    pub schema: &'static str,
    pub version: i64,
    pub made_at: i64,
    pub participant: ParticipantRecord,
    pub sheets: Vec<WrittenRecord>,
    pub details: Vec<WrittenRecord>,
    pub stickers: Vec<StickerRecord>,
    pub reports: Vec<ReportRecord>,
    pub roles: Vec<RoleRecord>,
    /// The unfinished step of a dialogue (a draft, a pending confirmation), as saved.
    pub dialogue: Option<serde_json::Value>,
    pub deliveries: Vec<DeliveryRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ParticipantRecord {
    pub telegram_user_id: i64,
    pub chat_id: i64,
    pub lang: String,
    pub lang_chosen: bool,
    pub digest: bool,
    /// When the last digest went to them.
    pub last_digest_at: Option<i64>,
    pub reachable: bool,
    pub onboarded: bool,
    pub district: Option<String>,
    pub age_band: Option<String>,
    pub created_at: i64,
    pub last_seen_at: i64,
}

/// A sheet or detail the participant wrote, in full, with its translations.
#[derive(Debug, Clone, Serialize)]
pub struct WrittenRecord {
    pub id: i64,
    /// Details: the sheet they belong to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sheet_id: Option<i64>,
    /// Sheets: `challenge` or `solution`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    pub text: String,
    pub lang: String,
    pub status: String,
    pub created_at: i64,
    pub translations: Vec<TranslationRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct TranslationRecord {
    pub lang: String,
    pub text: String,
    pub origin: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct StickerRecord {
    pub sheet_id: i64,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportRecord {
    pub target: String,
    pub target_id: i64,
    pub reason: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct RoleRecord {
    pub role: String,
    pub lang: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeliveryRecord {
    pub id: i64,
    pub status: String,
    pub attempts: i64,
    pub sent_at: Option<i64>,
}

/// What `/forget` removed, for the audit log (counts only: no names, no texts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Erased {
    pub sheets: u64,
    pub details: u64,
    pub stickers: u64,
}

/// The participant's own sheets; the details among `DETAILS_GONE` are theirs or on those sheets.
const OWN_SHEETS: &str = "SELECT id FROM sheets WHERE author_id = $1";
const DETAILS_GONE: &str = "SELECT id FROM details WHERE author_id = $1 \
     OR sheet_id IN (SELECT id FROM sheets WHERE author_id = $1)";

impl Tx {
    /// Everything stored about a participant; None when there is no such participant.
    pub async fn resident_data(
        &mut self,
        participant_id: ParticipantId,
    ) -> Result<Option<ResidentData>> {
        let id = participant_id.get();
        let Some(row) = sqlx::query(
            "SELECT telegram_user_id, chat_id, lang, lang_chosen, digest_opt_in, last_digest_at, \
                reachable, onboarded, district, age_band, created_at, last_seen_at \
             FROM participants WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&mut *self.inner)
        .await?
        else {
            return Ok(None);
        };
        let flag = |name: &str| -> Result<bool> { Ok(row.try_get::<i64, _>(name)? == 1) };
        let participant = ParticipantRecord {
            telegram_user_id: row.try_get("telegram_user_id")?,
            chat_id: row.try_get("chat_id")?,
            lang: row.try_get("lang")?,
            lang_chosen: flag("lang_chosen")?,
            digest: flag("digest_opt_in")?,
            last_digest_at: row.try_get("last_digest_at")?,
            reachable: flag("reachable")?,
            onboarded: flag("onboarded")?,
            district: row.try_get("district")?,
            age_band: row.try_get("age_band")?,
            created_at: row.try_get("created_at")?,
            last_seen_at: row.try_get("last_seen_at")?,
        };
        let telegram_user_id = participant.telegram_user_id;

        let mut sheets = Vec::new();
        for r in sqlx::query(
            "SELECT id, kind, text, lang, status, created_at FROM sheets \
             WHERE author_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&mut *self.inner)
        .await?
        {
            let mut sheet = written(&r)?;
            sheet.kind = Some(r.try_get("kind")?);
            sheet.translations = self
                .translations_of("sheet_translations", "sheet_id", sheet.id)
                .await?;
            sheets.push(sheet);
        }
        let mut details = Vec::new();
        for r in sqlx::query(
            "SELECT id, sheet_id, text, lang, status, created_at FROM details \
             WHERE author_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&mut *self.inner)
        .await?
        {
            let mut detail = written(&r)?;
            detail.sheet_id = Some(r.try_get("sheet_id")?);
            detail.translations = self
                .translations_of("detail_translations", "detail_id", detail.id)
                .await?;
            details.push(detail);
        }
        let stickers = sqlx::query(
            "SELECT sheet_id, created_at FROM stickers WHERE participant_id = $1 ORDER BY sheet_id",
        )
        .bind(id)
        .fetch_all(&mut *self.inner)
        .await?
        .iter()
        .map(|r| {
            Ok(StickerRecord {
                sheet_id: r.try_get("sheet_id")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<_>>()?;
        let reports = sqlx::query(
            "SELECT target, target_id, reason, created_at FROM content_reports \
             WHERE participant_id = $1 ORDER BY created_at, target, target_id",
        )
        .bind(id)
        .fetch_all(&mut *self.inner)
        .await?
        .iter()
        .map(|r| {
            Ok(ReportRecord {
                target: r.try_get("target")?,
                target_id: r.try_get("target_id")?,
                reason: r.try_get("reason")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect::<Result<_>>()?;
        let roles = sqlx::query(
            "SELECT role, lang FROM roles WHERE telegram_user_id = $1 ORDER BY role, lang",
        )
        .bind(telegram_user_id)
        .fetch_all(&mut *self.inner)
        .await?
        .iter()
        .map(|r| {
            Ok(RoleRecord {
                role: r.try_get("role")?,
                lang: r.try_get("lang")?,
            })
        })
        .collect::<Result<_>>()?;
        let dialogue: Option<String> =
            sqlx::query_scalar("SELECT state FROM dialogue_states WHERE participant_id = $1")
                .bind(id)
                .fetch_optional(&mut *self.inner)
                .await?;
        let deliveries = sqlx::query(
            "SELECT id, status, attempts, sent_at FROM deliveries \
             WHERE participant_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(&mut *self.inner)
        .await?
        .iter()
        .map(|r| {
            Ok(DeliveryRecord {
                id: r.try_get("id")?,
                status: r.try_get("status")?,
                attempts: r.try_get("attempts")?,
                sent_at: r.try_get("sent_at")?,
            })
        })
        .collect::<Result<_>>()?;
        Ok(Some(ResidentData {
            schema: "consultbot-mydata",
            version: RESIDENT_DATA_VERSION,
            made_at: now(),
            participant,
            sheets,
            details,
            stickers,
            reports,
            roles,
            dialogue: dialogue
                .map(|s| serde_json::from_str(&s).unwrap_or(serde_json::Value::String(s))),
            deliveries,
        }))
    }

    async fn translations_of(
        &mut self,
        table: &str,
        key: &str,
        id: i64,
    ) -> Result<Vec<TranslationRecord>> {
        // `table` and `key` are among the two pairs above, never input.
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT lang, text, origin FROM {table} WHERE {key} = $1 ORDER BY lang"
        )))
        .bind(id)
        .fetch_all(&mut *self.inner)
        .await?
        .iter()
        .map(|r| {
            Ok(TranslationRecord {
                lang: r.try_get("lang")?,
                text: r.try_get("text")?,
                origin: r.try_get("origin")?,
            })
        })
        .collect()
    }

    /// Erases a participant in this transaction: their stickers, reports, dialogue, messages
    /// waiting for them, roles and profile, and with `ForgetScope::All` their sheets and
    /// details too, with the stickers, details, translations, reports, tallies and decisions
    /// that hang on them. With `ForgetScope::Account` what they wrote stays without any link to them,
    /// as a sheet stays on the table when its writer leaves the room.
    pub async fn forget_participant(
        &mut self,
        participant_id: ParticipantId,
        telegram_user_id: TelegramUserId,
        scope: ForgetScope,
    ) -> Result<Erased> {
        let mut erased = Erased::default();
        if scope == ForgetScope::All {
            // Dependents first: detail translations, reports and attempts, then the details,
            // then what hangs on the sheets, then the sheets.
            let statements: [(String, Option<&mut u64>); 13] = [
                (
                    format!("DELETE FROM detail_translations WHERE detail_id IN ({DETAILS_GONE})"),
                    None,
                ),
                (
                    format!(
                        "DELETE FROM content_reports WHERE target = 'detail' \
                         AND target_id IN ({DETAILS_GONE})"
                    ),
                    None,
                ),
                (
                    format!(
                        "DELETE FROM translation_attempts WHERE target = 'detail' \
                         AND target_id IN ({DETAILS_GONE})"
                    ),
                    None,
                ),
                (
                    format!("DELETE FROM details WHERE id IN ({DETAILS_GONE})"),
                    Some(&mut erased.details),
                ),
                (
                    format!("DELETE FROM sheet_translations WHERE sheet_id IN ({OWN_SHEETS})"),
                    None,
                ),
                (
                    format!(
                        "DELETE FROM content_reports WHERE target = 'sheet' \
                         AND target_id IN ({OWN_SHEETS})"
                    ),
                    None,
                ),
                (
                    format!(
                        "DELETE FROM translation_attempts WHERE target = 'sheet' \
                         AND target_id IN ({OWN_SHEETS})"
                    ),
                    None,
                ),
                (
                    format!("DELETE FROM stickers WHERE sheet_id IN ({OWN_SHEETS})"),
                    Some(&mut erased.stickers),
                ),
                (
                    format!("DELETE FROM meeting_tallies WHERE sheet_id IN ({OWN_SHEETS})"),
                    None,
                ),
                (
                    format!("DELETE FROM outcomes WHERE sheet_id IN ({OWN_SHEETS})"),
                    None,
                ),
                // Decision notices about their sheets, drafts and sent ones, with their
                // versions: the decision has no subject once the sheet is gone.
                (
                    format!(
                        "DELETE FROM notice_versions WHERE notice_id IN \
                         (SELECT id FROM notices WHERE sheet_id IN ({OWN_SHEETS}))"
                    ),
                    None,
                ),
                (
                    format!("DELETE FROM notices WHERE sheet_id IN ({OWN_SHEETS})"),
                    None,
                ),
                (
                    "DELETE FROM sheets WHERE author_id = $1".to_owned(),
                    Some(&mut erased.sheets),
                ),
            ];
            for (statement, count) in statements {
                // Built from the constants above only.
                let done = sqlx::query(sqlx::AssertSqlSafe(statement))
                    .bind(participant_id.get())
                    .execute(&mut *self.inner)
                    .await?;
                if let Some(count) = count {
                    *count += done.rows_affected();
                }
            }
        }
        for statement in [
            "DELETE FROM stickers WHERE participant_id = $1",
            "DELETE FROM content_reports WHERE participant_id = $1",
            "DELETE FROM dialogue_states WHERE participant_id = $1",
            "DELETE FROM deliveries WHERE participant_id = $1",
            // The pacing of their chat (a chat id and a time) goes with them.
            "DELETE FROM chat_pace WHERE chat_id IN (SELECT chat_id FROM participants WHERE id = $1)",
            "UPDATE sheets SET author_id = NULL WHERE author_id = $1",
            "UPDATE details SET author_id = NULL WHERE author_id = $1",
            "UPDATE sheet_translations SET translator_id = NULL WHERE translator_id = $1",
            "UPDATE detail_translations SET translator_id = NULL WHERE translator_id = $1",
            "DELETE FROM participants WHERE id = $1",
        ] {
            let done = sqlx::query(statement)
                .bind(participant_id.get())
                .execute(&mut *self.inner)
                .await?;
            if statement.starts_with("DELETE FROM stickers") {
                erased.stickers += done.rows_affected();
            }
        }
        sqlx::query("DELETE FROM roles WHERE telegram_user_id = $1")
            .bind(telegram_user_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(erased)
    }
}

fn written(r: &AnyRow) -> Result<WrittenRecord> {
    Ok(WrittenRecord {
        id: r.try_get("id")?,
        sheet_id: None,
        kind: None,
        text: r.try_get("text")?,
        lang: r.try_get("lang")?,
        status: r.try_get("status")?,
        created_at: r.try_get("created_at")?,
        translations: Vec::new(),
    })
}
