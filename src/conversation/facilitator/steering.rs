//! Steering the consultation: meeting tallies and phases (decisions are notices: `notifications`).

use super::super::{Action, Dialogue, Replies, Reply, Text, Turn, keys};
use super::Need;
use crate::domain::{AuditAction, Phase, SheetId};

/// The most stickers a meeting tally is taken without asking: a 2010 table counted a few dozen,
/// a whole evening a few hundred. A bigger count is more likely a typing slip (`100000`), so the
/// moderator is asked to confirm it first.
pub const PLAUSIBLE_TALLY: u32 = 500;

impl Turn<'_> {
    /// `/tally N COUNT`: saved at once up to `PLAUSIBLE_TALLY`, above it asked first.
    pub(super) async fn tally(&mut self, id: SheetId, count: u32) -> Replies {
        if count <= PLAUSIBLE_TALLY {
            return self.save_tally(id, count).await;
        }
        self.dialogue = Some(Dialogue::Tally { sheet: id, count });
        Ok(vec![
            self.say_with(
                "tally-confirm",
                &[
                    ("number", self.number(id).into()),
                    ("count", count.into()),
                    ("limit", PLAUSIBLE_TALLY.into()),
                ],
            )
            .row(vec![
                self.button("button-tally-yes", Action::Confirm),
                self.button("button-tally-no", Action::Cancel),
            ]),
        ])
    }

    /// Yes to a large tally (button or typed): the right is checked again, as for every call.
    pub(in crate::conversation) async fn tally_confirmed(
        &mut self,
        id: SheetId,
        count: u32,
    ) -> Replies {
        self.dialogue = None;
        if !self.allowed(Need::Moderator).await? {
            return Ok(self.refusal());
        }
        self.save_tally(id, count).await
    }

    async fn save_tally(&mut self, id: SheetId, count: u32) -> Replies {
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
