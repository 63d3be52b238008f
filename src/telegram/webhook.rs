//! Webhook mode: Telegram posts each update to our URL; several instances can share one URL
//! behind a load balancer (long polling allows only one). The answer 200 goes back only after
//! the update's effects are committed, so Telegram retries what a crash interrupted; teloxide's
//! own webhook server answers before handling and would lose it.

use super::handle_update;
use crate::conversation::Engine;
use axum::Router;
use axum::extract::{Request as HttpRequest, State};
use axum::http::StatusCode;
use axum::routing::post;
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
}

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
    let app = Router::new().route(&path, post(receive)).with_state(Hook {
        engine,
        bot,
        secret,
    });
    tracing::info!(%listen, %path, "serving the webhook");
    axum::serve(listener, app)
        .with_graceful_shutdown(async move { shutdown.cancelled().await })
        .await?;
    tracing::info!("stopped serving the webhook");
    Ok(())
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
    let Ok(body) = axum::body::to_bytes(request.into_body(), MAX_BODY).await else {
        tracing::warn!("a webhook body was unreadable or over {MAX_BODY} bytes");
        return StatusCode::BAD_REQUEST;
    };
    let update: Update = match serde_json::from_slice(&body) {
        Ok(update) => update,
        Err(err) => {
            tracing::warn!(error = %err, "a webhook body is not an update");
            return StatusCode::BAD_REQUEST;
        }
    };
    match handle_update(&hook.engine, &hook.bot, update).await {
        Ok(()) => StatusCode::OK,
        // The database failed: Telegram will send the update again.
        Err(err) => {
            tracing::error!(error = %err, "storing an update failed; Telegram will retry");
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}
