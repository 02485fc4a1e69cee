//! The client against the simulator: every call, the refusals it makes before sending, and what
//! each fault knob turns into.

use std::time::Duration;

use chrono::{DateTime, Days, TimeDelta, Utc};
use spool_model::{AccountMetric, Breakdown, DateRange, MediaType, PostMetric, pacific};
use threads_api::{
    AccessToken, AccountInsightsQuery, ApiError, ApiHosts, AppCredentials, ClientConfig, Endpoint,
    PostsQuery, RequestRefused, RetryPolicy, ThreadsClient, authorization_url, code_from_redirect,
};
use threads_sim::{Fault, FaultKind, Route, RunningSimulator, SimClock, Simulator};

/// A fixed moment, so the demo account is the same in every run.
fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("valid moment")
        .to_utc()
}

async fn simulator() -> RunningSimulator {
    Simulator::new()
        .clock(SimClock::Fixed(now()))
        .start()
        .await
        .expect("the simulator starts")
}

fn client_for(sim: &RunningSimulator) -> ThreadsClient {
    ThreadsClient::new(
        ApiHosts::single(sim.base_url()),
        ClientConfig {
            timeout: Duration::from_secs(1),
            connect_timeout: Duration::from_secs(1),
            retry: RetryPolicy {
                attempts: 3,
                first_delay: Duration::from_millis(5),
                max_delay: Duration::from_millis(20),
                budget: Duration::from_secs(5),
            },
        },
    )
    .expect("a client")
}

fn main_token(sim: &RunningSimulator) -> AccessToken {
    AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()))
}

fn app(sim: &RunningSimulator) -> AppCredentials {
    let app = sim.app();
    AppCredentials::new(app.app_id, app.secret)
}

fn redirect_uri(sim: &RunningSimulator) -> String {
    sim.app().redirect_uris[0].clone()
}

/// Opens the authorization window as a browser would and returns where it redirected.
async fn open_window(url: &url::Url) -> String {
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("an HTTP client");
    let answer = http
        .get(url.clone())
        .send()
        .await
        .expect("the window answers");
    assert_eq!(answer.status(), 302, "the window redirects");
    answer.headers()["location"]
        .to_str()
        .expect("a text address")
        .to_owned()
}

async fn fresh_code(sim: &RunningSimulator) -> String {
    let window = authorization_url(
        &ApiHosts::single(sim.base_url()),
        &sim.app().app_id,
        &redirect_uri(sim),
        "state-1",
    );
    code_from_redirect(&open_window(&window).await, "state-1").expect("a code")
}

#[tokio::test]
async fn a_creator_logs_in_through_the_window_and_reads_their_profile() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let window = authorization_url(
        client.hosts(),
        &sim.app().app_id,
        &redirect_uri(&sim),
        "xyz",
    );
    let landed = open_window(&window).await;
    assert!(landed.ends_with("#_"), "Threads appends #_: {landed}");
    let code = code_from_redirect(&landed, "xyz").expect("a code");

    let short = client
        .exchange_code(&app(&sim), &code, &redirect_uri(&sim))
        .await
        .expect("the code is exchanged");
    // The main account's id is beyond 2^53 and arrives as a JSON number: kept exact.
    assert_eq!(short.user_id, sim.main_user_id());
    assert!(short.user_id.parse::<u64>().expect("numeric") > 1 << 53);

    let long = client
        .exchange_for_long_lived(&app(&sim), &short.token)
        .await
        .expect("a long-lived token");
    assert_eq!(long.expires_in, Duration::from_secs(5_183_944));

    let profile = client.profile(&long.token).await.expect("the profile");
    let account = sim.account(sim.main_user_id()).expect("the account");
    assert_eq!(profile.id, account.user_id);
    assert_eq!(profile.username, account.username);
    assert_eq!(profile.name.as_deref(), Some(account.name.as_str()));
    assert!(profile.is_verified);
}

#[tokio::test]
async fn the_window_refuses_a_facebook_app_id_and_an_unregistered_redirect() {
    let sim = simulator().await;
    let hosts = ApiHosts::single(sim.base_url());
    let http = reqwest::Client::new();
    let app_id = sim.app().app_id;
    let window_error = |client_id: &str, redirect: &str| {
        let url = authorization_url(&hosts, client_id, redirect, "s");
        let http = http.clone();
        async move {
            let body: serde_json::Value = http
                .get(url)
                .send()
                .await
                .expect("answer")
                .json()
                .await
                .expect("json");
            body["error_code"].clone()
        }
    };
    assert_eq!(
        window_error(&sim.app().facebook_app_id, &redirect_uri(&sim)).await,
        4_476_002
    );
    assert_eq!(
        window_error(&app_id, "https://127.0.0.1:9999/other").await,
        1_349_168
    );
    assert_eq!(
        window_error(&app_id, "http://127.0.0.1:8443/callback").await,
        1_349_168
    );
}

#[tokio::test]
async fn the_consent_page_can_be_declined() {
    let sim = Simulator::new()
        .clock(SimClock::Fixed(now()))
        .consent_page()
        .start()
        .await
        .expect("starts");
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let window = authorization_url(
        &ApiHosts::single(sim.base_url()),
        &sim.app().app_id,
        &redirect_uri(&sim),
        "st",
    );
    let page = http
        .get(window)
        .send()
        .await
        .expect("page")
        .text()
        .await
        .expect("html");
    assert!(page.contains("Allow Spool to see your Threads insights?"));
    let decision = sim
        .base_url()
        .join("oauth/authorize/decision")
        .expect("url");
    let answer = http
        .post(decision)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "client_id={}&redirect_uri={}&response_type=code&state=st&scope=threads_basic&decision=deny",
            sim.app().app_id,
            url::form_urlencoded::byte_serialize(redirect_uri(&sim).as_bytes()).collect::<String>()
        ))
        .send()
        .await
        .expect("redirect");
    let landed = answer.headers()["location"]
        .to_str()
        .expect("text")
        .to_owned();
    assert_eq!(
        code_from_redirect(&landed, "st").map_err(|e| e.to_string()),
        Err("the login was cancelled in the Threads window (Permissions error)".to_owned())
    );
}

#[tokio::test]
async fn a_code_works_once_within_an_hour_and_only_with_the_right_secret_and_address() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let code = fresh_code(&sim).await;
    let refused = |result: Result<_, ApiError>| match result {
        Err(ApiError::LoginRefused {
            endpoint: Endpoint::CodeExchange,
            message,
        }) => message,
        other => panic!("expected a refused code exchange, got {other:?}"),
    };
    let wrong_app = AppCredentials::new(sim.app().facebook_app_id, sim.app().secret);
    let message = refused(
        client
            .exchange_code(&wrong_app, &code, &redirect_uri(&sim))
            .await,
    );
    assert!(message.contains("Invalid application ID"), "{message}");
    let wrong_secret = AppCredentials::new(sim.app().app_id, "not-the-secret");
    let message = refused(
        client
            .exchange_code(&wrong_secret, &code, &redirect_uri(&sim))
            .await,
    );
    assert!(message.contains("client secret"), "{message}");
    let message = refused(
        client
            .exchange_code(&app(&sim), &code, "https://127.0.0.1:8443/elsewhere")
            .await,
    );
    assert!(message.contains("redirect_uri"), "{message}");
    client
        .exchange_code(&app(&sim), &code, &redirect_uri(&sim))
        .await
        .expect("the first use works");
    let message = refused(
        client
            .exchange_code(&app(&sim), &code, &redirect_uri(&sim))
            .await,
    );
    assert!(message.contains("already used"), "{message}");

    let late = fresh_code(&sim).await;
    sim.advance(TimeDelta::minutes(61));
    let message = refused(
        client
            .exchange_code(&app(&sim), &late, &redirect_uri(&sim))
            .await,
    );
    assert!(message.contains("expired"), "{message}");
}

#[tokio::test]
async fn an_expired_short_lived_token_cannot_be_exchanged() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let short = AccessToken::new(sim.issue_short_lived_token(sim.main_user_id()));
    sim.advance(TimeDelta::minutes(61));
    assert!(matches!(
        client.exchange_for_long_lived(&app(&sim), &short).await,
        Err(ApiError::TokenExpired { code: 190 })
    ));
}

#[tokio::test]
async fn a_token_is_refreshed_once_a_day_old_and_never_after_it_expired() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    assert!(matches!(
        client.refresh(&token).await,
        Err(ApiError::LoginRefused {
            endpoint: Endpoint::Refresh,
            ..
        })
    ));
    sim.advance(TimeDelta::hours(25));
    let renewed = client.refresh(&token).await.expect("refreshed");
    assert_eq!(renewed.expires_in, Duration::from_secs(5_183_944));
    client
        .profile(&renewed.token)
        .await
        .expect("the new token works");
    sim.advance(TimeDelta::days(61));
    assert!(matches!(
        client.refresh(&token).await,
        Err(ApiError::TokenExpired { code: 190 })
    ));
}

#[tokio::test]
async fn every_post_is_listed_across_pages_newest_first() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    let account = sim.account(sim.main_user_id()).expect("account");
    let query = PostsQuery {
        limit: Some(100),
        ..PostsQuery::default()
    };
    let mut pages = client.posts(&token, "me", query).expect("a valid query");
    let mut posts = Vec::new();
    let mut page_count = 0;
    while let Some(page) = pages.next_page().await {
        let page = page.expect("a page");
        assert!(page.len() <= 100);
        posts.extend(page);
        page_count += 1;
    }
    assert_eq!(posts.len(), account.posts.len());
    assert_eq!(page_count, account.posts.len().div_ceil(100));
    for (read, served) in posts.iter().zip(&account.posts) {
        assert_eq!(read.id, served.id);
        assert_eq!(read.published_at, served.published);
        assert_eq!(read.permalink, served.permalink);
        assert_eq!(read.text, served.text);
    }
    assert!(
        posts
            .windows(2)
            .all(|w| w[0].published_at >= w[1].published_at)
    );
    assert!(
        posts
            .iter()
            .any(|p| p.media_type == MediaType::RepostFacade)
    );
    assert_eq!(
        posts
            .iter()
            .filter(|p| !p.is_repost() && p.permalink.is_none())
            .count(),
        1,
        "one post has copyrighted material and no permalink"
    );
}

#[tokio::test]
async fn since_and_until_select_posts_by_publication() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let since = now() - TimeDelta::days(30);
    let query = PostsQuery {
        since: Some(since),
        until: Some(now()),
        limit: Some(25),
        cursor: None,
    };
    let recent = client
        .posts(&main_token(&sim), sim.main_user_id(), query)
        .expect("valid")
        .all()
        .await
        .expect("posts");
    let account = sim.account(sim.main_user_id()).expect("account");
    let expected = account
        .posts
        .iter()
        .filter(|p| p.published >= since)
        .count();
    assert_eq!(recent.len(), expected);
    assert!(expected > 5, "the demo account posts every month");
}

#[tokio::test]
async fn post_insights_are_the_lifetime_totals_and_reposts_have_none() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    let account = sim.account(sim.main_user_id()).expect("account");
    let post = account
        .posts
        .iter()
        .find(|p| p.media_type != threads_sim::DemoMediaType::RepostFacade)
        .expect("an own post");
    let read = client
        .post_insights(&token, &post.id, &PostMetric::ALL)
        .await
        .expect("insights");
    let served = account.metrics_at(post, now()).expect("metrics");
    assert_eq!(read.views, Some(served.views));
    assert_eq!(read.likes, Some(served.likes));
    assert_eq!(read.replies, Some(served.replies));
    assert_eq!(read.reposts, Some(served.reposts));
    assert_eq!(read.quotes, Some(served.quotes));
    assert_eq!(read.shares, Some(served.shares));

    let repost = account
        .posts
        .iter()
        .find(|p| p.media_type == threads_sim::DemoMediaType::RepostFacade)
        .expect("a repost");
    let none = client
        .post_insights(&token, &repost.id, &PostMetric::ALL)
        .await
        .expect("empty");
    assert_eq!(none, spool_model::PostMetrics::default());

    let missing = client
        .post_insights(&token, "17999999999999999", &[PostMetric::Likes])
        .await;
    assert!(matches!(
        missing,
        Err(ApiError::InvalidParameter {
            subcode: Some(33),
            ..
        })
    ));
}

#[tokio::test]
async fn many_posts_insights_come_back_in_order() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let account = sim.account(sim.main_user_id()).expect("account");
    let ids: Vec<String> = account
        .posts
        .iter()
        .take(30)
        .map(|p| p.id.clone())
        .collect();
    let results = client
        .post_insights_of_many(&main_token(&sim), &ids, &[PostMetric::Likes], 8)
        .await;
    assert_eq!(results.len(), 30);
    for (post, result) in account.posts.iter().take(30).zip(results) {
        let likes = result.expect("insights").likes;
        assert_eq!(likes, account.metrics_at(post, now()).map(|m| m.likes));
    }
}

#[tokio::test]
async fn profile_views_over_a_long_range_are_chunked_and_merged_day_by_day() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let today = pacific::day_of(now());
    let first = today.checked_sub_days(Days::new(199)).expect("a day");
    let range = DateRange::new(first, today, today).expect("valid");
    let before = sim.requests(Route::AccountInsights);
    let views = client
        .profile_views(&main_token(&sim), sim.main_user_id(), range)
        .await
        .expect("views");
    assert_eq!(
        sim.requests(Route::AccountInsights) - before,
        3,
        "200 days in 90-day chunks"
    );
    assert_eq!(views.len(), 200);
    let account = sim.account(sim.main_user_id()).expect("account");
    for value in &views {
        assert_eq!(
            value.value,
            account.profile_views(value.day, now()),
            "{}",
            value.day
        );
    }
    assert!(
        views.iter().any(|v| v.value.is_none()),
        "some days are left out by the API"
    );
    assert!(views.iter().filter(|v| v.value.is_some()).count() > 150);
}

#[tokio::test]
async fn engagement_clicks_followers_and_every_demographic_breakdown() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    let user = sim.main_user_id();
    let account = sim.account(user).expect("account");
    let today = pacific::day_of(now());
    let first = today.checked_sub_days(Days::new(120)).expect("a day");
    let range = DateRange::new(first, today, today).expect("valid");
    let since = pacific::midnight(first);
    let until = pacific::midnight(today.succ_opt().expect("a day"));

    let engagement = client
        .engagement(&token, user, range)
        .await
        .expect("totals");
    let served = account.totals_between(since, until.min(now()));
    assert_eq!(engagement.likes, served.likes);
    assert_eq!(engagement.replies, served.replies);
    assert!(engagement.likes > 0);

    let clicks = client
        .link_clicks(&token, user, range)
        .await
        .expect("clicks");
    let mut served: Vec<(String, u64)> = account.clicks_between(since, until.min(now()));
    served.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let read: Vec<(String, u64)> = clicks.into_iter().map(|c| (c.url, c.clicks)).collect();
    assert_eq!(read, served);

    assert_eq!(
        client.followers(&token, user).await.expect("followers"),
        account.followers_at(now())
    );
    for breakdown in Breakdown::ALL {
        let demographics = client
            .demographics(&token, user, breakdown)
            .await
            .expect("demographics");
        assert_eq!(demographics.breakdown, breakdown);
        let served = account
            .demographics(breakdown.api_name(), now())
            .expect("served");
        let read: Vec<(String, u64)> = demographics
            .segments
            .into_iter()
            .map(|s| (s.key, s.followers))
            .collect();
        assert_eq!(read, served);
    }
}

#[tokio::test]
async fn an_account_under_100_followers_gets_no_demographics() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = AccessToken::new(sim.issue_long_lived_token(sim.small_user_id()));
    let followers = client
        .followers(&token, sim.small_user_id())
        .await
        .expect("followers");
    assert!(followers < 100);
    let refused = client
        .demographics(&token, sim.small_user_id(), Breakdown::Age)
        .await;
    match refused {
        Err(ApiError::InvalidParameter { message, .. }) => {
            assert!(message.contains("100 followers"))
        }
        other => panic!("expected the 100-follower refusal, got {other:?}"),
    }
}

#[tokio::test]
async fn a_request_the_api_would_refuse_is_not_sent() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    let floor =
        DateTime::from_timestamp(spool_model::limits::INSIGHTS_FLOOR_UNIX, 0).expect("moment");
    let refusals = [
        (
            AccountInsightsQuery {
                metrics: vec![AccountMetric::ProfileViews],
                range: Some((floor - TimeDelta::seconds(1), floor + TimeDelta::days(1))),
                breakdown: None,
            },
            RequestRefused::BeforeInsightsFloor,
        ),
        (
            AccountInsightsQuery {
                metrics: vec![AccountMetric::Followers],
                range: Some((floor, floor + TimeDelta::days(1))),
                breakdown: None,
            },
            RequestRefused::RangeNotAccepted(AccountMetric::Followers),
        ),
        (
            AccountInsightsQuery {
                metrics: vec![AccountMetric::FollowerDemographics],
                range: None,
                breakdown: None,
            },
            RequestRefused::BreakdownMismatch,
        ),
    ];
    let before = sim.requests(Route::AccountInsights);
    for (query, refusal) in refusals {
        assert_eq!(
            client.account_insights(&token, "me", &query).await,
            Err(ApiError::Refused(refusal))
        );
    }
    assert_eq!(
        sim.requests(Route::AccountInsights),
        before,
        "nothing was sent"
    );
    let too_many = PostsQuery {
        limit: Some(101),
        ..PostsQuery::default()
    };
    assert!(matches!(
        client.posts(&token, "me", too_many),
        Err(ApiError::Refused(RequestRefused::PageSize(101)))
    ));
    assert_eq!(sim.requests(Route::Posts), 0);
}

#[tokio::test]
async fn a_token_without_the_insights_permission_is_told_which_one() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = AccessToken::new(sim.issue_token_without_insights(sim.main_user_id()));
    client.profile(&token).await.expect("basic calls work");
    assert_eq!(
        client.followers(&token, "me").await,
        Err(ApiError::PermissionMissing {
            code: 10,
            scope: "threads_manage_insights"
        })
    );
}

// ---- Faults -------------------------------------------------------------------------------------

#[tokio::test]
async fn a_passing_fault_is_retried_and_a_lasting_one_reported() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    sim.add_fault(Fault::times(Some(Route::Profile), FaultKind::Html502, 2));
    client
        .profile(&token)
        .await
        .expect("the third try succeeds");
    assert_eq!(sim.requests(Route::Profile), 3);

    sim.add_fault(Fault::always(Some(Route::Profile), FaultKind::Html502));
    assert!(matches!(
        client.profile(&token).await,
        Err(ApiError::Transient { .. })
    ));
    sim.clear_faults();

    sim.add_fault(Fault::always(
        Some(Route::Profile),
        FaultKind::GraphError { code: 2 },
    ));
    assert!(matches!(
        client.profile(&token).await,
        Err(ApiError::Transient { .. })
    ));
}

#[tokio::test]
async fn an_error_rate_is_absorbed_by_retries() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let account = sim.account(sim.main_user_id()).expect("account");
    let ids: Vec<String> = account
        .posts
        .iter()
        .take(40)
        .map(|p| p.id.clone())
        .collect();
    sim.add_fault(Fault {
        route: Some(Route::PostInsights),
        kind: FaultKind::GraphError { code: 1 },
        rate: 0.3,
        remaining: None,
        skip: 0,
    });
    let results = client
        .post_insights_of_many(&main_token(&sim), &ids, &[PostMetric::Likes], 4)
        .await;
    let failed = results.iter().filter(|r| r.is_err()).count();
    // Three tries each: a post fails only if all three draw the 30 % fault (2.7 %).
    assert!(failed <= 4, "{failed} of 40 failed despite retries");
    assert!(
        sim.requests(Route::PostInsights) > 40,
        "some requests were retried"
    );
}

#[tokio::test]
async fn a_rate_limit_waits_as_long_as_threads_asks() {
    let sim = simulator().await;
    let client = client_for(&sim);
    sim.add_fault(Fault::times(
        Some(Route::Profile),
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(1),
        },
        1,
    ));
    let started = std::time::Instant::now();
    client
        .profile(&main_token(&sim))
        .await
        .expect("after waiting");
    assert!(
        started.elapsed() >= Duration::from_secs(1),
        "Retry-After was honoured"
    );

    // Asked to wait longer than the retry budget: reported at once, with the wait.
    sim.add_fault(Fault::times(
        Some(Route::Profile),
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(60),
        },
        1,
    ));
    assert_eq!(
        client.profile(&main_token(&sim)).await,
        Err(ApiError::RateLimited {
            code: 4,
            retry_after: Some(Duration::from_secs(60))
        })
    );
}

#[tokio::test]
async fn malformed_json_a_dropped_connection_and_slowness_are_told_apart() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    sim.add_fault(Fault::always(Some(Route::Posts), FaultKind::MalformedJson));
    let pages = client
        .posts(&token, "me", PostsQuery::default())
        .expect("valid");
    assert!(matches!(
        pages.all().await,
        Err(ApiError::UnexpectedResponse { status: 200, .. })
    ));
    sim.clear_faults();

    sim.add_fault(Fault::always(
        Some(Route::Profile),
        FaultKind::DropConnection,
    ));
    assert!(matches!(
        client.profile(&token).await,
        Err(ApiError::Network(_))
    ));
    sim.clear_faults();

    sim.add_fault(Fault::always(
        Some(Route::Profile),
        FaultKind::Latency(Duration::from_secs(3)),
    ));
    assert_eq!(client.profile(&token).await, Err(ApiError::Timeout));
}

#[tokio::test]
async fn a_token_revoked_mid_sync_is_a_dead_login_everywhere() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    sim.revoke_tokens_after(2);
    client.profile(&token).await.expect("first");
    client.followers(&token, "me").await.expect("second");
    assert!(matches!(
        client.followers(&token, "me").await,
        Err(ApiError::TokenExpired { code: 190 })
    ));
    // On /me a dead token shows up as code 100 "does not exist" with HTTP 500.
    assert_eq!(
        client.profile(&token).await,
        Err(ApiError::TokenExpired { code: 100 })
    );
}

#[tokio::test]
async fn an_unreachable_api_is_a_network_error() {
    let client = ThreadsClient::new(
        ApiHosts::single(url::Url::parse("http://127.0.0.1:9/").expect("url")),
        ClientConfig {
            retry: RetryPolicy {
                attempts: 1,
                ..RetryPolicy::default()
            },
            ..ClientConfig::default()
        },
    )
    .expect("client");
    assert!(matches!(
        client.profile(&AccessToken::new("THAAunreachable")).await,
        Err(ApiError::Network(_))
    ));
}

/// Every kind of failure, forced; none of their texts may carry the token or the app secret.
#[tokio::test]
async fn no_error_ever_shows_the_token_or_the_secret() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    let secret = sim.app().secret;
    let mut errors: Vec<ApiError> = Vec::new();
    let faults = [
        FaultKind::Html502,
        FaultKind::MalformedJson,
        FaultKind::DropConnection,
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(600),
        },
        FaultKind::GraphError { code: 1 },
        FaultKind::GraphError { code: 10 },
        FaultKind::GraphError { code: 100 },
        FaultKind::GraphError { code: 190 },
        FaultKind::GraphError { code: 4242 },
    ];
    sim.add_fault(Fault::always(
        None,
        FaultKind::Latency(Duration::from_secs(2)),
    ));
    errors.push(client.profile(&token).await.expect_err("too slow"));
    for fault in faults {
        sim.clear_faults();
        sim.add_fault(Fault::always(None, fault));
        errors.push(client.profile(&token).await.expect_err("faulted"));
        errors.push(client.refresh(&token).await.expect_err("faulted"));
        errors.push(
            client
                .exchange_for_long_lived(&app(&sim), &token)
                .await
                .expect_err("faulted"),
        );
    }
    sim.clear_faults();
    errors.push(
        client
            .exchange_code(&app(&sim), "bogus-code", &redirect_uri(&sim))
            .await
            .expect_err("refused"),
    );
    errors.push(
        client
            .exchange_for_long_lived(&app(&sim), &token)
            .await
            .expect_err("not short"),
    );
    let wrong = AppCredentials::new(sim.app().app_id, format!("{secret}-wrong"));
    errors.push(
        client
            .exchange_for_long_lived(&wrong, &token)
            .await
            .expect_err("wrong secret"),
    );
    sim.revoke(token.expose());
    errors.push(client.profile(&token).await.expect_err("revoked"));
    errors.push(client.followers(&token, "me").await.expect_err("revoked"));
    let unreachable = ThreadsClient::new(
        ApiHosts::single(url::Url::parse("http://127.0.0.1:9/").expect("url")),
        ClientConfig {
            retry: RetryPolicy {
                attempts: 1,
                ..RetryPolicy::default()
            },
            ..ClientConfig::default()
        },
    )
    .expect("client");
    errors.push(unreachable.profile(&token).await.expect_err("unreachable"));
    errors.push(
        unreachable
            .exchange_for_long_lived(&app(&sim), &token)
            .await
            .expect_err("unreachable"),
    );

    let kinds: std::collections::BTreeSet<String> = errors
        .iter()
        .map(|e| {
            format!("{e:?}")
                .split([' ', '(', '{'])
                .next()
                .unwrap_or("")
                .to_owned()
        })
        .collect();
    for kind in [
        "Transient",
        "UnexpectedResponse",
        "Network",
        "RateLimited",
        "PermissionMissing",
        "InvalidParameter",
        "TokenExpired",
        "Other",
        "Timeout",
        "LoginRefused",
    ] {
        assert!(
            kinds.contains(kind),
            "{kind} was not forced; forced: {kinds:?}"
        );
    }
    for error in &errors {
        let text = format!(
            "{error} {error:?} {}",
            spool_model::CommandError::from(error.clone()).message
        );
        assert!(!text.contains(token.expose()), "the token leaked: {text}");
        assert!(!text.contains(&secret), "the app secret leaked: {text}");
    }
}

#[tokio::test]
async fn a_retry_after_near_u64_max_is_reported_as_a_day_at_once() {
    let sim = simulator().await;
    let client = client_for(&sim);
    sim.add_fault(Fault::times(
        Some(Route::Profile),
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(u64::MAX),
        },
        1,
    ));
    let started = std::time::Instant::now();
    assert_eq!(
        client.profile(&main_token(&sim)).await,
        Err(ApiError::RateLimited {
            code: 4,
            retry_after: Some(Duration::from_secs(24 * 60 * 60))
        })
    );
    assert!(
        started.elapsed() < Duration::from_secs(1),
        "no wait was made"
    );
    assert_eq!(sim.requests(Route::Profile), 1, "nor a second try");
}

#[tokio::test]
async fn an_answer_larger_than_16_mib_ends_the_request_unread() {
    let sim = simulator().await;
    let client = client_for(&sim);
    // Sent in pieces without a length: the client counts as it reads.
    sim.add_fault(Fault::always(
        Some(Route::Profile),
        FaultKind::OversizedBody {
            bytes: spool_model::limits::RESPONSE_MAX_BYTES + 1,
        },
    ));
    let error = client
        .profile(&main_token(&sim))
        .await
        .expect_err("too large");
    assert_eq!(
        error.to_string(),
        "Threads sent an unexpected answer (HTTP 200): the answer is larger than 16 MiB, more \
         than Spool reads"
    );
    assert_eq!(sim.requests(Route::Profile), 1, "not retried");

    // At the bound exactly, the answer is read (and is no profile).
    sim.clear_faults();
    sim.add_fault(Fault::always(
        Some(Route::Profile),
        FaultKind::OversizedBody {
            bytes: spool_model::limits::RESPONSE_MAX_BYTES,
        },
    ));
    let error = client
        .profile(&main_token(&sim))
        .await
        .expect_err("not a profile");
    assert!(!error.to_string().contains("larger than"), "{error}");
}

#[tokio::test]
async fn a_posts_list_that_comes_round_again_ends_with_an_error() {
    let sim = simulator().await;
    let client = client_for(&sim);
    let token = main_token(&sim);
    sim.add_fault(Fault::always(
        Some(Route::Posts),
        FaultKind::EndlessPages { cycle: Some(3) },
    ));
    let pages = client
        .posts(&token, "me", PostsQuery::default())
        .expect("valid");
    let error = tokio::time::timeout(Duration::from_secs(10), pages.all())
        .await
        .expect("paging ends")
        .expect_err("a loop is an error");
    assert_eq!(
        error.to_string(),
        "Threads sent an unexpected answer (HTTP 200): the posts list led back to a page it had \
         already sent (a cursor seen before)"
    );
    // Cursors 1, 2, 0, then 1 again: the fourth page's cursor was seen after the first.
    assert_eq!(sim.requests(Route::Posts), 4);
}
