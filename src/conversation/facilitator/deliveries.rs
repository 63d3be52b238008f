//! The outbox's figures in /stats: what the bot sent on its own, run by run.

use super::super::{Text, Turn, keys};
use crate::i18n::Words;
use crate::store::RunFigures;

/// Runs shown in /stats, newest first.
pub(super) const RUNS_SHOWN: i64 = 5;

impl Turn<'_> {
    /// The last runs with recipients, sent, unknown, failed, unreachable, waiting and duration,
    /// appended to `text`.
    pub(super) fn delivery_figures(&self, text: Text, runs: &[RunFigures]) -> Text {
        let w = self.words;
        let mut text = text.para().bold(w.get("outbox-stats-title"));
        if runs.is_empty() {
            return text.line().plain(w.get("outbox-stats-none"));
        }
        for run in runs {
            text = text.line().plain(run_line(w, run));
        }
        let unknown: i64 = runs.iter().map(|r| r.unknown).sum();
        if unknown > 0 {
            text = text
                .line()
                .italic(w.with("outbox-stats-unknown", &[("count", unknown.into())]));
        }
        text
    }
}

/// One run's figures as a line: the same in /stats and in the facilitators' digest.
pub fn run_line(w: Words, run: &RunFigures) -> String {
    let started = chrono::DateTime::from_timestamp(run.started_at, 0)
        .map(|t| t.format("%d-%m %H:%M UTC").to_string())
        .unwrap_or_default();
    w.with(
        "outbox-stats-run",
        &[
            ("kind", w.get(keys::run_kind(&run.kind)).into()),
            ("started", started.into()),
            ("recipients", run.recipients.into()),
            ("sent", run.sent.into()),
            ("unknown", run.unknown.into()),
            ("failed", run.failed.into()),
            ("unreachable", run.unreachable.into()),
            ("pending", run.pending.into()),
            ("minutes", (run.duration_secs / 60).into()),
            ("seconds", (run.duration_secs % 60).into()),
        ],
    )
}
