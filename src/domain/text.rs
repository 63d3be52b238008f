use serde::{Deserialize, Serialize};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("the text is empty or has only blanks")]
    Blank,
    #[error("the text is shorter than {min} characters")]
    TooShort { min: usize },
    #[error("the text is longer than {max} characters ({len})")]
    TooLong { max: usize, len: usize },
}

/// Declares a text people write, parsed by the one cleaning rule (`clean`) with its own length
/// limits, stored and serialised as the cleaned string.
macro_rules! cleaned_text {
    ($(#[$meta:meta])* $name:ident { min: $min:expr, max: $max:expr }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub const MIN_CHARS: usize = $min;
            pub const MAX_CHARS: usize = $max;

            pub fn parse(raw: &str) -> Result<$name, TextError> {
                clean(raw, Self::MIN_CHARS, Self::MAX_CHARS).map($name)
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = TextError;
            fn try_from(s: String) -> Result<$name, TextError> {
                $name::parse(&s)
            }
        }

        impl From<$name> for String {
            fn from(t: $name) -> String {
                t.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

cleaned_text!(
    /// Text a resident wrote for a sheet or a detail, cleaned and checked: trimmed, 3–500
    /// characters, not only blanks or invisible characters, with control and bidi-override
    /// characters removed and everything else kept exactly as written.
    SheetText { min: 3, max: 500 }
);

cleaned_text!(
    /// A facilitator's broadcast to every resident, cleaned by the same rules as a `SheetText`
    /// but longer: 1–3,500 characters, under Telegram's 4,096 with room for the heading.
    BroadcastText { min: 1, max: 3500 }
);

/// The one cleaning rule for what people write: controls and bidi overrides removed, blanks
/// and invisible characters trimmed, then the length checked in characters.
fn clean(raw: &str, min: usize, max: usize) -> Result<String, TextError> {
    let cleaned: String = raw.chars().filter(|c| !is_stripped(*c)).collect();
    let trimmed = cleaned.trim_matches(|c: char| c.is_whitespace() || is_invisible(c));
    if trimmed
        .chars()
        .all(|c| c.is_whitespace() || is_invisible(c))
    {
        return Err(TextError::Blank);
    }
    let len = trimmed.chars().count();
    if len < min {
        return Err(TextError::TooShort { min });
    }
    if len > max {
        return Err(TextError::TooLong { max, len });
    }
    Ok(trimmed.to_owned())
}

/// Control characters (but line breaks) and the bidi overrides and isolates, which could turn a
/// message around for other readers.
fn is_stripped(c: char) -> bool {
    (c.is_control() && c != '\n') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Characters that show nothing: a text made only of these is blank.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{180E}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_and_keeps_the_rest() {
        let t = SheetText::parse("  Bedre danskundervisning  \n").unwrap();
        assert_eq!(t.as_str(), "Bedre danskundervisning");
        let t = SheetText::parse("Linje 1\nLinje 2 <b>&").unwrap();
        assert_eq!(t.as_str(), "Linje 1\nLinje 2 <b>&");
    }

    #[test]
    fn refuses_blank_short_and_long() {
        assert_eq!(SheetText::parse("   "), Err(TextError::Blank));
        assert_eq!(
            SheetText::parse("\u{200B}\u{200B}\u{200B}\u{200B}"),
            Err(TextError::Blank)
        );
        assert_eq!(SheetText::parse("ab"), Err(TextError::TooShort { min: 3 }));
        let long = "x".repeat(501);
        assert_eq!(
            SheetText::parse(&long),
            Err(TextError::TooLong { max: 500, len: 501 })
        );
        assert!(SheetText::parse(&"ي".repeat(500)).is_ok());
    }

    #[test]
    fn broadcasts_are_cleaned_alike_and_may_be_long() {
        let t = BroadcastText::parse(" Hi\u{202E} ").unwrap();
        assert_eq!(t.as_str(), "Hi");
        assert!(BroadcastText::parse("x").is_ok());
        assert!(BroadcastText::parse(&"x".repeat(3500)).is_ok());
        assert_eq!(
            BroadcastText::parse(&"x".repeat(3501)),
            Err(TextError::TooLong {
                max: 3500,
                len: 3501
            })
        );
        assert_eq!(BroadcastText::parse("\u{200B} "), Err(TextError::Blank));
    }

    #[test]
    fn strips_controls_and_bidi_overrides() {
        let t = SheetText::parse("a\u{202E}bc\u{0007}d\te").unwrap();
        assert_eq!(t.as_str(), "abcde");
    }
}
