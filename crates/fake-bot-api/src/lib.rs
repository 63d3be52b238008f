//! A fake Telegram Bot API server for tests.
//!
//! The bot under test talks to it through its real HTTP client (point
//! `TELOXIDE_API_URL` at [`FakeBotApi::url`] and use [`FakeBotApi::token`] as
//! the token). The server:
//!
//! * validates every request against the published Bot API spec (vendored in
//!   `spec/api.json`, see `spec/SOURCE.md`) and against Telegram's documented
//!   limits; anything Telegram would reject (or that is surely a bug, such as
//!   an unknown parameter) is answered with an error *and* recorded as a
//!   violation, so a test can end with [`FakeBotApi::assert_clean`];
//! * emulates long polling (`getUpdates` holds for its `timeout` and answers
//!   as soon as an update arrives), per-chat message stores (send, edit,
//!   delete), callback-query answering and the bot's command/description
//!   settings closely enough for the bot not to notice the difference;
//! * lets the test push updates, inspect every call and inject faults
//!   (429 with `retry_after`, 5xx, a chat that blocked the bot, a refused
//!   token, a server that never answers).
//!
//! The server runs on its own thread with its own Tokio runtime, so it keeps
//! answering even while the test thread blocks (for example in
//! `std::process::Command::output`) and whichever runtime flavour the test
//! uses. It stops when the [`FakeBotApi`] is dropped.
//!
//! ```text
//! let api = FakeBotApi::start().await;
//! let bot = std::process::Command::new(env!("CARGO_BIN_EXE_consultbot"))
//!     .env("TELOXIDE_TOKEN", api.token())
//!     .env("TELOXIDE_API_URL", api.url())
//!     .spawn()?;
//! let update = api.push_message(42, "/start", Some("en"));
//! api.wait_until_confirmed(update, Duration::from_secs(10)).await;
//! let reply = api.wait_for_message(42, |m| m.plain_text.is_some(), Duration::from_secs(10)).await;
//! api.assert_clean();
//! ```

mod api;
mod error;
mod faults;
mod html;
mod limits;
mod methods;
mod params;
mod polling;
mod server;
mod spec;
mod state;

pub use api::{Call, FakeBotApi, SentFile, SentMessage, buttons};

/// What a user reads of a text sent with `parse_mode=HTML`, or Telegram's reason to refuse it
/// ("can't parse entities"): the parser every request goes through, for tests that check a
/// rendering without sending it.
pub fn html_visible_text(html: &str) -> Result<String, String> {
    html::parse_html(html).map(|formatted| formatted.text)
}

/// Token to give the bot (the server accepts any non-empty token unless told
/// to refuse it).
pub const TOKEN: &str = "123456:TEST";
/// The bot's user id, as returned by `getMe`.
pub const BOT_ID: i64 = 123_456;
/// The bot's username, as returned by `getMe`.
pub const BOT_USERNAME: &str = "consultbot_test_bot";
/// The bot's first name, as returned by `getMe`.
pub const BOT_FIRST_NAME: &str = "ConsultBot";

/// Shortens `s` to `max` characters for messages about it.
pub(crate) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        format!("{}…", s.chars().take(max).collect::<String>())
    }
}
