//! What a button does, written compactly into Telegram's callback data (at most 64 bytes) and
//! parsed back. Data that does not parse is a stale or forged button and gets a gentle answer.

use crate::domain::{ForgetScope, Kind, Lang, ReportReason, SheetId, parse_id};
use crate::store::Target;
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
    /// A later page of a long sheet's details (page 0 is the sheet itself).
    Details {
        sheet: SheetId,
        page: u32,
    },
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
    /// Report a sheet (or one of its details): first choose what.
    Report(SheetId),
    /// Report this sheet or detail: choose why.
    ReportWhy(Target),
    ReportAs(Target, ReportReason),
    /// Facilitators: make visible (approve or restore), or hide.
    Approve(Target),
    Hide(Target),
    /// Facilitators: send the broadcast or decision draft shown in the preview.
    SendNotice(i64),
    /// Facilitators: cancel that draft.
    DropNotice(i64),
    /// Translators: take the next item of the queue of a language.
    TranslateNext(Lang),
    /// Onboarding: the district at this index of the content file's list; 0 skips.
    District(u32),
    /// Onboarding: the age band at this index; 0 skips.
    AgeBand(u32),
    /// Onboarding, the last question: digests yes or no.
    OnboardingDigest(bool),
    /// Turn digests on or off (`/digest`, and the button under each digest).
    Digest(bool),
    /// /forget: this much, asked to confirm.
    Forget(ForgetScope),
}

fn target_str(t: Target) -> String {
    match t {
        Target::Sheet(id) => format!("s:{id}"),
        Target::Detail(id) => format!("d:{id}"),
    }
}

fn target_from(kind: &str, id: &str) -> Option<Target> {
    let id = parse_id(id)?;
    match kind {
        "s" => Some(Target::Sheet(SheetId::new(id))),
        "d" => Some(Target::Detail(id)),
        _ => None,
    }
}

fn reason_letter(r: ReportReason) -> char {
    match r {
        ReportReason::Spam => 's',
        ReportReason::Offensive => 'o',
        ReportReason::OffTopic => 't',
    }
}

fn reason_from(s: &str) -> Option<ReportReason> {
    match s {
        "s" => Some(ReportReason::Spam),
        "o" => Some(ReportReason::Offensive),
        "t" => Some(ReportReason::OffTopic),
        _ => None,
    }
}

fn flag(s: &str) -> Option<bool> {
    match s {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    }
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
            Action::Details { sheet, page } => write!(f, "sd:{sheet}:{page}"),
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
            Action::Report(s) => write!(f, "rp:{s}"),
            Action::ReportWhy(t) => write!(f, "rw:{}", target_str(t)),
            Action::ReportAs(t, r) => write!(f, "ra:{}:{}", target_str(t), reason_letter(r)),
            Action::Approve(t) => write!(f, "ap:{}", target_str(t)),
            Action::Hide(t) => write!(f, "hd:{}", target_str(t)),
            Action::SendNotice(n) => write!(f, "sn:{n}"),
            Action::DropNotice(n) => write!(f, "dn:{n}"),
            Action::TranslateNext(l) => write!(f, "tn:{l}"),
            Action::District(i) => write!(f, "od:{i}"),
            Action::AgeBand(i) => write!(f, "oa:{i}"),
            Action::OnboardingDigest(on) => write!(f, "og:{}", u8::from(on)),
            Action::Digest(on) => write!(f, "dg:{}", u8::from(on)),
            Action::Forget(scope) => write!(f, "fg:{scope}"),
        }
    }
}

impl Action {
    pub fn parse(data: &str) -> Option<Action> {
        let parts: Vec<&str> = data.split(':').collect();
        let id = |i: usize| parts.get(i).and_then(|p| parse_id(p));
        let sheet = |i: usize| id(i).map(SheetId::new);
        let action = match parts.as_slice() {
            ["th"] => Action::Themes,
            ["t", _] => Action::Theme(id(1)?),
            ["l", _, k, p] => Action::List {
                theme: id(1)?,
                kind: kind_from(k)?,
                page: p.parse().ok()?,
            },
            ["s", _] => Action::Sheet(sheet(1)?),
            ["sd", _, p] => Action::Details {
                sheet: sheet(1)?,
                page: p.parse().ok()?,
            },
            ["o", _] => Action::Original(sheet(1)?),
            ["v", _] => Action::Vote(sheet(1)?),
            ["u", _] => Action::Unvote(sheet(1)?),
            ["sw", _, _] => Action::Swap {
                from: sheet(1)?,
                to: sheet(2)?,
            },
            ["m", _, k] => Action::Move {
                theme: id(1)?,
                kind: kind_from(k)?,
            },
            ["ms"] => Action::MyStickers,
            ["a"] => Action::Add,
            ["a", _] => Action::AddIn(id(1)?),
            ["ak", k] => Action::AddKind(kind_from(k)?),
            ["d", _] => Action::Detail(sheet(1)?),
            ["ad", _] => Action::AsDetail(sheet(1)?),
            ["ok"] => Action::Confirm,
            ["ed"] => Action::Edit,
            ["x"] => Action::Cancel,
            ["lg"] => Action::Language,
            ["lg", l] => Action::SetLanguage(l.parse().ok()?),
            ["h"] => Action::Help,
            ["ab"] => Action::About,
            ["rp", _] => Action::Report(sheet(1)?),
            ["rw", k, i] => Action::ReportWhy(target_from(k, i)?),
            ["ra", k, i, r] => Action::ReportAs(target_from(k, i)?, reason_from(r)?),
            ["ap", k, i] => Action::Approve(target_from(k, i)?),
            ["hd", k, i] => Action::Hide(target_from(k, i)?),
            ["sn", _] => Action::SendNotice(id(1)?),
            ["dn", _] => Action::DropNotice(id(1)?),
            ["tn", l] => Action::TranslateNext(l.parse().ok()?),
            ["od", i] => Action::District(i.parse().ok()?),
            ["oa", i] => Action::AgeBand(i.parse().ok()?),
            ["og", b] => Action::OnboardingDigest(flag(b)?),
            ["dg", b] => Action::Digest(flag(b)?),
            ["fg", scope] => Action::Forget(scope.parse().ok()?),
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
        let sheet = SheetId::new(big);
        let all = [
            Action::Themes,
            Action::Theme(big),
            Action::List {
                theme: big,
                kind: Kind::Solution,
                page: u32::MAX,
            },
            Action::Sheet(sheet),
            Action::Details {
                sheet,
                page: u32::MAX,
            },
            Action::Original(sheet),
            Action::Vote(sheet),
            Action::Unvote(sheet),
            Action::Swap {
                from: sheet,
                to: sheet,
            },
            Action::Move {
                theme: big,
                kind: Kind::Challenge,
            },
            Action::MyStickers,
            Action::Add,
            Action::AddIn(big),
            Action::AddKind(Kind::Challenge),
            Action::Detail(sheet),
            Action::AsDetail(sheet),
            Action::Confirm,
            Action::Edit,
            Action::Cancel,
            Action::Language,
            Action::SetLanguage(Lang::Uk),
            Action::Help,
            Action::About,
            Action::Report(sheet),
            Action::ReportWhy(Target::Detail(big)),
            Action::ReportAs(Target::Detail(big), ReportReason::OffTopic),
            Action::Approve(Target::Sheet(sheet)),
            Action::Hide(Target::Detail(big)),
            Action::SendNotice(big),
            Action::DropNotice(big),
            Action::TranslateNext(Lang::Fa),
            Action::District(u32::MAX),
            Action::AgeBand(u32::MAX),
            Action::OnboardingDigest(true),
            Action::OnboardingDigest(false),
            Action::Digest(true),
            Action::Digest(false),
            Action::Forget(ForgetScope::Account),
            Action::Forget(ForgetScope::All),
        ];
        for action in all {
            let data = action.to_string();
            assert!(data.len() <= 64, "{data}");
            assert_eq!(Action::parse(&data), Some(action), "{data}");
        }
    }

    #[test]
    fn forged_data_does_not_parse() {
        for data in [
            "", "s:", "s:-1", "s:0", "l:1:x:0", "zz", "lg:de", "s:1:2", "fg:", "fg:ALL", "fg:me",
            "dg:2", "og:", "sd:1", "sd:1:x",
        ] {
            assert_eq!(Action::parse(data), None, "{data}");
        }
    }
}
