//! What happens to a delivery after one attempt: a pure decision from how the attempt went, so
//! the rule lives in one place and can be read (and tested) without a transport or a database.

use super::SendOutcome;

/// Attempts after which a delivery that surely never arrived is given up.
pub const MAX_ATTEMPTS: i64 = 5;
/// Seconds to wait before the second attempt; doubled for each further one (5, 10, 20, 40 s).
const BACKOFF_SECS: i64 = 5;

/// The decision for one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settlement {
    Sent {
        message_id: i64,
    },
    /// It surely did not arrive: try again in `after_secs`; `reason` is recorded.
    Retry {
        after_secs: i64,
        reason: &'static str,
    },
    /// Telegram asked this chat to wait (429): only this chat waits, exactly `secs`; the
    /// attempt does not count toward giving up.
    WaitChat {
        secs: u32,
    },
    /// It may have arrived: never tried again, reported as unknown.
    Unknown,
    /// Never try again.
    GiveUp {
        reason: String,
    },
    /// The chat refuses the bot: settled, and the participant marked until they write again.
    Unreachable,
}

/// Decides after the `attempts`-th attempt. Only what surely did not reach Telegram is sent
/// again: an answer that may have been lost (a timeout) is unknown, so nothing is sent twice.
pub fn settle(outcome: &SendOutcome, attempts: i64) -> Settlement {
    match outcome {
        SendOutcome::Sent { message_id } => Settlement::Sent {
            message_id: *message_id,
        },
        SendOutcome::RetryAfter(secs) => Settlement::WaitChat { secs: *secs },
        SendOutcome::Unreachable => Settlement::Unreachable,
        SendOutcome::Refused(reason) => Settlement::GiveUp {
            reason: format!("refused: {reason}"),
        },
        SendOutcome::NotSent if attempts < MAX_ATTEMPTS => Settlement::Retry {
            after_secs: BACKOFF_SECS << (attempts.clamp(1, 10) - 1),
            reason: "not sent",
        },
        SendOutcome::NotSent => Settlement::GiveUp {
            reason: "not sent".into(),
        },
        SendOutcome::Unknown => Settlement::Unknown,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_surely_did_not_arrive_is_retried() {
        assert_eq!(
            settle(&SendOutcome::NotSent, 1),
            Settlement::Retry {
                after_secs: 5,
                reason: "not sent"
            }
        );
        assert_eq!(
            settle(&SendOutcome::NotSent, 3),
            Settlement::Retry {
                after_secs: 20,
                reason: "not sent"
            }
        );
        assert!(matches!(
            settle(&SendOutcome::NotSent, MAX_ATTEMPTS),
            Settlement::GiveUp { .. }
        ));
        assert_eq!(settle(&SendOutcome::Unknown, 1), Settlement::Unknown);
        assert_eq!(
            settle(&SendOutcome::RetryAfter(7), 9),
            Settlement::WaitChat { secs: 7 }
        );
        assert_eq!(
            settle(&SendOutcome::Unreachable, 1),
            Settlement::Unreachable
        );
    }
}
