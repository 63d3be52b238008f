//! Plain types and the rules of a consultation. No I/O lives here: every type parses its input
//! once, so code that holds a `SheetText` or a `Lang` never checks it again.

mod ids;
mod item;
mod lang;
mod text;

pub use ids::{ChatId, ParticipantId, SheetId, TelegramUserId};
pub use item::{ItemRef, NotAnItem, NoticeRef, parse_id};
pub use lang::{Lang, UnknownLang};
pub use text::{BroadcastText, SheetText, TextError};

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// Declares a closed set of words stored as lower-case text in the database and the export.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "lowercase")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $word),+ }
            }
        }

        impl FromStr for $name {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, UnknownWord> {
                match s { $($word => Ok($name::$variant),)+ _ => Err(UnknownWord(s.to_owned())) }
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.write_str(self.as_str()) }
        }
    };
}

/// A word read from the database or a command that is not one of the expected ones.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown value {0:?}")]
pub struct UnknownWord(pub String);

word_enum!(
    /// A sheet is a challenge or a solution, as on the round tables of 2010.
    Kind { Challenge = "challenge", Solution = "solution" }
);
word_enum!(
    /// `open`: submit and vote; `voting`: vote only; `closed`: read only.
    Phase { Open = "open", Voting = "voting", Closed = "closed" }
);
word_enum!(
    /// Whether other residents see a sheet or detail.
    Status { Visible = "visible", Pending = "pending", Hidden = "hidden" }
);
word_enum!(
    /// Where a sheet comes from: the content file, or a resident in the chat.
    Source { Seed = "seed", Resident = "resident" }
);
word_enum!(
    /// Who made a translation. Human translations win over machine ones.
    TranslationOrigin { Content = "content", Human = "human", Machine = "machine" }
);
word_enum!(
    /// `post`: new sheets are visible at once; `pre`: pending until a facilitator approves.
    Moderation { Post = "post", Pre = "pre" }
);

word_enum!(
    /// Roles a facilitator can grant; admins come from `CONSULTBOT_ADMINS`.
    Role { Moderator = "moderator", Translator = "translator" }
);
word_enum!(
    /// What the city decided about a sheet.
    Decision { Adopted = "adopted", Considered = "considered", Declined = "declined" }
);
word_enum!(
    /// What the bot tells residents on a facilitator's word: a broadcast to everyone, or a
    /// decision about a sheet to its author and supporters.
    NoticeKind { Broadcast = "broadcast", Decision = "decision" }
);
word_enum!(
    /// A notice is a `draft` until a facilitator confirms it; `confirmed` while it waits for
    /// machine translations; `sent` once every recipient's message is queued; or `cancelled`.
    NoticeStatus { Draft = "draft", Confirmed = "confirmed", Sent = "sent", Cancelled = "cancelled" }
);
word_enum!(
    /// What the audit log records that a facilitator (or the reports of residents) did.
    AuditAction {
        Approve = "approve",
        Restore = "restore",
        Hide = "hide",
        AutoHide = "auto-hide",
        Tally = "tally",
        Phase = "phase",
        Broadcast = "broadcast",
        Outcome = "outcome",
        Grant = "grant",
        Revoke = "revoke",
        Translate = "translate",
        Digest = "digest",
        Forget = "forget",
    }
);
word_enum!(
    /// What `/forget` erases: `all` (the account and everything they wrote) or `account` (the
    /// account; what they wrote stays, unlinked).
    ForgetScope { All = "all", Account = "account" }
);
word_enum!(
    /// Why a resident reports a sheet or detail.
    ReportReason { Spam = "spam", Offensive = "offensive", OffTopic = "off-topic" }
);

impl Phase {
    pub fn allows_writing(self) -> bool {
        self == Phase::Open
    }
    pub fn allows_stickers(self) -> bool {
        self != Phase::Closed
    }
}

impl Moderation {
    /// The status a resident's new sheet or detail starts with.
    pub fn initial_status(self) -> Status {
        match self {
            Moderation::Post => Status::Visible,
            Moderation::Pre => Status::Pending,
        }
    }
}

/// How many stickers a resident has in each theme, per kind of sheet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StickerBudget {
    pub challenge: u32,
    pub solution: u32,
}

impl StickerBudget {
    pub fn for_kind(self, kind: Kind) -> u32 {
        match kind {
            Kind::Challenge => self.challenge,
            Kind::Solution => self.solution,
        }
    }
}

/// A sheet or a detail, the two things residents write.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Target {
    Sheet(SheetId),
    Detail(i64),
}

impl Target {
    /// The word stored in the `target` columns: `sheet` or `detail`.
    pub fn kind_str(self) -> &'static str {
        match self {
            Target::Sheet(_) => "sheet",
            Target::Detail(_) => "detail",
        }
    }

    /// The id of the sheet or detail.
    pub fn id(self) -> i64 {
        match self {
            Target::Sheet(id) => id.get(),
            Target::Detail(id) => id,
        }
    }

    /// The target named by a word of the `target` columns and an id; None for another word.
    pub fn from_parts(kind: &str, id: i64) -> Option<Target> {
        match kind {
            "sheet" => Some(Target::Sheet(SheetId::new(id))),
            "detail" => Some(Target::Detail(id)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_round_trip() {
        for k in Kind::ALL {
            assert_eq!(k.as_str().parse::<Kind>().unwrap(), *k);
        }
        for p in Phase::ALL {
            assert_eq!(p.as_str().parse::<Phase>().unwrap(), *p);
        }
        assert!("Challenge".parse::<Kind>().is_err());
    }

    #[test]
    fn targets_round_trip() {
        for t in [Target::Sheet(SheetId::new(12)), Target::Detail(7)] {
            assert_eq!(Target::from_parts(t.kind_str(), t.id()), Some(t));
        }
        assert_eq!(Target::from_parts("Sheet", 1), None);
    }

    #[test]
    fn phases_limit_what_residents_can_do() {
        assert!(Phase::Open.allows_writing() && Phase::Open.allows_stickers());
        assert!(!Phase::Voting.allows_writing() && Phase::Voting.allows_stickers());
        assert!(!Phase::Closed.allows_writing() && !Phase::Closed.allows_stickers());
    }
}
