//! The report for the people who asked: one self-contained HTML file in the spirit of the 2010
//! summary ("Hvad er dit input til Københavns nye integrationspolitik?"): who took part, the top
//! five challenges and solutions over all themes, then every theme from the highest to the lowest
//! prioritised sheet, with a chart. Styles are inline and charts are PNG `data:` URLs, so the
//! file can be mailed, opened offline and printed (`@media print`: a page per theme, no row cut
//! in two). Every word comes from the Fluent catalogues (`locales/<tag>/report.ftl`); every text
//! from data is escaped.

use super::chart::{Bar, BarChart, bar_chart_png};
use crate::domain::{Kind, Lang, SheetId};
use crate::i18n::Words;
use base64::Engine as _;
use std::cmp::Reverse;
use std::fmt::Write as _;

/// Everything the report shows, gathered by the caller (texts already in the reader's language).
#[derive(Debug, Clone)]
pub struct ReportData {
    pub title: String,
    /// Plain text; blank lines separate paragraphs.
    pub intro: String,
    /// When the figures were taken, already formatted for the reader.
    pub generated_at: String,
    pub participation: Participation,
    /// Every visible sheet over all themes, in the order of the ranking, ranked over all themes.
    pub top: Vec<TopSheet>,
    pub themes: Vec<ReportTheme>,
}

#[derive(Debug, Clone)]
pub struct TopSheet {
    /// The title of the sheet's theme.
    pub theme: String,
    pub sheet: ReportSheet,
}

#[derive(Debug, Clone)]
pub struct Participation {
    pub participants: i64,
    pub active_7_days: i64,
    pub by_language: Vec<(Lang, i64)>,
    pub sheets_seed: i64,
    pub sheets_resident: i64,
    /// Stickers placed in the chat.
    pub stickers_placed: i64,
    /// Stickers counted at meetings and entered by facilitators.
    pub meeting_stickers: i64,
}

#[derive(Debug, Clone)]
pub struct ReportTheme {
    pub title: String,
    /// In the order of the ranking, ranked within the theme.
    pub sheets: Vec<ReportSheet>,
}

#[derive(Debug, Clone)]
pub struct ReportSheet {
    pub id: SheetId,
    pub kind: Kind,
    /// From the store's ranking: tied sheets share a rank.
    pub rank: i64,
    pub text: String,
    /// Stickers placed in the chat.
    pub votes: i64,
    /// Stickers placed at meetings.
    pub meeting_votes: i64,
    /// How many details residents added.
    pub details: usize,
    /// What became of the sheet, when a facilitator wrote it down.
    pub outcome: Option<String>,
}

impl ReportSheet {
    /// All stickers, the measure of priority.
    pub fn total(&self) -> i64 {
        self.votes + self.meeting_votes
    }
}

/// How many sheets the "most important" lists show, as in 2010.
const TOP: usize = 5;
/// How many bars a theme's chart shows at most (the table below it has them all).
const CHART_BARS: usize = 10;

/// The report as one HTML document in `lang`.
pub fn report_html(data: &ReportData, lang: Lang) -> String {
    let words = Words::new(lang);
    let mut html = String::with_capacity(64 * 1024);
    let dir = if lang.is_rtl() { "rtl" } else { "ltr" };
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{code}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        code = lang.code(),
        title = esc(&data.title),
    );

    // Title and introduction.
    let _ = write!(html, "<header>\n<h1>{}</h1>\n", esc(&data.title));
    for paragraph in data
        .intro
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let _ = writeln!(
            html,
            "<p class=\"intro\">{}</p>",
            esc(paragraph).replace('\n', "<br>\n")
        );
    }
    let _ = writeln!(
        html,
        "<p class=\"generated\">{}</p>\n</header>",
        esc(&words.with(
            "report-generated",
            &[("date", data.generated_at.as_str().into())]
        ))
    );

    participation(&mut html, &words, &data.participation);

    // The most important over all themes.
    html.push_str("<section class=\"top\">\n");
    for (kind, heading) in [
        (Kind::Challenge, "report-top-challenges"),
        (Kind::Solution, "report-top-solutions"),
    ] {
        let _ = writeln!(html, "<h2>{}</h2>", esc(&words.get(heading)));
        let all: Vec<(&str, &ReportSheet)> = data
            .top
            .iter()
            .filter(|t| t.sheet.kind == kind)
            .take(TOP)
            .map(|t| (t.theme.as_str(), &t.sheet))
            .collect();
        sheet_table(&mut html, &words, &all, true);
    }
    let _ = writeln!(
        html,
        "<p class=\"note\">{}</p>\n</section>",
        esc(&words.get("report-top-note"))
    );

    // Every theme.
    for theme in &data.themes {
        let _ = write!(
            html,
            "<section class=\"theme\">\n<h2>{}</h2>\n<p class=\"note\">{}</p>\n",
            esc(&words.with("report-theme", &[("theme", theme.title.as_str().into())])),
            esc(&words.get("report-theme-note")),
        );
        for (kind, heading, chart_title) in [
            (
                Kind::Challenge,
                "report-challenges",
                "report-chart-challenges",
            ),
            (Kind::Solution, "report-solutions", "report-chart-solutions"),
        ] {
            let _ = writeln!(html, "<h3>{}</h3>", esc(&words.get(heading)));
            let sheets: Vec<(&str, &ReportSheet)> = theme
                .sheets
                .iter()
                .filter(|s| s.kind == kind)
                .map(|s| (theme.title.as_str(), s))
                .collect();
            let title = words.with(chart_title, &[("theme", theme.title.as_str().into())]);
            chart(&mut html, &words, lang, &title, &sheets);
            sheet_table(&mut html, &words, &sheets, false);
        }
        html.push_str("</section>\n");
    }

    html.push_str("</body>\n</html>\n");
    html
}

fn participation(html: &mut String, words: &Words, p: &Participation) {
    let _ = writeln!(
        html,
        "<section class=\"participation\">\n<h2>{}</h2>\n<div class=\"figures\">",
        esc(&words.get("report-participation"))
    );
    for (n, key) in [
        (p.participants, "report-participants"),
        (p.active_7_days, "report-active-7-days"),
        (p.sheets_seed, "report-sheets-seed"),
        (p.sheets_resident, "report-sheets-resident"),
        (p.stickers_placed, "report-stickers-chat"),
        (p.meeting_stickers, "report-stickers-meetings"),
    ] {
        let _ = writeln!(
            html,
            "<div class=\"figure\"><span class=\"big\">{n}</span> <span>{}</span></div>",
            esc(&words.get(key))
        );
    }
    html.push_str("</div>\n");
    if !p.by_language.is_empty() {
        let mut langs = p.by_language.clone();
        langs.sort_by_key(|(lang, n)| (Reverse(*n), Lang::ALL.iter().position(|l| l == lang)));
        let _ = write!(
            html,
            "<h3>{}</h3>\n<table class=\"languages\">\n<thead><tr><th>{}</th><th class=\"n\">{}</th></tr></thead>\n<tbody>\n",
            esc(&words.get("report-by-language")),
            esc(&words.get("report-col-language")),
            esc(&words.get("report-col-people")),
        );
        for (lang, n) in langs {
            let name = words.get(&crate::conversation::keys::language(lang));
            let _ = writeln!(
                html,
                "<tr><td><bdi>{}</bdi> <span class=\"muted\">({})</span></td><td class=\"n\">{n}</td></tr>",
                esc(&name),
                esc(lang.native_name())
            );
        }
        html.push_str("</tbody>\n</table>\n");
    }
    html.push_str("</section>\n");
}

/// A table of sheets in the given order; the lists over all themes name each sheet's theme.
fn sheet_table(
    html: &mut String,
    words: &Words,
    sheets: &[(&str, &ReportSheet)],
    with_theme: bool,
) {
    if sheets.is_empty() {
        let _ = writeln!(
            html,
            "<p class=\"none\">{}</p>",
            esc(&words.get("report-none"))
        );
        return;
    }
    let _ = write!(
        html,
        "<div class=\"wide\"><table class=\"sheets\">\n<thead><tr><th class=\"n\">{}</th><th>{}</th>",
        esc(&words.get("report-col-rank")),
        esc(&words.get("report-col-sheet")),
    );
    let _ = writeln!(
        html,
        "<th class=\"n\"><i class=\"key online\"></i>{}</th><th class=\"n\"><i class=\"key meeting\"></i>{}</th>\
         <th class=\"n\">{}</th><th class=\"n opt\">{}</th></tr></thead>\n<tbody>",
        esc(&words.get("report-col-online")),
        esc(&words.get("report-col-meeting")),
        esc(&words.get("report-col-total")),
        esc(&words.get("report-col-details")),
    );
    for (theme, sheet) in sheets {
        let _ = write!(
            html,
            "<tr><td class=\"n rank\">{}</td><td class=\"text\"><span class=\"sheet-no\" dir=\"ltr\">#{}</span> <bdi>{}</bdi>",
            sheet.rank,
            sheet.id,
            esc(&sheet.text)
        );
        if with_theme {
            let _ = write!(
                html,
                "<span class=\"in-theme\">{}</span>",
                esc(&words.with("report-theme", &[("theme", (*theme).into())]))
            );
        }
        if let Some(outcome) = sheet
            .outcome
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
        {
            let _ = write!(
                html,
                "<p class=\"outcome\"><strong>{}</strong> <bdi>{}</bdi></p>",
                esc(&words.get("report-outcome")),
                esc(outcome)
            );
        }
        html.push_str("</td>");
        let _ = writeln!(
            html,
            "<td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n total\">{}</td><td class=\"n opt\">{}</td></tr>",
            sheet.votes,
            sheet.meeting_votes,
            sheet.total(),
            sheet.details
        );
    }
    html.push_str("</tbody>\n</table></div>\n");
}

/// The chart of the sheets with the most stickers, as an embedded PNG. A chart that cannot be
/// drawn is left out (the table has the same numbers) and logged.
fn chart(
    html: &mut String,
    words: &Words,
    lang: Lang,
    title: &str,
    sheets: &[(&str, &ReportSheet)],
) {
    if sheets.is_empty() {
        return;
    }
    let chart = BarChart {
        title: title.to_owned(),
        bars: sheets
            .iter()
            .take(CHART_BARS)
            .map(|(_, s)| Bar {
                label: format!("#{} {}", s.id, s.text),
                online: s.votes,
                meeting: s.meeting_votes,
            })
            .collect(),
        online_label: words.get("report-col-online"),
        meeting_label: words.get("report-col-meeting"),
        rtl: lang.is_rtl(),
    };
    let png = match bar_chart_png(&chart) {
        Ok(png) => png,
        Err(e) => {
            tracing::warn!(error = %e, title, "a chart of the report could not be drawn");
            return;
        }
    };
    let _ = write!(
        html,
        "<figure><img alt=\"{}\" src=\"data:image/png;base64,{}\">",
        html_escape::encode_double_quoted_attribute(title),
        base64::engine::general_purpose::STANDARD.encode(png)
    );
    if sheets.len() > CHART_BARS {
        let _ = write!(
            html,
            "<figcaption>{}</figcaption>",
            esc(&words.with("report-chart-only-top", &[("count", CHART_BARS.into())]))
        );
    }
    html.push_str("</figure>\n");
}

fn esc(text: &str) -> String {
    html_escape::encode_text(text).into_owned()
}

/// Readable on a phone and on paper. Logical properties (`start`, `inline-start`) make the same
/// rules right for right-to-left documents.
const STYLE: &str = r#"
:root { --online: #2563a8; --meeting: #e08a1e; --ink: #1b1b1b; --muted: #5a5a5a; --line: #d6d6d6; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 62rem; padding: 2rem 1.25rem 3rem; color: var(--ink); background: #fff;
  font: 16px/1.5 "Noto Sans", "Noto Sans Arabic", "Segoe UI", Tahoma, Arial, sans-serif; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 3px solid var(--online); }
h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
.intro { font-size: 1.1rem; max-width: 45rem; }
.generated, .note, .muted, figcaption { color: var(--muted); }
.generated, .note, figcaption { font-size: .92rem; }
.figures { display: grid; grid-template-columns: repeat(3, 1fr); gap: .75rem; }
.figure { border: 1px solid var(--line); border-radius: .5rem; padding: .7rem .9rem; break-inside: avoid; }
.figure .big { display: block; font-size: 2rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; }
table.languages { width: auto; min-width: 50%; }
th, td { padding: .45rem .5rem; border-bottom: 1px solid var(--line); text-align: start; vertical-align: top; }
th { font-size: .85rem; font-weight: 600; color: var(--muted); border-bottom: 2px solid var(--ink); vertical-align: bottom; }
.n { text-align: end; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.n { white-space: normal; }
td.total { font-weight: 700; }
td.rank { color: var(--muted); width: 2.5rem; }
td.text { width: 60%; min-width: 12rem; }
.wide { overflow-x: auto; }
.in-theme { display: block; font-size: .85rem; color: var(--muted); }
.sheet-no { color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.outcome { margin: .4rem 0 0; padding: .3rem .6rem; background: #eef5ea; border-inline-start: 3px solid #4a8a3a; }
i.key { display: inline-block; width: .8em; height: .8em; margin-inline-end: .3em; border-radius: 2px; vertical-align: -.05em; }
i.key.online { background: var(--online); }
i.key.meeting { background: var(--meeting); }
tr, .outcome { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
figure { margin: 1rem 0 1.25rem; break-inside: avoid; page-break-inside: avoid; }
figure img { display: block; width: 100%; max-width: 42rem; height: auto; border: 1px solid var(--line); }
figcaption { margin-top: .3rem; }
@media screen and (max-width: 40rem) {
  body { padding: 1rem .75rem 2rem; font-size: 15px; }
  .figures { grid-template-columns: repeat(2, 1fr); }
  th, td { padding: .35rem .3rem; }
  td.text { width: auto; min-width: 8rem; }
  td.rank { width: auto; }
  .opt { display: none; }
}
@page { size: A4; margin: 15mm 14mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .theme { break-before: page; page-break-before: always; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  figure img { width: auto; max-width: 100%; max-height: 21cm; }
}
"#;

#[cfg(test)]
mod tests {
    use super::*;

    /// A sheet of the samples; `rank` is given, as the store's ranking would give it.
    fn sheet(
        id: i64,
        kind: Kind,
        rank: i64,
        text: &str,
        votes: i64,
        meeting_votes: i64,
    ) -> ReportSheet {
        ReportSheet {
            id: SheetId::new(id),
            kind,
            rank,
            text: text.to_owned(),
            votes,
            meeting_votes,
            details: (id % 4) as usize,
            outcome: None,
        }
    }

    fn sample_da() -> ReportData {
        use Kind::{Challenge as C, Solution as S};
        let mut mentor = sheet(
            5,
            S,
            1,
            "Mentor-ordning som aflastning til børn og unge fra udsatte familier",
            31,
            12,
        );
        mentor.outcome = Some("Med i integrationspolitikken 2011–2014, afsnit 3.".to_owned());
        with_top(ReportData {
            title: "Hvad er dit input til Københavns nye integrationspolitik?".to_owned(),
            intro: "Københavnerne skrev udfordringer og løsninger og gav klistermærker til dem, der betyder mest.\n\nHer er resultatet.".to_owned(),
            generated_at: "25. november 2026 kl. 10.00".to_owned(),
            top: Vec::new(),
            participation: Participation {
                participants: 412,
                active_7_days: 96,
                by_language: vec![(Lang::Da, 250), (Lang::Ar, 61), (Lang::Uk, 38), (Lang::Tr, 33), (Lang::So, 12), (Lang::Fa, 9), (Lang::Ur, 5), (Lang::Pl, 4)],
                sheets_seed: 96,
                sheets_resident: 57,
                stickers_placed: 2210,
                meeting_stickers: 640,
            },
            themes: vec![
                ReportTheme {
                    title: "Udsatte".to_owned(),
                    sheets: vec![
                        sheet(1, C, 1, "Manglende ressourcer og netværk spænder ben for inklusion", 40, 18),
                        sheet(2, C, 2, "Dårligt samarbejde og koordinering vedr. udsatte unge", 22, 9),
                        sheet(3, C, 3, "Fordomme om kriminalitet blandt indvandrere", 25, 5),
                        sheet(4, C, 4, "For få multi-sociale arrangementer <script>alert(1)</script>", 3, 0),
                        mentor,
                        sheet(6, S, 2, "Støtte til at fattige familier kan deltage i klub- og sportsaktiviteter", 28, 10),
                        sheet(7, S, 3, "Mikrolån med inspiration fra Århus", 9, 2),
                    ],
                },
                ReportTheme {
                    title: "Beskæftigelse".to_owned(),
                    sheets: (0..25)
                        .map(|i| {
                            // Every third a challenge; fewer stickers with every sheet.
                            let (kind, rank) = if i % 3 == 0 { (C, i / 3 + 1) } else { (S, i - i / 3) };
                            sheet(20 + i, kind, rank, &format!("Dag 1 velkomstpakke med danskundervisning og jobhjælp, forslag {i}"), 30 - i, 0)
                        })
                        .collect(),
                },
                ReportTheme {
                    title: "Den inddragende by".to_owned(),
                    sheets: vec![sheet(40, S, 1, "Integrationspolitikken bør oversættes til flere sprog", 55, 21)],
                },
                ReportTheme { title: "Unge".to_owned(), sheets: vec![] },
            ],
        })
    }

    /// The first places over all themes, as the store ranks the samples: #3 and #20 tie.
    fn with_top(mut data: ReportData) -> ReportData {
        let places = [
            (1, 1),
            (2, 2),
            (3, 3),
            (20, 3),
            (23, 5),
            (26, 6),
            (40, 1),
            (5, 2),
            (6, 3),
            (21, 4),
            (22, 5),
            (24, 6),
        ];
        data.top = places
            .iter()
            .map(|&(id, rank)| {
                let (theme, sheet) = data
                    .themes
                    .iter()
                    .find_map(|t| t.sheets.iter().find(|s| s.id.get() == id).map(|s| (t, s)))
                    .expect("a sample sheet");
                TopSheet {
                    theme: theme.title.clone(),
                    sheet: ReportSheet {
                        rank,
                        ..sheet.clone()
                    },
                }
            })
            .collect();
        data
    }

    fn sample_ar() -> ReportData {
        let mut data = sample_da();
        data.title = "ما رأيك في سياسة الاندماج الجديدة في كوبنهاغن؟".to_owned();
        data.intro =
            "كتب سكان كوبنهاغن تحديات وحلولًا، ووضعوا ملصقات على الأهم.\n\nهذه هي النتيجة.".to_owned();
        data.generated_at = "25 نوفمبر 2026".to_owned();
        let arabic = [
            (1, "نقص الموارد والعلاقات يعيق الاندماج"),
            (2, "ضعف التعاون والتنسيق بشأن الشباب المستضعفين"),
            (3, "أحكام مسبقة عن الجريمة بين المهاجرين"),
            (5, "برنامج مرشدين لدعم الأطفال والشباب من الأسر المستضعفة"),
            (40, "يجب ترجمة سياسة الاندماج إلى لغات أكثر"),
        ];
        data.themes[0].title = "الفئات المستضعفة".to_owned();
        data.themes[1].title = "العمل".to_owned();
        data.themes[2].title = "المدينة التي تشرك الجميع".to_owned();
        data.themes[3].title = "الشباب".to_owned();
        for theme in &mut data.themes {
            for sheet in &mut theme.sheets {
                if let Some((_, text)) = arabic.iter().find(|(id, _)| *id == sheet.id.get()) {
                    sheet.text = (*text).to_owned();
                }
                if sheet.outcome.is_some() {
                    sheet.outcome =
                        Some("أصبح جزءًا من سياسة الاندماج 2011–2014، الفصل 3.".to_owned());
                }
            }
        }
        with_top(data)
    }

    #[test]
    fn the_report_has_every_theme_and_the_top_sheets() {
        let data = sample_da();
        let html = report_html(&data, Lang::Da);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"da\" dir=\"ltr\">"));
        for theme in &data.themes {
            assert!(
                html.contains(&format!("Tema: {}", theme.title)),
                "{}",
                theme.title
            );
        }
        for text in [
            "Manglende ressourcer og netværk spænder ben for inklusion",
            "Integrationspolitikken bør oversættes til flere sprog",
            "Mentor-ordning som aflastning til børn og unge fra udsatte familier",
            "Med i integrationspolitikken 2011–2014, afsnit 3.",
        ] {
            assert!(html.contains(text), "{text}");
        }
        // The top solution over all themes comes first in its list: #40 has 76 stickers.
        let top = html.find("De 5 vigtigste løsninger").unwrap();
        let first = html[top..].find("#40").unwrap();
        let second = html[top..].find("#5<").unwrap();
        assert!(first < second);
        // Text from residents is escaped; charts are embedded, nothing is fetched.
        assert!(!html.contains("<script>"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(html.contains("src=\"data:image/png;base64,iVBORw0KGgo"));
        assert!(!html.contains("http://") && !html.contains("https://"));
        // A theme with more sheets than a chart shows says so.
        assert!(html.contains("<figcaption>"));
    }

    #[test]
    fn right_to_left_languages_get_dir_rtl() {
        for lang in Lang::ALL {
            let html = report_html(&sample_ar(), lang);
            let expected = format!(
                "<html lang=\"{}\" dir=\"{}\">",
                lang.code(),
                if lang.is_rtl() { "rtl" } else { "ltr" }
            );
            assert!(html.contains(&expected), "{lang:?}");
            assert!(!html.contains("report-"), "{lang:?} shows a message id");
            assert!(html.contains("الفئات المستضعفة"));
        }
    }

    #[test]
    fn the_chart_caption_counts_in_every_language() {
        for lang in Lang::ALL {
            let caption = Words::new(lang).with("report-chart-only-top", &[("count", 10.into())]);
            assert!(caption.contains("10"), "{lang:?}: {caption}");
        }
    }

    #[test]
    fn tied_sheets_show_the_same_rank() {
        let html = report_html(&sample_da(), Lang::Da);
        let top = html.find("De 5 vigtigste udfordringer").unwrap();
        let table = &html[top..top + html[top..].find("</table>").unwrap()];
        let ranks: Vec<&str> = table
            .split("<td class=\"n rank\">")
            .skip(1)
            .map(|cell| &cell[..cell.find('<').unwrap()])
            .collect();
        assert_eq!(ranks, ["1", "2", "3", "3", "5"]);
    }

    /// Writes sample reports to look at: `cargo test --lib report::html -- --ignored`.
    #[test]
    #[ignore = "writes /tmp/report-da.html and /tmp/report-ar.html for a person to look at"]
    fn write_sample_reports() {
        std::fs::write("/tmp/report-da.html", report_html(&sample_da(), Lang::Da)).unwrap();
        std::fs::write("/tmp/report-ar.html", report_html(&sample_ar(), Lang::Ar)).unwrap();
    }
}
