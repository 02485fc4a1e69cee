//! The smoke test of an installed package: `cargo xtask bundle --smoke` installs the .deb it
//! built and runs this against the installed binary (`SPOOL_E2E_APP`), then uninstalls it.
//! Ignored in the ordinary test run, which has no package installed.
//!
//! The installed app is started with every test hook set (`SPOOL_THREADS_API`,
//! `SPOOL_LOGIN_PORT`, `SPOOL_TIMINGS`, `SPOOL_SAVE_PATH`, `SPOOL_FAULT_WHILE`) and must ignore
//! each: a test build would talk to the address given, listen on the port given, keep timings,
//! skip the save dialog and fault while reading the preferences, and each of those is looked
//! for here.

mod support;

use std::net::{Ipv4Addr, TcpListener};
use std::path::Path;
use std::time::{Duration, Instant};

use support::{App, SessionBus, Step};

#[tokio::test(flavor = "multi_thread")]
#[ignore = "drives an installed package: `cargo xtask bundle --smoke` runs it"]
async fn the_installed_app_shows_its_window_and_a_second_launch_hands_over() {
    let installed = std::env::var_os("SPOOL_E2E_APP")
        .expect("SPOOL_E2E_APP names the installed binary; `cargo xtask bundle --smoke` sets it");
    assert!(
        std::path::Path::new(&installed).is_file(),
        "{installed:?} is not installed"
    );
    let bus = SessionBus::start();
    let hooks = Hooks::new();
    let api = hooks.api_address();
    let port = hooks.login_port.to_string();
    let timings = hooks.timings.display().to_string();
    let saves = hooks.saves.display().to_string();
    let app = App::launch_with(
        "installed",
        &[
            ("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str()),
            ("SPOOL_THREADS_API", api.as_str()),
            ("SPOOL_LOGIN_PORT", port.as_str()),
            ("SPOOL_TIMINGS", timings.as_str()),
            ("SPOOL_SAVE_PATH", saves.as_str()),
            ("SPOOL_FAULT_WHILE", FAULT_WHILE),
        ],
    )
    .await;
    let outcome = smoke(&app, &hooks).await;
    app.finish(outcome).await;
}

/// What the test hooks point at, each where the test can see whether it was used.
struct Hooks {
    /// Stands in for an API server: nothing may connect to it.
    api: TcpListener,
    /// A port the login must not listen on.
    login_port: u16,
    /// A file no timing may be written to.
    timings: std::path::PathBuf,
    /// A folder no export may be saved in.
    saves: std::path::PathBuf,
}

impl Hooks {
    fn new() -> Hooks {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e/installed-hooks");
        let _ = std::fs::remove_dir_all(&dir);
        let saves = dir.join("saves");
        std::fs::create_dir_all(&saves).expect("the hooks' folder");
        let api = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a listener");
        api.set_nonblocking(true).expect("non-blocking");
        Hooks {
            api,
            login_port: support::free_port(),
            timings: dir.join("timings.jsonl"),
            saves,
        }
    }

    fn api_address(&self) -> String {
        let port = self.api.local_addr().expect("an address").port();
        format!("http://127.0.0.1:{port}/")
    }

    /// Whether anything connected to the stand-in API server.
    fn api_was_called(&self) -> bool {
        self.api.accept().is_ok()
    }
}

async fn smoke(app: &App, hooks: &Hooks) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let shot = app.screenshot("installed-overview").await?;
    eprintln!("screenshot of the installed app: {}", shot.display());

    // The installed build is this version and reports where it writes its logs.
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;
    app.wait_for_text("#about-version", env!("CARGO_PKG_VERSION"))
        .await?;
    let log_dir = app.data_home.join("app.spool.desktop/logs");
    app.wait_for_text("#about-log-dir", &log_dir.display().to_string())
        .await?;
    app.script(
        "document.querySelector('#about-log-dir').scrollIntoView({ block: 'center' });",
        vec![],
    )
    .await?;
    app.screenshot("installed-about").await?;
    // Settings read the preferences, which a test build would have faulted in.
    assert_eq!(
        app.texts_of("#error-banner").await?,
        Vec::<String>::new(),
        "SPOOL_FAULT_WHILE was honoured"
    );

    the_login_goes_to_meta_on_its_own_port(app, hooks).await?;

    // The demo works from the installed package, simulator and charts included.
    app.start_demo("#try-demo").await?;
    app.screenshot("installed-demo").await?;
    app.click("button[data-screen=overview]").await?;
    app.wait_for_text("main h1", "Overview").await?;
    app.chart_name(CHART).await?;
    no_timing_is_kept(app, hooks).await?;

    app.second_launch_hands_over().await?;
    // Last: in the installed app the save dialog opens, and stays open until the app ends.
    the_save_dialog_is_asked(app, hooks).await
}

/// The command a test build would fault in: Settings' preferences.
const FAULT_WHILE: &str = "reading the preferences";

/// The overview's chart the test looks at and saves.
const CHART: &str = "#profile-views-chart";

/// `SPOOL_LOGIN_PORT` and `SPOOL_THREADS_API` are ignored: the redirect address is on the
/// default port, and the login window a login opens is Meta's, not the address given.
async fn the_login_goes_to_meta_on_its_own_port(app: &App, hooks: &Hooks) -> Step {
    let default = format!(
        "https://127.0.0.1:{}/callback",
        spool_core::loopback::DEFAULT_LOGIN_PORT
    );
    app.wait_for_text("#redirect-uri", &default).await?;
    // Another port, chosen in Settings as a user would, so that the login can listen whatever
    // else this machine runs on the default one.
    let free = support::free_port();
    app.type_into("#login-port", &free.to_string()).await?;
    app.click(".port-form button").await?;
    app.wait_for_text(
        "#redirect-uri",
        &format!("https://127.0.0.1:{free}/callback"),
    )
    .await?;
    app.type_into("#app-id", "123456789012345").await?;
    app.type_into("#app-secret", "0123456789abcdef0123456789abcdef")
        .await?;
    app.click("#save-app").await?;
    app.click("#log-in:not([disabled])").await?;
    let window = app.text_of("#login-url").await?;
    assert!(
        window.starts_with("https://www.threads.com/oauth/authorize?"),
        "the login window is not Meta's: {window}"
    );
    assert!(
        !window.contains(&hooks.login_port.to_string()),
        "SPOOL_LOGIN_PORT was used: {window}"
    );
    assert!(
        !hooks.api_was_called(),
        "the installed app called the address in SPOOL_THREADS_API"
    );
    app.screenshot("installed-login").await?;
    app.click("#login-waiting > button").await?;
    Ok(())
}

/// `SPOOL_TIMINGS` is ignored: once a chart is painted (the first of which a bench build
/// measures at once), no timing file exists.
async fn no_timing_is_kept(app: &App, hooks: &Hooks) -> Step {
    app.script(
        "return new Promise(done => requestAnimationFrame(() => setTimeout(done, 0)));",
        vec![],
    )
    .await?;
    let deadline = Instant::now() + Duration::from_secs(3);
    while Instant::now() < deadline {
        assert!(
            !hooks.timings.exists(),
            "the installed app kept a timing in SPOOL_TIMINGS"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

/// `SPOOL_SAVE_PATH` is ignored: saving a chart asks where (the dialog opens) and writes nothing
/// in the folder given.
async fn the_save_dialog_is_asked(app: &App, hooks: &Hooks) -> Step {
    let chart = CHART;
    app.click(&format!("{chart} .export-panel summary")).await?;
    app.click(&format!("{chart} .export-save")).await?;
    // A test build saves in under a second and says so.
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline {
        let saved: Vec<_> = std::fs::read_dir(&hooks.saves)?.flatten().collect();
        assert!(
            saved.is_empty(),
            "the installed app saved in SPOOL_SAVE_PATH without asking: {:?}",
            saved.iter().map(|e| e.file_name()).collect::<Vec<_>>()
        );
        let said = app
            .script(
                "const p = document.querySelector(arguments[0]); return p ? p.textContent : '';",
                vec![serde_json::Value::from(format!("{chart} .export-outcome"))],
            )
            .await?;
        assert!(
            !said.as_str().unwrap_or_default().starts_with("Saved"),
            "the installed app saved without asking: {said}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Ok(())
}
