//! Syncing: on request, on schedule, one sync per account at a time, stoppable.

use std::time::Duration;

use chrono::TimeDelta;
use spool_model::{SyncProgress, SyncSummary};
use threads_api::ApiError;

use super::activity;
use super::{AppError, AppResult, Host, Spool};
use crate::StoredAccount;
use crate::sync::{SyncError, SyncJob, SyncOptions, sync_account};

/// How often the schedule looks for accounts due a sync: a computer waking from sleep catches
/// up within this.
const SCHEDULE_TICK: Duration = Duration::from_secs(60);
/// How often logins are checked (and renewed when due) while Spool runs.
const LOGIN_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);

impl<H: Host> Spool<H> {
    /// Syncs the account shown: everything new since the last sync, saved as one snapshot.
    /// Progress goes to `progress`; [`Spool::cancel_sync`] stops it with nothing saved.
    pub async fn sync_now(
        &self,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> AppResult<SyncSummary> {
        let account = self.shown_account()?;
        self.sync(&account, progress).await
    }

    /// Stops the sync of the account shown; nothing it read is saved.
    pub fn cancel_sync(&self) -> AppResult<()> {
        if let Some(account) = self.accounts.current()? {
            self.syncs.cancel(&account.profile.id);
        }
        Ok(())
    }

    /// How the last sync of the account shown ended, if it was ever synced.
    pub async fn last_sync(&self) -> AppResult<Option<SyncSummary>> {
        let Some(account) = self.accounts.current()? else {
            return Ok(None);
        };
        self.on_history("reading the last sync", move |history| {
            Ok(history.last_run(&account.profile.id)?)
        })
        .await
    }

    /// Syncs every account whose last sync is older than the interval Settings chose and
    /// whose login Threads still accepts. A failure is on record as that account's last sync.
    pub async fn sync_accounts_due(&self) -> AppResult<()> {
        let every = TimeDelta::hours(i64::from(self.accounts.sync_every_hours()?));
        for account in self.accounts.all()? {
            if account.needs_login || self.syncs.is_running(&account.profile.id) {
                continue;
            }
            let last = self.history.last_run(&account.profile.id)?;
            if last.is_some_and(|run| self.now() - run.started_at < every) {
                continue;
            }
            let _ = self.sync(&account, &|_| {}).await;
        }
        Ok(())
    }

    /// Runs the schedules for as long as Spool runs: due syncs every minute, login checks
    /// every hour (the window checks once at start-up itself). A failed round changes nothing
    /// stored; the next one tries again.
    pub async fn run_schedules(&self) {
        let mut syncs = tokio::time::interval(SCHEDULE_TICK);
        let mut logins = tokio::time::interval(LOGIN_CHECK_EVERY);
        // Both fire at once on the first tick: the start-up has just done this work.
        syncs.tick().await;
        logins.tick().await;
        loop {
            tokio::select! {
                _ = syncs.tick() => {
                    let _ = self.sync_accounts_due().await;
                }
                _ = logins.tick() => {
                    let _ = self.check_logins().await;
                }
            }
        }
    }

    /// Syncs `account`, one sync per account at a time; a refused login flags the account,
    /// and every window hears how the sync ended.
    async fn sync(
        &self,
        account: &StoredAccount,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> AppResult<SyncSummary> {
        let username = &account.profile.username;
        if account.needs_login {
            return Err(AppError::NeedsLogin {
                username: username.clone(),
            });
        }
        let id = &account.profile.id;
        let slot = self.syncs.begin(id)?;
        activity::sync_started(username);
        let result = async {
            let job = SyncJob {
                client: self.client_for(account).await?,
                history: &self.history,
                account_id: id,
                token: &account.token,
                now: self.now(),
                options: SyncOptions::default(),
            };
            let synced = sync_account(job, progress, &slot.cancel).await;
            drop(slot);
            if let Err(SyncError::Api(ApiError::TokenExpired { .. })) = &synced {
                self.accounts.mark_needs_login(id)?;
                self.announce()?;
            }
            if let Ok(Some(last)) = self.history.last_run(id) {
                self.host.synced(id, &last);
            }
            Ok(synced?)
        }
        .await;
        activity::sync_ended(username, &result);
        result
    }
}
