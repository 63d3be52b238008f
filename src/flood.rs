//! Flood control: how many actions and how many new texts one resident may send, kept in memory
//! per instance (GCRA limits from `governor`, keyed by Telegram user id). A resident over the
//! action limit is told once per burst and their further updates are dropped unhandled; no one
//! else waits for them.

use crate::domain::TelegramUserId;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A limit like `20/10s`: at most `count` in any `per`, refilled evenly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rate {
    pub count: NonZeroU32,
    pub per: Duration,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a rate: write COUNT/PERIOD, like 20/10s, 10/1h or 5/30m (s, m, h)")]
pub struct BadRate(pub String);

impl std::str::FromStr for Rate {
    type Err = BadRate;

    fn from_str(s: &str) -> Result<Rate, BadRate> {
        let bad = || BadRate(s.to_owned());
        let (count, period) = s.trim().split_once('/').ok_or_else(bad)?;
        let count: NonZeroU32 = count.trim().parse().map_err(|_| bad())?;
        let period = period.trim();
        let unit_at = period.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (number, unit) = period.split_at(unit_at);
        // A bare unit ("20/s") means one of it.
        let number: u64 = if number.is_empty() {
            1
        } else {
            number.parse().map_err(|_| bad())?
        };
        let unit_secs = match unit {
            "s" | "sec" => 1,
            "m" | "min" => 60,
            "h" => 3600,
            _ => return Err(bad()),
        };
        let secs = number
            .checked_mul(unit_secs)
            .filter(|s| (1..=7 * 24 * 3600).contains(s))
            .ok_or_else(bad)?;
        Ok(Rate {
            count,
            per: Duration::from_secs(secs),
        })
    }
}

impl std::fmt::Display for Rate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}s", self.count, self.per.as_secs())
    }
}

impl Rate {
    fn quota(self) -> Quota {
        // `per` is at least a second and `count` at least one, so the period is never zero.
        let period = (self.per / self.count.get()).max(Duration::from_nanos(1));
        Quota::with_period(period)
            .expect("a non-zero period")
            .allow_burst(self.count)
    }
}

/// The two limits of `CONSULTBOT_FLOOD_ACTIONS` and `CONSULTBOT_FLOOD_WRITES`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FloodLimits {
    /// Messages and taps of one resident (facilitators are exempt).
    pub actions: Rate,
    /// New sheets and details of one resident.
    pub writes: Rate,
}

impl Default for FloodLimits {
    fn default() -> FloodLimits {
        FloodLimits {
            actions: Rate {
                count: NonZeroU32::new(20).unwrap(),
                per: Duration::from_secs(10),
            },
            writes: Rate {
                count: NonZeroU32::new(10).unwrap(),
                per: Duration::from_secs(3600),
            },
        }
    }
}

/// What the action limit says about one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Allowed,
    /// Over the limit, the first time in this burst: tell the resident.
    TellOnce,
    /// Over the limit and told already: drop it quietly.
    Drop,
}

/// Users kept before idle limiter state is swept.
const SWEEP_ABOVE: usize = 10_000;

/// The in-memory limiters of one instance.
pub struct Flood {
    limits: FloodLimits,
    actions: DefaultKeyedRateLimiter<i64>,
    writes: DefaultKeyedRateLimiter<i64>,
    /// When each flooding resident was last refused: a burst ends after a quiet `actions.per`.
    refused: Mutex<HashMap<i64, Instant>>,
}

impl Flood {
    pub fn new(limits: FloodLimits) -> Flood {
        Flood {
            limits,
            actions: RateLimiter::keyed(limits.actions.quota()),
            writes: RateLimiter::keyed(limits.writes.quota()),
            refused: Mutex::new(HashMap::new()),
        }
    }

    pub fn limits(&self) -> FloodLimits {
        self.limits
    }

    /// One message or tap of `user`.
    pub fn action(&self, user: TelegramUserId) -> Verdict {
        let key = user.get();
        self.sweep();
        let now = Instant::now();
        let mut refused = self.refused.lock().unwrap_or_else(|e| e.into_inner());
        if self.actions.check_key(&key).is_ok() {
            // Allowed actions inside a burst do not end it: one warning, not one per refill.
            if refused
                .get(&key)
                .is_some_and(|at| now.duration_since(*at) >= self.limits.actions.per)
            {
                refused.remove(&key);
            }
            return Verdict::Allowed;
        }
        match refused.insert(key, now) {
            Some(at) if now.duration_since(at) < self.limits.actions.per => Verdict::Drop,
            _ => Verdict::TellOnce,
        }
    }

    /// `user` turned out to be a facilitator: their next event over the limit is looked at
    /// again rather than dropped.
    pub fn exempt(&self, user: TelegramUserId) {
        let mut refused = self.refused.lock().unwrap_or_else(|e| e.into_inner());
        refused.remove(&user.get());
    }

    /// One new sheet or detail of `user`, taken from their hourly allowance if there is room.
    pub fn may_write(&self, user: TelegramUserId) -> bool {
        self.writes.check_key(&user.get()).is_ok()
    }

    /// Forgets idle residents once many are remembered, so memory stays bounded.
    fn sweep(&self) {
        if self.actions.len() > SWEEP_ABOVE {
            self.actions.retain_recent();
            self.actions.shrink_to_fit();
        }
        if self.writes.len() > SWEEP_ABOVE {
            self.writes.retain_recent();
            self.writes.shrink_to_fit();
        }
        let mut refused = self.refused.lock().unwrap_or_else(|e| e.into_inner());
        if refused.len() > SWEEP_ABOVE {
            let per = self.limits.actions.per;
            refused.retain(|_, at| at.elapsed() < per);
        }
    }
}

impl std::fmt::Debug for Flood {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Flood")
            .field("limits", &self.limits)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_parse() {
        let r: Rate = "20/10s".parse().unwrap();
        assert_eq!((r.count.get(), r.per), (20, Duration::from_secs(10)));
        let r: Rate = "10/1h".parse().unwrap();
        assert_eq!((r.count.get(), r.per), (10, Duration::from_secs(3600)));
        let r: Rate = " 5 / 30m ".parse().unwrap();
        assert_eq!((r.count.get(), r.per), (5, Duration::from_secs(1800)));
        let r: Rate = "3/s".parse().unwrap();
        assert_eq!((r.count.get(), r.per), (3, Duration::from_secs(1)));
        for bad in [
            "",
            "20",
            "0/10s",
            "-1/10s",
            "20/10",
            "20/0s",
            "20/10d",
            "x/1s",
            "20/1h/2",
            "20/9999999h",
            "99999999999/1s",
        ] {
            assert!(bad.parse::<Rate>().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn a_burst_is_told_once_and_others_are_untouched() {
        let flood = Flood::new(FloodLimits {
            actions: "3/1h".parse().unwrap(),
            writes: "2/1h".parse().unwrap(),
        });
        let (a, b) = (TelegramUserId::new(1), TelegramUserId::new(2));
        let verdicts: Vec<Verdict> = (0..6).map(|_| flood.action(a)).collect();
        assert_eq!(
            verdicts,
            [
                Verdict::Allowed,
                Verdict::Allowed,
                Verdict::Allowed,
                Verdict::TellOnce,
                Verdict::Drop,
                Verdict::Drop
            ]
        );
        assert_eq!(flood.action(b), Verdict::Allowed);
        assert!(flood.may_write(a) && flood.may_write(a) && !flood.may_write(a));
        assert!(flood.may_write(b));
    }
}
