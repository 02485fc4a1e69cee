//! The hourly round reading young posts between full syncs: against the simulator, what it
//! reads and writes; through the app service, when the schedule runs it and when not.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use spool_core::history::History;
use spool_core::sync::{
    CancelFlag, SyncError, SyncJob, SyncOptions, YoungRound, read_young_posts, sync_account,
    young_post_age,
};
use spool_core::{FileKind, Host, Library, MemoryStore, Spool, SpoolParts};
use spool_model::{AccountStatus, AccountSummary, SyncOutcome, SyncSummary};
use threads_api::{AccessToken, ApiError, ApiHosts, ClientConfig, RetryPolicy, ThreadsClient};
use threads_sim::{
    DemoAccount, DemoMediaType, Fault, FaultKind, RunningSimulator, SimClock, Simulator,
};
use tokio::sync::Notify;

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

/// A simulator whose accounts are as of [`start`], its clock at `clock`.
async fn bench_at(clock: DateTime<Utc>) -> Bench {
    let sim = Simulator::new()
        .accounts_as_of(start())
        .clock(SimClock::Fixed(clock))
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
    fn job(&self) -> SyncJob<'_> {
        SyncJob {
            client: &self.client,
            history: &self.history,
            account_id: &self.id,
            token: &self.token,
            now: self.sim.now(),
            options: SyncOptions::default(),
        }
    }

    async fn full_sync(&self) {
        sync_account(self.job(), &|_| {}, &CancelFlag::default())
            .await
            .expect("a full sync");
    }

    async fn round(&self) -> Result<YoungRound, SyncError> {
        read_young_posts(self.job(), &CancelFlag::default()).await
    }

    fn account(&self) -> DemoAccount {
        self.sim.account(&self.id).expect("the account")
    }

    /// The account's own posts (not reposts) younger than the round's age at the simulator's
    /// now, by id.
    fn young_post_ids(&self) -> Vec<String> {
        let now = self.sim.now();
        self.account()
            .posts
            .into_iter()
            .filter(|p| p.media_type != DemoMediaType::RepostFacade)
            .filter(|p| p.published <= now && now - p.published < young_post_age())
            .map(|p| p.id)
            .collect()
    }

    /// When each stored post was last read.
    fn last_readings(&self) -> Vec<(String, Option<DateTime<Utc>>)> {
        self.history
            .read(|reading| reading.stored_posts(&self.id))
            .expect("posts")
            .into_iter()
            .map(|p| (p.id, p.last_read_at))
            .collect()
    }
}

#[tokio::test]
async fn a_round_reads_only_the_young_posts_and_writes_a_reading_of_each() {
    let bench = bench_at(start()).await;
    bench.full_sync().await;
    bench.sim.advance(TimeDelta::hours(1));
    let young = bench.young_post_ids();
    assert!(!young.is_empty(), "the demo's newest post is hours old");
    let round = bench.round().await.expect("read");
    assert_eq!(round.summary.outcome, SyncOutcome::Completed);
    assert_eq!(round.young_posts, young.len());
    assert_eq!(round.new_posts, 0);
    assert_eq!(
        round.summary.requests,
        1 + young.len() as u64,
        "one page of posts, then one request per young post"
    );
    let now = bench.sim.now();
    for (id, last) in bench.last_readings() {
        if young.contains(&id) {
            assert_eq!(last, Some(now), "young post {id} read by the round");
        } else {
            assert!(
                last.is_none_or(|at| at <= start()),
                "old post {id} left alone"
            );
        }
    }
    // The reading is what Threads answered at that moment.
    let account = bench.account();
    let post = account
        .posts
        .iter()
        .find(|p| p.id == young[0])
        .expect("the post");
    let growth = bench
        .history
        .read(|reading| reading.post_growth(&post.id))
        .expect("growth");
    let expected = account.metrics_at(post, now).expect("metrics");
    assert_eq!(growth.last().map(|r| r.at), Some(now));
    assert_eq!(
        growth.last().and_then(|r| r.metrics.views),
        Some(expected.views)
    );
    // Logged apart from full syncs: the last sync is still the full one.
    let last = bench
        .history
        .last_run(&bench.id)
        .expect("log")
        .expect("run");
    assert_eq!(last.started_at, start());
    let logged = bench
        .history
        .read(|reading| reading.last_young_round(&bench.id))
        .expect("log")
        .expect("the round is on record");
    assert_eq!(
        (logged.started_at, logged.outcome, logged.requests),
        (now, SyncOutcome::Completed, round.summary.requests)
    );
}

#[tokio::test]
async fn a_round_finds_a_post_published_since_the_last_sync() {
    // The full sync a day and a half before the account's newest posts were all published.
    let bench = bench_at(start() - TimeDelta::hours(30)).await;
    bench.full_sync().await;
    let stored_before = bench.last_readings().len();
    bench.sim.advance(TimeDelta::hours(30));
    let account = bench.account();
    let published_since: Vec<&str> = account
        .posts
        .iter()
        .filter(|p| p.published > start() - TimeDelta::hours(30) && p.published <= start())
        .map(|p| p.id.as_str())
        .collect();
    assert!(!published_since.is_empty(), "a post appeared meanwhile");
    let round = bench.round().await.expect("read");
    assert!(round.new_posts >= 1);
    let stored = bench.last_readings();
    assert_eq!(stored.len(), stored_before + published_since.len());
    for id in published_since {
        let (_, last) = stored
            .iter()
            .find(|(stored, _)| stored == id)
            .expect("the new post is stored");
        assert_eq!(*last, Some(start()), "and read");
    }
}

#[tokio::test]
async fn without_young_posts_a_round_lists_once_and_writes_nothing() {
    let bench = bench_at(start()).await;
    // Never synced: left to the first full sync, without a request.
    let round = bench.round().await.expect("nothing to do");
    assert_eq!((round.young_posts, round.summary.requests), (0, 0));
    assert_eq!(
        bench
            .history
            .read(|reading| reading.last_young_round(&bench.id))
            .expect("log"),
        None
    );
    bench.full_sync().await;
    // Four days on, the newest post is past the young age and no other was published.
    bench.sim.advance(TimeDelta::days(4));
    assert!(bench.young_post_ids().is_empty());
    let before = bench.history.data_digest().expect("digest");
    let round = bench.round().await.expect("read");
    assert_eq!(round.young_posts, 0);
    assert_eq!(round.summary.requests, 1, "only the newest posts listed");
    assert_eq!(bench.history.data_digest().expect("digest"), before);
}

#[tokio::test]
async fn an_expired_token_a_rate_limit_or_a_cancel_ends_a_round_with_nothing_saved() {
    let bench = bench_at(start()).await;
    bench.full_sync().await;
    bench.sim.advance(TimeDelta::hours(2));
    let before = bench.history.data_digest().expect("digest");
    let last_round = || {
        bench
            .history
            .read(|reading| reading.last_young_round(&bench.id))
            .expect("log")
            .expect("a round on record")
    };

    let cancel = CancelFlag::default();
    cancel.cancel();
    let cancelled = read_young_posts(bench.job(), &cancel).await;
    assert!(matches!(cancelled, Err(SyncError::Cancelled)));
    assert_eq!(last_round().outcome, SyncOutcome::Cancelled);

    bench.sim.add_fault(Fault::always(
        None,
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(1),
        },
    ));
    let limited = bench.round().await.expect_err("rate limited");
    assert!(
        matches!(limited, SyncError::Api(ApiError::RateLimited { .. })),
        "{limited:?}"
    );
    assert_eq!(last_round().outcome, SyncOutcome::Failed);
    bench.sim.clear_faults();
    bench.sim.add_fault(Fault::times(
        None,
        FaultKind::RateLimited {
            retry_after: Duration::from_secs(0),
        },
        1,
    ));
    bench.round().await.expect("a passing limit is waited out");
    let after_one = bench.history.data_digest().expect("digest");
    assert_ne!(after_one, before);

    bench.sim.advance(TimeDelta::hours(1));
    bench.sim.revoke_tokens_after(1);
    let refused = bench.round().await.expect_err("refused");
    assert!(
        matches!(refused, SyncError::Api(ApiError::TokenExpired { .. })),
        "{refused:?}"
    );
    assert_eq!(bench.history.data_digest().expect("digest"), after_one);
    let failed = last_round();
    assert_eq!(failed.outcome, SyncOutcome::Failed);
    let reason = failed.error.expect("a reason");
    // Every value the reason keeps, as its debug form writes them.
    let kept = format!("{reason:?}");
    assert!(
        !kept.contains(bench.token.expose()),
        "no token in the log: {kept}"
    );
}

// The service, its clock moved with the simulator's.

/// How far each test's service clock is ahead of the real one, in seconds: one slot per test,
/// as the tests of this file run side by side.
static AHEAD: [AtomicI64; 4] = [const { AtomicI64::new(0) }; 4];

fn clock<const SLOT: usize>() -> DateTime<Utc> {
    Utc::now() + TimeDelta::seconds(AHEAD[SLOT].load(Ordering::SeqCst))
}

/// Moves the service's clock of `slot` and the simulator's forward together.
fn advance(slot: usize, sim: &RunningSimulator, by: TimeDelta) {
    AHEAD[slot].fetch_add(by.num_seconds(), Ordering::SeqCst);
    sim.advance(by);
}

#[derive(Default)]
struct Desktop {
    accounts_changed: Mutex<Vec<Vec<AccountSummary>>>,
    synced: Mutex<Vec<(String, SyncSummary)>>,
}

impl Desktop {
    fn syncs_heard(&self) -> usize {
        self.synced.lock().expect("unpoisoned").len()
    }
}

impl Host for Desktop {
    fn accounts_changed(&self, accounts: &[AccountSummary]) {
        self.accounts_changed
            .lock()
            .expect("unpoisoned")
            .push(accounts.to_vec());
    }

    fn synced(&self, account_id: &str, summary: &SyncSummary) {
        self.synced
            .lock()
            .expect("unpoisoned")
            .push((account_id.to_owned(), summary.clone()));
    }

    fn notice(&self, _text: &str) {}

    async fn choose_save_path(&self, _name: &str, _kind: FileKind) -> Option<PathBuf> {
        None
    }

    fn notify(&self, _: &spool_model::Notification) {}

    fn open_url(&self, _url: &str) -> Result<(), String> {
        Ok(())
    }

    fn copy_image(&self, _rgba: Vec<u8>, _width: u32, _height: u32) -> Result<(), String> {
        Ok(())
    }
}

/// A service logged in to a fresh simulator's main account and synced fully once.
async fn synced_service<const SLOT: usize>(name: &str) -> (RunningSimulator, Spool<Desktop>) {
    let sim = Simulator::new().start().await.expect("starts");
    let dir = std::env::temp_dir().join(format!("spool-young-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    let parts = SpoolParts {
        library: Library::open(dir.join("data")).expect("data folder"),
        store: Box::new(MemoryStore::default()),
        api: ApiHosts::single(sim.base_url()),
        default_login_port: 0,
        app_version: "0.0.0-test",
        log_dir: dir.join("logs"),
        notices: Vec::new(),
        clock: clock::<SLOT>,
    };
    let spool = Spool::open(parts, Desktop::default()).expect("opens");
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool.log_in_with_token(&token).await.expect("logs in");
    spool.sync_accounts_due().await.expect("the first sync");
    assert_eq!(spool.host().syncs_heard(), 1);
    (sim, spool)
}

#[tokio::test]
async fn the_schedule_reads_young_posts_every_hour_between_full_syncs() {
    const SLOT: usize = 0;
    let (sim, spool) = synced_service::<SLOT>("hourly").await;
    let full = spool.last_sync().await.expect("read").expect("synced");
    spool.read_young_posts_due().await.expect("a round");
    assert_eq!(spool.host().syncs_heard(), 1, "just synced fully: no round");

    advance(SLOT, &sim, TimeDelta::minutes(61));
    spool.read_young_posts_due().await.expect("a round");
    assert_eq!(
        spool.host().syncs_heard(),
        2,
        "an hour on: the window hears"
    );
    let heard = spool.host().synced.lock().expect("unpoisoned")[1].1.clone();
    assert_eq!(heard.outcome, SyncOutcome::Completed);
    assert!(heard.requests >= 2, "the listing and a young post");
    assert_eq!(
        spool.last_sync().await.expect("read"),
        Some(full),
        "the last sync is still the full one"
    );
    spool.read_young_posts_due().await.expect("a round");
    assert_eq!(spool.host().syncs_heard(), 2, "not twice within the hour");

    // With the full sync due, the schedule's full sync reads them: no round of its own.
    spool
        .save_preferences(spool_model::Preferences {
            sync_every_hours: 1,
            ..spool.preferences().expect("read")
        })
        .expect("saved");
    advance(SLOT, &sim, TimeDelta::minutes(61));
    spool.read_young_posts_due().await.expect("a round");
    assert_eq!(
        spool.host().syncs_heard(),
        2,
        "the full sync is due: its own schedule runs it"
    );
}

#[tokio::test]
async fn no_round_runs_beside_a_full_sync_of_the_same_account() {
    const SLOT: usize = 1;
    let (sim, spool) = synced_service::<SLOT>("beside").await;
    advance(SLOT, &sim, TimeDelta::hours(2));
    let underway = Notify::new();
    let reported = AtomicBool::new(false);
    let progress = |_| {
        if !reported.swap(true, Ordering::SeqCst) {
            underway.notify_one();
        }
    };
    let (full, round) = tokio::join!(spool.sync_now(&progress), async {
        underway.notified().await;
        spool.read_young_posts_due().await
    });
    full.expect("the full sync ends as usual");
    round.expect("the round steps aside");
    let heard = spool.host().synced.lock().expect("unpoisoned").clone();
    assert_eq!(heard.len(), 2, "the first sync and this one, no round");
    assert_eq!(
        Some(heard[1].1.clone()),
        spool.last_sync().await.expect("read")
    );
}

#[tokio::test]
async fn an_expired_login_ends_the_round_and_the_account_asks_for_a_new_one() {
    const SLOT: usize = 2;
    let (sim, spool) = synced_service::<SLOT>("expired").await;
    advance(SLOT, &sim, TimeDelta::hours(2));
    for token in sim.issued_tokens() {
        sim.revoke(&token);
    }
    spool.read_young_posts_due().await.expect("a round");
    let accounts = spool.accounts().expect("accounts");
    assert_eq!(accounts[0].status, AccountStatus::NeedsLogin);
    let announced = spool
        .host()
        .accounts_changed
        .lock()
        .expect("unpoisoned")
        .last()
        .cloned()
        .expect("announced");
    assert_eq!(announced[0].status, AccountStatus::NeedsLogin);
    assert_eq!(
        spool.host().syncs_heard(),
        1,
        "the failed round stored nothing"
    );
}
