//! The resident's own data: what is kept about them (/mydata) and being forgotten (/forget).

use super::*;
use crate::domain::AuditAction;
use crate::report::FileRequest;

impl Turn<'_> {
    pub(super) async fn my_data(&mut self) -> Replies {
        let Some(data) = self.tx.participant_data(self.me.id).await? else {
            return Ok(self.stale());
        };
        let none = self.words.get("mydata-none");
        let age = data
            .age_band
            .as_deref()
            .and_then(|band| AGE_BANDS.iter().position(|b| *b == band))
            .map(|i| self.words.get(&keys::age_band(i)))
            .unwrap_or_else(|| none.clone());
        let district = match data.district.as_deref() {
            Some(super::DISTRICT_ELSEWHERE) => self.words.get("button-district-elsewhere"),
            Some(d) => d.to_owned(),
            None => none.clone(),
        };
        let since = chrono::DateTime::from_timestamp(data.created_at, 0)
            .map(|t| t.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let mut text = Text::new()
            .bold(self.words.get("mydata-title"))
            .para()
            .plain(self.words.with(
                "mydata-body",
                &[
                    ("id", self.me.telegram_user_id.to_string().into()),
                    ("language", data.lang.native_name().into()),
                    ("district", district.into()),
                    ("age", age.into()),
                    ("since", since.into()),
                    ("details", data.details.into()),
                ],
            ));
        text = text.para().plain(
            self.words
                .with("mydata-sheets", &[("count", data.sheets.len().into())]),
        );
        for (id, sheet) in &data.sheets {
            text = text
                .line()
                .plain("• ")
                .bold(self.number(*id))
                .plain(" ")
                .plain(self.quote(&short(sheet, SHORT_CHARS)));
        }
        let stickers: Vec<String> = data.stickers.iter().map(|id| self.number(*id)).collect();
        text = text.para().plain(if stickers.is_empty() {
            self.words.get("mydata-stickers-none")
        } else {
            self.words.with(
                "mydata-stickers",
                &[
                    ("count", stickers.len().into()),
                    ("list", stickers.join(", ").into()),
                ],
            )
        });
        let digest = if self.me.digest_opt_in {
            "digest-on"
        } else {
            "digest-off"
        };
        text = text.para().plain(self.words.get(digest));
        text = text.para().italic(self.words.get("mydata-privacy"));
        // The whole of it, in full, as a file: made after the commit from a read snapshot.
        let document = self.file_reply(
            Text::new().plain(self.words.get("mydata-file-caption")),
            AttachmentKind::Document,
            "consultbot-mydata.json",
            FileRequest::ResidentData(self.me.id),
        );
        Ok(vec![document, self.with_themes_button(Reply::new(text))])
    }

    /// `/forget` without a word: what to forget.
    pub(super) fn forget_choose(&self) -> Reply {
        self.say("forget-choose")
            .row(vec![self.button(
                "button-forget-all",
                Action::Forget(ForgetScope::All),
            )])
            .row(vec![self.button(
                "button-forget-account",
                Action::Forget(ForgetScope::Account),
            )])
            .row(vec![self.button("button-cancel", Action::Cancel)])
    }

    /// Either way, a confirmation first: it cannot be undone.
    pub(super) fn forget_ask(&mut self, scope: ForgetScope) -> Reply {
        self.dialogue = Some(Dialogue::Forget { scope });
        let key = match scope {
            ForgetScope::All => "forget-confirm-all",
            ForgetScope::Account => "forget-confirm",
        };
        self.say(key).row(vec![
            self.button("button-forget", Action::Confirm),
            self.button("button-cancel", Action::Cancel),
        ])
    }

    /// Confirmed: everything goes in this transaction, and the audit log keeps only counts.
    pub(super) async fn forget(&mut self, scope: ForgetScope) -> Replies {
        let erased = self
            .tx
            .forget_participant(self.me.id, self.me.telegram_user_id, scope)
            .await?;
        self.tx
            .audit(
                // Not the resident's id: the log must not say who was forgotten.
                TelegramUserId::new(0),
                AuditAction::Forget,
                scope.as_str(),
                &format!(
                    "sheets {}, details {}, stickers {}",
                    erased.sheets, erased.details, erased.stickers
                ),
            )
            .await?;
        self.dialogue = None;
        self.forgotten = true;
        Ok(vec![self.say("forget-done")])
    }
}
