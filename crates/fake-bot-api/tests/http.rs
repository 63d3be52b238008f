//! The fake Bot API over real HTTP, as a bot sees it.

use std::time::{Duration, Instant};

use fake_bot_api::{FakeBotApi, TOKEN};
use serde_json::{Value, json};

const WAIT: Duration = Duration::from_secs(10);

/// Posts `params` as JSON to `method`; returns the HTTP status and the body.
async fn call(api: &FakeBotApi, method: &str, params: Value) -> (u16, Value) {
    call_url(&api.url(), method, params).await
}

async fn call_url(url: &str, method: &str, params: Value) -> (u16, Value) {
    let response = reqwest::Client::new()
        .post(format!("{url}bot{TOKEN}/{method}"))
        .json(&params)
        .send()
        .await
        .expect("request reaches the fake");
    let status = response.status().as_u16();
    let body = response.json().await.expect("a JSON answer");
    (status, body)
}

fn error(code: u16, description: &str) -> Value {
    json!({"ok": false, "error_code": code, "description": description})
}

#[tokio::test]
async fn get_me_answers_the_bot_user() {
    let api = FakeBotApi::start().await;
    let (status, body) = call(&api, "getMe", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(body["result"]["username"], fake_bot_api::BOT_USERNAME);
    api.assert_clean();
}

#[tokio::test]
async fn an_unknown_method_is_404_and_a_violation() {
    let api = FakeBotApi::start().await;
    let (status, body) = call(&api, "sendTelegram", json!({})).await;
    assert_eq!((status, body), (404, error(404, "Not Found")));
    assert_eq!(
        api.violations(),
        ["sendTelegram: unknown method `sendTelegram` (answered 404 Not Found)"]
    );
}

#[tokio::test]
async fn a_missing_required_parameter_is_refused_as_telegram_does() {
    let api = FakeBotApi::start().await;
    let (status, body) = call(&api, "sendMessage", json!({"chat_id": 42})).await;
    assert_eq!(
        (status, body),
        (400, error(400, "Bad Request: text is empty"))
    );
    assert_eq!(
        api.violations(),
        ["sendMessage: missing required parameter `text`"]
    );
    assert!(api.sent_to(42).is_empty());
}

#[tokio::test]
async fn a_parameter_of_the_wrong_type_is_refused() {
    let api = FakeBotApi::start().await;
    let (status, _) = call(&api, "sendMessage", json!({"chat_id": 42, "text": ["a"]})).await;
    assert_eq!(status, 400);
    assert_eq!(
        api.violations(),
        ["sendMessage: text: expected String, got Array"]
    );
}

#[tokio::test]
async fn form_parameters_take_their_declared_types() {
    let api = FakeBotApi::start().await;
    let response = reqwest::Client::new()
        .post(format!("{}bot{TOKEN}/sendMessage", api.url()))
        .form(&[
            ("chat_id", "42"),
            ("text", "hi"),
            ("disable_notification", "true"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let call = api.calls_of("sendMessage").pop().unwrap();
    assert_eq!(call.params["chat_id"], 42);
    assert_eq!(call.params["disable_notification"], true);
    api.assert_clean();
}

#[tokio::test]
async fn html_is_parsed_into_what_the_user_reads() {
    let api = FakeBotApi::start().await;
    let (status, body) = call(
        &api,
        "sendMessage",
        json!({"chat_id": 42, "text": "<b>Hi</b> 😀 &amp; <i>bye</i>", "parse_mode": "HTML"}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["result"]["text"], "Hi 😀 & bye");
    let sent = api.last_message(42).unwrap();
    assert_eq!(sent.shown(), "Hi 😀 & bye");
    assert_eq!(
        sent.entities,
        [
            json!({"type": "bold", "offset": 0, "length": 2}),
            // The emoji counts two UTF-16 units.
            json!({"type": "italic", "offset": 8, "length": 3}),
        ]
    );
    api.assert_clean();
}

#[tokio::test]
async fn text_length_is_counted_after_entity_parsing() {
    let api = FakeBotApi::start().await;
    let fits = format!("<b>{}</b>", "x".repeat(4096));
    let (status, _) = call(
        &api,
        "sendMessage",
        json!({"chat_id": 42, "text": fits, "parse_mode": "HTML"}),
    )
    .await;
    assert_eq!(status, 200);
    let (status, body) = call(
        &api,
        "sendMessage",
        json!({"chat_id": 42, "text": "x".repeat(4097)}),
    )
    .await;
    assert_eq!(
        (status, body),
        (400, error(400, "Bad Request: message is too long"))
    );
}

#[tokio::test]
async fn broken_html_is_refused_with_cant_parse_entities() {
    let api = FakeBotApi::start().await;
    let (status, body) = call(
        &api,
        "sendMessage",
        json!({"chat_id": 42, "text": "<b>open", "parse_mode": "HTML"}),
    )
    .await;
    assert_eq!(status, 400);
    let description = body["description"].as_str().unwrap();
    assert!(
        description.starts_with("Bad Request: can't parse entities:"),
        "{description}"
    );
}

#[tokio::test]
async fn a_long_poll_without_updates_holds_for_its_timeout() {
    let api = FakeBotApi::start().await;
    let started = Instant::now();
    let (status, body) = call(&api, "getUpdates", json!({"timeout": 2})).await;
    let held = started.elapsed();
    assert_eq!((status, &body["result"]), (200, &json!([])));
    assert!(held >= Duration::from_secs(2), "answered after {held:?}");
    assert!(held < Duration::from_secs(4), "answered after {held:?}");
}

#[tokio::test]
async fn a_long_poll_wakes_when_an_update_arrives() {
    let api = FakeBotApi::start().await;
    let url = api.url();
    let started = Instant::now();
    let poll =
        tokio::spawn(async move { call_url(&url, "getUpdates", json!({"timeout": 30})).await });
    api.wait_for_open_requests("getUpdates", 1, WAIT).await;
    let update = api.push_message(42, "/start", Some("en"));
    let (status, body) = poll.await.unwrap();
    assert_eq!(status, 200);
    assert!(started.elapsed() < Duration::from_secs(10));
    let updates = body["result"].as_array().unwrap();
    assert_eq!(updates.len(), 1);
    assert_eq!(updates[0]["update_id"], update);
    assert_eq!(updates[0]["message"]["text"], "/start");
    assert_eq!(api.open_requests(), 0);

    // The next offset confirms it.
    let (_, body) = call(&api, "getUpdates", json!({"offset": update + 1})).await;
    assert_eq!(body["result"], json!([]));
    api.wait_until_confirmed(update, WAIT).await;
}

#[tokio::test]
async fn a_second_poll_ends_the_first_with_409() {
    let api = FakeBotApi::start().await;
    let url = api.url();
    let first =
        tokio::spawn(async move { call_url(&url, "getUpdates", json!({"timeout": 30})).await });
    api.wait_for_open_requests("getUpdates", 1, WAIT).await;
    let (status, _) = call(&api, "getUpdates", json!({"timeout": 0})).await;
    assert_eq!(status, 200);
    let (status, body) = first.await.unwrap();
    assert_eq!(status, 409);
    assert!(
        body["description"]
            .as_str()
            .unwrap()
            .starts_with("Conflict: terminated by other getUpdates")
    );
}

#[tokio::test]
async fn rate_limited_calls_carry_retry_after_then_pass() {
    let api = FakeBotApi::start().await;
    api.rate_limit_next("sendMessage", 2, 7);
    let send = json!({"chat_id": 42, "text": "hi"});
    for _ in 0..2 {
        let (status, body) = call(&api, "sendMessage", send.clone()).await;
        assert_eq!(status, 429);
        assert_eq!(body["description"], "Too Many Requests: retry after 7");
        assert_eq!(body["parameters"], json!({"retry_after": 7}));
    }
    // Other methods are not affected, and the third call passes.
    assert_eq!(call(&api, "getMe", json!({})).await.0, 200);
    assert_eq!(call(&api, "sendMessage", send).await.0, 200);
    assert_eq!(api.sent_to(42).len(), 1);
    api.assert_clean();
}

#[tokio::test]
async fn server_errors_answer_the_next_calls_then_pass() {
    let api = FakeBotApi::start().await;
    api.server_error_next("sendMessage", 1, 502);
    let send = json!({"chat_id": 42, "text": "hi"});
    let (status, body) = call(&api, "sendMessage", send.clone()).await;
    assert_eq!((status, body), (502, error(502, "Bad Gateway")));
    assert!(api.sent_to(42).is_empty());
    assert_eq!(call(&api, "sendMessage", send).await.0, 200);
    api.assert_clean();
}

#[tokio::test]
async fn a_chat_that_blocked_the_bot_answers_403() {
    let api = FakeBotApi::start().await;
    api.block_chat(42);
    let (status, body) = call(&api, "sendMessage", json!({"chat_id": 42, "text": "hi"})).await;
    assert_eq!(
        (status, body),
        (403, error(403, "Forbidden: bot was blocked by the user"))
    );
    assert_eq!(
        call(&api, "sendMessage", json!({"chat_id": 43, "text": "hi"}))
            .await
            .0,
        200
    );
    api.unblock_chat(42);
    assert_eq!(
        call(&api, "sendMessage", json!({"chat_id": 42, "text": "hi"}))
            .await
            .0,
        200
    );
    api.assert_clean();
}

#[tokio::test]
async fn a_refused_token_answers_401_to_every_method() {
    let api = FakeBotApi::start().await;
    api.refuse_token(true);
    for method in ["getMe", "getUpdates", "sendMessage", "noSuchMethod"] {
        let (status, body) = call(&api, method, json!({})).await;
        assert_eq!(
            (status, body),
            (401, error(401, "Unauthorized")),
            "{method}"
        );
    }
    assert!(api.violations().is_empty(), "{:?}", api.violations());
    api.refuse_token(false);
    assert_eq!(call(&api, "getMe", json!({})).await.0, 200);
}

#[tokio::test]
async fn a_silent_server_holds_requests_until_it_speaks_again() {
    let api = FakeBotApi::start().await;
    api.set_silent(true);
    let url = api.url();
    let held: Vec<_> = (0..3)
        .map(|_| {
            let url = url.clone();
            tokio::spawn(async move { call_url(&url, "getMe", json!({})).await })
        })
        .collect();
    api.wait_for_open_requests("getMe", 3, WAIT).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(held.iter().all(|h| !h.is_finished()));
    assert_eq!(api.open_requests(), 3);
    assert_eq!(api.peak_open_requests_of("getMe"), 3);
    assert_eq!(api.call_count(), 0, "held requests are not answered calls");

    api.set_silent(false);
    for h in held {
        assert_eq!(h.await.unwrap().0, 200);
    }
    assert_eq!(api.open_requests(), 0);
    assert_eq!(api.call_count(), 3);
}

#[tokio::test]
async fn stopping_a_silent_server_does_not_hang() {
    let api = FakeBotApi::start().await;
    api.set_silent(true);
    let url = api.url();
    let held = tokio::spawn(async move {
        reqwest::Client::new()
            .post(format!("{url}bot{TOKEN}/getMe"))
            .send()
            .await
    });
    api.wait_for_open_requests("getMe", 1, WAIT).await;
    let started = Instant::now();
    api.shutdown().await;
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{:?}",
        started.elapsed()
    );
    // Whatever the client got, it is not an answer from the Bot API.
    if let Ok(response) = held.await.unwrap() {
        assert_ne!(response.status().as_u16(), 200);
    }
}

#[tokio::test]
async fn an_uploaded_document_is_kept_with_its_bytes() {
    let api = FakeBotApi::start().await;
    // As teloxide uploads: a part with a random name, referenced by attach://.
    let form = reqwest::multipart::Form::new()
        .text("chat_id", "42")
        .text("document", "attach://f1")
        .part(
            "f1",
            reqwest::multipart::Part::bytes(b"a,b\n1,2\n".to_vec()).file_name("sheets.csv"),
        );
    let response = reqwest::Client::new()
        .post(format!("{}bot{TOKEN}/sendDocument", api.url()))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let sent = api.last_message(42).unwrap();
    let document = sent.document.unwrap();
    assert_eq!(document.file_name, "sheets.csv");
    assert_eq!(document.bytes, b"a,b\n1,2\n");
    assert_eq!(sent.raw["document"]["mime_type"], "text/csv");
    api.assert_clean();
}
