//! A `Reply` as Telegram HTML and an inline keyboard, within the Bot API's limits.

use crate::conversation::{Reply, Span, Text};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};

/// Telegram's limit is 4096 characters after entity parsing; a little room is kept.
const MAX_TEXT: usize = 4000;
/// Captions of photos and documents: 1024.
pub const MAX_CAPTION: usize = 1000;

/// The text as Telegram HTML. Resident and content text is escaped here, and only here.
pub fn html(text: &Text) -> String {
    html_within(text, MAX_TEXT)
}

/// The text as Telegram HTML, cut to `max` characters (UTF-16 units, as Telegram counts them
/// after entity parsing). A cut text keeps `max - 1` units and ends with `…`; the cut falls
/// between characters of the raw text, so no entity, tag or surrogate pair is split.
pub fn html_within(text: &Text, max: usize) -> String {
    let total: usize = text
        .spans()
        .iter()
        .map(|s| utf16_len(span_parts(s).0))
        .sum();
    let cut = total > max;
    // Room for the `…` is made before the first span, not when the crossing span is met: a
    // span that ends exactly at the limit would otherwise leave no room for it.
    let mut budget = if cut { max.saturating_sub(1) } else { max };
    let mut out = String::new();
    for span in text.spans() {
        let (raw, open, close) = span_parts(span);
        let length = utf16_len(raw);
        let part = if length > budget {
            take_utf16(raw, budget)
        } else {
            raw
        };
        if !part.is_empty() {
            out.push_str(open);
            out.push_str(&html_escape::encode_text(part));
            out.push_str(close);
        }
        if length > budget {
            break;
        }
        budget -= length;
    }
    if cut {
        out.push('…');
    }
    if out.trim().is_empty() {
        // Telegram refuses empty messages; never the case for the conversation's replies.
        return "…".to_owned();
    }
    out
}

/// A span's raw text and the tags around it.
fn span_parts(span: &Span) -> (&str, &'static str, &'static str) {
    match span {
        Span::Plain(s) => (s.as_str(), "", ""),
        Span::Bold(s) => (s.as_str(), "<b>", "</b>"),
        Span::Italic(s) => (s.as_str(), "<i>", "</i>"),
        Span::Break => ("\n", "", ""),
    }
}

pub fn keyboard(reply: &Reply) -> Option<InlineKeyboardMarkup> {
    if reply.buttons.is_empty() {
        return None;
    }
    let rows = reply.buttons.iter().map(|row| {
        row.iter()
            .map(|b| InlineKeyboardButton::callback(b.label.clone(), b.action.to_string()))
            .collect::<Vec<_>>()
    });
    Some(InlineKeyboardMarkup::new(rows))
}

fn utf16_len(s: &str) -> usize {
    s.encode_utf16().count()
}

fn take_utf16(s: &str, units: usize) -> &str {
    let mut used = 0;
    for (i, c) in s.char_indices() {
        used += c.len_utf16();
        if used > units {
            return &s[..i];
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_resident_text_once() {
        let text = Text::new().bold("#1").plain(" <script> & \"x\"");
        assert_eq!(html(&text), "<b>#1</b> &lt;script&gt; &amp; \"x\"");
    }

    #[test]
    fn long_text_is_cut_within_the_limit() {
        let text = Text::new().plain("ي".repeat(5000));
        let out = html(&text);
        assert!(out.encode_utf16().count() <= 4096);
        assert!(out.ends_with('…'));
    }

    #[test]
    fn a_span_ending_at_the_limit_still_leaves_room_for_the_ellipsis() {
        let text = Text::new().plain("abc").bold("d");
        assert_eq!(html_within(&text, 3), "ab…");
        assert_eq!(html_within(&text, 4), "abc<b>d</b>");
    }

    /// Telegram's view of the HTML: the visible text (entities decoded), or why it would refuse it.
    fn parse_telegram_html(html: &str) -> Result<String, String> {
        let mut visible = String::new();
        let mut open: Vec<&str> = Vec::new();
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            if let Some(tag) = ["<b>", "<i>", "</b>", "</i>"]
                .into_iter()
                .find(|t| rest.starts_with(t))
            {
                if let Some(name) = tag.strip_prefix("</") {
                    if open.pop() != Some(&name[..1]) {
                        return Err(format!("{tag} closes nothing"));
                    }
                } else {
                    if !open.is_empty() {
                        return Err(format!("{tag} nested"));
                    }
                    open.push(&tag[1..2]);
                }
                rest = &rest[tag.len()..];
            } else if c == '<' || c == '>' {
                return Err(format!("bare {c}"));
            } else if c == '&' {
                let (entity, decoded) = [("&lt;", '<'), ("&gt;", '>'), ("&amp;", '&')]
                    .into_iter()
                    .find(|(e, _)| rest.starts_with(e))
                    .ok_or_else(|| format!("broken entity at {rest:?}"))?;
                visible.push(decoded);
                rest = &rest[entity.len()..];
            } else {
                visible.push(c);
                rest = &rest[c.len_utf8()..];
            }
        }
        if open.is_empty() {
            Ok(visible)
        } else {
            Err(format!("unclosed {open:?}"))
        }
    }

    fn spans() -> impl proptest::strategy::Strategy<Value = Text> {
        use proptest::prelude::*;
        // Escaped characters, surrogate pairs and plain letters, where cuts are most likely wrong.
        let raw = proptest::collection::vec(
            prop_oneof![
                Just('<'),
                Just('>'),
                Just('&'),
                Just('"'),
                Just('a'),
                Just(' '),
                Just('ي'),
                Just('😀'),
                any::<char>(),
            ],
            0..12,
        )
        .prop_map(|cs| cs.into_iter().collect::<String>());
        let span = prop_oneof![
            raw.clone().prop_map(Span::Plain),
            raw.clone().prop_map(Span::Bold),
            raw.prop_map(Span::Italic),
            Just(Span::Break),
        ];
        proptest::collection::vec(span, 0..8).prop_map(|spans| {
            spans.into_iter().fold(Text::new(), |t, s| match s {
                Span::Plain(s) => t.plain(s),
                Span::Bold(s) => t.bold(s),
                Span::Italic(s) => t.italic(s),
                Span::Break => t.line(),
            })
        })
    }

    proptest::proptest! {
        #[test]
        fn cutting_stays_within_the_limit_and_valid(text in spans(), max in 1usize..40) {
            let out = html_within(&text, max);
            let visible = parse_telegram_html(&out)
                .unwrap_or_else(|e| panic!("{out:?} is not valid: {e}"));
            proptest::prop_assert!(utf16_len(&visible) <= max, "{out:?} over {max}");
            let plain = text.to_plain();
            if utf16_len(&plain) <= max && !plain.trim().is_empty() {
                // Nothing is cut from a text that fits.
                proptest::prop_assert_eq!(visible, plain);
            } else if !plain.trim().is_empty() {
                // A cut text is a prefix of the whole, marked as going on.
                let kept = visible.strip_suffix('…').unwrap_or(&visible);
                proptest::prop_assert!(plain.starts_with(kept), "{out:?} from {plain:?}");
            }
        }
    }
}
