//! End to end: a creator exports the demo account's profile views as a PNG at 3×, copies it
//! to the clipboard, saves it as an SVG and as CSV, through the window (the save dialog replaced by a folder given in test mode);
//! the files decode to what the screen showed. A save that cannot happen says why and leaves
//! no partial file.

mod support;

use support::{App, Step};

#[tokio::test(flavor = "multi_thread")]
async fn charts_and_tables_are_saved_as_files_that_open() {
    let saves = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e/export-saves");
    let _ = std::fs::remove_dir_all(&saves);
    std::fs::create_dir_all(&saves).expect("the saves folder");
    let folder = saves.display().to_string();
    let app = App::launch_with("export", &[("SPOOL_SAVE_PATH", folder.as_str())]).await;
    let outcome = export(&app, &saves).await;
    app.finish(outcome).await;
}

/// How the overview names a range's first day in American English: "Oct 1, 2026".
fn american_month_start(range: spool_model::DateRange) -> String {
    let locale = spool_model::Locale {
        day_first: false,
        year_first: None,
        ..spool_model::Locale::english()
    };
    locale.date(range.since())
}

async fn export(app: &App, saves: &std::path::Path) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.click("#current-account, .account-chip.empty").await?;
    app.start_demo("#try-demo").await?;
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=overview]").await?;
    app.wait_for_text("main h1", "Overview").await?;
    app.click("button.preset:nth-child(5)").await?;
    let anchor = support::stored_vault(&app.data_home.join("app.spool.desktop"))?
        .demo_anchor
        .ok_or("the demo's anchor is stored")?;
    let account = threads_sim::DemoAccount::main(42, anchor);
    let today = spool_model::pacific::day_of(chrono::Utc::now());
    let last_month = spool_model::RangePreset::LastMonth.range(today, None);
    let stem = format!(
        "spool-mara.makes-profile-views-{}-to-{}",
        last_month.since(),
        last_month.until()
    );
    app.wait_until_text("#overview-range", |t| {
        t.starts_with(&american_month_start(last_month))
    })
    .await?;

    // A PNG at three times the screen's pixels, with what it shows written into it.
    let chart = "#profile-views-chart";
    app.click(&format!("{chart} .export-panel summary")).await?;
    app.choose(&format!("{chart} .export-scale"), "3").await?;
    app.screenshot("export-panel").await?;
    app.click(&format!("{chart} .export-save")).await?;
    let said = app
        .wait_until_text(&format!("{chart} .export-outcome"), |t| !t.is_empty())
        .await?;
    let png = saves.join(format!("{stem}.png"));
    assert!(
        said.starts_with(&format!("Saved {}", png.display())),
        "{said}"
    );
    let facts = spool_charts::png_facts(&std::fs::read(&png)?)?;
    assert_eq!(facts.size, (2880, 1080), "960 × 360 at 3×");
    let text = |keyword: &str| {
        facts
            .text
            .iter()
            .find(|(k, _)| k == keyword)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    };
    assert_eq!(text("Spool account"), "@mara.makes");
    assert_eq!(
        text("Spool range"),
        format!("{} to {}", last_month.since(), last_month.until())
    );

    // Copy image puts the PNG on the system's clipboard, where other programs read it.
    app.click(&format!("{chart} .export-copy")).await?;
    app.wait_for_text(
        &format!("{chart} .export-outcome"),
        "The image is on the clipboard.",
    )
    .await?;
    let pasted = tokio::process::Command::new("xclip")
        .args(["-selection", "clipboard", "-t", "image/png", "-o"])
        .env("DISPLAY", &app.display)
        .output()
        .await?;
    assert!(
        pasted.status.success(),
        "xclip: {}",
        String::from_utf8_lossy(&pasted.stderr)
    );
    let pasted = spool_charts::png_facts(&pasted.stdout)?;
    assert_eq!(
        pasted.size,
        (2880, 1080),
        "the clipboard holds the 3× image"
    );

    // The same chart as SVG: vector text with each day's readout.
    app.choose(&format!("{chart} .export-format"), "svg")
        .await?;
    app.click(&format!("{chart} .export-save")).await?;
    app.wait_until_text(&format!("{chart} .export-outcome"), |t| t.contains(".svg"))
        .await?;
    let svg = std::fs::read_to_string(saves.join(format!("{stem}.svg")))?;
    let (day, views) = last_month
        .since()
        .iter_days()
        .find_map(|d| account.profile_views(d, anchor).map(|v| (d, v)))
        .ok_or("a measured day")?;
    // The window runs in WebKit's default locale here, American English.
    let american = spool_model::Locale {
        tag: "en-US".to_owned(),
        day_first: false,
        year_first: None,
        hour12: true,
        ..spool_model::Locale::english()
    };
    let readout = format!(
        "{}: {} profile views",
        american.weekday_date(day),
        american.number(views)
    );
    assert!(svg.contains(&readout), "the SVG reads out {readout:?}");

    // The numbers behind it as CSV: one row a day, the values the simulator served.
    let bar = ".data-export[data-dataset=profile-views]";
    app.click(&format!("{bar} button[data-format=csv]")).await?;
    app.wait_until_text(&format!("{bar} .export-outcome"), |t| {
        t.starts_with("Saved")
    })
    .await?;
    let csv = std::fs::read_to_string(saves.join(format!("{stem}.csv")))?;
    let mut lines = csv.trim_start_matches('\u{feff}').lines();
    assert_eq!(lines.next(), Some("day,profile_views"));
    let rows: Vec<(String, String)> = lines
        .map(|l| {
            let (day, value) = l.split_once(',').unwrap_or((l, ""));
            (day.to_owned(), value.to_owned())
        })
        .collect();
    let days: Vec<_> = last_month
        .since()
        .iter_days()
        .take_while(|d| *d <= last_month.until())
        .collect();
    assert_eq!(rows.len(), days.len());
    for ((shown_day, value), day) in rows.iter().zip(&days) {
        assert_eq!(shown_day, &day.to_string());
        let served = account
            .profile_views(*day, anchor)
            .map(|v| v.to_string())
            .unwrap_or_default();
        assert_eq!(value, &served, "{day}");
    }

    // A save that cannot happen (a folder stands where the file would go) says why, and
    // leaves nothing behind.
    let blocked = saves.join(format!("{stem}.json"));
    std::fs::create_dir(&blocked)?;
    let before: Vec<_> = std::fs::read_dir(saves)?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    app.click(&format!("{bar} button[data-format=json]"))
        .await?;
    let refusal = app
        .wait_until_text(&format!("{bar} .export-outcome"), |t| {
            !t.starts_with("Saved")
        })
        .await?;
    assert!(refusal.contains("Choose another folder"), "{refusal}");
    let after: Vec<_> = std::fs::read_dir(saves)?
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(before.len(), after.len(), "no partial file: {after:?}");
    app.screenshot("export-refused").await?;
    Ok(())
}
