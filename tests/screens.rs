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

/// Each screen's heading in Japanese, in sidebar order.
const IN_JAPANESE: [&str; 7] = [
    "今日",
    "概要",
    "成功パターン",
    "投稿",
    "オーディエンス",
    "リンク",
    "設定",
];

#[tokio::test(flavor = "multi_thread")]
async fn japanese_chosen_in_settings_renames_every_screen_at_once_and_the_system_brings_english_back()
 {
    let app = App::launch("language").await;
    let outcome = japanese(&app).await;
    app.finish(outcome).await;
}

async fn japanese(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;
    // The system's language (this test's system speaks English) is chosen until one is.
    let system = app.text_of("#language option[value='']").await?;
    assert_eq!(system, "The system's language (English)");
    choose_language(app, "ja").await?;
    // The page loads again, on Settings, in Japanese: the sidebar, the heading, the section.
    app.wait_for_text("main h1", "設定").await?;
    assert_eq!(app.texts_of(".nav button").await?, IN_JAPANESE);
    assert_eq!(app.text_of("#language-heading").await?, "言語");
    for ((screen, _), heading) in SCREENS.iter().zip(IN_JAPANESE) {
        app.click(&format!("button[data-screen={screen}]")).await?;
        app.wait_for_text("main h1", heading).await?;
    }
    // Today, with no account yet, says so in Japanese too.
    app.click("button[data-screen=today]").await?;
    app.wait_for_text(
        ".empty-title",
        "Threads アカウントはまだ接続されていません。",
    )
    .await?;
    app.screenshot("japanese").await?;
    // Kept: Spool started again still speaks Japanese.
    app.client.refresh().await?;
    app.wait_for_text("main h1", "設定").await?;
    // The system's language again: English, everywhere.
    choose_language(app, "").await?;
    app.wait_for_text("main h1", "Settings").await?;
    let names: Vec<String> = SCREENS.iter().map(|(_, name)| (*name).to_owned()).collect();
    assert_eq!(app.texts_of(".nav button").await?, names);
    Ok(())
}

/// Picks the language whose tag is `tag` ("" for the system's) in Settings, once Settings
/// have read the preferences (the choice is disabled until then).
async fn choose_language(app: &App, tag: &str) -> Step {
    let deadline = std::time::Instant::now() + support::PATIENCE;
    loop {
        let chosen = app
            .script(
                "const select = document.querySelector('#language');
                 if (!select || select.disabled) { return false; }
                 select.value = arguments[0];
                 select.dispatchEvent(new Event('change', { bubbles: true }));
                 return true;",
                vec![serde_json::json!(tag)],
            )
            .await?;
        if chosen.as_bool() == Some(true) {
            return Ok(());
        }
        if std::time::Instant::now() > deadline {
            return Err("Settings never offered the language choice".into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}
