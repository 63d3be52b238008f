//! The command line: parses arguments and environment, wires the parts together, and turns
//! every failure into one sentence on stderr with a non-zero exit status.

use anyhow::Context;
use clap::{Parser, Subcommand};
use consultbot::content::ContentFile;
use consultbot::conversation::{Engine, Settings};
use consultbot::domain::{ChatId, Lang, Moderation, TelegramUserId};
use consultbot::flood::{FloodLimits, Rate};
use consultbot::outbox::Outbox;
use consultbot::report::{ExportFormat, FileRequest, make_file};
use consultbot::store::OpenOptions;
use consultbot::{digest, open_store_with, telegram};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// How long `run` waits for the work in hand after a stop signal, and then for the background
/// tasks: together well under the 10 s a service manager waits before it kills.
const STOP_GRACE: Duration = Duration::from_secs(3);
/// How often applied update ids older than `UPDATE_MEMORY` are forgotten.
const FORGET_EVERY: Duration = Duration::from_secs(3600);

#[derive(Parser)]
#[command(
    name = "consultbot",
    version,
    about = "A multilingual Telegram bot that runs a public consultation"
)]
struct Cli {
    /// The database: sqlite://PATH or postgres://…
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "sqlite://consultbot.db",
        global = true
    )]
    database_url: String,

    /// `post`: new sheets are visible at once; `pre`: pending until a facilitator approves.
    #[arg(long, env = "CONSULTBOT_MODERATION", default_value = "post", global = true, value_parser = parse_moderation)]
    moderation: Moderation,

    /// Comma-separated Telegram user ids of the facilitators with every right.
    #[arg(long, env = "CONSULTBOT_ADMINS", default_value = "", global = true, value_parser = parse_admins)]
    admins: Admins,

    /// A Telegram group id where new sheets and reports are posted for the facilitators.
    #[arg(
        long,
        env = "CONSULTBOT_ADMIN_CHAT",
        global = true,
        allow_hyphen_values = true
    )]
    admin_chat: Option<i64>,

    /// The bot's username without @, for /qr before `run` has learnt it from Telegram.
    #[arg(long, env = "CONSULTBOT_BOT_USERNAME", global = true)]
    bot_username: Option<String>,

    /// Flood control: messages and taps one resident may send, like 20/10s (facilitators are exempt).
    #[arg(
        long,
        env = "CONSULTBOT_FLOOD_ACTIONS",
        default_value = "20/10s",
        global = true
    )]
    flood_actions: String,

    /// Flood control: new sheets and details one resident may add, like 10/1h.
    #[arg(
        long,
        env = "CONSULTBOT_FLOOD_WRITES",
        default_value = "10/1h",
        global = true
    )]
    flood_writes: String,

    /// When digests go out: cron with 5 fields, or 6 with seconds first.
    #[arg(long, env = "CONSULTBOT_DIGEST_SCHEDULE", default_value = digest::DEFAULT_SCHEDULE, global = true)]
    digest_schedule: String,

    /// The time zone the digest schedule is read in.
    #[arg(long, env = "CONSULTBOT_TIMEZONE", default_value = digest::DEFAULT_ZONE, global = true)]
    timezone: String,

    /// PostgreSQL: connections this process keeps open at most. N instances on one server
    /// need N × this (plus the start-up lock's one each) below its max_connections.
    #[arg(long, env = "CONSULTBOT_DB_POOL", default_value_t = consultbot::store::DEFAULT_POOL, global = true,
          value_parser = clap::value_parser!(u32).range(1..=1000))]
    db_pool: u32,

    /// PostgreSQL: seconds to keep retrying a server that is not up yet, or `forever`
    /// [default: 60 for `run`, 0 for the other commands].
    #[arg(long, env = "CONSULTBOT_DB_WAIT", global = true, value_parser = parse_wait)]
    db_wait: Option<Wait>,

    #[command(subcommand)]
    command: Command,
}

/// How long to wait for the database; `None`: until stopped.
#[derive(Debug, Clone, Copy)]
struct Wait(Option<Duration>);

fn parse_wait(s: &str) -> Result<Wait, String> {
    match s.trim() {
        "forever" => Ok(Wait(None)),
        secs => secs
            .parse::<u64>()
            .map(|secs| Wait(Some(Duration::from_secs(secs))))
            .map_err(|_| format!("{s:?} is neither a number of seconds nor `forever`")),
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run the Telegram bot: long polling, or webhook mode with --webhook-url and --listen.
    Run {
        /// The bot token from @BotFather.
        #[arg(long, env = "TELOXIDE_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// The Bot API server (a local telegram-bot-api server, or a test double).
        #[arg(long, env = "TELOXIDE_API_URL")]
        api_url: Option<String>,
        /// Webhook mode: the public URL Telegram posts updates to (instead of long polling).
        #[arg(long, requires = "listen")]
        webhook_url: Option<String>,
        /// Webhook mode: the address to serve updates on, like 0.0.0.0:8443.
        #[arg(long, requires = "webhook_url")]
        listen: Option<std::net::SocketAddr>,
        /// Webhook mode: the secret Telegram sends with every update; instances behind one URL share it.
        #[arg(long, env = "CONSULTBOT_WEBHOOK_SECRET", hide_env_values = true)]
        webhook_secret: Option<String>,
        /// Messages a second the bot sends on its own, all instances on this database together.
        #[arg(long, env = "CONSULTBOT_SEND_RATE", default_value_t = consultbot::outbox::PER_SECOND,
              value_parser = clap::value_parser!(u32).range(1..=1000))]
        send_rate: u32,
        /// Seconds one outbox send may take before its fate counts as unknown.
        #[arg(long, env = "CONSULTBOT_SEND_TIMEOUT", default_value_t = 30,
              value_parser = clap::value_parser!(u64).range(1..=600))]
        send_timeout: u64,
    },
    /// Chat with the bot in the terminal; buttons are numbered choices.
    Chat {
        /// The Telegram user id to chat as.
        #[arg(long, default_value_t = 1)]
        user: i64,
        /// The language, as Telegram's language_code would give it (da, en, ar-SA…).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Load a consultation (themes, sheets, translations) from a content file.
    Import {
        /// The content file (TOML), like content/copenhagen-2010.toml.
        file: PathBuf,
    },
    /// Export the results.
    Export {
        #[arg(long, value_enum, default_value = "json")]
        format: ExportFormat,
        /// Write to this file instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Write the HTML report: participation, the top 5, every theme, charts.
    Report {
        /// The language of the report.
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
        /// The HTML file to write.
        #[arg(long)]
        out: PathBuf,
    },
    /// Queue a digest to every resident who asked for one (--now), or show the next times.
    Digest {
        /// Start a run now, as `/digest now` does; the running bot sends it.
        #[arg(long)]
        now: bool,
    },
    /// What the bot sent on its own, per run, newest first.
    Deliveries {
        /// `json` for the array of CONTRACT.md; a table without it.
        #[arg(long, value_enum)]
        format: Option<DeliveriesFormat>,
        /// How many runs, newest first.
        #[arg(long, default_value_t = 50)]
        last: i64,
    },
    /// Bring the database schema up to date.
    Migrate,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum DeliveriesFormat {
    Json,
}

/// The admins' Telegram user ids.
#[derive(Debug, Clone, Default)]
struct Admins(Vec<TelegramUserId>);

fn parse_admins(s: &str) -> Result<Admins, String> {
    s.split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .map(|id| {
            id.parse::<i64>().map(TelegramUserId::new).map_err(|_| {
                format!(
                    "{id:?} is not a Telegram user id; CONSULTBOT_ADMINS takes ids like 12345,67890"
                )
            })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Admins)
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: consultbot::domain::UnknownLang| e.to_string())
}

/// A flood limit, parsed after clap so that a mistake is one sentence naming the variable.
fn parse_rate(variable: &str, value: &str) -> anyhow::Result<Rate> {
    value
        .parse()
        .map_err(|e: consultbot::flood::BadRate| anyhow::anyhow!("{variable} {e}"))
}

fn parse_moderation(s: &str) -> Result<Moderation, String> {
    s.parse()
        .map_err(|_| format!("{s:?} is not a moderation mode; use post or pre"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info")),
        )
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, never into a file or a journal.
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("consultbot: cannot start: {err}");
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(run(cli));
    // Tasks still waiting on a silent network or on stdin must not hold the exit.
    runtime.shutdown_timeout(Duration::from_millis(500));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let causes: Vec<String> = err.chain().map(ToString::to_string).collect();
            eprintln!("consultbot: {}", causes.join(": "));
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let open = OpenOptions {
        pool: cli.db_pool,
        // The bot outlives a database restart at its own start; a command run by hand says at
        // once that the database is not there.
        wait: match (cli.db_wait, &cli.command) {
            (Some(Wait(wait)), _) => wait,
            (None, Command::Run { .. }) => Some(consultbot::store::DEFAULT_WAIT),
            (None, _) => Some(Duration::ZERO),
        },
    };
    let open_store = |url: &str| {
        let (url, open) = (url.to_owned(), open.clone());
        async move { open_store_with(&url, &open).await }
    };
    let settings = Settings {
        moderation: cli.moderation,
        admins: cli.admins.0.clone(),
        admin_chat: cli.admin_chat.map(ChatId::new),
        flood: FloodLimits {
            actions: parse_rate("CONSULTBOT_FLOOD_ACTIONS", &cli.flood_actions)?,
            writes: parse_rate("CONSULTBOT_FLOOD_WRITES", &cli.flood_writes)?,
        },
        bot_username: cli
            .bot_username
            .as_deref()
            .map(|u| u.trim().trim_start_matches('@').to_owned())
            .filter(|u| !u.is_empty()),
    };
    match cli.command {
        Command::Run {
            token,
            api_url,
            webhook_url,
            listen,
            webhook_secret,
            send_rate,
            send_timeout,
        } => {
            // A mistyped schedule stops the start, before anything else happens.
            let schedule = digest::Schedule::parse(&cli.digest_schedule, &cli.timezone)?;
            // The token is checked before the database is touched: the commonest mistake.
            let bot = telegram::bot(token.as_deref(), api_url.as_deref())?;
            // The instances behind one URL must all know the secret Telegram sends.
            let secret_missing = webhook_secret
                .as_deref()
                .is_none_or(|s| s.trim().is_empty());
            if webhook_url.is_some() && secret_missing {
                tracing::warn!(
                    "CONSULTBOT_WEBHOOK_SECRET is not set: using a random secret, so only this \
                     instance can receive updates; several instances behind one URL need the \
                     same secret"
                );
            }
            let webhook = match (webhook_url, listen) {
                (Some(url), Some(listen)) => Some((
                    telegram::webhook_url(&url)?,
                    listen,
                    telegram::secret_or_random(webhook_secret.as_deref())?,
                )),
                _ => None,
            };
            let sending = Sending {
                rate: send_rate,
                timeout: Duration::from_secs(send_timeout),
            };
            run_bot(
                bot,
                webhook,
                &cli.database_url,
                &open,
                settings,
                sending,
                schedule,
            )
            .await?;
        }
        Command::Chat { user, lang } => {
            let store = open_store(&cli.database_url).await?;
            let engine = Engine::new(store.clone(), settings);
            consultbot::console::run(&engine, TelegramUserId::new(user), lang).await?;
            store.close().await;
        }
        Command::Import { file } => {
            // Parse before opening the database: a malformed file changes nothing.
            let content = ContentFile::load(&file)?;
            let store = open_store(&cli.database_url).await?;
            let mut tx = store.write().await?;
            let summary = tx.import(&content).await?;
            tx.commit().await?;
            if summary.is_empty() {
                eprintln!("{}: already imported, nothing changed", file.display());
            } else {
                eprintln!(
                    "{}: imported {} new or changed consultation(s), {} theme(s), {} sheet(s), {} translation(s)",
                    file.display(),
                    summary.consultations,
                    summary.themes,
                    summary.sheets,
                    summary.translations
                );
            }
            store.close().await;
        }
        Command::Export { format, out } => {
            let store = open_store(&cli.database_url).await?;
            let buffer = make_file(&store, FileRequest::Export(format)).await?;
            match out {
                Some(path) => std::fs::write(&path, &buffer)
                    .with_context(|| format!("cannot write {}", path.display()))?,
                None => std::io::stdout().write_all(&buffer)?,
            }
            store.close().await;
        }
        Command::Report { lang, out } => {
            let store = open_store(&cli.database_url).await?;
            let mut tx = store.read().await?;
            let lang = match lang {
                Some(lang) => lang,
                None => tx
                    .current_consultation(Lang::En)
                    .await?
                    .map(|c| c.lang)
                    .unwrap_or(Lang::En),
            };
            tx.commit().await?;
            let html = make_file(&store, FileRequest::Report { lang }).await?;
            std::fs::write(&out, html)
                .with_context(|| format!("cannot write {}", out.display()))?;
            store.close().await;
        }
        Command::Digest { now } => {
            let schedule = digest::Schedule::parse(&cli.digest_schedule, &cli.timezone)?;
            if !now {
                let mut at = consultbot::store::now();
                eprintln!("the next digests ({}):", schedule.zone());
                for _ in 0..3 {
                    let Some(next) = schedule.next_after(at) else {
                        break;
                    };
                    eprintln!("  {}", schedule.local(next));
                    at = next;
                }
                return Ok(());
            }
            let store = open_store(&cli.database_url).await?;
            let started =
                digest::run_now(&store, &settings.admins, consultbot::store::now()).await?;
            store.close().await;
            match started {
                digest::Started::Queued(run) => eprintln!(
                    "digest run {} queued: {} resident(s), {} facilitator(s); the running bot sends them",
                    run.run, run.residents, run.facilitators
                ),
                digest::Started::NothingToSend => {
                    eprintln!("nobody has a digest to get now; nothing queued")
                }
                digest::Started::AlreadyRun => {
                    eprintln!("a digest run was started this very second; nothing queued")
                }
            }
        }
        Command::Deliveries { format, last } => {
            let store = open_store(&cli.database_url).await?;
            let mut tx = store.read().await?;
            let runs = tx.run_figures(last.max(1)).await?;
            tx.commit().await?;
            store.close().await;
            let out = match format {
                Some(DeliveriesFormat::Json) => serde_json::to_string(&runs)? + "\n",
                None => deliveries_table(&runs),
            };
            std::io::stdout().write_all(out.as_bytes())?;
        }
        Command::Migrate => {
            let store = open_store(&cli.database_url).await?;
            store.close().await;
            eprintln!("the database schema is up to date");
        }
    }
    Ok(())
}

/// The outbox's pace and patience.
struct Sending {
    rate: u32,
    timeout: Duration,
}

/// `consultbot deliveries` for a person: one line per run.
fn deliveries_table(runs: &[consultbot::store::RunFigures]) -> String {
    let mut out = format!(
        "{:>5}  {:<9}  {:<16}  {:>10}  {:>7}  {:>7}  {:>6}  {:>11}  {:>7}  {:>8}\n",
        "run",
        "kind",
        "started (UTC)",
        "recipients",
        "sent",
        "unknown",
        "failed",
        "unreachable",
        "pending",
        "duration"
    );
    for r in runs {
        let started = chrono::DateTime::from_timestamp(r.started_at, 0)
            .map(|t| t.format("%Y-%m-%d %H:%M").to_string())
            .unwrap_or_default();
        let duration = format!(
            "{}{}:{:02}",
            if r.finished_at.is_none() { "~" } else { "" },
            r.duration_secs / 60,
            r.duration_secs % 60
        );
        out.push_str(&format!(
            "{:>5}  {:<9}  {:<16}  {:>10}  {:>7}  {:>7}  {:>6}  {:>11}  {:>7}  {:>8}\n",
            r.id,
            r.kind,
            started,
            r.recipients,
            r.sent,
            r.unknown,
            r.failed,
            r.unreachable,
            r.pending,
            duration
        ));
    }
    if runs.is_empty() {
        out.push_str("(nothing sent yet)\n");
    }
    out
}

/// Runs the bot: the token check, then the transport with the outbox, the digest schedule, the
/// menus and the optional translator beside it, until a stop signal (or a refused token).
async fn run_bot(
    bot: teloxide::Bot,
    webhook: Option<(reqwest::Url, std::net::SocketAddr, String)>,
    database_url: &str,
    open: &OpenOptions,
    settings: Settings,
    sending: Sending,
    schedule: digest::Schedule,
) -> anyhow::Result<()> {
    let shutdown = CancellationToken::new();
    let stopper = shutdown.clone();
    tokio::spawn(async move {
        telegram::stop_signal().await;
        tracing::info!("stopping: finishing the updates in hand");
        stopper.cancel();
    });
    // A refused token ends the run at once; a silent Telegram only delays the menus.
    let check = tokio::select! {
        _ = shutdown.cancelled() => return Ok(()),
        check = telegram::check_token(&bot) => check,
    };
    if let telegram::TokenCheck::Refused = check {
        return Err(telegram::SetupError::TokenRefused.into());
    }
    // A database that is not up yet is waited for, unless the stop signal comes first.
    let store = tokio::select! {
        _ = shutdown.cancelled() => return Ok(()),
        store = open_store_with(database_url, open) => store?,
    };
    let digests = tokio::spawn(digest::run_schedule(
        store.clone(),
        schedule,
        settings.admins.clone(),
        shutdown.clone(),
    ));
    let translate = consultbot::translate::TranslateConfig::from_env();
    // With a translation server, confirmed notices are queued by its worker once translated.
    let machine_translation = translate
        .as_ref()
        .is_some_and(|config| consultbot::translate::LibreTranslate::new(config).is_ok());
    let engine = Engine::new(store.clone(), settings).with_machine_translation(machine_translation);
    let introducer = tokio::spawn({
        let (engine, bot, shutdown) = (engine.clone(), bot.clone(), shutdown.clone());
        async move {
            let result = telegram::introduce(engine, bot, check, shutdown.clone()).await;
            if result.is_err() {
                shutdown.cancel();
            }
            result
        }
    });
    let translator = translate
        .map(|config| consultbot::translate::spawn_worker(store.clone(), config, shutdown.clone()));
    let sender = tokio::spawn(
        Outbox::new(store.clone(), telegram::TelegramCourier::new(bot.clone()))
            .paced(sending.rate)
            .send_timeout(sending.timeout)
            .run(shutdown.clone()),
    );
    let forgetter = tokio::spawn({
        let (engine, shutdown) = (engine.clone(), shutdown.clone());
        async move {
            loop {
                match engine.forget_old_updates().await {
                    Ok(n) => tracing::debug!(forgotten = n, "forgot old update ids"),
                    Err(err) => tracing::warn!(error = %err, "forgetting old update ids failed"),
                }
                tokio::select! {
                    _ = shutdown.cancelled() => break,
                    _ = tokio::time::sleep(FORGET_EVERY) => {}
                }
            }
        }
    });
    tracing::info!("consultbot is running");
    let transport = async {
        match webhook {
            Some((url, listen, secret)) => {
                telegram::run_webhook(engine, bot, url, listen, secret, shutdown.clone()).await
            }
            None => telegram::run_polling(engine, bot, shutdown.clone()).await,
        }
    };
    // Once asked to stop, the work in hand gets a few seconds, not more: a Telegram
    // that never answers must not keep the process alive.
    let overdue = async {
        shutdown.cancelled().await;
        tokio::time::sleep(STOP_GRACE).await;
    };
    tokio::select! {
        result = transport => result?,
        _ = overdue => tracing::warn!("stopping without waiting any longer"),
    }
    shutdown.cancel();
    let deadline = tokio::time::Instant::now() + STOP_GRACE;
    let refused = matches!(
        tokio::time::timeout_at(deadline, introducer).await,
        Ok(Ok(Err(telegram::SetupError::TokenRefused)))
    );
    let _ = tokio::time::timeout_at(deadline, sender).await;
    let _ = tokio::time::timeout_at(deadline, forgetter).await;
    let _ = tokio::time::timeout_at(deadline, digests).await;
    if let Some(translator) = translator {
        let _ = tokio::time::timeout_at(deadline, translator).await;
    }
    let _ = tokio::time::timeout_at(deadline, store.close()).await;
    if refused {
        return Err(telegram::SetupError::TokenRefused.into());
    }
    Ok(())
}
