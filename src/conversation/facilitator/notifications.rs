//! Broadcasts: a draft with a preview, sent through the outbox after confirmation.

use super::super::{Action, Dialogue, Replies, Reply, Text, Turn, short};
use super::Need;
use crate::domain::{AuditAction, BroadcastText};
use crate::i18n::Words;

impl Turn<'_> {
    pub(super) async fn broadcast_preview(&mut self, text: BroadcastText) -> Replies {
        let audience = self.tx.reachable_participants().await?.len();
        self.dialogue = Some(Dialogue::Broadcast { text: text.clone() });
        let body = Text::new()
            .bold(
                self.words
                    .with("broadcast-preview", &[("count", audience.into())]),
            )
            .para()
            .plain(text.as_str());
        Ok(vec![Reply::new(body).row(vec![
            self.button("button-send", Action::SendBroadcast),
            self.button("button-cancel", Action::Cancel),
        ])])
    }

    pub(in crate::conversation) async fn send_broadcast(&mut self) -> Replies {
        let Some(Dialogue::Broadcast { text }) = self.dialogue.clone() else {
            return Ok(self.stale());
        };
        if !self.allowed(Need::Admin).await? {
            self.dialogue = None;
            return Ok(self.refusal());
        }
        self.dialogue = None;
        let run = self
            .tx
            .start_run("broadcast", crate::store::now_millis())
            .await?;
        let recipients = self.tx.reachable_participants().await?;
        // Facilitators write one text; it reaches everyone as written, with a plain heading
        // in each resident's language.
        for r in &recipients {
            let reply = Reply::new(
                Text::new()
                    .bold(Words::new(r.lang).get("broadcast-heading"))
                    .para()
                    .plain(crate::i18n::isolate(r.lang, text.as_str())),
            );
            self.tx
                .enqueue_delivery(run, r.participant_id, r.chat_id, &reply)
                .await?;
        }
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Broadcast,
                &recipients.len().to_string(),
                &short(text.as_str(), 80),
            )
            .await?;
        Ok(vec![self.say_with(
            "broadcast-queued",
            &[("count", recipients.len().into())],
        )])
    }
}
