//! The app itself: about, notices, preferences, closing the window, and the window's own
//! measurements.

use spool_model::{AppInfo, CatalogueSource, Preferences, Timing};
use tauri::{AppHandle, State};

use super::{Answer, Service, answer};

/// Spool's version and where it keeps its data and logs, for Settings → About.
#[tauri::command]
#[specta::specta]
pub fn app_info(spool: State<'_, Service>) -> AppInfo {
    spool.app_info()
}

/// What the user must be told once: a damaged file set aside at start-up, say.
#[tauri::command]
#[specta::specta]
pub fn notices(spool: State<'_, Service>) -> Vec<String> {
    spool.take_notices()
}

/// The app's preferences.
#[tauri::command]
#[specta::specta]
pub async fn preferences(spool: State<'_, Service>) -> Answer<Preferences> {
    answer(&spool, "reading the preferences", async {
        spool.preferences()
    })
    .await
}

/// Saves the app's preferences; the tray's menu (and macOS's application menu) follows a new
/// language.
#[tauri::command]
#[specta::specta]
pub async fn save_preferences(
    app: AppHandle,
    spool: State<'_, Service>,
    preferences: Preferences,
) -> Answer<Preferences> {
    let saved = answer(&spool, "saving the preferences", async {
        spool.save_preferences(preferences)
    })
    .await;
    crate::tray::refresh(&app);
    #[cfg(target_os = "macos")]
    if let Err(error) = crate::menu::set(&app) {
        log::warn!("the application menu could not follow the language: {error}");
    }
    saved
}

/// The catalogue of the language Spool speaks now, for the window's every word.
#[tauri::command]
#[specta::specta]
pub fn catalogue(spool: State<'_, Service>) -> CatalogueSource {
    spool.catalogue_source()
}

/// Closes the window asking (Ctrl+W, ⌘W): Spool then stays in the tray or quits, as when the
/// window is closed any other way (`crate::window`).
#[tauri::command]
#[specta::specta]
pub fn close_window(window: tauri::Window) {
    if let Err(error) = window.close() {
        log::warn!("the window could not be closed: {error}");
    }
}

/// Appends a measurement the window took of itself to the file `SPOOL_TIMINGS` names, as a JSON
/// line with the moment it arrived (milliseconds since the Unix epoch, for a start-up measured
/// from outside). Answers whether it was kept: when `SPOOL_TIMINGS` is not set it is not, and
/// the window stops measuring.
#[tauri::command]
#[specta::specta]
pub async fn record_timing(timing: Timing) -> bool {
    // Only a bench or test build reads the variable (`test_hooks`): the installed app keeps
    // nothing, and its window, told so, measures nothing.
    let Some(path) = crate::test_hooks::var(crate::test_hooks::TIMINGS) else {
        return false;
    };
    let at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0);
    let line = serde_json::json!({ "at_unix_ms": at, "timing": timing });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, format!("{line}\n").as_bytes()));
    if let Err(error) = written {
        log::warn!(
            "could not record a timing in {}: {error}",
            std::path::Path::new(&path).display()
        );
    }
    true
}
