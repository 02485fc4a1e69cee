//! The syncs running now: one per account at most, each stoppable, each leaving the registry by
//! itself when it ends, however it ends; and, while all data is being removed, none at all.
//!
//! The registry is also the gate between removal (all data, or one account's log-out) and the
//! rest of the work that writes what removal deletes: a sync or a young-post round holds its
//! account's [`SyncSlot`], a login check or the demo's replay holds a [`Chore`]. A removal
//! closes the gate first (no slot nor chore can begin), stops the syncs and waits for every
//! slot and chore to end; whatever began before it has finished writing when it deletes, and
//! whatever tries to begin meanwhile does not start. Work that read an account before the
//! gate closed reads it again once it holds its slot or chore, so it does not write for an
//! account removed meanwhile.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

use tokio::sync::Notify;

use super::AppError;
use crate::locks::lock;
use crate::sync::CancelFlag;

/// The running syncs by account id, with the flag that stops each.
#[derive(Debug, Default)]
pub(crate) struct Syncs {
    registry: Mutex<Registry>,
    /// Woken whenever a sync leaves the registry.
    ended: Notify,
}

#[derive(Debug, Default)]
struct Registry {
    running: HashMap<String, CancelFlag>,
    /// Chores running per account (login checks, the demo's replay): not stoppable, waited
    /// for.
    chores: HashMap<String, usize>,
    /// While set (all data being removed), no sync or chore may start.
    closed: bool,
    /// Accounts being logged out: no sync or chore of theirs may start.
    leaving: HashSet<String>,
}

impl Registry {
    /// Why no work of `account_id` may begin now, if it may not.
    fn refusal(&self, account_id: &str) -> Option<AppError> {
        if self.closed {
            Some(AppError::Removing)
        } else if self.leaving.contains(account_id) {
            Some(AppError::LoggingOut)
        } else {
            None
        }
    }

    /// Whether any work of `account_id` (every account's, for `None`) is in flight.
    fn busy(&self, account_id: Option<&str>) -> bool {
        match account_id {
            None => !self.running.is_empty() || !self.chores.is_empty(),
            Some(id) => self.running.contains_key(id) || self.chores.contains_key(id),
        }
    }
}

/// While it lives, no sync or chore may start; dropping it lets them start again.
#[derive(Debug)]
pub(crate) struct Closed<'a> {
    syncs: &'a Syncs,
}

/// While it lives, no sync or chore of one account may start (it is being logged out).
#[derive(Debug)]
pub(crate) struct Leaving<'a> {
    syncs: &'a Syncs,
    account_id: String,
}

/// A chore in flight for one account (a login check, the demo's replay): removal waits for it
/// to end, and it cannot begin while removal runs.
#[derive(Debug)]
pub(crate) struct Chore<'a> {
    syncs: &'a Syncs,
    account_id: String,
}

/// A sync in flight: while it lives, the account counts as syncing; dropping it (the sync
/// ended, failed, or its task was dropped) takes the account out of the registry.
#[derive(Debug)]
pub(crate) struct SyncSlot<'a> {
    syncs: &'a Syncs,
    account_id: String,
    /// Set when the user (or a removal) stops this sync.
    pub(crate) cancel: CancelFlag,
}

impl Syncs {
    /// Registers a sync of `account_id`, unless one runs already.
    pub(crate) fn begin(&self, account_id: &str) -> Result<SyncSlot<'_>, AppError> {
        let mut registry = lock(&self.registry);
        if let Some(refusal) = registry.refusal(account_id) {
            return Err(refusal);
        }
        if registry.running.contains_key(account_id) {
            return Err(AppError::AlreadySyncing);
        }
        let cancel = CancelFlag::default();
        registry
            .running
            .insert(account_id.to_owned(), cancel.clone());
        Ok(SyncSlot {
            syncs: self,
            account_id: account_id.to_owned(),
            cancel,
        })
    }

    /// Registers a chore of `account_id` (beside a sync of it, if one runs), unless all data
    /// or the account is being removed.
    pub(crate) fn chore(&self, account_id: &str) -> Result<Chore<'_>, AppError> {
        let mut registry = lock(&self.registry);
        if let Some(refusal) = registry.refusal(account_id) {
            return Err(refusal);
        }
        *registry.chores.entry(account_id.to_owned()).or_default() += 1;
        Ok(Chore {
            syncs: self,
            account_id: account_id.to_owned(),
        })
    }

    /// Whether a sync of `account_id` is running.
    pub(crate) fn is_running(&self, account_id: &str) -> bool {
        lock(&self.registry).running.contains_key(account_id)
    }

    /// Stops the sync of `account_id`, if one runs; nothing it read is saved.
    pub(crate) fn cancel(&self, account_id: &str) {
        if let Some(flag) = lock(&self.registry).running.get(account_id) {
            flag.cancel();
        }
    }

    /// Lets no sync start, stops every running one and waits until each has left the
    /// registry. Syncs may start again once the answer is dropped (or this wait is).
    pub(crate) async fn stop_all(&self) -> Closed<'_> {
        lock(&self.registry).closed = true;
        let closed = Closed { syncs: self };
        self.wait_for(None).await;
        closed
    }

    /// Lets no sync or chore of `account_id` start, stops its sync and waits until its sync
    /// and chores have ended. They may start again once the answer is dropped (or this wait
    /// is).
    pub(crate) async fn stop_account(&self, account_id: &str) -> Leaving<'_> {
        lock(&self.registry).leaving.insert(account_id.to_owned());
        let leaving = Leaving {
            syncs: self,
            account_id: account_id.to_owned(),
        };
        self.wait_for(Some(account_id)).await;
        leaving
    }

    /// Stops the syncs of `account_id` (every account's, for `None`) and waits until they and
    /// its chores have ended.
    async fn wait_for(&self, account_id: Option<&str>) {
        loop {
            // Made before looking, so work ending in between still wakes this wait.
            let ended = self.ended.notified();
            {
                let registry = lock(&self.registry);
                if !registry.busy(account_id) {
                    return;
                }
                registry
                    .running
                    .iter()
                    .filter(|(id, _)| account_id.is_none_or(|only| only == id.as_str()))
                    .for_each(|(_, flag)| flag.cancel());
            }
            ended.await;
        }
    }
}

impl Drop for SyncSlot<'_> {
    fn drop(&mut self) {
        lock(&self.syncs.registry).running.remove(&self.account_id);
        self.syncs.ended.notify_waiters();
    }
}

impl Drop for Chore<'_> {
    fn drop(&mut self) {
        {
            let mut registry = lock(&self.syncs.registry);
            if let Some(count) = registry.chores.get_mut(&self.account_id) {
                *count -= 1;
                if *count == 0 {
                    registry.chores.remove(&self.account_id);
                }
            }
        }
        self.syncs.ended.notify_waiters();
    }
}

impl Drop for Closed<'_> {
    fn drop(&mut self) {
        lock(&self.syncs.registry).closed = false;
    }
}

impl Drop for Leaving<'_> {
    fn drop(&mut self) {
        lock(&self.syncs.registry).leaving.remove(&self.account_id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    #[test]
    fn one_sync_per_account_and_the_slot_frees_itself() {
        let syncs = Syncs::default();
        let slot = syncs.begin("1").expect("free");
        assert!(matches!(syncs.begin("1"), Err(AppError::AlreadySyncing)));
        let other = syncs.begin("2").expect("another account syncs beside it");
        drop(slot);
        assert!(!syncs.is_running("1"));
        assert!(syncs.is_running("2"));
        drop(other);
        syncs.begin("1").expect("free again");
    }

    #[tokio::test]
    async fn stopping_all_cancels_each_and_waits_for_the_last_to_end() {
        let syncs = std::sync::Arc::new(Syncs::default());
        let running = std::sync::Arc::clone(&syncs);
        let (started, is_started) = tokio::sync::oneshot::channel();
        let sync = tokio::spawn(async move {
            let slot = running.begin("1").expect("free");
            let _ = started.send(());
            while !slot.cancel.is_cancelled() {
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
            // Still saving what it must roll back: the wait must not end before this does.
            tokio::time::sleep(Duration::from_millis(50)).await;
        });
        is_started.await.expect("the sync started");
        let closed = tokio::time::timeout(Duration::from_secs(5), syncs.stop_all())
            .await
            .expect("every sync stopped");
        assert!(!syncs.is_running("1"));
        assert!(sync.is_finished() || sync.await.is_ok());
        assert!(
            matches!(syncs.begin("2"), Err(AppError::Removing)),
            "none starts while removing"
        );
        drop(closed);
        syncs.begin("2").expect("syncs start again afterwards");
    }

    #[tokio::test]
    async fn removal_waits_for_chores_and_none_begins_meanwhile() {
        let syncs = std::sync::Arc::new(Syncs::default());
        let chore = syncs.chore("1").expect("free");
        let _beside = syncs.begin("1").expect("a sync runs beside a chore");
        drop(_beside);
        let waiting = std::sync::Arc::clone(&syncs);
        let removal = tokio::spawn(async move {
            let _closed = waiting.stop_all().await;
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!removal.is_finished(), "the removal waits for the chore");
        assert!(matches!(syncs.chore("2"), Err(AppError::Removing)));
        drop(chore);
        tokio::time::timeout(Duration::from_secs(5), removal)
            .await
            .expect("the removal goes on once the chore ended")
            .expect("no panic");
        syncs.chore("2").expect("chores begin again afterwards");
    }

    #[tokio::test]
    async fn a_log_out_stops_only_its_own_account() {
        let syncs = Syncs::default();
        let other = syncs.begin("2").expect("free");
        let leaving = tokio::time::timeout(Duration::from_secs(5), syncs.stop_account("1"))
            .await
            .expect("nothing of account 1 runs");
        assert!(matches!(syncs.begin("1"), Err(AppError::LoggingOut)));
        assert!(matches!(syncs.chore("1"), Err(AppError::LoggingOut)));
        assert!(
            !other.cancel.is_cancelled(),
            "another account's sync goes on"
        );
        drop(leaving);
        syncs.begin("1").expect("free again");
    }
}
