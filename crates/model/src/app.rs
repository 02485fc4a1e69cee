//! What the app says about itself.

use serde::{Deserialize, Serialize};
use specta::Type;

/// The app's version and where it keeps its files and logs, shown in Settings → About.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AppInfo {
    /// Spool's version, as released.
    pub version: String,
    /// The folder holding the history database and settings.
    pub data_dir: String,
    /// The folder holding Spool's log files, for a user asked to send them.
    pub log_dir: String,
    /// The operating system Spool runs on, in its own words ("linux", "macos", "windows").
    pub os: String,
}
