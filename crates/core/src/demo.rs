//! The demo account: the simulator runs inside Spool, and the demo logs in through the same
//! code as a real login, with Spool playing the browser's part (the simulator approves at once).
//!
//! The demo's world is made at its anchor (the first demo login, kept) and carries on from
//! there with Spool's clock: its creator keeps posting and every metric keeps growing, the
//! same account at every start. A new demo arrives with its past replayed ([`replay_past`]);
//! a demo opened again after days closed gets what Spool would have stored meanwhile
//! ([`Demo::replay_missed_days`] before its sync, [`Demo::write_missed_readings`] after).

use chrono::{DateTime, SubsecRound, TimeDelta, Utc};
use spool_model::insights::{CHECKPOINT_HOURS, YOUNG_POST_HOURS};
use spool_model::{PostMetrics, SyncProgress};
use threads_api::{
    AccessToken, ApiHosts, AppCredentials, ClientConfig, ThreadsClient, approve_in_window,
    code_from_redirect,
};
use threads_sim::{
    DemoAccount, DemoMediaType, DemoPostMetrics, RunningSimulator, SimClock, Simulator,
};

use std::sync::Mutex;

use crate::accounts::StoredAccount;
use crate::history::{History, PostReadings};
use crate::locks::lock;
use crate::login::{LoginError, begin_login, finish_login};
use crate::sync::{CancelFlag, SyncError, SyncJob, SyncOptions, sync_account};

/// How many days of history the demo arrives with.
pub const DEMO_PAST_DAYS: i64 = 90;

/// How many of the last hours before the anchor the demo's past has young posts read every
/// hour, as Spool running does.
pub const DEMO_HOURLY_HOURS: i64 = 72;

/// The most days of a demo closed for longer that are replayed when it is opened again: as
/// many as a new demo arrives with. The posts published before them are still read (a sync
/// lists them all); only their daily readings are not made up.
pub const DEMO_CATCH_UP_DAYS: i64 = DEMO_PAST_DAYS;

/// A demo last read less than this before a sync has missed nothing: Spool running reads its
/// young posts every hour.
pub const DEMO_MISSED_AFTER: TimeDelta = TimeDelta::hours(1);

/// A demo last read longer ago than this when Spool starts was closed meanwhile (Spool running
/// reads it every hour), and catches up at once rather than at its next scheduled sync.
pub const DEMO_CLOSED_AFTER: TimeDelta = TimeDelta::hours(2);

/// The in-process simulator behind the demo account.
#[derive(Debug)]
pub struct Demo {
    simulator: RunningSimulator,
    client: ThreadsClient,
    /// The moment the demo's world is made at; a new one when all data was removed.
    anchor: Mutex<DateTime<Utc>>,
}

/// The demo's world: the account as made at `anchor`, its creator posting on after it, on
/// `clock`.
fn world(anchor: DateTime<Utc>, clock: SimClock) -> Simulator {
    Simulator::new()
        .accounts_as_of(anchor)
        .keeps_posting()
        .clock(clock)
}

impl Demo {
    /// Starts the simulator on a free loopback port, serving the demo account as made at
    /// `anchor` (kept from the first demo login, so the account is the same at every start)
    /// and as it has carried on since, by `clock` (Spool's own).
    pub async fn start(
        anchor: DateTime<Utc>,
        clock: fn() -> DateTime<Utc>,
    ) -> Result<Self, LoginError> {
        let simulator = world(
            anchor,
            SimClock::Follows {
                clock,
                offset: TimeDelta::zero(),
            },
        )
        .start()
        .await
        .map_err(|e| LoginError::Demo(e.to_string()))?;
        let client = ThreadsClient::new(
            ApiHosts::single(simulator.base_url()),
            ClientConfig::default(),
        )?;
        Ok(Self {
            simulator,
            client,
            anchor: Mutex::new(anchor),
        })
    }

    /// The moment the demo's world is made at.
    pub fn anchor(&self) -> DateTime<Utc> {
        *lock(&self.anchor)
    }

    /// Serves the demo's world as made at `anchor`: the one kept now, which differs from the
    /// simulator's when all data was removed (and the anchor with it) since it started.
    pub fn keep_anchor(&self, anchor: DateTime<Utc>) {
        let mut kept = lock(&self.anchor);
        if *kept != anchor {
            self.simulator.remake_accounts_as_of(anchor);
            *kept = anchor;
        }
    }

    /// Replays the daily syncs Spool would have made of the demo `account_id` while it was
    /// closed, from its last completed sync `since` until a sync at `now` (which the caller
    /// makes): one a day, the last [`DEMO_CATCH_UP_DAYS`] at most, none within an hour of
    /// `now`, each from a simulator of the same world at that moment. Each is on record as a
    /// sync, so nothing stored before `since` is touched. How many were made.
    pub async fn replay_missed_days(
        &self,
        history: &History,
        account_id: &str,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
        cancel: &CancelFlag,
    ) -> Result<usize, SyncError> {
        // On whole seconds, as the history keeps moments.
        let oldest = (now - TimeDelta::days(DEMO_CATCH_UP_DAYS)).trunc_subsecs(0);
        let first = if since < oldest {
            oldest
        } else {
            since.trunc_subsecs(0) + TimeDelta::days(1)
        };
        let moments: Vec<DateTime<Utc>> =
            std::iter::successors(Some(first), |t| Some(*t + TimeDelta::days(1)))
                .take_while(|t| *t + DEMO_MISSED_AFTER <= now)
                .collect();
        let Some(&start) = moments.first() else {
            return Ok(0);
        };
        let past = start_world(world(self.anchor(), SimClock::Fixed(start))).await?;
        replay_syncs(history, &past, account_id, &moments, progress, cancel).await?;
        Ok(moments.len())
    }

    /// Writes the readings Spool running would have taken early in the demo's posts' lives
    /// between `since` (its last completed sync before it was opened again) and `until` (the
    /// sync just made), both left out ([`early_readings`]); for the posts that sync stored.
    pub fn write_missed_readings(
        &self,
        history: &History,
        account_id: &str,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<(), crate::history::HistoryError> {
        let Some(account) = self.simulator.account(account_id) else {
            return Ok(());
        };
        let since = since.max(until - TimeDelta::days(DEMO_CATCH_UP_DAYS));
        let readings = early_readings(&account, since, until);
        if readings.is_empty() {
            return Ok(());
        }
        history.write_post_readings(&PostReadings {
            account_id: account_id.to_owned(),
            posts: Vec::new(),
            readings,
        })
    }

    /// The client that talks to the demo's simulator.
    pub fn client(&self) -> &ThreadsClient {
        &self.client
    }

    /// Logs in to the demo account: the window's address with a fresh state, the redirect read
    /// and checked, both exchanges and the profile, as for a real account.
    pub async fn log_in(&self, now: DateTime<Utc>) -> Result<StoredAccount, LoginError> {
        let app = self.simulator.app();
        let redirect_uri = app.redirect_uris.first().cloned().unwrap_or_default();
        let credentials = AppCredentials::new(app.app_id.clone(), app.secret);
        let pending = begin_login(self.client.hosts(), &app.app_id, &redirect_uri)?;
        let landed = approve_in_window(&pending.url).await?;
        let code = code_from_redirect(&landed, &pending.state)?;
        finish_login(&self.client, &credentials, &code, &redirect_uri, now, true).await
    }
}

/// Gives a new demo account its past: a simulator of the same account with its clock set
/// [`DEMO_PAST_DAYS`] days back, synced once a day up to and including `anchor`, as if Spool had been
/// running all along. Fast: everything is in-process.
///
/// Spool running all along would also have read young posts every hour: rather than replay
/// those rounds as hundreds of requests, the readings they would have stored are written
/// directly, each what the simulator's `metrics_at` answers at its moment (see
/// [`early_readings`]), so the demo's posts have early curves and a typical curve exists.
pub async fn replay_past(
    history: &History,
    anchor: DateTime<Utc>,
    progress: &(dyn Fn(SyncProgress) + Send + Sync),
) -> Result<(), SyncError> {
    let start = anchor - TimeDelta::days(DEMO_PAST_DAYS);
    let moments: Vec<DateTime<Utc>> = (0..=DEMO_PAST_DAYS)
        .map(|day| start + TimeDelta::days(day))
        .collect();
    let past = start_world(world(anchor, SimClock::Fixed(start))).await?;
    let account_id = past.main_user_id().to_owned();
    replay_syncs(
        history,
        &past,
        &account_id,
        &moments,
        progress,
        &CancelFlag::default(),
    )
    .await?;
    if let Some(account) = past.account(&account_id) {
        let readings = PostReadings {
            account_id: account.user_id.clone(),
            posts: Vec::new(),
            readings: early_readings(&account, start, anchor),
        };
        history.write_post_readings(&readings)?;
    }
    Ok(())
}

/// Starts a simulator of the demo's world to replay from.
async fn start_world(simulator: Simulator) -> Result<RunningSimulator, SyncError> {
    simulator
        .start()
        .await
        .map_err(|e| SyncError::Api(threads_api::ApiError::Network(e.to_string())))
}

/// Syncs `account_id` at each of `moments` (in order, none before the simulator's clock)
/// from `past`, a simulator of the demo's world, as Spool running would have.
async fn replay_syncs(
    history: &History,
    past: &RunningSimulator,
    account_id: &str,
    moments: &[DateTime<Utc>],
    progress: &(dyn Fn(SyncProgress) + Send + Sync),
    cancel: &CancelFlag,
) -> Result<(), SyncError> {
    let client = ThreadsClient::new(ApiHosts::single(past.base_url()), ClientConfig::default())?;
    let mut token = AccessToken::new(past.issue_long_lived_token(account_id));
    let mut renewed = past.now();
    for &moment in moments {
        past.advance(moment - past.now());
        // A token lives 60 days: renewed monthly, as Spool does for real accounts.
        if moment - renewed >= TimeDelta::days(30) {
            token = client.refresh(&token).await?.token;
            renewed = moment;
        }
        let job = SyncJob {
            client: &client,
            history,
            account_id,
            token: &token,
            now: moment,
            options: SyncOptions::default(),
        };
        sync_account(job, progress, cancel).await?;
    }
    Ok(())
}

/// The readings Spool, running from `from` to `until`, would have taken of `account`'s posts
/// early in their lives, beside its daily syncs: each post at the ages the insights compare
/// ([`CHECKPOINT_HOURS`]) that fell meanwhile, and in the last [`DEMO_HOURLY_HOURS`] hours
/// every post younger than [`YOUNG_POST_HOURS`] on the hour, as the hourly round reads them.
/// Each is what the simulator answers at that moment, strictly between `from` and `until`
/// (the syncs there took their own readings, which stay as they are).
pub fn early_readings(
    account: &DemoAccount,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<(String, DateTime<Utc>, PostMetrics)> {
    let young = TimeDelta::hours(i64::from(YOUNG_POST_HOURS));
    let between = |at: DateTime<Utc>| from < at && at < until;
    let own = || {
        account
            .posts
            .iter()
            .filter(|p| p.media_type != DemoMediaType::RepostFacade && p.published < until)
    };
    let mut readings = Vec::new();
    let mut read = |post: &threads_sim::DemoPost, at: DateTime<Utc>| {
        if let Some(metrics) = account.metrics_at(post, at) {
            readings.push((post.id.clone(), at, post_metrics(metrics)));
        }
    };
    for post in own() {
        for hours in CHECKPOINT_HOURS {
            let at = post.published + TimeDelta::hours(i64::from(hours));
            if between(at) {
                read(post, at);
            }
        }
    }
    for hours_before in 1..=DEMO_HOURLY_HOURS {
        let at = until - TimeDelta::hours(hours_before);
        if !between(at) {
            break;
        }
        for post in own().filter(|p| p.published < at && at - p.published < young) {
            read(post, at);
        }
    }
    readings
}

/// The simulator's metrics as Threads gives them: every one of them answered.
fn post_metrics(metrics: DemoPostMetrics) -> PostMetrics {
    PostMetrics {
        views: Some(metrics.views),
        likes: Some(metrics.likes),
        replies: Some(metrics.replies),
        reposts: Some(metrics.reposts),
        quotes: Some(metrics.quotes),
        shares: Some(metrics.shares),
    }
}
