//! The words residents read, from Fluent catalogues embedded at build time (`locales/<tag>/`).
//! Nothing here knows the rules of a consultation.

use crate::domain::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static LOCALES = {
        locales: "./locales",
        fallback_language: "en",
        // Fluent's isolation marks count against Telegram's limits and break commands and
        // links; right-to-left text is isolated by hand where resident text is inserted.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A value put into a message: text, or a number (which also picks the plural form).
#[derive(Debug, Clone)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Arg {
        Arg::Text(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Arg {
        Arg::Text(s)
    }
}
impl From<i64> for Arg {
    fn from(n: i64) -> Arg {
        Arg::Number(n)
    }
}
impl From<i32> for Arg {
    fn from(n: i32) -> Arg {
        Arg::Number(i64::from(n))
    }
}
impl From<u32> for Arg {
    fn from(n: u32) -> Arg {
        Arg::Number(i64::from(n))
    }
}
impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(n as i64)
    }
}

/// The words of one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    pub lang: Lang,
}

impl Words {
    pub fn new(lang: Lang) -> Words {
        Words { lang }
    }

    /// The message `key`. A key missing everywhere shows as the key itself, which the locale
    /// tests make impossible for the keys the code uses.
    pub fn get(&self, key: &str) -> String {
        LOCALES.lookup(&self.lang.langid(), key)
    }

    pub fn with(&self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.clone()),
                    Arg::Number(n) => FluentValue::from(*n),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.lang.langid(), key, &args)
    }

    /// Whether the catalogue of this language has `key` itself (not through the fallback).
    pub fn has(&self, key: &str) -> bool {
        LOCALES
            .try_lookup_complete(&self.lang.langid(), key, None)
            .is_some()
    }
}

/// Wraps text of unknown direction (resident text, numbers like `#12`) so that it keeps its own
/// direction inside a right-to-left message and the message around it keeps its order.
pub fn isolate(reader: Lang, text: &str) -> String {
    if reader.is_rtl() {
        format!("\u{2068}{text}\u{2069}")
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_follow_the_language() {
        let en = Words::new(Lang::En);
        assert!(
            en.with("stickers-left", &[("count", 1.into())])
                .contains("1 sticker "),
            "{}",
            en.with("stickers-left", &[("count", 1.into())])
        );
        assert!(
            en.with("stickers-left", &[("count", 2.into())])
                .contains("2 stickers")
        );
    }

    #[test]
    fn no_isolation_marks_in_plain_messages() {
        let s = Words::new(Lang::Da).with("stickers-left", &[("count", 2.into())]);
        assert!(!s.contains('\u{2068}'));
    }
}
