//! What Spool writes to its log file: start-up, syncs and logins, in the platform's log folder
//! (Linux: `~/.local/share/app.spool.desktop/logs`, macOS: `~/Library/Logs/app.spool.desktop`,
//! Windows: `%LOCALAPPDATA%\app.spool.desktop\logs`), rotated by size.
//!
//! Nothing secret may reach a log line. The lines about logins and syncs are made by the app
//! service (`spool_core::app`, the one module of another crate logged at `info`) from values
//! that also cross into the window, which are token-free by construction: Threads' answers are
//! redacted in `threads-api`, and the end-to-end tests check that no token reaches the window
//! or the log file. Other crates log warnings only, so a request address, which carries the
//! token, never does either.

use log::LevelFilter;
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

/// The log file's name, without `.log`.
const FILE_NAME: &str = "spool";
/// A log file is set aside when it reaches this size...
const MAX_FILE_BYTES: u128 = 1024 * 1024;
/// ...and this many files are kept in all, the one being written included.
const KEPT_FILES: usize = 5;

/// The log plugin: Spool's own events at `info`, everything else at `warn`, to the rotating
/// file and to standard error (seen when Spool is started from a terminal).
pub fn plugin<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([
            Target::new(TargetKind::LogDir {
                file_name: Some(FILE_NAME.to_owned()),
            }),
            Target::new(TargetKind::Stderr),
        ])
        .level(LevelFilter::Warn)
        .level_for(env!("CARGO_CRATE_NAME"), LevelFilter::Info)
        .level_for("spool_core::app", LevelFilter::Info)
        .max_file_size(MAX_FILE_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(KEPT_FILES))
        .timezone_strategy(tauri_plugin_log::TimezoneStrategy::UseLocal)
        .build()
}
