//! Optional machine translation of what residents write, through a LibreTranslate-compatible
//! server (`CONSULTBOT_TRANSLATE_URL`).
//!
//! A background worker ([`spawn_worker`]) finds resident sheets and details lacking a
//! translation into one of the nine languages (the store decides, by query: nothing is
//! enqueued), asks the server, and stores the answers as machine translations. A machine
//! translation never replaces a human or content one. Failures are remembered per text and
//! language and retried with backoff; a pair of languages the server does not offer is not asked
//! again. A resident never waits for any of this.
//!
//! Privacy: the texts go to the translation server and nowhere else; logs name sheets and details
//! by number, never by their words.

use crate::domain::Lang;
use crate::store::{Backoff, Store, StoreError, TranslationWork};
use futures::StreamExt;
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::fmt;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;
use tokio::task::JoinHandle;
use tokio_util::sync::CancellationToken;

/// Where the translation server is, and how the worker paces itself.
#[derive(Clone)]
pub struct TranslateConfig {
    /// The server's base URL; requests go to `{url}/translate`.
    pub url: String,
    pub api_key: Option<String>,
    /// The longest a single request may take.
    pub timeout: Duration,
    /// How long the worker rests when there is nothing (more) to translate.
    pub poll_every: Duration,
    /// Translations asked for per round.
    pub batch: u32,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// Failed attempts after which a text is not sent into that language again.
    pub max_attempts: u32,
    /// The wait after a failure, doubling with each further one…
    pub base_backoff: Duration,
    /// …up to this.
    pub max_backoff: Duration,
}

impl TranslateConfig {
    /// The defaults for a server at `url`: 30 s timeout, a round every 5 s of up to 16
    /// translations, 2 at a time, 8 attempts, waits from 30 s doubling up to 1 h.
    pub fn new(url: impl Into<String>) -> TranslateConfig {
        TranslateConfig {
            url: url.into().trim().trim_end_matches('/').to_owned(),
            api_key: None,
            timeout: Duration::from_secs(30),
            poll_every: Duration::from_secs(5),
            batch: 16,
            concurrency: 2,
            max_attempts: 8,
            base_backoff: Duration::from_secs(30),
            max_backoff: Duration::from_secs(3600),
        }
    }

    /// From `CONSULTBOT_TRANSLATE_URL` and `CONSULTBOT_TRANSLATE_API_KEY`; None (no machine
    /// translation) when the URL is unset or empty.
    pub fn from_env() -> Option<TranslateConfig> {
        from_values(
            std::env::var("CONSULTBOT_TRANSLATE_URL").ok(),
            std::env::var("CONSULTBOT_TRANSLATE_API_KEY").ok(),
        )
    }

    pub fn backoff(&self) -> Backoff {
        Backoff {
            base: self.base_backoff,
            max: self.max_backoff,
        }
    }

    /// The URL as it may appear in a log: scheme, host and port only (no credentials, no path).
    pub fn url_for_logs(&self) -> String {
        match reqwest::Url::parse(&self.url) {
            Ok(url) => {
                let host = url.host_str().unwrap_or("");
                match url.port() {
                    Some(port) => format!("{}://{host}:{port}", url.scheme()),
                    None => format!("{}://{host}", url.scheme()),
                }
            }
            Err(_) => "(not a URL)".to_owned(),
        }
    }
}

fn from_values(url: Option<String>, api_key: Option<String>) -> Option<TranslateConfig> {
    let url = url.filter(|u| !u.trim().is_empty())?;
    let mut config = TranslateConfig::new(url);
    config.api_key = api_key
        .map(|k| k.trim().to_owned())
        .filter(|k| !k.is_empty());
    Some(config)
}

/// Without the API key.
impl fmt::Debug for TranslateConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TranslateConfig")
            .field("url", &self.url_for_logs())
            .field("api_key", &self.api_key.as_ref().map(|_| "***"))
            .field("timeout", &self.timeout)
            .field("poll_every", &self.poll_every)
            .field("batch", &self.batch)
            .field("concurrency", &self.concurrency)
            .field("max_attempts", &self.max_attempts)
            .field("base_backoff", &self.base_backoff)
            .field("max_backoff", &self.max_backoff)
            .finish()
    }
}

/// Why a text was not translated. None of the messages contains the text.
#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    /// The server does not offer this pair of languages: asking again will not help.
    #[error("the server does not translate {from} into {into}: {message}")]
    Unsupported {
        from: Lang,
        into: Lang,
        message: String,
    },
    #[error("the server answered {status}: {message}")]
    Server { status: u16, message: String },
    #[error("{0}")]
    Transport(String),
    #[error("the server's answer is not a translation: {0}")]
    BadAnswer(String),
    #[error("cannot set up the HTTP client: {0}")]
    Client(String),
}

impl TranslateError {
    /// True when asking again cannot succeed.
    pub fn is_permanent(&self) -> bool {
        matches!(self, TranslateError::Unsupported { .. })
    }
}

/// A client of a LibreTranslate-compatible server.
pub struct LibreTranslate {
    http: reqwest::Client,
    endpoint: String,
    api_key: Option<String>,
}

#[derive(Serialize)]
struct TranslateRequest<'a> {
    q: &'a str,
    source: &'static str,
    target: &'static str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(Deserialize)]
struct TranslateAnswer {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

#[derive(Deserialize)]
struct ErrorAnswer {
    error: String,
}

/// Rounds in which the server may fail a confirmed notice before it is queued without the
/// missing machine versions.
const NOTICE_ATTEMPTS: i64 = 3;

/// The longest server error message kept (they are short; this bounds a misbehaving server).
const MAX_MESSAGE_CHARS: usize = 200;

impl LibreTranslate {
    pub fn new(config: &TranslateConfig) -> Result<LibreTranslate, TranslateError> {
        let endpoint = format!("{}/translate", config.url.trim_end_matches('/'));
        match reqwest::Url::parse(&endpoint) {
            Ok(url) if matches!(url.scheme(), "http" | "https") => {}
            _ => {
                return Err(TranslateError::Client(
                    "the translation server's URL is not an http(s) URL".to_owned(),
                ));
            }
        }
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.timeout.min(Duration::from_secs(10)))
            .build()
            .map_err(|e| TranslateError::Client(describe(&e)))?;
        Ok(LibreTranslate {
            http,
            endpoint,
            api_key: config.api_key.clone(),
        })
    }

    /// `text` from `from` into `into`, as plain text.
    pub async fn translate(
        &self,
        text: &str,
        from: Lang,
        into: Lang,
    ) -> Result<String, TranslateError> {
        let request = TranslateRequest {
            q: text,
            source: libre_code(from),
            target: libre_code(into),
            format: "text",
            api_key: self.api_key.as_deref(),
        };
        let response = self
            .http
            .post(&self.endpoint)
            .json(&request)
            .send()
            .await
            .map_err(|e| TranslateError::Transport(describe(&e)))?;
        let status = response.status();
        let body = response
            .bytes()
            .await
            .map_err(|e| TranslateError::Transport(describe(&e)))?;
        if status.is_success() {
            let answer: TranslateAnswer = serde_json::from_slice(&body)
                .map_err(|e| TranslateError::BadAnswer(format!("{status}, {:?}", e.classify())))?;
            if answer.translated_text.trim().is_empty() && !text.trim().is_empty() {
                return Err(TranslateError::BadAnswer("an empty translation".to_owned()));
            }
            return Ok(answer.translated_text);
        }
        // Only the server's own `error` field is kept: a proxy's error page is not read.
        let message = serde_json::from_slice::<ErrorAnswer>(&body)
            .map(|e| e.error.chars().take(MAX_MESSAGE_CHARS).collect::<String>())
            .unwrap_or_default();
        if status == reqwest::StatusCode::BAD_REQUEST
            && message.to_ascii_lowercase().contains("not supported")
        {
            return Err(TranslateError::Unsupported {
                from,
                into,
                message,
            });
        }
        Err(TranslateError::Server {
            status: status.as_u16(),
            message,
        })
    }
}

/// LibreTranslate's code for one of our languages: today the same ISO 639-1 code as ours
/// (`Lang::code`); this is where a difference would go.
pub fn libre_code(lang: Lang) -> &'static str {
    lang.code()
}

/// A reqwest error without its URL (which could carry credentials), with its causes.
fn describe(error: &reqwest::Error) -> String {
    let what = if error.is_timeout() {
        "the request timed out"
    } else if error.is_connect() {
        "cannot connect to the server"
    } else if error.is_body() || error.is_decode() {
        "cannot read the server's answer"
    } else {
        "the request failed"
    };
    let mut out = what.to_owned();
    let mut cause = std::error::Error::source(error);
    while let Some(c) = cause {
        out.push_str(": ");
        out.push_str(&c.to_string());
        cause = c.source();
    }
    out.chars().take(MAX_MESSAGE_CHARS * 2).collect()
}

/// Starts the background translation worker. It runs until `shutdown` is cancelled (stopping
/// at once, mid-round if need be: every stored translation is its own transaction).
pub fn spawn_worker(
    store: Store,
    config: TranslateConfig,
    shutdown: CancellationToken,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let client = match LibreTranslate::new(&config) {
            Ok(client) => client,
            Err(error) => {
                tracing::error!(%error, "machine translation is off");
                return;
            }
        };
        tracing::info!(server = %config.url_for_logs(), "machine translation on");
        let worker = Worker {
            store,
            client,
            config,
            unsupported: Mutex::new(HashSet::new()),
        };
        let mut failed_rounds = 0u32;
        loop {
            let round = tokio::select! {
                biased;
                _ = shutdown.cancelled() => break,
                round = worker.round() => round,
            };
            let rest = match round {
                Round::Busy => Duration::ZERO,
                Round::Idle => worker.config.poll_every,
                Round::Failing => {
                    // The server seems down: wait longer each time, so an outage costs few
                    // attempts and few log lines.
                    failed_rounds = failed_rounds.saturating_add(1);
                    worker
                        .config
                        .backoff()
                        .after(failed_rounds)
                        .max(worker.config.poll_every)
                }
            };
            if round != Round::Failing {
                failed_rounds = 0;
            }
            if rest.is_zero() {
                // Let the conversation's tasks run between full rounds.
                tokio::task::yield_now().await;
                continue;
            }
            tokio::select! {
                biased;
                _ = shutdown.cancelled() => break,
                _ = tokio::time::sleep(rest) => {}
            }
        }
        tracing::info!("machine translation stopped");
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Round {
    /// A full batch translated: there may be more at once.
    Busy,
    /// Nothing (more) to do for now.
    Idle,
    /// Nothing translated and the server failed.
    Failing,
}

struct Worker {
    store: Store,
    client: LibreTranslate,
    config: TranslateConfig,
    /// Pairs of languages the server said it does not offer, for the life of the process.
    unsupported: Mutex<HashSet<(Lang, Lang)>>,
}

enum Done {
    Stored,
    GaveUp,
    Failed,
}

impl Worker {
    async fn round(&self) -> Round {
        if let Err(error) = self.notices().await {
            tracing::warn!(%error, "cannot translate or queue confirmed notices");
        }
        let work = match self.find_work().await {
            Ok(work) => work,
            Err(error) => {
                tracing::warn!(%error, "cannot look for texts to translate");
                return Round::Idle;
            }
        };
        let full = work.len() >= self.config.batch as usize && !work.is_empty();
        let stored = AtomicUsize::new(0);
        let failed = AtomicBool::new(false);
        futures::stream::iter(work)
            .for_each_concurrent(self.config.concurrency.max(1), |item| {
                let stored = &stored;
                let failed = &failed;
                async move {
                    // After a failure the rest of the round waits: the server may be down.
                    if failed.load(Ordering::Relaxed) {
                        return;
                    }
                    match self.translate(item).await {
                        Ok(Done::Stored) => {
                            stored.fetch_add(1, Ordering::Relaxed);
                        }
                        Ok(Done::GaveUp) => {}
                        Ok(Done::Failed) => failed.store(true, Ordering::Relaxed),
                        Err(error) => {
                            tracing::warn!(%error, "cannot record a machine translation");
                            failed.store(true, Ordering::Relaxed);
                        }
                    }
                }
            })
            .await;
        let stored = stored.into_inner();
        if failed.into_inner() {
            if stored == 0 {
                Round::Failing
            } else {
                Round::Idle
            }
        } else if full && stored > 0 {
            Round::Busy
        } else {
            Round::Idle
        }
    }

    /// Confirmed broadcasts and decisions: machine versions for the recipients' languages
    /// that lack one, then the notice is queued. A notice the server keeps failing goes out
    /// after `NOTICE_ATTEMPTS` rounds with the versions it has (the rest get the original with
    /// a note): a translation server's outage delays a notice, it never holds it back for good.
    async fn notices(&self) -> Result<(), StoreError> {
        let confirmed = {
            let mut tx = self.store.read().await?;
            let confirmed = tx.confirmed_notices().await?;
            tx.commit().await?;
            confirmed
        };
        for notice in confirmed {
            let missing: Vec<Lang> = {
                let mut tx = self.store.read().await?;
                let versions = tx.notice_versions(notice.id).await?;
                let recipients = tx.notice_recipients(&notice).await?;
                tx.commit().await?;
                let mut langs: Vec<Lang> = recipients
                    .iter()
                    .map(|r| r.lang)
                    .filter(|l| *l != notice.lang && !versions.contains_key(l))
                    .collect();
                langs.sort();
                langs.dedup();
                langs
            };
            let mut failed = false;
            for lang in missing {
                let pair = (notice.lang, lang);
                if self.is_unsupported(pair) {
                    continue;
                }
                match self.client.translate(&notice.text, notice.lang, lang).await {
                    Ok(translated) => {
                        let mut tx = self.store.write().await?;
                        tx.store_machine_notice_version(notice.id, lang, &translated)
                            .await?;
                        tx.commit().await?;
                    }
                    Err(error) if error.is_permanent() => {
                        self.mark_unsupported(pair);
                    }
                    Err(error) => {
                        tracing::warn!(notice = notice.id, into = %lang, %error, "machine translation of a notice failed");
                        failed = true;
                        break;
                    }
                }
            }
            let mut tx = self.store.write().await?;
            if failed && notice.translate_attempts + 1 < NOTICE_ATTEMPTS {
                tx.count_notice_translation_failure(notice.id).await?;
            } else if let Some(count) =
                crate::conversation::queue_notice(&mut tx, notice.id).await?
            {
                tracing::info!(notice = notice.id, recipients = count, "notice queued");
            }
            tx.commit().await?;
        }
        Ok(())
    }

    async fn find_work(&self) -> Result<Vec<TranslationWork>, StoreError> {
        let mut tx = self.store.read().await?;
        let work = tx
            .untranslated_work(self.config.batch, self.config.max_attempts)
            .await?;
        tx.commit().await?;
        Ok(work)
    }

    fn is_unsupported(&self, pair: (Lang, Lang)) -> bool {
        self.unsupported
            .lock()
            .map(|set| set.contains(&pair))
            .unwrap_or(false)
    }

    /// True when the pair was not known to be unsupported before.
    fn mark_unsupported(&self, pair: (Lang, Lang)) -> bool {
        self.unsupported
            .lock()
            .map(|mut set| set.insert(pair))
            .unwrap_or(true)
    }

    /// Translates one text into one language and records the outcome; no store connection is
    /// held while the server is asked.
    async fn translate(&self, item: TranslationWork) -> Result<Done, StoreError> {
        let pair = (item.source, item.lang);
        if self.is_unsupported(pair) {
            tracing::debug!(
                target_kind = %item.target.kind_str(), id = item.target.id(), from = %item.source,
                into = %item.lang, "not asking for a pair of languages the server lacks"
            );
            let error = format!(
                "the server does not translate {} into {}",
                item.source, item.lang
            );
            let mut tx = self.store.write().await?;
            tx.give_up_translation(item.target, item.lang, &error)
                .await?;
            tx.commit().await?;
            return Ok(Done::GaveUp);
        }
        match self
            .client
            .translate(&item.text, item.source, item.lang)
            .await
        {
            Ok(translated) => {
                let mut tx = self.store.write().await?;
                let stored = tx
                    .store_machine_translation(item.target, item.lang, &translated)
                    .await?;
                tx.commit().await?;
                tracing::debug!(
                    target_kind = %item.target.kind_str(), id = item.target.id(), from = %item.source,
                    into = %item.lang, stored, "machine translation"
                );
                Ok(Done::Stored)
            }
            Err(error) if error.is_permanent() => {
                if self.mark_unsupported(pair) {
                    tracing::warn!(
                        from = %item.source, into = %item.lang, %error,
                        "the translation server lacks a pair of languages; not asking for it again"
                    );
                }
                let mut tx = self.store.write().await?;
                tx.give_up_translation(item.target, item.lang, &error.to_string())
                    .await?;
                tx.commit().await?;
                Ok(Done::GaveUp)
            }
            Err(error) => {
                let mut tx = self.store.write().await?;
                let attempts = tx
                    .record_translation_failure(
                        item.target,
                        item.lang,
                        &error.to_string(),
                        self.config.backoff(),
                    )
                    .await?;
                tx.commit().await?;
                if attempts >= self.config.max_attempts {
                    tracing::warn!(
                        target_kind = %item.target.kind_str(), id = item.target.id(), from = %item.source,
                        into = %item.lang, attempts, %error,
                        "machine translation failed; giving up on it"
                    );
                } else {
                    tracing::warn!(
                        target_kind = %item.target.kind_str(), id = item.target.id(), from = %item.source,
                        into = %item.lang, attempts, %error,
                        "machine translation failed; will retry"
                    );
                }
                Ok(Done::Failed)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unset_or_empty_url_means_off() {
        assert!(from_values(None, Some("k".into())).is_none());
        assert!(from_values(Some("  ".into()), None).is_none());
        let c = from_values(Some("http://lt:5000/".into()), Some(" ".into())).unwrap();
        assert_eq!(c.url, "http://lt:5000");
        assert_eq!(c.api_key, None);
        let c = from_values(Some("http://lt".into()), Some("secret".into())).unwrap();
        assert_eq!(c.api_key.as_deref(), Some("secret"));
        assert!(!format!("{c:?}").contains("secret"));
    }

    #[test]
    fn only_http_urls_are_accepted() {
        assert!(LibreTranslate::new(&TranslateConfig::new("lt.example.org")).is_err());
        assert!(LibreTranslate::new(&TranslateConfig::new("ftp://lt.example.org")).is_err());
        assert!(LibreTranslate::new(&TranslateConfig::new("http://127.0.0.1:5000/")).is_ok());
    }

    #[test]
    fn logged_urls_carry_no_credentials() {
        let c = TranslateConfig::new("https://user:pw@lt.example.org:8443/base");
        assert_eq!(c.url_for_logs(), "https://lt.example.org:8443");
    }

    #[test]
    fn our_codes_are_libretranslate_codes() {
        for lang in Lang::ALL {
            assert_eq!(libre_code(lang), lang.code());
        }
    }
}
