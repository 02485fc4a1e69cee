//! Which accounts Spool knows and shows, the demo, and removing everything.

use spool_model::{AccountSummary, SyncProgress};
use tauri::State;
use tauri::ipc::Channel;

use super::{Answer, Service, answer};

/// Every account Spool knows.
#[tauri::command]
#[specta::specta]
pub async fn accounts(spool: State<'_, Service>) -> Answer<Vec<AccountSummary>> {
    answer(&spool, "reading the accounts", async { spool.accounts() }).await
}

/// Checks each account's login with Threads, renewing tokens that are due, and marks the ones
/// Threads refuses as needing a new login. The demo account logs in again.
#[tauri::command]
#[specta::specta]
pub async fn check_logins(spool: State<'_, Service>) -> Answer<Vec<AccountSummary>> {
    answer(&spool, "checking the logins", spool.check_logins()).await
}

/// Shows another account.
#[tauri::command]
#[specta::specta]
pub async fn switch_account(spool: State<'_, Service>, id: String) -> Answer<Vec<AccountSummary>> {
    answer(&spool, "switching accounts", async {
        spool.switch_account(&id)
    })
    .await
}

/// Logs an account out: its token is deleted from disk.
#[tauri::command]
#[specta::specta]
pub async fn log_out(spool: State<'_, Service>, id: String) -> Answer<Vec<AccountSummary>> {
    answer(&spool, "logging out", spool.log_out(&id)).await
}

/// Logs in to the demo account, served by a simulator inside Spool. A new demo arrives with
/// 90 days of history, made by replaying daily syncs (reported on `on_progress`).
#[tauri::command]
#[specta::specta]
pub async fn try_demo(
    spool: State<'_, Service>,
    on_progress: Channel<SyncProgress>,
) -> Answer<AccountSummary> {
    // The window may be gone; the replay goes on regardless.
    answer(
        &spool,
        "opening the demo",
        spool.try_demo(&|p| drop(on_progress.send(p))),
    )
    .await
}

/// Deletes every token, the Meta app, every setting and the whole history: Settings → Remove
/// all data, after the window had the user confirm. Running syncs are stopped first.
#[tauri::command]
#[specta::specta]
pub async fn remove_all_data(spool: State<'_, Service>) -> Answer<()> {
    answer(&spool, "removing all data", spool.remove_all_data()).await
}
