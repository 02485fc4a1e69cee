//! Which accounts Spool knows, which one is shown, the demo, and removing everything.

use spool_model::{AccountSummary, SyncProgress};

use super::activity::{self, LoginMethod};
use super::panics::caught;
use super::{AppResult, Host, Spool};
use chrono::{DateTime, Utc};

use crate::demo::{DEMO_CLOSED_AFTER, DEMO_MISSED_AFTER, Demo, replay_past};
use crate::lifecycle::check_login;
use crate::locks::lock;
use crate::sync::CancelFlag;
use crate::{AppError, StoredAccount};
use threads_api::ThreadsClient;

impl<H: Host> Spool<H> {
    /// Every account Spool knows.
    pub fn accounts(&self) -> AppResult<Vec<AccountSummary>> {
        Ok(self.accounts.summaries()?)
    }

    /// Shows another account.
    pub fn switch_account(&self, id: &str) -> AppResult<Vec<AccountSummary>> {
        self.accounts.switch_to(id)?;
        self.announce()
    }

    /// Logs an account out: its token is deleted from disk. Its running sync is stopped and
    /// its login check waited for first, so neither writes its token back afterwards; if they
    /// do not end within `REMOVAL_WAIT`, the account stays logged in.
    pub async fn log_out(&self, id: &str) -> AppResult<Vec<AccountSummary>> {
        let _leaving = tokio::time::timeout(REMOVAL_WAIT, self.syncs.stop_account(id))
            .await
            .map_err(|_| AppError::SyncDidNotStop)?;
        self.accounts.log_out(id)?;
        self.announce()
    }

    /// Checks each account's login with Threads, renewing tokens that are due, and marks the
    /// ones Threads refuses as needing a new login; tells the windows when anything changed.
    /// The demo account logs in again (its simulator is new at every start), and catches up
    /// on what it missed while Spool was closed: a sync, which replays the days missed first.
    pub async fn check_logins(&self) -> AppResult<Vec<AccountSummary>> {
        caught("checking the logins", self.check_each_login()).await
    }

    async fn check_each_login(&self) -> AppResult<Vec<AccountSummary>> {
        let before = self.accounts.summaries()?;
        let now = self.now();
        for listed in self.accounts.all()? {
            // Held while the login is checked and stored, so a removal or a log-out waits for
            // it; it cannot begin while one runs. The account is read again under it: one
            // removed meanwhile is not written back.
            let Ok(_chore) = self.syncs.chore(&listed.profile.id) else {
                continue;
            };
            let Some(account) = self.accounts.get(&listed.profile.id)? else {
                continue;
            };
            if account.demo {
                let demo = self.demo().await?;
                let logged_in = demo.log_in(now).await?;
                if self.accounts.logged_in_again(logged_in.clone())? {
                    self.catch_up_demo(&logged_in).await?;
                }
            } else if !account.needs_login {
                check_login(&self.accounts, &self.threads, &account, now).await?;
            }
        }
        let after = self.accounts.summaries()?;
        if after != before {
            self.host.accounts_changed(&after);
        }
        Ok(after)
    }

    /// Logs in to the demo account, served by a simulator inside Spool. A new demo arrives with
    /// 90 days of history, made by replaying daily syncs (reported on `progress`).
    pub async fn try_demo(
        &self,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> AppResult<AccountSummary> {
        // The replay writes 90 days of syncs: a fault in it is caught like a sync's.
        let result = caught("opening the demo", async {
            let demo = self.demo().await?;
            let account = demo.log_in(self.now()).await?;
            // The replay and keeping the account are one chore: a removal waits for both, or
            // neither begins while it runs.
            let _chore = self.syncs.chore(&account.profile.id)?;
            let history = self.history().await?;
            if history.last_run(&account.profile.id)?.is_none() {
                let anchor = self.accounts.demo_anchor(self.now())?;
                replay_past(&history, anchor, progress).await?;
            }
            let shown = self.keep(account.clone())?;
            // A demo tried again after days away (its anchor kept) is brought up to now.
            self.catch_up_demo(&account).await?;
            Ok(shown)
        })
        .await;
        activity::login_ended(LoginMethod::Demo, &result);
        result
    }

    /// Deletes every token, the Meta app, every setting and the whole history: Settings →
    /// Remove all data, once the window had the user confirm. Running syncs are stopped and
    /// login checks and the demo's replay waited for first, so none writes after the history
    /// is emptied; if they do not end within `REMOVAL_WAIT`, nothing is removed.
    pub async fn remove_all_data(&self) -> AppResult<()> {
        // No sync or chore may start (the schedule's included) until everything is removed.
        let _closed = tokio::time::timeout(REMOVAL_WAIT, self.syncs.stop_all())
            .await
            .map_err(|_| AppError::SyncDidNotStop)?;
        lock(&self.waiting).take();
        self.accounts.forget_everything()?;
        self.on_history("emptying the history", |history| Ok(history.erase()?))
            .await?;
        self.library.remove_leftovers()?;
        // Nothing of Spool's stays behind outside its data folder either: the desktop's entry
        // that would start it at login goes too.
        if self.host.starts_at_login().unwrap_or(false) {
            self.host
                .set_start_at_login(false)
                .map_err(|reason| AppError::StartAtLogin { reason })?;
        }
        self.announce()?;
        Ok(())
    }

    /// Keeps a logged-in account, shows it, and tells the windows.
    pub(super) fn keep(&self, account: StoredAccount) -> AppResult<AccountSummary> {
        let shown = self.accounts.add(account)?;
        self.announce()?;
        Ok(shown)
    }

    /// The demo's simulator, started on first use, keeping time with Spool's clock and serving
    /// the world of the anchor kept now.
    pub(super) async fn demo(&self) -> AppResult<&Demo> {
        let anchor = self.accounts.demo_anchor(self.now())?;
        let demo = self
            .demo
            .get_or_try_init(|| async { Demo::start(anchor, self.clock).await })
            .await?;
        demo.keep_anchor(anchor);
        Ok(demo)
    }

    /// Brings the demo `account` up to now when it was last read longer than
    /// [`DEMO_CLOSED_AFTER`] ago (Spool was closed meanwhile): a sync, which first replays the days it missed and then writes
    /// the early readings of its posts Spool would have taken meanwhile. A demo never synced,
    /// or syncing now (that sync catches up), is left as it is. The sync's failure is on record
    /// as its last sync, as a scheduled one's is; only a history that cannot be read is an error.
    async fn catch_up_demo(&self, account: &StoredAccount) -> AppResult<()> {
        let id = &account.profile.id;
        if !account.demo || account.needs_login || self.syncs.is_running(id) {
            return Ok(());
        }
        let history = self.history().await?;
        let Some(since) = history.read(|reading| reading.last_completed_sync(id))? else {
            return Ok(());
        };
        if self.now() - since < DEMO_CLOSED_AFTER {
            return Ok(());
        }
        let _ = self.sync(account, &|_| {}).await;
        Ok(())
    }

    /// Before a sync of the demo `account` at `now`: the daily syncs it missed since its last
    /// completed one, replayed ([`Demo::replay_missed_days`]); that last sync's moment, to
    /// write the early readings from once the sync at `now` has stored the posts. `None` for a
    /// real account, or a demo never synced.
    pub(super) async fn replay_missed_demo_days(
        &self,
        account: &StoredAccount,
        now: DateTime<Utc>,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
        cancel: &CancelFlag,
    ) -> AppResult<Option<DateTime<Utc>>> {
        if !account.demo {
            return Ok(None);
        }
        let id = &account.profile.id;
        let history = self.history().await?;
        let Some(since) = history.read(|reading| reading.last_completed_sync(id))? else {
            return Ok(None);
        };
        if now - since < DEMO_MISSED_AFTER {
            return Ok(None);
        }
        let demo = self.demo().await?;
        demo.replay_missed_days(&history, id, since, now, progress, cancel)
            .await?;
        Ok(Some(since))
    }

    /// After a sync of the demo `account` at `until` that stored its posts: the readings
    /// early in their lives Spool would have taken since `since` ([`Demo::write_missed_readings`]).
    pub(super) async fn write_missed_demo_readings(
        &self,
        account: &StoredAccount,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> AppResult<()> {
        let demo = self.demo().await?;
        let id = &account.profile.id;
        let history = self.history().await?;
        demo.write_missed_readings(&history, id, since, until)?;
        Ok(())
    }

    /// The client that serves `account`: the demo's simulator or Threads.
    pub(super) async fn client_for(&self, account: &StoredAccount) -> AppResult<&ThreadsClient> {
        if account.demo {
            Ok(self.demo().await?.client())
        } else {
            Ok(&self.threads)
        }
    }
}

/// How long a removal waits for running syncs to stop.
const REMOVAL_WAIT: std::time::Duration = std::time::Duration::from_secs(20);
