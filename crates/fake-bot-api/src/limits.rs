//! Telegram's documented limits that the spec's types do not express:
//! lengths after entity parsing, keyboard sizes, command names.

use serde_json::{Map, Value};

use crate::error::Problem;
use crate::html::format_text;
use crate::params::str_param;
use crate::truncate;

pub(crate) fn check_limits(method: &str, params: &Map<String, Value>, problems: &mut Vec<Problem>) {
    let parse_mode = str_param(params, "parse_mode");
    if let Some(mode) = parse_mode
        && !mode.is_empty()
        && !["html", "markdownv2", "markdown"].contains(&mode.to_ascii_lowercase().as_str())
    {
        problems.push(Problem::with_reply(
            format!("unsupported parse_mode {mode:?}"),
            format!("Bad Request: unsupported parse_mode \"{mode}\""),
        ));
    }
    if matches!(method, "sendMessage" | "editMessageText")
        && let Some(text) = str_param(params, "text")
    {
        check_formatted("text", text, parse_mode, 4096, problems);
    }
    if let Some(caption) = str_param(params, "caption") {
        check_formatted("caption", caption, parse_mode, 1024, problems);
    }
    if method.starts_with("edit") && !params.contains_key("inline_message_id") {
        for name in ["chat_id", "message_id"] {
            if !params.contains_key(name) {
                problems.push(Problem::with_reply(
                    format!("`{name}` is required when inline_message_id is not given"),
                    format!("Bad Request: {name} is empty"),
                ));
            }
        }
    }
    if method == "editMessageText"
        && !params.contains_key("text")
        && !params.contains_key("rich_message")
    {
        problems.push(Problem::with_reply(
            "`text` is required when rich_message is not given",
            "Bad Request: message text is empty",
        ));
    }
    if let Some(rows) = inline_rows(params.get("reply_markup")) {
        check_inline_keyboard(rows, problems);
    }
    if method == "answerCallbackQuery"
        && let Some(text) = str_param(params, "text")
    {
        check_len("text", text, 0, 200, problems);
    }
    if method.contains("My") {
        if let Some(lang) = str_param(params, "language_code")
            && !(lang.is_empty()
                || (lang.len() == 2 && lang.bytes().all(|b| b.is_ascii_lowercase())))
        {
            problems.push(Problem::new(format!(
                "language_code {lang:?} must be empty or a two-letter ISO 639-1 code"
            )));
        }
        match method {
            "setMyCommands" => check_commands(params.get("commands"), problems),
            "setMyDescription" => {
                if let Some(d) = str_param(params, "description") {
                    check_len("description", d, 0, 512, problems);
                }
            }
            "setMyShortDescription" => {
                if let Some(d) = str_param(params, "short_description") {
                    check_len("short_description", d, 0, 120, problems);
                }
            }
            "setMyName" => {
                if let Some(d) = str_param(params, "name") {
                    check_len("name", d, 0, 64, problems);
                }
            }
            _ => {}
        }
    }
}

pub(crate) fn check_len(what: &str, s: &str, min: usize, max: usize, problems: &mut Vec<Problem>) {
    let n = s.chars().count();
    if n < min || n > max {
        problems.push(Problem::new(format!(
            "{what} must be {min}-{max} characters, got {n}"
        )));
    }
}

/// Text or caption: well-formed markup for HTML, then length after parsing.
pub(crate) fn check_formatted(
    what: &str,
    text: &str,
    parse_mode: Option<&str>,
    max: usize,
    problems: &mut Vec<Problem>,
) {
    let plain = match format_text(text, parse_mode) {
        Ok(f) => f.text,
        Err(e) => {
            problems.push(Problem::with_reply(
                format!(
                    "{what}: can't parse entities: {e} in {}",
                    truncate(text, 200)
                ),
                format!("Bad Request: can't parse entities: {e}"),
            ));
            return;
        }
    };
    let n = plain.chars().count();
    // Telegram trims surrounding whitespace, and rejects text left empty.
    if what == "text" && plain.trim().is_empty() {
        problems.push(Problem::with_reply(
            "text is empty after entity parsing",
            "Bad Request: message text is empty",
        ));
    } else if n > max {
        let reply = if what == "text" {
            "Bad Request: message is too long"
        } else {
            "Bad Request: message caption is too long"
        };
        problems.push(Problem::with_reply(
            format!("{what} is {n} characters after entity parsing, max {max}"),
            reply,
        ));
    }
}

pub(crate) fn inline_rows(markup: Option<&Value>) -> Option<&Vec<Value>> {
    markup?.get("inline_keyboard")?.as_array()
}

/// Fields of InlineKeyboardButton that do not choose the button's action.
pub(crate) const BUTTON_DECORATION: [&str; 3] = ["text", "icon_custom_emoji_id", "style"];

pub(crate) fn check_inline_keyboard(rows: &[Value], problems: &mut Vec<Problem>) {
    let mut total = 0;
    for (r, row) in rows.iter().enumerate() {
        let Some(row) = row.as_array() else { continue };
        total += row.len();
        if row.len() > 8 {
            problems.push(Problem::new(format!(
                "reply_markup row {r} has {} buttons, max 8",
                row.len()
            )));
        }
        for (c, button) in row.iter().enumerate() {
            let Some(button) = button.as_object() else {
                continue;
            };
            let at = format!("reply_markup.inline_keyboard[{r}][{c}]");
            if button
                .get("text")
                .and_then(Value::as_str)
                .is_some_and(|t| t.trim().is_empty())
            {
                problems.push(Problem::new(format!("{at}: button text is empty")));
            }
            let actions: Vec<&String> = button
                .keys()
                .filter(|k| !BUTTON_DECORATION.contains(&k.as_str()))
                .collect();
            if actions.len() != 1 {
                problems.push(Problem::new(format!(
                    "{at}: exactly one action field must be set besides text/icon_custom_emoji_id/style, got {actions:?}"
                )));
            }
            if let Some(data) = button.get("callback_data").and_then(Value::as_str) {
                let n = data.len();
                if !(1..=64).contains(&n) {
                    problems.push(Problem::with_reply(
                        format!("{at}: callback_data must be 1-64 bytes, got {n}: {data:?}"),
                        "Bad Request: BUTTON_DATA_INVALID",
                    ));
                }
            }
        }
    }
    if total > 100 {
        problems.push(Problem::new(format!(
            "inline keyboard has {total} buttons, max 100"
        )));
    }
}

pub(crate) fn check_commands(commands: Option<&Value>, problems: &mut Vec<Problem>) {
    let Some(commands) = commands.and_then(Value::as_array) else {
        return;
    };
    if commands.len() > 100 {
        problems.push(Problem::new(format!(
            "at most 100 commands, got {}",
            commands.len()
        )));
    }
    for (i, c) in commands.iter().enumerate() {
        if let Some(name) = c.get("command").and_then(Value::as_str) {
            let ok_chars = name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
            if !ok_chars || !(1..=32).contains(&name.len()) {
                problems.push(Problem::with_reply(
                    format!(
                        "commands[{i}].command {name:?} must be 1-32 characters of a-z, 0-9 and _"
                    ),
                    "Bad Request: BOT_COMMAND_INVALID",
                ));
            }
        }
        if let Some(d) = c.get("description").and_then(Value::as_str) {
            check_len(&format!("commands[{i}].description"), d, 1, 256, problems);
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn problems(method: &str, params: Value) -> Vec<String> {
        let mut found = Vec::new();
        check_limits(method, params.as_object().expect("object"), &mut found);
        found.into_iter().map(|p| p.detail).collect()
    }

    fn keyboard(callback_data: &str) -> Value {
        json!({"chat_id": 1, "text": "x", "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": callback_data}]]}})
    }

    #[test]
    fn callback_data_is_counted_in_bytes_up_to_64() {
        assert!(problems("sendMessage", keyboard(&"ø".repeat(32))).is_empty());
        let found = problems("sendMessage", keyboard(&"ø".repeat(33)));
        assert_eq!(found.len(), 1);
        assert!(
            found[0].contains("callback_data must be 1-64 bytes, got 66"),
            "{found:?}"
        );
    }

    #[test]
    fn text_is_counted_after_parsing_and_must_not_be_empty() {
        let long = format!("<b>{}</b>", "x".repeat(4096));
        assert!(problems("sendMessage", json!({"text": long, "parse_mode": "HTML"})).is_empty());
        let found = problems(
            "sendMessage",
            json!({"text": "<i> </i>", "parse_mode": "html"}),
        );
        assert_eq!(found, ["text is empty after entity parsing"]);
        let found = problems("sendDocument", json!({"caption": "x".repeat(1025)}));
        assert_eq!(
            found,
            ["caption is 1025 characters after entity parsing, max 1024"]
        );
    }

    #[test]
    fn command_names_are_lower_case_words_of_at_most_32() {
        let commands = |name: &str| json!({"commands": [{"command": name, "description": "d"}]});
        assert!(problems("setMyCommands", commands("top_10")).is_empty());
        for bad in ["Top", "top-10", "", &"x".repeat(33)] {
            assert_eq!(problems("setMyCommands", commands(bad)).len(), 1, "{bad:?}");
        }
    }
}
