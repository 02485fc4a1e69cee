//! The desktop as the app service sees it: events to the window, notifications, the tray,
//! starting at login, the save dialog, the browser and the clipboard, through Tauri and its
//! plugins.

use std::path::PathBuf;

use spool_core::{FileKind, Host};
use spool_model::{AccountSummary, Notification, SyncSummary};
use tauri::{AppHandle, Manager};
use tauri_plugin_autostart::ManagerExt;
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use tauri_specta::Event;

use crate::commands::Service;
use crate::events::{AccountsChanged, Notice, Synced};

/// The Tauri app that Spool's service runs in.
pub struct TauriHost {
    app: AppHandle,
}

impl TauriHost {
    /// The host of the app `app`.
    pub fn new(app: AppHandle) -> Self {
        Self { app }
    }
}

impl Host for TauriHost {
    fn accounts_changed(&self, accounts: &[AccountSummary]) {
        // The window reloads the list on its next command if the event is lost.
        let _ = AccountsChanged(accounts.to_vec()).emit(&self.app);
        crate::tray::refresh(&self.app);
    }

    fn synced(&self, account_id: &str, summary: &SyncSummary) {
        // The window refreshes its last sync on its next command if the event is lost.
        let _ = Synced(summary.clone()).emit(&self.app);
        // The tray's glance is of the shown account only.
        if (self.app.try_state::<Service>()).is_some_and(|spool| spool.shows(account_id)) {
            crate::tray::refresh(&self.app);
        }
    }

    fn notice(&self, text: &str) {
        // Lost if no window listens; the log has the fault itself.
        let _ = Notice(text.to_owned()).emit(&self.app);
    }

    fn notify(&self, notification: &Notification) {
        let place = notification.place.address();
        show_notification(
            &self.app,
            &notification.title,
            &notification.body,
            Some(&place),
        );
    }

    fn system_languages(&self) -> Vec<String> {
        sys_locale::get_locales().collect()
    }

    fn tray_shown(&self) -> bool {
        crate::tray::shown()
    }

    fn starts_at_login(&self) -> Result<bool, String> {
        self.app
            .autolaunch()
            .is_enabled()
            .map_err(|e| e.to_string())
    }

    fn set_start_at_login(&self, on: bool) -> Result<(), String> {
        let autolaunch = self.app.autolaunch();
        let changed = if on {
            autolaunch.enable()
        } else {
            autolaunch.disable()
        };
        changed.map_err(|e| e.to_string())
    }

    async fn choose_save_path(&self, name: &str, kind: FileKind) -> Option<PathBuf> {
        // Test builds only (`test_hooks`): the product always asks.
        if let Some(path) = crate::test_hooks::var(crate::test_hooks::SAVE_PATH) {
            let path = PathBuf::from(path);
            return Some(if path.is_dir() { path.join(name) } else { path });
        }
        let (chosen, choice) = tokio::sync::oneshot::channel();
        self.app
            .dialog()
            .file()
            .set_file_name(name)
            .add_filter(&kind.label, &[kind.extension])
            .save_file(move |path| {
                let _ = chosen.send(path.and_then(|p| p.into_path().ok()));
            });
        choice.await.ok().flatten()
    }

    async fn choose_folder(&self) -> Option<PathBuf> {
        // Test builds only (`test_hooks`): the product always asks.
        if let Some(path) = crate::test_hooks::var(crate::test_hooks::SAVE_PATH) {
            let path = PathBuf::from(path);
            return path.is_dir().then_some(path);
        }
        let (chosen, choice) = tokio::sync::oneshot::channel();
        self.app.dialog().file().pick_folder(move |path| {
            let _ = chosen.send(path.and_then(|p| p.into_path().ok()));
        });
        choice.await.ok().flatten()
    }

    fn open_url(&self, url: &str) -> Result<(), String> {
        self.app
            .opener()
            .open_url(url, None::<&str>)
            .map_err(|e| e.to_string())
    }

    fn copy_image(&self, rgba: Vec<u8>, width: u32, height: u32) -> Result<(), String> {
        self.app
            .clipboard()
            .write_image(&tauri::image::Image::new_owned(rgba, width, height))
            .map_err(|e| e.to_string())
    }
}

/// Where a notification's click takes the window: its `extra` field.
#[cfg(feature = "notifications")]
const PLACE: &str = "place";

/// Shows a notification through the desktop's own; a click on it opens the window at
/// `place` (see [`answer_clicks`]). Lost, and logged, where the desktop takes none.
#[cfg(feature = "notifications")]
pub fn show_notification(app: &AppHandle, title: &str, body: &str, place: Option<&str>) {
    use tauri_plugin_notification::NotificationExt;
    let mut notification = app.notification().builder().title(title).body(body);
    if let Some(place) = place {
        notification = notification.extra(PLACE, place);
    }
    if let Err(error) = notification.show() {
        log::warn!("a notification could not be shown: {error}");
    }
}

/// A build without notifications (the macOS check from Linux; see Cargo.toml): the log
/// keeps it.
#[cfg(not(feature = "notifications"))]
pub fn show_notification(_app: &AppHandle, title: &str, body: &str, _place: Option<&str>) {
    log::info!("not notified (built without notifications): {title}: {body}");
}

/// Opens the window where a clicked notification asks (or where it was, for one that asks
/// nowhere).
#[cfg(feature = "notifications")]
pub fn answer_clicks(app: &AppHandle) {
    use tauri_plugin_notification::NotificationExt;
    let handle = app.clone();
    let answered = app.notification().on_action(move |performed| {
        if performed.action_id() != "tap" {
            return;
        }
        let place = performed
            .notification()
            .and_then(|n| n.extra().get(PLACE))
            .and_then(|place| place.as_str())
            .map(str::to_owned);
        let app = handle.clone();
        // Windows are made on the main thread; this runs on the notifications' own.
        let _ = handle.run_on_main_thread(move || crate::window::open(&app, place.as_deref()));
    });
    if let Err(error) = answered {
        log::warn!("clicks on notifications will not open Spool: {error}");
    }
}

/// A build without notifications: no clicks.
#[cfg(not(feature = "notifications"))]
pub fn answer_clicks(_app: &AppHandle) {}
