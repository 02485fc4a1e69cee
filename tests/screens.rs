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

/// Each screen's section headings with the demo account, by catalogue id (Settings' change
/// with what is connected and are read in the language test above).
const SECTIONS: [(&str, &[&str]); 6] = [
    ("today", &["today-recent", "today-newest"]),
    ("overview", &[]),
    (
        "insights",
        &[
            "insights-top-posts",
            "insights-engagement",
            "insights-what-to-post",
            "insights-rhythm",
            "insights-words",
            "insights-conversation",
        ],
    ),
    ("posts", &["posts-best-times"]),
    ("audience", &[]),
    ("links", &[]),
];

#[tokio::test(flavor = "multi_thread")]
async fn the_demo_in_japanese_reads_every_heading_and_a_charts_readouts_in_japanese() {
    let app = App::launch("japanese-demo").await;
    let outcome = japanese_demo(&app).await;
    app.finish(outcome).await;
}

async fn japanese_demo(app: &App) -> Step {
    use spool_i18n::{Arg, Catalogue, Language, NumberStyle};
    let japanese = Catalogue::bundled(Language::Japanese, NumberStyle::english());
    let english = Catalogue::bundled(Language::English, NumberStyle::english());
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    choose_language(app, "ja").await?;
    app.wait_for_text("main h1", "設定").await?;
    app.start_demo("#try-demo").await?;
    for ((screen, ids), heading) in SECTIONS.iter().zip(IN_JAPANESE) {
        app.click(&format!("button[data-screen={screen}]")).await?;
        app.wait_for_text("main h1", heading).await?;
        let mut expected: Vec<String> = ids.iter().map(|id| japanese.text(id)).collect();
        expected.sort();
        // The sections come with the screen's data, a moment after its heading.
        let deadline = std::time::Instant::now() + support::PATIENCE;
        loop {
            let mut shown = app.texts_of("main h2").await?;
            shown.sort();
            if shown == expected {
                break;
            }
            assert!(
                std::time::Instant::now() < deadline,
                "the headings of {screen}: {shown:?}, not {expected:?}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        for id in *ids {
            assert_ne!(japanese.text(id), english.text(id), "{id} is translated");
        }
    }
    // One chart, read out place by place: its name and every day's words are Japanese.
    app.click("button[data-screen=overview]").await?;
    app.wait_for_text("main h1", "概要").await?;
    assert_eq!(
        app.chart_name("#profile-views-chart").await?,
        japanese.text("kind-profile-views")
    );
    let readouts = app.readouts("#profile-views-chart").await?;
    // The message with markers for its values: what lies between them is the same for every day.
    let shape = japanese.format(
        "drawn-profile-views-readout",
        &[("day", Arg::from("\u{1}")), ("views", Arg::from("\u{2}"))],
    );
    let words: Vec<&str> = shape
        .split(['\u{1}', '\u{2}'])
        .filter(|w| !w.trim().is_empty())
        .collect();
    assert!(
        !words.is_empty() && shape.contains("プロフィール"),
        "{shape}"
    );
    let days_read = readouts
        .iter()
        .filter(|r| words.iter().all(|w| r.contains(w)))
        .count();
    assert!(
        days_read >= 20,
        "a month of days read out in Japanese, not {days_read} of {readouts:?}"
    );
    assert!(
        readouts.iter().all(|r| !r.contains("profile views")),
        "no English readout: {readouts:?}"
    );
    app.screenshot("japanese-overview").await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_of_the_demo_in_traditional_chinese_and_hindi() {
    for (name, system) in [("zh-TW", "zh_TW"), ("hi", "hi_IN")] {
        let app = App::launch_with(
            &format!("screens-{name}"),
            &[("LANGUAGE", system), ("LANG", &format!("{system}.UTF-8"))],
        )
        .await;
        let outcome = visit_in(&app, name).await;
        app.finish(outcome).await;
    }
}

/// Every screen of the demo, spoken in the language tagged `tag` as the system's, each
/// heading as the catalogue writes it, screenshot by screenshot (`docs/screenshots/<tag>/`
/// holds them, looked at).
async fn visit_in(app: &App, tag: &str) -> Step {
    use spool_i18n::{Catalogue, Language, NumberStyle};
    let language = Language::for_tag(tag).ok_or("a language Spool speaks")?;
    let words = Catalogue::bundled(language, NumberStyle::of(language));
    let heading = |screen: &str| words.text(&format!("screen-{screen}"));
    app.wait_for_text("main h1", &heading("today")).await?;
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;
    for (screen, english) in SCREENS {
        app.click(&format!("button[data-screen={screen}]")).await?;
        app.wait_for_text("main h1", &heading(screen)).await?;
        assert_ne!(heading(screen), english, "{screen} is translated");
        if screen != "settings" {
            app.wait_until_text("figure.chart .readout", |t| !t.is_empty())
                .await?;
        }
        app.screenshot(screen).await?;
    }
    // Whatever fonts this system has, the window can always fall back to the bundled ones
    // exports are drawn in: they load through Spool's own scheme, past the page's policy.
    let (family, letter) = match language {
        Language::Hindi => ("Spool Devanagari", "क"),
        _ => ("Spool CJK", "總"),
    };
    let loaded = app
        .script(
            "return document.fonts.load('16px \"' + arguments[0] + '\"', arguments[1])
                 .then(faces => faces.map(face => face.status))",
            vec![family.into(), letter.into()],
        )
        .await?;
    assert_eq!(loaded, serde_json::json!(["loaded"]), "{family}");
    Ok(())
}
