//! The syncs running now: one per account at most, each stoppable, each leaving the registry by
//! itself when it ends, however it ends; and, while all data is being removed, none at all.

use std::collections::HashMap;
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
    /// While set (all data being removed), no sync may start.
    closed: bool,
}

/// While it lives, no sync may start; dropping it lets them start again.
#[derive(Debug)]
pub(crate) struct Closed<'a> {
    syncs: &'a Syncs,
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
        if registry.closed {
            return Err(AppError::Removing);
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
        loop {
            // Made before looking, so a sync ending in between still wakes this wait.
            let ended = self.ended.notified();
            {
                let registry = lock(&self.registry);
                if registry.running.is_empty() {
                    return closed;
                }
                registry.running.values().for_each(CancelFlag::cancel);
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

impl Drop for Closed<'_> {
    fn drop(&mut self) {
        lock(&self.syncs.registry).closed = false;
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
}
