//! Syncs against the simulator, release build: the demo account's first full sync; a
//! 2,000-post account's first full sync with 50 ms of latency on every request, against the
//! bound requests × latency ÷ concurrency; and an incremental sync of an unchanged account,
//! against the full sync's requests; the hourly young-post round of the demo account an
//! hour after its full sync, in requests against the young posts it read; and the demo's
//! replays: its 90 days of past when first opened, and the ten days it missed when opened
//! again ten days later (the daily syncs, the sync at that moment and the early readings).
//! Each timed figure is the median of three runs. Prints `BENCH` lines for `cargo xtask bench`.

use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, Utc};
use spool_core::Demo;
use spool_core::demo::replay_past;
use spool_core::history::History;
use spool_core::sync::{CancelFlag, SyncJob, SyncOptions, read_young_posts, sync_account};
use spool_model::SyncSummary;
use threads_api::{AccessToken, ApiHosts, ClientConfig, ThreadsClient};
use threads_sim::{Fault, FaultKind, Route, RunningSimulator, SimClock, Simulator};

const RUNS: usize = 3;
const LATENCY: Duration = Duration::from_millis(50);

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("moment")
        .to_utc()
}

async fn simulator(posts: Option<u64>, latency: bool) -> RunningSimulator {
    let mut builder = Simulator::new().clock(SimClock::Fixed(now()));
    if let Some(posts) = posts {
        builder = builder.main_posts(posts);
    }
    if latency {
        builder = builder.fault(Fault::always(None, FaultKind::Latency(LATENCY)));
    }
    builder.start().await.expect("the simulator starts")
}

async fn sync(sim: &RunningSimulator, history: &History) -> (SyncSummary, Duration) {
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("a client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let job = SyncJob {
        client: &client,
        history,
        account_id: sim.main_user_id(),
        token: &token,
        now: sim.now(),
        options: SyncOptions::default(),
    };
    let started = Instant::now();
    let summary = sync_account(job, &|_| {}, &CancelFlag::default())
        .await
        .expect("the sync completes");
    (summary, started.elapsed())
}

/// The young-post round of the demo account an hour after its full sync: its requests, and
/// the young posts it read.
async fn young_posts_round() -> (u64, usize) {
    let sim = simulator(None, false).await;
    let history = History::in_memory().expect("history");
    sync(&sim, &history).await;
    sim.advance(TimeDelta::hours(1));
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("a client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let job = SyncJob {
        client: &client,
        history: &history,
        account_id: sim.main_user_id(),
        token: &token,
        now: sim.now(),
        options: SyncOptions::default(),
    };
    let round = read_young_posts(job, &CancelFlag::default())
        .await
        .expect("the round completes");
    (round.summary.requests, round.young_posts)
}

/// The demo's clock, moved by the catch-up figure.
static DEMO_NOW: AtomicI64 = AtomicI64::new(0);

fn demo_clock() -> DateTime<Utc> {
    DateTime::from_timestamp(DEMO_NOW.load(Ordering::SeqCst), 0).unwrap_or_else(now)
}

/// The demo's past replayed when it is first opened.
async fn demo_past() -> Duration {
    let history = History::in_memory().expect("history");
    let started = Instant::now();
    replay_past(&history, now(), &|_| {})
        .await
        .expect("the past replays");
    started.elapsed()
}

/// The demo opened again ten days after it was first opened: the days it missed replayed,
/// the sync at that moment, the early readings since; and the syncs that took.
async fn demo_ten_days_later() -> (Duration, usize) {
    let history = History::in_memory().expect("history");
    replay_past(&history, now(), &|_| {})
        .await
        .expect("the past replays");
    let later = now() + TimeDelta::days(10);
    DEMO_NOW.store(later.timestamp(), Ordering::SeqCst);
    let demo = Demo::start(now(), demo_clock)
        .await
        .expect("the demo starts");
    let account = demo.log_in(later).await.expect("the demo logs in");
    let id = account.profile.id.as_str();
    let since = history
        .read(|reading| reading.last_completed_sync(id))
        .expect("the history")
        .expect("a sync");
    let started = Instant::now();
    let cancel = CancelFlag::default();
    let missed = demo
        .replay_missed_days(&history, id, since, later, &|_| {}, &cancel)
        .await
        .expect("the missed days replay");
    let job = SyncJob {
        client: demo.client(),
        history: &history,
        account_id: id,
        token: &account.token,
        now: later,
        options: SyncOptions::default(),
    };
    sync_account(job, &|_| {}, &cancel)
        .await
        .expect("the sync completes");
    demo.write_missed_readings(&history, id, since, later)
        .expect("the readings are written");
    (started.elapsed(), missed + 1)
}

fn median<T: Copy + PartialOrd>(mut values: Vec<T>) -> T {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap_or(std::cmp::Ordering::Equal));
    values[values.len() / 2]
}

#[tokio::main]
async fn main() {
    // The demo account's first full sync, no injected latency.
    let mut demo = Vec::new();
    let mut demo_requests = 0;
    for _ in 0..RUNS {
        let sim = simulator(None, false).await;
        let (summary, took) = sync(&sim, &History::in_memory().expect("history")).await;
        demo.push(took.as_secs_f64());
        demo_requests = summary.requests;
    }
    println!(
        "BENCH name=\"First full sync of the demo account ({demo_requests} requests)\" \
         value={:.2} unit=s target=\"for reference\" ok=true",
        median(demo)
    );

    // A 2,000-post account with 50 ms on every request.
    let concurrency = SyncOptions::default().concurrency as f64;
    let mut walls = Vec::new();
    let mut ratios = Vec::new();
    let mut requests = 0;
    for _ in 0..RUNS {
        let sim = simulator(Some(2_000), true).await;
        let history = History::in_memory().expect("history");
        let (summary, took) = sync(&sim, &history).await;
        let bound = summary.requests as f64 * LATENCY.as_secs_f64() / concurrency;
        walls.push(took.as_secs_f64());
        ratios.push(took.as_secs_f64() / bound);
        requests = summary.requests;
        assert!(
            sim.requests(Route::PostInsights) >= 1_990,
            "every post was read"
        );
    }
    let ratio = median(ratios);
    println!(
        "BENCH name=\"First full sync, 2,000 posts, 50 ms latency ({requests} requests, {concurrency} at a time)\" \
         value={:.2} unit=s target=\"≤ 1.3 × bound\" ok={}",
        median(walls),
        ratio <= 1.3
    );
    println!(
        "BENCH name=\"  the same, as a multiple of the bound (requests × latency ÷ concurrency)\" \
         value={ratio:.3} unit=× target=\"≤ 1.3\" ok={}",
        ratio <= 1.3
    );

    // An incremental sync right after a full one, nothing changed.
    let sim = simulator(Some(2_000), false).await;
    let history = History::in_memory().expect("history");
    let (full, _) = sync(&sim, &history).await;
    let (again, _) = sync(&sim, &history).await;
    let share = again.requests as f64 / full.requests as f64;
    println!(
        "BENCH name=\"Incremental sync of an unchanged 2,000-post account ({} of {} requests)\" \
         value={:.1} unit=% target=\"≤ 5 %\" ok={}",
        again.requests,
        full.requests,
        share * 100.0,
        share <= 0.05
    );

    // The demo: its past when first opened, and ten days missed when opened again.
    let mut past = Vec::new();
    let mut later = Vec::new();
    let mut syncs = 0;
    for _ in 0..RUNS {
        past.push(demo_past().await.as_secs_f64());
        let (took, made) = demo_ten_days_later().await;
        later.push(took.as_secs_f64());
        syncs = made;
    }
    let past = median(past);
    println!(
        "BENCH name=\"Demo first opened: 90 days of past replayed (91 syncs and early readings)\" \
         value={past:.2} unit=s target=\"≤ 3 s\" ok={}",
        past <= 3.0
    );
    let later = median(later);
    println!(
        "BENCH name=\"Demo opened again 10 days later: caught up ({syncs} syncs and early readings)\" \
         value={later:.2} unit=s target=\"≤ 1 s\" ok={}",
        later <= 1.0
    );

    // The hourly round between full syncs: the newest posts listed once, each young post read.
    let (requests, young) = young_posts_round().await;
    println!(
        "BENCH name=\"young-post round: {requests} requests for {young} young posts\" \
         value={requests} unit=requests target=\"≤ 1 + young posts\" ok={}",
        requests <= 1 + young as u64
    );
}
