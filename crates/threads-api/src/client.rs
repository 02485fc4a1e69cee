//! The client: one connection pool, a timeout on every request, bounded retries with jittered
//! backoff, and the login calls.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use reqwest::RequestBuilder;
use serde::Deserialize;
use serde_json::Value;
use spool_model::Profile;
use spool_model::limits::{LONG_LIVED_TOKEN_SECONDS, RESPONSE_MAX_BYTES, RETRY_AFTER_MAX_SECONDS};
use url::Url;

use crate::error::{ApiError, Endpoint, RequestRefused};
use crate::secret::{AccessToken, AppCredentials, redact};
use crate::wire::{RawAnswer, classify, id_string, parse};

/// Meta's Graph host as its documentation writes it today (`graph.threads.net` answers too).
const META_GRAPH: &str = "https://graph.threads.com/";
/// The host that serves Meta's authorization window. Meta documents `threads.com`; the page
/// itself lives on `www.threads.com`, and the older `threads.net` address forwards there and
/// has been reported to lose the query on the way (then Meta answers 4476002 or 1).
const META_AUTHORIZE: &str = "https://www.threads.com/";

/// Where the API lives: Meta's hosts, or the simulator's address for tests and the demo account.
/// The one place that names Meta's hosts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiHosts {
    /// Base of Graph and token calls (`https://graph.threads.com/`).
    pub graph: Url,
    /// Base of the authorization window (`https://www.threads.com/`).
    pub authorize: Url,
}

impl ApiHosts {
    /// Meta's own hosts.
    pub fn meta() -> Self {
        Self {
            graph: Url::parse(META_GRAPH).expect("a valid constant URL"),
            authorize: Url::parse(META_AUTHORIZE).expect("a valid constant URL"),
        }
    }

    /// One server answering everything, as the simulator does. A client accepts it only when
    /// it is https, or plain http to 127.0.0.1 ([`ApiHosts::check`]).
    pub fn single(base: Url) -> Self {
        Self {
            graph: base.clone(),
            authorize: base,
        }
    }

    /// Refuses addresses that would carry the token and the app secret in the clear: each must
    /// be https, or plain http to 127.0.0.1 (a simulator on this machine). Every client checks
    /// its hosts when it is made, so no request goes anywhere else.
    pub fn check(&self) -> Result<(), RequestRefused> {
        for address in [&self.graph, &self.authorize] {
            if !crate::addresses::api_address_allowed(address) {
                return Err(RequestRefused::InsecureApiAddress {
                    address: address.to_string(),
                });
            }
        }
        Ok(())
    }

    /// A versioned Graph address, such as `v1.0/me`.
    pub(crate) fn graph_path(&self, path: &str) -> Result<Url, ApiError> {
        self.graph
            .join(&format!("v1.0/{path}"))
            .map_err(|e| ApiError::Network(format!("bad API address: {e}")))
    }

    /// An unversioned token address, such as `oauth/access_token`.
    pub(crate) fn token_path(&self, path: &str) -> Result<Url, ApiError> {
        self.graph
            .join(path)
            .map_err(|e| ApiError::Network(format!("bad API address: {e}")))
    }
}

/// How persistently a failed request is tried again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Tries in all, the first included.
    pub attempts: u32,
    /// The wait before the first retry, doubled for each one after.
    pub first_delay: Duration,
    /// The longest wait between two tries.
    pub max_delay: Duration,
    /// The longest a request may take, waits included; a wait that would pass it is not made.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self {
            attempts: 4,
            first_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(8),
            budget: Duration::from_secs(45),
        }
    }
}

impl RetryPolicy {
    /// The wait before retry number `retry` (1 for the first): exponential, with "equal jitter"
    /// so that many clients backing off at once do not return together.
    fn backoff(&self, retry: u32) -> Duration {
        let doubled = self
            .first_delay
            .saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let ceiling = doubled.min(self.max_delay);
        let half = ceiling / 2;
        half + half.mul_f64(fastrand::f64())
    }
}

/// Settings of the client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClientConfig {
    /// The longest one request may take.
    pub timeout: Duration,
    /// The longest connecting may take.
    pub connect_timeout: Duration,
    /// Retries of transient failures and rate limits.
    pub retry: RetryPolicy,
}

impl Default for ClientConfig {
    fn default() -> Self {
        Self {
            timeout: Duration::from_secs(30),
            connect_timeout: Duration::from_secs(10),
            retry: RetryPolicy::default(),
        }
    }
}

/// A client of the Threads API. Cheap to clone: clones share one connection pool.
#[derive(Debug, Clone)]
pub struct ThreadsClient {
    http: reqwest::Client,
    hosts: Arc<ApiHosts>,
    config: ClientConfig,
    sent: Arc<AtomicU64>,
}

/// The result of the code exchange: a short-lived token (one hour) and whose it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShortLivedLogin {
    /// The short-lived token.
    pub token: AccessToken,
    /// The Threads user id.
    pub user_id: String,
}

/// A long-lived token (60 days) and how long it lives from now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LongLivedToken {
    /// The long-lived token.
    pub token: AccessToken,
    /// How long it lives, counted from the answer.
    pub expires_in: Duration,
}

#[derive(Deserialize)]
struct WireShortLived {
    access_token: String,
    #[serde(deserialize_with = "id_string")]
    user_id: String,
}

#[derive(Deserialize)]
struct WireLongLived {
    access_token: String,
    expires_in: u64,
}

#[derive(Deserialize)]
struct WireProfile {
    #[serde(deserialize_with = "id_string")]
    id: String,
    username: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    threads_profile_picture_url: Option<String>,
    #[serde(default)]
    threads_biography: Option<String>,
    #[serde(default)]
    is_verified: bool,
}

const PROFILE_FIELDS: &str =
    "id,username,name,threads_profile_picture_url,threads_biography,is_verified";

impl ThreadsClient {
    /// A client of the API at `hosts`, which must pass [`ApiHosts::check`].
    pub fn new(hosts: ApiHosts, config: ClientConfig) -> Result<Self, ApiError> {
        hosts.check()?;
        let http = reqwest::Client::builder()
            .timeout(config.timeout)
            .connect_timeout(config.connect_timeout)
            .user_agent(concat!("Spool/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| ApiError::Network(format!("no HTTP client: {}", e.without_url())))?;
        Ok(Self {
            http,
            hosts: Arc::new(hosts),
            config,
            sent: Arc::new(AtomicU64::new(0)),
        })
    }

    /// Where this client sends its requests.
    pub fn hosts(&self) -> &ApiHosts {
        &self.hosts
    }

    /// How many HTTP requests this client and its clones have sent, retries included.
    pub fn requests_sent(&self) -> u64 {
        self.sent.load(Ordering::Relaxed)
    }

    /// Exchanges the code from the authorization redirect for a short-lived token. Never
    /// retried: a code works once, and a retry after a lost answer would only be refused.
    pub async fn exchange_code(
        &self,
        app: &AppCredentials,
        code: &str,
        redirect_uri: &str,
    ) -> Result<ShortLivedLogin, ApiError> {
        let url = self.hosts.token_path("oauth/access_token")?;
        let form = url::form_urlencoded::Serializer::new(String::new())
            .append_pair("client_id", &app.app_id)
            .append_pair("client_secret", app.expose_secret())
            .append_pair("code", code)
            .append_pair("grant_type", "authorization_code")
            .append_pair("redirect_uri", redirect_uri)
            .finish();
        let build = || {
            self.http
                .post(url.clone())
                .header("content-type", "application/x-www-form-urlencoded")
                .body(form.clone())
        };
        let secrets = [app.expose_secret(), code];
        let (value, status) = self
            .call(Endpoint::CodeExchange, build, &secrets, false)
            .await?;
        let login: WireShortLived = parse(value, status)?;
        Ok(ShortLivedLogin {
            token: AccessToken::new(login.access_token),
            user_id: login.user_id,
        })
    }

    /// Exchanges a short-lived token for a long-lived one (60 days).
    pub async fn exchange_for_long_lived(
        &self,
        app: &AppCredentials,
        short: &AccessToken,
    ) -> Result<LongLivedToken, ApiError> {
        let mut url = self.hosts.token_path("access_token")?;
        url.query_pairs_mut()
            .append_pair("grant_type", "th_exchange_token")
            .append_pair("client_secret", app.expose_secret())
            .append_pair("access_token", short.expose());
        let secrets = [app.expose_secret(), short.expose()];
        self.long_lived(Endpoint::LongLivedExchange, url, &secrets)
            .await
    }

    /// Renews a long-lived token for another 60 days. Threads allows it once the token is a day
    /// old and while it has not expired; no app secret is needed.
    pub async fn refresh(&self, token: &AccessToken) -> Result<LongLivedToken, ApiError> {
        let mut url = self.hosts.token_path("refresh_access_token")?;
        url.query_pairs_mut()
            .append_pair("grant_type", "th_refresh_token")
            .append_pair("access_token", token.expose());
        self.long_lived(Endpoint::Refresh, url, &[token.expose()])
            .await
    }

    async fn long_lived(
        &self,
        endpoint: Endpoint,
        url: Url,
        secrets: &[&str],
    ) -> Result<LongLivedToken, ApiError> {
        let (value, status) = self
            .call(endpoint, || self.http.get(url.clone()), secrets, true)
            .await?;
        let answer: WireLongLived = parse(value, status)?;
        Ok(LongLivedToken {
            token: AccessToken::new(answer.access_token),
            expires_in: token_lifetime(endpoint, answer.expires_in),
        })
    }

    /// The profile the token belongs to.
    pub async fn profile(&self, token: &AccessToken) -> Result<Profile, ApiError> {
        let (value, status) = self
            .get(
                Endpoint::Profile,
                "me",
                &[("fields", PROFILE_FIELDS)],
                token,
            )
            .await?;
        let profile: WireProfile = parse(value, status)?;
        Ok(Profile {
            id: profile.id,
            username: profile.username,
            name: profile.name.filter(|n| !n.is_empty()),
            picture_url: profile.threads_profile_picture_url,
            biography: profile.threads_biography.filter(|b| !b.is_empty()),
            is_verified: profile.is_verified,
        })
    }

    /// A Graph `GET` with the token as the `access_token` parameter, retried as the policy says.
    pub(crate) async fn get(
        &self,
        endpoint: Endpoint,
        path: &str,
        params: &[(&str, &str)],
        token: &AccessToken,
    ) -> Result<(Value, u16), ApiError> {
        let mut url = self.hosts.graph_path(path)?;
        {
            let mut query = url.query_pairs_mut();
            for (key, value) in params {
                query.append_pair(key, value);
            }
            query.append_pair("access_token", token.expose());
        }
        self.call(
            endpoint,
            || self.http.get(url.clone()),
            &[token.expose()],
            true,
        )
        .await
    }

    /// Sends a request, trying again after transient failures and rate limits while the retry
    /// policy allows; returns the successful body and its HTTP status.
    async fn call(
        &self,
        endpoint: Endpoint,
        build: impl Fn() -> RequestBuilder,
        secrets: &[&str],
        retry: bool,
    ) -> Result<(Value, u16), ApiError> {
        let policy = self.config.retry;
        let started = Instant::now();
        let mut tries = 0;
        loop {
            tries += 1;
            let error = match self.send_once(endpoint, build(), secrets).await {
                Ok(answer) => return Ok(answer),
                Err(error) => error,
            };
            if !retry || !error.is_retryable() || tries >= policy.attempts {
                return Err(error);
            }
            let wait = match &error {
                ApiError::RateLimited {
                    retry_after: Some(asked),
                    ..
                } => *asked,
                _ => policy.backoff(tries),
            };
            // Saturating: however long a wait was asked for, the sum cannot overflow.
            if started.elapsed().saturating_add(wait) > policy.budget {
                return Err(error);
            }
            tokio::time::sleep(wait).await;
        }
    }

    async fn send_once(
        &self,
        endpoint: Endpoint,
        request: RequestBuilder,
        secrets: &[&str],
    ) -> Result<(Value, u16), ApiError> {
        self.sent.fetch_add(1, Ordering::Relaxed);
        let response = request
            .send()
            .await
            .map_err(|e| transport_error(e, secrets))?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.trim().parse::<u64>().ok())
            .map(|asked| retry_wait(endpoint, asked));
        let body = read_bounded(response, status, secrets).await?;
        let value = classify(&RawAnswer {
            endpoint,
            status,
            retry_after,
            body: &body,
            secrets,
        })?;
        Ok((value, status))
    }
}

/// The wait a `Retry-After` of `asked` seconds leads to: at most [`RETRY_AFTER_MAX_SECONDS`],
/// said in the log when it was more.
fn retry_wait(endpoint: Endpoint, asked: u64) -> Duration {
    if asked > RETRY_AFTER_MAX_SECONDS {
        log::warn!(
            "Threads asked to wait {asked} s before {} again; taken as {RETRY_AFTER_MAX_SECONDS} s",
            endpoint.describe()
        );
    }
    Duration::from_secs(asked.min(RETRY_AFTER_MAX_SECONDS))
}

/// How long a token said to live `expires_in` seconds is taken to live: at most the 60 days
/// of a long-lived token, said in the log when it was more.
fn token_lifetime(endpoint: Endpoint, expires_in: u64) -> Duration {
    if expires_in > LONG_LIVED_TOKEN_SECONDS {
        log::warn!(
            "Threads said a login lives {expires_in} s while {}; taken as {LONG_LIVED_TOKEN_SECONDS} s (60 days)",
            endpoint.describe()
        );
    }
    Duration::from_secs(expires_in.min(LONG_LIVED_TOKEN_SECONDS))
}

/// The body of `response`, read up to [`RESPONSE_MAX_BYTES`]: a larger one (announced or
/// sent) ends the request with an error, without reading the rest.
async fn read_bounded(
    mut response: reqwest::Response,
    status: u16,
    secrets: &[&str],
) -> Result<Vec<u8>, ApiError> {
    let too_large = || ApiError::UnexpectedResponse {
        status,
        detail: format!(
            "the answer is larger than {} MiB, more than Spool reads",
            RESPONSE_MAX_BYTES / (1024 * 1024)
        ),
    };
    let announced = response.content_length().unwrap_or(0);
    if announced > RESPONSE_MAX_BYTES as u64 {
        return Err(too_large());
    }
    // Capacity from what the server announced, which is within the bound.
    let mut body = Vec::with_capacity(usize::try_from(announced).unwrap_or(0));
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| transport_error(e, secrets))?
    {
        if body.len().saturating_add(chunk.len()) > RESPONSE_MAX_BYTES {
            return Err(too_large());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// A failure below HTTP, described without the request's URL (which carries the token).
fn transport_error(error: reqwest::Error, secrets: &[&str]) -> ApiError {
    if error.is_timeout() {
        return ApiError::Timeout;
    }
    let error = error.without_url();
    let mut text = error.to_string();
    let mut source = std::error::Error::source(&error);
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    ApiError::Network(redact(&text, secrets))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_stays_under_the_ceiling() {
        let policy = RetryPolicy {
            attempts: 10,
            first_delay: Duration::from_millis(100),
            max_delay: Duration::from_millis(1000),
            budget: Duration::from_secs(10),
        };
        for _ in 0..200 {
            let first = policy.backoff(1);
            assert!(first >= Duration::from_millis(50) && first <= Duration::from_millis(100));
            let third = policy.backoff(3);
            assert!(third >= Duration::from_millis(200) && third <= Duration::from_millis(400));
            let late = policy.backoff(9);
            assert!(late >= Duration::from_millis(500) && late <= Duration::from_millis(1000));
        }
    }

    #[test]
    fn a_retry_after_of_any_size_is_at_most_a_day() {
        assert_eq!(retry_wait(Endpoint::Posts, 0), Duration::ZERO);
        assert_eq!(retry_wait(Endpoint::Posts, 30), Duration::from_secs(30));
        for asked in [RETRY_AFTER_MAX_SECONDS + 1, i64::MAX as u64, u64::MAX] {
            assert_eq!(
                retry_wait(Endpoint::Posts, asked),
                Duration::from_secs(24 * 60 * 60)
            );
        }
    }

    #[test]
    fn a_token_lifetime_of_any_size_is_at_most_sixty_days() {
        assert_eq!(
            token_lifetime(Endpoint::Refresh, 5_183_944),
            Duration::from_secs(5_183_944)
        );
        for said in [LONG_LIVED_TOKEN_SECONDS + 1, i64::MAX as u64, u64::MAX] {
            assert_eq!(
                token_lifetime(Endpoint::Refresh, said),
                Duration::from_secs(60 * 24 * 60 * 60)
            );
        }
    }

    #[test]
    fn graph_calls_are_versioned_and_token_calls_are_not() {
        let hosts = ApiHosts::meta();
        assert_eq!(
            hosts.graph_path("me").expect("url").as_str(),
            "https://graph.threads.com/v1.0/me"
        );
        assert_eq!(
            hosts
                .token_path("refresh_access_token")
                .expect("url")
                .as_str(),
            "https://graph.threads.com/refresh_access_token"
        );
    }
}
