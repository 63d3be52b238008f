//! What happens to a delivery after one attempt: a pure decision from how the attempt went, so
//! the rule lives in one place and can be read (and tested) without a transport or a database.

use super::SendOutcome;

/// Attempts after which a delivery that surely never arrived is given up.
pub const MAX_ATTEMPTS: i64 = 5;
/// Seconds to wait per attempt made before trying again (30 s, 60 s, …).
const BACKOFF_SECS: i64 = 30;

/// The decision for one attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Settlement {
    Sent,
    /// Try again in `after_secs`; `reason` is recorded with the delivery.
    Retry {
        after_secs: i64,
        reason: &'static str,
    },
    /// Never try again.
    GiveUp {
        reason: String,
    },
    /// The chat refuses the bot: give up and mark the chat, so nothing more is queued for it.
    Unreachable,
}

/// Decides after the `attempts`-th attempt. Only what surely did not reach Telegram is sent
/// again: an answer that may have been lost (a timeout) is given up, so nothing is sent twice.
pub fn settle(outcome: &SendOutcome, attempts: i64) -> Settlement {
    match outcome {
        SendOutcome::Sent { .. } => Settlement::Sent,
        SendOutcome::RetryAfter(secs) => Settlement::Retry {
            after_secs: i64::from(*secs),
            reason: "too many requests",
        },
        SendOutcome::Unreachable => Settlement::Unreachable,
        SendOutcome::Refused(reason) => Settlement::GiveUp {
            reason: format!("refused: {reason}"),
        },
        SendOutcome::NotSent if attempts < MAX_ATTEMPTS => Settlement::Retry {
            after_secs: BACKOFF_SECS * attempts.max(1),
            reason: "not sent",
        },
        SendOutcome::NotSent => Settlement::GiveUp {
            reason: "not sent".into(),
        },
        SendOutcome::Unknown => Settlement::GiveUp {
            reason: "unknown".into(),
        },
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
                after_secs: 30,
                reason: "not sent"
            }
        );
        assert!(matches!(
            settle(&SendOutcome::NotSent, MAX_ATTEMPTS),
            Settlement::GiveUp { .. }
        ));
        assert!(matches!(
            settle(&SendOutcome::Unknown, 1),
            Settlement::GiveUp { .. }
        ));
        assert_eq!(
            settle(&SendOutcome::RetryAfter(7), 9),
            Settlement::Retry {
                after_secs: 7,
                reason: "too many requests"
            }
        );
        assert_eq!(
            settle(&SendOutcome::Unreachable, 1),
            Settlement::Unreachable
        );
    }
}
