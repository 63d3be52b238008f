//! The floor for the load harness (`examples/load.rs`): a bare teloxide bot that answers every
//! message with a word and touches no database, polling with teloxide's own dispatcher as a
//! typical bot does (`teloxide::repl` minus its Ctrl-C handler, a feature we do not build).
//!
//! ```sh
//! TELOXIDE_TOKEN=… TELOXIDE_API_URL=http://127.0.0.1:PORT/ cargo run --release --example bare_bot
//! ```

use teloxide::prelude::*;

#[tokio::main]
async fn main() {
    let bot = Bot::from_env();
    let handler = Update::filter_message().endpoint(|bot: Bot, msg: Message| async move {
        bot.send_message(msg.chat.id, "ok").await?;
        respond(())
    });
    Dispatcher::builder(bot, handler).build().dispatch().await;
}
