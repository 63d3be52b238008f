//! Human translations of sheets and details, and the queue of what waits for one.

use super::super::{Action, Dialogue, Replies, Reply, Text, Turn, short};
use super::{Need, target_label};
use crate::domain::{AuditAction, Lang, SheetText};
use crate::store::Target;

impl Turn<'_> {
    /// `/translate N LANG TEXT` (a sheet) or `/translate dN LANG TEXT` (a detail); also the
    /// translation a translator writes after taking the next item of the queue.
    pub(in crate::conversation) async fn store_translation(
        &mut self,
        target: Target,
        lang: Lang,
        text: &SheetText,
    ) -> Replies {
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        if !self
            .tx
            .set_human_translation(target, lang, text.as_str(), self.me.telegram_user_id)
            .await?
        {
            return Ok(vec![self.say_with(
                "moderation-not-found",
                &[("target", target_label(target).into())],
            )]);
        }
        self.tx
            .audit(
                self.me.telegram_user_id,
                AuditAction::Translate,
                &target_label(target),
                lang.code(),
            )
            .await?;
        let message = self.words.with(
            "translate-done",
            &[
                ("target", target_label(target).into()),
                ("language", self.language_name(lang).into()),
            ],
        );
        self.notice = Some(message.clone());
        Ok(vec![Reply::new(Text::new().plain(message)).row(vec![
            self.button_with(
                "button-translate-next",
                &[("language", self.language_name(lang).into())],
                Action::TranslateNext(lang),
            ),
        ])])
    }

    /// `/translations [LANG]`: how much waits for a translation, and a button to take the next.
    pub(super) async fn translation_queue(&mut self, lang: Option<Lang>) -> Replies {
        let lang = lang.unwrap_or(self.me.lang);
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        let (total, items) = self
            .tx
            .translation_queue(self.consultation.id, lang, 5)
            .await?;
        let mut text = Text::new().bold(self.words.with(
            "translations-title",
            &[
                ("language", self.language_name(lang).into()),
                ("count", total.into()),
            ],
        ));
        for item in &items {
            text = text
                .line()
                .plain(format!("{} ", target_label(item.target)))
                .plain(self.quote(&short(&item.text, 60)));
        }
        let mut reply = Reply::new(text);
        if total > 0 {
            reply = reply.row(vec![self.button_with(
                "button-translate-next",
                &[("language", self.language_name(lang).into())],
                Action::TranslateNext(lang),
            )]);
        }
        Ok(vec![reply])
    }

    pub(in crate::conversation) async fn translate_next(&mut self, lang: Lang) -> Replies {
        if !self.allowed(Need::Translator(Some(lang))).await? {
            return Ok(self.refusal());
        }
        let (_, items) = self
            .tx
            .translation_queue(self.consultation.id, lang, 1)
            .await?;
        let Some(item) = items.into_iter().next() else {
            self.dialogue = None;
            return Ok(vec![self.say_with(
                "translations-done",
                &[("language", self.language_name(lang).into())],
            )]);
        };
        self.dialogue = Some(Dialogue::Translate {
            target: item.target,
            lang,
        });
        let text = Text::new()
            .bold(self.words.with(
                "translate-prompt",
                &[
                    ("target", target_label(item.target).into()),
                    ("language", self.language_name(lang).into()),
                ],
            ))
            .para()
            .italic(self.words.with(
                "sheet-original",
                &[("language", self.language_name(item.lang).into())],
            ))
            .line()
            .plain(self.quote(&item.text));
        Ok(vec![
            Reply::new(text).row(vec![self.button("button-cancel", Action::Cancel)]),
        ])
    }
}
