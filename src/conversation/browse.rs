//! Browsing: the welcome, themes, lists of sheets, a sheet, its original text.

use super::*;

impl Turn<'_> {
    pub(super) async fn start(&mut self, payload: Option<&str>) -> Replies {
        let mut replies = Vec::new();
        match payload {
            Some(p) if p.starts_with("theme-") => {
                let key = &p["theme-".len()..];
                let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
                if let Some(theme) = themes.iter().find(|t| t.key == key) {
                    return self.theme(theme.id, false).await;
                }
            }
            Some(p) if p.starts_with("sheet-") => {
                if let Some(id) = crate::domain::parse_id(&p["sheet-".len()..]).map(SheetId::new) {
                    if self.visible_sheet(id).await?.is_some() {
                        return self.read_sheet(id, 0, false).await;
                    }
                    // The link named a sheet that is gone: say so before the welcome.
                    replies.push(
                        self.say_with("sheet-not-found", &[("number", self.number(id).into())]),
                    );
                }
            }
            _ => {}
        }
        // The optional questions come after the first sheet (`sheet_page`), not here: the
        // welcome's theme buttons are the numbers a resident types first.
        replies.extend(self.welcome().await?);
        Ok(replies)
    }

    pub(super) async fn welcome(&mut self) -> Replies {
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        let text = Text::new()
            .bold(self.consultation.title.clone())
            .para()
            .plain(self.consultation.intro.trim().to_owned())
            .para()
            .plain(self.words.get("welcome-choose-theme"));
        let reply = Reply::new(text)
            .rows(themes.iter().map(|t| vec![self.theme_button(t)]))
            .row(vec![
                self.button("button-about", Action::About),
                self.button("button-language", Action::Language),
            ]);
        Ok(vec![reply])
    }

    pub(super) fn theme_button(&self, theme: &ThemeRow) -> Button {
        Button {
            label: theme.title.clone(),
            action: Action::Theme(theme.id),
        }
    }

    pub(super) async fn themes(&mut self, edit: bool) -> Replies {
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        let mut text = Text::new().bold(self.words.get("themes-title")).para();
        for theme in &themes {
            text = text
                .bold(theme.title.clone())
                .plain(format!(" — {}", theme.description.trim()))
                .line();
        }
        let reply = Reply::new(text)
            .rows(themes.iter().map(|t| vec![self.theme_button(t)]))
            .row(vec![self.button("button-my-stickers", Action::MyStickers)])
            .editing(edit);
        Ok(vec![reply])
    }

    pub(super) async fn theme(&mut self, theme_id: i64, edit: bool) -> Replies {
        let Some(theme) = self.own_theme(theme_id).await? else {
            return Ok(self.stale());
        };
        let challenges = self
            .tx
            .ranked_sheets(theme.id, Kind::Challenge, Some(self.me.id), self.me.lang)
            .await?;
        let solutions = self
            .tx
            .ranked_sheets(theme.id, Kind::Solution, Some(self.me.id), self.me.lang)
            .await?;
        let mut text = Text::new()
            .bold(theme.title.clone())
            .para()
            .plain(theme.description.trim().to_owned())
            .para()
            .plain(self.words.with(
                "theme-counts",
                &[
                    ("challenges", challenges.len().into()),
                    ("solutions", solutions.len().into()),
                ],
            ));
        if self.consultation.phase.allows_stickers() {
            text = text.para().plain(self.stickers_left_line(theme.id).await?);
        }
        let mut reply = Reply::new(text)
            .row(vec![
                self.button_with(
                    "button-challenges",
                    &[("count", challenges.len().into())],
                    Action::List {
                        theme: theme.id,
                        kind: Kind::Challenge,
                        page: 0,
                    },
                ),
                self.button_with(
                    "button-solutions",
                    &[("count", solutions.len().into())],
                    Action::List {
                        theme: theme.id,
                        kind: Kind::Solution,
                        page: 0,
                    },
                ),
            ])
            .editing(edit);
        if self.consultation.phase.allows_writing() {
            reply = reply.row(vec![
                self.button("button-add-here", Action::AddIn(theme.id)),
            ]);
        }
        Ok(vec![reply.row(vec![
            self.button("button-back-themes", Action::Themes),
        ])])
    }

    pub(super) async fn stickers_left_line(&mut self, theme_id: i64) -> Result<String, StoreError> {
        let budget = self.consultation.stickers;
        let used_c = self
            .tx
            .stickers_used(self.me.id, theme_id, Kind::Challenge)
            .await?;
        let used_s = self
            .tx
            .stickers_used(self.me.id, theme_id, Kind::Solution)
            .await?;
        Ok(self.words.with(
            "stickers-left-theme",
            &[
                ("challenges", budget.challenge.saturating_sub(used_c).into()),
                ("challenges_total", budget.challenge.into()),
                ("solutions", budget.solution.saturating_sub(used_s).into()),
                ("solutions_total", budget.solution.into()),
            ],
        ))
    }

    pub(super) async fn own_theme(
        &mut self,
        theme_id: i64,
    ) -> Result<Option<ThemeRow>, StoreError> {
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        Ok(themes.into_iter().find(|t| t.id == theme_id))
    }

    pub(super) async fn list(
        &mut self,
        theme_id: i64,
        kind: Kind,
        page: u32,
        edit: bool,
    ) -> Replies {
        let Some(theme) = self.own_theme(theme_id).await? else {
            return Ok(self.stale());
        };
        let sheets = self
            .tx
            .ranked_sheets(theme.id, kind, Some(self.me.id), self.me.lang)
            .await?;
        let pages = sheets.len().div_ceil(PAGE_SIZE).max(1) as u32;
        let page = page.min(pages - 1);
        let shown = sheets
            .iter()
            .skip(page as usize * PAGE_SIZE)
            .take(PAGE_SIZE);
        let heading_key = match kind {
            Kind::Challenge => "list-challenges",
            Kind::Solution => "list-solutions",
        };
        let mut text = Text::new().bold(self.words.with(
            heading_key,
            &[
                ("theme", theme.title.clone().into()),
                ("page", (page + 1).into()),
                ("pages", pages.into()),
            ],
        ));
        text = text.para();
        if sheets.is_empty() {
            text = text.plain(self.words.get("list-empty"));
        }
        let mut rows = Vec::new();
        for sheet in shown {
            text = text
                .bold(self.number(sheet.id))
                .plain(" ")
                .plain(self.quote(&short(self.displayed(sheet), SHORT_CHARS)))
                .line()
                .plain(self.words.with(
                    if sheet.mine {
                        "list-stickers-mine"
                    } else {
                        "list-stickers"
                    },
                    &[("count", sheet.total_votes().into())],
                ))
                .para();
            rows.push(vec![Button {
                label: format!(
                    "#{} {}",
                    sheet.id,
                    short(self.displayed(sheet), BUTTON_CHARS)
                ),
                action: Action::Sheet(sheet.id),
            }]);
        }
        let mut nav = Vec::new();
        if page > 0 {
            nav.push(self.button(
                "button-previous",
                Action::List {
                    theme: theme.id,
                    kind,
                    page: page - 1,
                },
            ));
        }
        if page + 1 < pages {
            nav.push(self.button(
                "button-next",
                Action::List {
                    theme: theme.id,
                    kind,
                    page: page + 1,
                },
            ));
        }
        let reply = Reply::new(text)
            .rows(rows)
            .row(nav)
            .row(vec![self.button_with(
                "button-back-theme",
                &[("theme", theme.title.clone().into())],
                Action::Theme(theme.id),
            )])
            .editing(edit);
        Ok(vec![reply])
    }

    /// A sheet the reader may see: visible, or their own while it waits for approval.
    pub(super) async fn visible_sheet(
        &mut self,
        id: SheetId,
    ) -> Result<Option<SheetRow>, StoreError> {
        let sheet = self.tx.sheet(id, Some(self.me.id), self.me.lang).await?;
        Ok(sheet.filter(|s| {
            s.status == Status::Visible
                || (s.status == Status::Pending && s.author_id == Some(self.me.id))
        }))
    }

    /// A sheet everyone sees: what stickers, details, reports and links can point at.
    pub(super) async fn public_sheet(
        &mut self,
        id: SheetId,
    ) -> Result<Option<SheetRow>, StoreError> {
        let sheet = self.tx.sheet(id, Some(self.me.id), self.me.lang).await?;
        Ok(sheet.filter(|s| s.status == Status::Visible))
    }

    /// A sheet as part of another answer (a sticker placed or taken back).
    pub(super) async fn sheet(&mut self, id: SheetId, edit: bool) -> Replies {
        self.sheet_view(id, 0, edit).await
    }

    /// A sheet the resident asked to read (a button, `/item`, a link), with one page of its
    /// details: page 0 carries the sheet itself, later pages only its heading, so no message
    /// passes Telegram's limit however many details there are.
    pub(super) async fn read_sheet(&mut self, id: SheetId, page: u32, edit: bool) -> Replies {
        let mut replies = self.sheet_view(id, page, edit).await?;
        // The optional questions wait until the resident has read a sheet, and come as their
        // own message: its buttons are then the only numbered choices (issue 13). A sheet not
        // found (its answer has no way back to a list) asks nothing.
        let shown = replies
            .first()
            .is_some_and(|r| r.choices().any(|b| matches!(b.action, Action::List { .. })));
        if shown && !self.me.onboarded && !self.forgotten {
            self.tx.mark_onboarded(self.me.id).await?;
            self.me.onboarded = true;
            replies.push(self.district_question());
        }
        Ok(replies)
    }

    async fn sheet_view(&mut self, id: SheetId, page: u32, edit: bool) -> Replies {
        let Some(sheet) = self.visible_sheet(id).await? else {
            return Ok(self.not_found(id));
        };
        let Some(theme) = self.own_theme(sheet.summary.theme_id).await? else {
            return Ok(self.not_found(id));
        };
        let details = self.tx.details(id, self.me.lang).await?;
        let s = &sheet.summary;
        let mut text = Text::new()
            .bold(self.number(s.id))
            .plain(format!(" · {} · {}", self.kind_word(s.kind), theme.title))
            .para()
            .plain(self.quote(self.displayed(s)));
        text = self.language_note(
            text,
            s.lang,
            s.translation.as_ref().map(|(_, origin)| *origin),
        );
        if sheet.status == Status::Pending {
            text = text.para().italic(self.words.get("sheet-pending"));
        }
        if let Some(rank) = sheet.favourite_rank {
            text = text
                .para()
                .italic(self.words.with("sheet-favourite", &[("rank", rank.into())]));
        }
        // What the city decided, once it is sent, in the reader's version where one exists.
        if let Some(decision) = self.tx.shown_decision(id, self.me.lang).await? {
            let shown = decision
                .version
                .as_ref()
                .map(|(t, _)| t.as_str())
                .unwrap_or(&decision.text);
            text = text
                .para()
                .bold(self.words.with(
                    "sheet-decision",
                    &[(
                        "decision",
                        self.words.get(keys::decision(decision.decision)).into(),
                    )],
                ))
                .line()
                .plain(self.quote(shown));
            if let Some(lang) = decision.lang {
                text = self.language_note(
                    text,
                    lang,
                    decision.version.as_ref().map(|(_, origin)| *origin),
                );
            }
        }
        text = text.para().plain(self.words.with(
            "sheet-stickers",
            &[
                ("online", s.votes.into()),
                ("meeting", s.meeting_votes.into()),
            ],
        ));
        if s.mine {
            text = text.line().plain(self.words.get("sheet-your-sticker"));
        }
        // The stickers left are shown where they are placed.
        if self.consultation.phase.allows_stickers() && sheet.status == Status::Visible {
            text = text.line().italic(self.stickers_left_line(theme.id).await?);
        }
        // Each detail as it will read, measured so a page stays within the limit.
        let lines: Vec<Text> = details.iter().map(|d| self.detail_line(d)).collect();
        let units: Vec<usize> = lines.iter().map(utf16_units).collect();
        let pages = detail_pages(utf16_units(&text), &units);
        let page = (page as usize).min(pages.len() - 1);
        if page > 0 {
            // A later page: the sheet's heading and the start of its text, then details.
            text = Text::new()
                .bold(self.number(s.id))
                .plain(format!(" · {} · {}", self.kind_word(s.kind), theme.title))
                .line()
                .plain(self.quote(&short(self.displayed(s), SHORT_CHARS)));
        }
        if !details.is_empty() {
            text = text.para().bold(
                self.words
                    .with("sheet-details", &[("count", details.len().into())]),
            );
            if pages.len() > 1 {
                text = text.plain(" ").italic(self.words.with(
                    "details-page",
                    &[("page", (page + 1).into()), ("pages", pages.len().into())],
                ));
            }
            for line in lines
                .into_iter()
                .take(pages[page].end)
                .skip(pages[page].start)
            {
                text.0.extend(line.0);
            }
        }
        let phase = self.consultation.phase;
        let mut first = Vec::new();
        if phase.allows_stickers() && sheet.status == Status::Visible {
            first.push(if s.mine {
                self.button("button-unvote", Action::Unvote(s.id))
            } else {
                self.button("button-vote", Action::Vote(s.id))
            });
        }
        if phase.allows_writing() && sheet.status == Status::Visible {
            first.push(self.button("button-add-detail", Action::Detail(s.id)));
        }
        let mut reply = Reply::new(text).row(first).editing(edit);
        let mut extra = Vec::new();
        if s.translation.is_some() {
            extra.push(self.button("button-original", Action::Original(s.id)));
        }
        if sheet.status == Status::Visible && sheet.author_id != Some(self.me.id) {
            extra.push(self.button("button-report", Action::Report(s.id)));
        }
        reply = reply.row(extra);
        let mut nav = Vec::new();
        if page > 0 {
            nav.push(self.button(
                "button-details-previous",
                Action::Details {
                    sheet: s.id,
                    page: page as u32 - 1,
                },
            ));
        }
        if page + 1 < pages.len() {
            nav.push(self.button(
                "button-details-next",
                Action::Details {
                    sheet: s.id,
                    page: page as u32 + 1,
                },
            ));
        }
        reply = reply.row(nav);
        reply = reply.row(vec![self.button_with(
            "button-back-list",
            &[("theme", theme.title.clone().into())],
            Action::List {
                theme: theme.id,
                kind: s.kind,
                page: 0,
            },
        )]);
        Ok(vec![reply])
    }

    /// One detail on its own line, in the reader's version where one exists.
    fn detail_line(&self, d: &crate::store::DetailRow) -> Text {
        let shown = d
            .translation
            .as_ref()
            .map(|(t, _)| t.as_str())
            .unwrap_or(&d.text);
        let mut line = Text::new().line().plain("• ").plain(self.quote(shown));
        if d.lang != self.me.lang {
            let key = match &d.translation {
                Some((_, TranslationOrigin::Machine)) => "detail-machine-translated",
                Some(_) => "detail-translated",
                None => "detail-language",
            };
            line = line.plain(" ").italic(
                self.words
                    .with(key, &[("language", self.language_name(d.lang).into())]),
            );
        }
        line
    }

    pub(super) fn language_name(&self, lang: Lang) -> String {
        self.words.get(&keys::language(lang))
    }

    /// Says in which language a text was written when it is not the reader's.
    /// Machine translations say so: a reader should know no person checked them.
    pub(super) fn language_note(
        &self,
        text: Text,
        lang: Lang,
        translation: Option<TranslationOrigin>,
    ) -> Text {
        if lang == self.me.lang {
            return text;
        }
        let key = match translation {
            Some(TranslationOrigin::Machine) => "sheet-machine-translated",
            Some(_) => "sheet-translated",
            // A translation is promised only when a service will make one.
            None if self.machine_translation => "sheet-untranslated",
            None => "sheet-written-in",
        };
        text.line().italic(
            self.words
                .with(key, &[("language", self.language_name(lang).into())]),
        )
    }

    pub(super) fn not_found(&mut self, id: SheetId) -> Vec<Reply> {
        self.notice = Some(
            self.words
                .with("sheet-not-found", &[("number", self.number(id).into())]),
        );
        vec![self.with_themes_button(
            self.say_with("sheet-not-found", &[("number", self.number(id).into())]),
        )]
    }

    pub(super) async fn original(&mut self, id: SheetId) -> Replies {
        let Some(sheet) = self.visible_sheet(id).await? else {
            return Ok(self.not_found(id));
        };
        let s = &sheet.summary;
        let text = Text::new()
            .bold(self.number(s.id))
            .plain(" ")
            .italic(self.words.with(
                "sheet-original",
                &[("language", self.language_name(s.lang).into())],
            ))
            .para()
            .plain(isolate(self.me.lang, &s.text));
        Ok(vec![Reply::new(text).row(vec![self.button_with(
            "button-open",
            &[("number", format!("#{}", s.id).into())],
            Action::Sheet(s.id),
        )])])
    }
}

/// What a page of a sheet may hold, in UTF-16 units as Telegram counts them: its limit is
/// 4096 and the renderer cuts at 4000; the rest is room for the details heading.
const DETAILS_PAGE_UNITS: usize = 3600;
/// Details on one page at most, like a list.
const DETAILS_PER_PAGE: usize = PAGE_SIZE;
/// A later page's heading: the sheet's number, kind, theme and the start of its text.
const LATER_HEAD_UNITS: usize = 200;

/// Splits details of these sizes into pages: the first after a head of `head` units, the
/// others after a short heading. Always at least one page; the first may hold no detail when
/// the sheet itself is long, every later page holds at least one.
fn detail_pages(head: usize, details: &[usize]) -> Vec<std::ops::Range<usize>> {
    let mut pages = Vec::new();
    let mut start = 0;
    let mut used = head;
    for (i, &units) in details.iter().enumerate() {
        let on_page = i - start;
        let first_page = pages.is_empty();
        if on_page >= DETAILS_PER_PAGE
            || (used + units > DETAILS_PAGE_UNITS && (on_page > 0 || first_page))
        {
            pages.push(start..i);
            start = i;
            used = LATER_HEAD_UNITS;
        }
        used += units;
    }
    pages.push(start..details.len());
    pages
}

fn utf16_units(text: &Text) -> usize {
    text.to_plain().encode_utf16().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_are_paged_within_the_limit() {
        assert_eq!(detail_pages(100, &[]), vec![0..0]);
        assert_eq!(detail_pages(100, &[10, 10]), vec![0..2]);
        // Twelve details of about 500 units after a sheet of 900.
        let pages = detail_pages(900, &[500; 12]);
        assert_eq!(pages.first().unwrap().start, 0);
        assert_eq!(pages.last().unwrap().end, 12);
        for (i, page) in pages.iter().enumerate() {
            let head = if i == 0 { 900 } else { LATER_HEAD_UNITS };
            assert!(head + 500 * page.len() <= DETAILS_PAGE_UNITS, "{pages:?}");
            assert!(i == 0 || !page.is_empty());
        }
        // A sheet too long for any detail beside it: the details start on page 2.
        assert_eq!(detail_pages(3500, &[500, 500]), vec![0..0, 0..2]);
        // Short details: at most a list page's worth each.
        assert_eq!(detail_pages(0, &[1; 10]), vec![0..8, 8..10]);
    }
}
