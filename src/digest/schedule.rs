//! When digests go out: a cron expression read in a named time zone. croner computes each next
//! time from the wall clock of that zone, so 09:00 in Copenhagen stays 09:00 across the
//! daylight-saving changes (what `tokio-cron-scheduler` gets wrong, see STACK.md).

use chrono::{DateTime, TimeZone, Utc};
use chrono_tz::Tz;
use croner::Cron;
use croner::parser::{CronParser, Seconds, Year};

/// `CONSULTBOT_DIGEST_SCHEDULE` when unset: Mondays at nine.
pub const DEFAULT_SCHEDULE: &str = "0 9 * * Mon";
/// `CONSULTBOT_TIMEZONE` when unset.
pub const DEFAULT_ZONE: &str = "Europe/Copenhagen";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ScheduleError {
    #[error(
        "CONSULTBOT_DIGEST_SCHEDULE {expression:?} is not a cron expression (5 fields, or 6 with seconds first): {reason}"
    )]
    Cron { expression: String, reason: String },
    #[error("CONSULTBOT_TIMEZONE {0:?} is not a time zone name like Europe/Copenhagen")]
    Zone(String),
}

/// A parsed schedule. Times in and out are epoch seconds.
#[derive(Debug, Clone)]
pub struct Schedule {
    cron: Cron,
    zone: Tz,
}

impl Schedule {
    /// A cron expression of 5 fields (minute first) or 6 (seconds first), in a zone like
    /// `Europe/Copenhagen`.
    pub fn parse(expression: &str, zone: &str) -> Result<Schedule, ScheduleError> {
        let zone: Tz = zone
            .trim()
            .parse()
            .map_err(|_| ScheduleError::Zone(zone.to_owned()))?;
        let cron = CronParser::builder()
            .seconds(Seconds::Optional)
            .year(Year::Disallowed)
            .build()
            .parse(expression.trim())
            .map_err(|err| ScheduleError::Cron {
                expression: expression.to_owned(),
                reason: err.to_string(),
            })?;
        Ok(Schedule { cron, zone })
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    fn at(&self, epoch: i64) -> Option<DateTime<Tz>> {
        Utc.timestamp_opt(epoch, 0)
            .single()
            .map(|t| t.with_timezone(&self.zone))
    }

    /// The first time of the schedule strictly after `epoch`; None when there is none.
    pub fn next_after(&self, epoch: i64) -> Option<i64> {
        let from = self.at(epoch)?;
        self.cron
            .find_next_occurrence(&from, false)
            .ok()
            .map(|t| t.timestamp())
    }

    /// The latest time of the schedule at or before `epoch`: the slot a restart may have
    /// missed.
    pub fn latest_until(&self, epoch: i64) -> Option<i64> {
        let from = self.at(epoch)?;
        self.cron
            .find_previous_occurrence(&from, true)
            .ok()
            .map(|t| t.timestamp())
    }

    /// A time of the schedule as a reader in its zone would write it, with the UTC offset.
    pub fn local(&self, epoch: i64) -> String {
        self.at(epoch)
            .map(|t| t.format("%Y-%m-%d %H:%M:%S %:z").to_string())
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_is_one_sentence() {
        let err = Schedule::parse("61 9 * * Mon", DEFAULT_ZONE).unwrap_err();
        assert!(matches!(err, ScheduleError::Cron { .. }), "{err}");
        assert!(!err.to_string().contains('\n'));
        assert_eq!(
            Schedule::parse(DEFAULT_SCHEDULE, "Europe/Kopenhagen").unwrap_err(),
            ScheduleError::Zone("Europe/Kopenhagen".into())
        );
        assert!(Schedule::parse(DEFAULT_SCHEDULE, DEFAULT_ZONE).is_ok());
        assert!(Schedule::parse("*/2 * * * * *", "UTC").is_ok());
        assert!(
            Schedule::parse("0 0 9 * * Mon 2027", "UTC").is_err(),
            "no year field"
        );
    }

    #[test]
    fn six_fields_count_seconds() {
        let s = Schedule::parse("*/2 * * * * *", "UTC").unwrap();
        assert_eq!(s.next_after(1_000), Some(1_002));
        assert_eq!(s.next_after(1_001), Some(1_002));
        assert_eq!(s.latest_until(1_001), Some(1_000));
        assert_eq!(s.latest_until(1_000), Some(1_000));
    }
}
