//! consultbot: a multilingual Telegram bot that runs a public consultation. See ARCHITECTURE.md
//! for the map of this crate.

pub mod console;
pub mod content;
pub mod conversation;
pub mod digest;
pub mod domain;
pub mod flood;
pub mod i18n;
pub mod outbox;
pub mod report;
pub mod store;
pub mod telegram;
pub mod translate;

use store::{ImportSummary, Store, StoreError};

/// Opens the database, migrates it, and loads the bundled consultation when it is empty: what
/// every command does first.
pub async fn open_store(database_url: &str) -> Result<Store, StoreError> {
    let store = Store::open(database_url).await?;
    let mut tx = store.write().await?;
    if tx.is_empty().await? {
        let summary: ImportSummary = tx.import(&content::ContentFile::bundled()).await?;
        tracing::info!(?summary, "loaded the bundled consultation");
    }
    tx.commit().await?;
    Ok(store)
}
