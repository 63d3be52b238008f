//! Outbox benchmark: enqueueing and rendering a run to many recipients (100,000 by default),
//! the cost of each send's lease with that queue in place, and the send pace measured against
//! the configured rate. Figures go to BENCHMARKS.md.
//!
//! `cargo bench --bench outbox` runs it on SQLite; with TEST_DATABASE_URL also on PostgreSQL.
//! `BENCH_RECIPIENTS` sets the size of the run (default 100000).

use consultbot::conversation::{Reply, Text};
use consultbot::domain::{ChatId, Lang, TelegramUserId};
use consultbot::i18n::Words;
use consultbot::outbox::{Courier, Outbox, SendOutcome};
use consultbot::store::NewDelivery;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Answers at once, remembering when.
#[derive(Clone, Default)]
struct Instant0(Arc<Mutex<Vec<Instant>>>);

impl Courier for Instant0 {
    async fn deliver(&self, _chat: ChatId, _reply: &Reply) -> SendOutcome {
        let mut times = self.0.lock().unwrap();
        times.push(Instant::now());
        SendOutcome::Sent {
            message_id: times.len() as i64,
        }
    }
}

fn busiest_second(times: &[Instant]) -> usize {
    (0..times.len())
        .map(|i| {
            times[i..]
                .iter()
                .take_while(|t| **t - times[i] < Duration::from_secs(1))
                .count()
        })
        .max()
        .unwrap_or(0)
}

async fn bench(name: &str, url: &str, recipients: i64) {
    let store = consultbot::open_store(url)
        .await
        .expect("the database opens");
    let t = Instant::now();
    let mut tx = store.write().await.unwrap();
    let mut people = Vec::with_capacity(recipients as usize);
    for user in 1..=recipients {
        let lang = Lang::ALL[user as usize % Lang::ALL.len()];
        let p = tx
            .touch_participant(TelegramUserId::new(user), ChatId::new(user), lang)
            .await
            .unwrap();
        people.push((p.id, p.chat_id, lang));
    }
    tx.commit().await.unwrap();
    println!(
        "{name}: setup, {recipients} residents        {:>8.0} ms",
        ms(t)
    );

    // Rendering: each recipient's message in their language, as a broadcast is made.
    let t = Instant::now();
    let text = "Mødet mandag er kl. 18 på biblioteket. The meeting on Monday is at 18:00.";
    let queued: Vec<NewDelivery> = people
        .iter()
        .map(|(id, chat, lang)| NewDelivery {
            participant_id: *id,
            chat_id: *chat,
            reply: Reply::new(
                Text::new()
                    .bold(Words::new(*lang).get("broadcast-heading"))
                    .para()
                    .plain(consultbot::i18n::isolate(*lang, text)),
            ),
        })
        .collect();
    println!(
        "{name}: render {recipients} messages           {:>8.0} ms",
        ms(t)
    );
    let t = Instant::now();
    let mut tx = store.write().await.unwrap();
    let run = tx.start_run("broadcast", 1).await.unwrap();
    let n = tx.enqueue_deliveries(run, &queued).await.unwrap();
    tx.commit().await.unwrap();
    println!(
        "{name}: enqueue {n} deliveries (1 transaction, {} INSERTs) {:>8.0} ms",
        (n as usize).div_ceil(500),
        ms(t)
    );

    // The lease of each send with the whole run queued: sent as fast as the engine goes.
    let courier = Instant0::default();
    let fast = Outbox::new(store.clone(), courier.clone()).paced(1000);
    let t = Instant::now();
    for _ in 0..200 {
        fast.step(None).await.unwrap();
    }
    println!(
        "{name}: 200 sends at rate 1000, {} queued    {:>8.1} ms per send (slot + lease + settle)",
        recipients,
        ms(t) / 200.0
    );
    drop(fast);
    let t = Instant::now();
    let mut tx = store.read().await.unwrap();
    let figures = tx.run_figures(10).await.unwrap();
    tx.commit().await.unwrap();
    println!(
        "{name}: figures of the run ({} recipients)      {:>8.0} ms",
        figures[0].recipients,
        ms(t)
    );

    // The pace against the configured rate (25 a second): 150 sends, one instance.
    let courier = Instant0::default();
    let paced = Outbox::new(store.clone(), courier.clone()).paced(25);
    let t = Instant::now();
    for _ in 0..150 {
        paced.step(None).await.unwrap();
    }
    let elapsed = t.elapsed().as_secs_f64();
    let times = courier.0.lock().unwrap().clone();
    println!(
        "{name}: pace at CONSULTBOT_SEND_RATE=25: {} sends in {elapsed:.2} s = {:.1}/s, busiest second {}",
        times.len(),
        times.len() as f64 / elapsed,
        busiest_second(&times)
    );
    store.close().await;
}

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let recipients: i64 = std::env::var("BENCH_RECIPIENTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bench.db").display());
    bench("SQLite", &url, recipients).await;
    if let Ok(admin) = std::env::var("TEST_DATABASE_URL") {
        use sqlx::{Connection, Executor};
        let name = format!("consultbot_bench_outbox_{}", std::process::id());
        let mut conn = sqlx::PgConnection::connect(&admin).await.unwrap();
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .unwrap();
        let base = admin.rsplit_once('/').map_or(admin.as_str(), |(b, _)| b);
        bench("PostgreSQL", &format!("{base}/{name}"), recipients).await;
        conn.execute(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE {name} WITH (FORCE)"
        )))
        .await
        .unwrap();
    }
}
