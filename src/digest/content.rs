//! What one digest says, for one reader in their language: pure functions from gathered data to
//! a `Reply`. Everything fits one Telegram message: lists are cut at a line, never inside one.

use crate::conversation::{Action, Button, Reply, Text, keys, short};
use crate::domain::{Kind, Phase, SheetId};
use crate::i18n::{Words, isolate};
use crate::store::{Participation, Ranked, RunFigures, SheetSummary, ThemeRow};

/// Telegram's limit for a message is 4096 UTF-16 units after entities are parsed; a margin
/// stays for the headings' markup and the cut marks.
const BUDGET: usize = 3800;
/// Characters of a sheet's text in a digest line.
const LINE_CHARS: usize = 70;
/// Places of each kind shown per theme.
const TOP: i64 = 3;
/// Buttons that open a new sheet; the theme buttons follow.
const SHEET_BUTTONS: usize = 5;
const BUTTON_CHARS: usize = 30;

/// What a resident's digest is made of.
pub struct ResidentDigest<'a> {
    pub title: &'a str,
    pub phase: Phase,
    pub themes: &'a [ThemeRow],
    /// Sheets added since the reader's last digest, oldest first.
    pub new_sheets: &'a [&'a SheetSummary],
    /// Each theme's ranking (both kinds), in the reader's language.
    pub rankings: &'a [(i64, Vec<Ranked>)],
    /// Stickers the reader can still place (0 when the phase allows none).
    pub stickers_left: i64,
}

/// What a facilitator's digest is made of.
pub struct FacilitatorDigest<'a> {
    pub title: &'a str,
    pub phase: Phase,
    pub pending: i64,
    pub since: Participation,
    /// The latest runs of the outbox before this one, newest first.
    pub runs: &'a [RunFigures],
}

/// Lines added while they fit the message.
struct Budget {
    text: Text,
    used: usize,
    full: bool,
}

impl Budget {
    fn new() -> Budget {
        Budget {
            text: Text::new(),
            used: 0,
            full: false,
        }
    }

    fn units(s: &str) -> usize {
        s.encode_utf16().count()
    }

    /// Adds a block (a heading, a line) if it fits, after a line break; false when it did not.
    fn push(&mut self, make: impl FnOnce(Text) -> Text, plain: &str, breaks: usize) -> bool {
        let cost = Budget::units(plain) + breaks;
        if self.full || self.used + cost > BUDGET {
            if !self.full {
                self.full = true;
                self.text = std::mem::take(&mut self.text).line().plain("…");
            }
            return false;
        }
        self.used += cost;
        let mut text = std::mem::take(&mut self.text);
        for _ in 0..breaks {
            text = text.line();
        }
        self.text = make(text);
        true
    }

    fn bold(&mut self, s: String, breaks: usize) -> bool {
        let plain = s.clone();
        self.push(|t| t.bold(s), &plain, breaks)
    }

    fn plain(&mut self, s: String, breaks: usize) -> bool {
        let plain = s.clone();
        self.push(|t| t.plain(s), &plain, breaks)
    }
}

fn sheet_text(words: &Words, sheet: &SheetSummary) -> String {
    let text = match &sheet.translation {
        Some((text, _)) => text,
        None => &sheet.text,
    };
    isolate(words.lang, &short(text, LINE_CHARS))
}

fn number(words: &Words, id: SheetId) -> String {
    isolate(words.lang, &format!("#{id}"))
}

/// A resident's digest; None when there is nothing new and no sticker left to place.
pub fn resident(words: &Words, d: &ResidentDigest<'_>) -> Option<Reply> {
    if d.new_sheets.is_empty() && d.stickers_left <= 0 {
        return None;
    }
    let mut b = Budget::new();
    b.bold(words.with("digest-title", &[("title", d.title.into())]), 0);
    b.plain(words.get(keys::digest_phase(d.phase)), 1);
    if d.stickers_left > 0 {
        b.plain(
            words.with("digest-stickers-left", &[("count", d.stickers_left.into())]),
            1,
        );
    }
    if !d.new_sheets.is_empty() {
        b.bold(
            words.with("digest-new-sheets", &[("count", d.new_sheets.len().into())]),
            2,
        );
        for sheet in d.new_sheets {
            let line = format!("• {} {}", number(words, sheet.id), sheet_text(words, sheet));
            if !b.plain(line, 1) {
                break;
            }
        }
    }
    let tops: Vec<(&ThemeRow, Vec<&Ranked>)> = d
        .themes
        .iter()
        .filter_map(|theme| {
            let ranked = d.rankings.iter().find(|(id, _)| *id == theme.id)?;
            let top: Vec<&Ranked> = [Kind::Challenge, Kind::Solution]
                .iter()
                .flat_map(|kind| {
                    ranked
                        .1
                        .iter()
                        .filter(move |r| {
                            r.sheet.kind == *kind && r.rank <= TOP && r.sheet.total_votes() > 0
                        })
                        .take(TOP as usize)
                })
                .collect();
            (!top.is_empty()).then_some((theme, top))
        })
        .collect();
    if !tops.is_empty() && !b.full {
        b.bold(words.get("digest-top"), 2);
        'themes: for (theme, top) in &tops {
            if !b.plain(isolate(words.lang, &theme.title), 1) {
                break;
            }
            for r in top {
                let line = words.with(
                    "digest-top-line",
                    &[
                        ("rank", r.rank.into()),
                        ("kind", words.get(keys::kind(r.sheet.kind)).into()),
                        ("sheet", number(words, r.sheet.id).into()),
                        ("text", sheet_text(words, &r.sheet).into()),
                        ("count", r.sheet.total_votes().into()),
                    ],
                );
                if !b.plain(line, 1) {
                    break 'themes;
                }
            }
        }
    }
    b.plain(words.get("digest-footer"), 2);
    let mut reply = Reply::new(b.text);
    for sheet in d.new_sheets.iter().rev().take(SHEET_BUTTONS) {
        reply = reply.row(vec![Button {
            label: format!(
                "#{} {}",
                sheet.id,
                short(
                    sheet.translation.as_ref().map_or(&sheet.text, |(t, _)| t),
                    BUTTON_CHARS
                )
            ),
            action: Action::Sheet(sheet.id),
        }]);
    }
    let themes: Vec<Button> = d
        .themes
        .iter()
        .map(|t| Button {
            label: short(&t.title, BUTTON_CHARS),
            action: Action::Theme(t.id),
        })
        .collect();
    reply = reply.rows(themes.chunks(2).map(<[Button]>::to_vec));
    Some(reply.row(vec![Button {
        label: words.get("button-digest-off"),
        action: Action::Digest(false),
    }]))
}

/// A facilitator's digest: always sent, since it is their report.
pub fn facilitator(words: &Words, d: &FacilitatorDigest<'_>) -> Reply {
    let mut b = Budget::new();
    b.bold(
        words.with("digest-facilitator-title", &[("title", d.title.into())]),
        0,
    );
    b.plain(words.get(keys::digest_phase(d.phase)), 1);
    let count = |key: &str, n: i64| words.with(key, &[("count", n.into())]);
    b.plain(count("digest-pending", d.pending), 2);
    b.plain(count("digest-reports", d.since.new_reports), 1);
    b.bold(words.get("digest-since"), 2);
    b.plain(count("digest-new-residents", d.since.new_participants), 1);
    b.plain(count("digest-new-resident-sheets", d.since.new_sheets), 1);
    b.plain(count("digest-new-details", d.since.new_details), 1);
    b.plain(count("digest-stickers-placed", d.since.stickers_placed), 1);
    if !d.runs.is_empty() {
        b.bold(words.get("digest-runs"), 2);
        for r in d.runs {
            let line = words.with(
                "digest-run-line",
                &[
                    ("kind", words.get(keys::run_kind(&r.kind)).into()),
                    ("run", r.id.into()),
                    ("recipients", r.recipients.into()),
                    ("sent", r.sent.into()),
                    ("pending", r.pending.into()),
                    ("unknown", r.unknown.into()),
                    ("failed", r.failed.into()),
                    ("unreachable", r.unreachable.into()),
                ],
            );
            if !b.plain(line, 1) {
                break;
            }
        }
    }
    Reply::new(b.text).row(vec![
        Button {
            label: words.get("button-themes"),
            action: Action::Themes,
        },
        Button {
            label: words.get("button-digest-off"),
            action: Action::Digest(false),
        },
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    fn sheet(id: i64, text: &str, votes: i64) -> SheetSummary {
        SheetSummary {
            id: SheetId::new(id),
            theme_id: 1,
            kind: if id % 2 == 0 {
                Kind::Challenge
            } else {
                Kind::Solution
            },
            text: text.to_owned(),
            lang: Lang::Da,
            translation: None,
            votes,
            meeting_votes: 0,
            mine: false,
        }
    }

    fn theme() -> ThemeRow {
        ThemeRow {
            id: 1,
            key: "unge".into(),
            position: 1,
            title: "Unge".into(),
            description: String::new(),
        }
    }

    #[test]
    fn a_long_digest_is_cut_at_a_line_within_telegrams_limit() {
        // Arabic sheets: two UTF-16 units would be miscounted as one byte-wise, the other way.
        let long = "نحتاج إلى مزيد من الأماكن للشباب في المساء ".repeat(5);
        let sheets: Vec<SheetSummary> = (1..=400).map(|i| sheet(i, &long, 0)).collect();
        let new: Vec<&SheetSummary> = sheets.iter().collect();
        let themes = [theme()];
        for lang in Lang::ALL {
            let words = Words::new(lang);
            let reply = resident(
                &words,
                &ResidentDigest {
                    title: "Københavns integrationspolitik",
                    phase: Phase::Open,
                    themes: &themes,
                    new_sheets: &new,
                    rankings: &[],
                    stickers_left: 6,
                },
            )
            .expect("something to tell");
            let plain = reply.text.to_plain();
            assert!(plain.encode_utf16().count() <= 4096, "{lang:?}");
            assert!(plain.contains('…'), "cut: {lang:?}");
            let buttons: usize = reply.buttons.iter().map(Vec::len).sum();
            assert!(buttons <= 100);
            assert!(
                reply
                    .buttons
                    .iter()
                    .flatten()
                    .all(|b| b.action.to_string().len() <= 64)
            );
        }
    }

    #[test]
    fn nothing_new_and_no_sticker_left_is_no_digest() {
        let words = Words::new(Lang::En);
        let themes = [theme()];
        let top = vec![(
            1,
            vec![Ranked {
                sheet: sheet(2, "More youth clubs", 4),
                rank: 1,
                theme_rank: 1,
            }],
        )];
        let digest = |stickers_left| ResidentDigest {
            title: "T",
            phase: Phase::Voting,
            themes: &themes,
            new_sheets: &[],
            rankings: &top,
            stickers_left,
        };
        assert!(resident(&words, &digest(0)).is_none());
        let reply = resident(&words, &digest(2)).unwrap();
        let plain = reply.text.to_plain();
        assert!(plain.contains("2 stickers left"), "{plain}");
        assert!(
            plain.contains("1. Challenge #2 More youth clubs · 4 stickers"),
            "{plain}"
        );
    }
}
