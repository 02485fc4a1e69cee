//! The demo stays alive: a demo first opened at T and opened again ten days later shows the
//! same account carried on to now (posts of the last three days on Today, young posts for the
//! hourly round, followers read every day it was closed), each value what the simulator
//! answers at that moment, and nothing stored at T changed.

use std::path::PathBuf;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};

use chrono::{DateTime, TimeDelta, Utc};
use spool_core::{
    CredentialStore, FileKind, Host, Library, MemoryStore, Spool, SpoolParts, StorageError, Vault,
};
use spool_model::{
    AccountSummary, Comparison, PostDetail, PostMetrics, PostRow, RangeChoice, RangePreset,
    SyncSummary,
};
use threads_api::ApiHosts;
use threads_sim::{DemoAccount, DemoMediaType, SimClock, Simulator};

/// Spool's clock in this test (its own binary, so no other test moves it).
static NOW: AtomicI64 = AtomicI64::new(0);

fn clock() -> DateTime<Utc> {
    DateTime::from_timestamp(NOW.load(Ordering::SeqCst), 0).expect("a moment")
}

fn set_now(t: DateTime<Utc>) {
    NOW.store(t.timestamp(), Ordering::SeqCst);
}

/// The first demo login: a Tuesday afternoon.
fn first_opened() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-04-21T15:30:00Z")
        .expect("moment")
        .to_utc()
}

/// The credentials, kept between the two starts as the keychain keeps them.
#[derive(Clone, Default)]
struct Keychain(Arc<MemoryStore>);

impl CredentialStore for Keychain {
    fn load(&self) -> Result<Vault, StorageError> {
        self.0.load()
    }

    fn save(&self, vault: &Vault) -> Result<(), StorageError> {
        self.0.save(vault)
    }
}

/// What the windows were told.
#[derive(Default)]
struct Window {
    synced: Mutex<Vec<SyncSummary>>,
}

impl Host for Window {
    fn accounts_changed(&self, _: &[AccountSummary]) {}

    fn synced(&self, _: &str, summary: &SyncSummary) {
        self.synced
            .lock()
            .expect("unpoisoned")
            .push(summary.clone());
    }

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

/// Starts Spool on `dir` with the credentials in `keychain`, as the app starts.
fn start(dir: &std::path::Path, keychain: &Keychain) -> Spool<Window> {
    let parts = SpoolParts {
        library: Library::open(dir.join("data")).expect("data folder"),
        store: Box::new(keychain.clone()),
        api: ApiHosts::single(url::Url::parse("http://127.0.0.1:9/").expect("an address")),
        default_login_port: 0,
        app_version: "0.0.0-test",
        log_dir: dir.join("logs"),
        notices: Vec::new(),
        clock,
    };
    Spool::open(parts, Window::default()).expect("opens")
}

/// The demo's world as the simulator answers at `t`.
async fn world_at(t: DateTime<Utc>) -> DemoAccount {
    let sim = Simulator::new()
        .accounts_as_of(first_opened())
        .keeps_posting()
        .clock(SimClock::Fixed(t))
        .start()
        .await
        .expect("starts");
    sim.account(sim.main_user_id()).expect("the demo account")
}

fn metrics(account: &DemoAccount, id: &str, at: DateTime<Utc>) -> PostMetrics {
    let post = account
        .posts
        .iter()
        .find(|p| p.id == id)
        .expect("the simulator's post");
    let m = account.metrics_at(post, at).expect("an own post");
    PostMetrics {
        views: Some(m.views),
        likes: Some(m.likes),
        replies: Some(m.replies),
        reposts: Some(m.reposts),
        quotes: Some(m.quotes),
        shares: Some(m.shares),
    }
}

fn last_30_days() -> RangeChoice {
    RangeChoice::Preset {
        preset: RangePreset::Last30Days,
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_demo_opened_ten_days_later_shows_the_same_account_carried_on_to_now() {
    let dir = std::env::temp_dir().join(format!("spool-demo-live-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let keychain = Keychain::default();
    let t = first_opened();

    // First opened at T: the demo arrives with its past.
    set_now(t);
    let spool = start(&dir, &keychain);
    spool.try_demo(&|_| {}).await.expect("the demo opens");
    let at_first: Vec<PostRow> = spool.posts().await.expect("posts");
    let today_then = spool.today(0).await.expect("today");
    assert!(
        !today_then.recent.is_empty(),
        "the demo opens with recent posts"
    );
    let older = at_first
        .iter()
        .filter(|row| !row.post.is_repost())
        .step_by(40)
        .map(|row| row.post.id.clone())
        .collect::<Vec<_>>();
    let mut growth_then: Vec<PostDetail> = Vec::new();
    for id in &older {
        growth_then.push(spool.post_detail(id.clone()).await.expect("a post"));
    }
    drop(spool);

    // Opened again ten days later, as the window starts: the logins are checked.
    let later = t + TimeDelta::days(10);
    set_now(later);
    let started = std::time::Instant::now();
    let spool = start(&dir, &keychain);
    spool.check_logins().await.expect("the demo logs in");
    eprintln!("caught up ten days in {:?}", started.elapsed());
    let world = world_at(later).await;

    // The same account: every post stored at T is still there, as it was.
    let now_posts: Vec<PostRow> = spool.posts().await.expect("posts");
    for row in &at_first {
        let kept = now_posts
            .iter()
            .find(|r| r.post.id == row.post.id)
            .expect("a post stored at T is still there");
        assert_eq!(kept.post, row.post);
    }
    for then in &growth_then {
        let now = spool
            .post_detail(then.row.post.id.clone())
            .await
            .expect("a post");
        let kept: Vec<_> = now.growth.iter().filter(|r| r.at <= t).copied().collect();
        assert_eq!(kept, then.growth, "readings taken by T are unchanged");
    }
    // And carried on: the posts published since, each the simulator's.
    let new: Vec<&PostRow> = now_posts
        .iter()
        .filter(|r| r.post.published_at > t)
        .collect();
    let published_since = world
        .posts
        .iter()
        .filter(|p| p.published > t && p.published <= later)
        .count();
    assert!(published_since >= 5, "{published_since} posts in ten days");
    assert_eq!(new.len(), published_since, "every post since T is stored");

    // Today shows the posts of the last three days (today and the two before, UTC here),
    // each with the metrics the simulator answers now.
    let today = spool.today(0).await.expect("today");
    let since = later
        .date_naive()
        .pred_opt()
        .and_then(|d| d.pred_opt())
        .expect("a day");
    let expected: Vec<&str> = world
        .posts
        .iter()
        .filter(|p| p.media_type != DemoMediaType::RepostFacade)
        .filter(|p| p.published.date_naive() >= since && p.published <= later)
        .map(|p| p.id.as_str())
        .collect();
    assert!(
        !expected.is_empty(),
        "the world posted in the last three days"
    );
    let shown: Vec<&str> = today.recent.iter().map(|r| r.post.id.as_str()).collect();
    assert_eq!(shown, expected, "Today's last three days");
    for row in &today.recent {
        assert_eq!(
            row.metrics,
            Some(metrics(&world, &row.post.id, later)),
            "{} now",
            row.post.id
        );
    }
    // Followers were read on every day the demo was closed, as the simulator counted them.
    let overview = spool
        .overview(last_30_days(), Comparison::PreviousPeriod)
        .await
        .expect("the overview");
    let since_t: Vec<_> = overview.followers.iter().filter(|r| r.at > t).collect();
    assert!(since_t.len() >= 10, "{} readings since T", since_t.len());
    assert_eq!(since_t.last().map(|r| r.at), Some(later));
    for reading in &since_t {
        assert_eq!(
            reading.followers,
            world.followers_at(reading.at),
            "followers at {}",
            reading.at
        );
    }
    for pair in since_t.windows(2) {
        let gap = pair[1].at - pair[0].at;
        assert!(gap <= TimeDelta::days(1), "a day without a reading: {gap}");
    }
    // The newest post has early readings, on the hour, each the simulator's.
    let newest = today.recent.first().expect("a recent post");
    let detail = spool
        .post_detail(newest.post.id.clone())
        .await
        .expect("the newest post");
    let age = later - newest.post.published_at;
    let early: Vec<_> = detail
        .growth
        .iter()
        .filter(|r| r.at > newest.post.published_at)
        .collect();
    assert!(
        early.len() as i64 >= age.num_hours().min(48),
        "{} readings in the {} hours of the newest post",
        early.len(),
        age.num_hours()
    );
    for reading in &early {
        assert_eq!(
            reading.metrics,
            metrics(&world, &newest.post.id, reading.at)
        );
    }

    // An hour on, the hourly round finds young posts, read as the simulator answers then.
    let hour_on = later + TimeDelta::hours(1);
    set_now(hour_on);
    let heard = spool.host().synced.lock().expect("unpoisoned").len();
    spool.read_young_posts_due().await.expect("the round");
    let rounds: Vec<SyncSummary> =
        spool.host().synced.lock().expect("unpoisoned")[heard..].to_vec();
    assert_eq!(
        rounds.iter().map(|r| r.started_at).collect::<Vec<_>>(),
        vec![hour_on],
        "a round with young posts was heard"
    );
    let world = world_at(hour_on).await;
    let read = spool
        .post_detail(newest.post.id.clone())
        .await
        .expect("the newest post");
    let latest = read.growth.last().expect("readings");
    assert_eq!(latest.at, hour_on);
    assert_eq!(latest.metrics, metrics(&world, &newest.post.id, hour_on));

    drop(spool);
    let _ = std::fs::remove_dir_all(&dir);
}
