//! What facilitators steer: roles, moderation, tallies, outcomes, reports, the audit log,
//! human translations, statistics, and a few facts the bot learns about itself.

use super::{Result, StoreError, Tx, now, parse_word};
use crate::domain::{
    AuditAction, ChatId, Decision, Kind, Lang, ParticipantId, ReportReason, Role, SheetId, Status,
    Target, TelegramUserId,
};
use sqlx::Row;
use std::collections::BTreeMap;

/// The `bot_facts` key of the bot's username.
const BOT_USERNAME: &str = "username";
/// Since when a digest schedule has been watched: only a slot after it can have been missed.
const DIGESTS_WATCHED_SINCE: &str = "digests_watched_since";

/// Something waiting for a facilitator: a pending or reported sheet or detail.
#[derive(Debug, Clone)]
pub struct WaitingItem {
    pub target: Target,
    /// The sheet it belongs to (itself for a sheet).
    pub sheet_id: SheetId,
    pub text: String,
    pub lang: Lang,
    pub status: Status,
    pub reports: i64,
}

/// Something that lacks a translation into a language.
#[derive(Debug, Clone)]
pub struct Untranslated {
    pub target: Target,
    pub sheet_id: SheetId,
    pub text: String,
    pub lang: Lang,
}

#[derive(Debug, Clone)]
pub struct AuditEntry {
    pub actor_id: TelegramUserId,
    pub action: AuditAction,
    pub subject: String,
    pub detail: String,
    pub created_at: i64,
}

#[derive(Debug, Clone, Default)]
pub struct Stats {
    /// Residents: participants without a role who are not admins.
    pub participants: i64,
    /// Participants who hold a role or are admins, counted apart.
    pub facilitators: i64,
    pub active_7_days: i64,
    pub by_language: Vec<(Lang, i64)>,
    /// (theme title, kind, source, status) → number of sheets.
    pub sheets: Vec<SheetCount>,
    pub stickers_placed: i64,
    pub stickers_unused: i64,
    pub meeting_stickers: i64,
    pub details: i64,
    pub digest_subscribers: i64,
    pub by_district: Vec<(String, i64)>,
    pub by_age_band: Vec<(String, i64)>,
}

#[derive(Debug, Clone)]
pub struct SheetCount {
    pub theme_id: i64,
    pub kind: Kind,
    pub source: String,
    pub status: Status,
    pub count: i64,
}

/// A resident to tell something: where and in which language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient {
    pub participant_id: ParticipantId,
    pub chat_id: ChatId,
    pub lang: Lang,
}

impl Tx {
    pub async fn grant_role(
        &mut self,
        user: TelegramUserId,
        role: Role,
        lang: Option<Lang>,
        by: TelegramUserId,
    ) -> Result<bool> {
        let done = sqlx::query(
            "INSERT INTO roles (telegram_user_id, role, lang, granted_by, granted_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (telegram_user_id, role, lang) DO NOTHING",
        )
        .bind(user.get())
        .bind(role.as_str())
        .bind(lang.map(Lang::code).unwrap_or(""))
        .bind(by.get())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(done.rows_affected() > 0)
    }

    /// Takes a role back (for translators: in every language). False when there was none.
    pub async fn revoke_role(&mut self, user: TelegramUserId, role: Role) -> Result<bool> {
        let done = sqlx::query("DELETE FROM roles WHERE telegram_user_id = $1 AND role = $2")
            .bind(user.get())
            .bind(role.as_str())
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// The granted roles of a user; translators with their language.
    pub async fn roles_of(&mut self, user: TelegramUserId) -> Result<Vec<(Role, Option<Lang>)>> {
        let rows = sqlx::query(
            "SELECT role, lang FROM roles WHERE telegram_user_id = $1 ORDER BY role, lang",
        )
        .bind(user.get())
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| {
                let role: String = row.try_get("role")?;
                let lang: String = row.try_get("lang")?;
                Ok((
                    parse_word("roles.role", &role)?,
                    if lang.is_empty() {
                        None
                    } else {
                        Some(parse_word("roles.lang", &lang)?)
                    },
                ))
            })
            .collect()
    }

    pub async fn latest_audit(&mut self, limit: i64) -> Result<Vec<AuditEntry>> {
        let rows = sqlx::query(
            "SELECT actor_id, action, subject, detail, created_at FROM audit_log \
             ORDER BY id DESC LIMIT $1",
        )
        .bind(limit)
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| {
                Ok(AuditEntry {
                    actor_id: TelegramUserId::new(row.try_get("actor_id")?),
                    action: parse_word("audit_log.action", &row.try_get::<String, _>("action")?)?,
                    subject: row.try_get("subject")?,
                    detail: row.try_get("detail")?,
                    created_at: row.try_get("created_at")?,
                })
            })
            .collect()
    }

    /// Sets the status of a sheet or detail; the status it had, or None when it does not exist.
    pub async fn set_status(&mut self, target: Target, status: Status) -> Result<Option<Status>> {
        let (select, update) = match target {
            Target::Sheet(_) => (
                "SELECT status FROM sheets WHERE id = $1",
                "UPDATE sheets SET status = $2 WHERE id = $1",
            ),
            Target::Detail(_) => (
                "SELECT status FROM details WHERE id = $1",
                "UPDATE details SET status = $2 WHERE id = $1",
            ),
        };
        let old: Option<String> = sqlx::query_scalar(select)
            .bind(target.id())
            .fetch_optional(&mut *self.inner)
            .await?;
        let Some(old) = old else { return Ok(None) };
        sqlx::query(update)
            .bind(target.id())
            .bind(status.as_str())
            .execute(&mut *self.inner)
            .await?;
        if status == Status::Visible {
            // A facilitator's decision settles the residents' reports.
            sqlx::query(
                "UPDATE content_reports SET resolved = 1 WHERE target = $1 AND target_id = $2",
            )
            .bind(target.kind_str())
            .bind(target.id())
            .execute(&mut *self.inner)
            .await?;
        }
        Ok(Some(parse_word("status", &old)?))
    }

    /// Pending items, and hidden ones with unresolved reports, oldest first.
    pub async fn waiting_items(&mut self, consultation_id: i64) -> Result<Vec<WaitingItem>> {
        let rows = sqlx::query(
            "SELECT 'sheet' AS target, s.id AS id, s.id AS sheet_id, s.text, s.lang, s.status, s.created_at, \
                (SELECT COUNT(*) FROM content_reports r WHERE r.target = 'sheet' AND r.target_id = s.id \
                    AND r.resolved = 0) AS reports \
             FROM sheets s JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1 \
             UNION ALL \
             SELECT 'detail' AS target, d.id AS id, d.sheet_id AS sheet_id, d.text, d.lang, d.status, d.created_at, \
                (SELECT COUNT(*) FROM content_reports r WHERE r.target = 'detail' AND r.target_id = d.id \
                    AND r.resolved = 0) AS reports \
             FROM details d JOIN sheets s ON s.id = d.sheet_id JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1 \
             ORDER BY created_at, id",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut items = Vec::new();
        for row in &rows {
            let status: Status = parse_word("status", &row.try_get::<String, _>("status")?)?;
            let reports: i64 = row.try_get("reports")?;
            if status != Status::Pending && reports == 0 {
                continue;
            }
            if status == Status::Hidden && reports == 0 {
                continue;
            }
            let id: i64 = row.try_get("id")?;
            let target: String = row.try_get("target")?;
            items.push(WaitingItem {
                target: target_from_row(&target, id)?,
                sheet_id: SheetId::new(row.try_get("sheet_id")?),
                text: row.try_get("text")?,
                lang: parse_word("lang", &row.try_get::<String, _>("lang")?)?,
                status,
                reports,
            });
        }
        Ok(items)
    }

    /// Records a resident's report; the number of different residents who reported it and
    /// whose reports are not settled. None when the target does not exist or is not visible.
    pub async fn report_content(
        &mut self,
        target: Target,
        participant_id: ParticipantId,
        reason: ReportReason,
    ) -> Result<Option<i64>> {
        let exists = match target {
            Target::Sheet(id) => sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM sheets WHERE id = $1 AND status = 'visible'",
            )
            .bind(id.get()),
            Target::Detail(id) => sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM details WHERE id = $1 AND status = 'visible'",
            )
            .bind(id),
        }
        .fetch_one(&mut *self.inner)
        .await?;
        if exists == 0 {
            return Ok(None);
        }
        sqlx::query(
            "INSERT INTO content_reports (target, target_id, participant_id, reason, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (target, target_id, participant_id) DO NOTHING",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .bind(participant_id.get())
        .bind(reason.as_str())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM content_reports WHERE target = $1 AND target_id = $2 AND resolved = 0",
        )
        .bind(target.kind_str())
        .bind(target.id())
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(Some(count))
    }

    /// Replaces a sheet's meeting tally. False when the sheet does not exist.
    pub async fn set_tally(
        &mut self,
        sheet_id: SheetId,
        count: i64,
        by: TelegramUserId,
    ) -> Result<bool> {
        let exists: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sheets WHERE id = $1")
            .bind(sheet_id.get())
            .fetch_one(&mut *self.inner)
            .await?;
        if exists == 0 {
            return Ok(false);
        }
        sqlx::query(
            "INSERT INTO meeting_tallies (sheet_id, count, entered_by, entered_at) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (sheet_id) DO UPDATE SET count = excluded.count, \
                entered_by = excluded.entered_by, entered_at = excluded.entered_at",
        )
        .bind(sheet_id.get())
        .bind(count)
        .bind(by.get())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(true)
    }

    pub async fn set_outcome(
        &mut self,
        sheet_id: SheetId,
        decision: Decision,
        text: &str,
        by: TelegramUserId,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO outcomes (sheet_id, decision, text, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (sheet_id) DO UPDATE SET decision = excluded.decision, text = excluded.text, \
                decided_by = excluded.decided_by, decided_at = excluded.decided_at",
        )
        .bind(sheet_id.get())
        .bind(decision.as_str())
        .bind(text)
        .bind(by.get())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Every outcome of a consultation, by sheet.
    pub async fn outcomes(
        &mut self,
        consultation_id: i64,
    ) -> Result<BTreeMap<SheetId, (Decision, String)>> {
        let rows = sqlx::query(
            "SELECT o.sheet_id, o.decision, o.text FROM outcomes o JOIN sheets s ON s.id = o.sheet_id \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| {
                let decision: String = row.try_get("decision")?;
                Ok((
                    SheetId::new(row.try_get("sheet_id")?),
                    (
                        parse_word("outcomes.decision", &decision)?,
                        row.try_get("text")?,
                    ),
                ))
            })
            .collect()
    }

    /// The author of a sheet and everyone with a sticker on it who can still be reached.
    pub async fn sheet_followers(&mut self, sheet_id: SheetId) -> Result<Vec<Recipient>> {
        let rows = sqlx::query(
            "SELECT p.id, p.chat_id, p.lang FROM participants p WHERE p.reachable = 1 AND (\
                p.id = (SELECT author_id FROM sheets WHERE id = $1) \
                OR p.id IN (SELECT participant_id FROM stickers WHERE sheet_id = $1)) ORDER BY p.id",
        )
        .bind(sheet_id.get())
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter().map(recipient_from_row).collect()
    }

    /// Everyone who can be reached, for broadcasts.
    pub async fn reachable_participants(&mut self) -> Result<Vec<Recipient>> {
        let rows = sqlx::query(
            "SELECT id, chat_id, lang FROM participants WHERE reachable = 1 ORDER BY id",
        )
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter().map(recipient_from_row).collect()
    }

    /// Stores a human translation of a sheet or detail; it replaces any earlier one. False when
    /// the target does not exist.
    pub async fn set_human_translation(
        &mut self,
        target: Target,
        lang: Lang,
        text: &str,
        translator: TelegramUserId,
    ) -> Result<bool> {
        let (exists, upsert) = match target {
            Target::Sheet(_) => (
                "SELECT COUNT(*) FROM sheets WHERE id = $1",
                "INSERT INTO sheet_translations (sheet_id, lang, text, origin, translator_id, created_at) \
                 VALUES ($1, $2, $3, 'human', $4, $5) ON CONFLICT (sheet_id, lang) DO UPDATE \
                 SET text = excluded.text, origin = 'human', translator_id = excluded.translator_id, \
                     created_at = excluded.created_at",
            ),
            Target::Detail(_) => (
                "SELECT COUNT(*) FROM details WHERE id = $1",
                "INSERT INTO detail_translations (detail_id, lang, text, origin, translator_id, created_at) \
                 VALUES ($1, $2, $3, 'human', $4, $5) ON CONFLICT (detail_id, lang) DO UPDATE \
                 SET text = excluded.text, origin = 'human', translator_id = excluded.translator_id, \
                     created_at = excluded.created_at",
            ),
        };
        let n: i64 = sqlx::query_scalar(exists)
            .bind(target.id())
            .fetch_one(&mut *self.inner)
            .await?;
        if n == 0 {
            return Ok(false);
        }
        let translator_id: Option<i64> =
            sqlx::query_scalar("SELECT id FROM participants WHERE telegram_user_id = $1")
                .bind(translator.get())
                .fetch_optional(&mut *self.inner)
                .await?;
        sqlx::query(upsert)
            .bind(target.id())
            .bind(lang.code())
            .bind(text)
            .bind(translator_id)
            .bind(now())
            .execute(&mut *self.inner)
            .await?;
        Ok(true)
    }

    /// Visible sheets and details not yet translated by a person (or the content file) into
    /// `lang`, oldest first: the translators' queue. Machine translations still count as work.
    pub async fn translation_queue(
        &mut self,
        consultation_id: i64,
        lang: Lang,
        limit: i64,
    ) -> Result<(i64, Vec<Untranslated>)> {
        let base = "FROM ( \
                SELECT 'sheet' AS target, s.id AS id, s.id AS sheet_id, s.text, s.lang, s.created_at \
                FROM sheets s JOIN themes th ON th.id = s.theme_id \
                WHERE th.consultation_id = $1 AND s.status = 'visible' AND s.lang <> $2 \
                  AND NOT EXISTS (SELECT 1 FROM sheet_translations t WHERE t.sheet_id = s.id \
                                  AND t.lang = $2 AND t.origin <> 'machine') \
                UNION ALL \
                SELECT 'detail' AS target, d.id AS id, d.sheet_id AS sheet_id, d.text, d.lang, d.created_at \
                FROM details d JOIN sheets s ON s.id = d.sheet_id JOIN themes th ON th.id = s.theme_id \
                WHERE th.consultation_id = $1 AND d.status = 'visible' AND s.status = 'visible' AND d.lang <> $2 \
                  AND NOT EXISTS (SELECT 1 FROM detail_translations t WHERE t.detail_id = d.id \
                                  AND t.lang = $2 AND t.origin <> 'machine') \
            ) work";
        let total: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) {base}")))
            .bind(consultation_id)
            .bind(lang.code())
            .fetch_one(&mut *self.inner)
            .await?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT target, id, sheet_id, text, lang {base} ORDER BY created_at, target DESC, id LIMIT $3"
        )))
        .bind(consultation_id)
        .bind(lang.code())
        .bind(limit)
        .fetch_all(&mut *self.inner)
        .await?;
        let items = rows
            .iter()
            .map(|row| {
                let target: String = row.try_get("target")?;
                let id: i64 = row.try_get("id")?;
                Ok(Untranslated {
                    target: target_from_row(&target, id)?,
                    sheet_id: SheetId::new(row.try_get("sheet_id")?),
                    text: row.try_get("text")?,
                    lang: parse_word("lang", &row.try_get::<String, _>("lang")?)?,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok((total, items))
    }

    /// The detail with this id: its sheet, text and language.
    pub async fn detail(
        &mut self,
        detail_id: i64,
    ) -> Result<Option<(SheetId, String, Lang, Status)>> {
        let row = sqlx::query("SELECT sheet_id, text, lang, status FROM details WHERE id = $1")
            .bind(detail_id)
            .fetch_optional(&mut *self.inner)
            .await?;
        let Some(row) = row else { return Ok(None) };
        Ok(Some((
            SheetId::new(row.try_get("sheet_id")?),
            row.try_get("text")?,
            parse_word("details.lang", &row.try_get::<String, _>("lang")?)?,
            parse_word("details.status", &row.try_get::<String, _>("status")?)?,
        )))
    }

    pub async fn stats(
        &mut self,
        consultation_id: i64,
        budget_per_participant: i64,
    ) -> Result<Stats> {
        self.stats_apart(consultation_id, budget_per_participant, &[])
            .await
    }

    /// The figures of `/stats`, residents only: whoever holds a role, and the `admins` given
    /// (they live in the settings, not the database), is counted in `facilitators` instead.
    pub async fn stats_apart(
        &mut self,
        consultation_id: i64,
        budget_per_participant: i64,
        admins: &[TelegramUserId],
    ) -> Result<Stats> {
        let week_ago = now() - 7 * 24 * 3600;
        // Numbers only (typed ids), so writing them into the statement is safe.
        let admin_list = admins
            .iter()
            .map(|a| a.get().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        let facilitator = if admin_list.is_empty() {
            "(telegram_user_id IN (SELECT telegram_user_id FROM roles))".to_owned()
        } else {
            format!(
                "(telegram_user_id IN (SELECT telegram_user_id FROM roles) \
                 OR telegram_user_id IN ({admin_list}))"
            )
        };
        let resident = format!("NOT {facilitator}");
        let facilitators: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM participants WHERE {facilitator}"
        )))
        .fetch_one(&mut *self.inner)
        .await?;
        let participants: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM participants WHERE {resident}"
        )))
        .fetch_one(&mut *self.inner)
        .await?;
        let active_7_days: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM participants WHERE last_seen_at >= $1 AND {resident}"
        )))
        .bind(week_ago)
        .fetch_one(&mut *self.inner)
        .await?;
        let digest_subscribers: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
            "SELECT COUNT(*) FROM participants WHERE digest_opt_in = 1 AND reachable = 1 \
             AND {resident}"
        )))
        .fetch_one(&mut *self.inner)
        .await?;
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT lang, COUNT(*) AS n FROM participants WHERE {resident} \
             GROUP BY lang ORDER BY n DESC, lang"
        )))
        .fetch_all(&mut *self.inner)
        .await?;
        let mut by_language = Vec::new();
        for row in &rows {
            by_language.push((
                parse_word("participants.lang", &row.try_get::<String, _>("lang")?)?,
                row.try_get("n")?,
            ));
        }
        let rows = sqlx::query(
            "SELECT s.theme_id, s.kind, s.source, s.status, COUNT(*) AS n FROM sheets s \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1 \
             GROUP BY s.theme_id, s.kind, s.source, s.status ORDER BY s.theme_id, s.kind, s.source, s.status",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut sheets = Vec::new();
        for row in &rows {
            sheets.push(SheetCount {
                theme_id: row.try_get("theme_id")?,
                kind: parse_word("sheets.kind", &row.try_get::<String, _>("kind")?)?,
                source: row.try_get("source")?,
                status: parse_word("sheets.status", &row.try_get::<String, _>("status")?)?,
                count: row.try_get("n")?,
            });
        }
        let stickers_placed: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM stickers st JOIN sheets s ON s.id = st.sheet_id \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1",
        )
        .bind(consultation_id)
        .fetch_one(&mut *self.inner)
        .await?;
        let meeting_stickers: i64 = sqlx::query_scalar(
            "SELECT CAST(COALESCE(SUM(m.count), 0) AS BIGINT) FROM meeting_tallies m \
             JOIN sheets s ON s.id = m.sheet_id JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1",
        )
        .bind(consultation_id)
        .fetch_one(&mut *self.inner)
        .await?;
        let details: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM details d JOIN sheets s ON s.id = d.sheet_id \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1",
        )
        .bind(consultation_id)
        .fetch_one(&mut *self.inner)
        .await?;
        let mut by_district = Vec::new();
        for row in &sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COALESCE(district, '') AS k, COUNT(*) AS n FROM participants \
             WHERE {resident} GROUP BY COALESCE(district, '') ORDER BY n DESC, k"
        )))
        .fetch_all(&mut *self.inner)
        .await?
        {
            by_district.push((row.try_get("k")?, row.try_get("n")?));
        }
        let mut by_age_band = Vec::new();
        for row in &sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT COALESCE(age_band, '') AS k, COUNT(*) AS n FROM participants \
             WHERE {resident} GROUP BY COALESCE(age_band, '') ORDER BY k"
        )))
        .fetch_all(&mut *self.inner)
        .await?
        {
            by_age_band.push((row.try_get("k")?, row.try_get("n")?));
        }
        Ok(Stats {
            participants,
            facilitators,
            active_7_days,
            by_language,
            sheets,
            stickers_placed,
            stickers_unused: (participants * budget_per_participant - stickers_placed).max(0),
            meeting_stickers,
            details,
            digest_subscribers,
            by_district,
            by_age_band,
        })
    }

    /// The bot's own username, as the transport learnt it (links and QR codes need it).
    pub async fn bot_username(&mut self) -> Result<Option<String>> {
        self.bot_fact(BOT_USERNAME).await
    }

    pub async fn set_bot_username(&mut self, username: &str) -> Result<()> {
        self.set_bot_fact(BOT_USERNAME, username).await
    }

    /// Since when some instance has been watching the digest schedule; the first call records
    /// `at`. A slot before it was not missed by a bot that was down: there was no bot yet.
    pub async fn digests_watched_since(&mut self, at: i64) -> Result<i64> {
        sqlx::query(
            "INSERT INTO bot_facts (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(DIGESTS_WATCHED_SINCE)
        .bind(at.to_string())
        .execute(&mut *self.inner)
        .await?;
        let since = self.bot_fact(DIGESTS_WATCHED_SINCE).await?;
        Ok(since.and_then(|s| s.parse().ok()).unwrap_or(at))
    }

    /// Sets when the digest schedule began to be watched (an operator moving a deployment, or
    /// a test playing one that ran before).
    pub async fn set_digests_watched_since(&mut self, at: i64) -> Result<()> {
        self.set_bot_fact(DIGESTS_WATCHED_SINCE, &at.to_string())
            .await
    }

    async fn bot_fact(&mut self, key: &str) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT value FROM bot_facts WHERE key = $1")
                .bind(key)
                .fetch_optional(&mut *self.inner)
                .await?,
        )
    }

    async fn set_bot_fact(&mut self, key: &str, value: &str) -> Result<()> {
        sqlx::query(
            "INSERT INTO bot_facts (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(&mut *self.inner)
        .await?;
        Ok(())
    }

    /// Saves the onboarding answers; `None` leaves an answer as it was, `Some("")` clears it.
    pub async fn set_profile(
        &mut self,
        participant_id: ParticipantId,
        district: Option<&str>,
        age_band: Option<&str>,
    ) -> Result<()> {
        if let Some(district) = district {
            sqlx::query("UPDATE participants SET district = $1 WHERE id = $2")
                .bind(if district.is_empty() {
                    None
                } else {
                    Some(district)
                })
                .bind(participant_id.get())
                .execute(&mut *self.inner)
                .await?;
        }
        if let Some(age_band) = age_band {
            sqlx::query("UPDATE participants SET age_band = $1 WHERE id = $2")
                .bind(if age_band.is_empty() {
                    None
                } else {
                    Some(age_band)
                })
                .bind(participant_id.get())
                .execute(&mut *self.inner)
                .await?;
        }
        Ok(())
    }
}

/// The `target` column of a query that only ever yields `sheet` or `detail`.
fn target_from_row(kind: &str, id: i64) -> Result<Target> {
    Target::from_parts(kind, id).ok_or_else(|| StoreError::Corrupt(format!("target {kind:?}")))
}

fn recipient_from_row(row: &sqlx::any::AnyRow) -> Result<Recipient> {
    Ok(Recipient {
        participant_id: ParticipantId::new(row.try_get("id")?),
        chat_id: ChatId::new(row.try_get("chat_id")?),
        lang: parse_word("participants.lang", &row.try_get::<String, _>("lang")?)?,
    })
}
