//! Language, help and the about page.

use super::commands::{self, Who};
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
                action: Action::SetLanguage(*l),
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
            .para();
        text = lines(
            text,
            commands::help_lines(&self.words, |s| s.who == Who::Resident),
        );
        // Facilitators see the commands their roles allow, read once for the whole list.
        let admin = self.is_admin();
        let roles = self.tx.roles_of(self.me.telegram_user_id).await?;
        let theirs = commands::help_lines(&self.words, |s| {
            s.who.need().is_some_and(|need| need.met_by(admin, &roles))
        });
        if !theirs.is_empty() {
            text = text.para().bold(self.words.get("help-facilitator-title"));
            text = lines(text.line(), theirs);
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

/// Each line on its own line of the message.
fn lines(text: Text, lines: Vec<String>) -> Text {
    lines.into_iter().enumerate().fold(text, |text, (i, line)| {
        if i == 0 {
            text.plain(line)
        } else {
            text.line().plain(line)
        }
    })
}
