//! Load benchmark: residents going through an evening (browse, open, stickers, writing) against
//! the conversation core and a real database, sequentially and concurrently. Prints events per
//! second, latency percentiles and the process's peak memory. Figures go to BENCHMARKS.md.
//!
//! `cargo bench` runs it on SQLite; with TEST_DATABASE_URL it also runs on PostgreSQL.
//! `BENCH_RESIDENTS` sets how many residents take part (default 200).

use consultbot::conversation::{Engine, Event, Input, Settings};
use consultbot::domain::{ChatId, TelegramUserId};
use std::time::{Duration, Instant};

/// What one resident does: 14 events.
fn evening(user: i64) -> Vec<Input> {
    let sheet = |n: i64| (user % 90) + n;
    let mut steps = vec![
        Input::Text("/start".into()),
        Input::Text("/themes".into()),
        Input::Button("t:1".into()),
        Input::Button("l:1:c:0".into()),
        Input::Button(format!("s:{}", 1 + user % 6)),
        Input::Text(format!("/vote {}", 1 + user % 6)),
        Input::Text(format!("/item {}", sheet(3))),
        Input::Text(format!("/vote {}", sheet(3))),
        Input::Text("/mystickers".into()),
        Input::Text("/add".into()),
        Input::Button("a:2".into()),
        Input::Button("ak:s".into()),
        Input::Text(format!("Flere lektiecaféer i bydelen nummer {user}")),
    ];
    steps.push(Input::Button("ok".into()));
    steps
}

struct Run {
    events: usize,
    latencies: Vec<Duration>,
}

async fn drive(engine: &Engine, users: std::ops::Range<i64>, update_base: i64) -> Run {
    let mut latencies = Vec::new();
    for user in users {
        for (i, input) in evening(user).into_iter().enumerate() {
            let event = Event {
                user_id: TelegramUserId::new(user),
                chat_id: ChatId::private_with(TelegramUserId::new(user)),
                lang_hint: Some(["da", "en", "ar", "uk"][user as usize % 4].into()),
                input,
                update_id: Some(update_base + user * 100 + i as i64),
            };
            let t = Instant::now();
            engine
                .handle(&event)
                .await
                .expect("the conversation answers");
            latencies.push(t.elapsed());
        }
    }
    Run {
        events: latencies.len(),
        latencies,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn report(label: &str, runs: Vec<Run>, wall: Duration) {
    let events: usize = runs.iter().map(|r| r.events).sum();
    let mut all: Vec<Duration> = runs.into_iter().flat_map(|r| r.latencies).collect();
    all.sort();
    println!(
        "{label:<34} {events:>6} events  {:>8.0} events/s  p50 {:>6.2} ms  p95 {:>6.2} ms  p99 {:>6.2} ms",
        events as f64 / wall.as_secs_f64(),
        percentile(&all, 0.50).as_secs_f64() * 1e3,
        percentile(&all, 0.95).as_secs_f64() * 1e3,
        percentile(&all, 0.99).as_secs_f64() * 1e3,
    );
}

fn peak_memory_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

async fn bench(backend: &str, url: &str, residents: i64) {
    let store = consultbot::open_store(url)
        .await
        .expect("the database opens");
    let engine = Engine::new(store.clone(), Settings::default());

    let t = Instant::now();
    let run = drive(&engine, 0..residents / 4, 0).await;
    report(
        &format!("{backend}: one resident at a time"),
        vec![run],
        t.elapsed(),
    );

    // The rest at once, in 16 concurrent streams (like a busy evening of many chats).
    let streams = 16;
    let per = (residents - residents / 4) / streams;
    let t = Instant::now();
    let tasks: Vec<_> = (0..streams)
        .map(|s| {
            let engine = engine.clone();
            let first = residents / 4 + s * per;
            tokio::spawn(async move { drive(&engine, first..first + per, 0).await })
        })
        .collect();
    let runs = futures::future::join_all(tasks)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    report(
        &format!("{backend}: 16 residents at once"),
        runs,
        t.elapsed(),
    );

    // Exports a facilitator would take with all that in the database.
    let t = Instant::now();
    let files = consultbot::report::make_files(
        &store,
        &[
            consultbot::report::FileRequest::Export(consultbot::report::ExportFormat::Csv),
            consultbot::report::FileRequest::Report {
                lang: consultbot::domain::Lang::Da,
            },
        ],
    )
    .await;
    let mut files = files.into_iter().map(Result::unwrap);
    let (csv, html) = (files.next().unwrap(), files.next().unwrap());
    println!(
        "{backend}: export + CSV + HTML report        {:>8.0} ms  ({} KiB CSV, {} KiB HTML)",
        t.elapsed().as_secs_f64() * 1e3,
        csv.len() / 1024,
        html.len() / 1024
    );
    store.close().await;
}

#[tokio::main]
async fn main() {
    let residents: i64 = std::env::var("BENCH_RESIDENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    println!("{residents} residents, 14 events each\n");
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    bench("SQLite", &url, residents).await;
    if let Ok(admin) = std::env::var("TEST_DATABASE_URL") {
        sqlx::any::install_default_drivers();
        let name = format!("consultbot_bench_{}", std::process::id());
        let mut conn = <sqlx::AnyConnection as sqlx::Connection>::connect(&admin)
            .await
            .unwrap();
        use sqlx::Executor;
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap();
        let base = &admin[..admin.rfind('/').unwrap()];
        bench("PostgreSQL", &format!("{base}/{name}"), residents).await;
        conn.execute(sqlx::AssertSqlSafe(format!("DROP DATABASE {name}")))
            .await
            .unwrap();
    }
    if let Some(mib) = peak_memory_mib() {
        println!("\npeak memory (VmHWM): {mib:.0} MiB");
    }
}
