//! Updates through tauri-plugin-updater, off until `plugins.updater` in tauri.conf.json names
//! an update address and the public key of the key that signs releases (docs/releasing.md).
//!
//! When on, Spool asks for an update an hour after it starts and then once a day (never at
//! start-up, so opening Spool makes no request of its own), downloads a newer release in the
//! background (the plugin checks its signature against the public key) and installs it when
//! the user quits, so the next start is the new version and no window closes under the user.

use std::sync::Mutex;
use std::time::Duration;

use serde_json::Value;
use spool_core::locks::lock;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_updater::{Update, UpdaterExt};

/// How long after start-up the first check waits.
const FIRST_CHECK_AFTER: Duration = Duration::from_secs(60 * 60);
/// How often Spool asks again while it stays open.
const CHECK_EVERY: Duration = Duration::from_secs(24 * 60 * 60);

/// Whether the config turns updates on: `plugins.updater` with at least one endpoint and a
/// public key. Without both the plugin is not even registered (it refuses a config without a
/// key), so an unconfigured build has no updater at all.
pub fn configured(config: &tauri::Config) -> bool {
    config.plugins.0.get("updater").is_some_and(is_on)
}

fn is_on(updater: &Value) -> bool {
    let has_key = updater
        .get("pubkey")
        .and_then(Value::as_str)
        .is_some_and(|key| !key.trim().is_empty());
    let has_endpoint = updater
        .get("endpoints")
        .and_then(Value::as_array)
        .is_some_and(|endpoints| !endpoints.is_empty());
    has_key && has_endpoint
}

/// A downloaded, verified release waiting for Spool to quit.
#[derive(Default)]
struct DownloadedUpdate(Mutex<Option<(Update, Vec<u8>)>>);

/// Registers the updater and starts the daily check. Called only when [`configured`].
pub fn start<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    app.plugin(tauri_plugin_updater::Builder::new().build())?;
    app.manage(DownloadedUpdate::default());
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let first = tokio::time::Instant::now() + FIRST_CHECK_AFTER;
        let mut daily = tokio::time::interval_at(first, CHECK_EVERY);
        loop {
            daily.tick().await;
            match download_newer(&app).await {
                Ok(Some(version)) => {
                    log::info!("Spool {version} is downloaded and installs when Spool quits");
                    // One download is enough; it installs at quit.
                    return;
                }
                Ok(None) => log::info!("no update: Spool is up to date"),
                // A failed check changes nothing; tomorrow's tries again.
                Err(error) => log::warn!("the update check failed: {error}"),
            }
        }
    });
    Ok(())
}

/// Asks for a newer release and downloads it; its version if there was one.
async fn download_newer<R: Runtime>(
    app: &AppHandle<R>,
) -> Result<Option<String>, tauri_plugin_updater::Error> {
    let Some(update) = app.updater()?.check().await? else {
        return Ok(None);
    };
    log::info!("Spool {} is available; downloading it", update.version);
    let bytes = update.download(|_, _| {}, || {}).await?;
    let version = update.version.clone();
    if let Some(slot) = app.try_state::<DownloadedUpdate>() {
        *lock(&slot.0) = Some((update, bytes));
    }
    Ok(Some(version))
}

/// Installs a downloaded release, if there is one: called as Spool quits.
pub fn install_downloaded<R: Runtime>(app: &AppHandle<R>) {
    let Some(slot) = app.try_state::<DownloadedUpdate>() else {
        return;
    };
    let Some((update, bytes)) = lock(&slot.0).take() else {
        return;
    };
    match update.install(bytes) {
        Ok(()) => log::info!("installed Spool {}", update.version),
        // The next start runs the old version, which downloads the release again.
        Err(error) => log::warn!("Spool {} could not be installed: {error}", update.version),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn on(updater: Value) -> bool {
        is_on(&updater)
    }

    #[test]
    fn updates_are_off_until_both_an_address_and_a_key_are_set() {
        assert!(!on(serde_json::json!({})));
        assert!(!on(serde_json::json!({ "pubkey": "RWR..." })));
        assert!(!on(
            serde_json::json!({ "pubkey": "RWR...", "endpoints": [] })
        ));
        assert!(!on(serde_json::json!({
            "pubkey": " ",
            "endpoints": ["https://example.org/{{target}}/{{current_version}}"]
        })));
        assert!(on(serde_json::json!({
            "pubkey": "RWR...",
            "endpoints": ["https://example.org/{{target}}/{{current_version}}"]
        })));
    }

    #[test]
    fn this_build_has_no_updater() {
        // tauri.conf.json as committed: no update address, no key, so no requests.
        let config: tauri::Config = serde_json::from_str(include_str!("../tauri.conf.json"))
            .expect("tauri.conf.json parses");
        assert!(!configured(&config));
    }
}
