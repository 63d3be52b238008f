//! Digests from the resident's side: the onboarding question (its own step, after district and
//! age band), `/digest on|off`, the button under each digest, and `/digest now` for admins.

use super::commands::DigestArg;
use super::facilitator::Need;
use super::*;
use crate::domain::AuditAction;

impl Turn<'_> {
    /// The last onboarding question: digests, yes or no. Default is no.
    pub(super) fn digest_question(&self) -> Reply {
        self.say("onboarding-digest")
            .row(vec![
                self.button("button-digest-yes", Action::OnboardingDigest(true)),
                self.button("button-digest-no", Action::OnboardingDigest(false)),
            ])
            .editing(true)
    }

    pub(super) async fn answer_digest(&mut self, on: bool) -> Replies {
        self.tx.set_digest_opt_in(self.me.id, on).await?;
        self.me.digest_opt_in = on;
        let text = Text::new()
            .plain(self.words.get(if on { "digest-on" } else { "digest-off" }))
            .para()
            .plain(self.words.get("onboarding-thanks"));
        Ok(vec![
            self.with_themes_button(Reply::new(text)).editing(true),
        ])
    }

    /// `/digest on|off` and the digest's own button.
    pub(super) async fn set_digest(&mut self, on: bool) -> Replies {
        self.tx.set_digest_opt_in(self.me.id, on).await?;
        self.me.digest_opt_in = on;
        Ok(vec![self.digest_status()])
    }

    /// The choice as it stands, with a button to change it.
    fn digest_status(&self) -> Reply {
        let (key, button, action) = if self.me.digest_opt_in {
            ("digest-on", "button-digest-off", Action::Digest(false))
        } else {
            ("digest-off", "button-digest-on", Action::Digest(true))
        };
        self.say(key).row(vec![
            self.button(button, action),
            self.button("button-themes", Action::Themes),
        ])
    }

    pub(super) async fn digest_command(&mut self, arg: DigestArg) -> Replies {
        match arg {
            DigestArg::Show => Ok(vec![self.digest_status()]),
            DigestArg::On => self.set_digest(true).await,
            DigestArg::Off => self.set_digest(false).await,
            DigestArg::Now => {
                // A run to everyone: an admin's decision, like a broadcast.
                if !self.allowed(Need::Admin).await? {
                    return Ok(self.refusal());
                }
                let started =
                    crate::digest::enqueue_run(self.tx, &self.settings.admins, crate::store::now())
                        .await?;
                let summary = match started {
                    crate::digest::Started::Queued(summary) => summary,
                    crate::digest::Started::NothingToSend => {
                        return Ok(vec![self.say("digest-now-nothing")]);
                    }
                    crate::digest::Started::AlreadyRun => {
                        return Ok(vec![self.say("digest-now-already")]);
                    }
                };
                self.tx
                    .audit(
                        self.me.telegram_user_id,
                        AuditAction::Digest,
                        &summary.run.to_string(),
                        "",
                    )
                    .await?;
                Ok(vec![self.say_with(
                    "digest-now-started",
                    &[
                        ("count", (summary.residents + summary.facilitators).into()),
                        ("run", summary.run.into()),
                    ],
                )])
            }
        }
    }
}
