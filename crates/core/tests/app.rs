//! The app service as the window uses it, without a desktop: a recording host stands in for
//! the Tauri shell, the memory store for the credentials file, the simulator for Threads.

use std::path::PathBuf;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use spool_core::{AppError, FileKind, Host, Library, MemoryStore, Spool, SpoolParts};
use spool_model::{
    AccountStatus, AccountSummary, ChartKind, CommandError, Comparison, ErrorKind, ImageExport,
    ImageFormat, ImageLayout, Language, Locale, Notification, NotifyChoices, Place, RangeChoice,
    RangePreset, Resolution, SyncOutcome, SyncSummary,
};
use threads_api::ApiHosts;
use threads_sim::{RunningSimulator, Simulator};
use tokio::sync::Notify;

/// What the window and the desktop were told or asked, in order.
#[derive(Default)]
struct Desktop {
    accounts_changed: Mutex<Vec<Vec<AccountSummary>>>,
    synced: Mutex<Vec<(String, SyncSummary)>>,
    /// Where the "user" saves files; `None` cancels the dialog.
    save_to: Mutex<Option<PathBuf>>,
    proposed: Mutex<Vec<(String, FileKind)>>,
    opened: Mutex<Vec<String>>,
    copied: Mutex<Vec<(u32, u32, usize)>>,
    /// The notices the windows were given.
    notices: Mutex<Vec<String>>,
    /// The notifications the desktop was given.
    notified: Mutex<Vec<Notification>>,
    /// Whether the desktop starts Spool at login.
    starts_at_login: AtomicBool,
    /// Whether the desktop shows tray icons.
    shows_tray: AtomicBool,
    /// The system's languages, first first.
    languages: Vec<String>,
}

impl Desktop {
    /// The accounts as the windows last heard them.
    fn last_announced(&self) -> Option<Vec<AccountSummary>> {
        self.accounts_changed
            .lock()
            .expect("unpoisoned")
            .last()
            .cloned()
    }

    /// The titles of the notifications sent, in order.
    fn notified(&self) -> Vec<String> {
        let notified = self.notified.lock().expect("unpoisoned");
        notified.iter().map(|n| n.title.clone()).collect()
    }

    /// How many times the windows heard that a sync ended.
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

    fn notice(&self, text: &str) {
        self.notices
            .lock()
            .expect("unpoisoned")
            .push(text.to_owned());
    }

    fn notify(&self, notification: &Notification) {
        self.notified
            .lock()
            .expect("unpoisoned")
            .push(notification.clone());
    }

    fn tray_shown(&self) -> bool {
        self.shows_tray.load(Ordering::SeqCst)
    }

    fn system_languages(&self) -> Vec<String> {
        self.languages.clone()
    }

    fn starts_at_login(&self) -> Result<bool, String> {
        Ok(self.starts_at_login.load(Ordering::SeqCst))
    }

    fn set_start_at_login(&self, on: bool) -> Result<(), String> {
        self.starts_at_login.store(on, Ordering::SeqCst);
        Ok(())
    }

    async fn choose_save_path(&self, name: &str, kind: FileKind) -> Option<PathBuf> {
        self.proposed
            .lock()
            .expect("unpoisoned")
            .push((name.to_owned(), kind));
        self.save_to.lock().expect("unpoisoned").clone()
    }

    fn open_url(&self, url: &str) -> Result<(), String> {
        self.opened.lock().expect("unpoisoned").push(url.to_owned());
        Ok(())
    }

    fn copy_image(&self, rgba: Vec<u8>, width: u32, height: u32) -> Result<(), String> {
        self.copied
            .lock()
            .expect("unpoisoned")
            .push((width, height, rgba.len()));
        Ok(())
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spool-app-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

async fn simulator() -> RunningSimulator {
    Simulator::new().start().await.expect("starts")
}

fn spool(sim: &RunningSimulator, name: &str) -> Spool<Desktop> {
    spool_with_clock(sim, name, chrono::Utc::now)
}

fn spool_with_clock(
    sim: &RunningSimulator,
    name: &str,
    clock: spool_core::app::Clock,
) -> Spool<Desktop> {
    spool_on(sim, name, clock, Desktop::default())
}

fn spool_on(
    sim: &RunningSimulator,
    name: &str,
    clock: spool_core::app::Clock,
    desktop: Desktop,
) -> Spool<Desktop> {
    let dir = scratch(name);
    let parts = SpoolParts {
        library: Library::open(dir.join("data")).expect("data folder"),
        store: Box::new(MemoryStore::default()),
        api: ApiHosts::single(sim.base_url()),
        default_login_port: 0,
        app_version: "0.0.0-test",
        log_dir: dir.join("logs"),
        notices: vec![spool_core::Notice::CredentialsRestored {
            kept_at: "/data/credentials.json.damaged-1".into(),
        }],
        clock,
    };
    Spool::open(parts, desktop).expect("opens")
}

async fn logged_in(sim: &RunningSimulator, name: &str) -> Spool<Desktop> {
    let spool = spool(sim, name);
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool.log_in_with_token(&token).await.expect("logs in");
    spool
}

fn told(error: AppError) -> CommandError {
    CommandError::from(error)
}

fn png_of(chart: ChartKind) -> ImageExport {
    ImageExport {
        chart,
        range: Some(RangeChoice::Preset {
            preset: RangePreset::Last30Days,
        }),
        format: ImageFormat::Png,
        layout: ImageLayout::AsShown,
        resolution: Resolution::Times { times: 1 },
        dark: false,
        locale: Locale::english(),
    }
}

#[tokio::test]
async fn without_an_account_every_screen_says_the_same_thing_and_what_to_do() {
    let sim = simulator().await;
    let spool = spool(&sim, "no-account");
    let last30 = RangeChoice::Preset {
        preset: RangePreset::Last30Days,
    };
    let answers = [
        spool
            .overview(last30, Comparison::PreviousPeriod)
            .await
            .map(drop),
        spool.audience().await.map(drop),
        spool.posts().await.map(drop),
        spool.post_detail("1".to_owned()).await.map(drop),
        spool.best_times(0).await.map(drop),
        spool.link_clicks().await.map(drop),
        spool.sync_now(&|_| {}).await.map(drop),
        spool
            .export_chart(png_of(ChartKind::Followers))
            .await
            .map(drop),
    ];
    for answer in answers {
        let shown = told(answer.expect_err("no account"));
        assert_eq!(shown.kind, ErrorKind::InvalidInput);
        assert_eq!(
            shown.message,
            "Connect an account first (Settings → Connect an account), or try the demo."
        );
    }
    assert_eq!(spool.last_sync().await.expect("answers"), None);
    // Told once, then gone.
    assert_eq!(
        spool.take_notices(),
        vec![
            "Spool's credentials file was damaged, so Spool restored your logins from its \
             backup copy and kept the damaged file at /data/credentials.json.damaged-1."
        ]
    );
    assert!(spool.take_notices().is_empty());
}

#[tokio::test]
async fn a_sync_is_stored_announced_and_shown_on_every_screen() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "sync").await;
    let announced = spool
        .host()
        .accounts_changed
        .lock()
        .expect("unpoisoned")
        .clone();
    assert_eq!(announced.len(), 1, "the login was announced once");
    assert_eq!(
        announced[0][0].username,
        spool.accounts().expect("accounts")[0].username
    );
    assert!(announced[0][0].current);

    let summary = spool.sync_now(&|_| {}).await.expect("synced");
    assert_eq!(summary.outcome, SyncOutcome::Completed);
    let synced = spool.host().synced.lock().expect("unpoisoned").clone();
    assert_eq!(synced.len(), 1);
    assert_eq!(synced[0].0, sim.main_user_id());
    assert_eq!(
        spool.last_sync().await.expect("read"),
        Some(synced[0].1.clone())
    );

    let posts = spool.posts().await.expect("posts");
    assert!(!posts.is_empty(), "the posts screen shows the synced posts");
    let overview = spool
        .overview(
            RangeChoice::Preset {
                preset: RangePreset::Last30Days,
            },
            Comparison::PreviousPeriod,
        )
        .await
        .expect("overview");
    assert!(
        overview.profile_views.iter().any(|day| day.value.is_some()),
        "profile views were drawn from the sync"
    );
    let detail = spool
        .post_detail(posts[0].post.id.clone())
        .await
        .expect("a post");
    assert_eq!(detail.row.post.id, posts[0].post.id);
    let missing = spool.post_detail("no-such-post".to_owned()).await;
    assert!(matches!(missing, Err(AppError::PostNotFound)));
}

#[tokio::test]
async fn one_sync_per_account_at_a_time_and_the_next_one_may_start_after_it() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "one-at-a-time").await;
    let (first, second) = tokio::join!(spool.sync_now(&|_| {}), spool.sync_now(&|_| {}));
    first.expect("the first sync runs");
    let refused = second.expect_err("the second is refused while the first runs");
    assert!(matches!(refused, AppError::AlreadySyncing), "{refused:?}");
    assert_eq!(told(refused).kind, ErrorKind::InvalidInput);
    spool
        .sync_now(&|_| {})
        .await
        .expect("free again once it ended");
}

#[tokio::test]
async fn removing_all_data_stops_a_running_sync_first_and_leaves_nothing() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "remove").await;
    spool.sync_now(&|_| {}).await.expect("a first sync");
    let underway = Notify::new();
    let reported = AtomicBool::new(false);
    let progress = |_| {
        if !reported.swap(true, Ordering::SeqCst) {
            underway.notify_one();
        }
    };
    let (sync, removed) = tokio::join!(spool.sync_now(&progress), async {
        underway.notified().await;
        spool.remove_all_data().await
    });
    removed.expect("removed once the sync stopped");
    let stopped = told(sync.expect_err("the sync was stopped"));
    assert_eq!(stopped.kind, ErrorKind::Cancelled);
    assert!(spool.accounts().expect("accounts").is_empty());
    assert_eq!(
        spool.host().last_announced(),
        Some(Vec::new()),
        "the windows heard it"
    );
    // The history is empty: the account, once logged in again, has no sync on record.
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool
        .log_in_with_token(&token)
        .await
        .expect("logs in again");
    assert_eq!(spool.last_sync().await.expect("read"), None);
    assert!(spool.posts().await.expect("posts").is_empty());
}

#[tokio::test]
async fn a_login_threads_refuses_mid_sync_asks_for_a_new_login() {
    let sim = simulator().await;
    let spool = refused_once_logged_in(&sim, "refused").await;
    let refused = told(spool.sync_now(&|_| {}).await.expect_err("refused"));
    assert_eq!(refused.kind, ErrorKind::NeedsLogin);
    let accounts = spool.accounts().expect("accounts");
    assert_eq!(accounts[0].status, AccountStatus::NeedsLogin);
    assert_eq!(
        spool.host().last_announced().map(|a| a[0].status),
        Some(AccountStatus::NeedsLogin),
        "the windows heard the account needs a login"
    );
    let again = spool.sync_now(&|_| {}).await.expect_err("not tried");
    assert_eq!(
        told(again).message,
        format!("Log in to @{} again before syncing.", accounts[0].username)
    );
}

#[tokio::test]
async fn a_chart_is_saved_where_the_user_chooses_copied_or_nothing_when_they_cancel() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "export").await;
    spool.sync_now(&|_| {}).await.expect("synced");
    let folder = scratch("export-to");

    let cancelled = spool
        .export_chart(png_of(ChartKind::ProfileViews))
        .await
        .expect("no error");
    assert_eq!(cancelled, None);
    assert_eq!(std::fs::read_dir(&folder).expect("folder").count(), 0);
    let (name, kind) = spool.host().proposed.lock().expect("unpoisoned")[0].clone();
    assert!(
        name.ends_with(".png") && name.contains("profile-views"),
        "{name}"
    );
    assert_eq!(kind.extension, "png");

    let target = folder.join("views.png");
    *spool.host().save_to.lock().expect("unpoisoned") = Some(target.clone());
    let saved = spool
        .export_chart(png_of(ChartKind::ProfileViews))
        .await
        .expect("saved")
        .expect("not cancelled");
    let written = std::fs::read(&target).expect("written");
    assert_eq!(saved.bytes, written.len() as u64);
    assert!(written.starts_with(b"\x89PNG"));

    spool
        .copy_chart_image(ImageExport {
            format: ImageFormat::Svg,
            ..png_of(ChartKind::Followers)
        })
        .await
        .expect("copied");
    let copied = spool.host().copied.lock().expect("unpoisoned").clone();
    let (width, height, bytes) = copied[0];
    assert!(width > 0 && height > 0);
    assert_eq!(
        bytes,
        (width * height * 4) as usize,
        "as RGBA pixels, even when asked for SVG"
    );
}

#[tokio::test]
async fn a_post_opens_at_its_own_address_only() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "open-post").await;
    spool.sync_now(&|_| {}).await.expect("synced");
    let post = spool
        .posts()
        .await
        .expect("posts")
        .into_iter()
        .find(|row| row.post.permalink.is_some())
        .expect("a post with an address");
    spool.open_post(post.post.id.clone()).await.expect("opened");
    assert_eq!(
        spool.host().opened.lock().expect("unpoisoned").clone(),
        vec![post.post.permalink.clone().expect("an address")]
    );
    let unknown = spool.open_post("not-a-post".to_owned()).await;
    assert!(matches!(unknown, Err(AppError::PostNotFound)));

    // An address from the network that is not https on a Threads host is never opened: it
    // could send the browser, or another program, anywhere.
    let history = PathBuf::from(spool.app_info().data_dir).join("history.sqlite");
    let rewrite = |permalink: &str| {
        rusqlite::Connection::open(&history)
            .expect("the history")
            .execute(
                "UPDATE posts SET permalink = ?1 WHERE id = ?2",
                (permalink, &post.post.id),
            )
            .expect("rewritten")
    };
    for hostile in [
        "http://www.threads.net/@mara.makes/post/C8abc",
        "https://threads.net.evil.example/@mara.makes/post/C8abc",
        "file:///etc/passwd",
        "javascript:alert(1)",
    ] {
        rewrite(hostile);
        let refused = spool
            .open_post(post.post.id.clone())
            .await
            .expect_err(hostile);
        assert!(
            matches!(refused, AppError::NotAThreadsLink { .. }),
            "{hostile}: {refused:?}"
        );
        let told = CommandError::from(refused);
        assert_eq!(told.kind, ErrorKind::InvalidInput);
        assert!(
            told.message
                .contains("only posts on threads.net or threads.com"),
            "{}",
            told.message
        );
    }
    assert_eq!(
        spool.host().opened.lock().expect("unpoisoned").len(),
        1,
        "nothing more was opened"
    );
    rewrite("https://threads.com/@mara.makes/post/C8abc");
    spool.open_post(post.post.id.clone()).await.expect("opened");
    assert_eq!(
        spool
            .host()
            .opened
            .lock()
            .expect("unpoisoned")
            .last()
            .cloned(),
        Some("https://threads.com/@mara.makes/post/C8abc".to_owned())
    );
}

#[tokio::test]
async fn settings_refuse_what_they_do_not_allow() {
    let sim = simulator().await;
    let spool = spool(&sim, "settings");
    let refused = told(
        spool
            .save_preferences(spool_model::Preferences {
                sync_every_hours: 0,
                ..spool.preferences().expect("read")
            })
            .expect_err("zero hours"),
    );
    assert_eq!(refused.kind, ErrorKind::InvalidInput);
    assert_eq!(refused.message, "Sync every 1 to 168 hours (a week).");
    let kept = spool
        .save_preferences(spool_model::Preferences {
            sync_every_hours: 12,
            ..spool.preferences().expect("read")
        })
        .expect("saved");
    assert_eq!(kept.sync_every_hours, 12);
    assert_eq!(spool.preferences().expect("read").sync_every_hours, 12);
    let port = told(spool.save_login_port(80).expect_err("a low port"));
    assert!(port.message.contains("1024"));
    let setup = spool.save_login_port(9443).expect("saved");
    assert!(
        setup.redirect_uri.contains("9443"),
        "{}",
        setup.redirect_uri
    );
}

#[tokio::test]
async fn pressing_log_in_twice_starts_one_fresh_attempt_on_the_same_port() {
    let port = std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port();
    let sim = Simulator::new()
        .app(threads_sim::SimApp {
            redirect_uris: vec![spool_core::loopback::redirect_uri(port)],
            ..threads_sim::SimApp::default()
        })
        .start()
        .await
        .expect("starts");
    let spool = std::sync::Arc::new(spool(&sim, "log-in-twice"));
    spool.save_login_port(port).expect("port");
    spool
        .save_threads_app(&sim.app().app_id, &sim.app().secret)
        .expect("app");

    let first = spool.start_login().await.expect("the first attempt");
    let first_wait = tokio::spawn({
        let spool = spool.clone();
        async move { spool.wait_for_login().await }
    });
    // The first wait now holds the listener, and with it the port.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert!(!first_wait.is_finished());

    let second = spool
        .start_login()
        .await
        .expect("a fresh attempt, not \"could not listen\" on the port the first one held");
    assert_ne!(first.url, second.url, "a new state");
    let first_ended = first_wait.await.expect("joined").expect_err("replaced");
    assert_eq!(told(first_ended).kind, ErrorKind::InvalidInput);

    let second_wait = tokio::spawn({
        let spool = spool.clone();
        async move { spool.wait_for_login().await }
    });
    let browser = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .tls_danger_accept_invalid_certs(true)
        .build()
        .expect("a browser");
    let landed = |window: reqwest::Response| {
        window.headers()["location"]
            .to_str()
            .expect("text")
            .trim_end_matches("#_")
            .to_owned()
    };
    // The first attempt's return is refused by the second's listener; the second's logs in.
    let stale = landed(browser.get(&first.url).send().await.expect("window"));
    let refused = browser.get(&stale).send().await.expect("answered");
    assert_eq!(refused.status(), 400);
    let fresh = landed(browser.get(&second.url).send().await.expect("window"));
    let returned = browser.get(&fresh).send().await.expect("answered");
    assert_eq!(returned.status(), 303);
    let account = second_wait
        .await
        .expect("joined")
        .expect("logged in through the fresh attempt");
    assert_eq!(account.username, "mara.makes");
}

#[tokio::test]
async fn the_schedule_syncs_what_is_due_once_and_skips_a_login_threads_refuses() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "schedule").await;
    spool.sync_accounts_due().await.expect("a round");
    assert_eq!(spool.host().syncs_heard(), 1, "never synced: due at once");
    spool.sync_accounts_due().await.expect("a round");
    assert_eq!(
        spool.host().syncs_heard(),
        1,
        "synced a moment ago: not due for 6 hours"
    );

    let other = spool_with_token_refused(&sim).await;
    other.sync_accounts_due().await.expect("a round");
    assert!(
        other.host().syncs_heard() == 0,
        "an account waiting for a new login is not synced"
    );
}

/// A service whose one account's login Threads has since refused, found out by a check.
async fn spool_with_token_refused(sim: &RunningSimulator) -> Spool<Desktop> {
    let spool = refused_once_logged_in(sim, "check").await;
    let checked = spool.check_logins().await.expect("checked");
    assert_eq!(checked[0].status, AccountStatus::NeedsLogin);
    assert_eq!(
        spool.host().last_announced().map(|a| a[0].status),
        Some(AccountStatus::NeedsLogin),
        "the check told the windows"
    );
    spool
}

/// A service logged in to the simulator's account, whose token Threads then revoked.
async fn refused_once_logged_in(sim: &RunningSimulator, name: &str) -> Spool<Desktop> {
    let spool = spool(sim, name);
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool.log_in_with_token(&token).await.expect("logs in");
    sim.revoke(&token);
    spool
}

#[tokio::test]
async fn a_sync_that_panics_is_answered_recorded_and_frees_the_account() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "panicking-sync").await;
    // The progress report is the seam: it runs inside the sync, with the account's slot held.
    let shown = told(
        spool
            .sync_now(&|_| panic!("a fault in the progress report"))
            .await
            .expect_err("the fault is answered, not propagated"),
    );
    assert_eq!(shown.kind, ErrorKind::Internal);
    assert_eq!(
        shown.message,
        "Spool hit a fault while syncing; your data is unchanged. Try again; if it happens \
         again, please report it with Spool's log (Settings → About shows where it is)."
    );
    // The window heard of it, and its last-sync line says it.
    assert_eq!(spool.host().syncs_heard(), 1);
    let last = spool.last_sync().await.expect("read").expect("on record");
    assert_eq!(last.outcome, SyncOutcome::Failed);
    let reason = last.error.expect("a reason on record");
    let said_in = |language| {
        spool_i18n::Catalogue::bundled(language, spool_i18n::NumberStyle::of(language)).say(&reason)
    };
    assert_eq!(said_in(spool_i18n::Language::English), shown.message);
    // Kept as words to say, not as the English of the day: read again in German, it is German.
    assert!(
        said_in(spool_i18n::Language::German)
            .starts_with("Beim Synchronisieren ist in Spool ein Fehler aufgetreten"),
        "{}",
        said_in(spool_i18n::Language::German)
    );
    // Not "syncing already": the account's slot was released as the sync unwound.
    let synced = spool
        .sync_now(&|_| {})
        .await
        .expect("syncs after the fault");
    assert_eq!(synced.outcome, SyncOutcome::Completed);
}

/// Armed, the clock of slot `N` below panics once, the next time it is read: one slot per
/// test, as the tests of this file run side by side.
static CLOCK_FAULTS: [AtomicBool; 2] = [const { AtomicBool::new(false) }; 2];

fn clock_with_a_fault<const N: usize>() -> chrono::DateTime<chrono::Utc> {
    if CLOCK_FAULTS[N].swap(false, Ordering::SeqCst) {
        panic!("a fault in the clock");
    }
    chrono::Utc::now()
}

/// Runs `spool`'s schedules with these intervals on a task of their own.
fn run_schedules(
    spool: &std::sync::Arc<Spool<Desktop>>,
    syncs: std::time::Duration,
    logins: std::time::Duration,
) -> tokio::task::JoinHandle<()> {
    let running = std::sync::Arc::clone(spool);
    tokio::spawn(async move { running.run_schedules_every(syncs, logins).await })
}

/// Whether `done` holds within 30 s, looked at every 20 ms.
async fn within_30_s(done: impl Fn() -> bool) -> bool {
    tokio::time::timeout(std::time::Duration::from_secs(30), async {
        while !done() {
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    })
    .await
    .is_ok()
}

#[tokio::test]
async fn the_schedule_runs_on_after_a_round_that_panicked() {
    let sim = simulator().await;
    let spool = std::sync::Arc::new(spool_with_clock(
        &sim,
        "panicking-round",
        clock_with_a_fault::<0>,
    ));
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool.log_in_with_token(&token).await.expect("logs in");
    // The first round's sync of the account (never synced, so due) reads the clock after
    // taking the account's slot, and panics there.
    CLOCK_FAULTS[0].store(true, Ordering::SeqCst);
    let schedules = run_schedules(
        &spool,
        std::time::Duration::from_millis(100),
        std::time::Duration::from_secs(3600),
    );
    let heard = within_30_s(|| spool.host().syncs_heard() > 0).await;
    assert!(!CLOCK_FAULTS[0].load(Ordering::SeqCst), "the fault was hit");
    assert!(
        heard,
        "a later round synced the account (the loop ran on, the slot was free)"
    );
    assert!(!schedules.is_finished(), "the schedules still run");
    schedules.abort();
    let last = spool.last_sync().await.expect("read").expect("synced");
    assert_eq!(last.outcome, SyncOutcome::Completed);
}

#[tokio::test]
async fn a_fault_in_an_hourly_login_check_is_told_to_the_window_and_the_checks_go_on() {
    let sim = simulator().await;
    let spool = std::sync::Arc::new(spool_with_clock(
        &sim,
        "panicking-check",
        clock_with_a_fault::<1>,
    ));
    let token = sim.issue_long_lived_token(sim.main_user_id());
    spool.log_in_with_token(&token).await.expect("logs in");
    // The login check reads the clock before checking the account, and panics there. No
    // command asked for it, so no answer would show the fault: a notice does.
    CLOCK_FAULTS[1].store(true, Ordering::SeqCst);
    let schedules = run_schedules(
        &spool,
        std::time::Duration::from_secs(3600),
        std::time::Duration::from_millis(100),
    );
    let notices = || spool.host().notices.lock().expect("unpoisoned").clone();
    let told = within_30_s(|| !notices().is_empty()).await;
    assert!(told, "the window was told");
    assert!(!CLOCK_FAULTS[1].load(Ordering::SeqCst), "the fault was hit");
    assert_eq!(
        notices(),
        [
            "Spool hit a fault while checking the logins in the background and carried on; \
          your data is unchanged, and the next round tries again. If this notice comes back, \
          please report it with Spool's log (Settings → About shows where it is)."
        ]
    );
    // The next checks run as usual and find nothing to tell.
    tokio::time::sleep(std::time::Duration::from_millis(350)).await;
    assert_eq!(notices().len(), 1, "one fault, one notice");
    assert!(!schedules.is_finished(), "the schedules still run");
    schedules.abort();
    assert_eq!(
        spool.accounts().expect("read").len(),
        1,
        "the login is kept"
    );
}

#[tokio::test]
async fn failing_syncs_and_a_refused_login_are_each_notified_once_where_chosen() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "notified").await;
    spool.sync_now(&|_| {}).await.expect("a first sync");
    spool.notify_due().await.expect("looked");
    assert_eq!(
        spool.host().notified(),
        Vec::<String>::new(),
        "nothing to tell"
    );

    // Threads stops answering: three failed syncs in a row are news, once.
    sim.add_fault(threads_sim::Fault::always(
        None,
        threads_sim::FaultKind::Html502,
    ));
    for _ in 0..3 {
        spool.sync_now(&|_| {}).await.expect_err("Threads is down");
    }
    spool.notify_due().await.expect("looked");
    spool.notify_due().await.expect("looked again");
    let username = sim
        .account(sim.main_user_id())
        .expect("the account")
        .username;
    assert_eq!(
        spool.host().notified(),
        [format!("Syncs of @{username} keep failing")]
    );
    let sent = spool.host().notified.lock().expect("unpoisoned")[0].clone();
    assert_eq!(sent.place, Place::Screen("today"));
    spool.sync_now(&|_| {}).await.expect_err("a fourth failure");
    spool.notify_due().await.expect("looked");
    assert_eq!(spool.host().notified().len(), 1, "the same run of failures");

    // With logins' notifications turned off, a refused login is not told, even later.
    let mut preferences = spool.preferences().expect("read");
    preferences.notify = NotifyChoices {
        logins: false,
        ..preferences.notify
    };
    spool.save_preferences(preferences.clone()).expect("saved");
    sim.clear_faults();
    for token in sim.issued_tokens() {
        sim.revoke(&token);
    }
    spool
        .sync_now(&|_| {})
        .await
        .expect_err("the login is refused");
    spool.notify_due().await.expect("looked");
    preferences.notify.logins = true;
    spool.save_preferences(preferences).expect("saved");
    spool.notify_due().await.expect("looked");
    assert_eq!(
        spool.host().notified().len(),
        1,
        "{:?}",
        spool.host().notified()
    );
}

#[tokio::test]
async fn the_tray_needs_a_desktop_that_shows_it_and_starting_at_login_goes_with_all_data() {
    let sim = simulator().await;
    let spool = logged_in(&sim, "start-at-login").await;
    let preferences = spool.preferences().expect("read");
    assert!(!preferences.start_at_login, "off until chosen");
    assert!(preferences.keep_running_in_tray, "on until chosen");
    // Closing the window leaves Spool in the tray only where the desktop shows one.
    assert!(!spool.keeps_running_in_tray(), "no tray on this desktop");
    spool.host().shows_tray.store(true, Ordering::SeqCst);
    assert!(spool.keeps_running_in_tray());
    let saved = spool
        .save_preferences(spool_model::Preferences {
            start_at_login: true,
            keep_running_in_tray: false,
            ..preferences
        })
        .expect("saved");
    assert!(saved.start_at_login && !saved.keep_running_in_tray);
    assert!(
        saved.tray_shown && !spool.keeps_running_in_tray(),
        "not wanted"
    );
    assert!(spool.host().starts_at_login.load(Ordering::SeqCst));
    // Removing all data leaves no entry behind that would start Spool at the next login.
    spool.remove_all_data().await.expect("removed");
    assert!(!spool.host().starts_at_login.load(Ordering::SeqCst));
    let after = spool.preferences().expect("read");
    assert!(!after.start_at_login && after.keep_running_in_tray);
}

#[tokio::test]
async fn spool_speaks_the_systems_language_until_settings_choose_another() {
    let sim = simulator().await;
    let desktop = Desktop {
        languages: vec!["fr-FR".to_owned(), "de-AT".to_owned()],
        ..Desktop::default()
    };
    let spool = spool_on(&sim, "languages", chrono::Utc::now, desktop);
    // French is not spoken: the system's next language is.
    let preferences = spool.preferences().expect("read");
    assert_eq!(preferences.language, None);
    assert_eq!(preferences.system_language, Language::German);
    assert_eq!(
        spool.catalogue().text("tray-sync-now"),
        "Jetzt synchronisieren"
    );
    // Chosen in Settings: the native side and the window's catalogue speak it at once.
    let saved = spool
        .save_preferences(spool_model::Preferences {
            language: Some(Language::Japanese),
            ..preferences
        })
        .expect("saved");
    assert_eq!(saved.language, Some(Language::Japanese));
    assert_eq!(spool.catalogue().text("tray-sync-now"), "今すぐ同期");
    let window = spool.catalogue_source();
    assert_eq!(window.language, Language::Japanese);
    assert!(window.source.contains("tray-sync-now = 今すぐ同期"));
    // And the system's again.
    spool
        .save_preferences(spool_model::Preferences {
            language: None,
            ..saved
        })
        .expect("saved");
    assert_eq!(spool.catalogue().language(), Language::German);
}

#[tokio::test]
async fn the_window_is_told_an_error_in_the_language_spool_speaks() {
    let sim = simulator().await;
    let desktop = Desktop {
        languages: vec!["de-DE".to_owned()],
        ..Desktop::default()
    };
    let spool = spool_on(&sim, "told-in-german", chrono::Utc::now, desktop);
    let error = spool.audience().await.expect_err("no account");
    let shown = spool.told(&error);
    assert_eq!(shown.kind, ErrorKind::InvalidInput);
    assert_eq!(
        shown.message,
        "Verbinde zuerst ein Konto (Einstellungen → Konto verbinden) oder probiere die Demo aus."
    );
    // The log (and `From`) keep English.
    assert_eq!(
        told(error).message,
        "Connect an account first (Settings → Connect an account), or try the demo."
    );
    // A refused setting, in the language chosen in Settings.
    let preferences = spool.preferences().expect("read");
    let refused = spool
        .save_preferences(spool_model::Preferences {
            sync_every_hours: 0,
            ..preferences
        })
        .expect_err("out of range");
    assert_eq!(
        spool.told(&refused).message,
        "Synchronisiere alle 1 bis 168 Stunden (eine Woche)."
    );
}
