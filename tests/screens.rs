//! End to end: every screen of the demo account in the light and the dark theme, as the
//! system chooses it; the screenshots land in `target/tmp/e2e/screens-<theme>/`.

mod support;

use support::{App, Step};

/// Each screen's `data-screen` name and its heading.
const SCREENS: [(&str, &str); 8] = [
    ("today", "Today"),
    ("overview", "Overview"),
    ("insights", "What works"),
    ("posts", "Posts"),
    ("audience", "Audience"),
    ("links", "Links"),
    ("reports", "Reports"),
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
        drawn(app, screen).await?;
        app.screenshot(screen).await?;
    }
    Ok(())
}

/// Waits until `screen` has drawn what it shows: a chart (its readout line offers the arrow
/// keys once drawn), or on Reports the pages of the report, each image decoded.
async fn drawn(app: &App, screen: &str) -> Step {
    match screen {
        "settings" => Ok(()),
        "reports" => pages_shown(app, 8).await.map(|_| ()),
        _ => app
            .wait_until_text("figure.chart .readout", |t| !t.is_empty())
            .await
            .map(|_| ()),
    }
}

/// Waits until the Reports screen shows at least `least` pages, every one decoded into an
/// image with a width, and none still being drawn; returns how many.
async fn pages_shown(app: &App, least: usize) -> Step<usize> {
    let deadline = std::time::Instant::now() + support::PATIENCE;
    loop {
        let seen = app
            .script(
                "const making = document.querySelector('#report-making');
                 const pages = [...document.querySelectorAll('#report-pages img.report-page')];
                 return {
                     making: !!making && !making.hidden,
                     widths: pages.map(p => p.complete ? p.naturalWidth : 0),
                 };",
                vec![],
            )
            .await?;
        let widths: Vec<u64> = seen["widths"]
            .as_array()
            .map(|w| w.iter().filter_map(serde_json::Value::as_u64).collect())
            .unwrap_or_default();
        if seen["making"] == false && widths.len() >= least && widths.iter().all(|w| *w > 0) {
            return Ok(widths.len());
        }
        if std::time::Instant::now() > deadline {
            return Err(format!("the report's pages, not {least} or more: {seen}").into());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

/// Each screen's heading in Japanese, in sidebar order.
const IN_JAPANESE: [&str; 8] = [
    "今日",
    "概要",
    "成功パターン",
    "投稿",
    "オーディエンス",
    "リンク",
    "レポート",
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
const SECTIONS: [(&str, &[&str]); 7] = [
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
    ("reports", &["reports-preview", "reports-schedule"]),
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
        drawn(app, screen).await?;
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

#[tokio::test(flavor = "multi_thread")]
async fn a_report_of_every_section_and_a_media_kit_are_previewed_page_by_page_and_saved_whole() {
    let saves = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e/reports-saves");
    let _ = std::fs::remove_dir_all(&saves);
    std::fs::create_dir_all(&saves).expect("the saves folder");
    let folder = saves.display().to_string();
    let app = App::launch_with("reports", &[("SPOOL_SAVE_PATH", folder.as_str())]).await;
    let outcome = reports(&app, &saves).await;
    app.finish(outcome).await;
}

async fn reports(app: &App, saves: &std::path::Path) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;
    app.click("button[data-screen=reports]").await?;
    app.wait_for_text("main h1", "Reports").await?;

    // Every section is chosen at first: a cover, then a page or more for each of the seven.
    let chosen = app
        .script(
            "return [...document.querySelectorAll('#report-sections input')].map(b => b.checked);",
            vec![],
        )
        .await?;
    assert_eq!(chosen, serde_json::json!(vec![true; 7]));
    let pages = pages_shown(app, 8).await?;
    assert_eq!(
        app.text_of("#report-page-count").await?,
        format!("{pages} pages")
    );
    app.screenshot("reports").await?;

    // Saved as a PDF where the user chooses (the test's folder): whole, every page in it.
    app.click("#save-report-pdf").await?;
    let said = app
        .wait_until_text("#report-outcome", |t| !t.is_empty())
        .await?;
    let pdf = only_file(saves, "pdf")?;
    assert!(
        said.starts_with(&format!("Saved {}", pdf.display())),
        "{said}"
    );
    let bytes = std::fs::read(&pdf)?;
    assert!(bytes.starts_with(b"%PDF-"), "a PDF");
    assert!(
        bytes.trim_ascii_end().ends_with(b"%%EOF"),
        "the PDF is written to its end"
    );
    let info = std::process::Command::new("pdfinfo").arg(&pdf).output()?;
    assert!(info.status.success(), "pdfinfo reads {}", pdf.display());
    let info = String::from_utf8_lossy(&info.stdout);
    assert!(
        info.lines()
            .any(|l| l.starts_with("Pages:") && l.ends_with(&format!(" {pages}"))),
        "the PDF has the {pages} pages shown: {info}"
    );
    let names: Vec<_> = std::fs::read_dir(saves)?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(names.len(), 1, "nothing but the PDF is left: {names:?}");

    // No section: nothing to draw and nothing to save, and the form says why.
    let boxes = app
        .script(
            "return [...document.querySelectorAll('#report-sections input')].map(b => b.value);",
            vec![],
        )
        .await?;
    for value in boxes.as_array().ok_or("the sections")? {
        let value = value.as_str().ok_or("a section's name")?;
        app.click(&format!("#report-sections input[value={value}]"))
            .await?;
    }
    app.wait_for_text(
        "#report-no-sections",
        "Choose at least one section for the report.",
    )
    .await?;
    assert!(!shown(app, "#report-pages").await?, "no pages are shown");
    let disabled = app
        .script(
            "return document.querySelector('#save-report-pdf').disabled;",
            vec![],
        )
        .await?;
    assert_eq!(disabled, serde_json::json!(true), "nothing to save");
    // One section: the cover and its page or two.
    app.click("#report-sections input[value=top-posts]").await?;
    let fewer = pages_shown(app, 2).await?;
    assert!(fewer < pages, "{fewer} pages for one section");

    // A media kit: one page, whatever sections a report would have; a PNG of it as well.
    app.click("input[name=report-kind][value=media-kit]")
        .await?;
    app.wait_for_text("#report-page-count", "One page").await?;
    assert_eq!(pages_shown(app, 1).await?, 1);
    let sections_off = app
        .script(
            "return document.querySelector('#report-sections').disabled;",
            vec![],
        )
        .await?;
    assert_eq!(
        sections_off,
        serde_json::json!(true),
        "a media kit has no sections to choose"
    );
    assert!(
        shown(app, "#save-report-png").await?,
        "a media kit is saved as a PNG too"
    );
    app.screenshot("reports-media-kit").await?;
    app.click("#save-report-png").await?;
    app.wait_until_text("#report-outcome", |t| t.contains(".png"))
        .await?;
    let png = std::fs::read(only_file(saves, "png")?)?;
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");

    // On a schedule: every week needs a folder first; once chosen, the schedule is saved.
    app.choose("#report-every", "week").await?;
    assert!(
        shown(app, "#report-needs-folder").await?,
        "a folder is asked for"
    );
    assert!(!shown(app, "#report-schedule-saved").await?);
    app.click("#choose-report-folder").await?;
    let deadline = std::time::Instant::now() + support::PATIENCE;
    while !shown(app, "#report-schedule-saved").await? {
        assert!(
            std::time::Instant::now() < deadline,
            "the schedule was never saved"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(!shown(app, "#report-needs-folder").await?);
    app.script(
        "document.querySelector('#report-schedule').scrollIntoView({ block: 'end' });",
        vec![],
    )
    .await?;
    app.screenshot("reports-schedule").await?;
    // Kept: the screen shown again reads it back.
    app.click("button[data-screen=today]").await?;
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=reports]").await?;
    app.wait_for_text("main h1", "Reports").await?;
    // The schedule panel shows once its answer is in, which may be after the heading.
    let expected = serde_json::json!(["week", saves.display().to_string()]);
    let deadline = std::time::Instant::now() + support::PATIENCE;
    loop {
        let read_back = app
            .script(
                "const every = document.querySelector('#report-every');
                 const folder = document.querySelector('#report-folder');
                 return every && folder ? [every.value, folder.value] : null;",
                vec![],
            )
            .await?;
        if read_back == expected {
            break;
        }
        assert!(
            read_back.is_null() && std::time::Instant::now() < deadline,
            "the schedule read back as {read_back}, not {expected}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Ok(())
}

/// Whether the element matching `css` is there and not hidden.
async fn shown(app: &App, css: &str) -> Step<bool> {
    let shown = app
        .script(
            "const found = document.querySelector(arguments[0]);
             return !!found && !found.hidden && found.getClientRects().length > 0;",
            vec![css.into()],
        )
        .await?;
    Ok(shown.as_bool() == Some(true))
}

/// The one file in `folder` whose name ends in `.extension`.
fn only_file(folder: &std::path::Path, extension: &str) -> Step<std::path::PathBuf> {
    let found: Vec<_> = std::fs::read_dir(folder)?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == extension))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "{} .{extension} files in {}: {found:?}",
            found.len(),
            folder.display()
        )
        .into()),
    }
}
