//! The demo account: the simulator runs inside Spool, and the demo logs in through the same
//! code as a real login, with Spool playing the browser's part (the simulator approves at once).

use chrono::{DateTime, TimeDelta, Utc};
use spool_model::SyncProgress;
use threads_api::{
    AccessToken, ApiHosts, AppCredentials, ClientConfig, ThreadsClient, approve_in_window,
    code_from_redirect,
};
use threads_sim::{RunningSimulator, SimClock, Simulator};

use crate::accounts::StoredAccount;
use crate::history::History;
use crate::login::{LoginError, begin_login, finish_login};
use crate::sync::{CancelFlag, SyncError, SyncJob, SyncOptions, sync_account};

/// How many days of history the demo arrives with.
pub const DEMO_PAST_DAYS: i64 = 90;

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
    Ok(())
}
