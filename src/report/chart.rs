//! Horizontal stacked bar charts as PNG pictures, legible on a phone: one bar per sheet, online
//! stickers and meeting stickers in two colours, the numbers at the bar ends.
//!
//! The chart is drawn as SVG by hand and rasterised with `resvg`, whose text layout shapes with
//! HarfBuzz (harfrust) and reorders right-to-left text. Fonts come only from the Noto files
//! embedded below (`assets/fonts/`), never from the system, so a chart looks the same on every
//! machine. Why not `plotters`: its SVG text has no way to name a font per script run, to mark
//! right-to-left text or to wrap labels, which is most of what a bar chart with labels in nine
//! languages needs; a horizontal bar chart is a few rectangles otherwise.
//!
//! Two things resvg does differently from a browser, and how this file deals with them:
//! - it lays every text out on a left-to-right base and ignores `direction` (and so what
//!   `text-anchor` means in right-to-left text);
//! - a text whose spans name two fonts is shaped with each and the glyphs merged, which panics
//!   on some mixed Arabic and Latin lines, and a missing glyph falls back glyph by glyph, which
//!   breaks ligatures such as lam-alef.
//!
//! So this file orders each line itself with the Unicode bidirectional algorithm
//! (`unicode-bidi`, the crate resvg uses), cuts it into pieces of one direction and one script,
//! measures the pieces with resvg's own layout and places each as a `<text>` of its own, with
//! `font-family="Noto Sans Arabic"` for Arabic script and `"Noto Sans"` for the rest. A label's
//! direction is that of its first strong letter (a Danish sheet in an Arabic chart reads left to
//! right but is aligned on the right); titles and the legend follow the chart.

use resvg::{tiny_skia, usvg};
use std::fmt::Write as _;
use std::sync::{Arc, LazyLock};

/// A chart: one horizontal bar per entry, in the order given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BarChart {
    pub title: String,
    pub bars: Vec<Bar>,
    /// The legend's word for stickers placed in the chat.
    pub online_label: String,
    /// The legend's word for stickers placed at a meeting.
    pub meeting_label: String,
    /// Lay the chart out from the right (Arabic, Persian, Urdu readers).
    pub rtl: bool,
}

/// One stacked bar: online stickers, then meeting stickers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bar {
    pub label: String,
    pub online: i64,
    pub meeting: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    #[error("the chart's SVG could not be read: {0}")]
    Svg(#[from] usvg::Error),
    #[error("a chart of {width}×{height} pixels is too large to draw")]
    TooLarge { width: u32, height: u32 },
    #[error("the chart could not be written as PNG: {0}")]
    Png(String),
}

/// The chart as a PNG picture, 1080 pixels wide and as tall as its bars need (about 150 pixels
/// per bar). Telegram accepts photos up to 10000 pixels of width plus height, so callers that
/// send one should keep to about 50 bars.
pub fn bar_chart_png(chart: &BarChart) -> Result<Vec<u8>, ChartError> {
    let svg = bar_chart_svg(chart);
    svg_to_png(&usvg::Tree::from_str(&svg, &options())?)
}

/// A QR code as a poster: the title above (up to two lines, in its own direction), the code, and
/// the link below as text, so a reader who cannot scan can type it. `dark` lists the dark modules
/// (column, row) of a code `modules` wide, quiet zone included; the code itself is never mirrored.
pub fn qr_poster_png(
    title: &str,
    link: &str,
    dark: &[(usize, usize)],
    modules: usize,
) -> Result<Vec<u8>, ChartError> {
    let inner = WIDTH - 2.0 * PAD;
    let mut layout = Layout::new(first_strong_is_rtl(title).unwrap_or(false));
    let mut y = PAD;
    for line in fit_lines(title, TITLE_SIZE, inner, 2) {
        y += TITLE_SIZE * LINE;
        layout.text(0.0, y, TITLE_SIZE, INK, &line);
    }
    y += PAD / 2.0;
    let module = inner / modules.max(1) as f32;
    for (col, row) in dark {
        let _ = writeln!(
            layout.svg,
            "<rect x=\"{:.2}\" y=\"{:.2}\" width=\"{m:.2}\" height=\"{m:.2}\" fill=\"#000000\"/>",
            PAD + *col as f32 * module,
            y + *row as f32 * module,
            m = module + 0.05,
        );
    }
    y += inner;
    for line in fit_lines(link, LABEL_SIZE, inner, 3) {
        y += LABEL_SIZE * LINE;
        layout.text_in(0.0, y, LABEL_SIZE, INK, &line, false);
    }
    let height = (y + PAD).ceil();
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" \
         viewBox=\"0 0 {WIDTH} {height}\">\n\
         <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{}</svg>\n",
        layout.svg
    );
    svg_to_png(&usvg::Tree::from_str(&svg, &options())?)
}

/// Rasterises an SVG tree on white, at its own size.
pub(crate) fn svg_to_png(tree: &usvg::Tree) -> Result<Vec<u8>, ChartError> {
    let size = tree.size().to_int_size();
    let (width, height) = (size.width(), size.height());
    let mut pixmap =
        tiny_skia::Pixmap::new(width, height).ok_or(ChartError::TooLarge { width, height })?;
    pixmap.fill(tiny_skia::Color::WHITE);
    resvg::render(tree, tiny_skia::Transform::identity(), &mut pixmap.as_mut());
    pixmap
        .encode_png()
        .map_err(|e| ChartError::Png(e.to_string()))
}

/// The chart as SVG text, which [`bar_chart_png`] rasterises. It names the embedded fonts
/// ("Noto Sans", "Noto Sans Arabic"); other renderers draw it with whatever they have.
pub fn bar_chart_svg(chart: &BarChart) -> String {
    Layout::new(chart.rtl).draw(chart)
}

const NOTO_SANS: &[u8] = include_bytes!("../../assets/fonts/NotoSans-Regular.ttf");
const NOTO_SANS_ARABIC: &[u8] = include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf");
/// Latin, Greek and Cyrillic.
const LATIN_FAMILY: &str = "Noto Sans";
/// Arabic script: Arabic, Persian, Urdu.
const ARABIC_FAMILY: &str = "Noto Sans Arabic";

static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut db = usvg::fontdb::Database::new();
    db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(NOTO_SANS)));
    db.load_font_source(usvg::fontdb::Source::Binary(Arc::new(NOTO_SANS_ARABIC)));
    // Generic families (and usvg's last resort, `serif`) mean the Latin font too.
    db.set_sans_serif_family(LATIN_FAMILY);
    db.set_serif_family(LATIN_FAMILY);
    Arc::new(db)
});

fn options() -> usvg::Options<'static> {
    usvg::Options {
        fontdb: FONTS.clone(),
        font_family: LATIN_FAMILY.to_owned(),
        ..usvg::Options::default()
    }
}

// Sizes in pixels. The picture is shown about 360–420 CSS pixels wide on a phone, so 30 pixels
// here read as 10–12 there.
const WIDTH: f32 = 1080.0;
const PAD: f32 = 48.0;
const TITLE_SIZE: f32 = 44.0;
const LABEL_SIZE: f32 = 30.0;
const VALUE_SIZE: f32 = 30.0;
const LINE: f32 = 1.3;
const BAR_HEIGHT: f32 = 52.0;
const BAR_GAP: f32 = 34.0;
const SWATCH: f32 = 32.0;
const ONLINE_COLOUR: &str = "#2563a8";
const MEETING_COLOUR: &str = "#e08a1e";
const INK: &str = "#1b1b1b";
const ELLIPSIS: char = '…';

/// Places things along the reading direction: `start` is the distance from the edge where
/// reading begins (left, or right for right-to-left charts).
struct Layout {
    rtl: bool,
    svg: String,
}

impl Layout {
    fn new(rtl: bool) -> Layout {
        Layout {
            rtl,
            svg: String::new(),
        }
    }

    fn draw(mut self, chart: &BarChart) -> String {
        let inner = WIDTH - 2.0 * PAD;
        let mut y = PAD;

        for line in fit_lines(&chart.title, TITLE_SIZE, inner, 2) {
            y += TITLE_SIZE * LINE;
            self.text(0.0, y - TITLE_SIZE * 0.3, TITLE_SIZE, INK, &line);
        }
        y += 16.0;

        // The legend: both entries on one line when they fit, else one per line.
        let legend = [
            (ONLINE_COLOUR, chart.online_label.as_str()),
            (MEETING_COLOUR, chart.meeting_label.as_str()),
        ];
        let entry_max = inner - SWATCH - 12.0;
        let entries: Vec<(&str, String, f32)> = legend
            .iter()
            .map(|(colour, label)| {
                let label = fit_lines(label, LABEL_SIZE, entry_max, 1)
                    .into_iter()
                    .next()
                    .unwrap_or_default();
                let width = SWATCH + 12.0 + measure(&label, LABEL_SIZE);
                (*colour, label, width)
            })
            .collect();
        let one_line = entries.iter().map(|e| e.2).sum::<f32>() + 48.0 <= inner;
        let mut start = 0.0;
        y += LABEL_SIZE * LINE;
        for (i, (colour, label, width)) in entries.iter().enumerate() {
            if i > 0 && !one_line {
                start = 0.0;
                y += LABEL_SIZE * LINE + 8.0;
            }
            let swatch_top = y - LABEL_SIZE * 0.3 - SWATCH * 0.85;
            self.rect(start, swatch_top, SWATCH, SWATCH, colour);
            self.text(
                start + SWATCH + 12.0,
                y - LABEL_SIZE * 0.3,
                LABEL_SIZE,
                INK,
                label,
            );
            start += width + 48.0;
        }
        y += 28.0;

        // Room at the end of the longest bar for its total.
        let max_total = chart
            .bars
            .iter()
            .map(|b| b.online.max(0) + b.meeting.max(0))
            .max()
            .unwrap_or(0)
            .max(1);
        let reserve = measure(&max_total.to_string(), VALUE_SIZE) + 16.0;
        let scale = (inner - reserve) / max_total as f32;

        for bar in &chart.bars {
            let label_rtl = first_strong_is_rtl(&bar.label).unwrap_or(chart.rtl);
            for line in fit_lines(&bar.label, LABEL_SIZE, inner, 2) {
                y += LABEL_SIZE * LINE;
                self.text_in(0.0, y - LABEL_SIZE * 0.3, LABEL_SIZE, INK, &line, label_rtl);
            }
            y += 8.0;
            let (online, meeting) = (bar.online.max(0), bar.meeting.max(0));
            let mut start = 0.0;
            for (count, colour) in [(online, ONLINE_COLOUR), (meeting, MEETING_COLOUR)] {
                if count == 0 {
                    continue;
                }
                let length = count as f32 * scale;
                self.rect(start, y, length, BAR_HEIGHT, colour);
                // The segment's own count inside it, when it fits.
                let number = count.to_string();
                let needed = measure(&number, VALUE_SIZE) + 20.0;
                if online > 0 && meeting > 0 && length >= needed {
                    let baseline = y + BAR_HEIGHT / 2.0 + VALUE_SIZE * 0.36;
                    self.text(start + 10.0, baseline, VALUE_SIZE, "#ffffff", &number);
                }
                start += length;
            }
            let baseline = y + BAR_HEIGHT / 2.0 + VALUE_SIZE * 0.36;
            let total = (online + meeting).to_string();
            self.text(start + 12.0, baseline, VALUE_SIZE, INK, &total);
            y += BAR_HEIGHT + BAR_GAP;
        }
        y += PAD - BAR_GAP;

        let height = y.ceil();
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{WIDTH}\" height=\"{height}\" \
             viewBox=\"0 0 {WIDTH} {height}\">\n\
             <rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n{}</svg>\n",
            self.svg
        )
    }

    /// A rectangle `start` pixels from the reading edge of the drawing area.
    fn rect(&mut self, start: f32, top: f32, width: f32, height: f32, fill: &str) {
        let x = if self.rtl {
            WIDTH - PAD - start - width
        } else {
            PAD + start
        };
        let _ = writeln!(
            self.svg,
            "<rect x=\"{x:.1}\" y=\"{top:.1}\" width=\"{width:.1}\" height=\"{height:.1}\" fill=\"{fill}\"/>"
        );
    }

    /// One line of text in the chart's direction beginning `start` pixels from the reading edge.
    fn text(&mut self, start: f32, baseline: f32, size: f32, fill: &str, line: &str) {
        self.text_in(start, baseline, size, fill, line, self.rtl);
    }

    /// One line of text beginning `start` pixels from the reading edge, its words ordered in
    /// direction `rtl`: its pieces side by side, in the order the eye meets them from the left.
    fn text_in(&mut self, start: f32, baseline: f32, size: f32, fill: &str, line: &str, rtl: bool) {
        let pieces = pieces(line, rtl);
        let widths = measure_pieces(&pieces, size);
        let total: f32 = widths.iter().sum();
        let mut x = if self.rtl {
            WIDTH - PAD - start - total
        } else {
            PAD + start
        };
        for (piece, width) in pieces.iter().zip(widths) {
            let _ = writeln!(
                self.svg,
                "<text x=\"{x:.1}\" y=\"{baseline:.1}\" font-size=\"{size}\" fill=\"{fill}\" {}</text>",
                piece.svg_content()
            );
            x += width;
        }
    }
}

/// A piece of a line in one script and one direction, drawn as a `<text>` of its own so that
/// resvg shapes it with one font and never merges glyphs of two fonts.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Piece {
    text: String,
    arabic: bool,
    rtl: bool,
}

impl Piece {
    /// The `<text>` element's remaining attributes and content. Right-to-left pieces are put
    /// between two right-to-left marks (U+200F, invisible) so that resvg, whose base direction
    /// is always left-to-right, also orders the spaces and punctuation at their ends right to
    /// left (an embedding would not do: trailing spaces fall back to the base direction).
    fn svg_content(&self) -> String {
        let family = if self.arabic {
            ARABIC_FAMILY
        } else {
            LATIN_FAMILY
        };
        let text = html_escape::encode_text(&self.text);
        if self.rtl {
            format!("font-family=\"{family}\" xml:space=\"preserve\">\u{200F}{text}\u{200F}")
        } else {
            format!("font-family=\"{family}\" xml:space=\"preserve\">{text}")
        }
    }
}

/// Whether a character is written in Arabic script (and so needs the Arabic font).
fn is_arabic(c: char) -> bool {
    matches!(c,
        '\u{0600}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{0870}'..='\u{08FF}'
        | '\u{FB50}'..='\u{FDFF}'
        | '\u{FE70}'..='\u{FEFF}')
}

/// Whether the first letter with a direction of its own is right-to-left (`None`: no letter).
fn first_strong_is_rtl(text: &str) -> Option<bool> {
    use unicode_bidi::BidiClass::{AL, L, R};
    text.chars()
        .find_map(|c| match unicode_bidi::bidi_class(c) {
            L => Some(false),
            R | AL => Some(true),
            _ => None,
        })
}

/// Characters that take the script of their neighbours: spaces, joiners, direction marks.
fn is_neutral(c: char) -> bool {
    c == ' ' || matches!(c, '\u{200B}'..='\u{200F}')
}

/// The line as the chart draws it: every space or control character a plain space, explicit
/// direction overrides and isolates dropped (the layout below does the ordering), trimmed.
fn clean(line: &str) -> String {
    let spaced: String = line
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| {
            if c.is_whitespace() || c.is_control() {
                ' '
            } else {
                c
            }
        })
        .collect();
    spaced
        .split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The line cut into pieces, in visual order from the left: the Unicode bidirectional algorithm
/// (base direction from the chart) gives runs of one direction, and each run is cut where the
/// script changes between Arabic and the rest.
fn pieces(line: &str, rtl: bool) -> Vec<Piece> {
    let text = clean(line);
    if text.is_empty() {
        return Vec::new();
    }
    let base = if rtl {
        unicode_bidi::Level::rtl()
    } else {
        unicode_bidi::Level::ltr()
    };
    let bidi = unicode_bidi::BidiInfo::new(&text, Some(base));
    let mut out = Vec::new();
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let run_rtl = levels[run.start].is_rtl();
            let mut parts = split_by_script(&text[run]);
            if run_rtl {
                parts.reverse();
            }
            out.extend(parts.into_iter().map(|(text, arabic)| Piece {
                text,
                arabic,
                rtl: run_rtl,
            }));
        }
    }
    out
}

/// Runs of Arabic script and of everything else, in logical order; spaces and marks join the
/// run before them (or, at the start, the one after).
fn split_by_script(text: &str) -> Vec<(String, bool)> {
    let mut parts: Vec<(String, bool)> = Vec::new();
    let mut pending = String::new();
    for c in text.chars() {
        if is_neutral(c) {
            match parts.last_mut() {
                Some((run, _)) => run.push(c),
                None => pending.push(c),
            }
            continue;
        }
        let arabic = is_arabic(c);
        match parts.last_mut() {
            Some((run, a)) if *a == arabic => run.push(c),
            _ => {
                let mut run = std::mem::take(&mut pending);
                run.push(c);
                parts.push((run, arabic));
            }
        }
    }
    if !pending.is_empty() {
        parts.push((pending, false));
    }
    parts
}

/// The widths of pieces as resvg lays them out (the sum of their advances), in one parse.
fn measure_pieces(pieces: &[Piece], size: f32) -> Vec<f32> {
    let mut svg =
        String::from("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">");
    for (i, piece) in pieces.iter().enumerate() {
        let _ = write!(
            svg,
            "<text id=\"p{i}\" x=\"0\" y=\"{size}\" font-size=\"{size}\" {}</text>",
            piece.svg_content()
        );
    }
    svg.push_str("</svg>");
    let mut widths: Vec<Option<f32>> = vec![None; pieces.len()];
    if let Ok(tree) = usvg::Tree::from_str(&svg, &options()) {
        for node in tree.root().children() {
            if let usvg::Node::Text(text) = node
                && let Some(i) = text
                    .id()
                    .strip_prefix('p')
                    .and_then(|i| i.parse::<usize>().ok())
                && let Some(width) = widths.get_mut(i)
            {
                *width = Some(text.bounding_box().width());
            }
        }
    }
    // A piece resvg drew nothing for (only spaces, say) gets the width of its spaces.
    pieces
        .iter()
        .zip(widths)
        .map(|(piece, width)| width.unwrap_or(piece.text.chars().count() as f32 * size * 0.26))
        .collect()
}

/// The width of one line of text as the chart draws it (the same in either direction).
fn measure(line: &str, size: f32) -> f32 {
    measure_pieces(&pieces(line, false), size).iter().sum()
}

/// The text broken into at most `max_lines` lines of at most `max_width` pixels; what does not
/// fit is cut and the last line ends with "…".
fn fit_lines(text: &str, size: f32, max_width: f32, max_lines: usize) -> Vec<String> {
    let fits = |line: &str| measure(line, size) <= max_width;
    let mut lines: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        if lines.len() > max_lines {
            break;
        }
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if fits(&candidate) {
            current = candidate;
            continue;
        }
        if !current.is_empty() {
            lines.push(std::mem::take(&mut current));
        }
        // A word longer than a line is broken where it must be.
        let mut rest = word.to_owned();
        while !fits(&rest) {
            let (head, tail) = split_to_fit(&rest, &fits);
            lines.push(head);
            rest = tail;
        }
        current = rest;
    }
    if !current.is_empty() {
        lines.push(current);
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        let last = lines.last_mut().expect("max_lines is at least 1");
        loop {
            let kept = last.trim_end_matches(|c: char| c.is_whitespace() || ",;:.-–—".contains(c));
            let candidate = format!("{kept}{ELLIPSIS}");
            if fits(&candidate) || last.is_empty() {
                *last = candidate;
                break;
            }
            match last.trim_end().rfind(' ') {
                Some(space) => last.truncate(space),
                None => {
                    last.pop();
                }
            }
        }
    }
    lines
}

/// The longest beginning of `word` that fits (at least one character), and the rest.
fn split_to_fit(word: &str, fits: &impl Fn(&str) -> bool) -> (String, String) {
    let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
    // The number of bounds `i` such that word[..bounds[i]] fits is a prefix: binary search.
    let (mut lo, mut hi) = (0, bounds.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if fits(&word[..bounds[mid]]) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let cut = if lo == 0 {
        bounds.first().copied().unwrap_or(word.len())
    } else {
        bounds[lo - 1]
    };
    (word[..cut].to_owned(), word[cut..].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(png: &[u8]) -> tiny_skia::Pixmap {
        tiny_skia::Pixmap::decode_png(png).expect("a PNG tiny-skia can read")
    }

    fn sample(labels: &[&str], rtl: bool) -> BarChart {
        BarChart {
            title: if rtl {
                "الأولويات: الموضوع التوظيف".to_owned()
            } else {
                "Beskæftigelse – prioriteter".to_owned()
            },
            bars: labels
                .iter()
                .enumerate()
                .map(|(i, label)| Bar {
                    label: (*label).to_owned(),
                    online: 20 - 3 * i as i64,
                    meeting: (i as i64 * 2) % 7,
                })
                .collect(),
            online_label: if rtl {
                "عبر الإنترنت"
            } else {
                "Online"
            }
            .to_owned(),
            meeting_label: if rtl {
                "في الاجتماعات"
            } else {
                "På møder"
            }
            .to_owned(),
            rtl,
        }
    }

    const MIXED: [&str; 6] = [
        "#12 تحسين تعليم اللغة الدنماركية للكبار والصغار في كل الأحياء",
        "#7 آموزش زبان دانمارکی بهتر برای همه",
        "#31 ڈنمارک کی زبان سیکھنے میں بہتر مدد",
        "#4 Краще навчання данської мови для дорослих",
        "#15 Bedre danskundervisning f.eks. som \"tandem-ordning\" med frivillige fra lokalområdet, biblioteker og foreninger i hele byen, også om aftenen og i weekenderne",
        "#9 لا للأحكام المسبقة — Mentor-ordning للأطفال",
    ];

    #[test]
    fn the_output_is_a_png_of_the_promised_width() {
        let png = bar_chart_png(&sample(&["#1 Kort", "#2 Lidt længere etiket"], false)).unwrap();
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let pixmap = decode(&png);
        assert_eq!(pixmap.width(), 1080);
        assert!(
            pixmap.height() > 300 && pixmap.height() < 1000,
            "{}",
            pixmap.height()
        );
    }

    #[test]
    fn arabic_labels_render() {
        let png = bar_chart_png(&sample(&MIXED, true)).unwrap();
        let pixmap = decode(&png);
        assert_eq!(pixmap.width(), 1080);
        // Text was drawn: many pixels are dark.
        let dark = pixmap
            .pixels()
            .iter()
            .filter(|p| p.red() < 80 && p.green() < 80 && p.blue() < 80)
            .count();
        assert!(dark > 5_000, "{dark} dark pixels");
    }

    #[test]
    fn an_empty_chart_still_draws() {
        let png = bar_chart_png(&sample(&[], false)).unwrap();
        assert_eq!(decode(&png).width(), 1080);
    }

    #[test]
    fn the_embedded_fonts_have_the_names_the_svg_uses() {
        let families: Vec<String> = FONTS
            .faces()
            .flat_map(|face| face.families.iter().map(|(name, _)| name.clone()))
            .collect();
        assert!(families.iter().any(|f| f == LATIN_FAMILY), "{families:?}");
        assert!(families.iter().any(|f| f == ARABIC_FAMILY), "{families:?}");
    }

    #[test]
    fn arabic_text_is_shaped_not_drawn_letter_by_letter() {
        // Joined letters are narrower than the isolated forms side by side, and lam-alef is one
        // glyph: the word measures less than the sum of its letters.
        let word = "السلام";
        let letters: f32 = word.chars().map(|c| measure(&c.to_string(), 40.0)).sum();
        let joined = measure(word, 40.0);
        assert!(
            joined > 0.0 && joined < letters * 0.9,
            "{joined} vs {letters}"
        );
    }

    #[test]
    fn scripts_get_their_own_fonts_and_order() {
        let piece = |text: &str, arabic, rtl| Piece {
            text: text.to_owned(),
            arabic,
            rtl,
        };
        // Read from the right: the number first, then the Arabic words.
        assert_eq!(
            pieces("#12 تعليم اللغة", true),
            vec![
                piece(" تعليم اللغة", true, true),
                piece("#12", false, false)
            ]
        );
        // In a left-to-right chart the number stays on the left.
        assert_eq!(
            pieces("#12 تعليم <b>", false),
            vec![
                piece("#12 ", false, false),
                piece("تعليم", true, true),
                piece(" <b>", false, false)
            ]
        );
        assert!(
            piece("<b>&", false, false)
                .svg_content()
                .ends_with(">&lt;b&gt;&amp;")
        );
        assert_eq!(clean(" a\n\u{202E}b\t  c "), "a b c");
    }

    #[test]
    fn long_labels_wrap_to_two_lines_and_end_with_an_ellipsis() {
        let long = "ord ".repeat(200);
        let lines = fit_lines(&long, LABEL_SIZE, 500.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(ELLIPSIS));
        assert!(lines.iter().all(|l| measure(l, LABEL_SIZE) <= 500.0));
        let unbroken = "x".repeat(300);
        let lines = fit_lines(&unbroken, LABEL_SIZE, 500.0, 2);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with(ELLIPSIS));
        assert_eq!(fit_lines("kort", LABEL_SIZE, 500.0, 2), vec!["kort"]);
    }

    /// Writes pictures to look at: `cargo test --lib report::chart -- --ignored`.
    #[test]
    #[ignore = "writes /tmp/chart-ar.png and /tmp/chart-da.png for a person to look at"]
    fn write_sample_charts() {
        std::fs::write(
            "/tmp/chart-ar.png",
            bar_chart_png(&sample(&MIXED, true)).unwrap(),
        )
        .unwrap();
        std::fs::write("/tmp/chart-ar.svg", bar_chart_svg(&sample(&MIXED, true))).unwrap();
        std::fs::write(
            "/tmp/chart-da.png",
            bar_chart_png(&sample(&MIXED, false)).unwrap(),
        )
        .unwrap();
    }
}
