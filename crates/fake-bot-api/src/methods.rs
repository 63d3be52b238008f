//! What each emulated method does to the state, and the objects it returns.

use std::collections::HashMap;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Map, Value, json};

use crate::api::{SentFile, SentMessage};
use crate::error::{ApiError, NOT_MODIFIED, QUERY_TOO_OLD};
use crate::html::format_text;
use crate::limits::inline_rows;
use crate::params::{chat_id_of, int_param, str_param};
use crate::spec::Entry;
use crate::state::{Inner, Stored};
use crate::{BOT_FIRST_NAME, BOT_ID, BOT_USERNAME};

pub(crate) fn now() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

pub(crate) fn bot_user() -> Value {
    json!({"id": BOT_ID, "is_bot": true, "first_name": BOT_FIRST_NAME, "username": BOT_USERNAME})
}

pub(crate) fn default_scope_key() -> String {
    json!({"type": "default"}).to_string()
}

pub(crate) fn settings_key(params: &Map<String, Value>) -> (String, String) {
    let scope = params
        .get("scope")
        .map(Value::to_string)
        .unwrap_or_else(default_scope_key);
    (
        scope,
        str_param(params, "language_code")
            .unwrap_or_default()
            .to_owned(),
    )
}

pub(crate) fn dispatch(
    inner: &mut Inner,
    method: &Entry,
    params: &Map<String, Value>,
    files: &[(String, String, Vec<u8>)],
) -> Result<Value, ApiError> {
    let name = method.name.as_str();
    let lang = || {
        str_param(params, "language_code")
            .unwrap_or_default()
            .to_owned()
    };
    match name {
        "getMe" => {
            let mut me = bot_user();
            for flag in [
                "can_join_groups",
                "can_read_all_group_messages",
                "supports_inline_queries",
                "can_connect_to_business",
                "has_main_web_app",
            ] {
                me[flag] = json!(flag == "can_join_groups");
            }
            Ok(me)
        }
        "setWebhook" => {
            inner.webhook_url = str_param(params, "url").unwrap_or_default().to_owned();
            Ok(json!(true))
        }
        "deleteWebhook" => {
            inner.webhook_url.clear();
            if params.get("drop_pending_updates") == Some(&json!(true)) {
                for u in std::mem::take(&mut inner.updates) {
                    inner
                        .dropped
                        .insert(u.id, "deleteWebhook with drop_pending_updates=true".into());
                }
            }
            Ok(json!(true))
        }
        "getWebhookInfo" => Ok(json!({
            "url": inner.webhook_url,
            "has_custom_certificate": false,
            "pending_update_count": inner.updates.len(),
        })),
        "sendMessage" | "sendDocument" | "sendPhoto" => send(inner, name, params, files),
        "editMessageText" | "editMessageCaption" | "editMessageReplyMarkup" => {
            edit(inner, name, params)
        }
        "deleteMessage" => {
            let chat_id = chat_id_of(params)?;
            let message_id = int_param(params, "message_id").unwrap_or_default();
            match inner
                .chats
                .get_mut(&chat_id)
                .and_then(|c| c.messages.remove(&message_id))
            {
                Some(_) => Ok(json!(true)),
                None => Err(ApiError::bad_request("message to delete not found")),
            }
        }
        "deleteMessages" => {
            let chat_id = chat_id_of(params)?;
            let ids = params
                .get("message_ids")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            if let Some(chat) = inner.chats.get_mut(&chat_id) {
                for id in ids.iter().filter_map(Value::as_i64) {
                    chat.messages.remove(&id);
                }
            }
            Ok(json!(true))
        }
        "answerCallbackQuery" => {
            let id = str_param(params, "callback_query_id").unwrap_or_default();
            match inner
                .callbacks
                .iter_mut()
                .find(|c| c.id == id && c.answer.is_none())
            {
                Some(callback) => {
                    callback.answer = Some(Value::Object(params.clone()));
                    Ok(json!(true))
                }
                None => Err(ApiError {
                    code: 400,
                    description: QUERY_TOO_OLD.into(),
                    retry_after: None,
                }),
            }
        }
        "setMyCommands" => {
            let commands = params.get("commands").cloned().unwrap_or_else(|| json!([]));
            inner.commands.insert(settings_key(params), commands);
            Ok(json!(true))
        }
        "deleteMyCommands" => {
            inner.commands.remove(&settings_key(params));
            Ok(json!(true))
        }
        "getMyCommands" => Ok(inner
            .commands
            .get(&settings_key(params))
            .cloned()
            .unwrap_or_else(|| json!([]))),
        "setMyDescription" => {
            set_text(
                &mut inner.descriptions,
                lang(),
                str_param(params, "description"),
            );
            Ok(json!(true))
        }
        "getMyDescription" => {
            Ok(json!({"description": inner.descriptions.get(&lang()).cloned().unwrap_or_default()}))
        }
        "setMyShortDescription" => {
            set_text(
                &mut inner.short_descriptions,
                lang(),
                str_param(params, "short_description"),
            );
            Ok(json!(true))
        }
        "getMyShortDescription" => Ok(
            json!({"short_description": inner.short_descriptions.get(&lang()).cloned().unwrap_or_default()}),
        ),
        "setMyName" => {
            set_text(&mut inner.names, lang(), str_param(params, "name"));
            Ok(json!(true))
        }
        "getMyName" => Ok(
            json!({"name": inner.names.get(&lang()).cloned().unwrap_or_else(|| BOT_FIRST_NAME.to_owned())}),
        ),
        _ if method.returns == ["Boolean"] => Ok(json!(true)),
        _ if name.starts_with("send") && method.returns == ["Message"] => {
            send(inner, name, params, files)
        }
        _ => {
            inner.violations.push(format!(
                "{name}: valid method, but not emulated by the fake Bot API (answered 400)"
            ));
            Err(ApiError::bad_request(format!(
                "method {name} is not emulated by the fake Bot API"
            )))
        }
    }
}

/// An empty text resets the language's value, as in Telegram.
pub(crate) fn set_text(map: &mut HashMap<String, String>, lang: String, value: Option<&str>) {
    match value {
        Some(v) if !v.is_empty() => {
            map.insert(lang, v.to_owned());
        }
        _ => {
            map.remove(&lang);
        }
    }
}

/// The inline keyboard a message would carry: other keyboard kinds are not
/// part of the message, and an empty inline keyboard is no keyboard.
pub(crate) fn inline_markup(markup: Option<&Value>) -> Option<Value> {
    let rows = inline_rows(markup)?;
    if rows.iter().all(|r| r.as_array().is_none_or(Vec::is_empty)) {
        return None;
    }
    markup.cloned()
}

pub(crate) fn mime_type(file_name: &str) -> Option<&'static str> {
    let ext = file_name.rsplit_once('.')?.1.to_ascii_lowercase();
    Some(match ext.as_str() {
        "csv" => "text/csv",
        "txt" => "text/plain",
        "json" => "application/json",
        "pdf" => "application/pdf",
        "zip" => "application/zip",
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "html" => "text/html",
        _ => return None,
    })
}

/// Resolves a file parameter: an upload, a file_id the fake handed out, or a
/// foreign file_id / URL.
pub(crate) fn resolve_file(
    inner: &mut Inner,
    value: &str,
    param: &str,
    files: &[(String, String, Vec<u8>)],
) -> SentFile {
    if value.starts_with("attach://") {
        let (file_name, bytes) = files
            .iter()
            .find(|(field, _, _)| field == param)
            .map(|(_, n, b)| (n.clone(), b.clone()))
            .unwrap_or_default();
        let file = SentFile {
            file_id: inner.new_file_id("FAKEFILE"),
            file_name,
            bytes,
        };
        inner.files.insert(file.file_id.clone(), file.clone());
        return file;
    }
    if let Some(known) = inner.files.get(value) {
        return known.clone();
    }
    let file_name = value
        .rsplit('/')
        .next()
        .filter(|_| value.contains("://"))
        .unwrap_or_default()
        .to_owned();
    let file_id = if value.contains("://") {
        inner.new_file_id("FAKEURL")
    } else {
        value.to_owned()
    };
    SentFile {
        file_id,
        file_name,
        bytes: Vec::new(),
    }
}

pub(crate) fn send(
    inner: &mut Inner,
    method: &str,
    params: &Map<String, Value>,
    files: &[(String, String, Vec<u8>)],
) -> Result<Value, ApiError> {
    let chat_id = chat_id_of(params)?;
    let parse_mode = str_param(params, "parse_mode").map(str::to_owned);
    let message_id = inner.chat(chat_id).next_message_id();
    let mut msg = SentMessage {
        chat_id,
        message_id,
        method: method.to_owned(),
        text: None,
        caption: None,
        parse_mode: parse_mode.clone(),
        plain_text: None,
        entities: Vec::new(),
        reply_markup: params.get("reply_markup").cloned(),
        document: None,
        photo: None,
        edits: 0,
        raw: Value::Null,
    };
    let shown = if method == "sendMessage" {
        msg.text = str_param(params, "text").map(str::to_owned);
        msg.text.as_deref()
    } else {
        msg.caption = str_param(params, "caption").map(str::to_owned);
        msg.caption.as_deref()
    };
    if let Some(shown) = shown {
        let formatted = format_text(shown, parse_mode.as_deref()).map_err(ApiError::bad_request)?;
        msg.plain_text = Some(formatted.text);
        msg.entities = formatted.entities;
    }
    if let Some(v) = str_param(params, "document") {
        msg.document = Some(resolve_file(inner, v, "document", files));
    }
    if let Some(v) = str_param(params, "photo") {
        msg.photo = Some(resolve_file(inner, v, "photo", files));
    }
    msg.raw = render(inner, &msg, now(), None);
    let raw = msg.raw.clone();
    inner
        .chat(chat_id)
        .messages
        .insert(message_id, Stored::Bot(Box::new(msg)));
    Ok(raw)
}

/// The `Message` object Telegram would return for a bot message.
pub(crate) fn render(inner: &Inner, msg: &SentMessage, date: i64, edit_date: Option<i64>) -> Value {
    let mut m = json!({
        "message_id": msg.message_id,
        "from": bot_user(),
        "chat": inner.chat_json(msg.chat_id),
        "date": date,
    });
    let (text_key, entities_key) = if msg.text.is_some() {
        ("text", "entities")
    } else {
        ("caption", "caption_entities")
    };
    if let Some(plain) = &msg.plain_text {
        m[text_key] = json!(plain);
        if !msg.entities.is_empty() {
            m[entities_key] = json!(msg.entities);
        }
    }
    if let Some(doc) = &msg.document {
        let mut d = json!({"file_id": doc.file_id, "file_unique_id": format!("U{}", doc.file_id), "file_size": doc.bytes.len()});
        if !doc.file_name.is_empty() {
            d["file_name"] = json!(doc.file_name);
            if let Some(mime) = mime_type(&doc.file_name) {
                d["mime_type"] = json!(mime);
            }
        }
        m["document"] = d;
    }
    if let Some(photo) = &msg.photo {
        // Image dimensions are not decoded; a fixed size is reported.
        m["photo"] = json!([{
            "file_id": photo.file_id,
            "file_unique_id": format!("U{}", photo.file_id),
            "width": 640,
            "height": 480,
            "file_size": photo.bytes.len(),
        }]);
    }
    if let Some(markup) = inline_markup(msg.reply_markup.as_ref()) {
        m["reply_markup"] = markup;
    }
    if let Some(edit_date) = edit_date {
        m["edit_date"] = json!(edit_date);
    }
    m
}

pub(crate) fn edit(
    inner: &mut Inner,
    method: &str,
    params: &Map<String, Value>,
) -> Result<Value, ApiError> {
    if params.contains_key("inline_message_id") {
        return Ok(json!(true)); // inline-mode messages are not tracked
    }
    let chat_id = chat_id_of(params)?;
    let message_id = int_param(params, "message_id").unwrap_or_default();
    let mut msg = match inner
        .chats
        .get(&chat_id)
        .and_then(|c| c.messages.get(&message_id))
    {
        None => return Err(ApiError::bad_request("message to edit not found")),
        Some(Stored::User(_)) => return Err(ApiError::bad_request("message can't be edited")),
        Some(Stored::Bot(m)) => SentMessage::clone(m),
    };
    // Telegram drops the inline keyboard when an edit does not repeat it.
    let new_markup = params.get("reply_markup").cloned();
    let same_markup =
        inline_markup(new_markup.as_ref()) == inline_markup(msg.reply_markup.as_ref());
    let parse_mode = str_param(params, "parse_mode").map(str::to_owned);
    match method {
        "editMessageText" => {
            let Some(text) = str_param(params, "text") else {
                return Err(ApiError::bad_request(
                    "rich messages are not emulated by the fake Bot API",
                ));
            };
            if msg.text.is_none() {
                return Err(ApiError::bad_request(
                    "there is no text in the message to edit",
                ));
            }
            let formatted =
                format_text(text, parse_mode.as_deref()).map_err(ApiError::bad_request)?;
            if msg.plain_text.as_deref() == Some(formatted.text.as_str())
                && msg.entities == formatted.entities
                && same_markup
            {
                return Err(ApiError {
                    code: 400,
                    description: NOT_MODIFIED.into(),
                    retry_after: None,
                });
            }
            msg.text = Some(text.to_owned());
            msg.plain_text = Some(formatted.text);
            msg.entities = formatted.entities;
            msg.parse_mode = parse_mode;
        }
        "editMessageCaption" => {
            if msg.text.is_some() {
                return Err(ApiError::bad_request(
                    "there is no caption in the message to edit",
                ));
            }
            let caption = str_param(params, "caption");
            let formatted = match caption {
                Some(c) => {
                    Some(format_text(c, parse_mode.as_deref()).map_err(ApiError::bad_request)?)
                }
                None => None,
            };
            let plain = formatted.as_ref().map(|f| f.text.clone());
            let entities = formatted.map(|f| f.entities).unwrap_or_default();
            if msg.plain_text == plain && msg.entities == entities && same_markup {
                return Err(ApiError {
                    code: 400,
                    description: NOT_MODIFIED.into(),
                    retry_after: None,
                });
            }
            msg.caption = caption.map(str::to_owned);
            msg.plain_text = plain;
            msg.entities = entities;
            msg.parse_mode = parse_mode;
        }
        _ => {
            if same_markup {
                return Err(ApiError {
                    code: 400,
                    description: NOT_MODIFIED.into(),
                    retry_after: None,
                });
            }
        }
    }
    msg.reply_markup = new_markup;
    msg.edits += 1;
    let date = msg.raw["date"].as_i64().unwrap_or_else(now);
    msg.raw = render(inner, &msg, date, Some(now()));
    let raw = msg.raw.clone();
    inner
        .chat(chat_id)
        .messages
        .insert(message_id, Stored::Bot(Box::new(msg)));
    Ok(raw)
}

/// Length in UTF-16 units of a leading `/command[@bot]`, as Telegram marks it.
pub(crate) fn leading_command_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix('/')?;
    let token = rest.split(char::is_whitespace).next().unwrap_or_default();
    let (command, bot) = match token.split_once('@') {
        Some((c, b)) => (c, Some(b)),
        None => (token, None),
    };
    let word = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    (word(command) && command.len() <= 64 && bot.is_none_or(word)).then(|| 1 + token.len())
}
