//! What a button does, written compactly into Telegram's callback data (at most 64 bytes) and
//! parsed back. Data that does not parse is a stale or forged button and gets a gentle answer.

use crate::domain::{Kind, Lang, SheetId};
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Themes,
    Theme(i64),
    List {
        theme: i64,
        kind: Kind,
        page: u32,
    },
    Sheet(SheetId),
    /// Show a sheet's text in its original language.
    Original(SheetId),
    Vote(SheetId),
    Unvote(SheetId),
    /// Take the sticker back from `from` and place it on `to`, in one step.
    Swap {
        from: SheetId,
        to: SheetId,
    },
    /// The resident's stickers of one kind in a theme, to take one back and free it.
    Move {
        theme: i64,
        kind: Kind,
    },
    MyStickers,
    Add,
    AddIn(i64),
    AddKind(Kind),
    Detail(SheetId),
    /// In the preview of a new sheet: add the text as a detail to this similar sheet instead.
    AsDetail(SheetId),
    Confirm,
    Edit,
    Cancel,
    Language,
    SetLanguage(Lang),
    Help,
    About,
}

fn kind_letter(kind: Kind) -> char {
    match kind {
        Kind::Challenge => 'c',
        Kind::Solution => 's',
    }
}

fn kind_from(s: &str) -> Option<Kind> {
    match s {
        "c" => Some(Kind::Challenge),
        "s" => Some(Kind::Solution),
        _ => None,
    }
}

impl fmt::Display for Action {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Action::Themes => write!(f, "th"),
            Action::Theme(t) => write!(f, "t:{t}"),
            Action::List { theme, kind, page } => {
                write!(f, "l:{theme}:{}:{page}", kind_letter(kind))
            }
            Action::Sheet(s) => write!(f, "s:{s}"),
            Action::Original(s) => write!(f, "o:{s}"),
            Action::Vote(s) => write!(f, "v:{s}"),
            Action::Unvote(s) => write!(f, "u:{s}"),
            Action::Swap { from, to } => write!(f, "sw:{from}:{to}"),
            Action::Move { theme, kind } => write!(f, "m:{theme}:{}", kind_letter(kind)),
            Action::MyStickers => write!(f, "ms"),
            Action::Add => write!(f, "a"),
            Action::AddIn(t) => write!(f, "a:{t}"),
            Action::AddKind(k) => write!(f, "ak:{}", kind_letter(k)),
            Action::Detail(s) => write!(f, "d:{s}"),
            Action::AsDetail(s) => write!(f, "ad:{s}"),
            Action::Confirm => write!(f, "ok"),
            Action::Edit => write!(f, "ed"),
            Action::Cancel => write!(f, "x"),
            Action::Language => write!(f, "lg"),
            Action::SetLanguage(l) => write!(f, "lg:{l}"),
            Action::Help => write!(f, "h"),
            Action::About => write!(f, "ab"),
        }
    }
}

impl Action {
    pub fn parse(data: &str) -> Option<Action> {
        let parts: Vec<&str> = data.split(':').collect();
        let id = |i: usize| {
            parts
                .get(i)
                .and_then(|p| p.parse::<i64>().ok())
                .filter(|n| *n > 0)
        };
        let action = match parts.as_slice() {
            ["th"] => Action::Themes,
            ["t", _] => Action::Theme(id(1)?),
            ["l", _, k, p] => Action::List {
                theme: id(1)?,
                kind: kind_from(k)?,
                page: p.parse().ok()?,
            },
            ["s", _] => Action::Sheet(id(1)?),
            ["o", _] => Action::Original(id(1)?),
            ["v", _] => Action::Vote(id(1)?),
            ["u", _] => Action::Unvote(id(1)?),
            ["sw", _, _] => Action::Swap {
                from: id(1)?,
                to: id(2)?,
            },
            ["m", _, k] => Action::Move {
                theme: id(1)?,
                kind: kind_from(k)?,
            },
            ["ms"] => Action::MyStickers,
            ["a"] => Action::Add,
            ["a", _] => Action::AddIn(id(1)?),
            ["ak", k] => Action::AddKind(kind_from(k)?),
            ["d", _] => Action::Detail(id(1)?),
            ["ad", _] => Action::AsDetail(id(1)?),
            ["ok"] => Action::Confirm,
            ["ed"] => Action::Edit,
            ["x"] => Action::Cancel,
            ["lg"] => Action::Language,
            ["lg", l] => Action::SetLanguage(l.parse().ok()?),
            ["h"] => Action::Help,
            ["ab"] => Action::About,
            _ => return None,
        };
        Some(action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_action_round_trips_within_64_bytes() {
        let big = i64::MAX;
        let all = [
            Action::Themes,
            Action::Theme(big),
            Action::List {
                theme: big,
                kind: Kind::Solution,
                page: u32::MAX,
            },
            Action::Sheet(big),
            Action::Original(big),
            Action::Vote(big),
            Action::Unvote(big),
            Action::Swap { from: big, to: big },
            Action::Move {
                theme: big,
                kind: Kind::Challenge,
            },
            Action::MyStickers,
            Action::Add,
            Action::AddIn(big),
            Action::AddKind(Kind::Challenge),
            Action::Detail(big),
            Action::AsDetail(big),
            Action::Confirm,
            Action::Edit,
            Action::Cancel,
            Action::Language,
            Action::SetLanguage(Lang::Uk),
            Action::Help,
            Action::About,
        ];
        for action in all {
            let data = action.to_string();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Action::parse(&data), Some(action), "{data}");
        }
    }

    #[test]
    fn forged_data_does_not_parse() {
        for data in ["", "s:", "s:-1", "s:0", "l:1:x:0", "zz", "lg:de", "s:1:2"] {
            assert_eq!(Action::parse(data), None, "{data}");
        }
    }
}
