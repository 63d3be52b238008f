//! Consultation content files (`content/*.toml`): themes, seed sheets and their translations.
//! Parsing checks everything a later import relies on, so a malformed file is refused with a
//! sentence before the database is touched.

use crate::domain::{Kind, Lang, Phase, StickerBudget};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::path::Path;

/// The bundled consultation, loaded into an empty database by every command.
pub const BUNDLED: &str = include_str!("../content/copenhagen-2010.toml");

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentFile {
    pub consultation: ConsultationContent,
    pub themes: Vec<ThemeContent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationContent {
    pub key: String,
    pub lang: Lang,
    pub title: String,
    pub intro: String,
    pub about: String,
    #[serde(default = "default_phase")]
    pub phase: Phase,
    pub stickers: StickerBudget,
    #[serde(default)]
    pub districts: Vec<String>,
    #[serde(default)]
    pub translations: BTreeMap<Lang, ConsultationTranslation>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsultationTranslation {
    pub title: String,
    pub intro: String,
    pub about: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeContent {
    pub key: String,
    pub title: String,
    pub description: String,
    #[serde(default)]
    pub translations: BTreeMap<Lang, ThemeTranslation>,
    #[serde(default)]
    pub sheets: Vec<SheetContent>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeTranslation {
    pub title: String,
    pub description: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SheetContent {
    pub kind: Kind,
    pub text: String,
    #[serde(default)]
    pub favourite: Option<Favourite>,
    #[serde(default)]
    pub translations: BTreeMap<Lang, String>,
}

/// A sheet the 2010 meeting put in its top five ("DELTAGERNES FAVORITTER").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Favourite {
    pub rank: u32,
    pub summary: String,
}

fn default_phase() -> Phase {
    Phase::Open
}

#[derive(Debug, thiserror::Error)]
pub enum ContentError {
    #[error("cannot read the content file {path}: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    #[error("the content file {path} is not valid: {message}")]
    Invalid { path: String, message: String },
}

impl ContentFile {
    pub fn load(path: &Path) -> Result<ContentFile, ContentError> {
        let text = std::fs::read_to_string(path).map_err(|source| ContentError::Read {
            path: path.display().to_string(),
            source,
        })?;
        ContentFile::parse(&text, &path.display().to_string())
    }

    pub fn bundled() -> ContentFile {
        ContentFile::parse(BUNDLED, "content/copenhagen-2010.toml")
            .expect("the bundled content file is checked by a test")
    }

    /// Parses a content file; `origin` names it in error messages.
    pub fn parse(text: &str, origin: &str) -> Result<ContentFile, ContentError> {
        let invalid = |message: String| ContentError::Invalid {
            path: origin.to_owned(),
            message,
        };
        let file: ContentFile =
            toml::from_str(text).map_err(|e| invalid(one_line(&e.to_string())))?;
        file.check().map_err(invalid)?;
        Ok(file)
    }

    fn check(&self) -> Result<(), String> {
        let c = &self.consultation;
        if !is_key(&c.key) {
            return Err(format!(
                "consultation key {:?} must be lower-case letters, digits and dashes",
                c.key
            ));
        }
        if c.title.trim().is_empty() {
            return Err("the consultation has no title".into());
        }
        if self.themes.is_empty() {
            return Err("the consultation has no themes".into());
        }
        let mut keys = HashSet::new();
        for theme in &self.themes {
            if !is_key(&theme.key) {
                return Err(format!(
                    "theme key {:?} must be lower-case letters, digits and dashes",
                    theme.key
                ));
            }
            if !keys.insert(&theme.key) {
                return Err(format!("theme key {:?} appears twice", theme.key));
            }
            if theme.title.trim().is_empty() {
                return Err(format!("theme {:?} has no title", theme.key));
            }
            let mut texts = HashSet::new();
            for sheet in &theme.sheets {
                if sheet.text.trim().is_empty() {
                    return Err(format!("theme {:?} has a sheet without text", theme.key));
                }
                if !texts.insert((sheet.kind, sheet.text.trim())) {
                    return Err(format!(
                        "theme {:?} has the {} {:?} twice",
                        theme.key, sheet.kind, sheet.text
                    ));
                }
            }
        }
        Ok(())
    }
}

/// Theme keys appear in deep links (`/start theme-KEY`) and callback data, so they stay short ASCII.
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.len() <= 40
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_consultation_parses() {
        let file = ContentFile::bundled();
        let keys: Vec<_> = file.themes.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(
            keys,
            ["udsatte", "beskaeftigelse", "den-inddragende-by", "unge"]
        );
        assert_eq!(
            file.consultation.stickers,
            StickerBudget {
                challenge: 3,
                solution: 3
            }
        );
        assert_eq!(file.consultation.lang, Lang::Da);
    }

    #[test]
    fn malformed_files_are_refused_with_a_sentence() {
        let err = ContentFile::parse("[consultation]\nkey = 3", "x.toml").unwrap_err();
        let message = err.to_string();
        assert!(
            message.starts_with("the content file x.toml is not valid"),
            "{message}"
        );
        assert!(!message.contains('\n'));
    }
}
