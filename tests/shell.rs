//! End to end: the window opens with its navigation, and a command's typed result reaches the
//! screen from the native side.

mod support;

use fantoccini::Locator;
use fantoccini::key::Key;
use support::{App, Step};

const SCREENS: [&str; 7] = [
    "Today",
    "Overview",
    "What works",
    "Posts",
    "Audience",
    "Links",
    "Settings",
];

#[tokio::test(flavor = "multi_thread")]
async fn the_window_opens_on_today_and_settings_shows_what_the_app_reports() {
    let app = App::launch("shell").await;
    let outcome = walk_the_shell(&app).await;
    app.finish(outcome).await;
}

async fn walk_the_shell(app: &App) -> Step {
    // The navigation is there, in order, and Spool opens on Today, which offers the demo
    // beside connecting while no account is connected.
    app.wait_for_text("main h1", "Today").await?;
    assert_eq!(app.texts_of("nav.sidebar .nav-item").await?, SCREENS);
    assert_eq!(app.text_of("[aria-current=page]").await?, "Today");
    assert_eq!(app.text_of("#try-demo-here").await?, "Try the demo account");
    app.screenshot("today").await?;

    // The sidebar answers the keyboard.
    let posts = app
        .client
        .find(Locator::Css("button[data-screen=posts]"))
        .await?;
    posts.send_keys(&Key::Enter.to_string()).await?;
    app.wait_for_text("main h1", "Posts").await?;
    assert_eq!(app.text_of("[aria-current=page]").await?, "Posts");

    // Settings shows what the native side answered to `app_info`: this build's version and
    // the data folder it made under the XDG data home this test gave it.
    app.client
        .find(Locator::Css("button[data-screen=settings]"))
        .await?
        .click()
        .await?;
    app.wait_for_text("main h1", "Settings").await?;
    app.wait_for_text("#about-version", env!("CARGO_PKG_VERSION"))
        .await?;
    let data_dir = app.data_home.join("app.spool.desktop");
    app.wait_for_text("#about-data-dir", &data_dir.display().to_string())
        .await?;
    // The log folder a user is told to look in, where Spool wrote its start.
    let log_dir = data_dir.join("logs");
    app.wait_for_text("#about-log-dir", &log_dir.display().to_string())
        .await?;
    let started = std::fs::read_to_string(log_dir.join("spool.log"))?;
    assert!(started.contains("started on linux"), "{started}");
    assert_eq!(app.text_of("#about-os").await?, std::env::consts::OS);
    assert!(data_dir.is_dir(), "Spool made its data folder");
    assert_eq!(
        app.text_of(".sidebar-footer").await?,
        format!("Spool {}", env!("CARGO_PKG_VERSION"))
    );
    app.screenshot("settings").await?;

    // No plugin script hands the page's links to the browser: the opener plugin's would take
    // (and cancel) a click on a link that opens a new window.
    let taken = app
        .script(
            "const link = document.createElement('a');
             link.href = 'https://example.com/';
             link.target = '_blank';
             document.body.appendChild(link);
             let taken = null;
             const look = e => { taken = e.defaultPrevented; e.preventDefault(); };
             window.addEventListener('click', look);
             link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
             window.removeEventListener('click', look);
             link.remove();
             return taken;",
            vec![],
        )
        .await?;
    assert_eq!(
        taken,
        serde_json::Value::Bool(false),
        "a script in the window took a link's click"
    );
    Ok(())
}
