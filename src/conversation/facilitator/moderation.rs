//! Moderation: approving, hiding and restoring sheets and details.

use super::super::{Action, Replies, Reply, Text, Turn, keys};
use super::{Need, target_label};
use crate::domain::{AuditAction, SheetId, Status};
use crate::store::Target;

impl Turn<'_> {
    /// A sheet or detail with approve and hide buttons, for /pending and the admin chat.
    pub(in crate::conversation) fn moderation_card(
        &self,
        target: Target,
        sheet_id: SheetId,
        text: &str,
        status: Status,
        reports: i64,
    ) -> Reply {
        let heading = match target {
            Target::Sheet(_) => self.words.with(
                "moderation-sheet",
                &[("number", self.number(sheet_id).into())],
            ),
            Target::Detail(id) => self.words.with(
                "moderation-detail",
                &[
                    ("number", self.number(sheet_id).into()),
                    ("detail", format!("d{id}").into()),
                ],
            ),
        };
        let mut body = Text::new()
            .bold(heading)
            .line()
            .plain(self.quote(text))
            .line()
            .italic(self.words.with(
                "moderation-status",
                &[
                    ("status", self.status_word(status).into()),
                    ("reports", reports.into()),
                ],
            ));
        body = body.line();
        Reply::new(body).row(vec![
            self.button("button-approve", Action::Approve(target)),
            self.button("button-hide", Action::Hide(target)),
        ])
    }

    pub(super) fn status_word(&self, status: Status) -> String {
        self.words.get(keys::status(status))
    }

    pub(in crate::conversation) async fn moderate(
        &mut self,
        target: Target,
        status: Status,
    ) -> Replies {
        if !self.allowed(Need::Moderator).await? {
            return Ok(self.refusal());
        }
        let Some(old) = self.tx.set_status(target, status).await? else {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", target_label(target).into())],
            )]);
        };
        let action = match status {
            Status::Visible if old == Status::Pending => AuditAction::Approve,
            Status::Visible => AuditAction::Restore,
            _ => AuditAction::Hide,
        };
        self.tx
            .audit(
                self.me.telegram_user_id,
                action,
                &target_label(target),
                &format!("{old} -> {status}"),
            )
            .await?;
        let key = match status {
            Status::Visible => "moderation-visible",
            _ => "moderation-hidden",
        };
        let message = self
            .words
            .with(key, &[("target", target_label(target).into())]);
        self.notice = Some(message.clone());
        Ok(vec![Reply::new(Text::new().plain(message))])
    }
}
