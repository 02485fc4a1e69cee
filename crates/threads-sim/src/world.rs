//! Everything the simulator knows: its clock, the accounts, the creator's app, issued codes and
//! tokens, and the faults a test has asked for.

use std::collections::HashMap;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};

use crate::demo::DemoAccount;

/// A short-lived token lives one hour.
pub(crate) const SHORT_LIVED: TimeDelta = TimeDelta::hours(1);
/// A long-lived token lives 60 days (the API reports 5,183,944 s, a little under).
pub(crate) const LONG_LIVED_SECONDS: i64 = 5_183_944;
/// A code works once, within an hour.
pub(crate) const CODE_LIFETIME: TimeDelta = TimeDelta::hours(1);
/// A long-lived token may be refreshed once it is a day old.
pub(crate) const REFRESH_MIN_AGE: TimeDelta = TimeDelta::hours(24);

/// The simulator's notion of now: the real clock moved by an offset, or a fixed moment.
#[derive(Debug, Clone, Copy)]
pub enum SimClock {
    /// The real time plus an offset (zero for the demo account in the app).
    Real {
        /// How far the simulator is ahead of (or behind) the real clock.
        offset: TimeDelta,
    },
    /// A moment that only moves when a test moves it.
    Fixed(DateTime<Utc>),
    /// Another clock plus an offset: the app's own clock, so that the demo's world keeps time
    /// with the app (and with a test's clock, which a test sets).
    Follows {
        /// The clock followed.
        clock: fn() -> DateTime<Utc>,
        /// How far the simulator is ahead of (or behind) it.
        offset: TimeDelta,
    },
}

impl PartialEq for SimClock {
    /// Two clocks are equal when they tell the same time the same way: a followed clock by
    /// the address of its function, which is all a function pointer can be compared by.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Self::Real { offset: a }, Self::Real { offset: b }) => a == b,
            (Self::Fixed(a), Self::Fixed(b)) => a == b,
            (
                Self::Follows {
                    clock: a,
                    offset: x,
                },
                Self::Follows {
                    clock: b,
                    offset: y,
                },
            ) => std::ptr::fn_addr_eq(*a, *b) && x == y,
            _ => false,
        }
    }
}

impl Eq for SimClock {}

impl SimClock {
    /// Now, as the simulator sees it.
    pub fn now(&self) -> DateTime<Utc> {
        match self {
            Self::Real { offset } => Utc::now() + *offset,
            Self::Fixed(t) => *t,
            Self::Follows { clock, offset } => clock() + *offset,
        }
    }

    /// The same clock moved forward by `by`.
    pub(crate) fn advanced(self, by: TimeDelta) -> Self {
        match self {
            Self::Real { offset } => Self::Real {
                offset: offset + by,
            },
            Self::Fixed(t) => Self::Fixed(t + by),
            Self::Follows { clock, offset } => Self::Follows {
                clock,
                offset: offset + by,
            },
        }
    }
}

/// The creator's Meta app as the simulator knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimApp {
    /// The Threads app id.
    pub app_id: String,
    /// The app secret.
    pub secret: String,
    /// The Facebook app id of the same app: using it in the window is a classic mistake.
    pub facebook_app_id: String,
    /// Redirect addresses registered for the app.
    pub redirect_uris: Vec<String>,
}

impl Default for SimApp {
    fn default() -> Self {
        Self {
            app_id: "1298420987654321".to_owned(),
            secret: "sim-app-secret-0f9d2c".to_owned(),
            facebook_app_id: "701234567890123".to_owned(),
            redirect_uris: vec!["https://127.0.0.1:8443/callback".to_owned()],
        }
    }
}

/// Which endpoint a fault applies to. Graph and token paths answer with and without `/v1.0`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Route {
    /// `GET /oauth/authorize`.
    Authorize,
    /// `POST /oauth/access_token` (or `GET`) with `grant_type=authorization_code`.
    CodeExchange,
    /// `GET /access_token`.
    LongLivedExchange,
    /// `GET /refresh_access_token`.
    Refresh,
    /// `GET /v1.0/me`, or the profile by its id.
    Profile,
    /// `GET /v1.0/{user-id}/threads`.
    Posts,
    /// `GET /v1.0/{media-id}/insights`.
    PostInsights,
    /// `GET /v1.0/{user-id}/threads_insights`.
    AccountInsights,
    /// `GET /v1.0/{media-id}`: one post.
    Post,
    /// `GET /oauth/access_token?grant_type=client_credentials`: an app access token.
    AppToken,
    /// `GET /v1.0/debug_token`.
    DebugToken,
}

/// What goes wrong.
#[derive(Debug, Clone, PartialEq)]
pub enum FaultKind {
    /// The answer is delayed (and then given normally).
    Latency(Duration),
    /// A Graph error envelope with this code (HTTP 400, or 500 for codes 1 and 2).
    GraphError {
        /// The error code.
        code: i64,
    },
    /// A proxy's HTML error page with HTTP 502.
    Html502,
    /// HTTP 200 with a body that is not valid JSON.
    MalformedJson,
    /// The connection is closed before a whole answer is sent.
    DropConnection,
    /// HTTP 429, code 4, with a `Retry-After` header.
    RateLimited {
        /// What `Retry-After` says.
        retry_after: Duration,
    },
    /// HTTP 200 with a JSON body of this many bytes, sent in pieces without a
    /// `Content-Length` (so only reading it tells its size).
    OversizedBody {
        /// The body's size in bytes.
        bytes: usize,
    },
    /// A list that never ends (meant for the posts list): every page holds one post and a
    /// cursor to a next page. The cursors repeat every `cycle` pages, or never for `None`.
    EndlessPages {
        /// After how many pages the cursors come round again; `None`: each page's is new.
        cycle: Option<u32>,
    },
}

/// A fault, where it applies and how often.
#[derive(Debug, Clone, PartialEq)]
pub struct Fault {
    /// The endpoint, or every endpoint for `None`.
    pub route: Option<Route>,
    /// What goes wrong.
    pub kind: FaultKind,
    /// The share of matching requests it hits, from 0.0 to 1.0 (drawn from the seed, so
    /// repeatable).
    pub rate: f64,
    /// How many times it may still hit; `None` for no limit.
    pub remaining: Option<u32>,
    /// How many matching requests pass untouched before it starts hitting.
    pub skip: u32,
}

impl Fault {
    /// A fault hitting every request to `route` (or every route for `None`).
    pub fn always(route: Option<Route>, kind: FaultKind) -> Self {
        Self {
            route,
            kind,
            rate: 1.0,
            remaining: None,
            skip: 0,
        }
    }

    /// A fault hitting the next `times` requests to `route`.
    pub fn times(route: Option<Route>, kind: FaultKind, times: u32) -> Self {
        Self {
            route,
            kind,
            rate: 1.0,
            remaining: Some(times),
            skip: 0,
        }
    }

    /// A fault hitting only the `n`-th request to `route` (1 for the first).
    pub fn on_request(route: Route, kind: FaultKind, n: u32) -> Self {
        Self {
            route: Some(route),
            kind,
            rate: 1.0,
            remaining: Some(1),
            skip: n.saturating_sub(1),
        }
    }
}

/// Whether a token is short-lived (from the code exchange) or long-lived.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    Short,
    Long,
}

/// An issued token.
#[derive(Debug, Clone)]
pub(crate) struct TokenGrant {
    pub user_id: String,
    pub app_id: String,
    pub kind: TokenKind,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub revoked: bool,
    pub insights_scope: bool,
}

/// An issued authorization code.
#[derive(Debug, Clone)]
pub(crate) struct CodeGrant {
    pub user_id: String,
    pub app_id: String,
    pub redirect_uri: String,
    pub issued_at: DateTime<Utc>,
    pub used: bool,
    pub insights_scope: bool,
}

/// The simulator's whole state, behind one lock.
#[derive(Debug)]
pub(crate) struct World {
    pub clock: SimClock,
    pub accounts: Vec<DemoAccount>,
    pub app: SimApp,
    /// The account that logs in through the authorization window.
    pub window_user: String,
    /// Approve in the window at once, without a consent page.
    pub approve_at_once: bool,
    pub codes: HashMap<String, CodeGrant>,
    pub tokens: HashMap<String, TokenGrant>,
    /// App access tokens issued (`TH|<app id>|...`), which only `debug_token` accepts.
    pub app_tokens: Vec<String>,
    pub faults: Vec<Fault>,
    /// Revoke every token once this many token-bearing requests have been answered.
    pub revoke_after: Option<u64>,
    pub token_requests: u64,
    /// Requests answered, by route.
    pub requests: HashMap<Route, u64>,
    /// Whether the accounts' creators keep posting after the accounts were made, as the
    /// clock moves on (see [`World::carry_on`]).
    pub keeps_posting: bool,
    rng: u64,
}

impl World {
    pub(crate) fn new(
        clock: SimClock,
        accounts: Vec<DemoAccount>,
        app: SimApp,
        window_user: String,
        seed: u64,
    ) -> Self {
        Self {
            clock,
            accounts,
            app,
            window_user,
            approve_at_once: true,
            codes: HashMap::new(),
            tokens: HashMap::new(),
            app_tokens: Vec::new(),
            faults: Vec::new(),
            revoke_after: None,
            token_requests: 0,
            requests: HashMap::new(),
            keeps_posting: false,
            rng: seed ^ 0x5eed_5eed_5eed_5eed,
        }
    }

    pub(crate) fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Brings the accounts up to now when their creators keep posting: the posts published
    /// since they were made (or since the last time) are added, each as the account draws it
    /// for its day, so the world at a moment is the same however often it was asked before.
    pub(crate) fn carry_on(&mut self) {
        if !self.keeps_posting {
            return;
        }
        let now = self.now();
        for account in &mut self.accounts {
            account.carry_on_to(now);
        }
    }

    pub(crate) fn account(&self, user_id: &str) -> Option<&DemoAccount> {
        self.accounts.iter().find(|a| a.user_id == user_id)
    }

    /// The next number of the simulator's own deterministic sequence (SplitMix64).
    pub(crate) fn next_random(&mut self) -> u64 {
        self.rng = self.rng.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.rng;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A fresh opaque string with `prefix`, as tokens and codes look.
    pub(crate) fn fresh_secret(&mut self, prefix: &str, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        let mut out = String::with_capacity(prefix.len() + len);
        out.push_str(prefix);
        for _ in 0..len {
            let index = (self.next_random() % ALPHABET.len() as u64) as usize;
            out.push(char::from(ALPHABET[index]));
        }
        out
    }

    /// Issues a token for `user_id`, as of now.
    pub(crate) fn issue_token(
        &mut self,
        user_id: &str,
        app_id: &str,
        kind: TokenKind,
        insights_scope: bool,
    ) -> String {
        let now = self.now();
        let lifetime = match kind {
            TokenKind::Short => SHORT_LIVED,
            TokenKind::Long => TimeDelta::seconds(LONG_LIVED_SECONDS),
        };
        let token = self.fresh_secret("THAA", 48);
        self.tokens.insert(
            token.clone(),
            TokenGrant {
                user_id: user_id.to_owned(),
                app_id: app_id.to_owned(),
                kind,
                issued_at: now,
                expires_at: now + lifetime,
                revoked: false,
                insights_scope,
            },
        );
        token
    }

    /// What happens to this request to `route`: the delay of every latency fault that hits, and
    /// the first other fault that hits. Counts the request and the faults down.
    pub(crate) fn faults_for(&mut self, route: Route) -> (Duration, Option<FaultKind>) {
        *self.requests.entry(route).or_default() += 1;
        let mut delay = Duration::ZERO;
        let mut failure = None;
        for index in 0..self.faults.len() {
            let draw = (self.next_random() >> 11) as f64 / (1u64 << 53) as f64;
            let fault = &mut self.faults[index];
            let applies = fault.route.is_none_or(|r| r == route) && fault.remaining != Some(0);
            if !applies {
                continue;
            }
            if fault.skip > 0 {
                fault.skip -= 1;
                continue;
            }
            if draw >= fault.rate {
                continue;
            }
            match &fault.kind {
                FaultKind::Latency(by) => delay += *by,
                _ if failure.is_some() => continue,
                other => failure = Some(other.clone()),
            }
            if let Some(remaining) = &mut fault.remaining {
                *remaining -= 1;
            }
        }
        (delay, failure)
    }
}
