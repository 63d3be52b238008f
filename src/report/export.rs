//! The export of CONTRACT.md: JSON with themes and their items, and CSV with one row per sheet.
//! Field meanings are a contract: fields may be added, never changed.

use crate::domain::{Kind, Lang, Phase, SheetId, Source, Status};
use crate::store::{RankScope, Result, Tx};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    Json,
    Csv,
}

#[derive(Debug, Serialize)]
pub struct Export {
    pub consultation: ExportConsultation,
    pub themes: Vec<ExportTheme>,
}

#[derive(Debug, Serialize)]
pub struct ExportConsultation {
    pub key: String,
    pub title: String,
    pub phase: Phase,
    pub lang: Lang,
}

#[derive(Debug, Serialize)]
pub struct ExportTheme {
    pub key: String,
    pub title: String,
    pub items: Vec<ExportItem>,
}

#[derive(Debug, Serialize)]
pub struct ExportItem {
    pub id: SheetId,
    pub kind: Kind,
    pub text: String,
    pub lang: Lang,
    pub status: Status,
    pub source: Source,
    pub votes: i64,
    pub meeting_votes: i64,
    pub translations: BTreeMap<Lang, String>,
    pub details: Vec<ExportItemDetail>,
    /// The 2010 meeting's top-5 rank, when the sheet was one of its favourites.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub favourite_rank: Option<i64>,
    pub created_at: i64,
    /// The rank among the theme's sheets of the same kind (the store's one ranking: most
    /// stickers first, ties share a rank). Absent for sheets that are not visible.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank: Option<i64>,
    /// The rank among the consultation's sheets of the same kind, over all themes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rank_overall: Option<i64>,
}

#[derive(Debug, Serialize)]
pub struct ExportItemDetail {
    pub text: String,
    pub lang: Lang,
    pub status: Status,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<Lang, String>,
}

/// Everything of the current consultation, in the consultation's own language.
pub async fn build_export(tx: &mut Tx) -> Result<Option<Export>> {
    let Some(c) = tx.current_consultation(Lang::En).await? else {
        return Ok(None);
    };
    // Titles in the consultation's own language: read it again in that language.
    let c = tx.current_consultation(c.lang).await?.unwrap_or(c);
    let themes = tx.themes(c.id, c.lang).await?;
    let mut sheets = tx.export_sheets(c.id).await?;
    let ranks: BTreeMap<SheetId, (i64, i64)> = tx
        .ranking(RankScope::Consultation(c.id), None, None, c.lang)
        .await?
        .into_iter()
        .map(|r| (r.sheet.id, (r.theme_rank, r.rank)))
        .collect();
    let mut out = Vec::with_capacity(themes.len());
    for theme in themes {
        let items = sheets
            .extract_if(.., |s| s.theme_id == theme.id)
            .map(|s| ExportItem {
                rank: ranks.get(&s.id).map(|r| r.0),
                rank_overall: ranks.get(&s.id).map(|r| r.1),
                id: s.id,
                kind: s.kind,
                text: s.text,
                lang: s.lang,
                status: s.status,
                source: s.source,
                votes: s.votes,
                meeting_votes: s.meeting_votes,
                translations: s.translations,
                details: s
                    .details
                    .into_iter()
                    .map(|d| ExportItemDetail {
                        text: d.text,
                        lang: d.lang,
                        status: d.status,
                        translations: d.translations,
                    })
                    .collect(),
                favourite_rank: s.favourite_rank,
                created_at: s.created_at,
            })
            .collect();
        out.push(ExportTheme {
            key: theme.key,
            title: theme.title,
            items,
        });
    }
    Ok(Some(Export {
        consultation: ExportConsultation {
            key: c.key,
            title: c.title,
            phase: c.phase,
            lang: c.lang,
        },
        themes: out,
    }))
}

/// The CSV: one row per sheet with the JSON's fields; translations as one column per language
/// and details joined, so a spreadsheet shows everything. Starts with a UTF-8 byte order mark,
/// which spreadsheet programs need to read Danish and Arabic correctly.
pub fn write_csv(export: &Export, out: impl Write) -> csv::Result<()> {
    let mut out = out;
    out.write_all("\u{FEFF}".as_bytes())?;
    let mut w = csv::Writer::from_writer(out);
    let mut header = vec![
        "id",
        "theme",
        "theme_title",
        "kind",
        "text",
        "lang",
        "status",
        "source",
        "votes",
        "meeting_votes",
        "total_votes",
    ];
    let translation_columns: Vec<String> = Lang::ALL
        .iter()
        .map(|l| format!("translation_{l}"))
        .collect();
    header.extend(translation_columns.iter().map(String::as_str));
    header.extend(["details_count", "details", "rank", "rank_overall"]);
    w.write_record(&header)?;
    for theme in &export.themes {
        for item in &theme.items {
            let mut row = vec![
                item.id.to_string(),
                theme.key.clone(),
                spreadsheet_safe(&theme.title),
                item.kind.to_string(),
                spreadsheet_safe(&item.text),
                item.lang.to_string(),
                item.status.to_string(),
                item.source.to_string(),
                item.votes.to_string(),
                item.meeting_votes.to_string(),
                (item.votes + item.meeting_votes).to_string(),
            ];
            for lang in Lang::ALL {
                row.push(
                    item.translations
                        .get(&lang)
                        .map(|t| spreadsheet_safe(t))
                        .unwrap_or_default(),
                );
            }
            row.push(item.details.len().to_string());
            row.push(
                item.details
                    .iter()
                    .map(|d| format!("[{}] {}", d.lang, d.text))
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            for rank in [item.rank, item.rank_overall] {
                row.push(rank.map(|r| r.to_string()).unwrap_or_default());
            }
            w.write_record(&row)?;
        }
    }
    w.flush()?;
    Ok(())
}

/// A resident's text as a spreadsheet cell that is never read as a formula: Excel, LibreOffice
/// and Google Sheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return,
/// so such a text gets a leading apostrophe (OWASP's advice for CSV injection). The JSON export
/// keeps texts as written.
fn spreadsheet_safe(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::spreadsheet_safe;

    #[test]
    fn texts_that_a_spreadsheet_would_run_get_an_apostrophe() {
        for text in ["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(spreadsheet_safe(text), format!("'{text}"));
        }
        for text in ["Sprogkurser", "1 + 1", "", "'quoted", "ملاحظة"] {
            assert_eq!(spreadsheet_safe(text), text);
        }
    }
}
