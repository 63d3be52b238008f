//! "Is this already here?": a plain text similarity between a new sheet and the sheets of its
//! theme, so residents add a detail instead of splitting the stickers over near-copies.

use crate::store::SheetSummary;

/// How alike two texts must be to be offered (Sørensen–Dice over character bigrams).
const THRESHOLD: f64 = 0.4;

/// Up to `limit` sheets most like `text`, best first; each sheet is compared in its original
/// wording and in the reader's translation.
pub fn most_similar<'a>(
    text: &str,
    sheets: &'a [SheetSummary],
    limit: usize,
) -> Vec<&'a SheetSummary> {
    let wanted = normalise(text);
    let mut scored: Vec<(f64, &SheetSummary)> = sheets
        .iter()
        .map(|s| {
            let mut score = strsim::sorensen_dice(&wanted, &normalise(&s.text));
            if let Some((translated, _)) = &s.translation {
                score = score.max(strsim::sorensen_dice(&wanted, &normalise(translated)));
            }
            (score, s)
        })
        .filter(|(score, _)| *score >= THRESHOLD)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.id.cmp(&b.1.id)));
    scored.into_iter().take(limit).map(|(_, s)| s).collect()
}

fn normalise(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_lowercase().next().unwrap_or(c)
            } else {
                ' '
            }
        })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Kind, Lang, SheetId};

    fn sheet(id: i64, text: &str) -> SheetSummary {
        SheetSummary {
            id: SheetId::new(id),
            theme_id: 1,
            kind: Kind::Solution,
            text: text.into(),
            lang: Lang::Da,
            translation: None,
            votes: 0,
            meeting_votes: 0,
            mine: false,
        }
    }

    #[test]
    fn finds_near_copies_and_ignores_the_rest() {
        let sheets = [
            sheet(1, "Bedre danskundervisning f.eks. som tandemordning"),
            sheet(2, "Flere lærepladser til unge"),
            sheet(3, "Mentorordninger for unge"),
        ];
        let found = most_similar("bedre danskundervisning!", &sheets, 3);
        assert_eq!(
            found.iter().map(|s| s.id).collect::<Vec<_>>(),
            [SheetId::new(1)]
        );
        assert!(most_similar("Cykelstier i Valby", &sheets, 3).is_empty());
    }
}
