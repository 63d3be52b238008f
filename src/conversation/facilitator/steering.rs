//! Steering the consultation: meeting tallies, phases and outcomes.

use super::super::{Action, Button, Replies, Reply, Text, Turn, keys, short};
use crate::domain::{AuditAction, Decision, Phase, SheetId, SheetText};
use crate::i18n::Words;

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

    /// `/outcome N adopted|considered|declined TEXT`: recorded, and the author and everyone
    /// with a sticker on the sheet are told in their language.
    pub(super) async fn outcome(
        &mut self,
        id: SheetId,
        decision: Decision,
        text: &SheetText,
    ) -> Replies {
        let text = text.as_str();
        let Some(sheet) = self
            .tx
            .sheet(id, Some(self.me.id), self.consultation.lang)
            .await?
        else {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", format!("#{id}").into())],
            )]);
        };
        self.tx
            .set_outcome(id, decision, text, self.me.telegram_user_id)
            .await?;
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Outcome,
                &format!("#{id}"),
                decision.as_str(),
            )
            .await?;
        let followers = self.tx.sheet_followers(id).await?;
        for r in &followers {
            let words = Words::new(r.lang);
            let decision_word = words.get(keys::decision(decision));
            let number = crate::i18n::isolate(r.lang, &format!("#{id}"));
            let reply = Reply::new(
                Text::new()
                    .bold(words.with(
                        "outcome-heading",
                        &[
                            ("number", number.into()),
                            ("decision", decision_word.into()),
                        ],
                    ))
                    .para()
                    .italic(crate::i18n::isolate(
                        r.lang,
                        &short(&sheet.summary.text, 120),
                    ))
                    .para()
                    .plain(crate::i18n::isolate(r.lang, text)),
            )
            .row(vec![Button {
                label: words.with("button-open", &[("number", format!("#{id}").into())]),
                action: Action::Sheet(id),
            }]);
            self.tx
                .enqueue_delivery(None, r.participant_id, r.chat_id, &reply)
                .await?;
        }
        Ok(vec![self.say_with(
            "outcome-recorded",
            &[
                ("number", self.number(id).into()),
                ("count", followers.len().into()),
            ],
        )])
    }
}
