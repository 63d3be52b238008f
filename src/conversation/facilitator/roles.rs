//! Roles and the audit log.

use super::super::{Replies, Reply, Text, Turn, keys};
use super::RoleGrant;
use crate::domain::{AuditAction, Role, TelegramUserId};

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
            let action = self.words.get(&keys::audit(e.action));
            text = text.line().plain(format!(
                "{when} · {} · {action} {} {}",
                e.actor_id, e.subject, e.detail
            ));
        }
        Ok(vec![Reply::new(text)])
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
