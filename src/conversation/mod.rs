//! The conversation: an `Event` (who, language hint, text or button) goes in, an `Outcome`
//! (replies and a notice) comes out. It reads and writes only through the store, inside the one
//! transaction that also records the Telegram update, and never calls a transport.

mod action;
mod browse;
mod commands;
mod facilitator;
mod info;
pub mod keys;
mod onboarding;
mod privacy;
mod reply;
mod reports;
mod similar;
mod stickers;
mod subscription;
mod writing;

pub use action::Action;
pub use commands::menu as command_menu;
pub use facilitator::{queue_notice, run_line};
pub use reply::{Attachment, AttachmentKind, Button, LaterFile, Outcome, Reply, Span, Text};

use commands::Command;

use crate::domain::{
    ChatId, ForgetScope, Kind, Lang, Moderation, Phase, ReportReason, SheetId, SheetText, Status,
    TelegramUserId, TextError, TranslationOrigin,
};
use crate::flood::{Flood, FloodLimits, Verdict};
use crate::i18n::{Arg, Words, isolate};
use crate::store::{
    ConsultationRow, Participant, SheetRow, SheetSummary, StickerError, Store, StoreError, Target,
    ThemeRow, Tx,
};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// Sheets per page of a list: short enough to read on a phone.
pub const PAGE_SIZE: usize = 8;
/// Characters of a sheet's text shown in lists and on buttons.
const SHORT_CHARS: usize = 60;
const BUTTON_CHARS: usize = 36;

/// Something a person did.
#[derive(Debug, Clone)]
pub struct Event {
    pub user_id: TelegramUserId,
    pub chat_id: ChatId,
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
    pub admins: Vec<TelegramUserId>,
    /// A Telegram group where new sheets and reports are posted (`CONSULTBOT_ADMIN_CHAT`).
    pub admin_chat: Option<ChatId>,
    /// How much one resident may do (`CONSULTBOT_FLOOD_ACTIONS`, `CONSULTBOT_FLOOD_WRITES`).
    pub flood: FloodLimits,
    /// The bot's username (`CONSULTBOT_BOT_USERNAME`), for `/qr` before `run` has learnt it
    /// from Telegram; what `run` learnt wins.
    pub bot_username: Option<String>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            moderation: Moderation::Post,
            admins: Vec::new(),
            admin_chat: None,
            flood: FloodLimits::default(),
            bot_username: None,
        }
    }
}

/// The district stored for "Somewhere else" in the onboarding question.
pub const DISTRICT_ELSEWHERE: &str = "-";

/// The age bands of the optional onboarding question, as stored.
pub const AGE_BANDS: [&str; 6] = ["0-17", "18-29", "30-44", "45-59", "60-74", "75+"];

/// Different residents reporting a sheet or detail before it is hidden until a facilitator decides.
pub const REPORTS_TO_HIDE: i64 = 3;

/// How long an applied update id is remembered (seconds): a week, well past the 24 hours in
/// which Telegram may deliver an update again.
pub const UPDATE_MEMORY: i64 = 7 * 24 * 3600;

/// Runs events through the conversation, one transaction each.
#[derive(Clone)]
pub struct Engine {
    store: Store,
    settings: Settings,
    /// Shared by the clones of one engine: the limits hold per instance.
    flood: Arc<Flood>,
    /// A translation server is configured: confirmed notices wait for its versions
    /// (`translate.rs` queues them), instead of being queued at once.
    machine_translation: bool,
}

impl Engine {
    pub fn new(store: Store, settings: Settings) -> Engine {
        let flood = Arc::new(Flood::new(settings.flood));
        Engine {
            store,
            settings,
            flood,
            machine_translation: false,
        }
    }

    /// Says whether the machine-translation worker runs and queues confirmed notices.
    pub fn with_machine_translation(mut self, on: bool) -> Engine {
        self.machine_translation = on;
        self
    }

    /// A chat the transport was told refuses the bot (blocked, deactivated, gone): nothing more
    /// is queued for it.
    pub async fn chat_unreachable(&self, chat_id: ChatId) -> Result<(), StoreError> {
        let mut tx = self.store.write().await?;
        tx.mark_unreachable(chat_id).await?;
        tx.commit().await
    }

    /// A chat the transport was told accepts the bot again (the resident unblocked it).
    pub async fn chat_reachable(&self, chat_id: ChatId) -> Result<(), StoreError> {
        let mut tx = self.store.write().await?;
        tx.mark_reachable(chat_id).await?;
        tx.commit().await
    }

    /// Whether the database answers a trivial query within a couple of seconds (health checks).
    pub async fn store_answers(&self) -> bool {
        self.store.answers().await
    }

    /// The bot's own username as the transport learnt it: links and QR codes need it.
    pub async fn remember_bot_username(&self, username: &str) -> Result<(), StoreError> {
        let mut tx = self.store.write().await?;
        tx.set_bot_username(username).await?;
        tx.commit().await
    }

    /// Forgets applied update ids older than `UPDATE_MEMORY`: Telegram gives up redelivering an
    /// update after 24 hours, so an older id can never come again.
    pub async fn forget_old_updates(&self) -> Result<u64, StoreError> {
        let mut tx = self.store.write().await?;
        let forgotten = tx
            .forget_updates_before(crate::store::now() - UPDATE_MEMORY)
            .await?;
        tx.commit().await?;
        Ok(forgotten)
    }

    /// Applies one event. Its effects, its dialogue state and its update id are committed
    /// together before the replies are returned, so a crash after this loses nothing and a
    /// redelivered update does nothing.
    ///
    /// A transient store error (busy, locked, full, unreachable: `StoreError::is_transient`)
    /// comes back as `Err` with nothing recorded: the caller keeps the update and tries it
    /// again. Only a permanent error marks the update done, with an apology.
    pub async fn handle(&self, event: &Event) -> Result<Outcome, StoreError> {
        if let Some(outcome) = self.hold_back(event).await? {
            return Ok(outcome);
        }
        self.handle_again(event).await
    }

    /// [`Engine::handle`] for an event that was held back by a transient error and is tried
    /// again: it passed flood control already, so a retry never counts as a new action.
    pub async fn handle_again(&self, event: &Event) -> Result<Outcome, StoreError> {
        match self.apply(event).await {
            Ok(outcome) => Ok(outcome),
            Err(err) if err.is_transient() => Err(err),
            Err(err) => {
                // Data that can never apply must not make Telegram deliver the update again
                // and again: record it as done, and say sorry.
                tracing::error!(error = %err, "handling an event failed");
                self.apologise(event).await
            }
        }
    }

    async fn apply(&self, event: &Event) -> Result<Outcome, StoreError> {
        // Dropped on an error, the transaction rolls back.
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
        let mut outcome = self.respond(&mut tx, event).await?;
        tx.commit().await?;
        self.make_files(&mut outcome).await;
        Ok(outcome)
    }

    async fn apologise(&self, event: &Event) -> Result<Outcome, StoreError> {
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

    /// Flood control, before any write: an event over the resident's action limit is dropped
    /// unhandled, and the first of a burst is answered with a request to slow down, in their
    /// language. Facilitators are exempt: admins by the settings, granted roles looked up at the
    /// first refusal of a burst, so a flood costs one read, not one per message.
    async fn hold_back(&self, event: &Event) -> Result<Option<Outcome>, StoreError> {
        if self.settings.admins.contains(&event.user_id) {
            return Ok(None);
        }
        match self.flood.action(event.user_id) {
            Verdict::Allowed => Ok(None),
            Verdict::Drop => Ok(Some(Outcome::default())),
            Verdict::TellOnce => {
                let mut tx = self.store.read().await?;
                let facilitator = !tx.roles_of(event.user_id).await?.is_empty();
                let me = tx.participant_by_telegram_id(event.user_id).await?;
                tx.rollback().await?;
                if facilitator {
                    self.flood.exempt(event.user_id);
                    return Ok(None);
                }
                tracing::info!(
                    user = event.user_id.get(),
                    "flood: a resident is over the action limit"
                );
                let lang = match me {
                    Some(p) => p.lang,
                    None => Lang::negotiate(event.lang_hint.as_deref(), Lang::En),
                };
                let words = Words::new(lang);
                Ok(Some(Outcome {
                    replies: vec![Reply::new(Text::new().plain(words.get("flood-slow-down")))],
                    notice: Some(words.get("flood-slow-down")),
                    ..Outcome::default()
                }))
            }
        }
    }

    /// Makes the files the replies asked for, after the commit: from one read snapshot, drawn
    /// off the runtime. A file that cannot be made turns its reply into a message saying so;
    /// what the event changed is committed already and stays.
    async fn make_files(&self, outcome: &mut Outcome) {
        let mut replies: Vec<&mut Reply> = outcome
            .replies
            .iter_mut()
            .chain(outcome.elsewhere.iter_mut().map(|(_, r)| r))
            .filter(|r| r.later.is_some())
            .collect();
        if replies.is_empty() {
            return;
        }
        let requests: Vec<_> = replies
            .iter()
            .filter_map(|r| r.later.as_ref().map(|l| l.request.clone()))
            .collect();
        let files = crate::report::make_files(&self.store, &requests).await;
        for (reply, file) in replies.iter_mut().zip(files) {
            let Some(later) = reply.later.take() else {
                continue;
            };
            match (file, reply.attachment.as_mut()) {
                (Ok(bytes), Some(attachment)) => attachment.bytes = bytes,
                (result, _) => {
                    if let Err(err) = result {
                        tracing::error!(error = %err, "making a file failed");
                    }
                    reply.attachment = None;
                    reply.text = Text::new().plain(later.failed);
                }
            }
        }
    }

    async fn respond(&self, tx: &mut Tx, event: &Event) -> Result<Outcome, StoreError> {
        let Some(base) = tx.current_consultation(Lang::En).await? else {
            return Err(StoreError::Corrupt("there is no consultation".into()));
        };
        // A message with no text (a sticker, a photo without caption, a location) is not for
        // us: no answer, nothing stored but the update id, the dialogue left as it was.
        // (Telegram never sends a message of blanks; a typed one is refused as empty below.)
        if matches!(&event.input, Input::Text(text) if text.is_empty()) {
            return Ok(Outcome::default());
        }
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
            flood: &self.flood,
            machine_translation: self.machine_translation,
            dialogue: session.dialogue.clone(),
            notice: None,
            elsewhere: Vec::new(),
            forgotten: false,
            menu_open: !session.choices.is_empty(),
            keep_menu: false,
        };
        let replies = turn.dispatch(&event.input, &session).await?;
        let (choices, labels) = if turn.keep_menu {
            (session.choices.clone(), session.labels.clone())
        } else {
            replies
                .iter()
                .rev()
                .find(|r| !r.buttons.is_empty())
                .map(|r| {
                    r.choices()
                        .map(|b| (b.action.to_string(), b.label.clone()))
                        .unzip()
                })
                .unwrap_or_default()
        };
        let session = Session {
            dialogue: turn.dialogue.take(),
            choices,
            labels,
        };
        let state = (session.dialogue.is_some() || !session.choices.is_empty())
            .then(|| serde_json::to_string(&session).expect("sessions serialise"));
        let notice = turn.notice.take();
        let elsewhere = std::mem::take(&mut turn.elsewhere);
        // Posts to other chats (the facilitators' group) go through the outbox, committed with
        // the event: a crash cannot lose them.
        for (chat, reply) in &elsewhere {
            turn.tx.enqueue_notice(*chat, reply).await?;
        }
        let me_id = turn.me.id;
        if !turn.forgotten {
            turn.tx.save_dialogue_state(me_id, state.as_deref()).await?;
        }
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
    /// Their labels, in the same order: typing a label works like tapping it too.
    #[serde(default)]
    labels: Vec<String>,
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
    /// A resident asked to be forgotten and is asked to confirm. A state saved before the
    /// scope existed meant the account.
    Forget {
        #[serde(default = "account_scope")]
        scope: ForgetScope,
    },
    /// A moderator typed a meeting tally above `steering::PLAUSIBLE_TALLY` and is asked whether
    /// it is right; nothing is saved or audited before Yes.
    Tally {
        sheet: SheetId,
        count: u32,
    },
    /// A translator writing the translation of one item of the queue.
    Translate {
        #[serde(with = "target_json")]
        target: Target,
        lang: Lang,
    },
}

fn account_scope() -> ForgetScope {
    ForgetScope::Account
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
            "sheet" => Ok(Target::Sheet(crate::domain::SheetId::new(id))),
            "detail" => Ok(Target::Detail(id)),
            other => Err(serde::de::Error::custom(format!("unknown target {other}"))),
        }
    }
}

/// One event being answered.
struct Turn<'a> {
    tx: &'a mut Tx,
    me: Participant,
    consultation: ConsultationRow,
    settings: &'a Settings,
    flood: &'a Flood,
    machine_translation: bool,
    words: Words,
    dialogue: Option<Dialogue>,
    notice: Option<String>,
    elsewhere: Vec<(ChatId, Reply)>,
    /// The participant was erased (/forget): nothing more may be stored about them.
    forgotten: bool,
    /// The last answer had buttons, so typed numbers have a menu to pick from.
    menu_open: bool,
    /// This answer adds no choices of its own: the open menu's numbers stay valid.
    keep_menu: bool,
}

type Replies = Result<Vec<Reply>, StoreError>;

impl Turn<'_> {
    async fn dispatch(&mut self, input: &Input, session: &Session) -> Replies {
        let choices = &session.choices;
        match input {
            Input::Button(data) => match Action::parse(data) {
                Some(action) => self.act(action, true).await,
                None => Ok(self.stale()),
            },
            Input::Text(text) => {
                if text.trim_start().starts_with('/') {
                    let me = self.tx.bot_username().await?;
                    // A command for another bot in a group is not ours to answer.
                    return match Command::parse(text, me.as_deref()) {
                        Some(command) => self.command(command).await,
                        None => Ok(Vec::new()),
                    };
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
                // A button's label typed out ("Skip", a district) works like the button, where
                // the text is not something being written.
                let writing = matches!(
                    self.dialogue,
                    Some(
                        Dialogue::AddText { .. }
                            | Dialogue::AddPreview { .. }
                            | Dialogue::DetailText { .. }
                            | Dialogue::DetailPreview { .. }
                            | Dialogue::Translate { .. }
                    )
                );
                if !writing
                    && let Some(data) =
                        typed_label(text, &session.labels).and_then(|i| choices.get(i))
                    && let Some(action) = Action::parse(data)
                {
                    return self.act(action, false).await;
                }
                self.text(text).await
            }
        }
    }

    async fn command(&mut self, command: Command) -> Replies {
        // Facilitator commands look unknown to anyone without the role the table names.
        if let Some(need) = command.spec().and_then(|s| s.who.need())
            && !self.allowed(need).await?
        {
            return Ok(self.refusal());
        }
        // A command typed in the middle of a dialogue does what it says; the dialogue is left
        // only by the commands that start something else.
        match command {
            Command::Start(payload) => {
                self.dialogue = None;
                self.start(payload.as_deref()).await
            }
            Command::Help => self.help().await,
            Command::Themes => self.themes(false).await,
            Command::About => Ok(vec![self.about()]),
            Command::Item(id) => self.read_sheet(id, 0, false).await,
            Command::Vote(id) => self.vote(id, false).await,
            Command::Unvote(id) => self.unvote(id, false).await,
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
            Command::MyData => self.my_data().await,
            Command::Forget(None) => Ok(vec![self.forget_choose()]),
            Command::Forget(Some(scope)) => Ok(vec![self.forget_ask(scope)]),
            Command::Digest(arg) => self.digest_command(arg).await,
            Command::Facilitator(command) => self.facilitator(command).await,
            Command::Usage(spec) => Ok(vec![
                self.say(spec.usage.unwrap_or("error-unknown-command")),
            ]),
            Command::Unknown(_) => Ok(vec![self.say("error-unknown-command")]),
        }
    }

    async fn act(&mut self, action: Action, edit: bool) -> Replies {
        match action {
            Action::Themes => self.themes(edit).await,
            Action::Theme(id) => self.theme(id, edit).await,
            Action::List { theme, kind, page } => self.list(theme, kind, page, edit).await,
            Action::Sheet(id) => self.read_sheet(id, 0, edit).await,
            Action::Details { sheet, page } => self.read_sheet(sheet, page, edit).await,
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
            Action::Help => self.help().await,
            Action::About => Ok(vec![self.about()]),
            Action::Report(sheet) => self.report_choose(sheet).await,
            Action::ReportWhy(target) => Ok(self.report_why(target)),
            Action::ReportAs(target, reason) => self.report_as(target, reason).await,
            Action::Approve(target) => self.moderate(target, Status::Visible).await,
            Action::Hide(target) => self.moderate(target, Status::Hidden).await,
            Action::SendNotice(id) => self.send_notice(id).await,
            Action::DropNotice(id) => self.drop_notice(id).await,
            Action::TranslateNext(lang) => self.translate_next(lang).await,
            Action::District(i) => self.answer_district(i).await,
            Action::AgeBand(i) => self.answer_age_band(i).await,
            Action::OnboardingDigest(on) => self.answer_digest(on).await,
            Action::Digest(on) => self.set_digest(on).await,
            Action::Forget(scope) => Ok(vec![self.forget_ask(scope)]),
        }
    }

    // ----- words and small builders -----

    fn say(&self, key: &str) -> Reply {
        Reply::new(Text::new().plain(self.words.get(key)))
    }

    fn say_with(&self, key: &str, args: &[(&'static str, Arg)]) -> Reply {
        Reply::new(Text::new().plain(self.words.with(key, args)))
    }

    /// A reply whose attachment is made after the commit, off the runtime (`Engine::handle`).
    fn file_reply(
        &self,
        caption: Text,
        kind: AttachmentKind,
        file_name: impl Into<String>,
        request: crate::report::FileRequest,
    ) -> Reply {
        Reply::new(caption).attach_later(kind, file_name, request, self.words.get("file-failed"))
    }

    fn button(&self, key: &str, action: Action) -> Button {
        Button {
            label: self.words.get(key),
            action,
        }
    }

    fn button_with(&self, key: &str, args: &[(&'static str, Arg)], action: Action) -> Button {
        Button {
            label: self.words.with(key, args),
            action,
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
        self.words.get(keys::kind(kind))
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
}

/// The button whose label is the typed text, ignoring case, spaces and the arrows and ticks
/// that decorate labels.
fn typed_label(text: &str, labels: &[String]) -> Option<usize> {
    let plain = |s: &str| {
        s.chars()
            .filter(|c| !matches!(c, '‹' | '›' | '✓'))
            .collect::<String>()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let typed = plain(text);
    if typed.is_empty() {
        return None;
    }
    labels.iter().position(|l| plain(l) == typed)
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
    fn a_typed_label_picks_its_button() {
        let labels = [
            "Valby".to_owned(),
            "Skip".to_owned(),
            "More details ›".to_owned(),
        ];
        assert_eq!(typed_label(" skip ", &labels), Some(1));
        assert_eq!(typed_label("VALBY", &labels), Some(0));
        assert_eq!(typed_label("more  details", &labels), Some(2));
        assert_eq!(typed_label("Vanløse", &labels), None);
        assert_eq!(typed_label("›", &labels), None);
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

    #[tokio::test]
    async fn a_file_that_cannot_be_made_says_so_and_the_others_still_come() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("test.db").display());
        let engine = Engine::new(crate::open_store(&url).await.unwrap(), Settings::default());
        let qr = |link: String| {
            Reply::new(Text::new().plain("caption")).attach_later(
                AttachmentKind::Photo,
                "qr.png",
                crate::report::FileRequest::Qr {
                    title: "Unge".to_owned(),
                    link,
                },
                "no file".to_owned(),
            )
        };
        let mut outcome = Outcome {
            // Far more than a QR code holds.
            replies: vec![qr("x".repeat(10_000)), qr("https://t.me/x".to_owned())],
            ..Outcome::default()
        };
        engine.make_files(&mut outcome).await;
        let [failed, made] = &outcome.replies[..] else {
            panic!("two replies")
        };
        assert_eq!(failed.text.to_plain(), "no file");
        assert!(failed.attachment.is_none() && failed.later.is_none());
        assert_eq!(made.text.to_plain(), "caption");
        let png = &made.attachment.as_ref().unwrap().bytes;
        assert!(png.starts_with(b"\x89PNG"));
    }
}
