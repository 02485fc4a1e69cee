//! Hostile input: whatever a server answers, every call of the client returns a value or an
//! `ApiError`, never a panic. A tiny HTTP server on loopback answers each request with the body
//! and status a property test chose (arbitrary bytes, arbitrary JSON, and JSON shaped like the
//! API's own envelopes with hostile values in them), so every parser is reached through the
//! same path as in the app: `classify` (the three error envelopes and non-JSON bodies), then the
//! profile, login, posts page, post insights and account insights readers, and the merging of
//! chunked answers. The authorization redirect parser gets arbitrary text and a round trip.
//!
//! `PROPTEST_CASES` sets the cases per property (256 unless set); see `docs/security.md`.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::NaiveDate;
use proptest::prelude::*;
use serde_json::{Value, json};
use spool_model::limits::{LONG_LIVED_TOKEN_SECONDS, RESPONSE_MAX_BYTES, RETRY_AFTER_MAX_SECONDS};
use spool_model::{Breakdown, DateRange, PostMetric};
use threads_api::{
    AccessToken, ApiError, ApiHosts, AppCredentials, AuthorizationError, ClientConfig, PostsQuery,
    RetryPolicy, ThreadsClient, code_from_redirect,
};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// What the server answers: HTTP status, headers' `Retry-After`, body.
#[derive(Debug, Clone)]
struct Answer {
    status: u16,
    retry_after: Option<String>,
    body: Vec<u8>,
}

/// A server that answers every request with the current [`Answer`].
struct HostileServer {
    runtime: tokio::runtime::Runtime,
    answer: Arc<Mutex<Answer>>,
    client: ThreadsClient,
}

impl HostileServer {
    fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(2)
            .enable_all()
            .build()
            .expect("a runtime");
        let answer = Arc::new(Mutex::new(Answer {
            status: 200,
            retry_after: None,
            body: b"{}".to_vec(),
        }));
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .expect("a port");
        let address = listener.local_addr().expect("an address");
        let shared = answer.clone();
        runtime.spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let shared = shared.clone();
                tokio::spawn(serve(stream, shared));
            }
        });
        let base = url::Url::parse(&format!("http://{address}/")).expect("a URL");
        let client = ThreadsClient::new(
            ApiHosts::single(base),
            ClientConfig {
                timeout: Duration::from_secs(5),
                connect_timeout: Duration::from_secs(5),
                // Two tries, so that every retryable answer reaches the retry path and the wait
                // its `Retry-After` asks for (up to `u64::MAX` seconds) is added to the time
                // spent. Waits are short, and any wait of a second or more passes the budget,
                // so the second try is only made after a `Retry-After: 0` or a backoff.
                retry: RetryPolicy {
                    attempts: 2,
                    first_delay: Duration::from_millis(1),
                    max_delay: Duration::from_millis(2),
                    budget: Duration::from_millis(900),
                },
            },
        )
        .expect("a client");
        Self {
            runtime,
            answer,
            client,
        }
    }

    /// Calls every endpoint of the client with `answer` served; panics propagate to the test.
    fn every_call(&self, answer: Answer) {
        *self.answer.lock().expect("the answer") = answer;
        let client = &self.client;
        let token = AccessToken::new("TOKEN-hostile-0123456789");
        let app = AppCredentials::new("1298420987654321", "app-secret-hostile");
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a day");
        // Three chunks of 90 days: answers are merged and summed.
        let long =
            DateRange::new(day(2025, 1, 1), day(2025, 9, 1), day(2026, 1, 1)).expect("range");
        self.runtime.block_on(async {
            let _ = client.profile(&token).await;
            let _ = client
                .exchange_code(&app, "code-1234567890", "https://127.0.0.1:8443/callback")
                .await;
            // However long Threads says a login lives, it is taken as at most 60 days, so the
            // expiry computed from it cannot overflow.
            for login in [
                client.exchange_for_long_lived(&app, &token).await,
                client.refresh(&token).await,
            ]
            .into_iter()
            .flatten()
            {
                assert!(
                    login.expires_in <= Duration::from_secs(LONG_LIVED_TOKEN_SECONDS),
                    "a login said to live {:?}",
                    login.expires_in
                );
            }
            if let Ok(pages) = client.posts(
                &token,
                "me",
                PostsQuery {
                    limit: Some(100),
                    ..PostsQuery::default()
                },
            ) {
                // A server that always answers the same cursor must not loop forever.
                let _ = tokio::time::timeout(Duration::from_secs(10), pages.all())
                    .await
                    .expect("paging ends");
            }
            let _ = client.post_insights(&token, "1790", &PostMetric::ALL).await;
            let _ = client.profile_views(&token, "me", long).await;
            let _ = client.engagement(&token, "me", long).await;
            let _ = client.link_clicks(&token, "me", long).await;
            let _ = client.followers(&token, "me").await;
            let _ = client.demographics(&token, "me", Breakdown::Country).await;
        });
    }
}

async fn serve(mut stream: tokio::net::TcpStream, answer: Arc<Mutex<Answer>>) {
    // Read the head and whatever body Content-Length announces, then answer and close.
    let mut seen = Vec::new();
    let mut buffer = [0u8; 4096];
    let head_end = loop {
        let Ok(read) = stream.read(&mut buffer).await else {
            return;
        };
        if read == 0 {
            return;
        }
        seen.extend_from_slice(&buffer[..read]);
        if let Some(end) = seen.windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4;
        }
    };
    let head = String::from_utf8_lossy(&seen[..head_end]).to_ascii_lowercase();
    let length = head
        .lines()
        .find_map(|line| line.strip_prefix("content-length:"))
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(0);
    while seen.len() < head_end + length {
        match stream.read(&mut buffer).await {
            Ok(0) | Err(_) => return,
            Ok(read) => seen.extend_from_slice(&buffer[..read]),
        }
    }
    let answer = answer.lock().expect("the answer").clone();
    let mut out = format!(
        "HTTP/1.1 {} Hostile\r\nContent-Length: {}\r\nConnection: close\r\n",
        answer.status,
        answer.body.len()
    );
    if let Some(retry_after) = &answer.retry_after {
        out.push_str(&format!("Retry-After: {retry_after}\r\n"));
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&answer.body);
    let _ = stream.write_all(&bytes).await;
    let _ = stream.shutdown().await;
}

fn server() -> &'static HostileServer {
    static SERVER: std::sync::OnceLock<HostileServer> = std::sync::OnceLock::new();
    SERVER.get_or_init(HostileServer::start)
}

// Leaves that break assumptions: huge and negative numbers, fractions, and timestamps at the
// edges of what chrono can hold.
fn leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("2026-04-21T03:23:30+0000"),
            Just("2026-04-21T07:00:00+0000"),
            Just("-262143-01-01T00:00:00+0000"),
            Just("-262144-01-01T01:00:00+0000"),
            Just("+262143-12-31T23:00:00+0000"),
            Just("+262142-12-31T23:59:59+0000"),
            Just("262142-12-31T23:59:59-2359"),
            Just("-262143-01-01T00:00:00+2359"),
            Just("0000-01-01T00:00:00+0000"),
            Just("9999-12-31T23:59:59+0000"),
            Just("1970-01-01T00:00:00Z"),
            Just("2026-02-30T00:00:00+0000"),
        ]
        .prop_map(Value::from),
    ]
}

fn any_json() -> impl Strategy<Value = Value> {
    leaf().prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    Just("data".to_owned()),
                    Just("error".to_owned()),
                    Just("value".to_owned()),
                    Just("values".to_owned()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// A value that is usually of the expected type and sometimes anything at all.
fn or_any(usual: impl Strategy<Value = Value> + 'static) -> BoxedStrategy<Value> {
    prop_oneof![3 => usual, 1 => any_json()].boxed()
}

fn count() -> BoxedStrategy<Value> {
    or_any(prop_oneof![
        (0u64..1000).prop_map(Value::from),
        Just(Value::from(u64::MAX)),
        Just(Value::from(u64::MAX / 2 + 1)),
    ])
}

fn timestamp() -> BoxedStrategy<Value> {
    or_any(leaf())
}

/// One item of an insights answer, in any of the four shapes, with hostile values.
fn insight_item() -> impl Strategy<Value = Value> {
    let name = prop_oneof![
        Just("views"),
        Just("likes"),
        Just("replies"),
        Just("reposts"),
        Just("quotes"),
        Just("shares"),
        Just("clicks"),
        Just("followers_count"),
        Just("follower_demographics"),
        Just("brand_new_metric"),
    ];
    let day_values = prop::collection::vec(
        (count(), timestamp())
            .prop_map(|(value, end_time)| json!({"value": value, "end_time": end_time})),
        0..4,
    );
    let links = prop::collection::vec(
        (count(), or_any(".{0,20}".prop_map(Value::from)))
            .prop_map(|(value, url)| json!({"value": value, "link_url": url})),
        0..4,
    );
    let results = prop::collection::vec(
        (count(), prop::collection::vec(".{0,6}", 0..2))
            .prop_map(|(value, keys)| json!({"dimension_values": keys, "value": value})),
        0..4,
    );
    (name, 0u8..5, day_values, links, results, count()).prop_map(
        |(name, shape, values, links, results, total)| match shape {
            0 => json!({"name": name, "period": "day", "values": values}),
            1 => json!({"name": name, "link_total_values": links}),
            2 => json!({"name": name, "total_value": {"breakdowns": [{"dimension_keys": ["country"], "results": results}]}}),
            3 => json!({"name": name, "total_value": {"value": total}}),
            _ => json!({"name": name, "values": values, "total_value": {"value": total}, "link_total_values": links}),
        },
    )
}

fn post_item() -> impl Strategy<Value = Value> {
    (
        or_any(prop_oneof![
            (0u64..u64::MAX).prop_map(Value::from),
            "[0-9]{1,20}".prop_map(Value::from)
        ]),
        or_any(
            prop_oneof![
                Just("TEXT_POST"),
                Just("IMAGE"),
                Just("REPOST_FACADE"),
                Just("HOLOGRAM")
            ]
            .prop_map(Value::from),
        ),
        timestamp(),
        or_any(any::<bool>().prop_map(Value::from)),
    )
        .prop_map(|(id, media_type, timestamp, quote)| {
            json!({"id": id, "media_type": media_type, "timestamp": timestamp,
                   "is_quote_post": quote, "text": "hi"})
        })
}

/// Bodies shaped like the API's answers, good and bad.
fn shaped_body() -> impl Strategy<Value = Value> {
    prop_oneof![
        // The Graph error envelope.
        (
            or_any(prop_oneof![
                Just(1i64),
                Just(2),
                Just(4),
                Just(10),
                Just(100),
                Just(190),
                Just(200),
                Just(613),
                any::<i64>()
            ]
            .prop_map(Value::from)),
            or_any(any::<i64>().prop_map(Value::from)),
            or_any(prop_oneof![
                Just("The requested resource does not exist".to_owned()),
                Just("Bad token TOKEN-hostile-0123456789 given".to_owned()),
                ".{0,30}"
            ]
            .prop_map(Value::from)),
        )
            .prop_map(|(code, subcode, message)| json!({"error": {"message": message,
                "type": "THApiException", "code": code, "error_subcode": subcode}})),
        // The token exchange's and the window's envelopes.
        (count(), or_any(".{0,20}".prop_map(Value::from)))
            .prop_map(|(code, message)| json!({"error_type": "OAuthException", "code": code, "error_message": message})),
        (count(), or_any(".{0,20}".prop_map(Value::from)))
            .prop_map(|(code, message)| json!({"error_message": message, "error_code": code})),
        // Login answers.
        (or_any(".{0,20}".prop_map(Value::from)), or_any(prop_oneof![
            any::<u64>().prop_map(Value::from), "[0-9]{1,25}".prop_map(Value::from)]), count())
            .prop_map(|(token, user, expires)| json!({"access_token": token, "user_id": user,
                "token_type": "bearer", "expires_in": expires})),
        // The profile.
        (or_any("[0-9]{1,20}".prop_map(Value::from)), or_any(".{0,10}".prop_map(Value::from)),
         or_any(any::<bool>().prop_map(Value::from)))
            .prop_map(|(id, name, verified)| json!({"id": id, "username": name, "name": name,
                "is_verified": verified})),
        // A page of posts, with a cursor that may repeat forever.
        (prop::collection::vec(post_item(), 0..5), or_any(".{0,6}".prop_map(Value::from)))
            .prop_map(|(data, after)| json!({"data": data, "paging": {"cursors": {"after": after}}})),
        // A page of insights, of posts or of the account.
        prop::collection::vec(insight_item(), 0..6).prop_map(|data| json!({"data": data})),
        // Anything at all.
        any_json(),
    ]
}

fn status() -> impl Strategy<Value = u16> {
    prop_oneof![
        4 => Just(200u16),
        1 => prop_oneof![Just(400u16), Just(403), Just(429), Just(500), Just(502)],
        1 => 100u16..600,
    ]
}

fn retry_after() -> impl Strategy<Value = Option<String>> {
    prop_oneof![
        Just(None),
        Just(Some("0".to_owned())),
        Just(Some("18446744073709551615".to_owned())),
        "[0-9a-z -]{0,8}".prop_map(Some),
    ]
}

fn hostile_token() -> AccessToken {
    AccessToken::new("TOKEN-hostile-0123456789")
}

/// `call` with a server of its own answering `answer` (the properties' server may be
/// answering something else by then).
fn answered<T, F: std::future::Future<Output = T>>(
    answer: Answer,
    call: impl FnOnce(ThreadsClient) -> F,
) -> T {
    let server = HostileServer::start();
    *server.answer.lock().expect("the answer") = answer;
    server.runtime.block_on(call(server.client.clone()))
}

/// A `Retry-After` near `u64::MAX` seconds neither overflows the client's arithmetic nor
/// reaches the message: the wait is taken as a day, which passes the budget, so the client
/// stops at once and says when to try again.
#[test]
fn a_retry_after_of_any_size_is_taken_as_at_most_a_day() {
    for asked in ["18446744073709551615", "9223372036854775807", "86401"] {
        let answer = Answer {
            status: 429,
            retry_after: Some(asked.to_owned()),
            body: br#"{"error": {"message": "slow down", "code": 4}}"#.to_vec(),
        };
        let error = answered(answer, |client| async move {
            client.profile(&hostile_token()).await
        })
        .expect_err("limited");
        assert_eq!(
            error,
            ApiError::RateLimited {
                code: 4,
                retry_after: Some(Duration::from_secs(RETRY_AFTER_MAX_SECONDS)),
            },
            "Retry-After: {asked}"
        );
        assert_eq!(
            error.to_string(),
            "Threads is limiting requests (code 4); try again in 86400 s"
        );
    }
}

/// An `expires_in` near `u64::MAX` is taken as the 60 days a long-lived token lives.
#[test]
fn a_token_said_to_live_forever_is_taken_to_live_sixty_days() {
    let answer = Answer {
        status: 200,
        retry_after: None,
        body: format!(
            r#"{{"access_token": "THAAnew", "expires_in": {}}}"#,
            u64::MAX
        )
        .into_bytes(),
    };
    let renewed = answered(answer, |client| async move {
        client.refresh(&hostile_token()).await
    })
    .expect("renewed");
    assert_eq!(renewed.expires_in, Duration::from_secs(60 * 24 * 60 * 60));
}

/// A body announced larger than 16 MiB is refused before it is read, with a clear error.
#[test]
fn an_answer_larger_than_the_bound_is_refused() {
    let mut body = br#"{"id": "1", "username": "big", "padding": ""#.to_vec();
    body.resize(RESPONSE_MAX_BYTES, b'x');
    body.extend_from_slice(br#""}"#);
    let answer = Answer {
        status: 200,
        retry_after: None,
        body,
    };
    let error = answered(answer, |client| async move {
        client.profile(&hostile_token()).await
    })
    .expect_err("too large");
    assert_eq!(
        error.to_string(),
        "Threads sent an unexpected answer (HTTP 200): the answer is larger than 16 MiB, more \
         than Spool reads"
    );
}

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Arbitrary bytes, JSON or not, with any status.
    #[test]
    fn no_call_panics_on_arbitrary_bytes(
        status in status(),
        body in prop::collection::vec(any::<u8>(), 0..256),
    ) {
        server().every_call(Answer { status, retry_after: None, body });
    }

    /// JSON shaped like the API's answers (and its error envelopes) with hostile values.
    #[test]
    fn no_call_panics_on_hostile_json(
        status in status(),
        retry_after in retry_after(),
        body in shaped_body(),
    ) {
        let body = serde_json::to_vec(&body).expect("JSON");
        server().every_call(Answer { status, retry_after, body });
    }

    /// A token echoed in an error message never comes back out of the client.
    #[test]
    fn errors_never_carry_the_token(status in status(), prefix in ".{0,10}") {
        let body = json!({"error": {"message": format!("{prefix}TOKEN-hostile-0123456789"),
            "code": 100}});
        *server().answer.lock().expect("the answer") =
            Answer { status, retry_after: None, body: serde_json::to_vec(&body).expect("JSON") };
        let token = AccessToken::new("TOKEN-hostile-0123456789");
        let error = server().runtime.block_on(server().client.profile(&token));
        if let Err(error) = error {
            let shown = format!("{error} {error:?}");
            prop_assert!(!shown.contains("TOKEN-hostile-0123456789"), "{}", shown);
        }
    }

    /// Any text at all: the redirect parser answers, never panics.
    #[test]
    fn the_redirect_parser_takes_any_text(address in ".{0,200}", state in ".{0,20}") {
        let _ = code_from_redirect(&address, &state);
    }

    /// Any address shaped like a redirect, with hostile parameters.
    #[test]
    fn the_redirect_parser_takes_any_parameters(
        pairs in prop::collection::vec(
            (prop_oneof![Just("code".to_owned()), Just("state".to_owned()),
                Just("error".to_owned()), Just("error_description".to_owned()), ".{0,6}"],
             ".{0,20}"),
            0..6),
        fragment in ".{0,8}",
        state in ".{0,12}",
    ) {
        let mut url = url::Url::parse("https://127.0.0.1:8443/callback").expect("a URL");
        url.query_pairs_mut().extend_pairs(pairs.iter());
        let address = format!("{url}#{fragment}");
        let _ = code_from_redirect(&address, &state);
    }

    /// A real redirect with its state gives back its code, whatever the code and state hold;
    /// another state is refused; a cancel is a cancel.
    #[test]
    fn a_redirect_round_trips_to_its_code(
        code in "[^#]{1,60}",
        state in ".{1,30}",
        other in ".{1,30}",
        description in ".{0,30}",
    ) {
        // Threads' codes never end in `#_`, which the parser strips as the fragment marker.
        prop_assume!(!code.trim_end_matches("#_").is_empty() && !code.ends_with("#_"));
        let mut url = url::Url::parse("https://127.0.0.1:8443/callback").expect("a URL");
        url.query_pairs_mut().append_pair("code", &code).append_pair("state", &state);
        let address = format!("{url}#_");
        prop_assert_eq!(code_from_redirect(&address, &state), Ok(code.clone()));
        if other != state {
            prop_assert_eq!(code_from_redirect(&address, &other),
                Err(AuthorizationError::StateMismatch));
        }
        let mut denied = url::Url::parse("https://127.0.0.1:8443/callback").expect("a URL");
        denied.query_pairs_mut()
            .append_pair("error", "access_denied")
            .append_pair("error_description", &description)
            .append_pair("state", &state);
        let is_denied = matches!(
            code_from_redirect(denied.as_ref(), &state),
            Err(AuthorizationError::Denied { .. })
        );
        prop_assert!(is_denied);
    }
}
