//! The load harness (issue 12, part 1): a lean Bot API double on loopback, residents simulated
//! against it, and the figures of the bot under that load, side by side with a bare teloxide bot
//! (`examples/bare_bot.rs`), the floor.
//!
//! ```sh
//! cargo build --release --bin consultbot --examples
//! target/release/examples/load selftest                    # the double's own throughput
//! target/release/examples/load run --residents 3000 --rate 500 --seconds 10
//! ```
//!
//! Latency is measured from the moment the double makes an update available to `getUpdates`
//! until the bot's first `sendMessage` or `editMessageText` for that chat arrives. Every
//! simulated resident sends exactly one update (`/vote K`), so an answer belongs to one update
//! without guessing. Peak memory is the bot process's `VmHWM`.
//!
//! The double is not `crates/fake-bot-api`: that one validates every request against the
//! published spec and keeps every message, which is what tests need and what would make it the
//! limit here.

use axum::body::Bytes;
use axum::http::Uri;
use clap::{Parser, Subcommand, ValueEnum};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::Notify;

/// Telegram's own default and maximum for one `getUpdates`.
const BATCH: usize = 100;
/// The locales residents write in, in turn.
const LANGS: [&str; 9] = ["da", "en", "ar", "tr", "ur", "so", "pl", "fa", "uk"];
/// Sheets of the bundled consultation a fresh database holds (#1 to #97).
const SHEETS: u64 = 97;
/// How long a scenario may take to be answered in full before it counts as lost.
const ANSWER_LIMIT: Duration = Duration::from_secs(180);

#[derive(Parser)]
#[command(about = "Load harness: a fast Bot API double, residents, and the bot's figures")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Measures the double alone: many clients hammering sendMessage.
    Selftest {
        #[arg(long, default_value_t = 64)]
        clients: usize,
        #[arg(long, default_value_t = 5)]
        seconds: u64,
    },
    /// Runs the bots under a burst and a steady load and prints their figures and ratios.
    Run {
        /// Residents voting at once in the burst (0: no burst).
        #[arg(long, default_value_t = 3000)]
        residents: u64,
        /// Updates a second in the steady load (0: no steady load).
        #[arg(long, default_value_t = 500)]
        rate: u64,
        /// Seconds of steady load.
        #[arg(long, default_value_t = 10)]
        seconds: u64,
        /// Which bots to run.
        #[arg(long, value_enum, default_value = "both")]
        bots: Bots,
        /// consultbot's database; a fresh SQLite file per run when absent. A PostgreSQL URL
        /// must name an empty database, and is reused by every run (votes add up).
        #[arg(long)]
        database_url: Option<String>,
        /// The release binaries' directory [default: the directory above this example's].
        #[arg(long)]
        bin_dir: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Bots {
    Both,
    Consultbot,
    Bare,
}

// ---------------------------------------------------------------------------------------------
// The double

#[derive(Default)]
struct Queue {
    /// Updates not yet confirmed by an `offset`: id, JSON text.
    updates: VecDeque<(i64, String)>,
    next_id: i64,
}

#[derive(Default)]
struct Double {
    queue: Mutex<Queue>,
    arrived: Notify,
    /// Per chat, when each of its updates became available, oldest first.
    waiting: Mutex<HashMap<i64, VecDeque<Instant>>>,
    /// Per answered update: its latency, and when its answer came.
    answers: Mutex<Vec<(Duration, Instant)>>,
    requests: AtomicU64,
    polls: AtomicU64,
    /// Updates handed out by getUpdates, counting each time one is handed out again.
    handed_out: AtomicU64,
    first_poll: Mutex<Option<Instant>>,
    message_ids: AtomicI64,
    /// Calls per method, to show what the bot asked for.
    methods: Mutex<BTreeMap<String, u64>>,
}

#[derive(Deserialize, Default)]
struct PollParams {
    #[serde(default)]
    offset: i64,
    #[serde(default)]
    limit: Option<usize>,
    #[serde(default)]
    timeout: Option<u64>,
}

#[derive(Deserialize, Default)]
struct Target {
    #[serde(default)]
    chat_id: Option<serde_json::Value>,
    #[serde(default)]
    message_id: Option<i64>,
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

fn ok(result: &str) -> String {
    format!("{{\"ok\":true,\"result\":{result}}}")
}

impl Double {
    /// Makes one private-chat text message from `user` available, now.
    fn push_message(&self, user: i64, text: &str, lang: &str) {
        self.waiting
            .lock()
            .unwrap()
            .entry(user)
            .or_default()
            .push_back(Instant::now());
        let command = text.split(' ').next().unwrap_or("").len();
        let mut queue = self.queue.lock().unwrap();
        queue.next_id += 1;
        let id = queue.next_id;
        let json = format!(
            concat!(
                r#"{{"update_id":{id},"message":{{"message_id":1,"#,
                r#""from":{{"id":{user},"is_bot":false,"first_name":"Resident","language_code":"{lang}"}},"#,
                r#""chat":{{"id":{user},"type":"private","first_name":"Resident"}},"#,
                r#""date":{date},"text":"{text}","#,
                r#""entities":[{{"type":"bot_command","offset":0,"length":{command}}}]}}}}"#
            ),
            id = id,
            user = user,
            lang = lang,
            date = unix_now(),
            text = text,
            command = command,
        );
        queue.updates.push_back((id, json));
        drop(queue);
        self.arrived.notify_waiters();
    }

    fn answered(&self) -> usize {
        self.answers.lock().unwrap().len()
    }

    fn reset_figures(&self) {
        self.answers.lock().unwrap().clear();
        self.waiting.lock().unwrap().clear();
        self.polls.store(0, Ordering::Relaxed);
        self.handed_out.store(0, Ordering::Relaxed);
        *self.first_poll.lock().unwrap() = None;
        self.methods.lock().unwrap().clear();
    }

    async fn get_updates(&self, body: &[u8]) -> String {
        let params: PollParams = serde_json::from_slice(body).unwrap_or_default();
        self.polls.fetch_add(1, Ordering::Relaxed);
        self.first_poll
            .lock()
            .unwrap()
            .get_or_insert_with(Instant::now);
        let limit = params.limit.unwrap_or(BATCH).clamp(1, BATCH);
        let deadline = Instant::now() + Duration::from_secs(params.timeout.unwrap_or(0));
        loop {
            let arrived = self.arrived.notified();
            {
                let mut queue = self.queue.lock().unwrap();
                // An offset confirms every update below it, as Telegram's does.
                while queue
                    .updates
                    .front()
                    .is_some_and(|(id, _)| *id < params.offset)
                {
                    queue.updates.pop_front();
                }
                if !queue.updates.is_empty() {
                    let mut out = String::from("{\"ok\":true,\"result\":[");
                    let mut count = 0;
                    for (i, (_, json)) in queue.updates.iter().take(limit).enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push_str(json);
                        count += 1;
                    }
                    out.push_str("]}");
                    self.handed_out.fetch_add(count, Ordering::Relaxed);
                    return out;
                }
            }
            let now = Instant::now();
            if now >= deadline {
                return ok("[]");
            }
            let _ = tokio::time::timeout(deadline - now, arrived).await;
        }
    }

    /// A message the bot sent or edited: the first answer in that chat settles its oldest
    /// waiting update.
    fn message(&self, body: &[u8], edit: bool) -> String {
        let target: Target = serde_json::from_slice(body).unwrap_or_default();
        let chat = target
            .chat_id
            .as_ref()
            .and_then(|c| c.as_i64())
            .unwrap_or(0);
        let now = Instant::now();
        let since = self
            .waiting
            .lock()
            .unwrap()
            .get_mut(&chat)
            .and_then(|w| w.pop_front());
        if let Some(since) = since {
            self.answers.lock().unwrap().push((now - since, now));
        }
        let message_id = match (edit, target.message_id) {
            (true, Some(id)) => id,
            _ => self.message_ids.fetch_add(1, Ordering::Relaxed) + 1,
        };
        ok(&format!(
            r#"{{"message_id":{message_id},"date":{},"chat":{{"id":{chat},"type":"private","first_name":"Resident"}},"text":"ok"}}"#,
            unix_now()
        ))
    }

    async fn handle(&self, method: &str, body: &[u8]) -> String {
        self.requests.fetch_add(1, Ordering::Relaxed);
        let method = method.to_ascii_lowercase();
        *self
            .methods
            .lock()
            .unwrap()
            .entry(method.clone())
            .or_default() += 1;
        match method.as_str() {
            "getupdates" => self.get_updates(body).await,
            "sendmessage" | "sendphoto" | "senddocument" => self.message(body, false),
            "editmessagetext" | "editmessagereplymarkup" | "editmessagecaption" => {
                self.message(body, true)
            }
            "getme" => ok(concat!(
                r#"{"id":123456,"is_bot":true,"first_name":"Load","username":"load_bot","#,
                r#""can_join_groups":true,"can_read_all_group_messages":false,"#,
                r#""supports_inline_queries":false,"can_connect_to_business":false,"#,
                r#""has_main_web_app":false}"#
            )),
            "getwebhookinfo" => {
                ok(r#"{"url":"","has_custom_certificate":false,"pending_update_count":0}"#)
            }
            "getmycommands" => ok("[]"),
            _ => ok("true"),
        }
    }
}

/// Serves the double on a loopback port; its base URL.
async fn serve(double: Arc<Double>) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let addr = listener.local_addr().expect("its address");
    let app = axum::Router::new().fallback(move |uri: Uri, body: Bytes| {
        let double = double.clone();
        async move {
            // /bot<token>/<method>
            let method = uri.path().rsplit('/').next().unwrap_or("").to_owned();
            let answer = double.handle(&method, &body).await;
            (
                [(axum::http::header::CONTENT_TYPE, "application/json")],
                answer,
            )
        }
    });
    tokio::spawn(async move {
        axum::serve(listener, app).await.expect("the double serves");
    });
    format!("http://{addr}/")
}

// ---------------------------------------------------------------------------------------------
// Self-test

async fn selftest(clients: usize, seconds: u64) {
    let double = Arc::new(Double::default());
    let url = serve(double.clone()).await;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(clients)
        .build()
        .expect("an HTTP client");
    let send = format!("{url}bot1:X/sendMessage");
    let stop = Instant::now() + Duration::from_secs(seconds);
    let start = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|i| {
            let (client, send) = (client.clone(), send.clone());
            tokio::spawn(async move {
                let body = format!(r#"{{"chat_id":{},"text":"hello"}}"#, i + 1);
                let mut done = 0u64;
                while Instant::now() < stop {
                    let answer = client
                        .post(&send)
                        .header("content-type", "application/json")
                        .body(body.clone())
                        .send()
                        .await
                        .expect("the double answers");
                    assert!(answer.status().is_success());
                    let _ = answer.bytes().await.expect("a body");
                    done += 1;
                }
                done
            })
        })
        .collect();
    let mut total = 0;
    for task in tasks {
        total += task.await.expect("a client task");
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "double self-test: {total} sendMessage requests from {clients} clients in {secs:.2} s = {:.0} requests/s (clients and double share the machine)",
        total as f64 / secs
    );
}

// ---------------------------------------------------------------------------------------------
// Running a bot under load

#[derive(Clone, Copy, PartialEq)]
enum Bot {
    Consultbot,
    Bare,
}

impl Bot {
    fn name(self) -> &'static str {
        match self {
            Bot::Consultbot => "consultbot",
            Bot::Bare => "bare teloxide bot",
        }
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Scenario {
    Burst { residents: u64 },
    Steady { rate: u64, seconds: u64 },
}

impl Scenario {
    fn name(self) -> String {
        match self {
            Scenario::Burst { residents } => format!("burst of {residents}"),
            Scenario::Steady { rate, seconds } => format!("steady {rate}/s for {seconds} s"),
        }
    }
    fn updates(self) -> u64 {
        match self {
            Scenario::Burst { residents } => residents,
            Scenario::Steady { rate, seconds } => rate * seconds,
        }
    }
}

struct Figures {
    sent: u64,
    answered: u64,
    per_second: f64,
    p50: Duration,
    p99: Duration,
    max: Duration,
    peak_rss_kib: u64,
    startup: Duration,
    /// consultbot on its own SQLite file: stickers in the database after the run.
    stickers: Option<i64>,
}

struct Running {
    child: Child,
    _dir: tempfile::TempDir,
    db_url: Option<String>,
    log: PathBuf,
}

impl Running {
    fn signal_term(&self) {
        // SAFETY: kill(2) on our own child's pid.
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
        }
    }
    fn stop(&mut self) {
        self.signal_term();
        let until = Instant::now() + Duration::from_secs(10);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn peak_rss_kib(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|n| n.parse().ok())
        })
        .unwrap_or(0)
}

fn spawn(bot: Bot, bin_dir: &std::path::Path, api: &str, database_url: Option<&str>) -> Running {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let log = dir.path().join("bot.log");
    let mut command = match bot {
        Bot::Consultbot => {
            let mut c = Command::new(bin_dir.join("consultbot"));
            c.arg("run");
            c
        }
        Bot::Bare => Command::new(bin_dir.join("examples").join("bare_bot")),
    };
    let db_url =
        match bot {
            Bot::Consultbot => Some(database_url.map(str::to_owned).unwrap_or_else(|| {
                format!("sqlite://{}", dir.path().join("consultbot.db").display())
            })),
            Bot::Bare => None,
        };
    if let Some(url) = &db_url {
        command.env("DATABASE_URL", url);
    }
    let child = command
        .env("TELOXIDE_TOKEN", "123456:LOAD")
        .env("TELOXIDE_API_URL", api)
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("a log file"))
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {}: {e} (build it first)", bot.name()));
    Running {
        child,
        _dir: dir,
        db_url,
        log,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p * sorted.len() as f64).ceil() as usize).clamp(1, sorted.len());
    sorted[rank - 1]
}

/// Residents' user ids: a new range per scenario, so that no one meets the flood limit.
static NEXT_RESIDENT: AtomicI64 = AtomicI64::new(10_000_000);

fn push_vote(double: &Double) {
    let user = NEXT_RESIDENT.fetch_add(1, Ordering::Relaxed);
    let sheet = (user as u64 % SHEETS) + 1;
    let lang = LANGS[user as usize % LANGS.len()];
    double.push_message(user, &format!("/vote {sheet}"), lang);
}

async fn count_stickers(url: &str) -> Option<i64> {
    use sqlx::Connection;
    let mut conn = sqlx::SqliteConnection::connect(url).await.ok()?;
    sqlx::query_scalar("SELECT COUNT(*) FROM stickers")
        .fetch_one(&mut conn)
        .await
        .ok()
}

async fn run_one(
    double: &Arc<Double>,
    api: &str,
    bot: Bot,
    scenario: Scenario,
    bin_dir: &std::path::Path,
    database_url: Option<&str>,
) -> Figures {
    double.reset_figures();
    let started = Instant::now();
    let mut running = spawn(bot, bin_dir, api, database_url);
    // Start-up: until the bot's first getUpdates.
    let startup = loop {
        if let Some(at) = *double.first_poll.lock().unwrap() {
            break at - started;
        }
        if let Ok(Some(status)) = running.child.try_wait() {
            let log = std::fs::read_to_string(&running.log).unwrap_or_default();
            panic!("{} exited with {status} before polling:\n{log}", bot.name());
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "{} did not poll within 60 s",
            bot.name()
        );
        tokio::time::sleep(Duration::from_millis(1)).await;
    };
    // Let it settle into its long poll.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let sent = scenario.updates();
    let t0 = Instant::now();
    match scenario {
        Scenario::Burst { residents } => {
            for _ in 0..residents {
                push_vote(double);
            }
        }
        Scenario::Steady { rate, seconds } => {
            let total = rate * seconds;
            let mut pushed = 0;
            while pushed < total {
                let due = ((t0.elapsed().as_secs_f64() * rate as f64) as u64 + 1).min(total);
                while pushed < due {
                    push_vote(double);
                    pushed += 1;
                }
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
    }
    let limit = Instant::now() + ANSWER_LIMIT;
    while (double.answered() as u64) < sent && Instant::now() < limit {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let peak_rss_kib = peak_rss_kib(running.child.id());
    let answers = std::mem::take(&mut *double.answers.lock().unwrap());
    running.stop();
    let stickers = match (&running.db_url, database_url) {
        (Some(url), None) => count_stickers(url).await,
        _ => None,
    };
    let mut latencies: Vec<Duration> = answers.iter().map(|(l, _)| *l).collect();
    latencies.sort();
    let last = answers.iter().map(|(_, at)| *at).max().unwrap_or(t0);
    let span = (last - t0).as_secs_f64().max(1e-9);
    Figures {
        sent,
        answered: answers.len() as u64,
        per_second: answers.len() as f64 / span,
        p50: percentile(&latencies, 0.50),
        p99: percentile(&latencies, 0.99),
        max: latencies.last().copied().unwrap_or_default(),
        peak_rss_kib,
        startup,
        stickers,
    }
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn print(bot: Bot, scenario: Scenario, f: &Figures) {
    let stickers = f
        .stickers
        .map(|n| format!("  stickers in DB {n}"))
        .unwrap_or_default();
    println!(
        "{:<18} {:<22} answered {}/{}  {:>7.0} updates/s  p50 {:>10}  p99 {:>10}  max {:>10}  peak RSS {:>5.1} MiB  start-up {}{stickers}",
        bot.name(),
        scenario.name(),
        f.answered,
        f.sent,
        f.per_second,
        ms(f.p50),
        ms(f.p99),
        ms(f.max),
        f.peak_rss_kib as f64 / 1024.0,
        ms(f.startup),
    );
}

#[tokio::main]
async fn main() {
    match Cli::parse().command {
        Cmd::Selftest { clients, seconds } => selftest(clients, seconds).await,
        Cmd::Run {
            residents,
            rate,
            seconds,
            bots,
            database_url,
            bin_dir,
        } => {
            let bin_dir = bin_dir.unwrap_or_else(|| {
                let exe = std::env::current_exe().expect("this program's path");
                // target/<profile>/examples/load → target/<profile>
                exe.parent()
                    .and_then(|p| p.parent())
                    .expect("a target directory")
                    .to_path_buf()
            });
            let double = Arc::new(Double::default());
            let api = serve(double.clone()).await;
            let mut scenarios = Vec::new();
            if residents > 0 {
                scenarios.push(Scenario::Burst { residents });
            }
            if rate > 0 && seconds > 0 {
                scenarios.push(Scenario::Steady { rate, seconds });
            }
            let chosen: Vec<Bot> = match bots {
                Bots::Both => vec![Bot::Bare, Bot::Consultbot],
                Bots::Consultbot => vec![Bot::Consultbot],
                Bots::Bare => vec![Bot::Bare],
            };
            for scenario in scenarios {
                let mut results = Vec::new();
                for bot in &chosen {
                    let f = run_one(
                        &double,
                        &api,
                        *bot,
                        scenario,
                        &bin_dir,
                        database_url.as_deref(),
                    )
                    .await;
                    print(*bot, scenario, &f);
                    let methods = std::mem::take(&mut *double.methods.lock().unwrap());
                    println!(
                        "    updates handed out by getUpdates: {} ({:.1} per update); calls: {methods:?}",
                        double.handed_out.load(Ordering::Relaxed),
                        double.handed_out.load(Ordering::Relaxed) as f64 / f.sent.max(1) as f64,
                    );
                    results.push((*bot, f));
                }
                if let [(Bot::Bare, floor), (Bot::Consultbot, ours)] = &results[..] {
                    let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { f64::NAN };
                    println!(
                        "consultbot / floor, {}: throughput {:.2}  p99 {:.2}  peak RSS {:.2}",
                        scenario.name(),
                        ratio(ours.per_second, floor.per_second),
                        ratio(ours.p99.as_secs_f64(), floor.p99.as_secs_f64()),
                        ratio(ours.peak_rss_kib as f64, floor.peak_rss_kib as f64),
                    );
                }
            }
        }
    }
}
