//! Sheets, details, translations, stickers and meeting tallies.

use super::{Result, Tx, now, parse_word};
use crate::domain::{
    Kind, Lang, ParticipantId, SheetId, SheetText, Source, Status, StickerBudget, TranslationOrigin,
};
use sqlx::Row;
use sqlx::any::AnyRow;
use std::collections::BTreeMap;

/// A sheet as a list shows it to one reader.
#[derive(Debug, Clone)]
pub struct SheetSummary {
    pub id: SheetId,
    pub theme_id: i64,
    pub kind: Kind,
    pub text: String,
    pub lang: Lang,
    /// The text in the reader's language, when the sheet is in another and a translation exists.
    pub translation: Option<(String, TranslationOrigin)>,
    pub votes: i64,
    pub meeting_votes: i64,
    /// Whether the reader placed a sticker on it.
    pub mine: bool,
}

impl SheetSummary {
    pub fn total_votes(&self) -> i64 {
        self.votes + self.meeting_votes
    }
}

/// A sheet opened by one reader.
#[derive(Debug, Clone)]
pub struct SheetRow {
    pub summary: SheetSummary,
    pub status: Status,
    pub source: Source,
    pub author_id: Option<ParticipantId>,
    pub favourite_rank: Option<i64>,
}

#[derive(Debug, Clone)]
pub struct DetailRow {
    pub id: i64,
    pub text: String,
    pub lang: Lang,
    pub translation: Option<(String, TranslationOrigin)>,
}

#[derive(Debug, Clone)]
pub struct NewSheet<'a> {
    pub theme_id: i64,
    pub kind: Kind,
    pub text: &'a SheetText,
    pub lang: Lang,
    pub author_id: ParticipantId,
    pub status: Status,
}

/// One of a resident's stickers.
#[derive(Debug, Clone)]
pub struct StickerRow {
    pub sheet: SheetSummary,
}

/// Why a sticker could not be placed. Each is a resident's situation, not a failure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StickerError {
    NoSuchSheet,
    AlreadyPlaced,
    NoneLeft { theme_id: i64, kind: Kind },
}

/// A sheet with everything the export carries.
#[derive(Debug, Clone)]
pub struct ExportSheet {
    pub id: SheetId,
    pub theme_id: i64,
    pub kind: Kind,
    pub text: String,
    pub lang: Lang,
    pub status: Status,
    pub source: Source,
    pub votes: i64,
    pub meeting_votes: i64,
    pub favourite_rank: Option<i64>,
    pub created_at: i64,
    pub translations: BTreeMap<Lang, String>,
    pub details: Vec<ExportDetail>,
}

#[derive(Debug, Clone)]
pub struct ExportDetail {
    pub text: String,
    pub lang: Lang,
    pub status: Status,
    pub translations: BTreeMap<Lang, String>,
}

/// The columns every reader-facing sheet query selects; `$1` is the reader's participant id
/// (NULL for none), `$2` the reader's language.
pub(super) const SHEET_COLUMNS: &str = "s.id, s.theme_id, s.kind, s.text, s.lang, s.status, s.source, \
    s.author_id, s.favourite_rank, s.position, s.created_at, \
    (SELECT COUNT(*) FROM stickers st WHERE st.sheet_id = s.id) AS votes, \
    COALESCE((SELECT m.count FROM meeting_tallies m WHERE m.sheet_id = s.id), 0) AS meeting_votes, \
    (SELECT COUNT(*) FROM stickers st WHERE st.sheet_id = s.id AND st.participant_id = $1) AS mine, \
    tr.text AS translated, tr.origin AS translated_origin";

pub(super) const SHEET_JOIN: &str = "FROM sheets s LEFT JOIN sheet_translations tr ON tr.sheet_id = s.id AND tr.lang = $2 AND s.lang <> $2";

/// Where a ranking ranks: the sheets of one theme, or of every theme of a consultation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RankScope {
    Theme(i64),
    Consultation(i64),
}

/// A visible sheet in a ranking. Challenges and solutions are ranked apart; tied sheets share a
/// rank (1, 1, 3).
#[derive(Debug, Clone)]
pub struct Ranked {
    pub sheet: SheetSummary,
    /// The rank in the scope asked for.
    pub rank: i64,
    /// The rank among the sheets of its own theme (equal to `rank` for a theme's ranking).
    pub theme_rank: i64,
}

/// The one ranking, as the 2010 evenings counted: most stickers, online plus meeting tally,
/// first; ties share a rank and are listed by sheet number. `x` is a row of `SHEET_COLUMNS`.
const TOTAL: &str = "x.votes + x.meeting_votes";

impl Tx {
    /// The visible sheets of `scope`, of one kind or (`None`) both, ranked: challenges first,
    /// then by rank, then by sheet number. `reader` and `lang` only decide `mine` and the
    /// translation shown; a report or an export has no reader.
    pub async fn ranking(
        &mut self,
        scope: RankScope,
        kind: Option<Kind>,
        reader: Option<ParticipantId>,
        lang: Lang,
    ) -> Result<Vec<Ranked>> {
        // Within a theme the rank over the scope is the theme's rank.
        let scope_filter = match scope {
            RankScope::Theme(_) => "s.theme_id = $3",
            RankScope::Consultation(_) => "th.consultation_id = $3",
        };
        let kind_filter = if kind.is_some() {
            "AND s.kind = $4"
        } else {
            ""
        };
        let sql = format!(
            "SELECT x.*, \
               RANK() OVER (PARTITION BY x.theme_id, x.kind ORDER BY {TOTAL} DESC) AS theme_rank, \
               RANK() OVER (PARTITION BY x.kind ORDER BY {TOTAL} DESC) AS scope_rank \
             FROM (SELECT {SHEET_COLUMNS} {SHEET_JOIN} JOIN themes th ON th.id = s.theme_id \
                   WHERE {scope_filter} {kind_filter} AND s.status = 'visible') x \
             ORDER BY x.kind, scope_rank, x.id"
        );
        let scope_id = match scope {
            RankScope::Theme(id) | RankScope::Consultation(id) => id,
        };
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(reader.map(ParticipantId::get))
            .bind(lang.code())
            .bind(scope_id);
        if let Some(kind) = kind {
            query = query.bind(kind.as_str());
        }
        let rows = query.fetch_all(&mut *self.inner).await?;
        rows.iter()
            .map(|row| {
                Ok(Ranked {
                    sheet: summary_from_row(row)?,
                    rank: row.try_get("scope_rank")?,
                    theme_rank: row.try_get("theme_rank")?,
                })
            })
            .collect()
    }

    /// The visible sheets of one kind in a theme, in the order of the ranking.
    pub async fn ranked_sheets(
        &mut self,
        theme_id: i64,
        kind: Kind,
        reader: Option<ParticipantId>,
        lang: Lang,
    ) -> Result<Vec<SheetSummary>> {
        let ranking = self
            .ranking(RankScope::Theme(theme_id), Some(kind), reader, lang)
            .await?;
        Ok(ranking.into_iter().map(|r| r.sheet).collect())
    }

    /// One sheet as `reader` sees it, whatever its status (callers decide who may see it).
    pub async fn sheet(
        &mut self,
        sheet_id: SheetId,
        reader: Option<ParticipantId>,
        lang: Lang,
    ) -> Result<Option<SheetRow>> {
        let sql = format!("SELECT {SHEET_COLUMNS} {SHEET_JOIN} WHERE s.id = $3");
        let row = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(reader.map(ParticipantId::get))
            .bind(lang.code())
            .bind(sheet_id.get())
            .fetch_optional(&mut *self.inner)
            .await?;
        let Some(row) = row else { return Ok(None) };
        let status: String = row.try_get("status")?;
        let source: String = row.try_get("source")?;
        Ok(Some(SheetRow {
            summary: summary_from_row(&row)?,
            status: parse_word("sheets.status", &status)?,
            source: parse_word("sheets.source", &source)?,
            author_id: row
                .try_get::<Option<i64>, _>("author_id")?
                .map(ParticipantId::new),
            favourite_rank: row.try_get("favourite_rank")?,
        }))
    }

    /// The visible details of a sheet, oldest first, with translations into `lang`.
    pub async fn details(&mut self, sheet_id: SheetId, lang: Lang) -> Result<Vec<DetailRow>> {
        let rows = sqlx::query(
            "SELECT d.id, d.text, d.lang, tr.text AS translated, tr.origin AS translated_origin \
             FROM details d \
             LEFT JOIN detail_translations tr ON tr.detail_id = d.id AND tr.lang = $2 AND d.lang <> $2 \
             WHERE d.sheet_id = $1 AND d.status = 'visible' ORDER BY d.created_at, d.id",
        )
        .bind(sheet_id.get())
        .bind(lang.code())
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| {
                let lang: String = row.try_get("lang")?;
                Ok(DetailRow {
                    id: row.try_get("id")?,
                    text: row.try_get("text")?,
                    lang: parse_word("details.lang", &lang)?,
                    translation: translation_from_row(row)?,
                })
            })
            .collect()
    }

    pub async fn submit_sheet(&mut self, sheet: NewSheet<'_>) -> Result<SheetId> {
        self.lock_participant(sheet.author_id).await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO sheets (theme_id, kind, text, lang, status, source, author_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, 'resident', $6, $7) RETURNING id",
        )
        .bind(sheet.theme_id)
        .bind(sheet.kind.as_str())
        .bind(sheet.text.as_str())
        .bind(sheet.lang.code())
        .bind(sheet.status.as_str())
        .bind(sheet.author_id.get())
        .bind(now())
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(SheetId::new(id))
    }

    pub async fn add_detail(
        &mut self,
        sheet_id: SheetId,
        text: &SheetText,
        lang: Lang,
        author_id: ParticipantId,
        status: Status,
    ) -> Result<i64> {
        Ok(sqlx::query_scalar(
            "INSERT INTO details (sheet_id, text, lang, status, author_id, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(sheet_id.get())
        .bind(text.as_str())
        .bind(lang.code())
        .bind(status.as_str())
        .bind(author_id.get())
        .bind(now())
        .fetch_one(&mut *self.inner)
        .await?)
    }

    /// Places a sticker if the resident has one left for that kind of sheet in its theme.
    /// Decided inside this transaction, so the budget holds under concurrent taps. On success,
    /// the stickers left afterwards.
    pub async fn place_sticker(
        &mut self,
        participant_id: ParticipantId,
        sheet_id: SheetId,
        budget: StickerBudget,
    ) -> Result<Result<u32, StickerError>> {
        self.lock_participant(participant_id).await?;
        let sheet =
            sqlx::query("SELECT theme_id, kind FROM sheets WHERE id = $1 AND status = 'visible'")
                .bind(sheet_id.get())
                .fetch_optional(&mut *self.inner)
                .await?;
        let Some(sheet) = sheet else {
            return Ok(Err(StickerError::NoSuchSheet));
        };
        let theme_id: i64 = sheet.try_get("theme_id")?;
        let kind: String = sheet.try_get("kind")?;
        let kind: Kind = parse_word("sheets.kind", &kind)?;
        let already: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM stickers WHERE participant_id = $1 AND sheet_id = $2",
        )
        .bind(participant_id.get())
        .bind(sheet_id.get())
        .fetch_one(&mut *self.inner)
        .await?;
        if already > 0 {
            return Ok(Err(StickerError::AlreadyPlaced));
        }
        let used = self.stickers_used(participant_id, theme_id, kind).await?;
        let allowed = budget.for_kind(kind);
        if used >= allowed {
            return Ok(Err(StickerError::NoneLeft { theme_id, kind }));
        }
        sqlx::query(
            "INSERT INTO stickers (participant_id, sheet_id, created_at) VALUES ($1, $2, $3)",
        )
        .bind(participant_id.get())
        .bind(sheet_id.get())
        .bind(now())
        .execute(&mut *self.inner)
        .await?;
        Ok(Ok(allowed - used - 1))
    }

    /// Takes a sticker back; false when there was none on that sheet.
    pub async fn remove_sticker(
        &mut self,
        participant_id: ParticipantId,
        sheet_id: SheetId,
    ) -> Result<bool> {
        let done = sqlx::query("DELETE FROM stickers WHERE participant_id = $1 AND sheet_id = $2")
            .bind(participant_id.get())
            .bind(sheet_id.get())
            .execute(&mut *self.inner)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    /// How many stickers a resident has placed on one kind of sheet in a theme.
    pub async fn stickers_used(
        &mut self,
        participant_id: ParticipantId,
        theme_id: i64,
        kind: Kind,
    ) -> Result<u32> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM stickers st JOIN sheets s ON s.id = st.sheet_id \
             WHERE st.participant_id = $1 AND s.theme_id = $2 AND s.kind = $3",
        )
        .bind(participant_id.get())
        .bind(theme_id)
        .bind(kind.as_str())
        .fetch_one(&mut *self.inner)
        .await?;
        Ok(n as u32)
    }

    /// All of a resident's stickers, by theme order, then kind, then sheet number.
    pub async fn stickers_of(
        &mut self,
        participant_id: ParticipantId,
        lang: Lang,
    ) -> Result<Vec<SheetSummary>> {
        let sql = format!(
            "SELECT {SHEET_COLUMNS} {SHEET_JOIN} \
             JOIN stickers mine ON mine.sheet_id = s.id AND mine.participant_id = $1 \
             JOIN themes th ON th.id = s.theme_id \
             ORDER BY th.position, s.kind, s.id"
        );
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(participant_id.get())
            .bind(lang.code())
            .fetch_all(&mut *self.inner)
            .await?;
        rows.iter().map(summary_from_row).collect()
    }

    /// How many visible details each sheet of a consultation has; sheets without any are absent.
    pub async fn detail_counts(&mut self, consultation_id: i64) -> Result<BTreeMap<SheetId, i64>> {
        let rows = sqlx::query(
            "SELECT d.sheet_id, COUNT(*) AS n FROM details d \
             JOIN sheets s ON s.id = d.sheet_id JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1 AND d.status = 'visible' GROUP BY d.sheet_id",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        rows.iter()
            .map(|row| Ok((SheetId::new(row.try_get("sheet_id")?), row.try_get("n")?)))
            .collect()
    }

    /// Every sheet of a consultation with its counts, translations and details, for exports.
    pub async fn export_sheets(&mut self, consultation_id: i64) -> Result<Vec<ExportSheet>> {
        let rows = sqlx::query(
            "SELECT s.id, s.theme_id, s.kind, s.text, s.lang, s.status, s.source, s.favourite_rank, \
                    s.created_at, \
                    (SELECT COUNT(*) FROM stickers st WHERE st.sheet_id = s.id) AS votes, \
                    COALESCE((SELECT m.count FROM meeting_tallies m WHERE m.sheet_id = s.id), 0) \
                        AS meeting_votes \
             FROM sheets s JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1 ORDER BY th.position, s.id",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut sheets = Vec::with_capacity(rows.len());
        for row in &rows {
            let kind: String = row.try_get("kind")?;
            let lang: String = row.try_get("lang")?;
            let status: String = row.try_get("status")?;
            let source: String = row.try_get("source")?;
            sheets.push(ExportSheet {
                id: SheetId::new(row.try_get("id")?),
                theme_id: row.try_get("theme_id")?,
                kind: parse_word("sheets.kind", &kind)?,
                text: row.try_get("text")?,
                lang: parse_word("sheets.lang", &lang)?,
                status: parse_word("sheets.status", &status)?,
                source: parse_word("sheets.source", &source)?,
                votes: row.try_get("votes")?,
                meeting_votes: row.try_get("meeting_votes")?,
                favourite_rank: row.try_get("favourite_rank")?,
                created_at: row.try_get("created_at")?,
                translations: BTreeMap::new(),
                details: Vec::new(),
            });
        }
        let index: BTreeMap<SheetId, usize> =
            sheets.iter().enumerate().map(|(i, s)| (s.id, i)).collect();

        let translations = sqlx::query(
            "SELECT tr.sheet_id, tr.lang, tr.text FROM sheet_translations tr \
             JOIN sheets s ON s.id = tr.sheet_id JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        for row in &translations {
            let sheet_id = SheetId::new(row.try_get("sheet_id")?);
            let lang: String = row.try_get("lang")?;
            if let Some(&i) = index.get(&sheet_id) {
                sheets[i].translations.insert(
                    parse_word("sheet_translations.lang", &lang)?,
                    row.try_get("text")?,
                );
            }
        }

        let details = sqlx::query(
            "SELECT d.id, d.sheet_id, d.text, d.lang, d.status FROM details d \
             JOIN sheets s ON s.id = d.sheet_id JOIN themes th ON th.id = s.theme_id \
             WHERE th.consultation_id = $1 ORDER BY d.created_at, d.id",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        let detail_translations = sqlx::query(
            "SELECT tr.detail_id, tr.lang, tr.text FROM detail_translations tr \
             JOIN details d ON d.id = tr.detail_id JOIN sheets s ON s.id = d.sheet_id \
             JOIN themes th ON th.id = s.theme_id WHERE th.consultation_id = $1",
        )
        .bind(consultation_id)
        .fetch_all(&mut *self.inner)
        .await?;
        let mut detail_tr: BTreeMap<i64, BTreeMap<Lang, String>> = BTreeMap::new();
        for row in &detail_translations {
            let lang: String = row.try_get("lang")?;
            detail_tr
                .entry(row.try_get("detail_id")?)
                .or_default()
                .insert(
                    parse_word("detail_translations.lang", &lang)?,
                    row.try_get("text")?,
                );
        }
        for row in &details {
            let sheet_id = SheetId::new(row.try_get("sheet_id")?);
            let id: i64 = row.try_get("id")?;
            let lang: String = row.try_get("lang")?;
            let status: String = row.try_get("status")?;
            if let Some(&i) = index.get(&sheet_id) {
                sheets[i].details.push(ExportDetail {
                    text: row.try_get("text")?,
                    lang: parse_word("details.lang", &lang)?,
                    status: parse_word("details.status", &status)?,
                    translations: detail_tr.remove(&id).unwrap_or_default(),
                });
            }
        }
        Ok(sheets)
    }
}

pub(super) fn summary_from_row(row: &AnyRow) -> Result<SheetSummary> {
    let kind: String = row.try_get("kind")?;
    let lang: String = row.try_get("lang")?;
    Ok(SheetSummary {
        id: SheetId::new(row.try_get("id")?),
        theme_id: row.try_get("theme_id")?,
        kind: parse_word("sheets.kind", &kind)?,
        text: row.try_get("text")?,
        lang: parse_word("sheets.lang", &lang)?,
        translation: translation_from_row(row)?,
        votes: row.try_get("votes")?,
        meeting_votes: row.try_get("meeting_votes")?,
        mine: row.try_get::<i64, _>("mine")? > 0,
    })
}

fn translation_from_row(row: &AnyRow) -> Result<Option<(String, TranslationOrigin)>> {
    let text: Option<String> = row.try_get("translated")?;
    let origin: Option<String> = row.try_get("translated_origin")?;
    match (text, origin) {
        (Some(text), Some(origin)) => Ok(Some((text, parse_word("translations.origin", &origin)?))),
        _ => Ok(None),
    }
}
