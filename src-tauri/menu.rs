//! The application menu macOS expects of every app: Spool (About, Settings…, Services, Hide,
//! Quit), Edit (so that undo, cut, copy, paste and select all work in text fields, which on
//! macOS go through the menu), View and Window. Tauri's default macOS menu has no Settings…,
//! so Spool sets its own. Windows and Linux windows carry no menu bar: Spool's screens are in
//! its sidebar.

use tauri::AppHandle;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem, Submenu};

/// The menu item's id for Settings…, which is also the screen it asks for.
const SETTINGS: &str = "settings";

/// Sets the application menu and answers its Settings… (⌘,) by showing Settings.
pub fn set(app: &AppHandle) -> tauri::Result<()> {
    let separator = || PredefinedMenuItem::separator(app);
    let settings = MenuItem::with_id(app, SETTINGS, "Settings…", true, Some("CmdOrCtrl+,"))?;
    let spool = Submenu::with_items(
        app,
        "Spool",
        true,
        &[
            &PredefinedMenuItem::about(app, Some("About Spool"), None)?,
            &separator()?,
            &settings,
            &separator()?,
            &PredefinedMenuItem::services(app, None)?,
            &separator()?,
            &PredefinedMenuItem::hide(app, None)?,
            &PredefinedMenuItem::hide_others(app, None)?,
            &PredefinedMenuItem::show_all(app, None)?,
            &separator()?,
            &PredefinedMenuItem::quit(app, None)?,
        ],
    )?;
    let edit = Submenu::with_items(
        app,
        "Edit",
        true,
        &[
            &PredefinedMenuItem::undo(app, None)?,
            &PredefinedMenuItem::redo(app, None)?,
            &separator()?,
            &PredefinedMenuItem::cut(app, None)?,
            &PredefinedMenuItem::copy(app, None)?,
            &PredefinedMenuItem::paste(app, None)?,
            &PredefinedMenuItem::select_all(app, None)?,
        ],
    )?;
    let view = Submenu::with_items(
        app,
        "View",
        true,
        &[&PredefinedMenuItem::fullscreen(app, None)?],
    )?;
    let window = Submenu::with_items(
        app,
        "Window",
        true,
        &[
            &PredefinedMenuItem::minimize(app, None)?,
            &PredefinedMenuItem::maximize(app, None)?,
            &separator()?,
            &PredefinedMenuItem::close_window(app, None)?,
        ],
    )?;
    app.set_menu(Menu::with_items(app, &[&spool, &edit, &view, &window])?)?;
    app.on_menu_event(|app, event| {
        if event.id() == SETTINGS {
            // Opened first if it was closed to the menu bar.
            crate::window::open(app, Some(SETTINGS));
        }
    });
    Ok(())
}
