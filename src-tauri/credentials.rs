//! The credential store: tauri-plugin-store's `credentials.json` in the data folder, a file only
//! the user can read. A damaged file is set aside (never overwritten) and Spool starts without it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use spool_core::{CredentialStore, StorageError, Vault, private_file};
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::{Store, StoreBuilder};

/// The file name, in the data folder.
pub const FILE_NAME: &str = "credentials.json";
const KEY: &str = "vault";

/// The vault kept by tauri-plugin-store.
pub struct PluginStore<R: Runtime> {
    store: Arc<Store<R>>,
    path: PathBuf,
}

impl<R: Runtime> PluginStore<R> {
    /// Opens the store in `data_dir`; returns a notice for the user when a damaged file had to
    /// be set aside.
    pub fn open(
        app: &AppHandle<R>,
        data_dir: &Path,
    ) -> Result<(Self, Option<String>), StorageError> {
        let path = data_dir.join(FILE_NAME);
        let notice = set_aside_if_damaged(&path)?;
        if !path.exists() {
            // Made private before the plugin ever writes it; its writes keep the mode.
            private_file::write(&path, b"{}").map_err(|e| io_error(&path, &e))?;
        }
        private_file::restrict(&path).map_err(|e| io_error(&path, &e))?;
        let store = StoreBuilder::new(app, FILE_NAME)
            .disable_auto_save()
            .build()
            .map_err(|e| StorageError::Credentials(e.to_string()))?;
        Ok((Self { store, path }, notice))
    }
}

impl<R: Runtime> CredentialStore for PluginStore<R> {
    fn load(&self) -> Result<Vault, StorageError> {
        match self.store.get(KEY) {
            None => Ok(Vault::default()),
            Some(value) => serde_json::from_value(value)
                .map_err(|e| StorageError::Credentials(format!("{}: {e}", self.path.display()))),
        }
    }

    fn save(&self, vault: &Vault) -> Result<(), StorageError> {
        let value =
            serde_json::to_value(vault).map_err(|e| StorageError::Credentials(e.to_string()))?;
        self.store.set(KEY, value);
        self.store
            .save()
            .map_err(|e| StorageError::Credentials(e.to_string()))?;
        private_file::restrict(&self.path).map_err(|e| io_error(&self.path, &e))
    }
}

fn io_error(path: &Path, error: &std::io::Error) -> StorageError {
    StorageError::Credentials(format!("{}: {error}", path.display()))
}

/// Moves a file that is not a readable vault to `credentials.json.damaged-<unix time>`.
fn set_aside_if_damaged(path: &Path) -> Result<Option<String>, StorageError> {
    let Ok(bytes) = std::fs::read(path) else {
        return Ok(None);
    };
    let readable = serde_json::from_slice::<serde_json::Value>(&bytes)
        .ok()
        .is_some_and(|json| match json.get(KEY) {
            None => json.is_object(),
            Some(vault) => serde_json::from_value::<Vault>(vault.clone()).is_ok(),
        });
    if readable {
        return Ok(None);
    }
    let stamp = chrono::Utc::now().timestamp();
    let copy = path.with_file_name(format!("{FILE_NAME}.damaged-{stamp}"));
    std::fs::rename(path, &copy).map_err(|e| io_error(path, &e))?;
    Ok(Some(format!(
        "Spool's credentials file was damaged, so Spool started without it and kept a copy at \
         {}. Log in to your accounts again; your history is unaffected.",
        copy.display()
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("spool-credentials-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        dir
    }

    #[test]
    fn a_damaged_file_is_set_aside_with_a_copy_and_a_notice() {
        let dir = scratch("damaged");
        let path = dir.join(FILE_NAME);
        std::fs::write(&path, b"{\"vault\": {\"accounts\": [tru").expect("written");
        let notice = set_aside_if_damaged(&path)
            .expect("handled")
            .expect("a notice");
        assert!(
            !path.exists(),
            "the damaged file no longer blocks the start"
        );
        let copies: Vec<_> = std::fs::read_dir(&dir)
            .expect("listed")
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().contains(".damaged-"))
            .collect();
        assert_eq!(copies.len(), 1);
        assert_eq!(
            std::fs::read(copies[0].path()).expect("kept"),
            b"{\"vault\": {\"accounts\": [tru"
        );
        assert!(notice.contains("kept a copy"), "{notice}");
    }

    #[test]
    fn a_readable_file_is_left_alone() {
        let dir = scratch("readable");
        let path = dir.join(FILE_NAME);
        std::fs::write(
            &path,
            b"{\"vault\": {\"app\": null, \"accounts\": [], \"current\": null}}",
        )
        .expect("written");
        assert_eq!(set_aside_if_damaged(&path).expect("handled"), None);
        std::fs::write(&path, b"{}").expect("written");
        assert_eq!(set_aside_if_damaged(&path).expect("handled"), None);
        assert!(path.exists());
    }
}
