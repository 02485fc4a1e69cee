//! The demo account: the simulator runs inside Spool, and the demo logs in through the same
//! code as a real login, with Spool playing the browser's part (the simulator approves at once).

use chrono::{DateTime, TimeDelta, Utc};
use spool_model::insights::{CHECKPOINT_HOURS, YOUNG_POST_HOURS};
use spool_model::{PostMetrics, SyncProgress};
use threads_api::{
    AccessToken, ApiHosts, AppCredentials, ClientConfig, ThreadsClient, approve_in_window,
    code_from_redirect,
};
use threads_sim::{
    DemoAccount, DemoMediaType, DemoPostMetrics, RunningSimulator, SimClock, Simulator,
};

use crate::accounts::StoredAccount;
use crate::history::{History, PostReadings};
use crate::login::{LoginError, begin_login, finish_login};
use crate::sync::{CancelFlag, SyncError, SyncJob, SyncOptions, sync_account};

/// How many days of history the demo arrives with.
pub const DEMO_PAST_DAYS: i64 = 90;

/// How many of the last hours before the anchor the demo's past has young posts read every
/// hour, as Spool running does.
pub const DEMO_HOURLY_HOURS: i64 = 72;

/// The in-process simulator behind the demo account.
#[derive(Debug)]
pub struct Demo {
    simulator: RunningSimulator,
    client: ThreadsClient,
}

impl Demo {
    /// Starts the simulator on a free loopback port, serving the demo account as made at
    /// `anchor` (kept from the first demo login, so the account is the same at every start).
    pub async fn start(anchor: DateTime<Utc>) -> Result<Self, LoginError> {
        let simulator = Simulator::new()
            .accounts_as_of(anchor)
            .start()
            .await
            .map_err(|e| LoginError::Demo(e.to_string()))?;
        let client = ThreadsClient::new(
            ApiHosts::single(simulator.base_url()),
            ClientConfig::default(),
        )?;
        Ok(Self { simulator, client })
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
    let past = Simulator::new()
        .accounts_as_of(anchor)
        .clock(SimClock::Fixed(start))
        .start()
        .await
        .map_err(|e| SyncError::Api(threads_api::ApiError::Network(e.to_string())))?;
    let client = ThreadsClient::new(ApiHosts::single(past.base_url()), ClientConfig::default())?;
    let mut token = AccessToken::new(past.issue_long_lived_token(past.main_user_id()));
    let account_id = past.main_user_id().to_owned();
    let cancel = CancelFlag::default();
    for day in 0..=DEMO_PAST_DAYS {
        // A token lives 60 days: renewed monthly, as Spool does for real accounts.
        if day > 0 && day % 30 == 0 {
            token = client.refresh(&token).await?.token;
        }
        let job = SyncJob {
            client: &client,
            history,
            account_id: &account_id,
            token: &token,
            now: past.now(),
            options: SyncOptions::default(),
        };
        sync_account(job, progress, &cancel).await?;
        past.advance(TimeDelta::days(1));
    }
    if let Some(account) = past.account(&account_id) {
        let readings = PostReadings {
            account_id: account_id.clone(),
            posts: Vec::new(),
            readings: early_readings(&account, start, anchor),
        };
        history.write_post_readings(&readings)?;
    }
    Ok(())
}

/// The readings Spool, running from `from` to `until`, would have taken of `account`'s posts
/// early in their lives, beside its daily syncs: each post published meanwhile at the ages
/// the insights compare ([`CHECKPOINT_HOURS`]), and in the last [`DEMO_HOURLY_HOURS`] hours
/// every post younger than [`YOUNG_POST_HOURS`] on the hour, as the hourly round reads them.
/// Each is what the simulator answers at that moment; none is after `until`.
pub fn early_readings(
    account: &DemoAccount,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
) -> Vec<(String, DateTime<Utc>, PostMetrics)> {
    let young = TimeDelta::hours(i64::from(YOUNG_POST_HOURS));
    let own = || {
        account
            .posts
            .iter()
            .filter(|p| p.media_type != DemoMediaType::RepostFacade && p.published <= until)
    };
    let mut readings = Vec::new();
    let mut read = |post: &threads_sim::DemoPost, at: DateTime<Utc>| {
        if let Some(metrics) = account.metrics_at(post, at) {
            readings.push((post.id.clone(), at, post_metrics(metrics)));
        }
    };
    for post in own().filter(|p| p.published > from) {
        for hours in CHECKPOINT_HOURS {
            let at = post.published + TimeDelta::hours(i64::from(hours));
            if at <= until {
                read(post, at);
            }
        }
    }
    for hours_before in 1..=DEMO_HOURLY_HOURS {
        let at = until - TimeDelta::hours(hours_before);
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
