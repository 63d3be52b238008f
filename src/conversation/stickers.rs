//! Stickers: placing, taking back and moving them within the budget of a theme.

use super::*;

impl Turn<'_> {
    pub(super) async fn vote(&mut self, id: SheetId, edit: bool) -> Replies {
        if !self.consultation.phase.allows_stickers() {
            return Ok(self.refuse_phase(false));
        }
        if self.public_sheet(id).await?.is_none() {
            return Ok(self.not_found(id));
        }
        match self
            .tx
            .place_sticker(self.me.id, id, self.consultation.stickers)
            .await?
        {
            Ok(left) => {
                self.notice = Some(self.words.with("sticker-placed", &[("count", left.into())]));
                let mut replies = self.sheet(id, edit).await?;
                if !edit {
                    replies.insert(
                        0,
                        self.say_with("sticker-placed", &[("count", left.into())]),
                    );
                }
                Ok(replies)
            }
            Err(StickerError::AlreadyPlaced) => {
                self.notice = Some(self.words.get("sticker-already"));
                self.sheet(id, edit).await
            }
            Err(StickerError::NoSuchSheet) => Ok(self.not_found(id)),
            Err(StickerError::NoneLeft { theme_id, kind }) => {
                self.none_left(theme_id, kind, Some(id)).await
            }
        }
    }

    /// No sticker left: say so plainly and offer to move one of the placed ones.
    pub(super) async fn none_left(
        &mut self,
        theme_id: i64,
        kind: Kind,
        target: Option<SheetId>,
    ) -> Replies {
        let theme = self.own_theme(theme_id).await?;
        let title = theme.map(|t| t.title).unwrap_or_default();
        let total = self.consultation.stickers.for_kind(kind);
        let key = match kind {
            Kind::Challenge => "stickers-none-left-challenge",
            Kind::Solution => "stickers-none-left-solution",
        };
        self.notice = Some(self.words.with(
            key,
            &[("count", total.into()), ("theme", title.clone().into())],
        ));
        let mine: Vec<SheetSummary> = self
            .tx
            .stickers_of(self.me.id, self.me.lang)
            .await?
            .into_iter()
            .filter(|s| s.theme_id == theme_id && s.kind == kind)
            .collect();
        let mut text = Text::new()
            .plain(
                self.words
                    .with(key, &[("count", total.into()), ("theme", title.into())]),
            )
            .para()
            .plain(self.words.get(if target.is_some() {
                "stickers-move-offer"
            } else {
                "stickers-take-back-offer"
            }));
        let mut rows = Vec::new();
        for s in &mine {
            text = text
                .line()
                .bold(self.number(s.id))
                .plain(" ")
                .plain(self.quote(&short(self.displayed(s), SHORT_CHARS)));
            let action = match target {
                Some(to) => Action::Swap { from: s.id, to },
                None => Action::Unvote(s.id),
            };
            let key = if target.is_some() {
                "button-move-from"
            } else {
                "button-take-back-from"
            };
            rows.push(vec![self.button_with(
                key,
                &[("number", format!("#{}", s.id).into())],
                action,
            )]);
        }
        let mut reply = Reply::new(text).rows(rows);
        if let Some(to) = target {
            reply = reply.row(vec![self.button_with(
                "button-open",
                &[("number", format!("#{to}").into())],
                Action::Sheet(to),
            )]);
        }
        Ok(vec![reply])
    }

    pub(super) async fn unvote(&mut self, id: SheetId, edit: bool) -> Replies {
        if !self.consultation.phase.allows_stickers() {
            return Ok(self.refuse_phase(false));
        }
        if self.tx.remove_sticker(self.me.id, id).await? {
            self.notice = Some(self.words.get("sticker-taken-back"));
            let mut replies = self.sheet(id, edit).await?;
            if !edit {
                replies.insert(0, self.say("sticker-taken-back"));
            }
            Ok(replies)
        } else {
            self.notice = Some(
                self.words
                    .with("sticker-none-here", &[("number", self.number(id).into())]),
            );
            Ok(vec![
                self.say_with("sticker-none-here", &[("number", self.number(id).into())])
                    .row(vec![self.button("button-my-stickers", Action::MyStickers)]),
            ])
        }
    }

    pub(super) async fn swap(&mut self, from: SheetId, to: SheetId, edit: bool) -> Replies {
        if !self.consultation.phase.allows_stickers() {
            return Ok(self.refuse_phase(false));
        }
        if !self.tx.remove_sticker(self.me.id, from).await? {
            return Ok(self.stale());
        }
        match self
            .tx
            .place_sticker(self.me.id, to, self.consultation.stickers)
            .await?
        {
            Ok(_) => {
                let note = self.words.with(
                    "sticker-moved",
                    &[
                        ("from", self.number(from).into()),
                        ("to", self.number(to).into()),
                    ],
                );
                self.notice = Some(note.clone());
                let mut replies = self.sheet(to, edit).await?;
                replies.insert(0, Reply::new(Text::new().plain(note)));
                Ok(replies)
            }
            Err(_) => {
                // The target went away meanwhile: keep the sticker where it was.
                self.tx
                    .place_sticker(self.me.id, from, self.consultation.stickers)
                    .await?
                    .ok();
                Ok(self.stale())
            }
        }
    }

    pub(super) async fn move_menu(&mut self, theme: i64, kind: Kind) -> Replies {
        self.none_left(theme, kind, None).await
    }

    pub(super) async fn my_stickers(&mut self, edit: bool) -> Replies {
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        let mine = self.tx.stickers_of(self.me.id, self.me.lang).await?;
        let budget = self.consultation.stickers;
        let mut text = Text::new().bold(self.words.get("my-stickers-title"));
        let mut rows = Vec::new();
        for theme in &themes {
            text = text.para().bold(theme.title.clone());
            for kind in [Kind::Challenge, Kind::Solution] {
                let placed: Vec<&SheetSummary> = mine
                    .iter()
                    .filter(|s| s.theme_id == theme.id && s.kind == kind)
                    .collect();
                let key = match kind {
                    Kind::Challenge => "my-stickers-challenges",
                    Kind::Solution => "my-stickers-solutions",
                };
                text = text.line().plain(self.words.with(
                    key,
                    &[
                        ("used", placed.len().into()),
                        ("total", budget.for_kind(kind).into()),
                    ],
                ));
                for s in placed {
                    text = text
                        .line()
                        .plain("  • ")
                        .bold(self.number(s.id))
                        .plain(" ")
                        .plain(self.quote(&short(self.displayed(s), SHORT_CHARS)));
                    rows.push(vec![Button {
                        label: format!("#{} {}", s.id, short(self.displayed(s), BUTTON_CHARS)),
                        action: Action::Sheet(s.id),
                    }]);
                }
            }
        }
        if mine.is_empty() {
            text = text.para().plain(self.words.get("my-stickers-none"));
        }
        Ok(vec![self.with_themes_button(
            Reply::new(text).rows(rows).editing(edit),
        )])
    }
}
