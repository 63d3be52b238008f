//! The Telegram transport: long polling with teloxide's client, updates turned into
//! conversation events, replies rendered as HTML with inline keyboards.
//!
//! teloxide's own polling confirms a batch to Telegram when it hands it to the dispatcher, so a
//! crash would lose it. Here the offset moves past an update only once its effects are
//! committed; Telegram redelivers anything unconfirmed, and the update ids recorded by the
//! conversation make the redelivery harmless.

mod render;
mod webhook;

pub use render::{html, keyboard};
pub use webhook::{run_webhook, secret_or_random};

use crate::conversation::{AttachmentKind, Engine, Event, Input, Outcome, Reply};
use crate::domain::Lang;
use crate::i18n::Words;
use crate::store::{Store, StoreError};
use futures::future::join_all;
use std::collections::BTreeMap;
use std::time::Duration;
use teloxide::ApiError;
use teloxide::RequestError;
use teloxide::prelude::*;
use teloxide::types::{AllowedUpdate, BotCommand, InputFile, MessageId, ParseMode, UpdateKind};
use tokio_util::sync::CancellationToken;

/// Seconds Telegram holds a getUpdates request open when there is nothing new.
const POLL_TIMEOUT: u32 = 25;

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

/// Polls until `shutdown` is cancelled. Updates of one batch are handled concurrently across
/// chats and in order within a chat; the batch finishes before the loop looks at `shutdown`.
pub async fn run_polling(
    engine: Engine,
    bot: Bot,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    // Polling and a webhook exclude each other; a webhook left from another run would block us.
    if let Err(err) = bot.delete_webhook().await {
        tracing::warn!(error = %err, "could not remove a webhook");
    }
    let mut offset: i32 = 0;
    let mut backoff = Duration::from_secs(1);
    loop {
        let request = bot
            .get_updates()
            .offset(offset)
            .timeout(POLL_TIMEOUT)
            .allowed_updates([AllowedUpdate::Message, AllowedUpdate::CallbackQuery]);
        let updates = tokio::select! {
            _ = shutdown.cancelled() => break,
            result = request.send() => result,
        };
        let updates = match updates {
            Ok(updates) => {
                backoff = Duration::from_secs(1);
                updates
            }
            Err(err) => {
                let wait = match &err {
                    RequestError::RetryAfter(secs) => secs.duration(),
                    _ => backoff,
                };
                tracing::warn!(error = %err, "getUpdates failed; trying again in {wait:?}");
                backoff = (backoff * 2).min(Duration::from_secs(60));
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(wait) => continue,
                }
            }
        };
        if updates.is_empty() {
            continue;
        }
        match handle_batch(&engine, &bot, updates).await {
            Ok(next) => offset = next,
            Err((next, err)) => {
                // The database failed: keep the update unconfirmed and try it again later.
                tracing::error!(error = %err, "storing an update failed; retrying");
                offset = next;
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(backoff) => {}
                }
                backoff = (backoff * 2).min(Duration::from_secs(60));
            }
        }
    }
    // Confirm what was handled, so a restart does not receive it again (it would be skipped
    // anyway, but there is no need to make Telegram resend it).
    if offset > 0 {
        let _ = bot
            .get_updates()
            .offset(offset)
            .timeout(0)
            .limit(1)
            .send()
            .await;
    }
    tracing::info!("stopped polling");
    Ok(())
}

/// Handles one batch; returns the offset that confirms what was committed.
async fn handle_batch(
    engine: &Engine,
    bot: &Bot,
    updates: Vec<Update>,
) -> Result<i32, (i32, StoreError)> {
    let last = updates.iter().map(|u| u.id.0).max().unwrap_or(0);
    let mut by_chat: BTreeMap<i64, Vec<Update>> = BTreeMap::new();
    for update in updates {
        let chat = update.chat().map(|c| c.id.0).unwrap_or(0);
        by_chat.entry(chat).or_default().push(update);
    }
    let results = join_all(by_chat.into_values().map(|updates| async move {
        for update in updates {
            let id = update.id.0;
            if let Err(err) = handle_update(engine, bot, update).await {
                return Err((id, err));
            }
        }
        Ok(())
    }))
    .await;
    let first_failed = results
        .into_iter()
        .filter_map(Result::err)
        .min_by_key(|(id, _)| *id);
    match first_failed {
        None => Ok(last as i32 + 1),
        Some((id, err)) => Err((id as i32, err)),
    }
}

/// Where a button was tapped: answered, and the message it sits on can be edited.
struct Tap {
    query_id: String,
    message: Option<MessageId>,
}

pub(crate) async fn handle_update(
    engine: &Engine,
    bot: &Bot,
    update: Update,
) -> Result<(), StoreError> {
    let update_id = i64::from(update.id.0);
    let (user, chat_id, input, tap) = match update.kind {
        UpdateKind::Message(message) => {
            let Some(user) = message.from.clone() else {
                return Ok(());
            };
            if !message.chat.is_private() {
                return Ok(());
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
        _ => return Ok(()),
    };
    let event = Event {
        user_id: user.id.0 as i64,
        // A button in the facilitators' group is pressed by a person whose own chat is private.
        chat_id: if chat_id.0 > 0 {
            chat_id.0
        } else {
            user.id.0 as i64
        },
        lang_hint: user.language_code.clone(),
        input,
        update_id: Some(update_id),
    };
    tracing::debug!(update_id, user = event.user_id, "handling update");
    let outcome = match engine.handle(&event).await {
        Ok(outcome) => outcome,
        Err(err) => {
            if let Some(tap) = &tap {
                answer_tap(bot, tap, None).await;
            }
            return Err(err);
        }
    };
    deliver(engine, bot, chat_id, tap.as_ref(), &outcome).await;
    Ok(())
}

/// Sends the replies; answers the tapped button in every case, so no button keeps spinning.
async fn deliver(engine: &Engine, bot: &Bot, chat: ChatId, tap: Option<&Tap>, outcome: &Outcome) {
    if let Some(tap) = tap {
        answer_tap(bot, tap, outcome.notice.as_deref()).await;
    }
    for (elsewhere, reply) in &outcome.elsewhere {
        if let Err(err) = send(bot, ChatId(*elsewhere), reply).await {
            tracing::warn!(error = %err, chat = elsewhere, "posting to the facilitators' chat failed");
        }
    }
    let mut may_edit = tap.and_then(|t| t.message);
    for reply in &outcome.replies {
        let result = match may_edit
            .take()
            .filter(|_| reply.edit && reply.attachment.is_none())
        {
            Some(message_id) => edit_or_send(bot, chat, message_id, reply).await,
            None => send(bot, chat, reply).await,
        };
        if let Err(err) = result {
            if is_unreachable(&err) {
                tracing::info!(chat = chat.0, "chat is unreachable; marking it");
                if let Ok(mut tx) = engine.store().write().await {
                    let _ = tx.mark_unreachable(chat.0).await;
                    let _ = tx.commit().await;
                }
                return;
            }
            tracing::warn!(error = %err, chat = chat.0, "sending a reply failed");
        }
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
        Err(RequestError::Api(_)) => send(bot, chat, reply).await,
        Err(err) => Err(err),
    }
}

async fn send(bot: &Bot, chat: ChatId, reply: &Reply) -> Result<(), RequestError> {
    if let Some(attachment) = &reply.attachment {
        let file =
            || InputFile::memory(attachment.bytes.clone()).file_name(attachment.file_name.clone());
        let caption = render::html_within(&reply.text, render::MAX_CAPTION);
        return match attachment.kind {
            AttachmentKind::Photo => {
                let mut request = bot
                    .send_photo(chat, file())
                    .caption(caption)
                    .parse_mode(ParseMode::Html);
                if let Some(markup) = keyboard(reply) {
                    request = request.reply_markup(markup);
                }
                with_retry(|| request.clone().send()).await.map(|_| ())
            }
            AttachmentKind::Document => {
                let mut request = bot
                    .send_document(chat, file())
                    .caption(caption)
                    .parse_mode(ParseMode::Html);
                if let Some(markup) = keyboard(reply) {
                    request = request.reply_markup(markup);
                }
                with_retry(|| request.clone().send()).await.map(|_| ())
            }
        };
    }
    let mut request = bot
        .send_message(chat, html(&reply.text))
        .parse_mode(ParseMode::Html);
    if let Some(markup) = keyboard(reply) {
        request = request.reply_markup(markup);
    }
    with_retry(|| request.clone().send()).await.map(|_| ())
}

/// Tells Telegram who the bot is in every language: the command menu, the description shown
/// before the first message and the short one on its profile. Also learns the bot's username,
/// which links and QR codes need. Failures are logged: the bot works without these.
pub async fn announce(bot: &Bot, store: &Store) {
    match bot.get_me().await {
        Ok(me) => {
            if let Some(username) = &me.user.username
                && let Ok(mut tx) = store.write().await
            {
                let _ = tx.set_bot_fact("username", username).await;
                let _ = tx.commit().await;
            }
        }
        Err(err) => tracing::warn!(error = %err, "getMe failed"),
    }
    // English is the menu for languages the bot does not speak, as in the conversation.
    let languages = std::iter::once(None).chain(Lang::ALL.into_iter().map(Some));
    for lang in languages {
        let words = Words::new(lang.unwrap_or(Lang::En));
        let commands: Vec<BotCommand> = crate::conversation::command_menu(lang.unwrap_or(Lang::En))
            .into_iter()
            .map(|(name, description)| BotCommand::new(name, description))
            .collect();
        let code = lang.map(|l| l.code().to_owned());
        let mut set_commands = bot.set_my_commands(commands);
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
        for result in [
            set_commands.await.map(|_| ()),
            set_description.await.map(|_| ()),
            set_short.await.map(|_| ()),
        ] {
            if let Err(err) = result {
                tracing::warn!(error = %err, "telling Telegram the commands and descriptions failed");
            }
        }
    }
}

/// Messages per second the outbox sends: under Telegram's 30 per second for a bot.
const OUTBOX_PER_SECOND: u64 = 25;

/// Drains the outbox (broadcasts, outcomes, digests) at a pace Telegram accepts, until
/// `shutdown`. Each delivery is claimed before it is sent and marked after, so a crash sends
/// nothing twice.
pub async fn run_outbox(store: Store, bot: Bot, shutdown: CancellationToken) {
    let pause = Duration::from_millis(1000 / OUTBOX_PER_SECOND);
    while !shutdown.is_cancelled() {
        let claimed = match claim(&store).await {
            Ok(claimed) => claimed,
            Err(err) => {
                tracing::warn!(error = %err, "claiming deliveries failed");
                Vec::new()
            }
        };
        if claimed.is_empty() {
            tokio::select! {
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(Duration::from_secs(1)) => continue,
            }
        }
        for delivery in claimed {
            let outcome = match serde_json::from_str::<Reply>(&delivery.payload) {
                Ok(reply) => send(&bot, ChatId(delivery.chat_id), &reply)
                    .await
                    .map_err(Some),
                Err(_) => Err(None),
            };
            if let Err(err) = settle(&store, &delivery, outcome).await {
                tracing::warn!(error = %err, "recording a delivery failed");
            }
            tokio::time::sleep(pause).await;
        }
    }
}

async fn claim(store: &Store) -> Result<Vec<crate::store::Delivery>, StoreError> {
    let mut tx = store.write().await?;
    let claimed = tx.claim_deliveries(OUTBOX_PER_SECOND as i64).await?;
    tx.commit().await?;
    Ok(claimed)
}

/// Records how a delivery went: sent, to retry (Telegram asked to wait, or failed for a while),
/// or given up (the resident blocked the bot, or the payload is unreadable).
async fn settle(
    store: &Store,
    delivery: &crate::store::Delivery,
    outcome: Result<(), Option<RequestError>>,
) -> Result<(), StoreError> {
    let mut tx = store.write().await?;
    match outcome {
        Ok(()) => tx.mark_delivered(delivery.id).await?,
        Err(None) => {
            tx.mark_undelivered(delivery.id, "unreadable payload", None)
                .await?
        }
        Err(Some(err)) if is_unreachable(&err) => {
            tx.mark_unreachable(delivery.chat_id).await?;
            tx.mark_undelivered(delivery.id, "unreachable", None)
                .await?;
        }
        Err(Some(err)) => {
            let retry = match &err {
                RequestError::RetryAfter(secs) => Some(secs.duration().as_secs() as i64),
                _ if delivery.attempts < 5 => Some(30 * delivery.attempts),
                _ => None,
            };
            let kind = match &err {
                RequestError::Api(_) => "telegram refused",
                RequestError::RetryAfter(_) => "too many requests",
                _ => "network",
            };
            tx.mark_undelivered(delivery.id, kind, retry.map(|s| crate::store::now() + s))
                .await?;
        }
    }
    tx.commit().await
}

/// One retry after Telegram's "too many requests", waiting as long as it asks.
async fn with_retry<T, F, Fut>(mut call: F) -> Result<T, RequestError>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = Result<T, RequestError>>,
{
    match call().await {
        Err(RequestError::RetryAfter(secs)) => {
            tokio::time::sleep(secs.duration()).await;
            call().await
        }
        other => other,
    }
}

fn is_unreachable(err: &RequestError) -> bool {
    matches!(
        err,
        RequestError::Api(
            ApiError::BotBlocked | ApiError::UserDeactivated | ApiError::ChatNotFound
        )
    )
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
