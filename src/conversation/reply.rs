//! What the conversation answers: text blocks with a little emphasis, and buttons. Transports
//! render these (HTML and an inline keyboard for Telegram, plain text and numbered choices for
//! the terminal); resident text is escaped there, once.

use super::Action;
use crate::domain::ChatId;
use crate::report::FileRequest;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Span {
    Plain(String),
    Bold(String),
    Italic(String),
    Break,
}

/// A message body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Text(pub Vec<Span>);

impl Text {
    pub fn new() -> Text {
        Text::default()
    }
    pub fn plain(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Plain(s.into()));
        self
    }
    pub fn bold(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Bold(s.into()));
        self
    }
    pub fn italic(mut self, s: impl Into<String>) -> Text {
        self.0.push(Span::Italic(s.into()));
        self
    }
    pub fn line(mut self) -> Text {
        self.0.push(Span::Break);
        self
    }
    /// An empty line between paragraphs.
    pub fn para(self) -> Text {
        self.line().line()
    }
    pub fn spans(&self) -> &[Span] {
        &self.0
    }

    /// The text without emphasis, as the terminal and tests read it.
    pub fn to_plain(&self) -> String {
        let mut out = String::new();
        for span in &self.0 {
            match span {
                Span::Plain(s) | Span::Bold(s) | Span::Italic(s) => out.push_str(s),
                Span::Break => out.push('\n'),
            }
        }
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Button {
    pub label: String,
    /// What it does. Transports write it as callback data with `Action`'s `Display` (at most 64
    /// bytes); queued replies keep the same string under `data`.
    #[serde(rename = "data", with = "action_data")]
    pub action: Action,
}

/// An `Action` in JSON as its callback data, so queued replies read like Telegram's buttons.
mod action_data {
    use super::*;

    pub fn serialize<S: Serializer>(action: &Action, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(action)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Action, D::Error> {
        let data = String::deserialize(d)?;
        Action::parse(&data)
            .ok_or_else(|| serde::de::Error::custom(format!("not a button action: {data:?}")))
    }
}

/// A file sent with a reply: an export, a report, a chart or a QR code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    pub kind: AttachmentKind,
    pub file_name: String,
    #[serde(skip)]
    pub bytes: Vec<u8>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttachmentKind {
    /// Shown as a picture (PNG).
    Photo,
    /// Sent as a file to download.
    Document,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// The message, or the caption of the attachment.
    pub text: Text,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attachment: Option<Attachment>,
    /// Rows of buttons.
    pub buttons: Vec<Vec<Button>>,
    /// Replace the message whose button was tapped instead of sending a new one (navigation).
    pub edit: bool,
    /// The attachment still to make: `Engine::handle` makes it after the transaction commits.
    #[serde(skip)]
    pub later: Option<LaterFile>,
}

/// A file to make once the transaction has committed, and what to say when it cannot be made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LaterFile {
    pub request: FileRequest,
    /// Replaces the reply's text when making the file fails.
    pub failed: String,
}

impl Reply {
    pub fn new(text: Text) -> Reply {
        Reply {
            text,
            attachment: None,
            buttons: Vec::new(),
            edit: false,
            later: None,
        }
    }
    pub fn attach(
        mut self,
        kind: AttachmentKind,
        file_name: impl Into<String>,
        bytes: Vec<u8>,
    ) -> Reply {
        self.attachment = Some(Attachment {
            kind,
            file_name: file_name.into(),
            bytes,
        });
        self
    }
    /// An attachment made later, outside the transaction (see `report::files`); `failed` is
    /// the text the reply gets instead when it cannot be made.
    pub fn attach_later(
        self,
        kind: AttachmentKind,
        file_name: impl Into<String>,
        request: FileRequest,
        failed: String,
    ) -> Reply {
        let mut reply = self.attach(kind, file_name, Vec::new());
        reply.later = Some(LaterFile { request, failed });
        reply
    }
    pub fn row(mut self, row: Vec<Button>) -> Reply {
        if !row.is_empty() {
            self.buttons.push(row);
        }
        self
    }
    pub fn rows(mut self, rows: impl IntoIterator<Item = Vec<Button>>) -> Reply {
        for row in rows {
            self = self.row(row);
        }
        self
    }
    pub fn editing(mut self, edit: bool) -> Reply {
        self.edit = edit;
        self
    }
    /// All buttons in reading order: the numbered choices of the terminal.
    pub fn choices(&self) -> impl Iterator<Item = &Button> {
        self.buttons.iter().flatten()
    }
}

/// Everything one event produced.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Outcome {
    pub replies: Vec<Reply>,
    /// Messages to other chats (the facilitators' group), queued in the outbox (kind `notice`)
    /// in the event's transaction; shown here for tests and the terminal.
    pub elsewhere: Vec<(ChatId, Reply)>,
    /// A short notice for the tapped button (Telegram shows it as a toast).
    pub notice: Option<String>,
    /// The event was already handled before (a redelivered update): nothing to send.
    pub duplicate: bool,
}
