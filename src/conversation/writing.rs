//! Writing: new sheets and details through guided steps, with the similar-sheet check.

use super::*;

impl Turn<'_> {
    pub(super) async fn add_start(&mut self) -> Replies {
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        self.dialogue = Some(Dialogue::AddTheme);
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        let reply = self
            .say("add-choose-theme")
            .rows(themes.iter().map(|t| {
                vec![Button {
                    label: t.title.clone(),
                    action: Action::AddIn(t.id),
                }]
            }))
            .row(vec![self.button("button-cancel", Action::Cancel)]);
        Ok(vec![reply])
    }

    pub(super) async fn add_in(&mut self, theme_id: i64) -> Replies {
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        let Some(theme) = self.own_theme(theme_id).await? else {
            return Ok(self.stale());
        };
        self.dialogue = Some(Dialogue::AddKind { theme: theme.id });
        let reply = self
            .say_with("add-choose-kind", &[("theme", theme.title.into())])
            .row(vec![
                self.button("button-kind-challenge", Action::AddKind(Kind::Challenge)),
                self.button("button-kind-solution", Action::AddKind(Kind::Solution)),
            ])
            .row(vec![self.button("button-cancel", Action::Cancel)]);
        Ok(vec![reply])
    }

    pub(super) async fn add_kind(&mut self, kind: Kind) -> Replies {
        let Some(Dialogue::AddKind { theme }) = self.dialogue.clone() else {
            return Ok(self.stale());
        };
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        self.dialogue = Some(Dialogue::AddText { theme, kind });
        Ok(vec![self.write_prompt(kind)])
    }

    pub(super) fn write_prompt(&self, kind: Kind) -> Reply {
        let key = match kind {
            Kind::Challenge => "add-write-challenge",
            Kind::Solution => "add-write-solution",
        };
        self.say_with(
            key,
            &[
                ("min", SheetText::MIN_CHARS.into()),
                ("max", SheetText::MAX_CHARS.into()),
            ],
        )
        .row(vec![self.button("button-cancel", Action::Cancel)])
    }

    pub(super) async fn detail_start(&mut self, sheet_id: SheetId) -> Replies {
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        let Some(sheet) = self.public_sheet(sheet_id).await? else {
            return Ok(self.not_found(sheet_id));
        };
        self.dialogue = Some(Dialogue::DetailText { sheet: sheet_id });
        let reply = Reply::new(
            Text::new()
                .plain(
                    self.words
                        .with("detail-write", &[("number", self.number(sheet_id).into())]),
                )
                .para()
                .italic(self.quote(&short(self.displayed(&sheet.summary), SHORT_CHARS * 2)))
                .para()
                .plain(self.words.with(
                    "text-limits",
                    &[
                        ("min", SheetText::MIN_CHARS.into()),
                        ("max", SheetText::MAX_CHARS.into()),
                    ],
                )),
        )
        .row(vec![self.button("button-cancel", Action::Cancel)]);
        Ok(vec![reply])
    }

    /// Free text: the answer to a writing step, or a hint when no dialogue waits for it.
    pub(super) async fn text(&mut self, raw: &str) -> Replies {
        match self.dialogue.clone() {
            Some(Dialogue::AddText { theme, kind })
            | Some(Dialogue::AddPreview { theme, kind, .. }) => {
                if !self.consultation.phase.allows_writing() {
                    return Ok(self.refuse_phase(true));
                }
                let text = match self.parse_text(raw) {
                    Ok(text) => text,
                    Err(refusal) => return Ok(refusal),
                };
                self.add_preview(theme, kind, text).await
            }
            Some(Dialogue::DetailText { sheet }) | Some(Dialogue::DetailPreview { sheet, .. }) => {
                if !self.consultation.phase.allows_writing() {
                    return Ok(self.refuse_phase(true));
                }
                let text = match self.parse_text(raw) {
                    Ok(text) => text,
                    Err(refusal) => return Ok(refusal),
                };
                self.dialogue = Some(Dialogue::DetailPreview {
                    sheet,
                    text: text.clone(),
                });
                let reply = Reply::new(
                    Text::new()
                        .bold(
                            self.words
                                .with("detail-preview", &[("number", self.number(sheet).into())]),
                        )
                        .para()
                        .plain(self.quote(text.as_str()))
                        .para()
                        .plain(self.words.get("preview-question")),
                )
                .row(vec![
                    self.button("button-publish", Action::Confirm),
                    self.button("button-edit", Action::Edit),
                    self.button("button-cancel", Action::Cancel),
                ]);
                Ok(vec![reply])
            }
            Some(Dialogue::Translate { target, lang }) => {
                let text = match self.parse_text(raw) {
                    Ok(text) => text,
                    Err(refusal) => return Ok(refusal),
                };
                self.dialogue = None;
                self.store_translation(target, lang, &text).await
            }
            // A word not understood while a menu is open: the hint adds no buttons, so the
            // menu's numbers still mean what they meant (issue 13).
            Some(Dialogue::AddTheme)
            | Some(Dialogue::AddKind { .. })
            | Some(Dialogue::Forget { .. })
            | Some(Dialogue::Tally { .. })
                if self.menu_open =>
            {
                self.keep_menu = true;
                Ok(vec![self.say("hint-use-buttons")])
            }
            Some(Dialogue::AddTheme)
            | Some(Dialogue::AddKind { .. })
            | Some(Dialogue::Forget { .. })
            | Some(Dialogue::Tally { .. }) => Ok(vec![
                self.say("hint-use-buttons")
                    .row(vec![self.button("button-cancel", Action::Cancel)]),
            ]),
            None if self.menu_open => {
                self.keep_menu = true;
                Ok(vec![self.say("hint-menu-open")])
            }
            None => Ok(vec![self.say("hint").row(vec![
                self.button("button-themes", Action::Themes),
                self.button("button-help", Action::Help),
            ])]),
        }
    }

    /// The text rules, with the refusal a resident reads when the text breaks one.
    pub(super) fn parse_text(&self, raw: &str) -> Result<SheetText, Vec<Reply>> {
        SheetText::parse(raw).map_err(|err| vec![self.text_refused(err)])
    }

    pub(super) fn text_refused(&self, err: TextError) -> Reply {
        let text = match err {
            TextError::Blank => self.words.get("text-blank"),
            TextError::TooShort { min } => {
                self.words.with("text-too-short", &[("min", min.into())])
            }
            TextError::TooLong { max, len } => self.words.with(
                "text-too-long",
                &[("max", max.into()), ("length", len.into())],
            ),
        };
        Reply::new(Text::new().plain(text)).row(vec![self.button("button-cancel", Action::Cancel)])
    }

    pub(super) async fn add_preview(
        &mut self,
        theme_id: i64,
        kind: Kind,
        text: SheetText,
    ) -> Replies {
        let Some(theme) = self.own_theme(theme_id).await? else {
            self.dialogue = None;
            return Ok(self.stale());
        };
        let mut candidates = self
            .tx
            .ranked_sheets(theme.id, Kind::Challenge, Some(self.me.id), self.me.lang)
            .await?;
        candidates.extend(
            self.tx
                .ranked_sheets(theme.id, Kind::Solution, Some(self.me.id), self.me.lang)
                .await?,
        );
        let similar = similar::most_similar(text.as_str(), &candidates, 3);
        self.dialogue = Some(Dialogue::AddPreview {
            theme: theme.id,
            kind,
            text: text.clone(),
        });
        let mut body = Text::new()
            .bold(self.words.with(
                match kind {
                    Kind::Challenge => "add-preview-challenge",
                    Kind::Solution => "add-preview-solution",
                },
                &[("theme", theme.title.into())],
            ))
            .para()
            .plain(self.quote(text.as_str()));
        let mut reply_rows = Vec::new();
        if !similar.is_empty() {
            body = body.para().plain(self.words.get("add-similar"));
            for s in &similar {
                body = body
                    .line()
                    .bold(self.number(s.id))
                    .plain(" ")
                    .plain(self.quote(&short(self.displayed(s), SHORT_CHARS)));
                reply_rows.push(vec![self.button_with(
                    "button-as-detail",
                    &[("number", format!("#{}", s.id).into())],
                    Action::AsDetail(s.id),
                )]);
            }
        }
        body = body.para().plain(self.words.get("preview-question"));
        let reply = Reply::new(body)
            .row(vec![
                self.button("button-publish", Action::Confirm),
                self.button("button-edit", Action::Edit),
                self.button("button-cancel", Action::Cancel),
            ])
            .rows(reply_rows);
        Ok(vec![reply])
    }

    pub(super) fn edit_text(&mut self) -> Replies {
        match self.dialogue.clone() {
            Some(Dialogue::AddPreview { theme, kind, .. }) => {
                self.dialogue = Some(Dialogue::AddText { theme, kind });
                Ok(vec![self.write_prompt(kind)])
            }
            Some(Dialogue::DetailPreview { sheet, .. }) => {
                self.dialogue = Some(Dialogue::DetailText { sheet });
                Ok(vec![
                    self.say_with(
                        "detail-write-again",
                        &[("number", self.number(sheet).into())],
                    )
                    .row(vec![self.button("button-cancel", Action::Cancel)]),
                ])
            }
            _ => Ok(self.stale()),
        }
    }

    pub(super) async fn confirm(&mut self) -> Replies {
        // A tally is confirmed in any phase: meetings are counted after the chat closes too.
        if let Some(Dialogue::Tally { sheet, count }) = self.dialogue {
            return self.tally_confirmed(sheet, count).await;
        }
        if !self.consultation.phase.allows_writing()
            && !matches!(self.dialogue, Some(Dialogue::Forget { .. }))
        {
            return Ok(self.refuse_phase(true));
        }
        let status = self.settings.moderation.initial_status();
        match self.dialogue.clone() {
            Some(Dialogue::AddPreview { theme, kind, text }) => {
                if !self.flood.may_write(self.me.telegram_user_id) {
                    return Ok(self.too_many_writes());
                }
                let id = self
                    .tx
                    .submit_sheet(crate::store::NewSheet {
                        theme_id: theme,
                        kind,
                        text: &text,
                        lang: self.me.lang,
                        author_id: self.me.id,
                        status,
                    })
                    .await?;
                self.dialogue = None;
                self.post_to_admin_chat(
                    "admin-chat-new-sheet",
                    None,
                    Target::Sheet(id),
                    id,
                    text.as_str(),
                    status,
                    0,
                );
                let key = match (kind, status) {
                    (_, Status::Pending) => "add-done-pending",
                    (Kind::Challenge, _) => "add-done-challenge",
                    (Kind::Solution, _) => "add-done-solution",
                };
                self.notice = Some(self.words.with(key, &[("number", self.number(id).into())]));
                Ok(vec![
                    self.say_with(key, &[("number", self.number(id).into())])
                        .row(vec![
                            self.button_with(
                                "button-open",
                                &[("number", format!("#{id}").into())],
                                Action::Sheet(id),
                            ),
                            self.button("button-add-another", Action::AddIn(theme)),
                        ]),
                ])
            }
            Some(Dialogue::DetailPreview { sheet, text }) => self.store_detail(sheet, &text).await,
            Some(Dialogue::Forget { scope }) => self.forget(scope).await,
            _ => Ok(self.stale()),
        }
    }

    pub(super) async fn as_detail(&mut self, sheet: SheetId) -> Replies {
        let Some(Dialogue::AddPreview { text, .. }) = self.dialogue.clone() else {
            return Ok(self.stale());
        };
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        self.store_detail(sheet, &text).await
    }

    pub(super) async fn store_detail(&mut self, sheet: SheetId, text: &SheetText) -> Replies {
        if self.public_sheet(sheet).await?.is_none() {
            self.dialogue = None;
            return Ok(self.not_found(sheet));
        }
        if !self.flood.may_write(self.me.telegram_user_id) {
            return Ok(self.too_many_writes());
        }
        let status = self.settings.moderation.initial_status();
        self.tx
            .add_detail(sheet, text, self.me.lang, self.me.id, status)
            .await?;
        self.dialogue = None;
        let key = if status == Status::Pending {
            "detail-done-pending"
        } else {
            "detail-done"
        };
        self.notice = Some(
            self.words
                .with(key, &[("number", self.number(sheet).into())]),
        );
        Ok(vec![
            self.say_with(key, &[("number", self.number(sheet).into())])
                .row(vec![self.button_with(
                    "button-open",
                    &[("number", format!("#{sheet}").into())],
                    Action::Sheet(sheet),
                )]),
        ])
    }

    /// Over the hourly allowance of new sheets and details: nothing is stored, the draft stays
    /// so the resident can confirm it later.
    fn too_many_writes(&mut self) -> Vec<Reply> {
        self.notice = Some(self.words.get("flood-too-many-texts"));
        vec![
            self.say("flood-too-many-texts")
                .row(vec![self.button("button-cancel", Action::Cancel)]),
        ]
    }
}
