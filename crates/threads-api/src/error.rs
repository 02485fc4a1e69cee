//! One error for everything the Threads API can answer, classified by its `code`.

use std::time::Duration;

use spool_model::{AccountMetric, CommandError, ErrorKind};

/// Which call failed: errors depend on it (a dead token shows up as code 100 on `/me`) and
/// messages name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Endpoint {
    /// `POST /oauth/access_token`: authorization code for a short-lived token.
    CodeExchange,
    /// `GET /access_token`: short-lived token for a long-lived one.
    LongLivedExchange,
    /// `GET /refresh_access_token`.
    Refresh,
    /// `GET /me`.
    Profile,
    /// `GET /{user-id}/threads`.
    Posts,
    /// `GET /{media-id}/insights`.
    PostInsights,
    /// `GET /{user-id}/threads_insights`.
    AccountInsights,
}

impl Endpoint {
    /// The permission a call needs, which is the one missing when it is refused for permission.
    pub const fn scope(self) -> &'static str {
        match self {
            Self::PostInsights | Self::AccountInsights => "threads_manage_insights",
            _ => "threads_basic",
        }
    }

    /// What the call does, in words for a message.
    pub const fn describe(self) -> &'static str {
        match self {
            Self::CodeExchange => "finishing the login",
            Self::LongLivedExchange => "getting a long-lived login",
            Self::Refresh => "renewing the login",
            Self::Profile => "reading the profile",
            Self::Posts => "listing posts",
            Self::PostInsights => "reading a post's insights",
            Self::AccountInsights => "reading account insights",
        }
    }
}

/// A request Spool does not send, because the API would refuse it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RequestRefused {
    /// Account insights before 2024-04-13 (Unix 1712991600) do not exist.
    #[error("account insights start on 2024-04-13; the range began before that")]
    BeforeInsightsFloor,
    /// The posts list starts at Threads' launch (Unix 1688540400).
    #[error("the posts list starts at Threads' launch on 2023-07-05; `since` was earlier")]
    BeforePostsFloor,
    /// The range ends before it starts.
    #[error("the range ends before it starts")]
    ReversedRange,
    /// Followers and demographics describe only the present.
    #[error("{} takes no date range: it is always as of now", .0.label())]
    RangeNotAccepted(AccountMetric),
    /// Demographics need exactly one breakdown; other metrics take none.
    #[error("follower demographics need exactly one breakdown, and other metrics none")]
    BreakdownMismatch,
    /// No metric was asked for.
    #[error("no metric was asked for")]
    NoMetric,
    /// A page holds 1 to 100 posts.
    #[error("a page holds 1 to 100 posts; {0} were asked for")]
    PageSize(u32),
    /// The API's address would carry the token and the app secret in the clear.
    #[error(
        "the API address {address} is not https (plain http goes to 127.0.0.1 only, so the login \
         is never sent in the clear)"
    )]
    InsecureApiAddress {
        /// The address refused.
        address: String,
    },
}

/// What Meta's support asks for about a Graph error: its `fbtrace_id`, and its `type`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GraphTrace {
    /// The answer's `fbtrace_id`.
    pub fbtrace_id: Option<String>,
    /// The answer's `type` (`OAuthException`, `THApiException`...).
    pub kind: Option<String>,
}

impl GraphTrace {
    /// Whether the answer carried neither a trace id nor a type.
    pub fn is_empty(&self) -> bool {
        self.fbtrace_id.is_none() && self.kind.is_none()
    }

    /// What the window shows under "Details" and the log writes, or `None` when the answer
    /// carried nothing for Meta's support.
    pub fn for_support(&self) -> Option<String> {
        (!self.is_empty()).then(|| self.to_string())
    }
}

impl std::fmt::Display for GraphTrace {
    /// "For Meta's support: fbtrace_id …, type …".
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "For Meta's support: fbtrace_id {}, type {}",
            self.fbtrace_id.as_deref().unwrap_or("(none)"),
            self.kind.as_deref().unwrap_or("(none)")
        )
    }
}

/// What went wrong with a call to Threads.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ApiError {
    /// Spool did not send the request: the API would have refused it.
    #[error("not sent: {0}")]
    Refused(#[from] RequestRefused),
    /// Threads asked Spool to slow down (codes 4, 17, 32, 613).
    #[error("Threads is limiting requests (code {code}){}", retry_hint(.retry_after))]
    RateLimited {
        /// The API's error code.
        code: i64,
        /// How long Threads asked to wait, if it said.
        retry_after: Option<Duration>,
    },
    /// The token expired or was revoked (code 190, or 100 "does not exist" on `/me`).
    #[error("the login has expired or was revoked (code {code}): log in again")]
    TokenExpired {
        /// The API's error code.
        code: i64,
    },
    /// The login lacks a permission (codes 10 and 200–299).
    #[error("the login lacks the {scope} permission (code {code}): log in again and allow it")]
    PermissionMissing {
        /// The API's error code.
        code: i64,
        /// The permission the call needs.
        scope: &'static str,
    },
    /// Threads refused a parameter or an object (code 100).
    #[error("{}: {message}", refusal(.subcode))]
    InvalidParameter {
        /// The API's error subcode (33: the object is missing or not accessible).
        subcode: Option<i64>,
        /// Threads' message.
        message: String,
        /// The answer's trace, for Meta's support: not in the message, see [`ApiError::trace`].
        trace: GraphTrace,
    },
    /// Threads refused the login step (the token-exchange envelope: a used or expired code,
    /// a wrong secret or redirect address, an expired short-lived token).
    #[error("Threads refused {}: {message}", .endpoint.describe())]
    LoginRefused {
        /// Which login step.
        endpoint: Endpoint,
        /// Threads' message.
        message: String,
    },
    /// A passing fault at Threads (codes 1 and 2, or a server error without a usable body).
    #[error("Threads had a passing fault ({detail}); try again shortly")]
    Transient {
        /// The code and Threads' message, or the HTTP status.
        detail: String,
        /// The answer's trace, for Meta's support: not in the message, see [`ApiError::trace`].
        trace: GraphTrace,
    },
    /// Any other error Threads reported.
    #[error("Threads answered with error {code}: {message}")]
    Other {
        /// The API's error code.
        code: i64,
        /// Threads' message.
        message: String,
        /// The answer's trace, for Meta's support: not in the message, see [`ApiError::trace`].
        trace: GraphTrace,
    },
    /// Threads could not be reached.
    #[error("Threads could not be reached: {0}")]
    Network(String),
    /// Threads did not answer in time.
    #[error("Threads did not answer in time")]
    Timeout,
    /// The answer was not what the API documents.
    #[error("Threads sent an unexpected answer (HTTP {status}): {detail}")]
    UnexpectedResponse {
        /// The HTTP status.
        status: u16,
        /// What was wrong with it.
        detail: String,
    },
}

fn retry_hint(retry_after: &Option<Duration>) -> String {
    retry_after
        .map(|d| format!("; try again in {} s", d.as_secs().max(1)))
        .unwrap_or_default()
}

fn refusal(subcode: &Option<i64>) -> String {
    match subcode {
        Some(33) => "Threads could not find that object, or this login may not see it (code 100, \
                     subcode 33)"
            .to_owned(),
        Some(s) => format!("Threads refused the request (code 100, subcode {s})"),
        None => "Threads refused the request (code 100)".to_owned(),
    }
}

impl ApiError {
    /// What Meta's support asks for about this error (its `fbtrace_id` and `type`), kept apart
    /// from the message: the window folds it under "Details", the log writes it.
    pub fn trace(&self) -> Option<&GraphTrace> {
        match self {
            Self::InvalidParameter { trace, .. }
            | Self::Transient { trace, .. }
            | Self::Other { trace, .. } => (!trace.is_empty()).then_some(trace),
            _ => None,
        }
    }

    /// Whether trying the same request again later may succeed.
    pub fn is_retryable(&self) -> bool {
        matches!(
            self,
            Self::RateLimited { .. } | Self::Transient { .. } | Self::Timeout | Self::Network(_)
        )
    }
}

impl From<ApiError> for CommandError {
    fn from(error: ApiError) -> Self {
        let kind = match &error {
            ApiError::Refused(_) => ErrorKind::InvalidInput,
            ApiError::RateLimited { .. } => ErrorKind::RateLimited,
            ApiError::TokenExpired { .. } => ErrorKind::NeedsLogin,
            ApiError::PermissionMissing { .. } => ErrorKind::PermissionMissing,
            ApiError::LoginRefused { .. } => ErrorKind::NeedsLogin,
            ApiError::Network(_) | ApiError::Timeout | ApiError::Transient { .. } => {
                ErrorKind::Network
            }
            ApiError::InvalidParameter { .. }
            | ApiError::Other { .. }
            | ApiError::UnexpectedResponse { .. } => ErrorKind::Internal,
        };
        let details = error.trace().map(ToString::to_string);
        CommandError::new(kind, error.to_string()).with_details(details)
    }
}
