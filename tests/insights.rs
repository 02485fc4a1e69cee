//! End to end: what works for the demo account, read through the keyboard as a screen reader
//! user hears each chart, and held against the demo's own posts (the simulator's world, not
//! Spool's computation); Today, the first screen, with where the newest post stands against
//! the creator's typical post; and the data behind the charts exported as CSV.

mod support;

use chrono::{TimeDelta, Utc};
use spool_model::{RangePreset, pacific};
use support::{App, Step};
use threads_sim::{DemoAccount, DemoMediaType};

#[tokio::test(flavor = "multi_thread")]
async fn what_works_and_today_show_the_demo_history() {
    let saves = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e/insights-saves");
    let _ = std::fs::remove_dir_all(&saves);
    std::fs::create_dir_all(&saves).expect("the saves folder");
    let folder = saves.display().to_string();
    let app = App::launch_with("insights", &[("SPOOL_SAVE_PATH", folder.as_str())]).await;
    let outcome = insights(&app, &saves).await;
    app.finish(outcome).await;
}

/// How many of `readouts` there are whose text starts with a day, as the engagement chart's
/// bars and the calendar's cells do.
fn count_matching(readouts: &[String], accept: impl Fn(&str) -> bool) -> usize {
    readouts.iter().filter(|r| accept(r)).count()
}

async fn insights(app: &App, saves: &std::path::Path) -> Step {
    // With no account, the first screen offers the demo beside connecting.
    app.wait_for_text("main h1", "Today").await?;
    app.start_demo("#try-demo-here").await?;
    app.wait_for_text("main h1", "Today").await?;

    // The demo's world as the simulator made it, from the anchor Spool kept.
    let anchor: chrono::DateTime<Utc> =
        support::stored_vault(&app.data_home.join("app.spool.desktop"))?
            .demo_anchor
            .ok_or("the demo's anchor is stored")?;
    let world = DemoAccount::main(42, anchor);
    let own = |p: &&threads_sim::DemoPost| p.media_type != DemoMediaType::RepostFacade;

    // Today: the posts of the last three days, newest first, each saying where it stands.
    let recent: Vec<_> = world
        .posts
        .iter()
        // Today and the two days before, in the user's (here UTC) days, as Today counts them.
        .filter(|p| {
            let since = anchor.date_naive() - TimeDelta::days(2);
            p.published.date_naive() >= since && p.published <= anchor
        })
        .collect();
    // The list comes with Today's answer, which may arrive after its heading.
    if !recent.is_empty() {
        app.wait_until_text("#recent-posts li.recent-post .standing", |t| !t.is_empty())
            .await?;
    }
    let listed = app
        .texts_of("#recent-posts li.recent-post .standing")
        .await?;
    assert_eq!(
        listed.len(),
        recent.len(),
        "one line per post of the last three days: {listed:?}"
    );
    assert!(
        listed.iter().any(|s| s.contains("× your typical post at")),
        "a young post is held against the typical one: {listed:?}"
    );
    let growth = app.readouts("#today-growth-chart").await?;
    assert!(
        growth.iter().any(|r| r.contains("typical")),
        "the newest post's chart reads out the typical post: {growth:?}"
    );
    app.screenshot("today").await?;

    // What works, over the last 30 days (the window's range).
    app.click("button[data-screen=insights]").await?;
    app.wait_for_text("main h1", "What works").await?;
    let today = pacific::day_of(Utc::now());
    let range = RangePreset::Last30Days.range(today, None);
    let in_range: Vec<_> = world
        .posts
        .iter()
        .filter(own)
        .filter(|p| p.published <= anchor)
        .filter(|p| {
            let day = pacific::day_of(p.published);
            range.since() <= day && day <= range.until()
        })
        .filter(|p| world.metrics_at(p, anchor).is_some_and(|m| m.views > 0))
        .collect();
    let summary = app
        .wait_until_text("#insights-range", |t| t.contains("posts"))
        .await?;
    assert!(
        summary.contains(&format!("{} posts with views", in_range.len())),
        "{summary} (the demo published {} posts with views in these days)",
        in_range.len()
    );

    // The quality map names every post by its text, with its quadrant.
    let map = app.readouts("#quality-map-chart").await?;
    assert_eq!(map.len(), in_range.len(), "one point per post: {map:?}");
    for quadrant in ["breakout", "conversation", "broadcast", "quiet"] {
        assert!(
            map.iter().any(|r| r.ends_with(quadrant)),
            "no post in the {quadrant} quadrant: {map:?}"
        );
    }

    // Top posts against the creator's normal, a multiple each.
    let top = app.readouts("#top-posts-chart").await?;
    assert!(
        top.iter().any(|r| r.contains("× your normal views")),
        "{top:?}"
    );

    // Engagement: one bar a day of the range; then a week's bars.
    let days = app.readouts("#engagement-chart").await?;
    assert_eq!(
        count_matching(&days, |r| r.contains(" likes, ")),
        range.days() as usize,
        "a bar per day: {days:?}"
    );
    app.click("#granularity button[data-choice=week]").await?;
    app.wait_until_text("#engagement-chart .readout", |t| {
        t.starts_with("Point at the chart")
    })
    .await?;
    let weeks = app.readouts("#engagement-chart").await?;
    assert!(
        weeks
            .iter()
            .all(|r| !r.contains(" likes, ") || r.starts_with("Week of")),
        "{weeks:?}"
    );

    // What to post by format: the text posts' group stands on as many posts as the demo has.
    let texts = in_range
        .iter()
        .filter(|p| p.media_type == DemoMediaType::TextPost)
        .count();
    let formats = app.readouts("#what-to-post-chart").await?;
    assert!(
        formats
            .iter()
            .any(|r| r.starts_with("Text") && r.contains(&format!("{texts} posts"))),
        "Text on {texts} posts: {formats:?}"
    );

    // Words that travel: each on at least the minimum of posts, the one that travels furthest first.
    // (Which words lead over these 30 days depends on the day the demo started; that both of
    // its scripts are counted is shown on its whole history, in spool-core's demo_history.)
    let words = app.readouts("#words-chart").await?;
    assert!(!words.is_empty(), "words that travel are listed");
    let counted = |r: &String| -> Option<(u64, u64)> {
        let views = r.split("median ").nth(1)?.split(" views").next()?;
        let posts = r.split(" over ").nth(1)?.split(" posts").next()?;
        Some((views.replace(',', "").parse().ok()?, posts.parse().ok()?))
    };
    let counts: Vec<(u64, u64)> = words
        .iter()
        .map(|r| counted(r).ok_or(format!("a word's readout: {r}")))
        .collect::<Result<_, _>>()?;
    assert!(
        counts
            .iter()
            .all(|&(_, posts)| posts >= u64::from(spool_model::insights::MINIMUM_POSTS)),
        "{words:?}"
    );
    assert!(
        counts.windows(2).all(|pair| pair[0].0 >= pair[1].0),
        "highest median views first: {words:?}"
    );

    // The calendar counts the posts of every day.
    let calendar = app.readouts("#posting-calendar-chart").await?;
    assert!(
        calendar.len() >= range.days() as usize,
        "a cell per day: {calendar:?}"
    );
    let weeks = app.readouts("#posting-frequency-chart").await?;
    assert!(
        weeks.iter().any(|r| r.starts_with("Week of")),
        "a point per week: {weeks:?}"
    );

    // Conversation starters, most first.
    let starters = app.readouts("#conversation-chart").await?;
    let rates: Vec<f64> = starters
        .iter()
        .filter_map(|r| {
            let (before, _) = r.split_once(" replies and quotes per 1,000 views")?;
            before.rsplit(' ').next()?.replace(',', "").parse().ok()
        })
        .collect();
    assert!(!rates.is_empty(), "{starters:?}");
    assert!(
        rates.windows(2).all(|pair| pair[0] >= pair[1]),
        "leaders most first: {rates:?}"
    );
    app.screenshot("what-works").await?;

    // The data behind the charts: a row per post of the range.
    app.click(".data-export[data-dataset=post-insights] button[data-format=csv]")
        .await?;
    let said = app
        .wait_until_text(
            ".data-export[data-dataset=post-insights] .export-outcome",
            |t| !t.is_empty(),
        )
        .await?;
    let csv = saves.join(format!(
        "spool-mara.makes-post-insights-{}-to-{}.csv",
        range.since(),
        range.until()
    ));
    assert!(
        said.starts_with(&format!("Saved {}", csv.display())),
        "{said}"
    );
    let rows = std::fs::read_to_string(&csv)?.lines().count();
    assert_eq!(rows, in_range.len() + 1, "a header and a row per post");
    Ok(())
}
