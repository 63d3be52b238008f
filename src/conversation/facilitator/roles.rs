//! Roles and the audit log.

use super::super::{Replies, Reply, Text, Turn, keys};
use super::RoleGrant;
use crate::domain::{AuditAction, Decision, Lang, Phase, Role, Status, TelegramUserId};
use crate::store::AuditEntry;

impl Turn<'_> {
    pub(super) async fn grant(&mut self, grant: RoleGrant, user: TelegramUserId) -> Replies {
        let (role, lang) = (grant.role(), grant.lang());
        self.tx
            .grant_role(user, role, lang, self.me.telegram_user_id)
            .await?;
        let detail = lang.map(|l| l.code().to_owned()).unwrap_or_default();
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Grant,
                &format!("{role} {user}"),
                &detail,
            )
            .await?;
        let mut args = vec![
            ("role", self.role_word(role).into()),
            ("user", user.to_string().into()),
        ];
        // Without a language the sentence ends at the role ("… is now moderator.").
        let key = match lang {
            Some(l) => {
                args.push(("language", self.language_name(l).into()));
                "grant-done"
            }
            None => "grant-done-role",
        };
        Ok(vec![self.say_with(key, &args)])
    }

    pub(super) async fn revoke(&mut self, role: Role, user: TelegramUserId) -> Replies {
        let had = self.tx.revoke_role(user, role).await?;
        if had {
            self.tx
                .audit(
                    self.me.telegram_user_id,
                    AuditAction::Revoke,
                    &format!("{role} {user}"),
                    "",
                )
                .await?;
        }
        let key = if had { "revoke-done" } else { "revoke-none" };
        Ok(vec![self.say_with(
            key,
            &[
                ("role", self.role_word(role).into()),
                ("user", user.to_string().into()),
            ],
        )])
    }

    pub(super) fn role_word(&self, role: Role) -> String {
        self.words.get(keys::role(role))
    }

    pub(super) async fn audit_log(&mut self) -> Replies {
        let entries = self.tx.latest_audit(20).await?;
        let mut text = Text::new().bold(self.words.get("audit-title"));
        if entries.is_empty() {
            text = text.para().plain(self.words.get("audit-none"));
        }
        for e in &entries {
            let when = utc_minute(e.created_at);
            let what = self.audit_words(e);
            text = text
                .line()
                .plain(format!("{when} · {} · {what}", e.actor_id));
        }
        Ok(vec![Reply::new(text)])
    }

    /// One audit entry in words: the stored subject and detail (codes such as `translator 5`,
    /// `closed -> open`, `ar`) are read back and named through Fluent. An entry this build cannot
    /// read (written by an older one) still shows, as its action word and the stored text.
    fn audit_words(&self, e: &AuditEntry) -> String {
        let action = self.words.get(&keys::audit(e.action));
        self.audit_sentence(e, &action).unwrap_or_else(|| {
            [action.as_str(), &e.subject, &e.detail]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    fn audit_sentence(&self, e: &AuditEntry, action: &str) -> Option<String> {
        let number = |s: &str| s.trim().parse::<i64>().ok();
        let w = &self.words;
        Some(match e.action {
            AuditAction::Grant | AuditAction::Revoke => {
                let (role, user) = e.subject.split_once(' ')?;
                let role = self.role_word(role.parse::<Role>().ok()?);
                let mut args = vec![("role", role.into()), ("user", user.to_owned().into())];
                let key = match (e.action, e.detail.parse::<Lang>()) {
                    (AuditAction::Revoke, _) => "audit-entry-revoke",
                    (_, Ok(lang)) => {
                        args.push(("language", self.language_name(lang).into()));
                        "audit-entry-grant"
                    }
                    (_, Err(_)) if e.detail.is_empty() => "audit-entry-grant-role",
                    _ => return None,
                };
                w.with(key, &args)
            }
            AuditAction::Phase => {
                let (old, new) = e.detail.split_once(" -> ")?;
                let (old, new) = (old.parse::<Phase>().ok()?, new.parse::<Phase>().ok()?);
                w.with(
                    "audit-entry-phase",
                    &[
                        ("old", w.get(keys::phase_name(old)).into()),
                        ("new", w.get(keys::phase_name(new)).into()),
                    ],
                )
            }
            AuditAction::Outcome => {
                let decision = e.detail.parse::<Decision>().ok()?;
                w.with(
                    "audit-entry-outcome",
                    &[
                        ("target", e.subject.clone().into()),
                        ("decision", w.get(keys::decision(decision)).into()),
                    ],
                )
            }
            AuditAction::Tally => w.with(
                "audit-entry-tally",
                &[
                    ("target", e.subject.clone().into()),
                    ("count", number(&e.detail)?.into()),
                ],
            ),
            AuditAction::Approve | AuditAction::Restore | AuditAction::Hide => {
                let (old, _) = e.detail.split_once(" -> ")?;
                let old = old.parse::<Status>().ok()?;
                w.with(
                    "audit-entry-moderation",
                    &[
                        ("action", action.to_owned().into()),
                        ("target", e.subject.clone().into()),
                        ("old", w.get(keys::status(old)).into()),
                    ],
                )
            }
            AuditAction::AutoHide => w.with(
                "audit-entry-auto-hide",
                &[
                    ("target", e.subject.clone().into()),
                    ("count", number(&e.detail)?.into()),
                ],
            ),
            AuditAction::Broadcast => w.with(
                "audit-entry-broadcast",
                &[
                    ("count", number(&e.subject)?.into()),
                    ("text", e.detail.clone().into()),
                ],
            ),
            AuditAction::Translate => w.with(
                "audit-entry-translate",
                &[
                    ("target", e.subject.clone().into()),
                    (
                        "language",
                        self.language_name(e.detail.parse::<Lang>().ok()?).into(),
                    ),
                ],
            ),
            AuditAction::Digest => action.to_owned(),
            AuditAction::Forget => {
                // Stored as `sheets N, details N, stickers N`.
                let mut counts = e.detail.split(", ").map(|part| {
                    let (_, n) = part.split_once(' ')?;
                    number(n)
                });
                let mut next = || counts.next().flatten();
                let (sheets, details, stickers) = (next()?, next()?, next()?);
                w.with(
                    "audit-entry-forget",
                    &[
                        ("sheets", sheets.into()),
                        ("details", details.into()),
                        ("stickers", stickers.into()),
                    ],
                )
            }
        })
    }
}

/// A UTC time as `YYYY-MM-DD HH:MM`.
fn utc_minute(epoch: i64) -> String {
    chrono::DateTime::from_timestamp(epoch, 0)
        .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_read_as_dates() {
        assert_eq!(utc_minute(1_285_142_400), "2010-09-22 08:00");
    }
}
