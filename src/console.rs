//! The terminal transport: the same conversation as in Telegram, a line in and the answer out.
//! Buttons are shown as numbered choices; typing the number works like tapping (the
//! conversation itself understands numbers, so this stays a thin renderer).

use crate::conversation::{Engine, Event, Input, Outcome, Reply};
use crate::domain::{ChatId, Lang, TelegramUserId};
use crate::i18n::Words;
use std::io::Write;
use tokio::io::{AsyncBufReadExt, BufReader};

/// Chats on stdin and stdout until the input ends.
pub async fn run(
    engine: &Engine,
    user_id: TelegramUserId,
    lang: Option<Lang>,
) -> anyhow::Result<()> {
    let banner_lang = lang.unwrap_or(Lang::En);
    eprintln!("{}", Words::new(banner_lang).get("console-banner"));
    let mut lines = BufReader::new(tokio::io::stdin()).lines();
    let mut stdout = std::io::stdout();
    while let Some(line) = lines.next_line().await? {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let event = Event {
            user_id,
            chat_id: ChatId::private_with(user_id),
            lang_hint: lang.map(|l| l.code().to_owned()),
            input: Input::Text(line.to_owned()),
            update_id: None,
        };
        let outcome = engine.handle(&event).await?;
        write!(stdout, "{}", render(&outcome))?;
        for reply in &outcome.replies {
            if let Some(attachment) = &reply.attachment {
                let path = save_attachment(&attachment.file_name, &attachment.bytes)?;
                let words = Words::new(lang.unwrap_or(Lang::En));
                writeln!(
                    stdout,
                    "{}\n",
                    words.with(
                        "console-file-saved",
                        &[("path", path.display().to_string().into())]
                    )
                )?;
            }
        }
        stdout.flush()?;
    }
    Ok(())
}

/// Files the bot sends (exports, charts, reports, QR codes) land in a folder of the system's
/// temporary directory, since a terminal cannot show them.
fn save_attachment(file_name: &str, bytes: &[u8]) -> std::io::Result<std::path::PathBuf> {
    let dir = std::env::temp_dir().join("consultbot");
    std::fs::create_dir_all(&dir)?;
    // The name comes from the bot, but keep it a plain file name all the same.
    let name: String = file_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '.' | '-' | '_') {
                c
            } else {
                '_'
            }
        })
        .collect();
    let path = dir.join(name);
    std::fs::write(&path, bytes)?;
    Ok(path)
}

/// The outcome as terminal text.
pub fn render(outcome: &Outcome) -> String {
    let mut out = String::new();
    if outcome.replies.is_empty()
        && let Some(notice) = &outcome.notice
    {
        out.push_str(&format!("» {notice}\n\n"));
    }
    for reply in &outcome.replies {
        out.push_str(&render_reply(reply));
    }
    out
}

fn render_reply(reply: &Reply) -> String {
    let mut out = reply.text.to_plain();
    out.push('\n');
    for (i, button) in reply.choices().enumerate() {
        out.push_str(&format!("  [{}] {}\n", i + 1, button.label));
    }
    out.push('\n');
    out
}
