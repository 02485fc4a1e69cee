//! The main window, and what happens when it closes.
//!
//! The window is made by Spool, not by Tauri's configuration (`"create": false`): at start-up,
//! unless Spool starts in the tray; and again whenever it is asked for while closed (the
//! tray's Open Spool, a click on a notification, a second launch, the Dock).
//!
//! Whether Spool keeps running once its last window closes is decided as the window goes
//! ([`keeps_running`]): in the tray, syncing on schedule, when the creator wants that
//! (Settings, on by default) and the desktop shows Spool's tray icon; otherwise it quits, so it
//! never runs where the user can neither see nor stop it.
//!
//! Staying in the tray is done by a fresh Spool: the one whose window closed ends, and starts
//! another in the tray ([`IN_TRAY`], [`AFTER_WINDOW`]), which waits for the data folder to be
//! free and then runs as Spool started at login does, without a window. A web view, once made,
//! leaves WebKit's libraries (and, with software drawing, the GL renderer's) loaded and touched
//! and its network process running even after it is destroyed: 150 MiB measured a minute after
//! the window closed in the same process, against about 60 MiB for a Spool that never made one
//! (docs/benchmarks.md). The first time Spool goes to the tray, a notification says where it
//! went.

use tauri::{AppHandle, Manager, WebviewUrl, WebviewWindowBuilder};
use tauri_specta::Event;

use crate::commands::Service;
use crate::events::ScreenAsked;

/// The main window's label.
pub const MAIN: &str = "main";

/// The argument Spool is started with at login (tauri-plugin-autostart) and after its window
/// closed: start in the tray, the window closed, where there is a tray to start in.
pub const IN_TRAY: &str = "--in-tray";

/// The argument of the Spool started in the tray as the one whose window closed ends: it waits
/// for that one to let go of the data folder.
pub const AFTER_WINDOW: &str = "--after-window";

/// Set as the last window closes when Spool is to go on in the tray: as it ends, it starts the
/// Spool that does ([`rest_in_tray`]).
#[derive(Default)]
pub struct GoingToTray(std::sync::atomic::AtomicBool);

impl GoingToTray {
    /// Notes that Spool goes on in the tray once this process ends.
    pub fn set(&self) {
        self.0.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    fn is_set(&self) -> bool {
        self.0.load(std::sync::atomic::Ordering::SeqCst)
    }
}

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

/// Whether Spool keeps running now that its last window closed
/// ([`spool_core::Spool::keeps_running_in_tray`]).
pub fn keeps_running(app: &AppHandle) -> bool {
    app.try_state::<Service>()
        .is_some_and(|service| service.keeps_running_in_tray())
}

/// As Spool ends after its window closed to the tray: starts the Spool that goes on there.
/// Where it cannot be started, Spool has quit, and the log says why.
pub fn rest_in_tray(app: &AppHandle) {
    if !app
        .try_state::<GoingToTray>()
        .is_some_and(|going| going.is_set())
    {
        return;
    }
    let started = tauri::process::current_binary(&app.env()).and_then(|exe| {
        std::process::Command::new(exe)
            .args([IN_TRAY, AFTER_WINDOW])
            .spawn()
    });
    match started {
        Ok(_) => log::info!("the window closed; Spool keeps running in the tray"),
        Err(error) => log::error!("Spool could not go on in the tray and quit: {error}"),
    }
}

/// A Spool started in the tray after its window closed: the first time, a notification says
/// where it went.
pub fn tell_of_tray(app: &AppHandle) {
    if !started_after_window() {
        return;
    }
    let Some(service) = app.try_state::<Service>() else {
        return;
    };
    match service.tell_of_tray_once() {
        Ok(true) => {
            let catalogue = service.catalogue();
            crate::host::show_notification(
                app,
                &catalogue.text("tray-still-running"),
                &catalogue.text("tray-still-running-body"),
                None,
            );
        }
        Ok(false) => {}
        Err(error) => log::warn!("{}", error.message()),
    }
}

/// Whether this Spool was started in the tray as the one whose window closed ended.
pub fn started_after_window() -> bool {
    std::env::args().any(|arg| arg == AFTER_WINDOW)
}

/// Whether this launch is to start in the tray: the one the desktop made at login, or the one
/// made as the window closed.
pub fn started_in_tray() -> bool {
    std::env::args().any(|arg| arg == IN_TRAY)
}
