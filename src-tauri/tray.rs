//! Spool's tray icon (the menu bar on macOS) and its menu: the shown account's day at a
//! glance, Sync now, Open Spool and Quit.
//!
//! The glance comes from the service (`Spool::glance`) and is read again whenever a sync
//! ends or the accounts change, so the menu shows what the window would.

use std::sync::Arc;

use spool_i18n::Catalogue;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Manager, Wry};

use crate::commands::Service;

const TRAY: &str = "spool";
const SYNC: &str = "sync";
const OPEN: &str = "open";
const QUIT: &str = "quit";

/// How long after a start with the window the tray icon is made: making it (an indicator on
/// the session bus, its icon written to a file) holds the main thread, which the window's
/// first page needs more.
const AFTER_THE_WINDOW: std::time::Duration = std::time::Duration::from_secs(2);

/// Makes the tray icon on the main thread: at once when Spool starts in the tray, a moment
/// later when its window is `opening`; then, for a Spool gone to the tray, says so once.
pub fn create_soon(app: &AppHandle, opening: bool) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        if opening {
            tokio::time::sleep(AFTER_THE_WINDOW).await;
        }
        let handle = app.clone();
        let made = app.run_on_main_thread(move || {
            if let Err(error) = create(&handle) {
                log::warn!("the tray icon could not be made: {error}");
            }
            crate::window::tell_of_tray(&handle);
        });
        if let Err(error) = made {
            log::warn!("the tray icon could not be made: {error}");
        }
    });
}

/// Puts Spool's icon in the tray, with a menu that says no account until the glance is read.
fn create(app: &AppHandle) -> tauri::Result<()> {
    let mut tray = TrayIconBuilder::with_id(TRAY)
        .tooltip("Spool")
        .menu(&menu(app, &catalogue(app), &["Spool".to_owned()])?)
        .show_menu_on_left_click(true)
        .on_menu_event(|app, event| match event.id().as_ref() {
            SYNC => sync(app),
            OPEN => crate::window::open(app, None),
            QUIT => {
                log::info!("quit from the tray");
                app.exit(0);
            }
            _ => {}
        });
    if let Some(icon) = app.default_window_icon() {
        tray = tray.icon(icon.clone());
    }
    tray.build(app)?;
    refresh(app);
    Ok(())
}

/// Reads the glance again and puts it in the menu.
pub fn refresh(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let Some(service) = app.try_state::<Service>() else {
            return;
        };
        let catalogue = service.catalogue();
        let lines = match service.glance().await {
            Ok(Some(glance)) => spool_core::glance::lines(&glance, &catalogue),
            Ok(None) => vec![catalogue.text("tray-no-account")],
            Err(error) => vec![error.said(&catalogue)],
        };
        let Some(tray) = app.tray_by_id(TRAY) else {
            return;
        };
        match menu(&app, &catalogue, &lines) {
            Ok(menu) => {
                if let Err(error) = tray.set_menu(Some(menu)) {
                    log::warn!("the tray's menu could not be updated: {error}");
                }
            }
            Err(error) => log::warn!("the tray's menu could not be made: {error}"),
        }
    });
}

/// The menu: `lines` (read only), then what can be done, in `catalogue`'s language.
fn menu(app: &AppHandle, catalogue: &Catalogue, lines: &[String]) -> tauri::Result<Menu<Wry>> {
    let mut items: Vec<Box<dyn IsMenuItem<Wry>>> = Vec::new();
    for line in lines {
        items.push(Box::new(MenuItem::new(app, line, false, None::<&str>)?));
    }
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    items.push(Box::new(MenuItem::with_id(
        app,
        SYNC,
        catalogue.text("tray-sync-now"),
        true,
        None::<&str>,
    )?));
    items.push(Box::new(MenuItem::with_id(
        app,
        OPEN,
        catalogue.text("tray-open"),
        true,
        None::<&str>,
    )?));
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    items.push(Box::new(MenuItem::with_id(
        app,
        QUIT,
        catalogue.text("tray-quit"),
        true,
        None::<&str>,
    )?));
    let items: Vec<&dyn IsMenuItem<Wry>> = items.iter().map(|item| item.as_ref()).collect();
    Menu::with_items(app, &items)
}

/// Syncs the account shown, as the window's Sync button does; a failure is told in a
/// notification, the tray having nowhere else to say it (the window's last-sync line says it
/// too).
fn sync(app: &AppHandle) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let Some(service) = app.try_state::<Service>() else {
            return;
        };
        if let Err(error) = service.sync_now(&|_| {}).await {
            let catalogue = service.catalogue();
            let title = catalogue.text("tray-sync-failed");
            crate::host::show_notification(&app, &title, &error.said(&catalogue), None);
        }
    });
}

/// Whether the desktop shows Spool's tray icon. On Linux, where the icon is an AppIndicator
/// (a StatusNotifierItem), that is whether a StatusNotifier host (the panel that draws such
/// icons) is registered with the watcher on the session bus: GNOME has none without its
/// AppIndicator extension. A desktop that draws only the older XEmbed icons counts as none,
/// so Spool quits there when its window closes rather than risk running unseen. Windows and
/// macOS always show it.
#[cfg(target_os = "linux")]
pub fn shown() -> bool {
    use dbus::blocking::Connection;
    use dbus::blocking::stdintf::org_freedesktop_dbus::Properties;
    const WATCHER: &str = "org.kde.StatusNotifierWatcher";
    let Ok(connection) = Connection::new_session() else {
        return false;
    };
    let watcher = connection.with_proxy(
        WATCHER,
        "/StatusNotifierWatcher",
        std::time::Duration::from_secs(1),
    );
    watcher
        .get::<bool>(WATCHER, "IsStatusNotifierHostRegistered")
        .unwrap_or(false)
}

/// Whether the desktop shows Spool's tray icon: Windows and macOS always do.
#[cfg(not(target_os = "linux"))]
pub fn shown() -> bool {
    true
}

/// The catalogue Spool speaks in now; English's before the service is up.
fn catalogue(app: &AppHandle) -> Arc<Catalogue> {
    /// English, for a menu made before the service is up (read once).
    static BEFORE_THE_SERVICE: std::sync::LazyLock<Arc<Catalogue>> =
        std::sync::LazyLock::new(|| {
            Arc::new(Catalogue::bundled(
                spool_i18n::Language::English,
                spool_i18n::NumberStyle::english(),
            ))
        });
    app.try_state::<Service>().map_or_else(
        || Arc::clone(&BEFORE_THE_SERVICE),
        |service| service.catalogue(),
    )
}
