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

use store::{ImportSummary, OpenOptions, Store, StoreError};

/// Opens the database with the default options; see `open_store_with`.
pub async fn open_store(database_url: &str) -> Result<Store, StoreError> {
    open_store_with(database_url, &OpenOptions::default()).await
}

/// Opens the database (waiting for it while it is not up), migrates it, and loads the bundled
/// consultation when it is empty: what every command does first. Any number of instances may
/// start at once: on PostgreSQL one prepares the database while the others wait.
pub async fn open_store_with(
    database_url: &str,
    options: &OpenOptions,
) -> Result<Store, StoreError> {
    let store = Store::connect(database_url, options).await?;
    let lock = store.start_up_lock().await?;
    let prepared = async {
        store.migrate().await?;
        let mut tx = store.write().await?;
        if tx.is_empty().await? {
            let summary: ImportSummary = tx.import(&content::ContentFile::bundled()).await?;
            tracing::info!(?summary, "loaded the bundled consultation");
        }
        tx.commit().await
    }
    .await;
    lock.release().await;
    if let Err(err) = prepared {
        store.close().await;
        return Err(err);
    }
    Ok(store)
}
