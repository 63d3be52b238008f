//! Language, help and the about page.

use super::*;

impl Turn<'_> {
    pub(super) fn language_menu(&self, edit: bool) -> Reply {
        let buttons: Vec<Button> = Lang::ALL
            .iter()
            .map(|l| Button {
                label: if *l == self.me.lang {
                    format!("✓ {}", l.native_name())
                } else {
                    l.native_name().to_owned()
                },
                data: Action::SetLanguage(*l).to_string(),
            })
            .collect();
        Reply::new(Text::new().plain(self.words.get("language-choose")))
            .rows(buttons.chunks(3).map(<[Button]>::to_vec))
            .editing(edit)
    }

    pub(super) async fn set_language(&mut self, lang: Lang) -> Replies {
        self.tx.choose_lang(self.me.id, lang).await?;
        self.me.lang = lang;
        self.words = Words::new(lang);
        if let Some(c) = self.tx.current_consultation(lang).await? {
            self.consultation = c;
        }
        self.notice = Some(self.words.get("language-set"));
        let mut replies = vec![self.say("language-set")];
        replies.extend(self.welcome().await?);
        Ok(replies)
    }

    /// How it works; facilitators also see their own commands.
    pub(super) async fn help(&mut self) -> Replies {
        let mut text = Text::new()
            .bold(self.words.get("help-title"))
            .para()
            .plain(self.words.with(
                "help-body",
                &[
                    ("challenges", self.consultation.stickers.challenge.into()),
                    ("solutions", self.consultation.stickers.solution.into()),
                ],
            ))
            .para()
            .plain(self.words.get("help-privacy"));
        if self.allowed(facilitator::Need::Moderator).await?
            || self.allowed(facilitator::Need::Translator(None)).await?
        {
            text = text
                .para()
                .bold(self.words.get("help-facilitator-title"))
                .line()
                .plain(self.words.get("help-facilitator"));
        }
        Ok(vec![self.with_themes_button(Reply::new(text))])
    }

    pub(super) fn about(&self) -> Reply {
        let text = Text::new()
            .bold(self.consultation.title.clone())
            .para()
            .plain(self.consultation.about.trim().to_owned());
        self.with_themes_button(Reply::new(text))
    }
}
