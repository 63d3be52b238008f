//! `#N` and its relatives: the one parser for a number that names something people wrote.

use super::{SheetId, Target};
use std::fmt;
use std::str::FromStr;

/// What a typed number refers to: `N` or `#N` a sheet, `dN` a detail, `bN` a broadcast draft,
/// `oN` the outcome (decision text) of sheet N. Zero, negative and signed numbers are refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemRef {
    Sheet(SheetId),
    Detail(i64),
    Broadcast(i64),
    Outcome(SheetId),
}

/// A number that does not name an item.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an item number: {0:?}")]
pub struct NotAnItem(pub String);

/// A positive id written in ASCII digits only: no sign, no spaces, not zero. The rule for every
/// id people type or buttons carry.
pub fn parse_id(s: &str) -> Option<i64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<i64>().ok().filter(|n| *n > 0)
}

impl ItemRef {
    /// The sheet, when this names one.
    pub fn sheet(self) -> Option<SheetId> {
        match self {
            ItemRef::Sheet(id) => Some(id),
            _ => None,
        }
    }

    /// The sheet or detail, when this names one of the two things residents write.
    pub fn target(self) -> Option<Target> {
        match self {
            ItemRef::Sheet(id) => Some(Target::Sheet(id)),
            ItemRef::Detail(id) => Some(Target::Detail(id)),
            _ => None,
        }
    }
}

/// A broadcast draft (`bN`) or the decision notice on a sheet (`oN`): what `/translate` gives
/// versions to besides sheets and details.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NoticeRef {
    Broadcast(i64),
    Decision(SheetId),
}

impl ItemRef {
    /// The notice, when this names a broadcast draft or a decision.
    pub fn notice(self) -> Option<NoticeRef> {
        match self {
            ItemRef::Broadcast(id) => Some(NoticeRef::Broadcast(id)),
            ItemRef::Outcome(id) => Some(NoticeRef::Decision(id)),
            _ => None,
        }
    }
}

impl From<NoticeRef> for ItemRef {
    fn from(n: NoticeRef) -> ItemRef {
        match n {
            NoticeRef::Broadcast(id) => ItemRef::Broadcast(id),
            NoticeRef::Decision(id) => ItemRef::Outcome(id),
        }
    }
}

impl fmt::Display for NoticeRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ItemRef::from(*self).fmt(f)
    }
}

impl From<Target> for ItemRef {
    fn from(t: Target) -> ItemRef {
        match t {
            Target::Sheet(id) => ItemRef::Sheet(id),
            Target::Detail(id) => ItemRef::Detail(id),
        }
    }
}

impl FromStr for ItemRef {
    type Err = NotAnItem;
    fn from_str(s: &str) -> Result<ItemRef, NotAnItem> {
        let err = || NotAnItem(s.to_owned());
        let rest = s.trim();
        let rest = rest.strip_prefix('#').unwrap_or(rest);
        let mut chars = rest.chars();
        let (make, digits): (fn(i64) -> ItemRef, &str) = match chars.next() {
            Some('d' | 'D') => (ItemRef::Detail, chars.as_str()),
            Some('b' | 'B') => (ItemRef::Broadcast, chars.as_str()),
            Some('o' | 'O') => (|n| ItemRef::Outcome(SheetId::new(n)), chars.as_str()),
            _ => (|n| ItemRef::Sheet(SheetId::new(n)), rest),
        };
        parse_id(digits).map(make).ok_or_else(err)
    }
}

/// How an item is written back: `#12`, `d7`, `b3`, `o12`. Parses again to the same item.
impl fmt::Display for ItemRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ItemRef::Sheet(id) => write!(f, "#{id}"),
            ItemRef::Detail(id) => write!(f, "d{id}"),
            ItemRef::Broadcast(id) => write!(f, "b{id}"),
            ItemRef::Outcome(id) => write!(f, "o{id}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_forms_parse() {
        let ok = [
            ("12", ItemRef::Sheet(SheetId::new(12))),
            ("#12", ItemRef::Sheet(SheetId::new(12))),
            (" 12 ", ItemRef::Sheet(SheetId::new(12))),
            ("d7", ItemRef::Detail(7)),
            ("#D7", ItemRef::Detail(7)),
            ("b3", ItemRef::Broadcast(3)),
            ("o12", ItemRef::Outcome(SheetId::new(12))),
        ];
        for (s, item) in ok {
            assert_eq!(s.parse::<ItemRef>(), Ok(item), "{s}");
            assert_eq!(item.to_string().parse::<ItemRef>(), Ok(item), "{item}");
        }
    }

    #[test]
    fn zero_negative_signed_and_junk_are_refused() {
        for s in [
            "",
            "#",
            "0",
            "#0",
            "d0",
            "-3",
            "+3",
            "d-1",
            "x1",
            "1x",
            "1 2",
            "99999999999999999999",
            "١٢",
        ] {
            assert!(s.parse::<ItemRef>().is_err(), "{s}");
        }
    }
}
