//! Spool's native shell: a thin layer that turns `spool-core` into Tauri commands and events.

mod bindings;
mod commands;

use tauri::Manager;

pub use bindings::render_bindings;

/// Every command and event the interface may use, declared once: the invoke handler and the
/// generated `ui/src/bindings.rs` both come from this builder.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![commands::app_info])
}

/// Starts Spool: opens the data folder, registers the commands and shows the window.
pub fn run() {
    let builder = specta_builder();
    let result = tauri::Builder::default()
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            let data_dir = app.path().app_data_dir()?;
            let library = spool_core::Library::open(data_dir)?;
            app.manage(library);
            Ok(())
        })
        .run(tauri::generate_context!());
    if let Err(error) = result {
        // Nothing is on screen to show this in: the terminal or the system log is all there is.
        eprintln!("Spool could not start: {error}");
        std::process::exit(1);
    }
}
