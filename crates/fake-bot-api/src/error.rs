//! Error answers: Telegram's `{"ok": false, …}` envelope and the problems
//! found in a request.

/// Telegram's exact wording (teloxide maps it to `ApiError::MessageNotModified`
/// only on an exact match).
pub(crate) const NOT_MODIFIED: &str = "Bad Request: message is not modified: specified new message content and \
     reply markup are exactly the same as a current content and reply markup of the message";
/// Telegram's exact wording. teloxide 0.17 expects "query id" in lower case for
/// `ApiError::InvalidQueryId`, so it reports this as `ApiError::Unknown`, as it
/// would with the real server.
pub(crate) const QUERY_TOO_OLD: &str =
    "Bad Request: query is too old and response timeout expired or query ID is invalid";

#[derive(Clone, Debug)]
pub(crate) struct ApiError {
    pub(crate) code: u16,
    pub(crate) description: String,
    pub(crate) retry_after: Option<u32>,
}

impl ApiError {
    pub(crate) fn bad_request(what: impl std::fmt::Display) -> Self {
        ApiError {
            code: 400,
            description: format!("Bad Request: {what}"),
            retry_after: None,
        }
    }
}
/// Something wrong with a request: recorded as a violation and answered 400.
pub(crate) struct Problem {
    pub(crate) detail: String,
    pub(crate) reply: String,
}

impl Problem {
    pub(crate) fn new(detail: impl Into<String>) -> Self {
        let detail = detail.into();
        Problem {
            reply: format!("Bad Request: {detail}"),
            detail,
        }
    }

    pub(crate) fn with_reply(detail: impl Into<String>, reply: impl Into<String>) -> Self {
        Problem {
            detail: detail.into(),
            reply: reply.into(),
        }
    }

    pub(crate) fn reply(&self) -> ApiError {
        ApiError {
            code: 400,
            description: self.reply.clone(),
            retry_after: None,
        }
    }
}
