//! The Telegram transport: long polling with teloxide's client, updates turned into
//! conversation events, replies rendered as HTML with inline keyboards; the start-up check of
//! the token, the menus announced per language, and [`TelegramCourier`], the outbox's way to
//! send. It runs no store transaction: what it learns goes through `Engine` methods.
//!
//! teloxide's own polling confirms a batch to Telegram when it hands it to the dispatcher, so a
//! crash would lose it. Here (`polling`, `webhook`) an update is confirmed only once its effects
//! are committed; Telegram redelivers anything unconfirmed, and the update ids recorded by the
//! conversation make the redelivery harmless. A database that is busy or away for a while
//! delays an update (`handle_update` tries it again), it never drops it.

mod polling;
mod render;
mod webhook;

pub use polling::run_polling;
pub use render::{html, keyboard};
pub use webhook::{run_webhook, secret_or_random};

use crate::conversation::{AttachmentKind, Engine, Event, Input, Outcome, Reply};
use crate::domain::{self, Lang, TelegramUserId};
use crate::i18n::Words;
use crate::outbox::{Courier, SendOutcome};
use crate::store::StoreError;
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt, TryFutureExt};
use std::time::Duration;
use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, BotCommand, InputFile, MessageId, ParseMode, UpdateKind};
use tokio_util::sync::CancellationToken;

/// The updates asked for, by polling and by the webhook alike: `my_chat_member` tells of a
/// resident blocking or unblocking the bot before any send fails.
pub(crate) const ALLOWED_UPDATES: [AllowedUpdate; 3] = [
    AllowedUpdate::Message,
    AllowedUpdate::CallbackQuery,
    AllowedUpdate::MyChatMember,
];

#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(
        "TELOXIDE_TOKEN is not set: get a token from @BotFather and set it, e.g. `export TELOXIDE_TOKEN=123456:ABC…`"
    )]
    MissingToken,
    #[error("TELOXIDE_TOKEN does not look like a bot token (it should be like 123456:ABC…)")]
    MalformedToken,
    #[error("TELOXIDE_API_URL {0:?} is not a valid URL")]
    BadApiUrl(String),
    #[error("the webhook URL {0:?} is not a valid https:// or http:// URL")]
    BadWebhookUrl(String),
    #[error("CONSULTBOT_WEBHOOK_SECRET may only have letters, digits, _ and - (at most 256)")]
    BadWebhookSecret,
    #[error(
        "Telegram refused the bot token: check TELOXIDE_TOKEN against the one @BotFather gave you"
    )]
    TokenRefused,
}

/// Checks a webhook URL given on the command line.
pub fn webhook_url(url: &str) -> Result<reqwest::Url, SetupError> {
    reqwest_url(url).ok_or_else(|| SetupError::BadWebhookUrl(url.to_owned()))
}

/// A bot client from the token and the optional Bot API URL, checked first: teloxide's
/// `Bot::from_env` panics on either being wrong.
pub fn bot(token: Option<&str>, api_url: Option<&str>) -> Result<Bot, SetupError> {
    let token = token
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or(SetupError::MissingToken)?;
    if !token.contains(':') || token.chars().any(char::is_whitespace) {
        return Err(SetupError::MalformedToken);
    }
    let bot = Bot::new(token);
    match api_url.map(str::trim).filter(|u| !u.is_empty()) {
        None => Ok(bot),
        Some(url) => {
            let parsed = reqwest_url(url).ok_or_else(|| SetupError::BadApiUrl(url.to_owned()))?;
            Ok(bot.set_api_url(parsed))
        }
    }
}

fn reqwest_url(url: &str) -> Option<reqwest::Url> {
    let parsed = reqwest::Url::parse(url).ok()?;
    matches!(parsed.scheme(), "http" | "https").then_some(parsed)
}

/// Where a button was tapped: answered, and the message it sits on can be edited.
pub(crate) struct Tap {
    query_id: String,
    message: Option<MessageId>,
}

/// When the database has refused an update this long, the resident is told it will be done.
const SLOW_STORE: Duration = Duration::from_secs(3);
/// The longest wait between two tries of an update the database refused for now.
const STORE_RETRY_MAX: Duration = Duration::from_secs(5);

/// Applies one update and sends its replies (`apply_update`, then `Applied::deliver`).
pub(crate) async fn handle_update(
    engine: &Engine,
    bot: &Bot,
    update: Update,
    shutdown: &CancellationToken,
    patience: Option<Duration>,
    told: &mut bool,
) -> Result<(), StoreError> {
    apply_update(engine, bot, update, shutdown, patience, told)
        .await?
        .deliver(engine, bot)
        .await;
    Ok(())
}

/// An update whose effects are committed (or that was done with: ignored, or refused with an
/// apology), with the replies still to send.
pub(crate) struct Applied(Option<(ChatId, Option<Tap>, Outcome)>);

impl Applied {
    /// Sends the replies; answers the tapped button in every case.
    pub(crate) async fn deliver(self, engine: &Engine, bot: &Bot) {
        if let Some((chat, tap, outcome)) = self.0 {
            deliver(engine, bot, chat, tap.as_ref(), &outcome).await;
        }
    }
}

/// Applies one update. While the database fails for a passing reason
/// (`StoreError::is_transient`), the update is tried again with backoff, and after
/// `SLOW_STORE` the resident is told that it will be done, unless `told` says they were already
/// (it is set then, and cleared once an update goes through: once per chat and outage). `Err`
/// means it was not applied: `shutdown` came, or `patience` ran out; whoever received it must
/// not confirm it.
pub(crate) async fn apply_update(
    engine: &Engine,
    bot: &Bot,
    update: Update,
    shutdown: &CancellationToken,
    patience: Option<Duration>,
    told: &mut bool,
) -> Result<Applied, StoreError> {
    if let UpdateKind::MyChatMember(change) = &update.kind {
        // Tried again like an event while the database refuses it for now.
        let started = tokio::time::Instant::now();
        let mut wait = Duration::from_millis(250);
        loop {
            let patient =
                !shutdown.is_cancelled() && patience.is_none_or(|p| started.elapsed() < p);
            match chat_member_changed(engine, change).await {
                Ok(()) => return Ok(Applied(None)),
                Err(err) if err.is_transient() && patient => {
                    tracing::warn!(error = %err, "the database refused a chat change for now");
                    tokio::select! {
                        _ = shutdown.cancelled() => {}
                        _ = tokio::time::sleep(wait) => {}
                    }
                    wait = (wait * 2).min(STORE_RETRY_MAX);
                }
                Err(err) if err.is_transient() => return Err(err),
                Err(err) => {
                    tracing::error!(error = %err, "a chat change could not be stored");
                    return Ok(Applied(None));
                }
            }
        }
    }
    let Some((event, chat_id, tap)) = event_of(update) else {
        return Ok(Applied(None));
    };
    let update_id = event.update_id;
    tracing::debug!(update_id, user = event.user_id.get(), "handling update");
    let started = tokio::time::Instant::now();
    let mut wait = Duration::from_millis(250);
    let mut told_now = false;
    let mut first = true;
    let outcome = loop {
        let attempt = if first {
            engine.handle(&event).await
        } else {
            engine.handle_again(&event).await
        };
        first = false;
        let err = match attempt {
            Ok(outcome) => {
                *told = false;
                break outcome;
            }
            Err(err) => err,
        };
        let words = Words::new(Lang::negotiate(event.lang_hint.as_deref(), Lang::En));
        if !err.is_transient() {
            // Even the apology could not be stored: the update is dropped, and said so.
            tracing::error!(error = %err, update_id, "an update could not be applied");
            let sorry =
                Reply::new(crate::conversation::Text::new().plain(words.get("error-sorry")));
            let outcome = Outcome {
                replies: vec![sorry],
                notice: Some(words.get("error-sorry")),
                ..Outcome::default()
            };
            return Ok(Applied(Some((chat_id, tap, outcome))));
        }
        if !*told && started.elapsed() >= SLOW_STORE {
            *told = true;
            told_now = true;
            let slow = words.get("store-slow");
            if let Some(tap) = &tap {
                answer_tap(bot, tap, Some(&slow)).await;
            }
            let reply = Reply::new(crate::conversation::Text::new().plain(slow));
            if let Err(err) = with_retry(|| send(bot, chat_id, &reply)).await {
                tracing::warn!(error = %err, chat = chat_id.0, "telling a resident to wait failed");
            }
        }
        if shutdown.is_cancelled() || patience.is_some_and(|p| started.elapsed() >= p) {
            if let Some(tap) = tap.as_ref().filter(|_| !told_now) {
                answer_tap(bot, tap, None).await;
            }
            return Err(err);
        }
        tracing::warn!(error = %err, update_id, "the database refused an update for now; trying again in {wait:?}");
        tokio::select! {
            _ = shutdown.cancelled() => {}
            _ = tokio::time::sleep(wait) => {}
        }
        wait = (wait * 2).min(STORE_RETRY_MAX);
    };
    Ok(Applied(Some((chat_id, tap, outcome))))
}

/// The conversation's event in a Telegram update, with the chat to answer in and the tapped
/// button; `None` for what the bot does not handle (groups, other kinds of update).
fn event_of(update: Update) -> Option<(Event, ChatId, Option<Tap>)> {
    let update_id = i64::from(update.id.0);
    let (user, chat_id, input, tap) = match update.kind {
        UpdateKind::Message(message) => {
            let user = message.from.clone()?;
            if !message.chat.is_private() {
                return None;
            }
            let text = message
                .text()
                .or(message.caption())
                .unwrap_or_default()
                .to_owned();
            (user, message.chat.id, Input::Text(text), None)
        }
        UpdateKind::CallbackQuery(query) => {
            let chat_id = query
                .message
                .as_ref()
                .map(|m| m.chat().id)
                .unwrap_or(ChatId(query.from.id.0 as i64));
            let tap = Tap {
                query_id: query.id.0.clone(),
                message: query.message.as_ref().map(|m| m.id()),
            };
            (
                query.from.clone(),
                chat_id,
                Input::Button(query.data.unwrap_or_default()),
                Some(tap),
            )
        }
        _ => return None,
    };
    let user_id = TelegramUserId::new(user.id.0 as i64);
    let event = Event {
        user_id,
        // A button in the facilitators' group is pressed by a person whose own chat is private.
        chat_id: match from_telegram(chat_id) {
            chat if chat.is_group() => domain::ChatId::private_with(user_id),
            chat => chat,
        },
        lang_hint: user.language_code.clone(),
        input,
        update_id: Some(update_id),
    };
    Some((event, chat_id, tap))
}

/// A resident blocked (kicked) or unblocked the bot in their private chat: known at once, so
/// the outbox makes no attempt to a chat that refuses it. Groups are left alone.
async fn chat_member_changed(
    engine: &Engine,
    change: &teloxide::types::ChatMemberUpdated,
) -> Result<(), StoreError> {
    if !change.chat.is_private() {
        return Ok(());
    }
    let chat = from_telegram(change.chat.id);
    if change.new_chat_member.kind.is_present() {
        tracing::info!(chat = chat.get(), "chat is reachable again");
        engine.chat_reachable(chat).await
    } else {
        tracing::info!(chat = chat.get(), "the bot was blocked; marking the chat");
        engine.chat_unreachable(chat).await
    }
}

/// Sends the replies; answers the tapped button in every case, so no button keeps spinning.
/// Posts to other chats (`outcome.elsewhere`) are queued in the outbox by the engine already.
async fn deliver(engine: &Engine, bot: &Bot, chat: ChatId, tap: Option<&Tap>, outcome: &Outcome) {
    if let Some(tap) = tap {
        answer_tap(bot, tap, outcome.notice.as_deref()).await;
    }
    let mut may_edit = tap.and_then(|t| t.message);
    for reply in &outcome.replies {
        let result = match may_edit
            .take()
            .filter(|_| reply.edit && reply.attachment.is_none())
        {
            Some(message_id) => edit_or_send(bot, chat, message_id, reply).await,
            None => with_retry(|| send(bot, chat, reply)).await.map(|_| ()),
        };
        let Err(err) = result else { continue };
        if classify_error(&err) == SendOutcome::Unreachable {
            tracing::info!(chat = chat.0, "chat is unreachable; marking it");
            if let Err(err) = engine.chat_unreachable(from_telegram(chat)).await {
                tracing::warn!(error = %err, "marking a chat unreachable failed");
            }
            return;
        }
        tracing::warn!(error = %err, chat = chat.0, "sending a reply failed");
    }
}

async fn answer_tap(bot: &Bot, tap: &Tap, notice: Option<&str>) {
    let mut request =
        bot.answer_callback_query(teloxide::types::CallbackQueryId(tap.query_id.clone()));
    if let Some(notice) = notice {
        request = request.text(notice.chars().take(200).collect::<String>());
    }
    if let Err(err) = request.await {
        // An old query (a redelivered update after a restart) cannot be answered any more.
        tracing::debug!(error = %err, "answering a callback query failed");
    }
}

async fn edit_or_send(
    bot: &Bot,
    chat: ChatId,
    message_id: MessageId,
    reply: &Reply,
) -> Result<(), RequestError> {
    let mut request = bot
        .edit_message_text(chat, message_id, html(&reply.text))
        .parse_mode(ParseMode::Html);
    if let Some(markup) = keyboard(reply) {
        request = request.reply_markup(markup);
    }
    match with_retry(|| request.clone().send()).await {
        Ok(_) => Ok(()),
        // Tapping the button of what is already shown: nothing to change, nothing wrong.
        Err(RequestError::Api(ApiError::MessageNotModified)) => Ok(()),
        Err(RequestError::Api(_)) => with_retry(|| send(bot, chat, reply)).await.map(|_| ()),
        Err(err) => Err(err),
    }
}

/// One attempt to send a reply as a new message (a photo or document when it carries a file).
async fn send(bot: &Bot, chat: ChatId, reply: &Reply) -> Result<Message, RequestError> {
    if let Some(attachment) = &reply.attachment {
        let file =
            InputFile::memory(attachment.bytes.clone()).file_name(attachment.file_name.clone());
        let caption = render::html_within(&reply.text, render::MAX_CAPTION);
        return match attachment.kind {
            AttachmentKind::Photo => {
                let mut request = bot
                    .send_photo(chat, file)
                    .caption(caption)
                    .parse_mode(ParseMode::Html);
                if let Some(markup) = keyboard(reply) {
                    request = request.reply_markup(markup);
                }
                request.send().await
            }
            AttachmentKind::Document => {
                let mut request = bot
                    .send_document(chat, file)
                    .caption(caption)
                    .parse_mode(ParseMode::Html);
                if let Some(markup) = keyboard(reply) {
                    request = request.reply_markup(markup);
                }
                request.send().await
            }
        };
    }
    let mut request = bot
        .send_message(chat, html(&reply.text))
        .parse_mode(ParseMode::Html);
    if let Some(markup) = keyboard(reply) {
        request = request.reply_markup(markup);
    }
    request.send().await
}

/// The outbox's sending seam over the Bot API: one attempt, classified. No policy here.
#[derive(Clone)]
pub struct TelegramCourier {
    bot: Bot,
}

impl TelegramCourier {
    pub fn new(bot: Bot) -> TelegramCourier {
        TelegramCourier { bot }
    }
}

impl Courier for TelegramCourier {
    async fn deliver(&self, chat: domain::ChatId, reply: &Reply) -> SendOutcome {
        match send(&self.bot, to_telegram(chat), reply).await {
            Ok(message) => SendOutcome::Sent {
                message_id: i64::from(message.id.0),
            },
            Err(err) => classify_error(&err),
        }
    }
}

// Our ids and teloxide's meet here only.
fn to_telegram(chat: domain::ChatId) -> ChatId {
    ChatId(chat.get())
}

fn from_telegram(chat: ChatId) -> domain::ChatId {
    domain::ChatId::new(chat.0)
}

/// How a failed Bot API call reads for the outbox.
fn classify_error(err: &RequestError) -> SendOutcome {
    match err {
        RequestError::RetryAfter(secs) => SendOutcome::RetryAfter(secs.seconds()),
        RequestError::Api(
            ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound,
        ) => SendOutcome::Unreachable,
        // A description teloxide does not know may be a server error (5xx) after which the
        // message went out all the same.
        RequestError::Api(ApiError::Unknown(_)) => SendOutcome::Unknown,
        RequestError::Api(err) => SendOutcome::Refused(err.to_string()),
        RequestError::MigrateToChatId(_) => {
            SendOutcome::Refused("the group became a supergroup".into())
        }
        // No connection was made, so the request surely did not arrive.
        RequestError::Network(err) if err.is_connect() => SendOutcome::NotSent,
        RequestError::Network(_) | RequestError::InvalidJson { .. } | RequestError::Io(_) => {
            SendOutcome::Unknown
        }
    }
}

/// Tries a reply again after Telegram's "too many requests" (waiting as long as it asks) and
/// after a server error or a lost connection (with backoff), a few times: an answer to a
/// resident is worth a wait. Only this chat's queue waits; the other chats go on.
async fn with_retry<T, F, Fut>(mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, RequestError>>,
{
    let mut backoff = Duration::from_secs(1);
    let mut tries = 1;
    loop {
        let result = call().await;
        let wait = match &result {
            Err(RequestError::RetryAfter(secs)) => secs.duration(),
            Err(err) if passing(err) => backoff,
            _ => return result,
        };
        if tries >= REPLY_TRIES {
            return result;
        }
        tries += 1;
        tokio::time::sleep(wait).await;
        backoff = (backoff * 2).min(Duration::from_secs(8));
    }
}

/// Tries of one reply before it is given up.
const REPLY_TRIES: u32 = 5;

/// A failure that may pass: a server error (teloxide reads a 5xx as a description it does not
/// know), a connection that failed or an answer that was not JSON.
fn passing(err: &RequestError) -> bool {
    matches!(
        err,
        RequestError::Api(ApiError::Unknown(_))
            | RequestError::Network(_)
            | RequestError::InvalidJson { .. }
            | RequestError::Io(_)
    )
}

/// How long the start-up check of the token waits for Telegram.
const CHECK_TIMEOUT: Duration = Duration::from_secs(8);
/// How long one menu or description call may take before it is abandoned.
const ANNOUNCE_TIMEOUT: Duration = Duration::from_secs(10);
/// Menu and description calls in flight at once.
const ANNOUNCE_CONCURRENCY: usize = 4;

/// What Telegram said about the token at start-up.
#[derive(Debug)]
pub enum TokenCheck {
    /// Accepted; the bot's username when it has one.
    Accepted(Option<String>),
    /// Telegram refused it (401 or 404): running on is pointless.
    Refused,
    /// No answer in time, or not one that decides: carry on and ask again later.
    Unanswered(String),
}

/// Asks Telegram who the bot is (getMe), waiting at most a few seconds.
pub async fn check_token(bot: &Bot) -> TokenCheck {
    match tokio::time::timeout(CHECK_TIMEOUT, bot.get_me().send()).await {
        Ok(Ok(me)) => TokenCheck::Accepted(me.user.username.clone()),
        Ok(Err(RequestError::Api(ApiError::InvalidToken))) => TokenCheck::Refused,
        Ok(Err(err)) => TokenCheck::Unanswered(err.to_string()),
        Err(_) => TokenCheck::Unanswered(format!("no answer within {CHECK_TIMEOUT:?}")),
    }
}

/// In the background after start-up: asks who the bot is until Telegram answers (when the
/// start-up check got no answer), remembers the username, then announces the menus. Returns
/// `Err(SetupError::TokenRefused)` when Telegram refuses the token after all; the caller stops.
pub async fn introduce(
    engine: Engine,
    bot: Bot,
    known: TokenCheck,
    shutdown: CancellationToken,
) -> Result<(), SetupError> {
    let mut check = known;
    let mut wait = Duration::from_secs(2);
    let username = loop {
        match check {
            TokenCheck::Accepted(username) => break username,
            TokenCheck::Refused => return Err(SetupError::TokenRefused),
            TokenCheck::Unanswered(why) => {
                tracing::warn!(error = %why, "Telegram did not answer getMe; asking again in {wait:?}");
            }
        }
        tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            _ = tokio::time::sleep(wait) => {}
        }
        wait = (wait * 2).min(Duration::from_secs(60));
        check = tokio::select! {
            _ = shutdown.cancelled() => return Ok(()),
            check = check_token(&bot) => check,
        };
    };
    if let Some(username) = username
        && let Err(err) = engine.remember_bot_username(&username).await
    {
        tracing::warn!(error = %err, "remembering the bot's username failed");
    }
    tokio::select! {
        _ = shutdown.cancelled() => {}
        _ = announce(&bot) => {}
    }
    Ok(())
}

/// Tells Telegram who the bot is in every language: the command menu, the description shown
/// before the first message and the short one on its profile. A few calls at a time, each with
/// its own time limit; failures are logged: the bot works without these.
pub async fn announce(bot: &Bot) {
    // English is the menu for languages the bot does not speak, as in the conversation.
    let languages = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    let mut calls: Vec<BoxFuture<'static, Result<(), RequestError>>> = Vec::new();
    for lang in languages {
        let words = Words::new(lang.unwrap_or(Lang::En));
        let code = lang.map(|l| l.code().to_owned());
        let mut set_commands = bot.set_my_commands(menu(lang.unwrap_or(Lang::En)));
        let mut set_description = bot
            .set_my_description()
            .description(words.get("bot-description"));
        let mut set_short = bot
            .set_my_short_description()
            .short_description(words.get("bot-short-description"));
        if let Some(code) = code {
            set_commands = set_commands.language_code(code.clone());
            set_description = set_description.language_code(code.clone());
            set_short = set_short.language_code(code);
        }
        calls.push(set_commands.send().map_ok(|_| ()).boxed());
        calls.push(set_description.send().map_ok(|_| ()).boxed());
        calls.push(set_short.send().map_ok(|_| ()).boxed());
    }
    let timed: Vec<_> = calls
        .into_iter()
        .map(|call| tokio::time::timeout(ANNOUNCE_TIMEOUT, call))
        .collect();
    let mut results = futures::stream::iter(timed).buffer_unordered(ANNOUNCE_CONCURRENCY);
    while let Some(result) = results.next().await {
        match result {
            Ok(Ok(())) => {}
            Ok(Err(err)) => tracing::warn!(
                error = %err,
                "telling Telegram the commands and descriptions failed"
            ),
            Err(_) => tracing::warn!(
                "telling Telegram the commands and descriptions took longer than {ANNOUNCE_TIMEOUT:?}"
            ),
        }
    }
    tracing::debug!("announced the menus");
}

/// The command menu of one language, from the one table of commands.
fn menu(lang: Lang) -> Vec<BotCommand> {
    crate::conversation::command_menu(lang)
        .into_iter()
        .map(|(name, description)| BotCommand::new(name, description))
        .collect()
}

/// Resolves when the process is asked to stop: Ctrl-C (SIGINT) or SIGTERM, which systemd and
/// container runtimes send and teloxide's own handler does not catch.
pub async fn stop_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let mut term = match signal(SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
                return;
            }
        };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn telegram_errors_read_as_outcomes() {
        use teloxide::types::Seconds;
        assert_eq!(
            classify_error(&RequestError::Api(ApiError::BotBlocked)),
            SendOutcome::Unreachable
        );
        assert_eq!(
            classify_error(&RequestError::Api(ApiError::ChatNotFound)),
            SendOutcome::Unreachable
        );
        assert_eq!(
            classify_error(&RequestError::RetryAfter(Seconds::from_seconds(3))),
            SendOutcome::RetryAfter(3)
        );
        assert!(matches!(
            classify_error(&RequestError::Api(ApiError::MessageIsTooLong)),
            SendOutcome::Refused(_)
        ));
        assert_eq!(
            classify_error(&RequestError::Api(ApiError::Unknown(
                "Internal Server Error".into()
            ))),
            SendOutcome::Unknown
        );
    }

    #[tokio::test]
    async fn a_refused_connection_was_not_sent() {
        // Port 1 on loopback: nothing listens, the connection is refused.
        let err = reqwest::Client::new()
            .get("http://127.0.0.1:1/")
            .send()
            .await
            .expect_err("nothing listens on port 1");
        assert_eq!(
            classify_error(&RequestError::from(err)),
            SendOutcome::NotSent
        );
    }

    #[test]
    fn setup_mistakes_are_sentences() {
        assert!(matches!(bot(None, None), Err(SetupError::MissingToken)));
        assert!(matches!(
            bot(Some("  "), None),
            Err(SetupError::MissingToken)
        ));
        assert!(matches!(
            bot(Some("nonsense"), None),
            Err(SetupError::MalformedToken)
        ));
        assert!(matches!(
            bot(Some("1:A"), Some("not a url")),
            Err(SetupError::BadApiUrl(_))
        ));
        assert!(bot(Some("1:A"), Some("http://127.0.0.1:9/")).is_ok());
    }
}
