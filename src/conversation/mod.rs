//! The conversation: an `Event` (who, language hint, text or button) goes in, an `Outcome`
//! (replies and a notice) comes out. It reads and writes only through the store, inside the one
//! transaction that also records the Telegram update, and never calls a transport.

mod action;
mod facilitator;
mod reply;
mod similar;

pub use action::Action;
pub use reply::{Attachment, AttachmentKind, Button, Outcome, Reply, Span, Text};

use facilitator::FacilitatorCommand;

use crate::domain::{
    Kind, Lang, Moderation, Phase, ReportReason, SheetId, SheetText, Status, TextError,
};
use crate::i18n::{Arg, Words, isolate};
use crate::store::{
    ConsultationRow, Participant, SheetRow, SheetSummary, StickerError, Store, StoreError, Target,
    ThemeRow, Tx,
};
use serde::{Deserialize, Serialize};

/// Sheets per page of a list: short enough to read on a phone.
pub const PAGE_SIZE: usize = 8;
/// Characters of a sheet's text shown in lists and on buttons.
const SHORT_CHARS: usize = 60;
const BUTTON_CHARS: usize = 36;

/// Something a person did.
#[derive(Debug, Clone)]
pub struct Event {
    pub user_id: i64,
    pub chat_id: i64,
    /// Telegram's `language_code`, or the terminal's `--lang`.
    pub lang_hint: Option<String>,
    pub input: Input,
    /// The Telegram update that carried it; recorded with the effects so it applies once.
    pub update_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text(String),
    /// The data of a tapped button.
    Button(String),
}

#[derive(Debug, Clone)]
pub struct Settings {
    pub moderation: Moderation,
    /// Telegram user ids of the admins (`CONSULTBOT_ADMINS`).
    pub admins: Vec<i64>,
    /// A Telegram group where new sheets and reports are posted (`CONSULTBOT_ADMIN_CHAT`).
    pub admin_chat: Option<i64>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            moderation: Moderation::Post,
            admins: Vec::new(),
            admin_chat: None,
        }
    }
}

/// The age bands of the optional onboarding question, as stored.
pub const AGE_BANDS: [&str; 6] = ["0-17", "18-29", "30-44", "45-59", "60-74", "75+"];

/// Different residents reporting a sheet or detail before it is hidden until a facilitator decides.
pub const REPORTS_TO_HIDE: i64 = 3;

/// Runs events through the conversation, one transaction each.
#[derive(Clone)]
pub struct Engine {
    store: Store,
    settings: Settings,
}

impl Engine {
    pub fn new(store: Store, settings: Settings) -> Engine {
        Engine { store, settings }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Applies one event. Its effects, its dialogue state and its update id are committed
    /// together before the replies are returned, so a crash after this loses nothing and a
    /// redelivered update does nothing.
    pub async fn handle(&self, event: &Event) -> Result<Outcome, StoreError> {
        let mut tx = self.store.write().await?;
        if let Some(update_id) = event.update_id
            && !tx.record_update(update_id).await?
        {
            tx.rollback().await?;
            return Ok(Outcome {
                duplicate: true,
                ..Outcome::default()
            });
        }
        match self.respond(&mut tx, event).await {
            Ok(outcome) => {
                tx.commit().await?;
                Ok(outcome)
            }
            Err(err) => {
                // A failure that is not the database going away must not make Telegram deliver
                // the update again and again: record it as done, and say sorry.
                tracing::error!(error = %err, "handling an event failed");
                tx.rollback().await?;
                let mut tx = self.store.write().await?;
                if let Some(update_id) = event.update_id {
                    tx.record_update(update_id).await?;
                }
                let lang = match tx.participant_by_telegram_id(event.user_id).await? {
                    Some(p) => p.lang,
                    None => Lang::negotiate(event.lang_hint.as_deref(), Lang::En),
                };
                tx.commit().await?;
                let words = Words::new(lang);
                Ok(Outcome {
                    replies: vec![Reply::new(Text::new().plain(words.get("error-sorry")))],
                    notice: Some(words.get("error-sorry")),
                    ..Outcome::default()
                })
            }
        }
    }

    async fn respond(&self, tx: &mut Tx, event: &Event) -> Result<Outcome, StoreError> {
        let Some(base) = tx.current_consultation(Lang::En).await? else {
            return Err(StoreError::Corrupt("there is no consultation".into()));
        };
        let hinted = Lang::negotiate(event.lang_hint.as_deref(), base.lang);
        let me = tx
            .touch_participant(event.user_id, event.chat_id, hinted)
            .await?;
        let consultation = if me.lang == Lang::En {
            base
        } else {
            tx.current_consultation(me.lang).await?.unwrap_or(base)
        };
        let session: Session = tx
            .dialogue_state(me.id)
            .await?
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let mut turn = Turn {
            words: Words::new(me.lang),
            tx,
            me,
            consultation,
            settings: &self.settings,
            dialogue: session.dialogue.clone(),
            notice: None,
            elsewhere: Vec::new(),
        };
        let replies = turn.dispatch(&event.input, &session.choices).await?;
        let choices: Vec<String> = replies
            .iter()
            .rev()
            .find(|r| !r.buttons.is_empty())
            .map(|r| r.choices().map(|b| b.data.clone()).collect())
            .unwrap_or_default();
        let session = Session {
            dialogue: turn.dialogue.take(),
            choices,
        };
        let state = (session.dialogue.is_some() || !session.choices.is_empty())
            .then(|| serde_json::to_string(&session).expect("sessions serialise"));
        let notice = turn.notice.take();
        let elsewhere = std::mem::take(&mut turn.elsewhere);
        let me_id = turn.me.id;
        turn.tx.save_dialogue_state(me_id, state.as_deref()).await?;
        Ok(Outcome {
            replies,
            elsewhere,
            notice,
            duplicate: false,
        })
    }
}

/// What is remembered between two messages of a resident: the step of a guided dialogue, and
/// the buttons of the last answer (so typing a button's number works like tapping it).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Session {
    #[serde(default)]
    dialogue: Option<Dialogue>,
    #[serde(default)]
    choices: Vec<String>,
}

/// The steps of the guided dialogues, with what was gathered so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "step", rename_all = "snake_case")]
enum Dialogue {
    AddTheme,
    AddKind {
        theme: i64,
    },
    AddText {
        theme: i64,
        kind: Kind,
    },
    AddPreview {
        theme: i64,
        kind: Kind,
        text: SheetText,
    },
    DetailText {
        sheet: SheetId,
    },
    DetailPreview {
        sheet: SheetId,
        text: SheetText,
    },
    /// A facilitator's broadcast, shown for confirmation.
    Broadcast {
        text: String,
    },
    /// A translator writing the translation of one item of the queue.
    Translate {
        #[serde(with = "target_json")]
        target: Target,
        lang: Lang,
    },
}

/// `Target` in the saved dialogue: `["sheet", 12]` or `["detail", 7]`.
mod target_json {
    use crate::store::Target;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(t: &Target, s: S) -> Result<S::Ok, S::Error> {
        match *t {
            Target::Sheet(id) => ("sheet", id).serialize(s),
            Target::Detail(id) => ("detail", id).serialize(s),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Target, D::Error> {
        let (kind, id): (String, i64) = Deserialize::deserialize(d)?;
        match kind.as_str() {
            "sheet" => Ok(Target::Sheet(id)),
            "detail" => Ok(Target::Detail(id)),
            other => Err(serde::de::Error::custom(format!("unknown target {other}"))),
        }
    }
}

/// A typed command, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Command {
    Start(Option<String>),
    Help,
    Themes,
    About,
    Item(Option<SheetId>),
    Add,
    Vote(Option<SheetId>),
    Unvote(Option<SheetId>),
    MyStickers,
    Language,
    Cancel,
    Facilitator(FacilitatorCommand),
    Unknown(String),
}

impl Command {
    /// `None` when the text is not a command at all.
    fn parse(text: &str) -> Option<Command> {
        let text = text.trim();
        let rest = text.strip_prefix('/')?;
        let (name, arg) = match rest.split_once(char::is_whitespace) {
            Some((name, arg)) => (name, arg.trim()),
            None => (rest, ""),
        };
        // In groups Telegram appends the bot's name: /vote@consultbot 12
        let name = name.split('@').next().unwrap_or("").to_lowercase();
        let number = || {
            arg.trim_start_matches('#')
                .parse::<SheetId>()
                .ok()
                .filter(|n| *n > 0)
        };
        Some(match name.as_str() {
            "start" => Command::Start((!arg.is_empty()).then(|| arg.to_owned())),
            "help" => Command::Help,
            "themes" => Command::Themes,
            "about" => Command::About,
            "item" => Command::Item(number()),
            "add" => Command::Add,
            "vote" => Command::Vote(number()),
            "unvote" => Command::Unvote(number()),
            "mystickers" => Command::MyStickers,
            "language" => Command::Language,
            "cancel" => Command::Cancel,
            _ => match FacilitatorCommand::parse(&name, arg) {
                Some(command) => Command::Facilitator(command),
                None => Command::Unknown(name),
            },
        })
    }
}

/// One event being answered.
struct Turn<'a> {
    tx: &'a mut Tx,
    me: Participant,
    consultation: ConsultationRow,
    settings: &'a Settings,
    words: Words,
    dialogue: Option<Dialogue>,
    notice: Option<String>,
    elsewhere: Vec<(i64, Reply)>,
}

type Replies = Result<Vec<Reply>, StoreError>;

impl Turn<'_> {
    async fn dispatch(&mut self, input: &Input, choices: &[String]) -> Replies {
        match input {
            Input::Button(data) => match Action::parse(data) {
                Some(action) => self.act(action, true).await,
                None => Ok(self.stale()),
            },
            Input::Text(text) => {
                if let Some(command) = Command::parse(text) {
                    return self.command(command).await;
                }
                // A number of one or two digits picks a button; no text that short is a valid
                // sheet, detail or translation, so this never swallows what a resident writes.
                let typed = text.trim().trim_end_matches('.');
                if typed.len() <= 2
                    && let Ok(n) = typed.parse::<usize>()
                    && let Some(data) = n.checked_sub(1).and_then(|i| choices.get(i))
                    && let Some(action) = Action::parse(data)
                {
                    return self.act(action, false).await;
                }
                self.text(text).await
            }
        }
    }

    async fn command(&mut self, command: Command) -> Replies {
        // A command typed in the middle of a dialogue does what it says; the dialogue is left
        // only by the commands that start something else.
        match command {
            Command::Start(payload) => {
                self.dialogue = None;
                self.start(payload.as_deref()).await
            }
            Command::Help => Ok(vec![self.help()]),
            Command::Themes => self.themes(false).await,
            Command::About => Ok(vec![self.about()]),
            Command::Item(Some(id)) => self.sheet(id, false).await,
            Command::Vote(Some(id)) => self.vote(id, false).await,
            Command::Unvote(Some(id)) => self.unvote(id, false).await,
            Command::Item(None) | Command::Vote(None) | Command::Unvote(None) => {
                Ok(vec![self.say("error-need-number")])
            }
            Command::Add => self.act(Action::Add, false).await,
            Command::MyStickers => self.my_stickers(false).await,
            Command::Language => Ok(vec![self.language_menu(false)]),
            Command::Cancel => {
                let had = self.dialogue.take().is_some();
                let key = if had {
                    "cancelled"
                } else {
                    "nothing-to-cancel"
                };
                Ok(vec![self.with_themes_button(self.say(key))])
            }
            Command::Facilitator(command) => self.facilitator(command).await,
            Command::Unknown(_) => Ok(vec![self.say("error-unknown-command")]),
        }
    }

    async fn act(&mut self, action: Action, edit: bool) -> Replies {
        match action {
            Action::Themes => self.themes(edit).await,
            Action::Theme(id) => self.theme(id, edit).await,
            Action::List { theme, kind, page } => self.list(theme, kind, page, edit).await,
            Action::Sheet(id) => self.sheet(id, edit).await,
            Action::Original(id) => self.original(id).await,
            Action::Vote(id) => self.vote(id, edit).await,
            Action::Unvote(id) => self.unvote(id, edit).await,
            Action::Swap { from, to } => self.swap(from, to, edit).await,
            Action::Move { theme, kind } => self.move_menu(theme, kind).await,
            Action::MyStickers => self.my_stickers(edit).await,
            Action::Add => self.add_start().await,
            Action::AddIn(theme) => self.add_in(theme).await,
            Action::AddKind(kind) => self.add_kind(kind).await,
            Action::Detail(sheet) => self.detail_start(sheet).await,
            Action::AsDetail(sheet) => self.as_detail(sheet).await,
            Action::Confirm => self.confirm().await,
            Action::Edit => self.edit_text(),
            Action::Cancel => {
                if self.dialogue.take().is_some() {
                    Ok(vec![self.with_themes_button(self.say("cancelled"))])
                } else {
                    Ok(self.stale())
                }
            }
            Action::Language => Ok(vec![self.language_menu(edit)]),
            Action::SetLanguage(lang) => self.set_language(lang).await,
            Action::Help => Ok(vec![self.help()]),
            Action::About => Ok(vec![self.about()]),
            Action::Report(sheet) => self.report_choose(sheet).await,
            Action::ReportWhy(target) => Ok(self.report_why(target)),
            Action::ReportAs(target, reason) => self.report_as(target, reason).await,
            Action::Approve(target) => self.moderate(target, Status::Visible).await,
            Action::Hide(target) => self.moderate(target, Status::Hidden).await,
            Action::SendBroadcast => self.send_broadcast().await,
            Action::TranslateNext(lang) => self.translate_next(lang).await,
            Action::District(i) => self.answer_district(i).await,
            Action::AgeBand(i) => self.answer_age_band(i).await,
        }
    }

    // ----- words and small builders -----

    fn say(&self, key: &str) -> Reply {
        Reply::new(Text::new().plain(self.words.get(key)))
    }

    fn say_with(&self, key: &str, args: &[(&'static str, Arg)]) -> Reply {
        Reply::new(Text::new().plain(self.words.with(key, args)))
    }

    fn button(&self, key: &str, action: Action) -> Button {
        Button {
            label: self.words.get(key),
            data: action.to_string(),
        }
    }

    fn button_with(&self, key: &str, args: &[(&'static str, Arg)], action: Action) -> Button {
        Button {
            label: self.words.with(key, args),
            data: action.to_string(),
        }
    }

    fn with_themes_button(&self, reply: Reply) -> Reply {
        reply.row(vec![self.button("button-themes", Action::Themes)])
    }

    /// `#N`, kept in place inside right-to-left text.
    fn number(&self, id: SheetId) -> String {
        isolate(self.words.lang, &format!("#{id}"))
    }

    /// A resident's or the content's text inside a message of the reader's language.
    fn quote(&self, text: &str) -> String {
        isolate(self.words.lang, text)
    }

    fn kind_word(&self, kind: Kind) -> String {
        self.words.get(match kind {
            Kind::Challenge => "kind-challenge",
            Kind::Solution => "kind-solution",
        })
    }

    /// The text a reader sees for a sheet: the translation into their language when one exists.
    fn displayed<'s>(&self, sheet: &'s SheetSummary) -> &'s str {
        match &sheet.translation {
            Some((text, _)) => text,
            None => &sheet.text,
        }
    }

    /// A gentle answer to a button that no longer applies.
    fn stale(&mut self) -> Vec<Reply> {
        self.notice = Some(self.words.get("stale-button"));
        vec![self.with_themes_button(self.say("stale-button"))]
    }

    fn refuse_phase(&mut self, writing: bool) -> Vec<Reply> {
        let key = match (self.consultation.phase, writing) {
            (Phase::Voting, true) => "phase-voting-no-writing",
            (Phase::Closed, _) => "phase-closed",
            _ => "phase-closed",
        };
        self.dialogue = None;
        self.notice = Some(self.words.get(key));
        vec![self.with_themes_button(self.say(key))]
    }

    // ----- browsing -----

    async fn start(&mut self, payload: Option<&str>) -> Replies {
        match payload {
            Some(p) if p.starts_with("theme-") => {
                let key = &p["theme-".len()..];
                let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
                if let Some(theme) = themes.iter().find(|t| t.key == key) {
                    return self.theme(theme.id, false).await;
                }
            }
            Some(p) if p.starts_with("sheet-") => {
                if let Ok(id) = p["sheet-".len()..].parse::<SheetId>()
                    && self.visible_sheet(id).await?.is_some()
                {
                    return self.sheet(id, false).await;
                }
            }
            _ => {}
        }
        let mut replies = self.welcome().await?;
        if !self.me.onboarded {
            self.tx.mark_onboarded(self.me.id).await?;
            self.me.onboarded = true;
            replies.push(self.district_question());
        }
        Ok(replies)
    }

    async fn welcome(&mut self) -> Replies {
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

    fn theme_button(&self, theme: &ThemeRow) -> Button {
        Button {
            label: theme.title.clone(),
            data: Action::Theme(theme.id).to_string(),
        }
    }

    async fn themes(&mut self, edit: bool) -> Replies {
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

    async fn theme(&mut self, theme_id: i64, edit: bool) -> Replies {
        let Some(theme) = self.own_theme(theme_id).await? else {
            return Ok(self.stale());
        };
        let challenges = self
            .tx
            .ranked_sheets(theme.id, Kind::Challenge, self.me.id, self.me.lang)
            .await?;
        let solutions = self
            .tx
            .ranked_sheets(theme.id, Kind::Solution, self.me.id, self.me.lang)
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

    async fn stickers_left_line(&mut self, theme_id: i64) -> Result<String, StoreError> {
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

    async fn own_theme(&mut self, theme_id: i64) -> Result<Option<ThemeRow>, StoreError> {
        let themes = self.tx.themes(self.consultation.id, self.me.lang).await?;
        Ok(themes.into_iter().find(|t| t.id == theme_id))
    }

    async fn list(&mut self, theme_id: i64, kind: Kind, page: u32, edit: bool) -> Replies {
        let Some(theme) = self.own_theme(theme_id).await? else {
            return Ok(self.stale());
        };
        let sheets = self
            .tx
            .ranked_sheets(theme.id, kind, self.me.id, self.me.lang)
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
                data: Action::Sheet(sheet.id).to_string(),
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
    async fn visible_sheet(&mut self, id: SheetId) -> Result<Option<SheetRow>, StoreError> {
        let sheet = self.tx.sheet(id, self.me.id, self.me.lang).await?;
        Ok(sheet.filter(|s| {
            s.status == Status::Visible
                || (s.status == Status::Pending && s.author_id == Some(self.me.id))
        }))
    }

    async fn sheet(&mut self, id: SheetId, edit: bool) -> Replies {
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
        text = self.language_note(text, s.lang, s.translation.is_some());
        if sheet.status == Status::Pending {
            text = text.para().italic(self.words.get("sheet-pending"));
        }
        if let Some(rank) = sheet.favourite_rank {
            text = text
                .para()
                .italic(self.words.with("sheet-favourite", &[("rank", rank.into())]));
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
        if !details.is_empty() {
            text = text.para().bold(
                self.words
                    .with("sheet-details", &[("count", details.len().into())]),
            );
            for d in &details {
                let shown = d
                    .translation
                    .as_ref()
                    .map(|(t, _)| t.as_str())
                    .unwrap_or(&d.text);
                text = text.line().plain("• ").plain(self.quote(shown));
                if d.lang != self.me.lang {
                    let key = if d.translation.is_some() {
                        "detail-translated"
                    } else {
                        "detail-language"
                    };
                    text = text.plain(" ").italic(
                        self.words
                            .with(key, &[("language", self.language_name(d.lang).into())]),
                    );
                }
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

    fn language_name(&self, lang: Lang) -> String {
        self.words.get(&format!("language-{}", lang.code()))
    }

    /// Says in which language a text was written when it is not the reader's.
    fn language_note(&self, text: Text, lang: Lang, translated: bool) -> Text {
        if lang == self.me.lang {
            return text;
        }
        let key = if translated {
            "sheet-translated"
        } else {
            "sheet-untranslated"
        };
        text.line().italic(
            self.words
                .with(key, &[("language", self.language_name(lang).into())]),
        )
    }

    fn not_found(&mut self, id: SheetId) -> Vec<Reply> {
        self.notice = Some(
            self.words
                .with("sheet-not-found", &[("number", self.number(id).into())]),
        );
        vec![self.with_themes_button(
            self.say_with("sheet-not-found", &[("number", self.number(id).into())]),
        )]
    }

    async fn original(&mut self, id: SheetId) -> Replies {
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

    // ----- stickers -----

    async fn vote(&mut self, id: SheetId, edit: bool) -> Replies {
        if !self.consultation.phase.allows_stickers() {
            return Ok(self.refuse_phase(false));
        }
        if self
            .visible_sheet(id)
            .await?
            .is_none_or(|s| s.status != Status::Visible)
        {
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
    async fn none_left(&mut self, theme_id: i64, kind: Kind, target: Option<SheetId>) -> Replies {
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

    async fn unvote(&mut self, id: SheetId, edit: bool) -> Replies {
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

    async fn swap(&mut self, from: SheetId, to: SheetId, edit: bool) -> Replies {
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

    async fn move_menu(&mut self, theme: i64, kind: Kind) -> Replies {
        self.none_left(theme, kind, None).await
    }

    async fn my_stickers(&mut self, edit: bool) -> Replies {
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
                        data: Action::Sheet(s.id).to_string(),
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

    // ----- writing sheets and details -----

    async fn add_start(&mut self) -> Replies {
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
                    data: Action::AddIn(t.id).to_string(),
                }]
            }))
            .row(vec![self.button("button-cancel", Action::Cancel)]);
        Ok(vec![reply])
    }

    async fn add_in(&mut self, theme_id: i64) -> Replies {
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

    async fn add_kind(&mut self, kind: Kind) -> Replies {
        let Some(Dialogue::AddKind { theme }) = self.dialogue.clone() else {
            return Ok(self.stale());
        };
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        self.dialogue = Some(Dialogue::AddText { theme, kind });
        Ok(vec![self.write_prompt(kind)])
    }

    fn write_prompt(&self, kind: Kind) -> Reply {
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

    async fn detail_start(&mut self, sheet_id: SheetId) -> Replies {
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        let Some(sheet) = self
            .visible_sheet(sheet_id)
            .await?
            .filter(|s| s.status == Status::Visible)
        else {
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
    async fn text(&mut self, raw: &str) -> Replies {
        match self.dialogue.clone() {
            Some(Dialogue::AddText { theme, kind })
            | Some(Dialogue::AddPreview { theme, kind, .. }) => {
                if !self.consultation.phase.allows_writing() {
                    return Ok(self.refuse_phase(true));
                }
                let text = match SheetText::parse(raw) {
                    Ok(text) => text,
                    Err(err) => return Ok(vec![self.text_refused(err)]),
                };
                self.add_preview(theme, kind, text).await
            }
            Some(Dialogue::DetailText { sheet }) | Some(Dialogue::DetailPreview { sheet, .. }) => {
                if !self.consultation.phase.allows_writing() {
                    return Ok(self.refuse_phase(true));
                }
                let text = match SheetText::parse(raw) {
                    Ok(text) => text,
                    Err(err) => return Ok(vec![self.text_refused(err)]),
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
                let text = match SheetText::parse(raw) {
                    Ok(text) => text,
                    Err(err) => return Ok(vec![self.text_refused(err)]),
                };
                self.dialogue = None;
                self.store_translation(target, lang, &text).await
            }
            Some(Dialogue::AddTheme)
            | Some(Dialogue::AddKind { .. })
            | Some(Dialogue::Broadcast { .. }) => Ok(vec![
                self.say("hint-use-buttons")
                    .row(vec![self.button("button-cancel", Action::Cancel)]),
            ]),
            None => Ok(vec![self.say("hint").row(vec![
                self.button("button-themes", Action::Themes),
                self.button("button-help", Action::Help),
            ])]),
        }
    }

    fn text_refused(&self, err: TextError) -> Reply {
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

    async fn add_preview(&mut self, theme_id: i64, kind: Kind, text: SheetText) -> Replies {
        let Some(theme) = self.own_theme(theme_id).await? else {
            self.dialogue = None;
            return Ok(self.stale());
        };
        let mut candidates = self
            .tx
            .ranked_sheets(theme.id, Kind::Challenge, self.me.id, self.me.lang)
            .await?;
        candidates.extend(
            self.tx
                .ranked_sheets(theme.id, Kind::Solution, self.me.id, self.me.lang)
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

    fn edit_text(&mut self) -> Replies {
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

    async fn confirm(&mut self) -> Replies {
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        let status = self.settings.moderation.initial_status();
        match self.dialogue.clone() {
            Some(Dialogue::AddPreview { theme, kind, text }) => {
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
            _ => Ok(self.stale()),
        }
    }

    async fn as_detail(&mut self, sheet: SheetId) -> Replies {
        let Some(Dialogue::AddPreview { text, .. }) = self.dialogue.clone() else {
            return Ok(self.stale());
        };
        if !self.consultation.phase.allows_writing() {
            return Ok(self.refuse_phase(true));
        }
        self.store_detail(sheet, &text).await
    }

    async fn store_detail(&mut self, sheet: SheetId, text: &SheetText) -> Replies {
        if self
            .visible_sheet(sheet)
            .await?
            .is_none_or(|s| s.status != Status::Visible)
        {
            self.dialogue = None;
            return Ok(self.not_found(sheet));
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

    // ----- language, help, about -----

    fn language_menu(&self, edit: bool) -> Reply {
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

    async fn set_language(&mut self, lang: Lang) -> Replies {
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

    fn help(&self) -> Reply {
        let text = Text::new()
            .bold(self.words.get("help-title"))
            .para()
            .plain(self.words.with(
                "help-body",
                &[
                    ("challenges", self.consultation.stickers.challenge.into()),
                    ("solutions", self.consultation.stickers.solution.into()),
                ],
            ));
        self.with_themes_button(Reply::new(text))
    }

    fn about(&self) -> Reply {
        let text = Text::new()
            .bold(self.consultation.title.clone())
            .para()
            .plain(self.consultation.about.trim().to_owned());
        self.with_themes_button(Reply::new(text))
    }

    /// Posts a sheet or detail with moderation buttons to the facilitators' group, if there is
    /// one, in the consultation's language.
    #[allow(clippy::too_many_arguments)]
    fn post_to_admin_chat(
        &mut self,
        heading: &str,
        reason_key: Option<&str>,
        target: Target,
        sheet_id: SheetId,
        text: &str,
        status: Status,
        reports: i64,
    ) {
        let Some(chat) = self.settings.admin_chat else {
            return;
        };
        let reader = self.words;
        self.words = Words::new(self.consultation.lang);
        let card = self.moderation_card(target, sheet_id, text, status, reports);
        let heading = match reason_key {
            Some(key) => self
                .words
                .with(heading, &[("reason", self.words.get(key).into())]),
            None => self.words.get(heading),
        };
        self.words = reader;
        let mut body = Text::new().bold(heading).line();
        body.0.extend(card.text.0);
        self.elsewhere.push((chat, Reply { text: body, ..card }));
    }

    // ----- reports by residents -----

    /// Which to report: the sheet itself or one of its details.
    async fn report_choose(&mut self, sheet_id: SheetId) -> Replies {
        let Some(sheet) = self
            .visible_sheet(sheet_id)
            .await?
            .filter(|s| s.status == Status::Visible)
        else {
            return Ok(self.not_found(sheet_id));
        };
        let details = self.tx.details(sheet_id, self.me.lang).await?;
        if details.is_empty() {
            return Ok(self.report_why(Target::Sheet(sheet_id)));
        }
        let mut rows = vec![vec![self.button_with(
            "button-report-sheet",
            &[("number", format!("#{}", sheet.summary.id).into())],
            Action::ReportWhy(Target::Sheet(sheet_id)),
        )]];
        for (i, d) in details.iter().enumerate() {
            let shown = d
                .translation
                .as_ref()
                .map(|(t, _)| t.as_str())
                .unwrap_or(&d.text);
            rows.push(vec![Button {
                label: format!("{}. {}", i + 1, short(shown, BUTTON_CHARS)),
                data: Action::ReportWhy(Target::Detail(d.id)).to_string(),
            }]);
        }
        Ok(vec![self.say("report-what").rows(rows).row(vec![
            self.button("button-cancel-report", Action::Sheet(sheet_id)),
        ])])
    }

    fn report_why(&self, target: Target) -> Vec<Reply> {
        let back = match target {
            Target::Sheet(id) => Action::Sheet(id),
            Target::Detail(_) => Action::Themes,
        };
        vec![self.say("report-why").rows([
            vec![self.button(
                "report-reason-spam",
                Action::ReportAs(target, ReportReason::Spam),
            )],
            vec![self.button(
                "report-reason-offensive",
                Action::ReportAs(target, ReportReason::Offensive),
            )],
            vec![self.button(
                "report-reason-off-topic",
                Action::ReportAs(target, ReportReason::OffTopic),
            )],
            vec![self.button("button-cancel-report", back)],
        ])]
    }

    async fn report_as(&mut self, target: Target, reason: ReportReason) -> Replies {
        let Some(reports) = self.tx.report_content(target, self.me.id, reason).await? else {
            return Ok(self.stale());
        };
        let (sheet_id, text) = match target {
            Target::Sheet(id) => (
                id,
                self.tx
                    .sheet(id, self.me.id, self.me.lang)
                    .await?
                    .map(|s| s.summary.text),
            ),
            Target::Detail(id) => match self.tx.detail(id).await? {
                Some((sheet, text, _, _)) => (sheet, Some(text)),
                None => return Ok(self.stale()),
            },
        };
        let mut status = Status::Visible;
        if reports >= REPORTS_TO_HIDE {
            // Several residents agree: hide it until a facilitator decides.
            self.tx.set_status(target, Status::Hidden).await?;
            self.tx
                .audit(
                    0,
                    "auto-hide",
                    &format!("{target:?}"),
                    &format!("{reports} reports"),
                )
                .await?;
            status = Status::Hidden;
        }
        if let Some(text) = text {
            let reason_key = match reason {
                ReportReason::Spam => "report-reason-spam",
                ReportReason::Offensive => "report-reason-offensive",
                ReportReason::OffTopic => "report-reason-off-topic",
            };
            self.post_to_admin_chat(
                "admin-chat-report",
                Some(reason_key),
                target,
                sheet_id,
                &text,
                status,
                reports,
            );
        }
        self.notice = Some(self.words.get("report-thanks"));
        Ok(vec![self.with_themes_button(self.say("report-thanks"))])
    }

    // ----- onboarding -----

    /// The optional question about where the resident lives, asked once after the first welcome.
    fn district_question(&self) -> Reply {
        let mut buttons: Vec<Button> = self
            .consultation
            .districts
            .iter()
            .enumerate()
            .map(|(i, d)| Button {
                label: d.clone(),
                data: Action::District(i as u32 + 1).to_string(),
            })
            .collect();
        buttons.push(Button {
            label: self.words.get("button-district-elsewhere"),
            data: Action::District(buttons.len() as u32 + 1).to_string(),
        });
        self.say("onboarding-district")
            .rows(buttons.chunks(2).map(<[Button]>::to_vec))
            .row(vec![self.button("button-skip", Action::District(0))])
    }

    async fn answer_district(&mut self, choice: u32) -> Replies {
        let districts = &self.consultation.districts;
        let answer = match choice as usize {
            0 => None,
            i if i <= districts.len() => Some(districts[i - 1].clone()),
            i if i == districts.len() + 1 => Some("-".to_owned()),
            _ => return Ok(self.stale()),
        };
        if let Some(district) = &answer {
            self.tx
                .set_profile(self.me.id, Some(district), None)
                .await?;
        }
        let buttons: Vec<Button> = AGE_BANDS
            .iter()
            .enumerate()
            .map(|(i, _)| {
                self.button(
                    &format!("age-band-{}", i + 1),
                    Action::AgeBand(i as u32 + 1),
                )
            })
            .collect();
        Ok(vec![
            self.say("onboarding-age")
                .rows(buttons.chunks(3).map(<[Button]>::to_vec))
                .row(vec![self.button("button-skip", Action::AgeBand(0))])
                .editing(true),
        ])
    }

    async fn answer_age_band(&mut self, choice: u32) -> Replies {
        match choice as usize {
            0 => {}
            i if i <= AGE_BANDS.len() => {
                self.tx
                    .set_profile(self.me.id, None, Some(AGE_BANDS[i - 1]))
                    .await?
            }
            _ => return Ok(self.stale()),
        }
        Ok(vec![
            self.with_themes_button(self.say("onboarding-thanks"))
                .editing(true),
        ])
    }
}

/// The start of a text for lists and buttons, cut at a word where possible.
pub fn short(text: &str, max_chars: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max_chars {
        return flat;
    }
    let cut: String = flat.chars().take(max_chars - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > cut.len() / 2 => &cut[..space],
        _ => &cut[..],
    };
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_parse() {
        assert_eq!(Command::parse("/vote 12"), Some(Command::Vote(Some(12))));
        assert_eq!(
            Command::parse("/vote@consultbot_bot #12"),
            Some(Command::Vote(Some(12)))
        );
        assert_eq!(Command::parse("/item x"), Some(Command::Item(None)));
        assert_eq!(
            Command::parse("/start theme-unge"),
            Some(Command::Start(Some("theme-unge".into())))
        );
        assert_eq!(Command::parse("hello"), None);
        assert_eq!(Command::parse("/Themes"), Some(Command::Themes));
    }

    #[test]
    fn short_cuts_at_words() {
        assert_eq!(short("kort", 10), "kort");
        assert_eq!(
            short("Bedre danskundervisning for alle voksne", 20),
            "Bedre danskundervis…"
        );
        assert_eq!(short("Bedre dansk for alle voksne", 20), "Bedre dansk for…");
        assert_eq!(short("aaaaaaaaaaaaaaaaaaaaaaaaa", 10).chars().count(), 10);
    }
}
