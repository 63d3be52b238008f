//! The consultation, its themes and their translations; importing content files.

use super::{Result, Tx, now, parse_word};
use crate::content::ContentFile;
use crate::domain::{Lang, Phase, SheetId, StickerBudget, TranslationOrigin};
use sqlx::Row;

#[derive(Debug, Clone)]
pub struct ConsultationRow {
    pub id: i64,
    pub key: String,
    pub lang: Lang,
    pub title: String,
    pub intro: String,
    pub about: String,
    pub phase: Phase,
    pub stickers: StickerBudget,
    pub districts: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct ThemeRow {
    pub id: i64,
    pub key: String,
    pub position: i64,
    /// In the reader's language when a translation exists, else in the consultation's.
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub consultations: u64,
    pub themes: u64,
    pub sheets: u64,
    pub translations: u64,
}

impl ImportSummary {
    pub fn is_empty(&self) -> bool {
        *self == ImportSummary::default()
    }
}

impl Tx {
    /// The consultation the bot runs: the one imported last.
    pub async fn current_consultation(&mut self, lang: Lang) -> Result<Option<ConsultationRow>> {
        let row = sqlx::query(
            "SELECT c.id, c.key, c.lang, c.phase, c.challenge_stickers, c.solution_stickers, \
                    c.districts, \
                    COALESCE(t.title, c.title) AS title, COALESCE(t.intro, c.intro) AS intro, \
                    COALESCE(t.about, c.about) AS about \
             FROM consultations c \
             LEFT JOIN consultation_translations t ON t.consultation_id = c.id AND t.lang = $1 \
             ORDER BY c.id DESC LIMIT 1",
        )
        .bind(lang.code())
        .fetch_optional(&mut *self.inner)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let lang: String = row.try_get("lang")?;
        let phase: String = row.try_get("phase")?;
        let districts: String = row.try_get("districts")?;
        Ok(Some(ConsultationRow {
            id: row.try_get("id")?,
            key: row.try_get("key")?,
            lang: parse_word("consultations.lang", &lang)?,
            title: row.try_get("title")?,
            intro: row.try_get("intro")?,
            about: row.try_get("about")?,
            phase: parse_word("consultations.phase", &phase)?,
            stickers: StickerBudget {
                challenge: row.try_get::<i64, _>("challenge_stickers")? as u32,
                solution: row.try_get::<i64, _>("solution_stickers")? as u32,
            },
            districts: serde_json::from_str(&districts)
                .map_err(|e| super::StoreError::Corrupt(format!("consultations.districts: {e}")))?,
        }))
    }

    pub async fn set_phase(&mut self, consultation_id: i64, phase: Phase) -> Result<()> {
        sqlx::query("UPDATE consultations SET phase = $1 WHERE id = $2")
            .bind(phase.as_str())
            .bind(consultation_id)
            .execute(&mut *self.inner)
            .await?;
        Ok(())
    }

    /// The themes of a consultation in their order, titled in `lang` where translated.
    pub async fn themes(&mut self, consultation_id: i64, lang: Lang) -> Result<Vec<ThemeRow>> {
        let rows = sqlx::query(
            "SELECT th.id, th.key, th.position, COALESCE(tr.title, th.title) AS title, \
                    COALESCE(tr.description, th.description) AS description \
             FROM themes th \
             LEFT JOIN theme_translations tr ON tr.theme_id = th.id AND tr.lang = $2 \
             WHERE th.consultation_id = $1 ORDER BY th.position, th.id",
        )
        .bind(consultation_id)
        .bind(lang.code())
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter().map(theme_from_row).collect()
    }

    pub async fn theme(&mut self, theme_id: i64, lang: Lang) -> Result<Option<ThemeRow>> {
        let row = sqlx::query(
            "SELECT th.id, th.key, th.position, COALESCE(tr.title, th.title) AS title, \
                    COALESCE(tr.description, th.description) AS description \
             FROM themes th \
             LEFT JOIN theme_translations tr ON tr.theme_id = th.id AND tr.lang = $2 \
             WHERE th.id = $1",
        )
        .bind(theme_id)
        .bind(lang.code())
        .fetch_optional(&mut *self.inner)
        .await?;
        row.as_ref().map(theme_from_row).transpose()
    }

    pub async fn is_empty(&mut self) -> Result<bool> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM consultations")
            .fetch_one(&mut *self.inner)
            .await?;
        Ok(n == 0)
    }

    /// Loads a content file. What is already there (matched by consultation and theme key,
    /// and by kind and text for sheets) is kept, so importing the same file again adds
    /// nothing, and a consultation's phase set by facilitators is never reset.
    pub async fn import(&mut self, file: &ContentFile) -> Result<ImportSummary> {
        let mut summary = ImportSummary::default();
        let c = &file.consultation;
        let created = now();
        let existing: Option<i64> =
            sqlx::query_scalar("SELECT id FROM consultations WHERE key = $1")
                .bind(&c.key)
                .fetch_optional(&mut *self.inner)
                .await?;
        let consultation_id = match existing {
            Some(id) => {
                let changed = sqlx::query(
                    "UPDATE consultations SET title = $2, intro = $3, about = $4, lang = $5, \
                            challenge_stickers = $6, solution_stickers = $7, districts = $8 \
                     WHERE id = $1 AND NOT (title = $2 AND intro = $3 AND about = $4 AND lang = $5 \
                        AND challenge_stickers = $6 AND solution_stickers = $7 AND districts = $8)",
                )
                .bind(id)
                .bind(&c.title)
                .bind(&c.intro)
                .bind(&c.about)
                .bind(c.lang.code())
                .bind(i64::from(c.stickers.challenge))
                .bind(i64::from(c.stickers.solution))
                .bind(serde_json::to_string(&c.districts).unwrap_or_else(|_| "[]".into()))
                .execute(&mut *self.inner)
                .await?;
                summary.consultations += changed.rows_affected();
                id
            }
            None => {
                summary.consultations += 1;
                sqlx::query_scalar(
                    "INSERT INTO consultations (key, lang, title, intro, about, phase, \
                        challenge_stickers, solution_stickers, districts, created_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                )
                .bind(&c.key)
                .bind(c.lang.code())
                .bind(&c.title)
                .bind(&c.intro)
                .bind(&c.about)
                .bind(c.phase.as_str())
                .bind(i64::from(c.stickers.challenge))
                .bind(i64::from(c.stickers.solution))
                .bind(serde_json::to_string(&c.districts).unwrap_or_else(|_| "[]".into()))
                .bind(created)
                .fetch_one(&mut *self.inner)
                .await?
            }
        };
        for (lang, t) in &c.translations {
            summary.translations += sqlx::query(
                "INSERT INTO consultation_translations (consultation_id, lang, title, intro, about) \
                 VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (consultation_id, lang) DO UPDATE \
                 SET title = excluded.title, intro = excluded.intro, about = excluded.about \
                 WHERE NOT (consultation_translations.title = excluded.title \
                    AND consultation_translations.intro = excluded.intro \
                    AND consultation_translations.about = excluded.about)",
            )
            .bind(consultation_id)
            .bind(lang.code())
            .bind(&t.title)
            .bind(&t.intro)
            .bind(&t.about)
            .execute(&mut *self.inner)
            .await?
            .rows_affected();
        }

        for (position, theme) in file.themes.iter().enumerate() {
            let theme_id: Option<i64> =
                sqlx::query_scalar("SELECT id FROM themes WHERE consultation_id = $1 AND key = $2")
                    .bind(consultation_id)
                    .bind(&theme.key)
                    .fetch_optional(&mut *self.inner)
                    .await?;
            let theme_id = match theme_id {
                Some(id) => {
                    summary.themes += sqlx::query(
                        "UPDATE themes SET title = $2, description = $3, position = $4 \
                         WHERE id = $1 AND NOT (title = $2 AND description = $3 AND position = $4)",
                    )
                    .bind(id)
                    .bind(&theme.title)
                    .bind(&theme.description)
                    .bind(position as i64)
                    .execute(&mut *self.inner)
                    .await?
                    .rows_affected();
                    id
                }
                None => {
                    summary.themes += 1;
                    sqlx::query_scalar(
                        "INSERT INTO themes (consultation_id, key, position, title, description) \
                         VALUES ($1, $2, $3, $4, $5) RETURNING id",
                    )
                    .bind(consultation_id)
                    .bind(&theme.key)
                    .bind(position as i64)
                    .bind(&theme.title)
                    .bind(&theme.description)
                    .fetch_one(&mut *self.inner)
                    .await?
                }
            };
            for (lang, t) in &theme.translations {
                summary.translations += sqlx::query(
                    "INSERT INTO theme_translations (theme_id, lang, title, description) \
                     VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (theme_id, lang) DO UPDATE \
                     SET title = excluded.title, description = excluded.description \
                     WHERE NOT (theme_translations.title = excluded.title \
                        AND theme_translations.description = excluded.description)",
                )
                .bind(theme_id)
                .bind(lang.code())
                .bind(&t.title)
                .bind(&t.description)
                .execute(&mut *self.inner)
                .await?
                .rows_affected();
            }
            for (sheet_position, sheet) in theme.sheets.iter().enumerate() {
                let text = sheet.text.trim();
                let sheet_id: Option<i64> = sqlx::query_scalar(
                    "SELECT id FROM sheets WHERE theme_id = $1 AND source = 'seed' \
                     AND kind = $2 AND text = $3",
                )
                .bind(theme_id)
                .bind(sheet.kind.as_str())
                .bind(text)
                .fetch_optional(&mut *self.inner)
                .await?;
                let (rank, summary_text) = match &sheet.favourite {
                    Some(f) => (Some(i64::from(f.rank)), Some(f.summary.clone())),
                    None => (None, None),
                };
                let sheet_id = SheetId::new(match sheet_id {
                    Some(id) => id,
                    None => {
                        summary.sheets += 1;
                        sqlx::query_scalar(
                            "INSERT INTO sheets (theme_id, kind, text, lang, status, source, \
                                position, favourite_rank, favourite_summary, created_at) \
                             VALUES ($1, $2, $3, $4, 'visible', 'seed', $5, $6, $7, $8) RETURNING id",
                        )
                        .bind(theme_id)
                        .bind(sheet.kind.as_str())
                        .bind(text)
                        .bind(c.lang.code())
                        .bind(sheet_position as i64)
                        .bind(rank)
                        .bind(summary_text)
                        .bind(created)
                        .fetch_one(&mut *self.inner)
                        .await?
                    }
                });
                for (lang, translated) in &sheet.translations {
                    // A human's translation made in the chat outranks the content file's draft.
                    summary.translations += sqlx::query(
                        "INSERT INTO sheet_translations (sheet_id, lang, text, origin, created_at) \
                         VALUES ($1, $2, $3, $4, $5) \
                         ON CONFLICT (sheet_id, lang) DO UPDATE SET text = excluded.text \
                         WHERE sheet_translations.origin <> 'human' \
                           AND sheet_translations.text <> excluded.text",
                    )
                    .bind(sheet_id.get())
                    .bind(lang.code())
                    .bind(translated.trim())
                    .bind(TranslationOrigin::Content.as_str())
                    .bind(created)
                    .execute(&mut *self.inner)
                    .await?
                    .rows_affected();
                }
            }
        }
        Ok(summary)
    }
}

fn theme_from_row(row: &sqlx::any::AnyRow) -> Result<ThemeRow> {
    Ok(ThemeRow {
        id: row.try_get("id")?,
        key: row.try_get("key")?,
        position: row.try_get("position")?,
        title: row.try_get("title")?,
        description: row.try_get("description")?,
    })
}
