//! The facilitators' side of the conversation: results, exports, charts, the report,
//! moderation, phases, tallies, broadcasts, outcomes, roles, translations and QR codes. Every
//! command checks the caller's role on every call; to anyone else it looks like an unknown
//! command, so it reveals nothing.

mod files;
mod moderation;
mod notifications;
mod results;
mod roles;
mod steering;
mod translations;

use super::{Replies, Reply, Text, Turn};
use crate::domain::{Lang, Role, Status};
use crate::store::{StoreError, Target};

/// What a command needs from its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Need {
    /// `CONSULTBOT_ADMINS`.
    Admin,
    /// An admin or a moderator.
    Moderator,
    /// An admin, or a translator for this language (any language when None).
    Translator(Option<Lang>),
}

/// A facilitator command as typed, with its raw arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum FacilitatorCommand {
    Stats,
    Top(String),
    Export,
    Chart(String),
    Report,
    Pending,
    Approve(String),
    Hide(String),
    Restore(String),
    Tally(String),
    Phase(String),
    Broadcast(String),
    Translate(String),
    Translations(String),
    Grant(String),
    Revoke(String),
    Audit,
    Qr(String),
    Outcome(String),
}

impl FacilitatorCommand {
    pub(super) fn parse(name: &str, arg: &str) -> Option<FacilitatorCommand> {
        let arg = arg.to_owned();
        Some(match name {
            "stats" => FacilitatorCommand::Stats,
            "top" => FacilitatorCommand::Top(arg),
            "export" => FacilitatorCommand::Export,
            "chart" => FacilitatorCommand::Chart(arg),
            "report" => FacilitatorCommand::Report,
            "pending" => FacilitatorCommand::Pending,
            "approve" => FacilitatorCommand::Approve(arg),
            "hide" => FacilitatorCommand::Hide(arg),
            "restore" => FacilitatorCommand::Restore(arg),
            "tally" => FacilitatorCommand::Tally(arg),
            "phase" => FacilitatorCommand::Phase(arg),
            "broadcast" => FacilitatorCommand::Broadcast(arg),
            "translate" => FacilitatorCommand::Translate(arg),
            "translations" => FacilitatorCommand::Translations(arg),
            "grant" => FacilitatorCommand::Grant(arg),
            "revoke" => FacilitatorCommand::Revoke(arg),
            "audit" => FacilitatorCommand::Audit,
            "qr" => FacilitatorCommand::Qr(arg),
            "outcome" => FacilitatorCommand::Outcome(arg),
            _ => return None,
        })
    }

    fn need(&self) -> Need {
        match self {
            FacilitatorCommand::Phase(_)
            | FacilitatorCommand::Broadcast(_)
            | FacilitatorCommand::Grant(_)
            | FacilitatorCommand::Revoke(_)
            | FacilitatorCommand::Audit
            | FacilitatorCommand::Outcome(_) => Need::Admin,
            FacilitatorCommand::Translate(_) | FacilitatorCommand::Translations(_) => {
                Need::Translator(None)
            }
            _ => Need::Moderator,
        }
    }
}

/// `N` is a sheet, `dN` a detail.
pub(super) fn parse_target(s: &str) -> Option<Target> {
    let s = s.trim().trim_start_matches('#');
    let (detail, digits) = match s.strip_prefix(['d', 'D']) {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let id = digits.parse::<i64>().ok().filter(|n| *n > 0)?;
    Some(if detail {
        Target::Detail(id)
    } else {
        Target::Sheet(id)
    })
}

pub(super) fn target_label(t: Target) -> String {
    match t {
        Target::Sheet(id) => format!("#{id}"),
        Target::Detail(id) => format!("d{id}"),
    }
}

impl Turn<'_> {
    pub(super) fn is_admin(&self) -> bool {
        self.settings.admins.contains(&self.me.telegram_user_id)
    }

    /// Whether the caller may do what `need` asks, checked against the database each time.
    pub(super) async fn allowed(&mut self, need: Need) -> Result<bool, StoreError> {
        if self.is_admin() {
            return Ok(true);
        }
        if need == Need::Admin {
            return Ok(false);
        }
        let roles = self.tx.roles_of(self.me.telegram_user_id).await?;
        Ok(roles.iter().any(|(role, lang)| match (need, role) {
            (Need::Moderator, Role::Moderator) => true,
            (Need::Translator(None), Role::Translator) => true,
            (Need::Translator(Some(wanted)), Role::Translator) => *lang == Some(wanted),
            _ => false,
        }))
    }

    fn refusal(&self) -> Vec<Reply> {
        vec![self.say("error-unknown-command")]
    }

    fn usage(&self, key: &str) -> Vec<Reply> {
        vec![Reply::new(Text::new().plain(self.words.get(key)))]
    }

    pub(super) async fn facilitator(&mut self, command: FacilitatorCommand) -> Replies {
        if !self.allowed(command.need()).await? {
            return Ok(self.refusal());
        }
        match command {
            FacilitatorCommand::Stats => self.stats().await,
            FacilitatorCommand::Top(arg) => self.top(&arg).await,
            FacilitatorCommand::Export => self.export().await,
            FacilitatorCommand::Chart(arg) => self.chart(&arg).await,
            FacilitatorCommand::Report => self.report().await,
            FacilitatorCommand::Pending => self.pending().await,
            FacilitatorCommand::Approve(arg) | FacilitatorCommand::Restore(arg) => {
                match parse_target(&arg) {
                    Some(t) => self.moderate(t, Status::Visible).await,
                    None => Ok(self.usage("usage-moderate")),
                }
            }
            FacilitatorCommand::Hide(arg) => match parse_target(&arg) {
                Some(t) => self.moderate(t, Status::Hidden).await,
                None => Ok(self.usage("usage-moderate")),
            },
            FacilitatorCommand::Tally(arg) => self.tally(&arg).await,
            FacilitatorCommand::Phase(arg) => self.phase(&arg).await,
            FacilitatorCommand::Broadcast(arg) => self.broadcast_preview(&arg).await,
            FacilitatorCommand::Translate(arg) => self.translate(&arg).await,
            FacilitatorCommand::Translations(arg) => self.translation_queue(&arg).await,
            FacilitatorCommand::Grant(arg) => self.grant(&arg).await,
            FacilitatorCommand::Revoke(arg) => self.revoke(&arg).await,
            FacilitatorCommand::Audit => self.audit_log().await,
            FacilitatorCommand::Qr(arg) => self.qr(&arg).await,
            FacilitatorCommand::Outcome(arg) => self.outcome(&arg).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse() {
        assert_eq!(parse_target("12"), Some(Target::Sheet(12)));
        assert_eq!(parse_target("#12"), Some(Target::Sheet(12)));
        assert_eq!(parse_target("d7"), Some(Target::Detail(7)));
        assert_eq!(parse_target("x"), None);
        assert_eq!(parse_target("0"), None);
    }
}
