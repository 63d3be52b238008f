//! Webhook mode: Telegram posts each update to our URL; several instances can share one URL
//! behind a load balancer (long polling allows only one). The answer 200 goes back only after
//! the update's effects are committed, so Telegram retries what a crash interrupted; teloxide's
//! own webhook server answers before handling and would lose it.

use super::handle_update;
use crate::conversation::Engine;
use axum::Router;
use axum::extract::{Request as HttpRequest, State};
use axum::http::StatusCode;
use axum::routing::{get, post};
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use std::sync::Arc;
use std::time::Duration;
use subtle::ConstantTimeEq;
use teloxide::prelude::*;
use tokio_util::sync::CancellationToken;

/// The header Telegram sends the secret token in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

#[derive(Clone)]
struct Hook {
    engine: Engine,
    bot: Bot,
    secret: String,
    shutdown: CancellationToken,
}

/// A client that has not sent its request's headers within this is disconnected: idle
/// connections must not use up what real updates need.
const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// The longest a body may take to arrive.
const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long an update may wait for a database that refuses it for now before the answer is
/// 503 (Telegram then sends it again).
const PATIENCE: Duration = Duration::from_secs(20);
/// Open files kept free for the database, Telegram calls and the like.
const SPARE_FILES: u64 = 256;
/// The most connections served at once, whatever the open-file limit allows.
const MAX_CONNECTIONS: u64 = 10_000;
/// How long the connections in flight may take to finish at shutdown.
const DRAIN_TIMEOUT: Duration = Duration::from_secs(5);

/// A secret token: `CONSULTBOT_WEBHOOK_SECRET`, or a random one for this start (then only this
/// instance can receive updates). Telegram allows 1–256 of `A-Z a-z 0-9 _ -`.
pub fn secret_or_random(configured: Option<&str>) -> Result<String, super::SetupError> {
    match configured.map(str::trim).filter(|s| !s.is_empty()) {
        Some(secret) => {
            let valid = secret.len() <= 256
                && secret
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
            if valid {
                Ok(secret.to_owned())
            } else {
                Err(super::SetupError::BadWebhookSecret)
            }
        }
        None => {
            use rand::Rng;
            let mut rng = rand::rng();
            Ok((0..48)
                .map(|_| {
                    let i = rng.random_range(0..62u8);
                    char::from(match i {
                        0..=9 => b'0' + i,
                        10..=35 => b'a' + i - 10,
                        _ => b'A' + i - 36,
                    })
                })
                .collect())
        }
    }
}

/// Registers `url` with Telegram and serves updates on `listen` at the URL's path until
/// `shutdown`. The webhook stays registered when the process stops: other instances behind the
/// same URL go on receiving.
pub async fn run_webhook(
    engine: Engine,
    bot: Bot,
    url: reqwest::Url,
    listen: std::net::SocketAddr,
    secret: String,
    shutdown: CancellationToken,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {listen}: {e}"))?;
    let register = bot
        .set_webhook(url.clone())
        .secret_token(secret.clone())
        .allowed_updates(super::ALLOWED_UPDATES)
        .send();
    tokio::select! {
        _ = shutdown.cancelled() => return Ok(()),
        registered = register => {
            registered.map_err(|e| anyhow::anyhow!("Telegram refused the webhook {url}: {e}"))?;
        }
    }
    let path = match url.path() {
        "" => "/".to_owned(),
        path => path.to_owned(),
    };
    let mut app = Router::new();
    if path != "/healthz" {
        app = app.route("/healthz", get(health));
    }
    let app = app.route(&path, post(receive)).with_state(Hook {
        engine,
        bot,
        secret,
        shutdown: shutdown.clone(),
    });
    let cap = connection_cap(raise_file_limit());
    tracing::info!(%listen, %path, connections = cap, "serving the webhook");
    serve(listener, app, cap, shutdown).await;
    tracing::info!("stopped serving the webhook");
    Ok(())
}

/// Accepts connections until `shutdown`, at most `cap` at a time (the others wait in the
/// listen queue), each served over HTTP/1 with a header timeout.
async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    cap: usize,
    shutdown: CancellationToken,
) {
    let slots = Arc::new(tokio::sync::Semaphore::new(cap));
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let slot = tokio::select! {
            _ = shutdown.cancelled() => break,
            slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
        };
        let stream = tokio::select! {
            _ = shutdown.cancelled() => break,
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(err) => {
                    // Out of file descriptors, most likely: wait for some to be freed.
                    tracing::warn!(error = %err, "accepting a webhook connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
        };
        let service = TowerToHyperService::new(app.clone());
        let stop = shutdown.clone();
        connections.spawn(async move {
            let _slot = slot;
            let mut http = hyper::server::conn::http1::Builder::new();
            http.timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT);
            let connection = http.serve_connection(TokioIo::new(stream), service);
            tokio::pin!(connection);
            tokio::select! {
                _ = connection.as_mut() => {}
                _ = stop.cancelled() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
        });
        // Finished connections are reaped as they go, so the set does not grow.
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let _ = tokio::time::timeout(DRAIN_TIMEOUT, async {
        while connections.join_next().await.is_some() {}
    })
    .await;
}

/// Connections served at once: what the open-file limit leaves after `SPARE_FILES`.
fn connection_cap(file_limit: Option<u64>) -> usize {
    let limit = file_limit.unwrap_or(1024);
    limit.saturating_sub(SPARE_FILES).clamp(16, MAX_CONNECTIONS) as usize
}

/// Raises the soft limit of open files to the hard one (1,024 is a common default, too few
/// for many connections); returns the limit in force.
fn raise_file_limit() -> Option<u64> {
    #[cfg(unix)]
    {
        let mut limit = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit and setrlimit only read and write the struct given.
        unsafe {
            if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) != 0 {
                return None;
            }
            if limit.rlim_cur < limit.rlim_max {
                let raised = libc::rlimit {
                    rlim_cur: limit.rlim_max,
                    rlim_max: limit.rlim_max,
                };
                if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                    limit = raised;
                }
            }
        }
        // rlim_t is not u64 on every platform.
        #[allow(clippy::unnecessary_cast)]
        Some(limit.rlim_cur as u64)
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// `GET /healthz`: 200 while the database answers a trivial query, 503 when it does not.
async fn health(State(hook): State<Hook>) -> StatusCode {
    if hook.engine.store_answers().await {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    }
}

/// The largest body read: an update is a few KiB; anything far larger is not Telegram.
const MAX_BODY: usize = 1 << 20;

async fn receive(State(hook): State<Hook>, request: HttpRequest) -> StatusCode {
    // The secret is checked before the body is read, and in constant time, so a stranger can
    // neither make the bot read large bodies nor guess the secret from answer times.
    let secret = request
        .headers()
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !bool::from(secret.ct_eq(hook.secret.as_bytes())) {
        return StatusCode::UNAUTHORIZED;
    }
    let body = tokio::time::timeout(
        BODY_TIMEOUT,
        axum::body::to_bytes(request.into_body(), MAX_BODY),
    );
    let Ok(Ok(body)) = body.await else {
        tracing::warn!("a webhook body was unreadable, over {MAX_BODY} bytes or too slow");
        return StatusCode::BAD_REQUEST;
    };
    let update: Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(err) => {
            tracing::warn!(error = %err, "a webhook body is not an update");
            return StatusCode::BAD_REQUEST;
        }
    };
    match handle_update(
        &hook.engine,
        &hook.bot,
        update,
        &hook.shutdown,
        Some(PATIENCE),
        &mut false,
    )
    .await
    {
        Ok(()) => StatusCode::OK,
        // The database failed: Telegram will send the update again.
        Err(err) => {
            tracing::error!(error = %err, "storing an update failed; Telegram will retry");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}
