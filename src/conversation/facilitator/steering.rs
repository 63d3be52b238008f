//! Steering the consultation: meeting tallies and phases (decisions are notices: `notifications`).

use super::super::{Replies, Reply, Text, Turn, keys};
use crate::domain::{AuditAction, Phase, SheetId};

impl Turn<'_> {
    pub(super) async fn tally(&mut self, id: SheetId, count: u32) -> Replies {
        if !self
            .tx
            .set_tally(id, i64::from(count), self.me.telegram_user_id)
            .await?
        {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", format!("#{id}").into())],
            )]);
        }
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Tally,
                &format!("#{id}"),
                &count.to_string(),
            )
            .await?;
        Ok(vec![self.say_with(
            "tally-done",
            &[("number", self.number(id).into()), ("count", count.into())],
        )])
    }

    /// `/phase` alone: the phase now, and how to change it.
    pub(super) fn current_phase(&self) -> Vec<Reply> {
        let text = Text::new()
            .plain(self.words.get(keys::phase_set(self.consultation.phase)))
            .para()
            .plain(self.words.get("usage-phase"));
        vec![Reply::new(text)]
    }

    pub(super) async fn phase(&mut self, phase: Phase) -> Replies {
        let old = self.consultation.phase;
        self.tx.set_phase(self.consultation.id, phase).await?;
        self.consultation.phase = phase;
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Phase,
                &self.consultation.key,
                &format!("{old} -> {phase}"),
            )
            .await?;
        Ok(vec![self.say(keys::phase_set(phase))])
    }
}
