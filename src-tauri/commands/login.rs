//! Logging in: the creator's Meta app, the browser login and its fallbacks.

use spool_model::{AccountSummary, LoginSetup, LoginStarted};
use tauri::State;

use super::{Answer, Service, answer};

/// The redirect address to register and what is saved of the creator's app.
#[tauri::command]
#[specta::specta]
pub async fn login_setup(spool: State<'_, Service>) -> Answer<LoginSetup> {
    answer(&spool, "reading the login settings", async {
        spool.login_setup()
    })
    .await
}

/// Changes the port Spool listens on for the login; the redirect address changes with it and
/// must be registered again in the Meta app.
#[tauri::command]
#[specta::specta]
pub async fn save_login_port(spool: State<'_, Service>, port: u16) -> Answer<LoginSetup> {
    answer(&spool, "saving the login port", async {
        spool.save_login_port(port)
    })
    .await
}

/// Saves the creator's Threads app id and secret, after checking they can be right.
#[tauri::command]
#[specta::specta]
pub async fn save_threads_app(
    spool: State<'_, Service>,
    app_id: String,
    app_secret: String,
) -> Answer<LoginSetup> {
    answer(&spool, "saving your Meta app", async {
        spool.save_threads_app(&app_id, &app_secret)
    })
    .await
}

/// Starts a login: listens for the browser's return and opens the authorization window.
/// [`wait_for_login`] then waits for it to finish.
#[tauri::command]
#[specta::specta]
pub async fn start_login(spool: State<'_, Service>) -> Answer<LoginStarted> {
    answer(&spool, "starting the login", spool.start_login()).await
}

/// Waits for the login started by [`start_login`]: the browser's return, or an address pasted
/// with [`paste_login_address`]. Then exchanges the code and keeps the account.
#[tauri::command]
#[specta::specta]
pub async fn wait_for_login(spool: State<'_, Service>) -> Answer<AccountSummary> {
    answer(&spool, "logging in", spool.wait_for_login()).await
}

/// Hands the address the browser landed on (or the code in it) to the waiting login.
#[tauri::command]
#[specta::specta]
pub async fn paste_login_address(spool: State<'_, Service>, address: String) -> Answer<()> {
    answer(&spool, "reading the pasted address", async {
        spool.paste_login_address(&address)
    })
    .await
}

/// Gives up the login in progress.
#[tauri::command]
#[specta::specta]
pub fn cancel_login(spool: State<'_, Service>) {
    spool.cancel_login();
}

/// Logs in with a long-lived token pasted from the app dashboard's User Token Generator; the
/// token is checked with Threads before it is kept.
#[tauri::command]
#[specta::specta]
pub async fn log_in_with_token(spool: State<'_, Service>, token: String) -> Answer<AccountSummary> {
    answer(
        &spool,
        "logging in with the token",
        spool.log_in_with_token(&token),
    )
    .await
}
