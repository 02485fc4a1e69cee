//! The main window, and what happens when it closes.
//!
//! The window is made by Spool, not by Tauri's configuration (`"create": false`): at start-up,
//! unless Spool started at login into the tray; and again whenever it is asked for while
//! closed (the tray's Open Spool, a click on a notification, a second launch, the Dock).
//!
//! Closing it destroys it, web view and all, so Spool at rest weighs only its native side.
//! Whether Spool then keeps running is decided as the last window goes ([`keeps_running`]):
//! in the tray, syncing on schedule, when the creator wants that (Settings, on by default)
//! and the desktop shows Spool's tray icon; otherwise it quits, so it never runs where the
//! user can neither see nor stop it. The first time it stays, a notification says where it
//! went.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};
use tauri_specta::Event;

use crate::commands::Service;
use crate::events::ScreenAsked;

/// The main window's label.
pub const MAIN: &str = "main";

/// The argument Spool is started with at login (tauri-plugin-autostart): start in the tray,
/// the window closed, where there is a tray to start in.
pub const IN_TRAY: &str = "--in-tray";

/// Shows the main window, made anew if it was closed, at `place` (a screen's `data-screen`
/// name or `post/<id>`) when given.
pub fn open(app: &AppHandle, place: Option<&str>) {
    if let Some(window) = app.get_webview_window(MAIN) {
        // Each step may fail on a platform that lacks it; the others still help.
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        if let Some(place) = place {
            // Lost only if the window went meanwhile.
            let _ = ScreenAsked(place.to_owned()).emit(app);
        }
        return;
    }
    let Some(config) = app.config().app.windows.iter().find(|w| w.label == MAIN) else {
        log::error!("the configuration has no main window");
        return;
    };
    let mut config = config.clone();
    // The window reads where to start from its address (`ui/src/session.rs`): it is not
    // listening for events yet.
    if let Some(place) = place {
        config.url = WebviewUrl::App(format!("index.html#{place}").into());
    }
    match WebviewWindowBuilder::from_config(app, &config).and_then(|window| window.build()) {
        Ok(_) => log::info!("the window opened"),
        Err(error) => log::error!("the window could not be opened: {error}"),
    }
}

/// Whether Spool keeps running now that its last window closed: the creator wants it and
/// the desktop shows the tray icon to come back and quit from.
pub fn keeps_running(app: &AppHandle) -> bool {
    let Some(service) = app.try_state::<Service>() else {
        return false;
    };
    let wanted = service.preferences().is_ok_and(|p| p.keep_running_in_tray);
    wanted && crate::tray::shown()
}

/// The window closed and Spool stays in the tray: the first time, a notification says so.
pub fn closed_to_tray(app: &AppHandle) {
    log::info!("the window closed; Spool keeps running in the tray");
    let Some(service) = app.try_state::<Service>() else {
        return;
    };
    match service.tell_of_tray_once() {
        Ok(true) => crate::host::show_notification(
            app,
            "Spool is still running",
            "It keeps syncing in the background and tells you when something happens. Open it \
             or quit it from its icon in the tray (the menu bar on macOS); Settings choose \
             whether closing the window quits instead.",
            None,
        ),
        Ok(false) => {}
        Err(error) => log::warn!("{}", error.message()),
    }
}

/// Whether this launch is the one the desktop made at login, to start in the tray.
pub fn started_at_login() -> bool {
    std::env::args().any(|arg| arg == IN_TRAY)
}
