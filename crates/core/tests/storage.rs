//! What Spool keeps on disk, as the service meets it: one Spool per data folder, a history
//! set aside only when it is damaged (any other failure is explained and changes nothing),
//! removal and log-out never raced by a sync, a login check or the demo's replay, and counts
//! stored so that every screen's sums answer.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use chrono::{TimeDelta, Utc};
use spool_core::history::{History, SyncSnapshot};
use spool_core::{AppError, FileKind, Host, Library, MemoryStore, Spool, SpoolParts, StorageError};
use spool_model::limits::STORED_COUNT_MAX;
use spool_model::{
    AccountSummary, Breakdown, CommandError, Comparison, DailyValue, DemographicSegment,
    Demographics, EngagementTotals, ErrorKind, LinkClicks, MediaType, Post, PostMetrics, Profile,
    RangeChoice, RangePreset, SyncSummary,
};
use threads_api::ApiHosts;
use threads_sim::{RunningSimulator, Simulator};

/// A desktop that hears nothing and saves nowhere: these tests look at the files.
#[derive(Default)]
struct Quiet;

impl Host for Quiet {
    fn accounts_changed(&self, _: &[AccountSummary]) {}

    fn synced(&self, _: &str, _: &SyncSummary) {}

    fn notice(&self, _: &str) {}

    async fn choose_save_path(&self, _: &str, _: FileKind) -> Option<PathBuf> {
        None
    }

    fn notify(&self, _: &spool_model::Notification) {}

    fn open_url(&self, _: &str) -> Result<(), String> {
        Ok(())
    }

    fn copy_image(&self, _: Vec<u8>, _: u32, _: u32) -> Result<(), String> {
        Ok(())
    }
}

/// An empty folder for one test (or one round of one).
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spool-storage-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

fn parts(library: Library, sim: &RunningSimulator, logs: &Path) -> SpoolParts {
    SpoolParts {
        library,
        store: Box::new(MemoryStore::default()),
        api: ApiHosts::single(sim.base_url()),
        default_login_port: 0,
        app_version: "0.0.0-test",
        log_dir: logs.to_owned(),
        notices: Vec::new(),
        clock: Utc::now,
    }
}

/// A service on the data folder `dir/data`.
fn spool_in(dir: &Path, sim: &RunningSimulator) -> Spool<Quiet> {
    let library = Library::open(dir.join("data")).expect("data folder");
    Spool::open(parts(library, sim, &dir.join("logs")), Quiet).expect("opens")
}

/// Every file in `folder` set aside as damaged.
fn set_aside(folder: &Path) -> Vec<String> {
    std::fs::read_dir(folder)
        .expect("listed")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains(".damaged-"))
        .collect()
}

#[tokio::test]
async fn a_second_spool_on_the_same_data_folder_is_refused_and_told_why() {
    let sim = Simulator::new().start().await.expect("starts");
    let dir = scratch("one-per-folder");
    let first = spool_in(&dir, &sim);
    let token = sim.issue_long_lived_token(sim.main_user_id());
    first.log_in_with_token(&token).await.expect("logs in");

    let second = Library::open(dir.join("data")).expect_err("the folder is in use");
    assert!(matches!(second, StorageError::InUse { .. }), "{second:?}");
    let told = CommandError::from(AppError::from(second));
    assert_eq!(told.kind, ErrorKind::Storage);
    assert!(
        told.message.contains("Another copy of Spool"),
        "{}",
        told.message
    );
    assert!(
        told.message.contains("Switch to its window"),
        "{}",
        told.message
    );
    // The first goes on as if nothing happened.
    first
        .sync_now(&|_| {})
        .await
        .expect("the first still syncs");

    drop(first);
    let again = spool_in(&dir, &sim);
    assert_eq!(
        again.accounts().expect("accounts").len(),
        0,
        "a new service once the first ended (its store was in memory)"
    );
}

/// Sets the schema version of the history at `path`, as a newer (or older) Spool would.
fn set_schema_version(path: &Path, version: i64) {
    rusqlite::Connection::open(path)
        .expect("opened")
        .pragma_update(None, "user_version", version)
        .expect("set");
}

#[tokio::test]
async fn a_history_from_a_newer_spool_is_kept_the_user_told_to_update_and_used_once_it_can_be() {
    let sim = Simulator::new().start().await.expect("starts");
    let dir = scratch("newer-history");
    let library = Library::open(dir.join("data")).expect("data folder");
    let path = library.root().join("history.sqlite");
    let schema = {
        let history = History::open(&path).expect("created");
        drop(history);
        rusqlite::Connection::open(&path)
            .expect("opened")
            .query_row("PRAGMA user_version", [], |row| row.get::<_, i64>(0))
            .expect("version")
    };
    set_schema_version(&path, 99);
    let before = std::fs::read(&path).expect("read");

    let spool = Spool::open(parts(library, &sim, &dir.join("logs")), Quiet)
        .expect("Spool opens regardless");
    let notices = spool.take_notices();
    assert!(
        notices
            .iter()
            .any(|n| n.contains("update Spool") && n.contains("left the file as it was")),
        "{notices:?}"
    );
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool
        .log_in_with_token(&token)
        .await
        .expect("logins work meanwhile");
    for error in [
        spool
            .sync_now(&|_| {})
            .await
            .map(drop)
            .expect_err("no sync"),
        spool.posts().await.map(drop).expect_err("no screen"),
    ] {
        let told = CommandError::from(error);
        assert_eq!(told.kind, ErrorKind::Storage);
        assert!(told.message.contains("update Spool"), "{}", told.message);
    }
    assert_eq!(set_aside(&dir.join("data")), Vec::<String>::new());
    assert_eq!(
        std::fs::read(&path).expect("still there"),
        before,
        "unchanged"
    );

    // The newer Spool's schema goes (as if this Spool were updated): the history opens at
    // the next use, without a restart.
    set_schema_version(&path, schema);
    spool
        .sync_now(&|_| {})
        .await
        .expect("syncs into the kept file");
    assert!(!spool.posts().await.expect("posts").is_empty());
}

#[tokio::test]
async fn a_history_locked_by_another_program_is_kept_and_the_user_told_to_close_it() {
    let sim = Simulator::new().start().await.expect("starts");
    let dir = scratch("locked-history");
    let library = Library::open(dir.join("data")).expect("data folder");
    let path = library.root().join("history.sqlite");
    drop(History::open(&path).expect("created"));
    let other = rusqlite::Connection::open(&path).expect("another program opens it");
    other
        .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
        .expect("and locks it");
    let before = std::fs::read(&path).expect("read");

    let spool = Spool::open(parts(library, &sim, &dir.join("logs")), Quiet)
        .expect("Spool opens regardless");
    let notices = spool.take_notices();
    assert!(
        notices.iter().any(|n| n.contains("close the other Spool")),
        "{notices:?}"
    );
    assert_eq!(set_aside(&dir.join("data")), Vec::<String>::new());
    assert_eq!(
        std::fs::read(&path).expect("still there"),
        before,
        "unchanged"
    );

    drop(other);
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool.log_in_with_token(&token).await.expect("logs in");
    spool
        .sync_now(&|_| {})
        .await
        .expect("syncs once the lock is gone");
}

/// What is left of everything removal deletes: accounts in the store, and the history's rows
/// (every data table, then how many runs the sync log holds).
fn leftovers(spool: &Spool<Quiet>, data: &Path) -> (Vec<AccountSummary>, String) {
    let accounts = spool.accounts().expect("accounts");
    let path = data.join("history.sqlite");
    let digest = History::open(&path)
        .expect("the history")
        .data_digest()
        .expect("digest");
    let runs: i64 = rusqlite::Connection::open(&path)
        .expect("opened")
        .query_row("SELECT COUNT(*) FROM sync_runs", [], |row| row.get(0))
        .expect("counted");
    let runs = if runs == 0 {
        String::new()
    } else {
        format!("{runs} runs in the sync log")
    };
    (accounts, digest + &runs)
}

/// How many rounds of each race are run.
const ROUNDS: u64 = 12;
/// How many rounds of each race with the demo's replay (seconds each) are run.
const DEMO_ROUNDS: u64 = 3;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn removal_started_with_syncs_and_login_checks_leaves_no_account_and_no_history() {
    let sim = Arc::new(
        Simulator::new()
            .main_posts(30)
            .start()
            .await
            .expect("starts"),
    );
    let dir = scratch("removal-races");
    let spool = Arc::new(spool_in(&dir, &sim));
    let data = dir.join("data");
    for round in 0..ROUNDS {
        let token = sim.issue_long_lived_token(sim.main_user_id());
        spool.log_in_with_token(&token).await.expect("logs in");
        // Every other round starts from a synced account, so the young-post round has
        // something to read.
        if round % 2 == 0 {
            spool.sync_now(&|_| {}).await.expect("a first sync");
        }
        // The removal starts a little later each round, so it lands before, inside and after
        // the other work's steps.
        let delay = Duration::from_millis(round * 7);
        let work = [
            tokio::spawn({
                let spool = Arc::clone(&spool);
                async move { spool.sync_now(&|_| {}).await.map(drop) }
            }),
            tokio::spawn({
                let spool = Arc::clone(&spool);
                async move { spool.check_logins().await.map(drop) }
            }),
            tokio::spawn({
                let spool = Arc::clone(&spool);
                async move { spool.sync_accounts_due().await }
            }),
            tokio::spawn({
                let spool = Arc::clone(&spool);
                async move { spool.read_young_posts_due().await }
            }),
        ];
        let removal = tokio::spawn({
            let spool = Arc::clone(&spool);
            async move {
                tokio::time::sleep(delay).await;
                spool.remove_all_data().await
            }
        });
        removal
            .await
            .expect("no panic")
            .unwrap_or_else(|e| panic!("round {round}: removed: {e}"));
        for task in work {
            // Each may have failed (stopped, or refused while removing): what matters is what
            // is left.
            let _ = task.await.expect("no panic");
        }
        let (accounts, history) = leftovers(&spool, &data);
        assert_eq!(accounts, Vec::new(), "round {round}: no account came back");
        assert_eq!(
            history, "",
            "round {round}: nothing came back into the history"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn removal_started_with_the_demos_login_check_and_replay_leaves_nothing_or_a_whole_demo() {
    let sim = Simulator::new().start().await.expect("starts");
    let dir = scratch("demo-races");
    let spool = Arc::new(spool_in(&dir, &sim));
    let data = dir.join("data");
    // A demo replayed with nothing in the way: how many follower readings a whole one has.
    let demo = spool.try_demo(&|_| {}).await.expect("the demo");
    let whole = History::open(&data.join("history.sqlite"))
        .expect("the history")
        .read(|reading| reading.follower_series(&demo.id))
        .expect("read")
        .len();
    assert!(whole > 30, "a demo has months of readings: {whole}");
    spool.remove_all_data().await.expect("removed");

    // Each round replays the demo's months of syncs: fewer rounds than the others.
    for round in 0..DEMO_ROUNDS {
        // A demo logged in, then its login checked (which logs the demo in again) while all
        // data is removed.
        spool.try_demo(&|_| {}).await.expect("the demo");
        let delay = Duration::from_millis(round * 3);
        let (checked, removed) = tokio::join!(
            {
                let spool = Arc::clone(&spool);
                async move { spool.check_logins().await }
            },
            async {
                tokio::time::sleep(delay).await;
                spool.remove_all_data().await
            }
        );
        removed.unwrap_or_else(|e| panic!("round {round}: removed: {e}"));
        let _ = checked;
        let (accounts, history) = leftovers(&spool, &data);
        assert_eq!(
            accounts,
            Vec::new(),
            "round {round}: the demo did not come back"
        );
        assert_eq!(
            history, "",
            "round {round}: nothing came back into the history"
        );
    }

    for round in 0..DEMO_ROUNDS {
        // The demo's first login (its replay of months of syncs) while all data is removed:
        // either the removal waits for the whole demo and removes it, or the demo does not
        // start, or it starts once the removal is done and is whole.
        let delay = Duration::from_millis(round * 400);
        let (tried, removed) = tokio::join!(
            {
                let spool = Arc::clone(&spool);
                async move { spool.try_demo(&|_| {}).await }
            },
            async {
                tokio::time::sleep(delay).await;
                spool.remove_all_data().await
            }
        );
        match removed {
            // A replay slower than the removal's wait (a loaded machine): nothing was
            // removed, and the demo must be whole.
            Ok(()) | Err(AppError::SyncDidNotStop) => {}
            Err(e) => panic!("round {round}: removed: {e}"),
        }
        let accounts = spool.accounts().expect("accounts");
        let history = History::open(&data.join("history.sqlite")).expect("the history");
        match accounts.as_slice() {
            [] => assert_eq!(
                history.data_digest().expect("digest"),
                "",
                "round {round}: no demo, no history ({tried:?})"
            ),
            [demo] => {
                tried.unwrap_or_else(|e| panic!("round {round}: a demo kept from a failure: {e}"));
                let readings = history
                    .read(|reading| reading.follower_series(&demo.id))
                    .expect("read")
                    .len();
                assert_eq!(readings, whole, "round {round}: a demo is whole");
                spool.remove_all_data().await.expect("removed");
            }
            more => panic!("round {round}: {more:?}"),
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_log_out_during_a_sync_and_a_login_check_stays_logged_out() {
    let sim = Simulator::new()
        .main_posts(30)
        .start()
        .await
        .expect("starts");
    let dir = scratch("log-out-races");
    let spool = Arc::new(spool_in(&dir, &sim));
    for round in 0..ROUNDS {
        let token = sim.issue_long_lived_token(sim.main_user_id());
        let account = spool.log_in_with_token(&token).await.expect("logs in");
        let delay = Duration::from_millis(round * 5);
        let (synced, checked, logged_out) =
            tokio::join!(spool.sync_now(&|_| {}), spool.check_logins(), async {
                tokio::time::sleep(delay).await;
                spool.log_out(&account.id).await
            });
        let _ = (synced, checked);
        logged_out.unwrap_or_else(|e| panic!("round {round}: logged out: {e}"));
        assert_eq!(
            spool.accounts().expect("accounts"),
            Vec::new(),
            "round {round}: the account stayed logged out"
        );
        // Nothing of it is running: it may log in and sync again at once.
        spool
            .log_in_with_token(&token)
            .await
            .expect("logs in again");
        spool.sync_now(&|_| {}).await.expect("syncs again");
        spool.log_out(&account.id).await.expect("logged out");
    }
}

/// A snapshot of account `id` with every count at `count`: `days` days of profile views and
/// engagement, `posts` posts with their metrics, `links` links clicked, every breakdown.
fn snapshot_of_counts(id: &str, count: u64, days: i64, posts: usize, links: usize) -> SyncSnapshot {
    let now = Utc::now();
    let today = now.date_naive();
    let day = |back: i64| today - TimeDelta::days(back);
    let metrics = PostMetrics {
        views: Some(count),
        likes: Some(count),
        replies: Some(count),
        reposts: Some(count),
        quotes: Some(count),
        shares: Some(count),
    };
    let posts: Vec<Post> = (0..posts)
        .map(|n| Post {
            id: format!("post-{n}"),
            media_type: MediaType::TextPost,
            text: Some(format!("post {n}")),
            published_at: now - TimeDelta::hours(i64::try_from(n).unwrap_or(0) * 5 + 1),
            permalink: None,
            shortcode: None,
            is_quote_post: false,
            link_attachment_url: None,
        })
        .collect();
    SyncSnapshot {
        profile: Profile {
            id: id.to_owned(),
            username: "mara.makes".to_owned(),
            name: None,
            picture_url: None,
            biography: None,
            is_verified: false,
        },
        taken_at: now,
        post_metrics: posts.iter().map(|p| (p.id.clone(), metrics)).collect(),
        posts,
        profile_views: (0..days)
            .map(|back| DailyValue {
                day: day(back),
                value: Some(count),
            })
            .collect(),
        engagement: (0..days)
            .map(|back| {
                (
                    day(back),
                    EngagementTotals {
                        likes: count,
                        replies: count,
                        reposts: count,
                        quotes: count,
                    },
                )
            })
            .collect(),
        link_clicks: Some((
            day(days - 1),
            today,
            (0..links)
                .map(|n| LinkClicks {
                    url: format!("https://example.com/{n}"),
                    clicks: count,
                })
                .collect(),
        )),
        followers: Some(count),
        demographics: [
            Breakdown::Country,
            Breakdown::City,
            Breakdown::Age,
            Breakdown::Gender,
        ]
        .into_iter()
        .map(|breakdown| Demographics {
            breakdown,
            segments: (0..5)
                .map(|n| DemographicSegment {
                    key: format!("segment {n}"),
                    followers: count,
                })
                .collect(),
        })
        .collect(),
    }
}

#[tokio::test]
async fn counts_near_i64_max_are_stored_clamped_and_every_screen_answers() {
    let sim = Simulator::new().start().await.expect("starts");
    let dir = scratch("huge-counts");
    let library = Library::open(dir.join("data")).expect("data folder");
    let id = sim.main_user_id().to_owned();
    {
        let history = History::open(&library.root().join("history.sqlite")).expect("created");
        // Two readings a moment apart, every count past what an i64 holds or just under it.
        history
            .write_snapshot(&snapshot_of_counts(&id, u64::MAX, 730, 200, 40))
            .expect("stored");
        let mut second = snapshot_of_counts(&id, i64::MAX as u64 - 1, 730, 200, 40);
        second.taken_at += TimeDelta::seconds(1);
        history.write_snapshot(&second).expect("stored");
    }
    let spool = Spool::open(parts(library, &sim, &dir.join("logs")), Quiet).expect("opens");
    let token = sim.issue_long_lived_token(&id);
    spool.log_in_with_token(&token).await.expect("logs in");

    let everything = RangeChoice::Preset {
        preset: RangePreset::Everything,
    };
    let overview = spool
        .overview(everything, Comparison::PreviousPeriod)
        .await
        .expect("the overview answers");
    assert!(!overview.cards.is_empty());
    let posts = spool.posts().await.expect("the posts answer");
    assert_eq!(posts.len(), 200);
    spool.link_clicks().await.expect("the link clicks answer");
    spool.audience().await.expect("the audience answers");
    spool.today(0).await.expect("today answers");
    spool
        .insights(everything, 0)
        .await
        .expect("the insights answer");
    spool.best_times(0).await.expect("the best times answer");

    let history = History::open(&dir.join("data").join("history.sqlite")).expect("opened");
    let since = Utc::now().date_naive() - TimeDelta::days(729);
    let until = Utc::now().date_naive();
    let (views, engagement, followers) = history
        .read(|reading| {
            Ok::<_, spool_core::history::HistoryError>((
                reading.profile_views_total(&id, since, until)?,
                reading.engagement_total(&id, since, until)?,
                reading.followers_at(&id, Utc::now())?,
            ))
        })
        .expect("the sums answer");
    assert_eq!(
        views,
        Some(730 * STORED_COUNT_MAX),
        "each day stored at the bound"
    );
    assert_eq!(engagement.expect("stored").likes, 730 * STORED_COUNT_MAX);
    assert_eq!(followers, Some(STORED_COUNT_MAX));
}
