//! Syncing the account shown.

use spool_model::{SyncProgress, SyncSummary};
use tauri::State;
use tauri::ipc::Channel;

use super::{Answer, Service, answer};

/// Syncs the account shown: everything new since the last sync, saved as one snapshot.
/// Progress streams on `on_progress`; [`cancel_sync`] stops it with nothing saved.
#[tauri::command]
#[specta::specta]
pub async fn sync_now(
    spool: State<'_, Service>,
    on_progress: Channel<SyncProgress>,
) -> Answer<SyncSummary> {
    // The window may be gone; the sync goes on regardless.
    answer(
        &spool,
        "syncing",
        spool.sync_now(&|p| drop(on_progress.send(p))),
    )
    .await
}

/// Stops the sync of the account shown; nothing it read is saved.
#[tauri::command]
#[specta::specta]
pub async fn cancel_sync(spool: State<'_, Service>) -> Answer<()> {
    answer(&spool, "stopping the sync", async { spool.cancel_sync() }).await
}

/// How the last sync of the account shown ended, if it was ever synced.
#[tauri::command]
#[specta::specta]
pub async fn last_sync(spool: State<'_, Service>) -> Answer<Option<SyncSummary>> {
    answer(&spool, "reading the last sync", spool.last_sync()).await
}
