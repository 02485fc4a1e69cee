//! Syncing against the simulator: a full sync, successive syncs building the curves the API
//! cannot give, an incremental sync's cost, and every fault leaving the history as it was.

use std::sync::Mutex;
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use spool_core::history::History;
use spool_core::sync::{CancelFlag, SyncError, SyncJob, SyncOptions, sync_account};
use spool_model::{FollowerReading, SyncOutcome, SyncPhase, SyncProgress, SyncSummary};
use threads_api::{AccessToken, ApiError, ApiHosts, ClientConfig, RetryPolicy, ThreadsClient};
use threads_sim::{Fault, FaultKind, Route, RunningSimulator, SimClock, Simulator};

fn start() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("moment")
        .to_utc()
}

struct Bench {
    sim: RunningSimulator,
    client: ThreadsClient,
    token: AccessToken,
    history: History,
    id: String,
}

async fn bench() -> Bench {
    let sim = Simulator::new()
        .clock(SimClock::Fixed(start()))
        .start()
        .await
        .expect("starts");
    let client = ThreadsClient::new(
        ApiHosts::single(sim.base_url()),
        ClientConfig {
            timeout: Duration::from_secs(5),
            retry: RetryPolicy {
                attempts: 3,
                first_delay: Duration::from_millis(5),
                max_delay: Duration::from_millis(20),
                budget: Duration::from_secs(3),
            },
            ..ClientConfig::default()
        },
    )
    .expect("client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let id = sim.main_user_id().to_owned();
    Bench {
        sim,
        client,
        token,
        history: History::in_memory().expect("history"),
        id,
    }
}

impl Bench {
    async fn sync_with(
        &self,
        cancel: &CancelFlag,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> Result<SyncSummary, SyncError> {
        self.sync_with_options(SyncOptions::default(), cancel, progress)
            .await
    }

    async fn sync_with_options(
        &self,
        options: SyncOptions,
        cancel: &CancelFlag,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> Result<SyncSummary, SyncError> {
        let job = SyncJob {
            client: &self.client,
            history: &self.history,
            account_id: &self.id,
            token: &self.token,
            now: self.sim.now(),
            options,
        };
        sync_account(job, progress, cancel).await
    }

    async fn sync(&self) -> Result<SyncSummary, SyncError> {
        self.sync_with(&CancelFlag::default(), &|_| {}).await
    }
}

#[tokio::test]
async fn a_first_sync_stores_everything_and_an_unchanged_account_costs_little_after() {
    let bench = bench().await;
    let account = bench.sim.account(&bench.id).expect("account");
    let full = bench.sync().await.expect("synced");
    assert_eq!(full.outcome, SyncOutcome::Completed);
    let stored = bench
        .history
        .read(|reading| reading.stored_posts(&bench.id))
        .expect("posts");
    assert_eq!(stored.len(), account.posts.len());
    assert_eq!(
        bench
            .history
            .read(|reading| reading.follower_series(&bench.id))
            .expect("series"),
        [FollowerReading {
            at: start(),
            followers: account.followers_at(start())
        }]
    );
    let last = bench
        .history
        .last_run(&bench.id)
        .expect("log")
        .expect("a run");
    assert_eq!(last.outcome, SyncOutcome::Completed);
    assert_eq!(last.requests, full.requests);

    let incremental = bench.sync().await.expect("synced again");
    assert!(
        incremental.requests * 20 <= full.requests,
        "an unchanged account: {} requests after a full sync of {}",
        incremental.requests,
        full.requests
    );
}

#[tokio::test]
async fn successive_syncs_draw_the_follower_curve_and_a_posts_growth() {
    let bench = bench().await;
    bench.sync().await.expect("day 0");
    for _ in 0..3 {
        bench.sim.advance(TimeDelta::days(1));
        bench.sync().await.expect("a day later");
    }
    let followers = bench
        .history
        .read(|reading| reading.follower_series(&bench.id))
        .expect("series");
    assert_eq!(followers.len(), 4);
    assert!(
        followers
            .windows(2)
            .all(|w| w[1].followers >= w[0].followers && w[1].at > w[0].at)
    );
    assert!(
        followers[3].followers > followers[0].followers,
        "followers grew over three days"
    );

    let account = bench.sim.account(&bench.id).expect("account");
    let young = account
        .posts
        .iter()
        .find(|p| {
            p.media_type != threads_sim::DemoMediaType::RepostFacade
                && start() - p.published < TimeDelta::days(3)
        })
        .expect("a post from the last days");
    let growth = bench
        .history
        .read(|reading| reading.post_growth(&young.id))
        .expect("growth");
    assert_eq!(growth.len(), 4, "a young post is read at every sync");
    let views: Vec<u64> = growth
        .iter()
        .map(|r| r.metrics.views.unwrap_or(0))
        .collect();
    assert!(views.windows(2).all(|w| w[1] >= w[0]), "{views:?}");
    assert!(views[3] > views[0], "{views:?}");
}

/// Runs a sync that must fail, after a successful one, and checks the history did not change.
async fn failing_sync(bench: &Bench, arm: impl FnOnce(&RunningSimulator)) -> SyncError {
    failing_sync_with(bench, SyncOptions::default(), arm).await
}

/// [`failing_sync`] with `options` for the failing sync.
async fn failing_sync_with(
    bench: &Bench,
    options: SyncOptions,
    arm: impl FnOnce(&RunningSimulator),
) -> SyncError {
    bench.sync().await.expect("the first sync");
    bench.sim.advance(TimeDelta::hours(6));
    let before = bench.history.data_digest().expect("digest");
    arm(&bench.sim);
    let error = bench
        .sync_with_options(options, &CancelFlag::default(), &|_| {})
        .await
        .expect_err("the sync fails");
    assert_eq!(
        bench.history.data_digest().expect("digest"),
        before,
        "a failed sync changed the history"
    );
    let last = bench
        .history
        .last_run(&bench.id)
        .expect("log")
        .expect("a run");
    assert_ne!(last.outcome, SyncOutcome::Completed);
    assert_eq!(last.error, Some(error.sentence()));
    error
}

#[tokio::test]
async fn a_connection_dropped_mid_sync_changes_nothing() {
    let bench = bench().await;
    let error = failing_sync(&bench, |sim| {
        sim.add_fault(Fault::always(
            Some(Route::AccountInsights),
            FaultKind::DropConnection,
        ));
    })
    .await;
    assert!(
        matches!(error, SyncError::Api(ApiError::Network(_))),
        "{error:?}"
    );
}

#[tokio::test]
async fn a_token_revoked_after_ten_requests_changes_nothing() {
    let bench = bench().await;
    let error = failing_sync(&bench, |sim| sim.revoke_tokens_after(10)).await;
    assert!(
        matches!(error, SyncError::Api(ApiError::TokenExpired { .. })),
        "{error:?}"
    );
}

#[tokio::test]
async fn malformed_json_on_the_third_page_of_posts_changes_nothing() {
    let bench = bench().await;
    bench
        .sim
        .add_fault(Fault::on_request(Route::Posts, FaultKind::MalformedJson, 3));
    let before = bench.history.data_digest().expect("digest");
    let error = bench.sync().await.expect_err("fails on page three");
    assert!(
        matches!(error, SyncError::Api(ApiError::UnexpectedResponse { .. })),
        "{error:?}"
    );
    assert_eq!(bench.sim.requests(Route::Posts), 3);
    assert_eq!(bench.history.data_digest().expect("digest"), before);
}

#[tokio::test]
async fn a_429_storm_fails_the_sync_and_a_passing_one_is_ridden_out() {
    let bench = bench().await;
    let storm = FaultKind::RateLimited {
        retry_after: Duration::from_secs(1),
    };
    let error = failing_sync(&bench, |sim| {
        sim.add_fault(Fault::always(None, storm.clone()))
    })
    .await;
    assert!(
        matches!(error, SyncError::Api(ApiError::RateLimited { .. })),
        "{error:?}"
    );
    bench.sim.clear_faults();
    bench.sim.add_fault(Fault::times(
        None,
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(0),
        },
        2,
    ));
    assert_eq!(
        bench.sync().await.expect("ridden out").outcome,
        SyncOutcome::Completed
    );
}

#[tokio::test]
async fn a_cancelled_sync_changes_nothing() {
    let bench = bench().await;
    bench.sync().await.expect("the first sync");
    bench.sim.advance(TimeDelta::hours(6));
    let before = bench.history.data_digest().expect("digest");
    let cancel = CancelFlag::default();
    let phases = Mutex::new(Vec::new());
    let cancelling = cancel.clone();
    let progress = move |p: SyncProgress| {
        if let Ok(mut seen) = phases.lock() {
            seen.push(p.phase);
        }
        if p.phase == SyncPhase::PostInsights {
            cancelling.cancel();
        }
    };
    let error = bench
        .sync_with(&cancel, &progress)
        .await
        .expect_err("cancelled");
    assert!(matches!(error, SyncError::Cancelled));
    assert_eq!(bench.history.data_digest().expect("digest"), before);
    assert_eq!(
        bench
            .history
            .last_run(&bench.id)
            .expect("log")
            .expect("run")
            .outcome,
        SyncOutcome::Cancelled
    );
}

#[tokio::test]
async fn best_times_count_every_post_and_withhold_thin_slots() {
    let bench = bench().await;
    bench.sync().await.expect("synced");
    let times = spool_core::analytics::best_times(&bench.history, &bench.id, 0).expect("computed");
    let account = bench.sim.account(&bench.id).expect("account");
    let own = account
        .posts
        .iter()
        .filter(|p| p.media_type != threads_sim::DemoMediaType::RepostFacade)
        .count();
    assert_eq!(
        times.slots.iter().map(|s| s.posts as usize).sum::<usize>(),
        own
    );
    assert!(times.slots.iter().all(|s| s.weekday < 7 && s.hour < 24));
    assert!(
        times
            .slots
            .iter()
            .all(|s| s.median_views.is_some() == (s.posts >= times.minimum_posts))
    );
    // A slot's median is the middle of its posts' views.
    let slot = times
        .slots
        .iter()
        .find(|s| s.posts >= 3 && s.posts % 2 == 1)
        .expect("a slot with an odd number of posts");
    let mut views: Vec<u64> = account
        .posts
        .iter()
        .filter(|p| {
            use chrono::{Datelike, Timelike};
            p.media_type != threads_sim::DemoMediaType::RepostFacade
                && p.published.weekday().num_days_from_monday() as u8 == slot.weekday
                && p.published.hour() as u8 == slot.hour
        })
        .filter_map(|p| account.metrics_at(p, start()).map(|m| m.views))
        .collect();
    views.sort_unstable();
    assert_eq!(slot.median_views, Some(views[views.len() / 2]));
}

#[tokio::test]
async fn a_posts_list_that_comes_round_again_ends_the_sync_and_changes_nothing() {
    let bench = bench().await;
    let error = failing_sync(&bench, |sim| {
        sim.add_fault(Fault::always(
            Some(Route::Posts),
            FaultKind::EndlessPages { cycle: Some(2) },
        ));
    })
    .await;
    assert_eq!(
        error.to_string(),
        "The sync stopped and saved nothing: Threads sent an unexpected answer (HTTP 200): the \
         posts list led back to a page it had already sent (a cursor seen before)"
    );
}

#[tokio::test]
async fn a_posts_list_without_end_stops_at_the_page_cap_and_changes_nothing() {
    let bench = bench().await;
    let options = SyncOptions {
        max_post_pages: 40,
        ..SyncOptions::default()
    };
    let error = failing_sync_with(&bench, options, |sim| {
        sim.add_fault(Fault::always(
            Some(Route::Posts),
            FaultKind::EndlessPages { cycle: None },
        ));
    })
    .await;
    assert!(
        matches!(error, SyncError::TooManyPages { pages: 40 }),
        "{error:?}"
    );
    assert_eq!(
        error.to_string(),
        "The sync stopped and saved nothing: Threads listed more than 40 pages of posts, more \
         than one sync reads. Try again later; if it happens again, please report it."
    );
    // The first sync's pages, then the cap and the one page past it: never more.
    let posts = bench.sim.account(&bench.id).expect("account").posts.len() as u64;
    let first_sync_pages = bench.sim.requests(Route::Posts) - 41;
    assert!(
        first_sync_pages <= posts.div_ceil(100) + 1,
        "{first_sync_pages}"
    );
}

#[tokio::test]
async fn a_list_exactly_as_long_as_the_cap_is_read_whole() {
    let bench = bench().await;
    // The main account's posts fill a few pages of 100: a cap of that many is no failure.
    let pages = bench
        .sim
        .account(&bench.id)
        .expect("account")
        .posts
        .len()
        .div_ceil(100);
    let options = SyncOptions {
        max_post_pages: pages,
        ..SyncOptions::default()
    };
    let synced = bench
        .sync_with_options(options, &CancelFlag::default(), &|_| {})
        .await
        .expect("synced");
    assert_eq!(synced.outcome, SyncOutcome::Completed);
}

#[tokio::test]
async fn a_sync_past_its_deadline_stops_and_changes_nothing() {
    let bench = bench().await;
    let options = SyncOptions {
        deadline: Duration::from_millis(1500),
        ..SyncOptions::default()
    };
    let started = std::time::Instant::now();
    let error = failing_sync_with(&bench, options, |sim| {
        sim.add_fault(Fault::always(
            None,
            FaultKind::Latency(Duration::from_millis(400)),
        ));
    })
    .await;
    assert!(matches!(error, SyncError::TooSlow { .. }), "{error:?}");
    assert_eq!(
        error.to_string(),
        "The sync stopped and saved nothing: it was still reading after 1.5 s. Check the \
         connection and try again later."
    );
    assert!(started.elapsed() < Duration::from_secs(30));
}

#[tokio::test]
async fn an_answer_larger_than_the_bound_ends_the_sync_and_changes_nothing() {
    let bench = bench().await;
    let error = failing_sync(&bench, |sim| {
        sim.add_fault(Fault::always(
            Some(Route::AccountInsights),
            FaultKind::OversizedBody {
                bytes: spool_model::limits::RESPONSE_MAX_BYTES + 1,
            },
        ));
    })
    .await;
    assert_eq!(
        error.to_string(),
        "The sync stopped and saved nothing: Threads sent an unexpected answer (HTTP 200): the \
         answer is larger than 16 MiB, more than Spool reads"
    );
}
