//! End to end: syncing from the interface against a simulator this test controls, with the
//! progress shown, a cancel that saves nothing, and a sync that completes.

mod support;

use std::time::Duration;

use support::{App, Step};
use threads_sim::{Fault, FaultKind, Route, RunningSimulator, Simulator};

#[tokio::test(flavor = "multi_thread")]
async fn a_sync_shows_its_progress_can_be_cancelled_and_completes() {
    let sim = Simulator::new()
        .start()
        .await
        .expect("the simulator starts");
    let base = sim.base_url().to_string();
    let backup = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e-backup.sqlite");
    let _ = std::fs::remove_file(&backup);
    let backup_text = backup.display().to_string();
    let app = App::launch_with(
        "sync",
        &[
            ("SPOOL_THREADS_API", &base),
            ("SPOOL_SAVE_PATH", &backup_text),
        ],
    )
    .await;
    let outcome = sync(&app, &sim, &backup).await;
    app.finish(outcome).await;
}

async fn sync(app: &App, sim: &RunningSimulator, backup: &std::path::Path) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    app.click("button[data-screen=settings]").await?;
    let token = sim.issue_long_lived_token(sim.main_user_id());
    app.type_into("#pasted-token", &token).await?;
    app.click("form:has(#pasted-token) button").await?;
    app.wait_for_text("main h1", "Today").await?;
    let never = app.text_of("#last-sync").await?;
    assert!(never.starts_with("Not synced yet"), "{never}");

    // Slow post insights: the sync is still running when the test cancels it.
    sim.add_fault(Fault::always(
        Some(Route::PostInsights),
        FaultKind::Latency(Duration::from_millis(300)),
    ));
    app.click("#sync-now").await?;
    app.wait_for_text("#sync-phase", "Reading post insights")
        .await?;
    app.screenshot("sync-progress").await?;
    app.click("#cancel-sync").await?;
    let cancelled = app.text_of("#last-sync").await?;
    let deadline = std::time::Instant::now() + support::PATIENCE;
    let mut cancelled = cancelled;
    while !cancelled.contains("was cancelled") && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
        cancelled = app.text_of("#last-sync").await?;
    }
    assert!(
        cancelled.contains("was cancelled; nothing was saved"),
        "{cancelled}"
    );

    sim.clear_faults();
    app.click("#sync-now").await?;
    let deadline = std::time::Instant::now() + support::PATIENCE * 3;
    let mut last = app.text_of("#last-sync").await?;
    while !last.starts_with("Last synced") && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        last = app.text_of("#last-sync").await?;
    }
    assert!(last.starts_with("Last synced"), "{last}");
    assert!(
        sim.requests(Route::PostInsights) > 300,
        "every post was read"
    );
    let sidebar = app.text_of("#sidebar-last-sync").await?;
    assert!(sidebar.starts_with("Synced"), "{sidebar}");
    app.screenshot("synced").await?;

    // The log file tells the story, without the token. (The window can show the sync's end
    // a moment before its line is written.)
    let deadline = std::time::Instant::now() + support::PATIENCE;
    while !app.log_file().contains("ended (Completed)") && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let log = app.log_file();
    for line in [
        "Spool 0.1.0 started on linux",
        "logged in with a pasted token as @mara.makes",
        "sync of @mara.makes started",
        "sync of @mara.makes was cancelled",
        "sync of @mara.makes ended (Completed)",
    ] {
        let line = line.replace("0.1.0", env!("CARGO_PKG_VERSION"));
        assert!(log.contains(&line), "the log has no `{line}`:\n{log}");
    }
    for token in sim.issued_tokens() {
        assert!(!log.contains(&token), "a token reached the log file");
    }

    // "Back up data" writes a whole SQLite copy where the user chose (here: a test path).
    app.click("button[data-screen=settings]").await?;
    app.click("#back-up").await?;
    let said = app.text_of("#backed-up").await?;
    assert!(said.contains(&backup.display().to_string()), "{said}");
    let copy = std::fs::read(backup)?;
    assert!(copy.starts_with(b"SQLite format 3\0"), "a SQLite database");
    assert!(
        copy.len() > 100_000,
        "with the synced history in it ({} bytes)",
        copy.len()
    );
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_audience_shows_every_breakdown_and_explains_the_100_follower_gate() {
    // A still clock: what the simulator serves now is what it served at the sync.
    let sim = Simulator::new()
        .clock(threads_sim::SimClock::Fixed(chrono::Utc::now()))
        .start()
        .await
        .expect("the simulator starts");
    let base = sim.base_url().to_string();
    let app = App::launch_with("audience", &[("SPOOL_THREADS_API", &base)]).await;
    let outcome = audience(&app, &sim).await;
    app.finish(outcome).await;
}

async fn log_in_and_sync(app: &App, token: &str, handle: &str) -> Step {
    app.click("button[data-screen=settings]").await?;
    app.type_into("#pasted-token", token).await?;
    app.click("form:has(#pasted-token) button").await?;
    app.wait_for_text("#current-account .account-handle", handle)
        .await?;
    app.click("button[data-screen=overview]").await?;
    app.click("#sync-now").await?;
    app.wait_until_text("#last-sync", |t| t.starts_with("Last synced"))
        .await?;
    Ok(())
}

async fn audience(app: &App, sim: &RunningSimulator) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let main = sim.issue_long_lived_token(sim.main_user_id());
    log_in_and_sync(app, &main, "@mara.makes").await?;
    app.click("button[data-screen=audience]").await?;
    app.wait_for_text("main h1", "Audience").await?;
    let account = sim.account(sim.main_user_id()).ok_or("the main account")?;
    for breakdown in ["country", "city", "age", "gender"] {
        let chart = app
            .readouts(&format!("figure[data-breakdown={breakdown}]"))
            .await?;
        let served = account
            .demographics(breakdown, sim.now())
            .ok_or("a breakdown")?;
        // The largest value the simulator served is the first bar, read out in words.
        let kind = spool_model::Breakdown::ALL
            .into_iter()
            .find(|b| b.api_name() == breakdown)
            .ok_or("a breakdown")?;
        let readout = format!(
            "{}: {} followers",
            spool_charts::segment_name(kind, &served[0].0),
            spool_model::Locale::english().number(served[0].1)
        );
        assert!(
            chart
                .first()
                .is_some_and(|first| first.starts_with(&readout)),
            "{breakdown}: {readout:?} does not come first in {chart:?}"
        );
    }
    app.screenshot("audience").await?;

    // Posts: every post is listed; reposts say whose insights they are; sorting by views puts
    // the most viewed first; a post's page shows its growth and a way to open it.
    app.click("button[data-screen=posts]").await?;
    let total = account.posts.len();
    app.wait_for_text("#post-count", &format!("{total} of {total} posts"))
        .await?;
    let repost = account
        .posts
        .iter()
        .find(|p| p.media_type == threads_sim::DemoMediaType::RepostFacade)
        .ok_or("a repost")?;
    // The table renders only the rows in view: the type filter brings the reposts into it.
    app.choose("#post-type", "Repost").await?;
    let row = app
        .text_of(&format!("tr[data-post='{}']", repost.id))
        .await?;
    assert!(row.contains("A repost of someone else's post"), "{row}");
    app.choose("#post-type", "all").await?;
    app.wait_for_text("#post-count", &format!("{total} of {total} posts"))
        .await?;
    let rendered = app.texts_of("#posts-table tbody tr[data-post]").await?;
    assert!(
        rendered.len() < total && rendered.len() <= 60,
        "{} of {total} rows rendered",
        rendered.len()
    );
    app.click("th:nth-child(4) button.sort").await?;
    let views = app
        .texts_of("#posts-table tbody tr td:nth-child(4)")
        .await?;
    let number = |t: &str| t.replace(',', "").parse::<u64>().unwrap_or(0);
    assert!(number(&views[0]) >= number(&views[1]), "{:?}", &views[..3]);
    let most_viewed = account
        .posts
        .iter()
        .filter_map(|p| account.metrics_at(p, sim.now()).map(|m| m.views))
        .max()
        .ok_or("views")?;
    // Read at sync time, a moment ago: within a whisker of the simulator's figure now.
    assert!(number(&views[0]) <= most_viewed && number(&views[0]) * 100 >= most_viewed * 99);
    assert_eq!(
        app.chart_name("#best-times-chart").await?,
        "Best time to post"
    );
    let best = app.readouts("#best-times-chart").await?;
    assert!(
        best.iter()
            .any(|r| r.contains(": median ") && r.contains(" views over ")),
        "{best:?}"
    );
    // The post's text has the room it needs beside the numbers: some 35 characters or more.
    let room = app
        .script(
            "return document.querySelector('#posts-table tr.post-row td.post-text').clientWidth;",
            vec![],
        )
        .await?;
    assert!(
        room.as_f64().is_some_and(|px| px >= 250.0),
        "the text column is {room} px wide"
    );
    app.screenshot("posts").await?;
    app.type_into("#post-filter", "zzz-no-such-text").await?;
    app.wait_for_text("#post-count", &format!("0 of {total} posts"))
        .await?;
    app.type_into("#post-filter", "").await?;
    app.click("#posts-table tbody tr:first-child button.link")
        .await?;
    assert_eq!(
        app.chart_name("#post-growth-chart").await?,
        "Views since publication"
    );
    let growth = app.readouts("#post-growth-chart").await?;
    assert!(growth.iter().any(|r| r.contains("views")), "{growth:?}");
    assert_eq!(app.text_of("#open-post").await?, "Open on Threads");
    app.screenshot("post-page").await?;

    // Links: every link the simulator counted clicks for, the most clicked first.
    app.click("button[data-screen=links]").await?;
    // The list is read once it has loaded: straight after the click it can still be empty.
    app.text_of("#link-list li code").await?;
    let listed = app.texts_of("#link-list li code").await?;
    let first_day = account
        .posts
        .iter()
        .map(|p| spool_model::pacific::day_of(p.published))
        .min()
        .ok_or("posts")?
        .max(spool_model::limits::INSIGHTS_FLOOR_DAY);
    let served = account.clicks_between(spool_model::pacific::midnight(first_day), sim.now());
    let mut served_urls: Vec<(String, u64)> = served;
    served_urls.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let urls: Vec<String> = served_urls.into_iter().map(|(u, _)| u).collect();
    assert_eq!(listed, urls, "the links, most clicked first");
    let chart = app.readouts("#link-clicks-chart").await?;
    assert!(
        chart.first().is_some_and(|r| r.contains(&urls[0])),
        "the most clicked link reads out first: {chart:?}"
    );
    app.screenshot("links").await?;

    let small = sim.issue_long_lived_token(sim.small_user_id());
    log_in_and_sync(app, &small, "@jonah.sketches").await?;
    app.click("button[data-screen=audience]").await?;
    let gate = app.text_of("#audience-gate").await?;
    assert!(gate.contains("from 100 followers on"), "{gate}");
    app.screenshot("audience-gate").await?;
    Ok(())
}
