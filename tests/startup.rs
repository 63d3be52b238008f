//! `consultbot run` against Bot APIs that misbehave, served on loopback by the test itself: one
//! that refuses the token, one that accepts connections and never answers.

use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The bot's process, its stderr gathered as it comes.
struct Bot {
    child: Child,
    stderr: Arc<Mutex<Vec<u8>>>,
    _dir: tempfile::TempDir,
}

impl Bot {
    fn start(api_url: &str) -> Bot {
        Bot::start_with(api_url, &[])
    }

    fn start_with(api_url: &str, args: &[&str]) -> Bot {
        let dir = tempfile::tempdir().unwrap();
        let mut child = Command::new(env!("CARGO_BIN_EXE_consultbot"))
            .arg("run")
            .args(args)
            .env("TELOXIDE_TOKEN", "123456:TEST")
            .env("TELOXIDE_API_URL", api_url)
            .env(
                "DATABASE_URL",
                format!("sqlite://{}", dir.path().join("bot.db").display()),
            )
            .env_remove("RUST_LOG")
            .env_remove("CONSULTBOT_TRANSLATE_URL")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let mut pipe = child.stderr.take().unwrap();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Bot {
            child,
            stderr,
            _dir: dir,
        }
    }

    fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().unwrap()).into_owned()
    }

    async fn wait_for_log(&self, needle: &str, limit: Duration) {
        let start = Instant::now();
        while !self.stderr().contains(needle) {
            assert!(
                start.elapsed() < limit,
                "no {needle:?} in {limit:?}; stderr:\n{}",
                self.stderr()
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    fn terminate(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success());
    }

    /// Waits for the exit; None when it did not come within `limit`.
    async fn exit_within(&mut self, limit: Duration) -> Option<std::process::ExitStatus> {
        let start = Instant::now();
        while start.elapsed() < limit {
            if let Some(status) = self.child.try_wait().unwrap() {
                // Let the reader thread take the last bytes.
                tokio::time::sleep(Duration::from_millis(100)).await;
                return Some(status);
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        None
    }
}

impl Drop for Bot {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A Bot API that answers every method as Telegram answers a wrong token.
async fn refusing_api() -> String {
    use axum::http::StatusCode;
    let app = axum::Router::new().fallback(|| async {
        (
            StatusCode::UNAUTHORIZED,
            [("content-type", "application/json")],
            r#"{"ok":false,"error_code":401,"description":"Unauthorized"}"#,
        )
    });
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    format!("http://{addr}/")
}

/// A Bot API that accepts every connection and never answers.
async fn silent_api() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    format!("http://{addr}/")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_refused_token_ends_the_run_with_one_sentence() {
    let mut bot = Bot::start(&refusing_api().await);
    let status = bot
        .exit_within(Duration::from_secs(10))
        .await
        .expect("the bot exits within 10 s");
    assert!(!status.success());
    let stderr = bot.stderr();
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one sentence:\n{stderr}");
    assert!(lines[0].contains("refused the bot token"), "{stderr}");
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_while_a_silent_api_is_asked_for_the_token() {
    let mut bot = Bot::start(&silent_api().await);
    tokio::time::sleep(Duration::from_secs(1)).await;
    bot.terminate();
    let status = bot.exit_within(Duration::from_secs(10)).await;
    assert!(status.is_some(), "still running:\n{}", bot.stderr());
}

#[tokio::test(flavor = "multi_thread")]
async fn a_silent_api_blocks_neither_start_up_nor_sigterm() {
    let mut bot = Bot::start(&silent_api().await);
    // The token check gives up waiting after a few seconds and the bot runs anyway.
    bot.wait_for_log("consultbot is running", Duration::from_secs(15))
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    bot.terminate();
    let status = bot.exit_within(Duration::from_secs(10)).await;
    assert!(status.is_some(), "still running:\n{}", bot.stderr());
    assert!(status.unwrap().success(), "{}", bot.stderr());
    let stderr = bot.stderr();
    assert!(stderr.contains("WARN"), "the silence is logged:\n{stderr}");
    assert!(
        !stderr.contains('\u{1b}'),
        "no colour codes into a pipe:\n{stderr:?}"
    );
}

#[tokio::test(flavor = "multi_thread")]
async fn sigterm_while_a_silent_api_is_asked_for_the_webhook() {
    let mut bot = Bot::start_with(
        &silent_api().await,
        &[
            "--webhook-url",
            "https://bot.example/hook",
            "--listen",
            "127.0.0.1:0",
        ],
    );
    bot.wait_for_log("consultbot is running", Duration::from_secs(15))
        .await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    bot.terminate();
    let status = bot.exit_within(Duration::from_secs(10)).await;
    assert!(status.is_some(), "still running:\n{}", bot.stderr());
}
