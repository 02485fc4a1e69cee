//! Which accounts Spool knows, which one is shown, the demo, and removing everything.

use spool_model::{AccountSummary, SyncProgress};

use super::activity::{self, LoginMethod};
use super::panics::caught;
use super::{AppResult, Host, Spool};
use crate::demo::{Demo, replay_past};
use crate::lifecycle::check_login;
use crate::locks::lock;
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

    /// Logs an account out: its token is deleted from disk.
    pub fn log_out(&self, id: &str) -> AppResult<Vec<AccountSummary>> {
        self.accounts.log_out(id)?;
        self.announce()
    }

    /// Checks each account's login with Threads, renewing tokens that are due, and marks the
    /// ones Threads refuses as needing a new login; tells the windows when anything changed.
    /// The demo account logs in again (its simulator is new at every start).
    pub async fn check_logins(&self) -> AppResult<Vec<AccountSummary>> {
        caught("checking the logins", self.check_each_login()).await
    }

    async fn check_each_login(&self) -> AppResult<Vec<AccountSummary>> {
        let before = self.accounts.summaries()?;
        let now = self.now();
        for account in self.accounts.all()? {
            if account.demo {
                let demo = self.demo().await?;
                self.accounts.add_keeping_current(demo.log_in(now).await?)?;
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
            if self.history.last_run(&account.profile.id)?.is_none() {
                let anchor = self.accounts.demo_anchor(self.now())?;
                replay_past(&self.history, anchor, progress).await?;
            }
            self.keep(account)
        })
        .await;
        activity::login_ended(LoginMethod::Demo, &result);
        result
    }

    /// Deletes every token, the Meta app, every setting and the whole history: Settings →
    /// Remove all data, once the window had the user confirm. Running syncs are stopped
    /// first, so none writes after the history is emptied; if one does not stop within
    /// `REMOVAL_WAIT`, nothing is removed.
    pub async fn remove_all_data(&self) -> AppResult<()> {
        // No sync may start (the schedule's included) until everything is removed.
        let _closed = tokio::time::timeout(REMOVAL_WAIT, self.syncs.stop_all())
            .await
            .map_err(|_| AppError::SyncDidNotStop)?;
        lock(&self.waiting).take();
        self.accounts.forget_everything()?;
        self.on_history("emptying the history", |history| Ok(history.erase()?))
            .await?;
        self.library.remove_leftovers()?;
        self.announce()?;
        Ok(())
    }

    /// Keeps a logged-in account, shows it, and tells the windows.
    pub(super) fn keep(&self, account: StoredAccount) -> AppResult<AccountSummary> {
        let shown = self.accounts.add(account)?;
        self.announce()?;
        Ok(shown)
    }

    /// The demo's simulator, started on first use.
    async fn demo(&self) -> AppResult<&Demo> {
        Ok(self
            .demo
            .get_or_try_init(|| async { Demo::start(self.accounts.demo_anchor(self.now())?).await })
            .await?)
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
