//! The Fluent keys the code builds from values (`command-*`, `language-*`, `audit-*`, …), built
//! here and nowhere else. `all()` lists every one of them, so tests/locales.rs can check that
//! each exists in all nine locales.

use super::AGE_BANDS;
use super::commands::COMMANDS;
use crate::domain::{AuditAction, Decision, Kind, Lang, Phase, Role, Status};

/// The description of a command, shown in the Telegram menu and in `/help`.
pub fn command(name: &str) -> String {
    format!("command-{name}")
}

/// A language's name in the reader's language.
pub fn language(lang: Lang) -> String {
    format!("language-{}", lang.code())
}

/// An entry of the audit log.
pub fn audit(action: AuditAction) -> String {
    format!("audit-{action}")
}

/// An age band of the onboarding question; `index` counts from 0 in `AGE_BANDS`.
pub fn age_band(index: usize) -> String {
    format!("age-band-{}", index + 1)
}

pub fn kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Challenge => "kind-challenge",
        Kind::Solution => "kind-solution",
    }
}

pub fn decision(decision: Decision) -> &'static str {
    match decision {
        Decision::Adopted => "decision-adopted",
        Decision::Considered => "decision-considered",
        Decision::Declined => "decision-declined",
    }
}

pub fn status(status: Status) -> &'static str {
    match status {
        Status::Visible => "status-visible",
        Status::Pending => "status-pending",
        Status::Hidden => "status-hidden",
    }
}

pub fn role(role: Role) -> &'static str {
    match role {
        Role::Moderator => "role-moderator",
        Role::Translator => "role-translator",
    }
}

/// What a facilitator is told after changing the phase.
pub fn phase_set(phase: Phase) -> &'static str {
    match phase {
        Phase::Open => "phase-set-open",
        Phase::Voting => "phase-set-voting",
        Phase::Closed => "phase-set-closed",
    }
}

/// The phase's name, as the audit log shows it.
pub fn phase_name(phase: Phase) -> &'static str {
    match phase {
        Phase::Open => "phase-name-open",
        Phase::Voting => "phase-name-voting",
        Phase::Closed => "phase-name-closed",
    }
}

/// The phase as a digest tells it.
pub fn digest_phase(phase: Phase) -> &'static str {
    match phase {
        Phase::Open => "digest-phase-open",
        Phase::Voting => "digest-phase-voting",
        Phase::Closed => "digest-phase-closed",
    }
}

/// The kinds of outbox runs (`Tx::start_run`).
pub const RUN_KINDS: [&str; 4] = ["digest", "broadcast", "decision", "notice"];

/// The name of a kind of outbox run; a kind this build does not know reads as "other".
pub fn run_kind(kind: &str) -> &'static str {
    match kind {
        "digest" => "outbox-kind-digest",
        "broadcast" => "outbox-kind-broadcast",
        "decision" => "outbox-kind-decision",
        "notice" => "outbox-kind-notice",
        _ => "outbox-kind-other",
    }
}

/// Every key built here, for every value it can be built from, and each command's usage.
pub fn all() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for spec in COMMANDS {
        keys.push(command(spec.name));
        keys.extend(spec.usage.map(str::to_owned));
    }
    keys.extend(Lang::ALL.iter().map(|l| language(*l)));
    keys.extend(AuditAction::ALL.iter().map(|a| audit(*a)));
    keys.extend((0..AGE_BANDS.len()).map(age_band));
    keys.extend(Kind::ALL.iter().map(|k| kind(*k).to_owned()));
    keys.extend(Decision::ALL.iter().map(|d| decision(*d).to_owned()));
    keys.extend(Status::ALL.iter().map(|s| status(*s).to_owned()));
    keys.extend(Role::ALL.iter().map(|r| role(*r).to_owned()));
    keys.extend(Phase::ALL.iter().map(|p| phase_set(*p).to_owned()));
    keys.extend(Phase::ALL.iter().map(|p| digest_phase(*p).to_owned()));
    keys.extend(Phase::ALL.iter().map(|p| phase_name(*p).to_owned()));
    keys.extend(RUN_KINDS.iter().map(|k| run_kind(k).to_owned()));
    keys.push(run_kind("").to_owned());
    keys.sort();
    keys.dedup();
    keys
}
