//! Spool's window beside an empty Tauri 2 + Leptos window (`benches/baseline`, which
//! `cargo xtask bench` builds with the same lock file, profile and tools and names in
//! `SPOOL_BASELINE_APP`), both release builds, each under a virtual display of this bench's own.
//! Absolute figures drift on shared machines; the baseline, measured in the same run, is what
//! Spool's figures are held against.
//!
//! - **Start-up**: from just before the process is started to the moment the native side hears
//!   from the page that it is painted: Spool's first chart (on Today, the first screen: the demo
//!   account's newest post against its typical post, from its stored history), the baseline's mounted page. Both pages report the same way (the frame
//!   after, then the work it queued, then a command), so the two figures carry the same
//!   overheads. The median of [`RUNS`] starts of each, taken in turn, with fresh folders.
//!   Spool also reports the steps of its start-up on the page's clock (the navigation started,
//!   each command asked and answered, the first chart drawn): each start's are printed, and
//!   the median moment of the main ones ([`START_UP_STEPS`]) is reported, so a slow start shows
//!   what it waited on.
//! - **Memory**: the proportional set size (PSS, so shared pages are counted once) of the
//!   process and every process it started (WebKit's web and network processes), read from
//!   `/proc/<pid>/smaps_rollup` after [`IDLE`] idle with the dashboard shown; the median of the
//!   first [`MEMORY_RUNS`] starts.
//! - **In the tray**: the same PSS, of the Spool that goes on in the tray (and any process it
//!   started) [`IDLE`] after the window was closed (Ctrl+W) to a tray (a standalone
//!   StatusNotifier tray, gtk-sni-tray-standalone, on the bench's display and its own session
//!   bus), beside that of the Spool with its window open on Today [`IDLE`] before, against
//!   [`TRAY_MIB`].
//! - **At rest after a change of screen**: the processor time Spool's processes (those started
//!   with its data folder) take from [`SETTLE`] after a click on another screen until
//!   [`AT_REST`] later, from `/proc/<pid>/stat`, for each screen in turn; the median. A window
//!   that shows what it has drawn should do nothing: an animation, such as GTK's overlay
//!   scrollbars fading, shows up here, the more so as WebKit draws in software on this machine.
//! - **Redraw**: measured inside Spool's window (see `spool_model::Timing`): from pressing a
//!   preset or the picker's Show to the overview's new charts drawn and laid out, for a change to
//!   730 days and back to 30, [`ROUNDS`] times each, driven through WebDriver; the median.
//!
//! - **Scale**: an account of [`POSTS`] posts, synced from a simulator: its posts table scrolled
//!   [`SCROLLS`] pages down, then to its end, each step measured inside the window from the
//!   scroll event to the rows in view laid out; the median of the pages, and the most rows the
//!   page held at once.
//! - **Screens while a sync is written**: in that account's window, the bench opens the app's
//!   own `history.sqlite` and, on a thread, writes snapshots of [`SNAPSHOT_POSTS`] of its posts
//!   back to back (new metrics for each, as a sync does), while WebDriver chooses each of
//!   [`WRITTEN_SCREENS`] in turn, [`SCREEN_ROUNDS`] times. The window measures each change from
//!   the click to what the screen loads laid out, the longest time between two animation
//!   frames meanwhile, and the most of its own work (answers read, charts drawn, rows built,
//!   layout it forced) that fell in any one frame; the medians per screen, and the most own
//!   work of all against [`FRAME_MS`]: no frame over it from Spool's side. WebKit draws in
//!   software here, so the rest of each frame is WebKit's own; the whole frames are given
//!   beside it. The
//!   window also measures how long it takes to read each answer of the `posts` command (all
//!   [`POSTS`] posts) into Rust's types, a part of that screen's load that holds the page's one
//!   thread; the median. For each change whose longest frame is over [`FRAME_MS`], the bench
//!   prints the window's own work measured in that frame (answers read, charts drawn, the
//!   posts table built and ordered); the rest of the frame is WebKit's.
//! - **Charts drawn**: each chart's drawing on its canvas in the window (the calls of
//!   `spool-charts` through the canvas backend, on the page's one thread), as the window
//!   measured it in that account's window: the median per chart over every time it was drawn,
//!   then What works' charts once more after a change of range to [`LONG_DAYS`] days, each
//!   against a frame at 60 Hz.
//!
//! Prints `BENCH` lines for `cargo xtask bench`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use chrono::{TimeDelta, Utc};
use spool_core::history::{History, SyncSnapshot};
use spool_model::{Post, PostMetrics, Profile, pacific};
use support::{App, Step};
use threads_sim::{RunningSimulator, Simulator};

/// Starts of each window measured.
const RUNS: usize = 5;
/// Of those, the ones left idle and weighed.
const MEMORY_RUNS: usize = 3;
/// How long a window idles before it is weighed.
const IDLE: Duration = Duration::from_secs(60);
/// The most Spool may weigh in the tray, its window closed, in MiB.
const TRAY_MIB: f64 = 60.0;
/// After a change of screen, the time left for drawing it before the window should be at rest,
const SETTLE: Duration = Duration::from_secs(1);
/// and the time then measured.
const AT_REST: Duration = Duration::from_secs(5);
/// At most this much processor time in it: a twentieth of one core.
const AT_REST_CPU_S: f64 = 0.25;
/// The screens changed to, in turn, each change measured.
const REST_SCREENS: [&str; 6] = [
    "insights", "posts", "audience", "links", "today", "overview",
];
/// Changes of range measured each way.
const ROUNDS: usize = 12;
/// The pause before each measured change of range or scroll.
const PAUSE: Duration = Duration::from_millis(300);
/// How long a window may take to report that it is painted.
const PATIENCE: Duration = Duration::from_secs(30);

/// The steps of Spool's start-up reported in docs/benchmarks.md (the bench's output lists all).
const START_UP_STEPS: [&str; 6] = [
    "navigation started",
    "page's content loaded",
    "accounts asked",
    "accounts answered",
    "today answered",
    "first chart drawn",
];
/// How long Spool may take, after its first chart, to report the steps of its start-up.
const STEPS_PATIENCE: Duration = Duration::from_secs(3);
/// Start-up at most this many times the baseline's.
const START_UP_RATIO: f64 = 2.0;
/// And at most this long, here under Xvfb.
const START_UP_MS: f64 = 1000.0;
/// Memory at most this many times the baseline's.
const MEMORY_RATIO: f64 = 1.3;
/// A change of range redrawn within one frame at 60 Hz.
const REDRAW_MS: f64 = 16.0;

/// Posts in the account whose table is scrolled.
const POSTS: u64 = 10_000;
/// Pages the table is scrolled down.
const SCROLLS: usize = 30;
/// How long the first sync of that account may take.
const SYNC_PATIENCE: Duration = Duration::from_secs(600);
/// A table row's height and the rows rendered beyond each edge of the view (ui/src/row_window.rs).
const ROW_HEIGHT: f64 = 36.0;
const OVERSCAN: u32 = 10;

/// The screens chosen in turn while syncs are written: the sidebar's `data-screen` names, and
/// `post`, the posts table's first post.
const WRITTEN_SCREENS: [&str; 7] = [
    "today", "overview", "insights", "posts", "post", "audience", "links",
];
/// What works' charts, by their figures' ids: each is drawn again when the range changes.
const INSIGHT_CHARTS: [&str; 8] = [
    "top-posts-chart",
    "quality-map-chart",
    "engagement-chart",
    "what-to-post-chart",
    "posting-calendar-chart",
    "posting-frequency-chart",
    "words-chart",
    "conversation-chart",
];
/// Times each of them is chosen.
const SCREEN_ROUNDS: usize = 8;
/// Posts in each snapshot written meanwhile.
const SNAPSHOT_POSTS: usize = 2_000;
/// No frame longer than this while a screen loads: three frames at 60 Hz.
const FRAME_MS: f64 = 50.0;

/// The long range a change is measured to.
const LONG_DAYS: u32 = 730;
/// The preset the change is measured back to: "30 days", the picker's second.
const SHORT_PRESET: &str = "button.preset:nth-child(2)";
const SHORT_DAYS: u32 = 30;

fn main() {
    if !support::DRIVEN {
        eprintln!(
            "the window bench drives Spool's window on Linux only, as the end-to-end tests do"
        );
        std::process::exit(2);
    }
    let baseline = std::env::var_os("SPOOL_BASELINE_APP").map(PathBuf::from);
    let Some(baseline) = baseline.filter(|path| path.exists()) else {
        eprintln!(
            "SPOOL_BASELINE_APP names no built baseline; run this through `cargo xtask bench`, \
             which builds benches/baseline first"
        );
        std::process::exit(2);
    };
    let spool = support::application();
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("bench-window");
    let _ = std::fs::remove_dir_all(&work);
    std::fs::create_dir_all(&work).expect("the bench's folder");

    // The demo account, added in a driven window; its data folder is what every later start of
    // Spool begins from. The range changes, and the window at rest after changes of screen, are
    // measured in the same window.
    let runtime = tokio::runtime::Runtime::new().expect("a runtime");
    let timings = work.join("redraw-timings.jsonl");
    let (data, redraws, at_rest) = runtime.block_on(async {
        let app = App::launch_with(
            "bench-window-redraw",
            &[("SPOOL_TIMINGS", &timings.display().to_string())],
        )
        .await;
        let outcome = match measure_redraws(&app, &timings).await {
            Ok(redraws) => measure_at_rest(&app).await.map(|rest| (redraws, rest)),
            Err(error) => Err(error),
        };
        let data = app.data_home.clone();
        match outcome {
            Ok((redraws, at_rest)) => {
                app.finish(Ok(())).await;
                (data, redraws, at_rest)
            }
            Err(error) => {
                app.finish(Err(error)).await;
                unreachable!("finish fails the bench on an error")
            }
        }
    });
    let (scrolls, screens) = runtime.block_on(async {
        let sim = Simulator::new()
            .main_posts(POSTS)
            .start()
            .await
            .expect("the simulator starts");
        let timings = work.join("scroll-timings.jsonl");
        let app = App::launch_with(
            "bench-window-posts",
            &[
                ("SPOOL_TIMINGS", &timings.display().to_string()),
                ("SPOOL_THREADS_API", sim.base_url().as_str()),
            ],
        )
        .await;
        let outcome = match measure_scrolls(&app, &sim, &timings).await {
            Ok(scrolls) => {
                match measure_screens_while_writing(&app, sim.main_user_id(), &timings).await {
                    Ok(mut screens) => {
                        measure_long_range_insights(&app, &timings)
                            .await
                            .map(|charts| {
                                screens.long_range_charts = charts;
                                (scrolls, screens)
                            })
                    }
                    Err(error) => Err(error),
                }
            }
            Err(error) => Err(error),
        };
        match outcome {
            Ok(measured) => {
                app.finish(Ok(())).await;
                measured
            }
            Err(error) => {
                app.finish(Err(error)).await;
                unreachable!("finish fails the bench on an error")
            }
        }
    });
    // WebDriver's session is over and its processes are gone: the files are complete.
    let template = work.join("demo-data");
    copy_dir(&data, &template).expect("a copy of the demo's data folder");
    let tray = runtime.block_on(async {
        let bus = support::SessionBus::start();
        let app = App::launch_prepared(
            "bench-window-tray",
            &[("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())],
            |data_dir| copy_dir(&template.join("app.spool.desktop"), data_dir).expect("the demo"),
        )
        .await;
        match measure_tray(&app, &bus).await {
            Ok(tray) => {
                app.finish(Ok(())).await;
                tray
            }
            Err(error) => {
                app.finish(Err(error)).await;
                unreachable!("finish fails the bench on an error")
            }
        }
    });

    let (xvfb, display) = support::start_xvfb();
    let mut display_server = Kill(xvfb);
    let mut spool_runs = Vec::new();
    let mut baseline_runs = Vec::new();
    for run in 0..RUNS {
        let idle = (run < MEMORY_RUNS).then_some(IDLE);
        // In turn, the baseline first every other run, so neither always has the warmer cache.
        let order: [(&str, &Path, Option<&Path>); 2] = [
            ("spool", spool.as_path(), Some(template.as_path())),
            ("baseline", baseline.as_path(), None),
        ];
        let order = if run % 2 == 0 {
            order
        } else {
            [order[1], order[0]]
        };
        for (name, exe, data) in order {
            let measured = start(
                exe,
                data,
                &work.join(format!("{name}-{run}")),
                &display,
                idle,
            )
            .unwrap_or_else(|error| panic!("{name}, start {}: {error}", run + 1));
            let steps: Vec<String> = measured
                .steps
                .iter()
                .map(|(step, ms)| format!("{step} {ms:.0}"))
                .collect();
            eprintln!(
                "{name} start {}: {:.0} ms{}{}",
                run + 1,
                measured.start_up_ms,
                measured
                    .pss_kib
                    .map(|kib| format!(", {:.0} MiB PSS", kib as f64 / 1024.0))
                    .unwrap_or_default(),
                if steps.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", steps.join(", "))
                }
            );
            if name == "spool" {
                spool_runs.push(measured);
            } else {
                baseline_runs.push(measured);
            }
        }
    }
    display_server.stop();

    report_start_up(&spool_runs, &baseline_runs);
    report_memory(&spool_runs, &baseline_runs);
    report_tray(tray);
    report_at_rest(&at_rest);
    report_redraws(&redraws);
    report_scrolls(&scrolls);
    report_screens(&screens);
    report_charts(&screens);
}

/// What one start of a window measured.
struct Measured {
    start_up_ms: f64,
    pss_kib: Option<u64>,
    /// Spool's steps of the start-up, each in milliseconds after the process was started.
    steps: Vec<(String, f64)>,
}

/// The posts table's scrolls, as the window measured them, and the most rows it could hold.
struct Scrolls {
    /// A page each.
    millis: Vec<f64>,
    /// From a page down to the very end.
    to_the_end: f64,
    rows: Vec<u32>,
    allowed_rows: u32,
}

/// The changes of screen measured while syncs were written, and the writes.
struct WrittenScreens {
    shown: Vec<ScreenShown>,
    /// How long each snapshot written meanwhile took, in milliseconds.
    writes_ms: Vec<f64>,
    /// How long the window took to read each answer of the `posts` command, in milliseconds.
    posts_decoded_ms: Vec<f64>,
    /// Every chart drawn in that window until then, and how long it took, in milliseconds.
    charts: Vec<(String, f64)>,
    /// What works' charts drawn for a range of [`LONG_DAYS`] days.
    long_range_charts: Vec<(String, f64)>,
}

/// A change of screen as the window measured it.
struct ScreenShown {
    screen: String,
    millis: f64,
    longest_frame_ms: f64,
    /// The window's own work in the longest frame, by what it was, in milliseconds.
    work: Vec<(String, f64)>,
    /// The most of the window's own work in any one frame, in milliseconds.
    most_own_work_ms: f64,
}

/// A long frame as a line of the bench's output: the screen, the frame, and the window's own
/// work measured in it; the rest is WebKit's (style, layout, paint) and work not measured.
fn describe_long_frame(shown: &ScreenShown) -> String {
    let own: f64 = shown.work.iter().map(|(_, ms)| ms).sum();
    let parts: Vec<String> = shown
        .work
        .iter()
        .map(|(what, ms)| format!("{what} {ms:.1}"))
        .collect();
    format!(
        "long frame choosing {}: {:.1} ms, the window's own work in it {own:.1} ms ({})",
        shown.screen,
        shown.longest_frame_ms,
        parts.join(", ")
    )
}

/// A change of range as the window measured it.
struct Redraw {
    days: u32,
    millis: f64,
}

/// A screen's heading, from its sidebar name.
fn heading(screen: &str) -> &str {
    match screen {
        "insights" => "What works",
        other => other,
    }
}

/// Changes screen to each of [`REST_SCREENS`] in turn and measures the processor time the
/// window's processes take once the screen is drawn ([`SETTLE`] after the click, for
/// [`AT_REST`]), in seconds.
/// Spool's weight (PSS, MiB) with its window open on Today, then in the tray after its window
/// closed, each after [`IDLE`].
async fn measure_tray(app: &App, bus: &support::SessionBus) -> Step<(f64, f64)> {
    app.wait_for_text("main h1", "Today").await?;
    let _tray = support::Tray::start(app, bus).await?;
    // The tray is up once Settings no longer says that closing quits.
    let deadline = Instant::now() + PATIENCE;
    loop {
        app.click("button[data-screen=settings]").await?;
        app.wait_for_text("main h1", "Settings").await?;
        app.wait_until_text("#desktop-settings", |_| true).await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        if app.texts_of("#no-tray").await?.is_empty() {
            break;
        }
        if Instant::now() > deadline {
            return Err("Spool never saw the tray".into());
        }
        app.click("button[data-screen=today]").await?;
    }
    app.click("button[data-screen=today]").await?;
    app.wait_for_text("main h1", "Today").await?;
    let spool = spool_process(&app.data_home).ok_or("no Spool process")?;
    tokio::time::sleep(IDLE).await;
    let open = tree_pss_kib(spool) as f64 / 1024.0;
    // The press's own answer may be lost with the window.
    let _ = app.press("w", true).await;
    let closed = "the window closed; Spool keeps running in the tray";
    let deadline = Instant::now() + PATIENCE;
    while !app.log_file().contains(closed) {
        if Instant::now() > deadline {
            return Err(
                format!("the window did not close to the tray:\n{}", app.log_file()).into(),
            );
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A fresh Spool goes on in the tray as the one whose window closed ends.
    let deadline = Instant::now() + PATIENCE;
    let resting = loop {
        match spool_process(&app.data_home) {
            Some(pid) if pid != spool => break pid,
            _ if Instant::now() > deadline => return Err("no Spool went on in the tray".into()),
            _ => tokio::time::sleep(Duration::from_millis(100)).await,
        }
    };
    tokio::time::sleep(IDLE).await;
    let in_tray = tree_pss_kib(resting) as f64 / 1024.0;
    eprintln!("tray: {open:.0} MiB with the window open, {in_tray:.0} MiB in the tray");
    Ok((open, in_tray))
}

/// The Spool process started with `data_home` as its data folder (WebDriver's processes,
/// started with the same, are not it).
fn spool_process(data_home: &Path) -> Option<u32> {
    processes_of(data_home).into_iter().find(|pid| {
        std::fs::read_to_string(format!("/proc/{pid}/comm"))
            .is_ok_and(|name| name.trim() == "spool")
    })
}

async fn measure_at_rest(app: &App) -> Step<Vec<f64>> {
    let processes = processes_of(&app.data_home);
    if processes.len() < 2 {
        return Err(format!(
            "found {} of Spool's processes, not it and WebKit's",
            processes.len()
        )
        .into());
    }
    let mut seconds = Vec::new();
    for screen in REST_SCREENS {
        app.click(&format!("button[data-screen={screen}]")).await?;
        tokio::time::sleep(SETTLE).await;
        let before = cpu_ticks(&processes);
        tokio::time::sleep(AT_REST).await;
        seconds.push(cpu_ticks(&processes).saturating_sub(before) as f64 / CLOCK_TICKS);
        app.wait_until_text("main h1", |h| h.eq_ignore_ascii_case(heading(screen)))
            .await?;
    }
    Ok(seconds)
}

/// Adds the demo account, shows its overview, then changes the range to 730 days and back,
/// [`ROUNDS`] times, each change measured by the window itself.
async fn measure_redraws(app: &App, timings: &Path) -> Step<Vec<Redraw>> {
    app.click("button[data-screen=settings]").await?;
    app.click("#try-demo").await?;
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    app.click("button[data-screen=overview]").await?;
    app.wait_until_text("#profile-views-chart .readout", |t| !t.is_empty())
        .await?;
    let today = pacific::day_of(Utc::now());
    let since = today - TimeDelta::days(i64::from(LONG_DAYS) - 1);
    let mut redraws = Vec::new();
    for _ in 0..ROUNDS {
        // The window's own report, not the page, is waited on: WebDriver reading the page while
        // it redraws would be measured too.
        app.type_into("#range-since", &since.to_string()).await?;
        app.type_into("#range-until", &today.to_string()).await?;
        // A pause before each change, as between a person's clicks: the last change's leftover
        // work (collecting garbage, WebDriver's own) is not measured as this one's.
        tokio::time::sleep(PAUSE).await;
        app.click("#apply-range").await?;
        redraws.push(next_redraw(timings, redraws.len(), LONG_DAYS).await?);
        tokio::time::sleep(PAUSE).await;
        app.click(SHORT_PRESET).await?;
        redraws.push(next_redraw(timings, redraws.len(), SHORT_DAYS).await?);
    }
    // What the last change drew, as a user would check it.
    let shown = app.text_of("#overview-range").await?;
    let expected_days = redraws.last().map(|r| r.days);
    assert_eq!(expected_days, Some(SHORT_DAYS), "{shown}");
    app.screenshot("overview-after-redraws").await?;
    Ok(redraws)
}

/// Logs in to the simulator's account of [`POSTS`] posts with a pasted token, syncs it, opens
/// the posts table and scrolls it [`SCROLLS`] pages down, then to its end.
async fn measure_scrolls(app: &App, sim: &RunningSimulator, timings: &Path) -> Step<Scrolls> {
    app.click("button[data-screen=settings]").await?;
    let token = sim.issue_long_lived_token(sim.main_user_id());
    app.type_into("#pasted-token", &token).await?;
    app.click("form:has(#pasted-token) button").await?;
    app.wait_for_text("main h1", "Today").await?;
    app.click("#sync-now").await?;
    let deadline = Instant::now() + SYNC_PATIENCE;
    loop {
        let last = app.text_of("#last-sync").await?;
        if last.starts_with("Last synced") {
            break;
        }
        if Instant::now() > deadline {
            return Err(format!("the sync of {POSTS} posts did not end: {last}").into());
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    app.click("button[data-screen=posts]").await?;
    // The window's words, in its default English.
    let posts = spool_model::Locale::default().number(POSTS);
    app.wait_for_text("#post-count", &format!("{posts} of {posts} posts"))
        .await?;
    let view = app
        .script(
            "const view = document.querySelector('.posts-scroll');
             return [view.clientHeight, view.scrollHeight];",
            vec![],
        )
        .await?;
    let number = |i: usize| {
        view.get(i)
            .and_then(serde_json::Value::as_f64)
            .unwrap_or(0.0)
    };
    let (height, scroll_height) = (number(0), number(1));
    if height <= 0.0 || scroll_height < ROW_HEIGHT * POSTS as f64 {
        return Err(format!("the table is {scroll_height} px tall in a {height} px view").into());
    }
    let allowed_rows = (height / ROW_HEIGHT).ceil() as u32 + 1 + 2 * OVERSCAN;
    let mut scrolls = Scrolls {
        millis: Vec::new(),
        to_the_end: 0.0,
        rows: Vec::new(),
        allowed_rows,
    };
    // A page at a time, as Page Down or a flick of a trackpad scrolls, then at once to the end,
    // as dragging the scroll bar does. Only the pages are timed.
    for step in 1..=SCROLLS + 1 {
        let top = if step <= SCROLLS {
            height * step as f64
        } else {
            scroll_height
        };
        tokio::time::sleep(PAUSE).await;
        app.script(
            "document.querySelector('.posts-scroll').scrollTop = arguments[0]; return true;",
            vec![serde_json::Value::from(top)],
        )
        .await?;
        let (rows, millis) = next_scroll(timings, step - 1).await?;
        scrolls.rows.push(rows);
        if step <= SCROLLS {
            scrolls.millis.push(millis);
        } else {
            scrolls.to_the_end = millis;
        }
    }
    // At the bottom, the oldest post is in view, as a user scrolling there would expect.
    let oldest = app
        .script(
            "const rows = document.querySelectorAll('#posts-table tbody:not(.spacer) tr');
             const last = rows[rows.length - 1];
             const view = document.querySelector('.posts-scroll').getBoundingClientRect();
             const box = last.getBoundingClientRect();
             return box.top >= view.top && box.bottom <= view.bottom + 1;",
            vec![],
        )
        .await?;
    if oldest.as_bool() != Some(true) {
        return Err("the last row is not in view at the bottom of the table".into());
    }
    app.screenshot("posts-bottom").await?;
    Ok(scrolls)
}

/// While a thread writes snapshots of [`SNAPSHOT_POSTS`] posts of `account_id` to the window's
/// own history, back to back, chooses each of [`WRITTEN_SCREENS`] in turn, [`SCREEN_ROUNDS`]
/// times, each change measured by the window itself.
async fn measure_screens_while_writing(
    app: &App,
    account_id: &str,
    timings: &Path,
) -> Step<WrittenScreens> {
    let handle = app.text_of("#current-account .account-handle").await?;
    let username = handle.trim().trim_start_matches('@').to_owned();
    let path = app.data_home.join("app.spool.desktop/history.sqlite");
    let writer = SyncWriter::start(&path, account_id, &username)?;
    // The screens are measured from the first write on, so each load contends with one.
    let deadline = Instant::now() + PATIENCE;
    while writer.written() == 0 {
        if writer.has_ended() || Instant::now() > deadline {
            return Err(writer
                .stop()
                .err()
                .unwrap_or_else(|| format!("no snapshot was written within {PATIENCE:?}"))
                .into());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let earlier = read_timings(timings)
        .into_iter()
        .filter(|(_, timing)| matches!(timing, spool_model::Timing::ScreenShown { .. }))
        .count();
    let mut shown = Vec::new();
    let mut outcome: Step = Ok(());
    'rounds: for _ in 0..SCREEN_ROUNDS {
        for screen in WRITTEN_SCREENS {
            let selector = if screen == "post" {
                "#posts-table tbody:not(.spacer) tr button.link".to_owned()
            } else {
                format!("button[data-screen={screen}]")
            };
            tokio::time::sleep(PAUSE).await;
            let measured = match app.click(&selector).await {
                Ok(()) => next_screen(timings, earlier + shown.len(), screen).await,
                Err(error) => Err(error),
            };
            match measured {
                Ok(measured) => {
                    if measured.longest_frame_ms > FRAME_MS {
                        eprintln!("{}", describe_long_frame(&measured));
                    }
                    shown.push(measured);
                }
                Err(error) => {
                    outcome = Err(error);
                    break 'rounds;
                }
            }
        }
    }
    let written = writer.written();
    let writes_ms = writer.stop()?;
    outcome?;
    eprintln!(
        "{} changes of screen while {written} snapshots of {SNAPSHOT_POSTS} posts were written",
        shown.len()
    );
    app.screenshot("links-after-writes").await?;
    let posts_decoded_ms = read_timings(timings)
        .into_iter()
        .filter_map(|(_, timing)| match timing {
            spool_model::Timing::AnswerDecoded { command, millis } if command == "posts" => {
                Some(millis)
            }
            _ => None,
        })
        .collect();
    Ok(WrittenScreens {
        shown,
        writes_ms,
        posts_decoded_ms,
        charts: charts_drawn(timings),
        long_range_charts: Vec::new(),
    })
}

/// Every chart the window reported drawn on its canvas so far: its figure's id, and how long
/// the drawing took, in milliseconds.
fn charts_drawn(timings: &Path) -> Vec<(String, f64)> {
    read_timings(timings)
        .into_iter()
        .filter_map(|(_, timing)| match timing {
            spool_model::Timing::ChartDrawn { chart, millis } => Some((chart, millis)),
            _ => None,
        })
        .collect()
}

/// Waits until each of What works' charts has been reported drawn after the first `earlier`
/// reports of drawn charts; answers the first drawing of each.
async fn insight_charts_drawn(timings: &Path, earlier: usize) -> Step<Vec<(String, f64)>> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let drawn: Vec<(String, f64)> = charts_drawn(timings).into_iter().skip(earlier).collect();
        let firsts: Vec<(String, f64)> = INSIGHT_CHARTS
            .iter()
            .filter_map(|chart| drawn.iter().find(|(c, _)| c == chart).cloned())
            .collect();
        if firsts.len() == INSIGHT_CHARTS.len() {
            return Ok(firsts);
        }
        if Instant::now() > deadline {
            return Err(format!(
                "What works drew {} of its {} charts within {PATIENCE:?}",
                firsts.len(),
                INSIGHT_CHARTS.len()
            )
            .into());
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Shows What works, then changes the window's range to [`LONG_DAYS`] days: answers how long
/// each of its charts took to draw on its canvas for that range.
async fn measure_long_range_insights(app: &App, timings: &Path) -> Step<Vec<(String, f64)>> {
    let earlier = charts_drawn(timings).len();
    tokio::time::sleep(PAUSE).await;
    app.click("button[data-screen=insights]").await?;
    insight_charts_drawn(timings, earlier).await?;
    let today = pacific::day_of(Utc::now());
    let since = today - TimeDelta::days(i64::from(LONG_DAYS) - 1);
    app.type_into("#range-since", &since.to_string()).await?;
    app.type_into("#range-until", &today.to_string()).await?;
    tokio::time::sleep(PAUSE).await;
    let earlier = charts_drawn(timings).len();
    app.click("#apply-range").await?;
    let drawn = insight_charts_drawn(timings, earlier).await?;
    app.screenshot("insights-long-range").await?;
    Ok(drawn)
}

/// A thread writing snapshots of an account's posts to a history, back to back, until stopped.
struct SyncWriter {
    stop: Arc<AtomicBool>,
    written: Arc<AtomicUsize>,
    thread: std::thread::JoinHandle<Result<Vec<f64>, String>>,
}

impl SyncWriter {
    /// Opens the history at `path` and starts writing snapshots of the [`SNAPSHOT_POSTS`]
    /// newest posts of `account_id` (@`username`): each post again, with new metrics, at the
    /// moment of writing, as a sync that read them would.
    fn start(path: &Path, account_id: &str, username: &str) -> Step<SyncWriter> {
        let history = History::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let posts: Vec<(Post, PostMetrics)> = history
            .read(|reading| reading.posts_with_latest_metrics(account_id))
            .map_err(|e| format!("reading {}: {e}", path.display()))?
            .into_iter()
            .take(SNAPSHOT_POSTS)
            .map(|stored| (stored.post, stored.latest_metrics.unwrap_or_default()))
            .collect();
        if posts.len() < SNAPSHOT_POSTS {
            return Err(format!(
                "the history holds {} posts of account {account_id}, not {SNAPSHOT_POSTS}",
                posts.len()
            )
            .into());
        }
        let profile = Profile {
            id: account_id.to_owned(),
            username: username.to_owned(),
            name: None,
            picture_url: None,
            biography: None,
            is_verified: false,
        };
        let stop = Arc::new(AtomicBool::new(false));
        let written = Arc::new(AtomicUsize::new(0));
        let thread = std::thread::spawn({
            let (stop, written) = (stop.clone(), written.clone());
            move || {
                let mut writes_ms = Vec::new();
                let grown = |count: Option<u64>, by: u64| count.map(|c| c + by);
                while !stop.load(Ordering::Relaxed) {
                    let by = writes_ms.len() as u64 + 1;
                    let snapshot = SyncSnapshot {
                        profile: profile.clone(),
                        taken_at: Utc::now(),
                        posts: posts.iter().map(|(post, _)| post.clone()).collect(),
                        post_metrics: posts
                            .iter()
                            .map(|(post, metrics)| {
                                let metrics = PostMetrics {
                                    views: grown(metrics.views, 10 * by),
                                    likes: grown(metrics.likes, by),
                                    ..*metrics
                                };
                                (post.id.clone(), metrics)
                            })
                            .collect(),
                        profile_views: Vec::new(),
                        engagement: Vec::new(),
                        link_clicks: None,
                        followers: None,
                        demographics: Vec::new(),
                    };
                    let started = Instant::now();
                    history
                        .write_snapshot(&snapshot)
                        .map_err(|e| format!("writing snapshot {by}: {e}"))?;
                    writes_ms.push(started.elapsed().as_secs_f64() * 1000.0);
                    written.fetch_add(1, Ordering::Relaxed);
                }
                Ok(writes_ms)
            }
        });
        Ok(SyncWriter {
            stop,
            written,
            thread,
        })
    }

    /// Snapshots written so far.
    fn written(&self) -> usize {
        self.written.load(Ordering::Relaxed)
    }

    /// Whether the thread stopped on its own (a write failed).
    fn has_ended(&self) -> bool {
        self.thread.is_finished()
    }

    /// Stops writing after the snapshot in progress; answers how long each write took, in
    /// milliseconds.
    fn stop(self) -> Result<Vec<f64>, String> {
        self.stop.store(true, Ordering::Relaxed);
        self.thread
            .join()
            .map_err(|_| "the writing thread panicked".to_owned())?
    }
}

/// Waits for the window's report number `index` (from 0) among those `pick` takes, which `what`
/// names in the error if it does not come.
async fn nth_report<T>(
    timings: &Path,
    index: usize,
    what: &str,
    pick: impl Fn(spool_model::Timing) -> Option<T>,
) -> Step<T> {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let reported = read_timings(timings)
            .into_iter()
            .filter_map(|(_, timing)| pick(timing))
            .nth(index);
        if let Some(reported) = reported {
            return Ok(reported);
        }
        if Instant::now() > deadline {
            return Err(
                format!("{what} {} was not reported within {PATIENCE:?}", index + 1).into(),
            );
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// Waits for the window's report of scroll number `index` (from 0): the rows then in the page
/// and how long they took.
async fn next_scroll(timings: &Path, index: usize) -> Step<(u32, f64)> {
    nth_report(timings, index, "scroll", |timing| match timing {
        spool_model::Timing::PostsScrolled { rows, millis } => Some((rows, millis)),
        _ => None,
    })
    .await
}

/// Waits for the window's report of change of screen number `index` (from 0), which must be to
/// `screen`.
async fn next_screen(timings: &Path, index: usize, screen: &str) -> Step<ScreenShown> {
    let shown = nth_report(timings, index, "change of screen", |timing| match timing {
        spool_model::Timing::ScreenShown {
            screen,
            millis,
            longest_frame_ms,
            longest_frame_work,
            most_own_work_in_a_frame_ms,
        } => Some(ScreenShown {
            screen,
            millis,
            longest_frame_ms,
            work: longest_frame_work,
            most_own_work_ms: most_own_work_in_a_frame_ms,
        }),
        _ => None,
    })
    .await?;
    if shown.screen != screen {
        return Err(format!("showed {}, not {screen}", shown.screen).into());
    }
    Ok(shown)
}

/// Waits for the window's report of redraw number `index` (from 0), which must be of `days`.
async fn next_redraw(timings: &Path, index: usize, days: u32) -> Step<Redraw> {
    let redraw = nth_report(timings, index, "redraw", |timing| match timing {
        spool_model::Timing::RangeRedrawn { days, millis } => Some(Redraw { days, millis }),
        _ => None,
    })
    .await?;
    if redraw.days != days {
        return Err(format!("redrew {} days, not {days}", redraw.days).into());
    }
    Ok(redraw)
}

/// Every line of a timings file: when it arrived (ms since the epoch) and what it says. The
/// baseline's one mark reads as a first chart.
fn read_timings(path: &Path) -> Vec<(f64, spool_model::Timing)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|value| {
            let at = value.get("at_unix_ms")?.as_f64()?;
            let timing = value.get("timing")?;
            if timing.get("mark")?.as_str()? == "mounted" {
                return Some((at, spool_model::Timing::FirstChart));
            }
            Some((at, serde_json::from_value(timing.clone()).ok()?))
        })
        .collect()
}

/// Starts `exe` with fresh folders (its data folder a copy of `data`, if given) on `display`,
/// waits for its first paint, then, with `idle`, lets it idle that long and weighs it.
fn start(
    exe: &Path,
    data: Option<&Path>,
    dir: &Path,
    display: &str,
    idle: Option<Duration>,
) -> Result<Measured, String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    let data_home = dir.join("data");
    match data {
        Some(data) => copy_dir(data, &data_home).map_err(|e| e.to_string())?,
        None => std::fs::create_dir_all(&data_home).map_err(|e| e.to_string())?,
    }
    let timings = dir.join("timings.jsonl");
    let log = std::fs::File::create(dir.join("output.log")).map_err(|e| e.to_string())?;
    let mut command = Command::new(exe);
    support::in_own_group(&mut command)
        .env("DISPLAY", format!(":{display}"))
        .env("XDG_DATA_HOME", &data_home)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("XDG_RUNTIME_DIR", dir.join("runtime"))
        .env("BROWSER", "true")
        // Nothing leaves the machine: a real account would be asked of a closed port.
        .env("SPOOL_THREADS_API", "http://127.0.0.1:9")
        .env("SPOOL_TIMINGS", &timings)
        .stdout(Stdio::null())
        .stderr(log);
    let started = now_ms();
    let child = command
        .spawn()
        .map_err(|e| format!("could not start {}: {e}", exe.display()))?;
    let mut child = Kill(child);
    let deadline = Instant::now() + PATIENCE;
    let painted = loop {
        if let Some((at, _)) = read_timings(&timings).first() {
            break *at;
        }
        if let Ok(Some(status)) = child.0.try_wait() {
            return Err(format!(
                "exited ({status}) before it was painted; see {}",
                dir.join("output.log").display()
            ));
        }
        if Instant::now() > deadline {
            return Err(format!("not painted within {PATIENCE:?}"));
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    // Spool reports the steps of its start-up just after its first chart; the baseline has none.
    let mut steps = Vec::new();
    let steps_deadline = Instant::now() + STEPS_PATIENCE;
    while data.is_some() && Instant::now() < steps_deadline {
        let reported = read_timings(&timings)
            .into_iter()
            .find_map(|(_, timing)| match timing {
                spool_model::Timing::StartUp { steps } => Some(steps),
                _ => None,
            });
        if let Some(reported) = reported {
            steps = reported
                .into_iter()
                .map(|(step, at)| (step, at - started))
                .collect();
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let pss_kib = idle.map(|idle| {
        std::thread::sleep(idle);
        tree_pss_kib(child.0.id())
    });
    child.stop();
    Ok(Measured {
        start_up_ms: painted - started,
        pss_kib,
        steps,
    })
}

/// Process `root` and all its descendants.
fn process_tree(root: u32) -> Vec<u32> {
    let mut parents = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<u32>().ok())
        else {
            continue;
        };
        let ppid = stat_fields(pid).get(1).and_then(|p| p.parse::<u32>().ok());
        if let Some(ppid) = ppid {
            parents.push((pid, ppid));
        }
    }
    let mut tree = vec![root];
    let mut i = 0;
    while i < tree.len() {
        let parent = tree[i];
        tree.extend(
            parents
                .iter()
                .filter(|(_, ppid)| *ppid == parent)
                .map(|(pid, _)| *pid),
        );
        i += 1;
    }
    tree
}

/// The fields of `/proc/<pid>/stat` after the name (`pid (name) state ppid …`; the name may
/// hold spaces and parentheses): the state first, then the parent.
fn stat_fields(pid: u32) -> Vec<String> {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .unwrap_or_default()
        .rsplit_once(')')
        .map(|(_, rest)| rest.split_whitespace().map(str::to_owned).collect())
        .unwrap_or_default()
}

/// Clock ticks in a second, the unit of `/proc/<pid>/stat`'s times (`USER_HZ`, 100 on Linux).
const CLOCK_TICKS: f64 = 100.0;

/// The processes started with `data_home` as their data folder: Spool and the WebKit
/// processes it started, which inherit its environment.
fn processes_of(data_home: &Path) -> Vec<u32> {
    let wanted = format!("XDG_DATA_HOME={}", data_home.display());
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let pid = entry.file_name().to_str()?.parse::<u32>().ok()?;
            let environ = std::fs::read(entry.path().join("environ")).ok()?;
            environ
                .split(|b| *b == 0)
                .any(|var| var == wanted.as_bytes())
                .then_some(pid)
        })
        .collect()
}

/// The processor time (user and system) processes `pids` have taken so far, in clock ticks.
fn cpu_ticks(pids: &[u32]) -> u64 {
    pids.iter()
        .map(|&pid| {
            let fields = stat_fields(pid);
            // utime and stime: fields 14 and 15 of the whole line, 12 and 13 after the name.
            let ticks = |i: usize| fields.get(i).and_then(|t| t.parse::<u64>().ok());
            ticks(11).unwrap_or(0) + ticks(12).unwrap_or(0)
        })
        .sum()
}

/// The proportional set size of process `root` and all its descendants, in KiB.
fn tree_pss_kib(root: u32) -> u64 {
    process_tree(root)
        .iter()
        .map(|pid| {
            std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
                .unwrap_or_default()
                .lines()
                .find_map(|line| line.strip_prefix("Pss:"))
                .and_then(|kib| kib.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
                .unwrap_or(0)
        })
        .sum()
}

/// A process group killed when dropped (the app and the processes it started).
struct Kill(Child);

impl Kill {
    fn stop(&mut self) {
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.0.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

impl Drop for Kill {
    fn drop(&mut self) {
        self.stop();
    }
}

fn now_ms() -> f64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0)
}

fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    match values.len() {
        0 => f64::NAN,
        n if n % 2 == 1 => values[n / 2],
        n => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    }
}

fn bench(name: &str, value: String, unit: &str, target: &str, ok: bool) {
    println!("BENCH name=\"{name}\" value={value} unit={unit} target=\"{target}\" ok={ok}");
}

fn report_start_up(spool: &[Measured], baseline: &[Measured]) {
    let spool_ms = median(spool.iter().map(|m| m.start_up_ms).collect());
    let baseline_ms = median(baseline.iter().map(|m| m.start_up_ms).collect());
    let ratio = spool_ms / baseline_ms;
    bench(
        &format!("Start-up of Spool to its first chart painted, demo account (median of {RUNS})"),
        format!("{spool_ms:.0}"),
        "ms",
        &format!("≤ {START_UP_MS:.0} ms and ≤ {START_UP_RATIO} × the baseline's"),
        spool_ms <= START_UP_MS && ratio <= START_UP_RATIO,
    );
    bench(
        &format!("Start-up of the baseline window to its page painted (median of {RUNS})"),
        format!("{baseline_ms:.0}"),
        "ms",
        "for comparison",
        true,
    );
    // Where Spool's start-up goes: the median moment of each of its main steps, for information.
    for step in START_UP_STEPS {
        let moments: Vec<f64> = spool
            .iter()
            .filter_map(|m| m.steps.iter().find(|(s, _)| s == step).map(|(_, ms)| *ms))
            .collect();
        if moments.is_empty() {
            continue;
        }
        bench(
            &format!(
                "Spool's start-up: {step}, after the process started (median of {})",
                moments.len()
            ),
            format!("{:.0}", median(moments)),
            "ms",
            "for information",
            true,
        );
    }
    bench(
        "Spool's start-up as a multiple of the baseline's",
        format!("{ratio:.2}"),
        "×",
        &format!("≤ {START_UP_RATIO}"),
        ratio <= START_UP_RATIO,
    );
}

fn report_memory(spool: &[Measured], baseline: &[Measured]) {
    let mib = |runs: &[Measured]| {
        median(
            runs.iter()
                .filter_map(|m| m.pss_kib)
                .map(|kib| kib as f64 / 1024.0)
                .collect(),
        )
    };
    let (spool_mib, baseline_mib) = (mib(spool), mib(baseline));
    let ratio = spool_mib / baseline_mib;
    bench(
        &format!(
            "Memory (PSS) of Spool and its WebKit processes, overview shown, after {} s idle (median of {MEMORY_RUNS})",
            IDLE.as_secs()
        ),
        format!("{spool_mib:.0}"),
        "MiB",
        &format!("≤ {MEMORY_RATIO} × the baseline's"),
        ratio <= MEMORY_RATIO,
    );
    bench(
        &format!("Memory (PSS) of the baseline window, the same way (median of {MEMORY_RUNS})"),
        format!("{baseline_mib:.0}"),
        "MiB",
        "for comparison",
        true,
    );
    bench(
        "Spool's memory as a multiple of the baseline's",
        format!("{ratio:.2}"),
        "×",
        &format!("≤ {MEMORY_RATIO}"),
        ratio <= MEMORY_RATIO,
    );
}

fn report_tray((open, in_tray): (f64, f64)) {
    bench(
        &format!(
            "Memory (PSS) of Spool and its WebKit processes in the tray, {} s after its window closed",
            IDLE.as_secs()
        ),
        format!("{in_tray:.0}"),
        "MiB",
        &format!("≤ {TRAY_MIB:.0}"),
        in_tray <= TRAY_MIB,
    );
    bench(
        &format!(
            "The same Spool with its window open on Today, {} s idle, before it closed",
            IDLE.as_secs()
        ),
        format!("{open:.0}"),
        "MiB",
        "for comparison",
        true,
    );
}

fn report_at_rest(seconds: &[f64]) {
    let typical = median(seconds.to_vec());
    bench(
        &format!(
            "Processor time of Spool and its WebKit processes {} s to {} s after a change of screen (median of {})",
            SETTLE.as_secs(),
            (SETTLE + AT_REST).as_secs(),
            seconds.len()
        ),
        format!("{typical:.2}"),
        "s",
        &format!("≤ {AT_REST_CPU_S} s"),
        typical <= AT_REST_CPU_S,
    );
    let most = seconds.iter().copied().fold(0.0, f64::max);
    bench(
        "the same, the most",
        format!("{most:.2}"),
        "s",
        "for information",
        true,
    );
}

fn report_redraws(redraws: &[Redraw]) {
    for days in [LONG_DAYS, SHORT_DAYS] {
        let times: Vec<f64> = redraws
            .iter()
            .filter(|r| r.days == days)
            .map(|r| r.millis)
            .collect();
        let from = if days == LONG_DAYS {
            SHORT_DAYS
        } else {
            LONG_DAYS
        };
        report_frame_times(
            &format!(
                "Overview range changed from {from} to {days} days, until drawn and laid out (median of {ROUNDS})"
            ),
            times,
        );
    }
}

/// The median of `times` against a frame's budget, then the slowest for information.
fn report_frame_times(name: &str, times: Vec<f64>) {
    let slowest = times.iter().copied().fold(0.0, f64::max);
    let median = median(times);
    bench(
        name,
        format!("{median:.1}"),
        "ms",
        &format!("≤ {REDRAW_MS:.0} ms"),
        median <= REDRAW_MS,
    );
    bench(
        "the same, the slowest",
        format!("{slowest:.1}"),
        "ms",
        "for information",
        true,
    );
}

fn report_scrolls(scrolls: &Scrolls) {
    report_frame_times(
        &format!(
            "Posts table of {POSTS} posts scrolled a page at a time, until the rows in view are laid out (median of {SCROLLS})"
        ),
        scrolls.millis.clone(),
    );
    bench(
        "The same table scrolled at once to its last post",
        format!("{:.1}", scrolls.to_the_end),
        "ms",
        "for information",
        true,
    );
    let most = scrolls.rows.iter().copied().max().unwrap_or(0);
    bench(
        "Rows of posts in the page at once, at most",
        most.to_string(),
        "rows",
        &format!(
            "≤ {} (those in view and {OVERSCAN} either side)",
            scrolls.allowed_rows
        ),
        most > 0 && most <= scrolls.allowed_rows,
    );
}

fn report_screens(screens: &WrittenScreens) {
    let posts = spool_model::Locale::default().number(SNAPSHOT_POSTS as u64);
    for screen in WRITTEN_SCREENS {
        let times: Vec<f64> = screens
            .shown
            .iter()
            .filter(|s| s.screen == screen)
            .map(|s| s.millis)
            .collect();
        let name = match screen {
            "post" => "A post's page".to_owned(),
            "insights" => "What works".to_owned(),
            other => {
                let mut name = other.to_owned();
                name[..1].make_ascii_uppercase();
                name
            }
        };
        bench(
            &format!(
                "{name} chosen while syncs of {posts} posts are written, until its data is laid out (median of {})",
                times.len()
            ),
            format!("{:.0}", median(times)),
            "ms",
            "for information",
            true,
        );
    }
    // The issue's target is a frame's part that is Spool's side: its own work (answers read,
    // charts drawn, rows built, layout it forced). The whole frame, WebKit's drawing in software
    // on the same two cores included, is given beside it.
    let own: Vec<f64> = screens.shown.iter().map(|s| s.most_own_work_ms).collect();
    let most_own = own.iter().copied().fold(0.0, f64::max);
    bench(
        &format!(
            "Spool's own work in any one frame while a screen loaded, the same changes: the most of {}",
            own.len()
        ),
        format!("{most_own:.1}"),
        "ms",
        &format!("≤ {FRAME_MS:.0} ms"),
        most_own > 0.0 && most_own <= FRAME_MS,
    );
    bench(
        "the same, the median",
        format!("{:.1}", median(own)),
        "ms",
        "for information",
        true,
    );
    let frames: Vec<f64> = screens.shown.iter().map(|s| s.longest_frame_ms).collect();
    let worst = frames.iter().copied().fold(0.0, f64::max);
    bench(
        &format!(
            "Longest frame while a screen loaded, WebKit's drawing in software included (median of {})",
            frames.len()
        ),
        format!("{:.1}", median(frames)),
        "ms",
        "for information",
        true,
    );
    bench(
        "the same, the longest of all",
        format!("{worst:.1}"),
        "ms",
        "for information",
        true,
    );
    bench(
        &format!(
            "The posts command's answer of {} posts read into Rust's types in the window (median of {})",
            spool_model::Locale::default().number(POSTS),
            screens.posts_decoded_ms.len()
        ),
        format!("{:.0}", median(screens.posts_decoded_ms.clone())),
        "ms",
        "for information",
        !screens.posts_decoded_ms.is_empty(),
    );
    bench(
        &format!(
            "A snapshot of {posts} posts written meanwhile, by the bench on the same file (median of {})",
            screens.writes_ms.len()
        ),
        format!("{:.0}", median(screens.writes_ms.clone())),
        "ms",
        "for information",
        true,
    );
}

fn report_charts(screens: &WrittenScreens) {
    let posts = spool_model::Locale::default().number(POSTS);
    // Each chart in the order it was first drawn.
    let mut names: Vec<&str> = Vec::new();
    for (chart, _) in &screens.charts {
        if !names.contains(&chart.as_str()) {
            names.push(chart);
        }
    }
    for name in names {
        let times: Vec<f64> = screens
            .charts
            .iter()
            .filter(|(chart, _)| chart == name)
            .map(|(_, millis)| *millis)
            .collect();
        let count = times.len();
        let median = median(times);
        bench(
            &format!(
                "`{name}` drawn on its canvas, account of {posts} posts, 30 days where a range applies (median of {count})"
            ),
            format!("{median:.1}"),
            "ms",
            &format!("≤ {REDRAW_MS:.0} ms"),
            median <= REDRAW_MS,
        );
    }
    for (chart, millis) in &screens.long_range_charts {
        bench(
            &format!("`{chart}` drawn on its canvas, {LONG_DAYS} days of {posts} posts"),
            format!("{millis:.1}"),
            "ms",
            &format!("≤ {REDRAW_MS:.0} ms"),
            *millis <= REDRAW_MS,
        );
    }
    let slowest = screens
        .charts
        .iter()
        .chain(&screens.long_range_charts)
        .map(|(_, millis)| *millis)
        .fold(0.0, f64::max);
    bench(
        "The slowest drawing of any chart, the same runs",
        format!("{slowest:.1}"),
        "ms",
        "for information",
        true,
    );
}
