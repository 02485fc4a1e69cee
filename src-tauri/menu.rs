//! The application menu macOS expects of every app: Spool (About, Settings…, Services, Hide,
//! Quit), Edit (so that undo, cut, copy, paste and select all work in text fields, which on
//! macOS go through the menu), View and Window. Tauri's default macOS menu has no Settings…,
//! so Spool sets its own. Windows and Linux windows carry no menu bar: Spool's screens are in
//! its sidebar. Every item is named in the language Spool speaks, and named again when the
//! creator chooses another ([`set`]).

use spool_i18n::Catalogue;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Manager};

use crate::commands::Service;

/// The menu item's id for Settings…, which is also the screen it asks for.
const SETTINGS: &str = "settings";

/// Sets the application menu and answers its Settings… (⌘,) by showing Settings. Called once
/// the service runs, whose catalogue names the items.
pub fn start(app: &AppHandle) -> tauri::Result<()> {
    set(app)?;
    app.on_menu_event(|app, event| {
        if event.id() == SETTINGS {
            // Opened first if it was closed to the menu bar.
            crate::window::open(app, Some(SETTINGS));
        }
    });
    Ok(())
}

/// Sets the application menu, in the language Spool speaks now: at start, and again when the
/// creator chooses another language.
pub fn set(app: &AppHandle) -> tauri::Result<()> {
    let Some(spool) = app.try_state::<Service>() else {
        return Ok(());
    };
    let catalogue = spool.catalogue();
    app.set_menu(menu(app, &catalogue)?)?;
    Ok(())
}

/// The menu, its items named by `catalogue`.
fn menu(app: &AppHandle, catalogue: &Catalogue) -> tauri::Result<Menu<tauri::Wry>> {
    let name = |id: &str| catalogue.text(id);
    let separator = || PredefinedMenuItem::separator(app);
    let settings = MenuItem::with_id(
        app,
        SETTINGS,
        name("menu-settings"),
        true,
        Some("CmdOrCtrl+,"),
    )?;
    let spool = Submenu::with_items(
        app,
        "Spool",
        true,
        &[
            &PredefinedMenuItem::about(app, Some(&name("menu-about")), None)?,
            &separator()?,
            &settings,
            &separator()?,
            &PredefinedMenuItem::services(app, Some(&name("menu-services")))?,
            &separator()?,
            &PredefinedMenuItem::hide(app, Some(&name("menu-hide")))?,
            &PredefinedMenuItem::hide_others(app, Some(&name("menu-hide-others")))?,
            &PredefinedMenuItem::show_all(app, Some(&name("menu-show-all")))?,
            &separator()?,
            &PredefinedMenuItem::quit(app, Some(&name("menu-quit")))?,
        ],
    )?;
    let edit = Submenu::with_items(
        app,
        name("menu-edit"),
        true,
        &[
            &PredefinedMenuItem::undo(app, Some(&name("menu-undo")))?,
            &PredefinedMenuItem::redo(app, Some(&name("menu-redo")))?,
            &separator()?,
            &PredefinedMenuItem::cut(app, Some(&name("menu-cut")))?,
            &PredefinedMenuItem::copy(app, Some(&name("menu-copy")))?,
            &PredefinedMenuItem::paste(app, Some(&name("menu-paste")))?,
            &PredefinedMenuItem::select_all(app, Some(&name("menu-select-all")))?,
        ],
    )?;
    let view = Submenu::with_items(
        app,
        name("menu-view"),
        true,
        &[&PredefinedMenuItem::fullscreen(
            app,
            Some(&name("menu-full-screen")),
        )?],
    )?;
    let window = Submenu::with_items(
        app,
        name("menu-window"),
        true,
        &[
            &PredefinedMenuItem::minimize(app, Some(&name("menu-minimize")))?,
            &PredefinedMenuItem::maximize(app, Some(&name("menu-zoom")))?,
            &separator()?,
            &PredefinedMenuItem::close_window(app, Some(&name("menu-close-window")))?,
        ],
    )?;
    Menu::with_items(app, &[&spool, &edit, &view, &window])
}
