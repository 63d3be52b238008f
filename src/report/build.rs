//! Gathers what charts, reports, exports and QR codes show from the store, in the reader's
//! language, and turns it into bytes to send or write.

use super::chart::{Bar, BarChart, ChartError, bar_chart_png, svg_to_png};
use super::export::{Export, ExportFormat, write_csv};
use super::html::{Participation, ReportData, ReportSheet, ReportTheme, report_html};
use crate::domain::{Kind, Lang, Source, Status};
use crate::i18n::Words;
use crate::store::{SheetSummary, StoreError, ThemeRow, Tx};
use resvg::usvg;

/// The export as the bytes of a file.
pub fn export_bytes(export: &Export, format: ExportFormat) -> Vec<u8> {
    let mut buffer = Vec::new();
    match format {
        ExportFormat::Json => {
            serde_json::to_writer_pretty(&mut buffer, export).expect("the export serialises");
            buffer.push(b'\n');
        }
        ExportFormat::Csv => {
            write_csv(export, &mut buffer).expect("writing to memory does not fail")
        }
    }
    buffer
}

/// The text a reader sees for a sheet: the translation into their language when there is one.
fn shown(sheet: &SheetSummary) -> &str {
    sheet
        .translation
        .as_ref()
        .map(|(t, _)| t.as_str())
        .unwrap_or(&sheet.text)
}

/// Visible sheets of one kind over `themes`, ranked by all their stickers, then oldest.
async fn ranked(
    tx: &mut Tx,
    themes: &[ThemeRow],
    kind: Kind,
    lang: Lang,
) -> Result<Vec<SheetSummary>, StoreError> {
    let mut sheets = Vec::new();
    for theme in themes {
        sheets.extend(tx.ranked_sheets(theme.id, kind, 0, lang).await?);
    }
    // Stable: sheets with equal totals keep the store's order (oldest first).
    sheets.sort_by_key(|s| std::cmp::Reverse(s.total_votes()));
    Ok(sheets)
}

/// A bar chart of the top sheets: the top 5 challenges and the top 5 solutions, over all themes
/// or in one, labelled in `lang`.
pub async fn chart_png(
    tx: &mut Tx,
    consultation_id: i64,
    theme: Option<&ThemeRow>,
    lang: Lang,
) -> Result<Result<Vec<u8>, ChartError>, StoreError> {
    let words = Words::new(lang);
    let themes = match theme {
        Some(t) => vec![t.clone()],
        None => tx.themes(consultation_id, lang).await?,
    };
    let mut bars = Vec::new();
    for kind in [Kind::Challenge, Kind::Solution] {
        let prefix = words.get(match kind {
            Kind::Challenge => "kind-challenge",
            Kind::Solution => "kind-solution",
        });
        for s in ranked(tx, &themes, kind, lang).await?.iter().take(5) {
            bars.push(Bar {
                label: format!("#{} {prefix}: {}", s.id, shown(s)),
                online: s.votes,
                meeting: s.meeting_votes,
            });
        }
    }
    let title = match theme {
        Some(t) => words.with("chart-title-theme", &[("theme", t.title.clone().into())]),
        None => words.get("chart-title"),
    };
    Ok(bar_chart_png(&BarChart {
        title,
        bars,
        online_label: words.get("chart-online"),
        meeting_label: words.get("chart-meeting"),
        rtl: lang.is_rtl(),
    }))
}

/// The HTML report of the current consultation in `lang`.
pub async fn report_html_for(tx: &mut Tx, lang: Lang) -> Result<String, StoreError> {
    let Some(c) = tx.current_consultation(lang).await? else {
        return Err(StoreError::Corrupt("there is no consultation".into()));
    };
    let themes = tx.themes(c.id, lang).await?;
    let budget = i64::from(c.stickers.challenge + c.stickers.solution) * themes.len() as i64;
    let stats = tx.stats(c.id, budget).await?;
    let outcomes = tx.outcomes(c.id).await?;
    let words = Words::new(lang);
    let count_sheets = |source: &str| -> i64 {
        stats
            .sheets
            .iter()
            .filter(|s| s.source == source && s.status == Status::Visible)
            .map(|s| s.count)
            .sum()
    };
    let mut report_themes = Vec::with_capacity(themes.len());
    for theme in &themes {
        let mut sheets = Vec::new();
        for kind in [Kind::Challenge, Kind::Solution] {
            for s in tx.ranked_sheets(theme.id, kind, 0, lang).await? {
                let details = tx.details(s.id, lang).await?.len();
                let outcome = outcomes.get(&s.id).map(|(decision, text)| {
                    let word = words.get(match decision {
                        crate::domain::Decision::Adopted => "decision-adopted",
                        crate::domain::Decision::Considered => "decision-considered",
                        crate::domain::Decision::Declined => "decision-declined",
                    });
                    format!("{word}: {text}")
                });
                sheets.push(ReportSheet {
                    id: s.id,
                    kind,
                    text: shown(&s).to_owned(),
                    votes: s.votes,
                    meeting_votes: s.meeting_votes,
                    details,
                    outcome,
                });
            }
        }
        report_themes.push(ReportTheme {
            title: theme.title.clone(),
            sheets,
        });
    }
    let data = ReportData {
        title: c.title.clone(),
        intro: c.intro.clone(),
        generated_at: chrono::DateTime::from_timestamp(crate::store::now(), 0)
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default(),
        participation: Participation {
            participants: stats.participants,
            active_7_days: stats.active_7_days,
            by_language: stats.by_language.clone(),
            sheets_seed: count_sheets(Source::Seed.as_str()),
            sheets_resident: count_sheets(Source::Resident.as_str()),
            stickers_placed: stats.stickers_placed,
            meeting_stickers: stats.meeting_stickers,
        },
        themes: report_themes,
    };
    Ok(report_html(&data, lang))
}

#[derive(Debug, thiserror::Error)]
pub enum QrError {
    #[error("the link is too long for a QR code: {0}")]
    Encode(#[from] qrcode::types::QrError),
    #[error("the QR code could not be drawn: {0}")]
    Draw(#[from] ChartError),
}

/// A QR code for `link` as a PNG, large enough to print on a poster.
pub fn qr_png(link: &str) -> Result<Vec<u8>, QrError> {
    let code = qrcode::QrCode::new(link.as_bytes())?;
    let svg = code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(1000, 1000)
        .quiet_zone(true)
        .build();
    let tree = usvg::Tree::from_str(&svg, &usvg::Options::default()).map_err(ChartError::from)?;
    Ok(svg_to_png(&tree)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qr_codes_are_pngs() {
        let png = qr_png("https://t.me/consultbot_test_bot?start=theme-unge").unwrap();
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(png.len() > 1000);
    }
}
