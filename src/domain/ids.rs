//! Ids that are all `i64` underneath but name different things. Each is its own type, so handing
//! a chat where a Telegram user is meant (or a row id where either is) does not compile. There is
//! no `From<i64>`: an id is made where it enters (a parsed argument, a database row, a Telegram
//! update) with `new`, and leaves as a number only for SQL binds and the Bot API (`get`).
//!
//! ```compile_fail,E0308
//! use consultbot::domain::{ChatId, TelegramUserId};
//! let writer = TelegramUserId::new(7);
//! let chat: ChatId = writer; // a user is not where messages go
//! ```
//!
//! ```compile_fail,E0308
//! use consultbot::domain::{ParticipantId, SheetId};
//! let author = ParticipantId::new(7);
//! let sheet: SheetId = author; // a row id of a person is not a sheet's number
//! ```
//!
//! ```compile_fail,E0277
//! use consultbot::domain::ParticipantId;
//! let id: ParticipantId = 7_i64.into(); // no id comes from a bare number by accident
//! ```

use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! id_type {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(i64);

        impl $name {
            pub const fn new(id: i64) -> $name {
                $name(id)
            }

            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl From<$name> for i64 {
            fn from(id: $name) -> i64 {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

id_type!(
    /// The row id of a participant in our store; never shown to anyone.
    ParticipantId
);
id_type!(
    /// The Telegram user id of who writes; also the id in `CONSULTBOT_ADMINS` and `/grant`.
    TelegramUserId
);
id_type!(
    /// The public number of a sheet: `#N` in the chat, `id` in the export, the row id in the store.
    SheetId
);
id_type!(
    /// Where messages go: a private chat, or a group (whose id is negative).
    ChatId
);

impl ChatId {
    /// The private chat of a user with the bot: Telegram gives it the user's own id.
    pub fn private_with(user: TelegramUserId) -> ChatId {
        ChatId(user.0)
    }

    /// A group or channel rather than someone's private chat with the bot.
    pub fn is_group(self) -> bool {
        self.0 < 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_private_chat_has_its_user_s_id_and_groups_are_negative() {
        let user = TelegramUserId::new(4242);
        let chat = ChatId::private_with(user);
        assert_eq!(chat.get(), 4242);
        assert!(!chat.is_group());
        assert!(ChatId::new(-100_123).is_group());
    }

    #[test]
    fn ids_serialise_as_bare_numbers() {
        let id = ParticipantId::new(12);
        assert_eq!(serde_json::to_string(&id).unwrap(), "12");
        assert_eq!(serde_json::from_str::<ParticipantId>("12").unwrap(), id);
        assert_eq!(i64::from(id), 12);
        assert_eq!(id.to_string(), "12");
        let sheet = SheetId::new(12);
        assert_eq!(serde_json::to_string(&sheet).unwrap(), "12");
        assert_eq!(serde_json::from_str::<SheetId>("12").unwrap(), sheet);
        assert_eq!(sheet.to_string(), "12");
    }
}
