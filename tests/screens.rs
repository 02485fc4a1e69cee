//! End to end: every screen of the demo account in the light and the dark theme, as the
//! system chooses it; the screenshots land in `target/tmp/e2e/screens-<theme>/`.

mod support;

use support::{App, Step};

/// Each screen's `data-screen` name and its heading.
const SCREENS: [(&str, &str); 7] = [
    ("today", "Today"),
    ("overview", "Overview"),
    ("insights", "What works"),
    ("posts", "Posts"),
    ("audience", "Audience"),
    ("links", "Links"),
    ("settings", "Settings"),
];

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_the_light_and_the_dark_theme() {
    for (theme, env) in [("light", "Adwaita"), ("dark", "Adwaita:dark")] {
        let app = App::launch_with(&format!("screens-{theme}"), &[("GTK_THEME", env)]).await;
        let outcome = visit(&app, theme == "dark").await;
        app.finish(outcome).await;
    }
}

async fn visit(app: &App, dark: bool) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let prefers_dark = app
        .script(
            "return matchMedia('(prefers-color-scheme: dark)').matches;",
            vec![],
        )
        .await?;
    assert_eq!(
        prefers_dark.as_bool(),
        Some(dark),
        "the system's theme reaches the page"
    );
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;
    for (screen, heading) in SCREENS {
        app.click(&format!("button[data-screen={screen}]")).await?;
        app.wait_for_text("main h1", heading).await?;
        if screen != "settings" {
            // Once drawn, a chart's readout line offers the arrow keys.
            app.wait_until_text("figure.chart .readout", |t| !t.is_empty())
                .await?;
        }
        app.screenshot(screen).await?;
    }
    Ok(())
}
