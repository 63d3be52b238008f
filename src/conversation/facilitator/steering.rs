//! Steering the consultation: meeting tallies, phases and outcomes.

use super::super::{Action, Button, Replies, Reply, Text, Turn, short};
use crate::domain::{Decision, Phase, SheetId, SheetText};
use crate::i18n::Words;

impl Turn<'_> {
    pub(super) async fn tally(&mut self, arg: &str) -> Replies {
        let parts: Vec<&str> = arg.split_whitespace().collect();
        let (Some(id), Some(count)) = (
            parts
                .first()
                .and_then(|s| s.trim_start_matches('#').parse::<SheetId>().ok()),
            parts
                .get(1)
                .and_then(|s| s.parse::<i64>().ok())
                .filter(|n| (0..=100_000).contains(n)),
        ) else {
            return Ok(self.usage("usage-tally"));
        };
        if parts.len() != 2 {
            return Ok(self.usage("usage-tally"));
        }
        if !self
            .tx
            .set_tally(id, count, self.me.telegram_user_id)
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
                "tally",
                &format!("#{id}"),
                &count.to_string(),
            )
            .await?;
        Ok(vec![self.say_with(
            "tally-done",
            &[("number", self.number(id).into()), ("count", count.into())],
        )])
    }

    pub(super) async fn phase(&mut self, arg: &str) -> Replies {
        let Ok(phase) = arg.trim().to_lowercase().parse::<Phase>() else {
            return Ok(self.usage("usage-phase"));
        };
        let old = self.consultation.phase;
        self.tx.set_phase(self.consultation.id, phase).await?;
        self.consultation.phase = phase;
        self.tx
            .audit(
                self.me.telegram_user_id,
                "phase",
                &self.consultation.key,
                &format!("{old} -> {phase}"),
            )
            .await?;
        let key = match phase {
            Phase::Open => "phase-set-open",
            Phase::Voting => "phase-set-voting",
            Phase::Closed => "phase-set-closed",
        };
        Ok(vec![self.say(key)])
    }

    /// `/outcome N adopted|considered|declined TEXT`: recorded, and the author and everyone
    /// with a sticker on the sheet are told in their language.
    pub(super) async fn outcome(&mut self, arg: &str) -> Replies {
        let mut parts = arg.trim().splitn(3, char::is_whitespace);
        let id = parts
            .next()
            .and_then(|s| s.trim_start_matches('#').parse::<SheetId>().ok());
        let decision = parts
            .next()
            .and_then(|s| s.to_lowercase().parse::<Decision>().ok());
        let text = parts.next().map(str::trim).unwrap_or("");
        let (Some(id), Some(decision)) = (id, decision) else {
            return Ok(self.usage("usage-outcome"));
        };
        if text.is_empty() || SheetText::parse(text).is_err() {
            return Ok(self.usage("usage-outcome"));
        }
        let Some(sheet) = self
            .tx
            .sheet(id, self.me.id, self.consultation.lang)
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
                "outcome",
                &format!("#{id}"),
                decision.as_str(),
            )
            .await?;
        let followers = self.tx.sheet_followers(id).await?;
        for r in &followers {
            let words = Words::new(r.lang);
            let decision_word = words.get(match decision {
                Decision::Adopted => "decision-adopted",
                Decision::Considered => "decision-considered",
                Decision::Declined => "decision-declined",
            });
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
                data: Action::Sheet(id).to_string(),
            }]);
            let payload = serde_json::to_string(&reply).expect("replies serialise");
            self.tx
                .enqueue_delivery(None, r.participant_id, r.chat_id, &payload)
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
