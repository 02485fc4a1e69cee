//! End to end: the window driven from the keyboard, on the demo account: the screens' shortcuts,
//! the list of shortcuts, the command palette (a screen, a post found by its text, a range, the
//! export of the chart in focus) and syncing without reloading the page.

mod support;

use std::time::Duration;

use support::{App, Step};

#[tokio::test(flavor = "multi_thread")]
async fn the_window_is_driven_from_the_keyboard() {
    let app = App::launch("keyboard").await;
    let outcome = drive(&app).await;
    app.finish(outcome).await;
}

async fn drive(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    app.start_demo("#try-demo").await?;

    // Ctrl+1 … Ctrl+8: the screens in the sidebar's order.
    assert!(app.press("2", true).await?, "Ctrl+2 is the window's");
    app.wait_for_text("main h1", "Overview").await?;
    app.press("4", true).await?;
    app.wait_for_text("main h1", "Posts").await?;
    app.press("1", true).await?;
    app.wait_for_text("main h1", "Today").await?;

    // ? lists the shortcuts; Escape closes the list.
    app.press("?", false).await?;
    let listed = app.text_of("#shortcuts").await?;
    for line in ["Keyboard shortcuts", "Ctrl+K", "Ctrl+R", "Command palette"] {
        assert!(listed.contains(line), "{listed}");
    }
    app.screenshot("shortcuts").await?;
    app.press("Escape", false).await?;
    assert!(gone(app, "#shortcuts").await?, "Escape closes the list");

    // The palette: a screen by its name.
    app.press("k", true).await?;
    app.type_into("#palette-input", "what works").await?;
    // The screen first, then posts that hold both words.
    let offered = app.texts_of("#palette-options [role=option]").await?;
    app.screenshot("palette").await?;
    assert_eq!(
        offered.first().map(String::as_str),
        Some("Go to What worksCtrl+3")
    );
    assert!(
        offered[1..].iter().all(|o| o.starts_with("Post: ")),
        "{offered:?}"
    );
    app.press("Enter", false).await?;
    app.wait_for_text("main h1", "What works").await?;
    assert!(
        gone(app, "#palette").await?,
        "running a command closes the palette"
    );

    // A post by words of its text, from any screen: its page opens.
    app.press("4", true).await?;
    app.wait_for_text("main h1", "Posts").await?;
    app.wait_until_text("#posts-table tbody tr[data-post]", |t| !t.is_empty())
        .await?;
    // The newest post's whole text, as its cell's tooltip holds it.
    let text = app
        .script(
            "return document.querySelector('#posts-table tbody tr[data-post] td.post-text').title;",
            vec![],
        )
        .await?;
    let text = text.as_str().unwrap_or_default().to_owned();
    let words: Vec<&str> = text.split_whitespace().take(3).collect();
    assert!(!words.is_empty(), "the newest post has text");
    // From the posts screen itself (its table shown), then from another screen.
    for (shortcut, heading) in [("4", "Posts"), ("1", "Today")] {
        app.press(shortcut, true).await?;
        app.wait_for_text("main h1", heading).await?;
        app.press("k", true).await?;
        app.type_into("#palette-input", &words.join(" ")).await?;
        // The posts come once the palette has read them.
        app.wait_until_text("#palette-options", |t| t.contains("Post: "))
            .await?;
        let offered = app.texts_of("#palette-options [role=option]").await?;
        let first = offered
            .iter()
            .position(|o| o.starts_with("Post: "))
            .ok_or_else(|| format!("no post offered for {words:?}: {offered:?}"))?;
        for _ in 0..first {
            app.press("ArrowDown", false).await?;
        }
        app.press("Enter", false).await?;
        app.wait_for_text("main h1", "Posts").await?;
        let page = app.text_of("#post-page .post-text").await?;
        for word in &words {
            assert!(page.contains(word), "{page} for {words:?}, from {heading}");
        }
    }

    // A range: the overview over the last 7 days.
    app.press("k", true).await?;
    app.type_into("#palette-input", "range 7").await?;
    app.press("Enter", false).await?;
    app.wait_for_text("main h1", "Overview").await?;
    app.wait_until_text("#profile-views-chart .readout", |t| !t.is_empty())
        .await?;
    let days = app.readouts("#profile-views-chart").await?;
    assert_eq!(days.len(), 7, "{days:?}");

    // The chart in focus: its export opens, Save… focused.
    app.script(
        "document.querySelector('#profile-views-chart').focus(); return true;",
        vec![],
    )
    .await?;
    app.press("k", true).await?;
    app.type_into("#palette-input", "export").await?;
    app.press("Enter", false).await?;
    let export = app
        .script(
            "const figure = document.querySelector('#profile-views-chart');
             return [figure.querySelector('details.export-panel').open,
                     document.activeElement === figure.querySelector('.export-save')];",
            vec![],
        )
        .await?;
    assert_eq!(export, serde_json::json!([true, true]));

    // Ctrl+R syncs the account shown and does not reload the page.
    app.script("window.__beforeSync = true; return true;", vec![])
        .await?;
    app.record_ipc().await?;
    assert!(app.press("r", true).await?, "Ctrl+R is the window's");
    tokio::time::sleep(Duration::from_secs(1)).await;
    let seen = app.ipc_and_page().await?;
    assert!(seen.contains("sync_now"), "a sync was asked for");
    let kept = app
        .script("return window.__beforeSync === true;", vec![])
        .await?;
    assert_eq!(kept.as_bool(), Some(true), "the page was not reloaded");
    Ok(())
}

/// Whether nothing matches `css`, waiting a little for it to go.
async fn gone(app: &App, css: &str) -> Step<bool> {
    for _ in 0..20 {
        let there = app
            .script(
                "return document.querySelector(arguments[0]) !== null;",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        if there.as_bool() == Some(false) {
            return Ok(true);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(false)
}
