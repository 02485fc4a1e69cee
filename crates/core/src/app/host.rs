//! What only the shell around the service can do: speak to the window and the desktop.

use std::future::Future;
use std::path::PathBuf;

use spool_model::{AccountSummary, Notification, SyncSummary};

/// A kind of file a save dialog offers: its name for people and its extension.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileKind {
    /// What the dialog calls it ("PNG image"), in the language Spool speaks.
    pub label: String,
    /// Its extension, without the dot.
    pub extension: &'static str,
}

/// The desktop around Spool's service: the Tauri shell in the app, a recording double in tests.
///
/// Each method is something a library cannot do by itself. None of them may block for long:
/// they are called from async tasks.
pub trait Host: Send + Sync + 'static {
    /// Tells every window that the accounts changed (one added, switched to, logged out, or
    /// waiting for a new login). Lost if no window listens: windows reload on their next call.
    fn accounts_changed(&self, accounts: &[AccountSummary]);

    /// Tells every window that a sync of the account with this id ended, and how.
    fn synced(&self, account_id: &str, summary: &SyncSummary);

    /// Tells every window something the user should read that answers no command of theirs:
    /// a fault in Spool's background work, say. Lost if no window listens.
    fn notice(&self, text: &str);

    /// Shows `notification` through the desktop's own notifications; clicking it opens its
    /// place in the window. Lost, and logged, where the desktop takes none.
    fn notify(&self, notification: &Notification);

    /// The languages the system prefers, first first, as tags ("de-AT", "zh_TW.UTF-8"): the
    /// catalogue follows the first Spool speaks unless Settings choose one. A host that
    /// knows none gets English.
    fn system_languages(&self) -> Vec<String> {
        Vec::new()
    }

    /// Whether the desktop shows Spool's tray icon (where it does not, closing the window
    /// quits). A host without a tray says no.
    fn tray_shown(&self) -> bool {
        false
    }

    /// Whether Spool starts when the user logs in to the computer; the error says why that
    /// could not be read. A host that cannot start Spool at login says no.
    fn starts_at_login(&self) -> Result<bool, String> {
        Ok(false)
    }

    /// Makes Spool start, or no longer start, when the user logs in; the error says why it
    /// could not.
    fn set_start_at_login(&self, on: bool) -> Result<(), String> {
        let _ = on;
        Err("this desktop cannot start Spool at login".to_owned())
    }

    /// Asks the user where to save a file, proposing `name`; `None` when they cancel.
    fn choose_save_path(
        &self,
        name: &str,
        kind: FileKind,
    ) -> impl Future<Output = Option<PathBuf>> + Send;

    /// Asks the user for a folder (where scheduled reports go); `None` when they cancel. A
    /// host without dialogs has none to offer.
    fn choose_folder(&self) -> impl Future<Output = Option<PathBuf>> + Send {
        async { None }
    }

    /// Opens `url` in the user's browser; the error says why it could not.
    fn open_url(&self, url: &str) -> Result<(), String>;

    /// Puts an image on the clipboard, as RGBA pixels; the error says why it could not.
    fn copy_image(&self, rgba: Vec<u8>, width: u32, height: u32) -> Result<(), String>;
}
