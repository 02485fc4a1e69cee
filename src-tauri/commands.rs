//! The commands the interface calls. Each is declared in `build.rs`, allowed in
//! `capabilities/`, registered in [`crate::specta_builder`] and typed in `ui/src/bindings.rs`.

use spool_core::Library;
use spool_model::AppInfo;
use tauri::State;

/// Spool's version and where it keeps its data, for Settings → About.
#[tauri::command]
#[specta::specta]
pub fn app_info(library: State<'_, Library>) -> AppInfo {
    library.app_info(env!("CARGO_PKG_VERSION"))
}
