//! The desktop as the app service sees it: events to the window, the save dialog, the
//! browser and the clipboard, through Tauri and its plugins.

use std::path::PathBuf;

use spool_core::{FileKind, Host};
use spool_model::{AccountSummary, SyncSummary};
use tauri::AppHandle;
use tauri_plugin_clipboard_manager::ClipboardExt;
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use tauri_specta::Event;

use crate::events::{AccountsChanged, Notice, Synced};

/// The Tauri app that Spool's service runs in.
pub struct TauriHost {
    app: AppHandle,
}

impl TauriHost {
    /// The host of the app `app`.
    pub fn new(app: AppHandle) -> Self {
        Self { app }
    }
}

impl Host for TauriHost {
    fn accounts_changed(&self, accounts: &[AccountSummary]) {
        // The window reloads the list on its next command if the event is lost.
        let _ = AccountsChanged(accounts.to_vec()).emit(&self.app);
    }

    fn synced(&self, _account_id: &str, summary: &SyncSummary) {
        // The window refreshes its last sync on its next command if the event is lost.
        let _ = Synced(summary.clone()).emit(&self.app);
    }

    fn notice(&self, text: &str) {
        // Lost if no window listens; the log has the fault itself.
        let _ = Notice(text.to_owned()).emit(&self.app);
    }

    async fn choose_save_path(&self, name: &str, kind: FileKind) -> Option<PathBuf> {
        // Test builds only (`test_hooks`): the product always asks.
        if let Some(path) = crate::test_hooks::var(crate::test_hooks::SAVE_PATH) {
            let path = PathBuf::from(path);
            return Some(if path.is_dir() { path.join(name) } else { path });
        }
        let (chosen, choice) = tokio::sync::oneshot::channel();
        self.app
            .dialog()
            .file()
            .set_file_name(name)
            .add_filter(kind.label, &[kind.extension])
            .save_file(move |path| {
                let _ = chosen.send(path.and_then(|p| p.into_path().ok()));
            });
        choice.await.ok().flatten()
    }

    fn open_url(&self, url: &str) -> Result<(), String> {
        self.app
            .opener()
            .open_url(url, None::<&str>)
            .map_err(|e| e.to_string())
    }

    fn copy_image(&self, rgba: Vec<u8>, width: u32, height: u32) -> Result<(), String> {
        self.app
            .clipboard()
            .write_image(&tauri::image::Image::new_owned(rgba, width, height))
            .map_err(|e| e.to_string())
    }
}
