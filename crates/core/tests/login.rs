//! Logging in against the simulator: through the loopback listener (the test plays the browser),
//! with a pasted token, and the demo account.

use std::time::Duration;

use chrono::{DateTime, Utc};
use spool_core::login::{LoginError, begin_login, finish_login, login_with_token};
use spool_core::loopback::{LoopbackListener, TlsIdentity, redirect_uri};
use spool_core::{Demo, RefreshDecision};
use threads_api::{ApiHosts, AppCredentials, AuthorizationError, ClientConfig, ThreadsClient};
use threads_sim::{RunningSimulator, SimApp, SimClock, Simulator};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("moment")
        .to_utc()
}

fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("spool-login-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

/// A browser that trusts the listener's self-signed certificate, as a creator does after the
/// one-time warning.
fn browser() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .tls_danger_accept_invalid_certs(true)
        .build()
        .expect("a browser")
}

async fn simulator_for(port: u16) -> RunningSimulator {
    Simulator::new()
        .clock(SimClock::Fixed(now()))
        .app(SimApp {
            redirect_uris: vec![redirect_uri(port)],
            ..SimApp::default()
        })
        .start()
        .await
        .expect("starts")
}

#[tokio::test]
async fn a_real_login_through_the_loopback_listener() {
    let identity = TlsIdentity::load_or_create(&scratch("real")).expect("identity");
    let listener = LoopbackListener::bind(0, &identity).await.expect("listens");
    let port = listener.port();
    let sim = simulator_for(port).await;
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("client");
    let app = sim.app();
    let pending = begin_login(client.hosts(), &app.app_id, &redirect_uri(port)).expect("begun");
    let state = pending.state.clone();
    let waiting =
        tokio::spawn(async move { listener.receive(&state, Duration::from_secs(20)).await });

    // The browser: the window redirects to the listener; a stray request and one of another
    // attempt are answered and ignored before the real one.
    let browser = browser();
    let window = browser
        .get(pending.url.clone())
        .send()
        .await
        .expect("window");
    let landed = window.headers()["location"]
        .to_str()
        .expect("text")
        .to_owned();
    let landed = landed.trim_end_matches("#_").to_owned();
    let stray = browser
        .get(format!("https://127.0.0.1:{port}/favicon.ico"))
        .send()
        .await
        .expect("answered");
    assert_eq!(stray.status(), 404);
    let forged = browser
        .get(format!(
            "https://127.0.0.1:{port}/callback?code=AQDforged123&state=other"
        ))
        .send()
        .await
        .expect("answered");
    assert_eq!(forged.status(), 400);
    // The browser is sent on to a page without the code, so the code stays neither in the
    // address bar nor in the browser's history.
    let returned = browser.get(&landed).send().await.expect("answered");
    assert_eq!(returned.status(), 303);
    assert_eq!(returned.headers()["location"], "/done");
    let page = returned.text().await.expect("page");
    assert!(page.contains("You can close this tab"), "{page}");
    let done = browser
        .get(format!("https://127.0.0.1:{port}/done"))
        .send()
        .await
        .expect("the page after the login, on the same connection");
    assert_eq!(done.status(), 200);
    let page = done.text().await.expect("page");
    assert!(page.contains("return to Spool"), "{page}");
    assert!(!page.contains("code"), "{page}");

    let code = waiting.await.expect("joined").expect("a code");
    let credentials = AppCredentials::new(app.app_id, app.secret);
    let account = finish_login(
        &client,
        &credentials,
        &code,
        &redirect_uri(port),
        now(),
        false,
    )
    .await
    .expect("logged in");
    assert_eq!(account.profile.id, sim.main_user_id());
    assert_eq!(account.refresh_decision(now()), RefreshDecision::NotDue);
    assert!((account.expires_at - now()).num_days() >= 59);
    // The listener took one login and stopped.
    assert!(browser.get(&landed).send().await.is_err());
}

#[tokio::test]
async fn a_cancel_in_the_window_ends_the_wait_with_advice() {
    let identity = TlsIdentity::load_or_create(&scratch("cancel")).expect("identity");
    let listener = LoopbackListener::bind(0, &identity).await.expect("listens");
    let port = listener.port();
    let waiting =
        tokio::spawn(async move { listener.receive("s1", Duration::from_secs(20)).await });
    // A cancel without this attempt's state, forged or left over, ends nothing.
    for forged in [
        "error=access_denied&error_reason=user_denied",
        "error=access_denied&error_reason=user_denied&state=s2",
    ] {
        let answer = browser()
            .get(format!("https://127.0.0.1:{port}/callback?{forged}"))
            .send()
            .await
            .expect("answered");
        assert_eq!(answer.status(), 400, "{forged}");
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert!(!waiting.is_finished(), "a forged cancel ended the login");
    let answer = browser()
        .get(format!(
            "https://127.0.0.1:{port}/callback?error=access_denied&error_reason=user_denied&state=s1"
        ))
        .send()
        .await
        .expect("answered");
    assert_eq!(answer.status(), 303);
    assert_eq!(answer.headers()["location"], "/cancelled");
    let error = waiting.await.expect("joined").expect_err("cancelled");
    assert!(matches!(
        error,
        LoginError::Authorization(AuthorizationError::Denied { .. })
    ));
    assert!(error.to_string().contains("choose \"Allow\""));
}

#[tokio::test]
async fn a_stalled_connection_does_not_hold_up_the_real_return() {
    let identity = TlsIdentity::load_or_create(&scratch("stalled")).expect("identity");
    let listener = LoopbackListener::bind(0, &identity).await.expect("listens");
    let port = listener.port();
    let waiting =
        tokio::spawn(async move { listener.receive("s1", Duration::from_secs(60)).await });
    // One connection that never starts its TLS handshake, and one that opens TLS and never
    // sends a request: both stay open while the browser returns.
    let _silent = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connects");
    let mut half_open = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .expect("connects");
    tokio::io::AsyncWriteExt::write_all(&mut half_open, b"\x16\x03\x01")
        .await
        .expect("a first byte of a handshake");
    tokio::time::sleep(Duration::from_millis(200)).await;

    let returned = tokio::time::timeout(
        Duration::from_secs(5),
        browser()
            .get(format!(
                "https://127.0.0.1:{port}/callback?code=AQDreal123&state=s1"
            ))
            .send(),
    )
    .await
    .expect("the browser's return is answered while other connections stall")
    .expect("answered");
    assert_eq!(returned.status(), 303);
    let code = tokio::time::timeout(Duration::from_secs(5), waiting)
        .await
        .expect("the wait ends at once")
        .expect("joined")
        .expect("a code");
    assert_eq!(code, "AQDreal123");
}

#[tokio::test]
async fn the_listener_gives_up_when_nothing_comes() {
    let identity = TlsIdentity::load_or_create(&scratch("timeout")).expect("identity");
    let listener = LoopbackListener::bind(0, &identity).await.expect("listens");
    let error = listener
        .receive("s1", Duration::from_millis(200))
        .await
        .expect_err("timed out");
    assert!(matches!(error, LoginError::TimedOut { .. }));
}

#[tokio::test]
async fn the_certificate_is_made_once_and_kept_private() {
    let dir = scratch("identity");
    TlsIdentity::load_or_create(&dir).expect("made");
    let first = std::fs::read(dir.join("login-certificate.pem")).expect("kept");
    TlsIdentity::load_or_create(&dir).expect("loaded");
    assert_eq!(
        std::fs::read(dir.join("login-certificate.pem")).expect("kept"),
        first
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(dir.join("login-key.pem"))
            .expect("stat")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[tokio::test]
async fn a_pasted_token_is_checked_before_it_is_kept() {
    let sim = simulator_for(8443).await;
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("client");
    let token = sim.issue_long_lived_token(sim.small_user_id());
    let account = login_with_token(&client, &format!(" {token}\n"), now())
        .await
        .expect("valid");
    assert_eq!(account.profile.id, sim.small_user_id());
    let refused = login_with_token(&client, "THAAnot-a-real-token", now()).await;
    assert!(matches!(
        refused,
        Err(LoginError::Api(threads_api::ApiError::TokenExpired { .. }))
    ));
}

#[tokio::test]
async fn the_demo_logs_in_through_the_same_steps_without_a_browser() {
    let demo = Demo::start(Utc::now(), Utc::now)
        .await
        .expect("the demo starts");
    let account = demo.log_in(Utc::now()).await.expect("the demo logs in");
    assert!(account.demo);
    assert_eq!(account.profile.username, "mara.makes");
    demo.client()
        .profile(&account.token)
        .await
        .expect("the token works");
}

#[tokio::test]
async fn a_new_demo_arrives_with_ninety_days_of_history() {
    let anchor = Utc::now();
    let history = spool_core::history::History::in_memory().expect("history");
    let started = std::time::Instant::now();
    spool_core::demo::replay_past(&history, anchor, &|_| {})
        .await
        .expect("replayed");
    eprintln!("replayed 90 days in {:?}", started.elapsed());
    let demo = Demo::start(anchor, Utc::now)
        .await
        .expect("the demo starts");
    let account = demo.log_in(Utc::now()).await.expect("logged in");
    let followers = history
        .read(|reading| reading.follower_series(&account.profile.id))
        .expect("series");
    assert_eq!(
        followers.len(),
        91,
        "one follower reading a day, the anchor's included"
    );
    assert!(followers.last().map(|f| f.followers) > followers.first().map(|f| f.followers));
    // The live demo serves the same account the past was replayed from.
    let stored = history
        .read(|reading| reading.stored_posts(&account.profile.id))
        .expect("posts");
    let newest_live = demo
        .client()
        .posts(
            &account.token,
            "me",
            threads_api::PostsQuery {
                limit: Some(5),
                ..Default::default()
            },
        )
        .expect("valid")
        .next_page()
        .await
        .expect("a page")
        .expect("posts");
    assert!(
        newest_live
            .iter()
            .all(|p| stored.iter().any(|s| s.id == p.id)),
        "same posts"
    );
}
