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

/// The text as Telegram HTML, cut to `max` characters (UTF-16 units, as Telegram counts).
pub fn html_within(text: &Text, max: usize) -> String {
    let mut out = String::new();
    let mut budget = max;
    for span in text.spans() {
        let (raw, open, close) = match span {
            Span::Plain(s) => (s.as_str(), "", ""),
            Span::Bold(s) => (s.as_str(), "<b>", "</b>"),
            Span::Italic(s) => (s.as_str(), "<i>", "</i>"),
            Span::Break => ("\n", "", ""),
        };
        let length = utf16_len(raw);
        if length > budget {
            // Cut the span that crosses the limit, and say the text goes on.
            let cut = take_utf16(raw, budget.saturating_sub(1));
            out.push_str(open);
            out.push_str(&html_escape::encode_text(cut));
            out.push('…');
            out.push_str(close);
            break;
        }
        budget -= length;
        out.push_str(open);
        out.push_str(&html_escape::encode_text(raw));
        out.push_str(close);
    }
    if out.trim().is_empty() {
        // Telegram refuses empty messages; never the case for the conversation's replies.
        out.push('…');
    }
    out
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
}
