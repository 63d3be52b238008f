//! Gathers what charts and the report show from the store, in the reader's language, as plain
//! data; drawing it is `files`' business and happens outside any transaction.

use super::chart::{Bar, BarChart};
use super::html::{Participation, ReportData, ReportSheet, ReportTheme, TopSheet};
use crate::conversation::keys;
use crate::domain::{Kind, Lang, Source, Status};
use crate::i18n::Words;
use crate::store::{RankScope, Ranked, SheetSummary, StoreError, Tx};

/// Bars per kind in a chart: the top 5 challenges and the top 5 solutions.
const CHART_TOP: usize = 5;

/// The text a reader sees for a sheet: the translation into their language when there is one.
fn shown(sheet: &SheetSummary) -> &str {
    sheet
        .translation
        .as_ref()
        .map(|(t, _)| t.as_str())
        .unwrap_or(&sheet.text)
}

/// The bars of a chart of the top sheets, over all themes of the consultation or in one theme,
/// labelled in `lang`.
pub async fn chart_data(
    tx: &mut Tx,
    consultation_id: i64,
    theme_id: Option<i64>,
    lang: Lang,
) -> Result<BarChart, StoreError> {
    let words = Words::new(lang);
    let scope = match theme_id {
        Some(id) => RankScope::Theme(id),
        None => RankScope::Consultation(consultation_id),
    };
    let mut bars = Vec::new();
    for kind in [Kind::Challenge, Kind::Solution] {
        let prefix = words.get(keys::kind(kind));
        for r in tx
            .ranking(scope, Some(kind), None, lang)
            .await?
            .iter()
            .take(CHART_TOP)
        {
            bars.push(Bar {
                label: format!("#{} {prefix}: {}", r.sheet.id, shown(&r.sheet)),
                online: r.sheet.votes,
                meeting: r.sheet.meeting_votes,
            });
        }
    }
    let title = match theme_id {
        Some(id) => {
            let title = tx.theme(id, lang).await?.map(|t| t.title);
            words.with(
                "chart-title-theme",
                &[("theme", title.unwrap_or_default().into())],
            )
        }
        None => words.get("chart-title"),
    };
    Ok(BarChart {
        title,
        bars,
        online_label: words.get("chart-online"),
        meeting_label: words.get("chart-meeting"),
        rtl: lang.is_rtl(),
    })
}

/// Everything the HTML report of the current consultation shows, in `lang`.
pub async fn report_data(tx: &mut Tx, lang: Lang) -> Result<ReportData, StoreError> {
    let Some(c) = tx.current_consultation(lang).await? else {
        return Err(StoreError::Corrupt("there is no consultation".into()));
    };
    let themes = tx.themes(c.id, lang).await?;
    let budget = i64::from(c.stickers.challenge + c.stickers.solution) * themes.len() as i64;
    let stats = tx.stats(c.id, budget).await?;
    let outcomes = tx.outcomes(c.id).await?;
    let details = tx.detail_counts(c.id).await?;
    let ranking = tx
        .ranking(RankScope::Consultation(c.id), None, None, lang)
        .await?;
    let words = Words::new(lang);
    let report_sheet = |r: &Ranked, rank: i64| {
        let s = &r.sheet;
        ReportSheet {
            id: s.id,
            kind: s.kind,
            rank,
            text: shown(s).to_owned(),
            votes: s.votes,
            meeting_votes: s.meeting_votes,
            details: details.get(&s.id).copied().unwrap_or(0) as usize,
            outcome: outcomes.get(&s.id).map(|(decision, text)| {
                format!("{}: {text}", words.get(keys::decision(*decision)))
            }),
        }
    };
    // The ranking lists a theme's sheets in the same order as the consultation's.
    let report_themes = themes
        .iter()
        .map(|theme| ReportTheme {
            title: theme.title.clone(),
            sheets: ranking
                .iter()
                .filter(|r| r.sheet.theme_id == theme.id)
                .map(|r| report_sheet(r, r.theme_rank))
                .collect(),
        })
        .collect();
    let top = ranking
        .iter()
        .map(|r| TopSheet {
            theme: themes
                .iter()
                .find(|t| t.id == r.sheet.theme_id)
                .map(|t| t.title.clone())
                .unwrap_or_default(),
            sheet: report_sheet(r, r.rank),
        })
        .collect();
    let count_sheets = |source: Source| -> i64 {
        stats
            .sheets
            .iter()
            .filter(|s| s.source == source.as_str() && s.status == Status::Visible)
            .map(|s| s.count)
            .sum()
    };
    Ok(ReportData {
        title: c.title.clone(),
        intro: c.intro.clone(),
        generated_at: chrono::DateTime::from_timestamp(crate::store::now(), 0)
            .map(|t| t.format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_default(),
        participation: Participation {
            participants: stats.participants,
            active_7_days: stats.active_7_days,
            by_language: stats.by_language.clone(),
            sheets_seed: count_sheets(Source::Seed),
            sheets_resident: count_sheets(Source::Resident),
            stickers_placed: stats.stickers_placed,
            meeting_stickers: stats.meeting_stickers,
        },
        top,
        themes: report_themes,
    })
}
