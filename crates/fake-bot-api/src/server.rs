//! The HTTP side: one handler for every `/bot<token>/<method>` request.

use std::future::IntoFuture;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Map, Value, json};
use tokio::sync::oneshot;

use crate::api::Call;
use crate::error::ApiError;
use crate::faults::unauthorized;
use crate::limits::check_limits;
use crate::methods::dispatch;
use crate::params::{Normalized, normalize, read_params};
use crate::polling::get_updates;
use crate::spec::check_params;
use crate::state::{OpenRequest, Shared};

/// Largest request body accepted (Telegram allows 50 MB uploads).
pub(crate) const MAX_BODY: usize = 64 << 20;

/// Runs the server on the current thread until `stop` resolves (or its
/// sender is dropped).
pub(crate) fn serve(
    shared: Arc<Shared>,
    listener: std::net::TcpListener,
    stop: oneshot::Receiver<()>,
) {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("fake Bot API: build runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::from_std(listener).expect("fake Bot API: listener");
        let app = Router::new()
            .fallback(handle)
            .layer(DefaultBodyLimit::max(MAX_BODY))
            .with_state(shared.clone());
        let (graceful_tx, graceful_rx) = oneshot::channel::<()>();
        let server = axum::serve(listener, app)
            .with_graceful_shutdown(async move {
                let _ = graceful_rx.await;
            })
            .into_future();
        tokio::pin!(server);
        tokio::select! {
            _ = &mut server => {}
            // Resolves on an explicit stop and when the handle is dropped.
            _ = stop => {
                shared.lock().shutting_down = true;
                shared.bump(); // ends pending long polls
                let _ = graceful_tx.send(());
                // A client that keeps a request open must not hang the test.
                let _ = tokio::time::timeout(Duration::from_secs(2), &mut server).await;
            }
        }
    });
    runtime.shutdown_timeout(Duration::from_millis(100));
}

pub(crate) async fn handle(State(shared): State<Arc<Shared>>, req: Request) -> Response {
    let path = req.uri().path().to_owned();
    let method_segment = parse_path(&path);
    let canonical = method_segment.and_then(|m| shared.spec.canonical(m));
    let shown = canonical.or(method_segment).unwrap_or(&path).to_owned();
    let _open = OpenRequest::new(&shared, &shown);

    if !wait_while_silent(&shared).await {
        // The server is stopping; nobody is waiting for this answer.
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    // Telegram checks the token before it looks at the method.
    if shared.lock().faults.refuse_token {
        return finish(
            &shared,
            shown,
            json!({}),
            Vec::new(),
            Vec::new(),
            Err(unauthorized()),
        );
    }
    let Some(method) = canonical else {
        let detail = match method_segment {
            Some(m) => format!("unknown method `{m}` (answered 404 Not Found)"),
            None => format!("request to unexpected path `{path}` (answered 404 Not Found)"),
        };
        let error = ApiError {
            code: 404,
            description: "Not Found".into(),
            retry_after: None,
        };
        return finish(
            &shared,
            shown,
            Value::Object(Map::new()),
            Vec::new(),
            vec![detail],
            Err(error),
        );
    };
    let spec = &*shared.spec;
    let method_spec = &spec.methods[method];

    let (raw, uploads) = match read_params(req).await {
        Ok(parsed) => parsed,
        Err(problem) => {
            let error = problem.reply();
            return finish(
                &shared,
                method.to_owned(),
                json!({}),
                Vec::new(),
                vec![problem.detail],
                Err(error),
            );
        }
    };
    let Normalized {
        params,
        files,
        mut problems,
    } = normalize(spec, method_spec, raw, uploads);
    check_params(spec, method_spec, &params, &mut problems);
    check_limits(method, &params, &mut problems);

    let fault = if problems.is_empty() {
        shared.lock().faults.take_for(method, &params)
    } else {
        None
    };
    let result = if let Some(first) = problems.first() {
        Err(first.reply())
    } else if let Some(fault) = fault {
        Err(fault)
    } else if method == "getUpdates" {
        get_updates(&shared, &params).await
    } else {
        let mut inner = shared.lock();
        dispatch(&mut inner, method_spec, &params, &files)
    };
    let details = problems.iter().map(|p| p.detail.clone()).collect();
    finish(
        &shared,
        method.to_owned(),
        Value::Object(params),
        files,
        details,
        result,
    )
}

/// Holds the request while the server is silent. False when the server
/// stops meanwhile.
async fn wait_while_silent(shared: &Shared) -> bool {
    let mut changes = shared.changes.subscribe();
    loop {
        {
            let inner = shared.lock();
            if inner.shutting_down {
                return false;
            }
            if !inner.faults.silent {
                return true;
            }
        }
        if changes.changed().await.is_err() {
            return false;
        }
    }
}

/// Records the call (and its violations) and builds the HTTP answer.
pub(crate) fn finish(
    shared: &Shared,
    method: String,
    params: Value,
    files: Vec<(String, String, Vec<u8>)>,
    violations: Vec<String>,
    result: Result<Value, ApiError>,
) -> Response {
    let (status, body) = match result {
        Ok(value) => (200, json!({"ok": true, "result": value})),
        Err(e) => {
            let mut body = json!({"ok": false, "error_code": e.code, "description": e.description});
            if let Some(seconds) = e.retry_after {
                body["parameters"] = json!({"retry_after": seconds});
            }
            (e.code, body)
        }
    };
    {
        let mut inner = shared.lock();
        inner
            .violations
            .extend(violations.into_iter().map(|v| format!("{method}: {v}")));
        let seq = inner.calls.len();
        inner.calls.push(Call {
            seq,
            method,
            params,
            files,
            status,
            response: body.clone(),
            at: std::time::Instant::now(),
        });
    }
    shared.bump();
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// `/bot<token>/<method>` -> `<method>`.
pub(crate) fn parse_path(path: &str) -> Option<&str> {
    let rest = path.strip_prefix("/bot")?;
    let (token, method) = rest.split_once('/')?;
    (!token.is_empty() && !method.is_empty() && !method.contains('/')).then_some(method)
}
