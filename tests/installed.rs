//! The smoke test of an installed package: `cargo xtask bundle --smoke` installs the .deb it
//! built and runs this against the installed binary (`SPOOL_E2E_APP`), then uninstalls it.
//! Ignored in the ordinary test run, which has no package installed.

mod support;

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
    let app = App::launch_with(
        "installed",
        &[("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())],
    )
    .await;
    let outcome = smoke(&app).await;
    app.finish(outcome).await;
}

async fn smoke(app: &App) -> Step {
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

    // The demo works from the installed package, simulator and charts included.
    app.click("#try-demo").await?;
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    app.screenshot("installed-demo").await?;

    app.second_launch_hands_over().await
}
