//! The credential store: `credentials.json` in the data folder, sealed by spool-core
//! ([`spool_core::vault_file`]) with a key the operating system's credential store keeps
//! (macOS Keychain, Windows Credential Manager, the Secret Service on Linux, through the
//! `keyring` crate), or a key file where none answers.
//!
//! tauri-plugin-store keeps the vault's value in memory and announces each change with its
//! `store://change` event, which every window may hear: it is only ever given the sealed
//! envelope. Its own saving (an in-place rewrite, again at exit) is not used: the store is taken
//! out of the plugin's list once built, and spool-core writes the file atomically with a backup.

use std::path::Path;
use std::sync::Arc;

use spool_core::StorageError;
#[cfg(any(target_os = "linux", target_os = "macos", windows))]
use spool_core::sealing::{KeyHolder, VaultKey};
use spool_core::vault_file::{
    self, KeyFile, KeyStore, KeyStores, Opened, RealDisk, SealedStore, VaultCopy,
};
#[cfg(any(target_os = "linux", target_os = "macos", windows))]
use spool_core::vault_file::{KeyError, KeyPlace};
#[cfg(any(target_os = "linux", target_os = "macos", windows))]
use spool_model::SystemStore;
use tauri::{AppHandle, Runtime};
use tauri_plugin_store::{Store, StoreBuilder};

/// The name the key is kept under in the credential store: Spool's identifier as the
/// service, and the data folder as the account, so each data folder has a key of its own.
const KEYRING_SERVICE: &str = "app.spool.desktop";

/// Opens the vault in `data_dir` (recovering, sealing or setting aside what needs it) and
/// returns it with what the user must be told.
pub fn open<R: Runtime>(
    app: &AppHandle<R>,
    data_dir: &Path,
) -> Result<(SealedStore, Vec<spool_core::Notice>), StorageError> {
    let store = StoreBuilder::new(app, vault_file::FILE_NAME)
        .disable_auto_save()
        .build()
        .map_err(|e| StorageError::Credentials(e.to_string()))?;
    // Out of the plugin's list, so it never rewrites the file in place when Spool exits; the
    // value and its change event stay.
    store.close_resource();
    open_with(data_dir, Box::new(PluginCopy(store)))
}

/// Opens the vault in `data_dir` with no Tauri app around it (`spool report`): no window
/// hears of its changes, so no copy is kept.
pub fn open_without_app(
    data_dir: &Path,
) -> Result<(SealedStore, Vec<spool_core::Notice>), StorageError> {
    open_with(data_dir, Box::new(vault_file::NoCopy))
}

fn open_with(
    data_dir: &Path,
    copy: Box<dyn VaultCopy>,
) -> Result<(SealedStore, Vec<spool_core::Notice>), StorageError> {
    let keys = KeyStores {
        system: system_key_store(data_dir),
        file: KeyFile::in_folder(data_dir),
    };
    let Opened { store, notices } = SealedStore::open(data_dir, keys, Box::new(RealDisk), copy)?;
    Ok((store, notices))
}

/// tauri-plugin-store's copy of the vault: the sealed envelope, set after each write.
struct PluginCopy<R: Runtime>(Arc<Store<R>>);

impl<R: Runtime> VaultCopy for PluginCopy<R> {
    fn written(&self, sealed: &serde_json::Value) {
        self.0.set(vault_file::VAULT_KEY, sealed.clone());
    }
}

/// The operating system's credential store, keeping the key of the vault in `data_dir`;
/// `None` on a platform Spool has none for.
pub fn system_key_store(data_dir: &Path) -> Option<Box<dyn KeyStore>> {
    #[cfg(any(target_os = "linux", target_os = "macos", windows))]
    return Some(Box::new(SystemKeyring {
        account: data_dir.display().to_string(),
    }));
    #[cfg(not(any(target_os = "linux", target_os = "macos", windows)))]
    {
        let _ = data_dir;
        None
    }
}

/// The key in the credential store, through the `keyring` crate.
#[cfg(any(target_os = "linux", target_os = "macos", windows))]
struct SystemKeyring {
    account: String,
}

#[cfg(any(target_os = "linux", target_os = "macos", windows))]
impl SystemKeyring {
    fn entry(&self) -> Result<keyring::Entry, KeyError> {
        keyring::Entry::new(KEYRING_SERVICE, &self.account)
            .map_err(|e| KeyError::NotAnswering(e.to_string()))
    }
}

#[cfg(any(target_os = "linux", target_os = "macos", windows))]
impl KeyStore for SystemKeyring {
    fn holder(&self) -> KeyHolder {
        KeyHolder::SystemStore
    }

    fn place(&self) -> KeyPlace {
        KeyPlace::System(if cfg!(target_os = "macos") {
            SystemStore::MacosKeychain
        } else if cfg!(windows) {
            SystemStore::WindowsCredentialManager
        } else {
            SystemStore::SecretService
        })
    }

    fn get(&self) -> Result<Option<VaultKey>, KeyError> {
        match self.entry()?.get_password() {
            Ok(text) => VaultKey::from_text(&text)
                .map(Some)
                .map_err(|_| KeyError::NotAKey),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(error) => Err(KeyError::NotAnswering(error.to_string())),
        }
    }

    fn put(&self, key: &VaultKey) -> Result<(), KeyError> {
        self.entry()?
            .set_password(&key.to_text())
            .map_err(|e| KeyError::NotAnswering(e.to_string()))
    }
}
