//! The facilitators' side of the conversation: results, exports, charts, the report,
//! moderation, phases, tallies, broadcasts, outcomes, roles, translations and QR codes. Every
//! command checks the caller's role on every call; to anyone else it looks like an unknown
//! command, so it reveals nothing. Arguments are parsed once, here, into types; the handlers in
//! the submodules never see raw text.

mod deliveries;
pub use deliveries::run_line;
mod files;
mod moderation;
mod notifications;

pub use notifications::queue_notice;
mod results;
mod roles;
mod steering;
mod translations;

use super::{Replies, Reply, Text, Turn};
use crate::domain::{
    BroadcastText, Decision, ItemRef, Lang, NoticeRef, Phase, Role, SheetId, SheetText, Status,
    TelegramUserId, parse_id,
};
use crate::store::{StoreError, Target};

/// What a command needs from its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::conversation) enum Need {
    /// `CONSULTBOT_ADMINS`.
    Admin,
    /// An admin or a moderator.
    Moderator,
    /// An admin, or a translator for this language (any language when None).
    Translator(Option<Lang>),
}

impl Need {
    /// The one rule: admins may do everything; others by the roles granted to them.
    pub(in crate::conversation) fn met_by(
        self,
        admin: bool,
        roles: &[(Role, Option<Lang>)],
    ) -> bool {
        if admin {
            return true;
        }
        roles.iter().any(|(role, lang)| match (self, role) {
            (Need::Moderator, Role::Moderator) => true,
            (Need::Translator(None), Role::Translator) => true,
            (Need::Translator(Some(wanted)), Role::Translator) => *lang == Some(wanted),
            _ => false,
        })
    }
}

/// A theme as typed: its number, key or title, lower-cased with single spaces. Which theme it
/// names is looked up in the database when the command runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::conversation) struct ThemeRef(String);

impl ThemeRef {
    pub(in crate::conversation) fn parse(s: &str) -> Option<ThemeRef> {
        let words: Vec<&str> = s.split_whitespace().collect();
        (!words.is_empty()).then(|| ThemeRef(words.join(" ").to_lowercase()))
    }
}

/// What a QR code opens: a sheet or a theme.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::conversation) enum QrSubject {
    Sheet(SheetId),
    Theme(ThemeRef),
}

/// A role to grant: translators are granted for one language, moderators for all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::conversation) enum RoleGrant {
    Moderator,
    Translator(Lang),
}

impl RoleGrant {
    fn role(self) -> Role {
        match self {
            RoleGrant::Moderator => Role::Moderator,
            RoleGrant::Translator(_) => Role::Translator,
        }
    }

    fn lang(self) -> Option<Lang> {
        match self {
            RoleGrant::Moderator => None,
            RoleGrant::Translator(lang) => Some(lang),
        }
    }
}

/// Most sheets `/top` lists per kind.
const TOP_MAX: usize = 30;
/// Sheets `/top` lists when no count is given.
const TOP_DEFAULT: usize = 5;
/// Most stickers one meeting tally may record for a sheet.
const TALLY_MAX: u32 = 100_000;

/// A facilitator command with its arguments parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(in crate::conversation) enum FacilitatorCommand {
    Stats,
    Top {
        theme: Option<ThemeRef>,
        count: usize,
    },
    Export,
    Chart(Option<ThemeRef>),
    Report,
    Pending,
    Approve(Target),
    Hide(Target),
    Restore(Target),
    Tally {
        sheet: SheetId,
        count: u32,
    },
    /// `None`: `/phase` alone, which tells the current phase.
    Phase(Option<Phase>),
    Broadcast(BroadcastText),
    /// A human translation of a sheet or detail.
    Translate {
        target: Target,
        lang: Lang,
        text: SheetText,
    },
    /// A version of a broadcast draft or decision in another language.
    TranslateNotice {
        notice: NoticeRef,
        lang: Lang,
        text: BroadcastText,
    },
    Translations(Option<Lang>),
    Grant {
        grant: RoleGrant,
        user: TelegramUserId,
    },
    Revoke {
        role: Role,
        user: TelegramUserId,
    },
    Audit,
    Qr(Option<QrSubject>),
    Outcome {
        sheet: SheetId,
        decision: Decision,
        text: SheetText,
    },
}

/// The first word of `arg` and the rest, trimmed.
fn first_word(arg: &str) -> (&str, &str) {
    let arg = arg.trim();
    match arg.split_once(char::is_whitespace) {
        Some((word, rest)) => (word, rest.trim()),
        None => (arg, ""),
    }
}

impl FacilitatorCommand {
    pub(in crate::conversation) fn parse_top(arg: &str) -> Option<FacilitatorCommand> {
        let mut words: Vec<&str> = arg.split_whitespace().collect();
        let count = match words.last().and_then(|w| w.parse::<usize>().ok()) {
            Some(n) => {
                words.pop();
                n.clamp(1, TOP_MAX)
            }
            None => TOP_DEFAULT,
        };
        Some(FacilitatorCommand::Top {
            theme: ThemeRef::parse(&words.join(" ")),
            count,
        })
    }

    pub(in crate::conversation) fn parse_chart(arg: &str) -> Option<FacilitatorCommand> {
        Some(FacilitatorCommand::Chart(ThemeRef::parse(arg)))
    }

    /// `N` or `#N` a sheet, `dN` a detail.
    pub(in crate::conversation) fn parse_target(arg: &str) -> Option<Target> {
        arg.parse::<ItemRef>().ok()?.target()
    }

    pub(in crate::conversation) fn parse_tally(arg: &str) -> Option<FacilitatorCommand> {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let [sheet, count] = parts.as_slice() else {
            return None;
        };
        Some(FacilitatorCommand::Tally {
            sheet: sheet.parse::<ItemRef>().ok()?.sheet()?,
            count: count.parse::<u32>().ok().filter(|n| *n <= TALLY_MAX)?,
        })
    }

    pub(in crate::conversation) fn parse_phase(arg: &str) -> Option<FacilitatorCommand> {
        let arg = arg.trim();
        if arg.is_empty() {
            return Some(FacilitatorCommand::Phase(None));
        }
        arg.to_lowercase()
            .parse()
            .ok()
            .map(|p| FacilitatorCommand::Phase(Some(p)))
    }

    pub(in crate::conversation) fn parse_broadcast(arg: &str) -> Option<FacilitatorCommand> {
        BroadcastText::parse(arg)
            .ok()
            .map(FacilitatorCommand::Broadcast)
    }

    /// `N adopted|considered|declined TEXT`.
    pub(in crate::conversation) fn parse_outcome(arg: &str) -> Option<FacilitatorCommand> {
        let (sheet, rest) = first_word(arg);
        let (decision, text) = first_word(rest);
        Some(FacilitatorCommand::Outcome {
            sheet: sheet.parse::<ItemRef>().ok()?.sheet()?,
            decision: decision.to_lowercase().parse().ok()?,
            text: SheetText::parse(text).ok()?,
        })
    }

    /// Nothing, a sheet number, or a theme.
    pub(in crate::conversation) fn parse_qr(arg: &str) -> Option<FacilitatorCommand> {
        let subject = match arg.parse::<ItemRef>() {
            Ok(item) => Some(QrSubject::Sheet(item.sheet()?)),
            Err(_) => ThemeRef::parse(arg).map(QrSubject::Theme),
        };
        Some(FacilitatorCommand::Qr(subject))
    }

    /// `ITEM LANG TEXT`; ITEM as `ItemRef` writes it. A sheet's or detail's translation is as
    /// long as a sheet may be; a notice's as long as a broadcast.
    pub(in crate::conversation) fn parse_translate(arg: &str) -> Option<FacilitatorCommand> {
        let (item, rest) = first_word(arg);
        let (lang, text) = first_word(rest);
        let item: ItemRef = item.parse().ok()?;
        let lang: Lang = lang.parse().ok()?;
        match item.notice() {
            Some(notice) => Some(FacilitatorCommand::TranslateNotice {
                notice,
                lang,
                text: BroadcastText::parse(text).ok()?,
            }),
            None => Some(FacilitatorCommand::Translate {
                target: item.target()?,
                lang,
                text: SheetText::parse(text).ok()?,
            }),
        }
    }

    pub(in crate::conversation) fn parse_translations(arg: &str) -> Option<FacilitatorCommand> {
        let arg = arg.trim();
        let lang = if arg.is_empty() {
            None
        } else {
            Some(arg.parse().ok()?)
        };
        Some(FacilitatorCommand::Translations(lang))
    }

    /// `moderator USER` or `translator USER LANG`.
    pub(in crate::conversation) fn parse_grant(arg: &str) -> Option<FacilitatorCommand> {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let (role, user, lang) = match parts.as_slice() {
            [role, user] => (role, user, None),
            [role, user, lang] => (role, user, Some(lang.parse::<Lang>().ok()?)),
            _ => return None,
        };
        let grant = match (role.to_lowercase().parse::<Role>().ok()?, lang) {
            (Role::Moderator, None) => RoleGrant::Moderator,
            (Role::Translator, Some(lang)) => RoleGrant::Translator(lang),
            _ => return None,
        };
        Some(FacilitatorCommand::Grant {
            grant,
            user: TelegramUserId::new(parse_id(user)?),
        })
    }

    /// `ROLE USER`.
    pub(in crate::conversation) fn parse_revoke(arg: &str) -> Option<FacilitatorCommand> {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let [role, user] = parts.as_slice() else {
            return None;
        };
        Some(FacilitatorCommand::Revoke {
            role: role.to_lowercase().parse().ok()?,
            user: TelegramUserId::new(parse_id(user)?),
        })
    }

    pub(in crate::conversation) fn name(&self) -> &'static str {
        match self {
            FacilitatorCommand::Stats => "stats",
            FacilitatorCommand::Top { .. } => "top",
            FacilitatorCommand::Export => "export",
            FacilitatorCommand::Chart(_) => "chart",
            FacilitatorCommand::Report => "report",
            FacilitatorCommand::Pending => "pending",
            FacilitatorCommand::Approve(_) => "approve",
            FacilitatorCommand::Hide(_) => "hide",
            FacilitatorCommand::Restore(_) => "restore",
            FacilitatorCommand::Tally { .. } => "tally",
            FacilitatorCommand::Phase(_) => "phase",
            FacilitatorCommand::Broadcast(_) => "broadcast",
            FacilitatorCommand::Translate { .. } | FacilitatorCommand::TranslateNotice { .. } => {
                "translate"
            }
            FacilitatorCommand::Translations(_) => "translations",
            FacilitatorCommand::Grant { .. } => "grant",
            FacilitatorCommand::Revoke { .. } => "revoke",
            FacilitatorCommand::Audit => "audit",
            FacilitatorCommand::Qr(_) => "qr",
            FacilitatorCommand::Outcome { .. } => "outcome",
        }
    }

    /// The arguments as a person would type them.
    #[cfg(test)]
    pub(in crate::conversation) fn args(&self) -> String {
        let theme = |t: &Option<ThemeRef>| t.as_ref().map(|t| t.0.clone()).unwrap_or_default();
        match self {
            FacilitatorCommand::Stats
            | FacilitatorCommand::Export
            | FacilitatorCommand::Report
            | FacilitatorCommand::Pending
            | FacilitatorCommand::Audit => String::new(),
            FacilitatorCommand::Top { theme: t, count } => {
                format!("{} {count}", theme(t)).trim().to_owned()
            }
            FacilitatorCommand::Chart(t) => theme(t),
            FacilitatorCommand::Approve(t)
            | FacilitatorCommand::Hide(t)
            | FacilitatorCommand::Restore(t) => ItemRef::from(*t).to_string(),
            FacilitatorCommand::Tally { sheet, count } => format!("#{sheet} {count}"),
            FacilitatorCommand::Phase(p) => p.map(|p| p.to_string()).unwrap_or_default(),
            FacilitatorCommand::Broadcast(text) => text.to_string(),
            FacilitatorCommand::Translate { target, lang, text } => {
                format!("{} {lang} {text}", ItemRef::from(*target))
            }
            FacilitatorCommand::TranslateNotice { notice, lang, text } => {
                format!("{notice} {lang} {text}")
            }
            FacilitatorCommand::Translations(lang) => {
                lang.map(|l| l.to_string()).unwrap_or_default()
            }
            FacilitatorCommand::Grant { grant, user } => match grant.lang() {
                Some(lang) => format!("{} {user} {lang}", grant.role()),
                None => format!("{} {user}", grant.role()),
            },
            FacilitatorCommand::Revoke { role, user } => format!("{role} {user}"),
            FacilitatorCommand::Qr(None) => String::new(),
            FacilitatorCommand::Qr(Some(QrSubject::Sheet(id))) => format!("#{id}"),
            FacilitatorCommand::Qr(Some(QrSubject::Theme(t))) => t.0.clone(),
            FacilitatorCommand::Outcome {
                sheet,
                decision,
                text,
            } => format!("#{sheet} {decision} {text}"),
        }
    }
}

pub(in crate::conversation) fn target_label(t: Target) -> String {
    ItemRef::from(t).to_string()
}

impl Turn<'_> {
    pub(in crate::conversation) fn is_admin(&self) -> bool {
        self.settings.admins.contains(&self.me.telegram_user_id)
    }

    /// Whether the caller may do what `need` asks, checked against the database each time.
    pub(in crate::conversation) async fn allowed(
        &mut self,
        need: Need,
    ) -> Result<bool, StoreError> {
        if self.is_admin() {
            return Ok(true);
        }
        if need == Need::Admin {
            return Ok(false);
        }
        let roles = self.tx.roles_of(self.me.telegram_user_id).await?;
        Ok(need.met_by(false, &roles))
    }

    pub(in crate::conversation) fn refusal(&self) -> Vec<Reply> {
        vec![self.say("error-unknown-command")]
    }

    fn usage(&self, key: &str) -> Vec<Reply> {
        vec![Reply::new(Text::new().plain(self.words.get(key)))]
    }

    /// Runs a facilitator command whose role `Turn::command` has checked against the table.
    pub(in crate::conversation) async fn facilitator(
        &mut self,
        command: FacilitatorCommand,
    ) -> Replies {
        match command {
            FacilitatorCommand::Stats => self.stats().await,
            FacilitatorCommand::Top { theme, count } => self.top(theme.as_ref(), count).await,
            FacilitatorCommand::Export => self.export().await,
            FacilitatorCommand::Chart(theme) => self.chart(theme.as_ref()).await,
            FacilitatorCommand::Report => self.report().await,
            FacilitatorCommand::Pending => self.pending().await,
            FacilitatorCommand::Approve(t) | FacilitatorCommand::Restore(t) => {
                self.moderate(t, Status::Visible).await
            }
            FacilitatorCommand::Hide(t) => self.moderate(t, Status::Hidden).await,
            FacilitatorCommand::Tally { sheet, count } => self.tally(sheet, count).await,
            FacilitatorCommand::Phase(Some(phase)) => self.phase(phase).await,
            FacilitatorCommand::Phase(None) => Ok(self.current_phase()),
            FacilitatorCommand::Broadcast(text) => self.broadcast_draft(text).await,
            FacilitatorCommand::Translate { target, lang, text } => {
                self.store_translation(target, lang, &text).await
            }
            FacilitatorCommand::TranslateNotice { notice, lang, text } => {
                self.translate_notice(notice, lang, &text).await
            }
            FacilitatorCommand::Translations(lang) => self.translation_queue(lang).await,
            FacilitatorCommand::Grant { grant, user } => self.grant(grant, user).await,
            FacilitatorCommand::Revoke { role, user } => self.revoke(role, user).await,
            FacilitatorCommand::Audit => self.audit_log().await,
            FacilitatorCommand::Qr(subject) => self.qr(subject).await,
            FacilitatorCommand::Outcome {
                sheet,
                decision,
                text,
            } => self.outcome_draft(sheet, decision, &text).await,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_meet_needs() {
        let translator_ar = [(Role::Translator, Some(Lang::Ar))];
        assert!(Need::Admin.met_by(true, &[]));
        assert!(!Need::Admin.met_by(false, &translator_ar));
        assert!(Need::Translator(None).met_by(false, &translator_ar));
        assert!(Need::Translator(Some(Lang::Ar)).met_by(false, &translator_ar));
        assert!(!Need::Translator(Some(Lang::Da)).met_by(false, &translator_ar));
        assert!(!Need::Moderator.met_by(false, &translator_ar));
    }
}
