use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// One of the languages consultbot speaks. Parsed from a BCP 47 tag, so region and script
/// subtags are understood (`ar-SA` is Arabic, `pl_PL` is Polish).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Da,
    En,
    Ar,
    Tr,
    Ur,
    So,
    Pl,
    Fa,
    Uk,
}

impl Lang {
    pub const ALL: [Lang; 9] = [
        Lang::Da,
        Lang::En,
        Lang::Ar,
        Lang::Tr,
        Lang::Ur,
        Lang::So,
        Lang::Pl,
        Lang::Fa,
        Lang::Uk,
    ];

    /// The two-letter code, as stored and as Telegram's `language_code` uses it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::Ur => "ur",
            Lang::So => "so",
            Lang::Pl => "pl",
            Lang::Fa => "fa",
            Lang::Uk => "uk",
        }
    }

    /// The language's name in its own words, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::Ur => "اردو",
            Lang::So => "Soomaali",
            Lang::Pl => "Polski",
            Lang::Fa => "فارسی",
            Lang::Uk => "Українська",
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Ur | Lang::Fa)
    }

    /// The language for a Telegram `language_code`: ours when we speak it, English for one we
    /// don't, and `default` (the consultation's own language) when Telegram sent none.
    pub fn negotiate(code: Option<&str>, default: Lang) -> Lang {
        match code.map(str::trim).filter(|c| !c.is_empty()) {
            None => default,
            Some(code) => code.parse().unwrap_or(Lang::En),
        }
    }

    pub fn langid(self) -> LanguageIdentifier {
        self.code()
            .parse()
            .expect("two-letter codes are valid language identifiers")
    }
}

/// A tag that is not one of the nine languages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("consultbot does not speak {0:?}; it speaks da, en, ar, tr, ur, so, pl, fa and uk")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(tag: &str) -> Result<Lang, UnknownLang> {
        let unknown = || UnknownLang(tag.to_owned());
        let id: LanguageIdentifier = tag.replace('_', "-").parse().map_err(|_| unknown())?;
        let language = id.language.as_str().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == language)
            .ok_or_else(unknown)
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_subtags_are_understood() {
        assert_eq!("ar-SA".parse::<Lang>().unwrap(), Lang::Ar);
        assert_eq!("pl_PL".parse::<Lang>().unwrap(), Lang::Pl);
        assert_eq!("UK".parse::<Lang>().unwrap(), Lang::Uk);
        assert!("de".parse::<Lang>().is_err());
        assert!("".parse::<Lang>().is_err());
    }

    #[test]
    fn negotiation_falls_back_sensibly() {
        assert_eq!(Lang::negotiate(Some("fa-IR"), Lang::Da), Lang::Fa);
        assert_eq!(Lang::negotiate(Some("de"), Lang::Da), Lang::En);
        assert_eq!(Lang::negotiate(None, Lang::Da), Lang::Da);
        assert_eq!(Lang::negotiate(Some(""), Lang::Da), Lang::Da);
    }
}
