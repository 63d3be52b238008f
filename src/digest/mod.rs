//! Digests: a short message, now and then, to each resident who asked for one, in their language,
//! and a report to each facilitator who did. A run is started by the schedule
//! (`CONSULTBOT_DIGEST_SCHEDULE`, see `schedule`), by `consultbot digest --now` or by
//! `/digest now`, all through [`enqueue_run`]: it renders every recipient's message and queues it
//! in the outbox in one transaction. `Tx::start_run` is unique per scheduled time, so a restart
//! or a second instance never starts the same slot twice.

pub mod content;
pub mod schedule;

pub use schedule::{DEFAULT_SCHEDULE, DEFAULT_ZONE, Schedule, ScheduleError};

use crate::domain::{Lang, Status, TelegramUserId};
use crate::i18n::Words;
use crate::store::{
    NewDelivery, RankScope, Ranked, RunFigures, Store, StoreError, ThemeRow, Tx, now, now_millis,
};
use std::collections::HashMap;
use std::collections::hash_map::Entry;
use std::time::Duration;
use tokio_util::sync::CancellationToken;

/// The kind of run in `digest_runs`.
pub const RUN_KIND: &str = "digest";
/// Runs of the outbox whose figures the facilitators' digest shows.
const RUNS_SHOWN: i64 = 3;
/// Wait before trying a run again after the database failed.
const RETRY: Duration = Duration::from_secs(10);

/// What a run queued.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunSummary {
    pub run: i64,
    pub residents: usize,
    pub facilitators: usize,
}

/// How starting a run went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Started {
    Queued(RunSummary),
    /// Nobody had anything to get: no run is recorded, so none shows in the figures.
    NothingToSend,
    /// That slot's run exists already (a restart, another instance, or a second command within
    /// the same second).
    AlreadyRun,
}

/// What every reader of one language sees alike, gathered once per language.
struct Shared {
    title: String,
    themes: Vec<ThemeRow>,
    rankings: Vec<(i64, Vec<Ranked>)>,
    /// Visible sheets added since the earliest "since" of the run's readers.
    recent: Vec<crate::store::RecentSheet>,
}

/// Starts the run of `scheduled_for` and queues each opted-in, reachable participant's digest.
pub async fn enqueue_run(
    tx: &mut Tx,
    admins: &[TelegramUserId],
    scheduled_for: i64,
) -> Result<Started, StoreError> {
    let Some(run) = tx.start_run(RUN_KIND, scheduled_for).await? else {
        return Ok(Started::AlreadyRun);
    };
    let mut summary = RunSummary {
        run,
        residents: 0,
        facilitators: 0,
    };
    let Some(consultation) = tx.current_consultation(Lang::En).await? else {
        tx.forget_empty_run(run).await?;
        return Ok(Started::NothingToSend);
    };
    let at = now();
    let recipients = tx.digest_recipients().await?;
    let earliest = recipients
        .iter()
        .map(|r| r.last_digest_at.unwrap_or(r.joined_at))
        .min()
        .unwrap_or(at);
    let placed = tx.stickers_per_participant(consultation.id).await?;
    let budget = i64::from(consultation.stickers.challenge + consultation.stickers.solution);
    let mut shared: HashMap<Lang, Shared> = HashMap::new();
    let mut facilitator_figures = None;
    let mut queue = Vec::new();
    for r in &recipients {
        let words = Words::new(r.lang);
        let since = r.last_digest_at.unwrap_or(r.joined_at);
        if let Entry::Vacant(slot) = shared.entry(r.lang) {
            slot.insert(gather(tx, &consultation, r.lang, earliest).await?);
        }
        let s = &shared[&r.lang];
        let facilitator = r.moderator || admins.contains(&r.telegram_user_id);
        let reply = if facilitator {
            if facilitator_figures.is_none() {
                facilitator_figures = Some(facilitator_figures_of(tx, consultation.id, run).await?);
            }
            let (pending, runs) = facilitator_figures.as_ref().expect("gathered above");
            let since = tx.participation_since(consultation.id, since).await?;
            Some(content::facilitator(
                &words,
                &content::FacilitatorDigest {
                    title: &s.title,
                    phase: consultation.phase,
                    pending: *pending,
                    since,
                    runs,
                },
            ))
        } else {
            let new_sheets: Vec<_> = s
                .recent
                .iter()
                .filter(|n| n.created_at > since)
                .map(|n| &n.sheet)
                .collect();
            let stickers_left = if consultation.phase.allows_stickers() {
                let total = budget * s.themes.len() as i64;
                (total - placed.get(&r.participant_id).copied().unwrap_or(0)).max(0)
            } else {
                0
            };
            content::resident(
                &words,
                &content::ResidentDigest {
                    title: &s.title,
                    phase: consultation.phase,
                    themes: &s.themes,
                    new_sheets: &new_sheets,
                    rankings: &s.rankings,
                    stickers_left,
                },
            )
        };
        let Some(reply) = reply else { continue };
        queue.push(NewDelivery {
            participant_id: r.participant_id,
            chat_id: r.chat_id,
            reply,
        });
        if facilitator {
            summary.facilitators += 1;
        } else {
            summary.residents += 1;
        }
    }
    if queue.is_empty() {
        tx.forget_empty_run(run).await?;
        return Ok(Started::NothingToSend);
    }
    tx.enqueue_deliveries(Some(run), &queue).await?;
    tx.mark_digests_sent(run, at).await?;
    Ok(Started::Queued(summary))
}

/// What every reader of `lang` sees alike.
async fn gather(
    tx: &mut Tx,
    consultation: &crate::store::ConsultationRow,
    lang: Lang,
    earliest: i64,
) -> Result<Shared, StoreError> {
    let title = tx
        .current_consultation(lang)
        .await?
        .map_or_else(|| consultation.title.clone(), |c| c.title);
    let themes = tx.themes(consultation.id, lang).await?;
    let mut rankings = Vec::with_capacity(themes.len());
    for theme in &themes {
        let ranked = tx
            .ranking(RankScope::Theme(theme.id), None, None, lang)
            .await?;
        rankings.push((theme.id, ranked));
    }
    let recent = tx.sheets_since(consultation.id, earliest, lang).await?;
    Ok(Shared {
        title,
        themes,
        rankings,
        recent,
    })
}

/// The facilitators' figures that are the same for all of them: items waiting for moderation,
/// and the delivery figures of the latest runs before this one (as `/stats` shows them).
async fn facilitator_figures_of(
    tx: &mut Tx,
    consultation_id: i64,
    run: i64,
) -> Result<(i64, Vec<RunFigures>), StoreError> {
    let pending = tx
        .waiting_items(consultation_id)
        .await?
        .iter()
        .filter(|i| i.status == Status::Pending)
        .count() as i64;
    let runs = tx
        .run_figures(RUNS_SHOWN + 1)
        .await?
        .into_iter()
        .filter(|r| r.id != run)
        .take(RUNS_SHOWN as usize)
        .collect();
    Ok((pending, runs))
}

/// One run in its own transaction: the scheduler's, the command line's.
pub async fn run_now(
    store: &Store,
    admins: &[TelegramUserId],
    scheduled_for: i64,
) -> Result<Started, StoreError> {
    let mut tx = store.write().await?;
    let summary = enqueue_run(&mut tx, admins, scheduled_for).await?;
    tx.commit().await?;
    Ok(summary)
}

/// Runs the slot of `scheduled_for`, trying again while the database fails, until it is done or
/// `shutdown` comes: a fault delays a digest, never drops it.
async fn run_slot(
    store: &Store,
    admins: &[TelegramUserId],
    scheduled_for: i64,
    shutdown: &CancellationToken,
) {
    loop {
        match run_now(store, admins, scheduled_for).await {
            Ok(Started::Queued(summary)) => {
                tracing::info!(
                    run = summary.run,
                    residents = summary.residents,
                    facilitators = summary.facilitators,
                    "queued a digest run"
                );
                return;
            }
            Ok(Started::NothingToSend) => {
                tracing::debug!(scheduled_for, "no digest to send for this slot");
                return;
            }
            Ok(Started::AlreadyRun) => {
                tracing::debug!(scheduled_for, "this digest slot has run already");
                return;
            }
            Err(err) => {
                tracing::warn!(error = %err, "a digest run failed; trying again");
                tokio::select! {
                    _ = shutdown.cancelled() => return,
                    _ = tokio::time::sleep(RETRY) => {}
                }
            }
        }
    }
}

/// The schedule's task in `consultbot run`: first the latest slot missed while the bot was down
/// (once: its run is keyed by its time), then each slot as it comes, until `shutdown`.
async fn watched_since(store: &Store, at: i64) -> Result<i64, StoreError> {
    let mut tx = store.write().await?;
    let since = tx.digests_watched_since(at).await?;
    tx.commit().await?;
    Ok(since)
}

pub async fn run_schedule(
    store: Store,
    schedule: Schedule,
    admins: Vec<TelegramUserId>,
    shutdown: CancellationToken,
) {
    let started = now();
    // A fresh deployment has missed nothing; a failed read errs towards the catch-up, which
    // start_run's key keeps from repeating.
    let watched_since = match watched_since(&store, started).await {
        Ok(since) => since,
        Err(err) => {
            tracing::warn!(error = %err, "could not read since when digests are scheduled");
            i64::MIN
        }
    };
    if let Some(missed) = schedule.latest_until(started)
        && missed >= watched_since
    {
        run_slot(&store, &admins, missed, &shutdown).await;
    }
    let mut after = started;
    while !shutdown.is_cancelled() {
        let Some(next) = schedule.next_after(after) else {
            tracing::warn!("the digest schedule has no next time; no more digests");
            break;
        };
        let wait = Duration::from_millis((next * 1000 - now_millis()).max(0) as u64);
        tokio::select! {
            _ = shutdown.cancelled() => break,
            _ = tokio::time::sleep(wait) => {}
        }
        run_slot(&store, &admins, next, &shutdown).await;
        // A run longer than the interval skips the slots it overlapped, rather than piling up.
        after = next.max(now() - 1);
    }
    tracing::info!("stopped the digest schedule");
}
