//! Fault injection: the ways a real Bot API fails that a bot must survive.
//!
//! The test arms them through [`crate::FakeBotApi`]; the server consults them
//! in this order: silence, refused token, (spec validation), blocked chat,
//! queued errors for the method.

use std::collections::{HashMap, HashSet, VecDeque};

use serde_json::{Map, Value};

use crate::error::ApiError;
use crate::params::int_param;

/// Faults currently armed.
#[derive(Default)]
pub(crate) struct Faults {
    /// Errors that answer the next calls of a method (canonical name), in order.
    pub(crate) queued: HashMap<String, VecDeque<ApiError>>,
    /// Chats whose user blocked the bot (or groups that removed it).
    pub(crate) blocked: HashSet<i64>,
    /// Every request is answered 401, as Telegram does for a revoked token.
    pub(crate) refuse_token: bool,
    /// Requests are held open without an answer while this is set.
    pub(crate) silent: bool,
}

impl Faults {
    /// The error for a request that passed validation, if one is armed.
    pub(crate) fn take_for(
        &mut self,
        method: &str,
        params: &Map<String, Value>,
    ) -> Option<ApiError> {
        if let Some(chat_id) = int_param(params, "chat_id")
            && self.blocked.contains(&chat_id)
        {
            return Some(blocked(chat_id));
        }
        self.queued.get_mut(method).and_then(VecDeque::pop_front)
    }
}

/// Telegram's answer for a refused (revoked or mistyped) token.
pub(crate) fn unauthorized() -> ApiError {
    ApiError {
        code: 401,
        description: "Unauthorized".into(),
        retry_after: None,
    }
}

/// Telegram's answer when the bot writes to a chat that shut it out.
fn blocked(chat_id: i64) -> ApiError {
    let description = if chat_id > 0 {
        "Forbidden: bot was blocked by the user"
    } else {
        "Forbidden: bot was kicked from the group chat"
    };
    ApiError {
        code: 403,
        description: description.into(),
        retry_after: None,
    }
}

/// Telegram's flood-control answer.
pub(crate) fn too_many_requests(retry_after: u32) -> ApiError {
    ApiError {
        code: 429,
        description: format!("Too Many Requests: retry after {retry_after}"),
        retry_after: Some(retry_after),
    }
}

/// A server error as Telegram's front end reports it in JSON.
pub(crate) fn server_error(status: u16) -> ApiError {
    let description = match status {
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Server Error",
    };
    ApiError {
        code: status,
        description: description.into(),
        retry_after: None,
    }
}
