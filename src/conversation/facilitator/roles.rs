//! Roles and the audit log.

use super::super::{Replies, Reply, Text, Turn};
use crate::domain::{Lang, Role};

impl Turn<'_> {
    pub(super) async fn grant(&mut self, arg: &str) -> Replies {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let role = parts
            .first()
            .and_then(|r| r.to_lowercase().parse::<Role>().ok());
        let user = parts
            .get(1)
            .and_then(|u| u.parse::<i64>().ok())
            .filter(|u| *u > 0);
        let lang = parts.get(2).map(|l| l.parse::<Lang>());
        let (Some(role), Some(user)) = (role, user) else {
            return Ok(self.usage("usage-grant"));
        };
        let lang = match (role, lang) {
            (Role::Translator, Some(Ok(lang))) => Some(lang),
            (Role::Moderator, None) => None,
            _ => return Ok(self.usage("usage-grant")),
        };
        self.tx
            .grant_role(user, role, lang, self.me.telegram_user_id)
            .await?;
        let detail = lang.map(|l| l.code().to_owned()).unwrap_or_default();
        self.tx
            .audit(
                self.me.telegram_user_id,
                "grant",
                &format!("{role} {user}"),
                &detail,
            )
            .await?;
        let language = lang.map(|l| self.language_name(l)).unwrap_or_default();
        Ok(vec![self.say_with(
            "grant-done",
            &[
                ("role", self.role_word(role).into()),
                ("user", user.to_string().into()),
                ("language", language.into()),
            ],
        )])
    }

    pub(super) async fn revoke(&mut self, arg: &str) -> Replies {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let role = parts
            .first()
            .and_then(|r| r.to_lowercase().parse::<Role>().ok());
        let user = parts.get(1).and_then(|u| u.parse::<i64>().ok());
        let (Some(role), Some(user), 2) = (role, user, parts.len()) else {
            return Ok(self.usage("usage-revoke"));
        };
        let had = self.tx.revoke_role(user, role).await?;
        if had {
            self.tx
                .audit(
                    self.me.telegram_user_id,
                    "revoke",
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
        self.words.get(match role {
            Role::Moderator => "role-moderator",
            Role::Translator => "role-translator",
        })
    }

    pub(super) async fn audit_log(&mut self) -> Replies {
        let entries = self.tx.latest_audit(20).await?;
        let mut text = Text::new().bold(self.words.get("audit-title"));
        if entries.is_empty() {
            text = text.para().plain(self.words.get("audit-none"));
        }
        for e in &entries {
            let when = utc_minute(e.created_at);
            let key = format!("audit-{}", e.action);
            let action = if self.words.has(&key) {
                self.words.get(&key)
            } else {
                e.action.clone()
            };
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
