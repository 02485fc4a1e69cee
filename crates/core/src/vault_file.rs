//! `credentials.json`: the [`Vault`] sealed ([`crate::sealing`]), written so that no crash loses
//! it, and read so that no error empties it.
//!
//! - **Sealed.** The file holds `{"vault": <sealed envelope>}`; the key is kept apart by a
//!   [`KeyStore`]: the operating system's credential store (the shell provides it), or, where
//!   none answers, [`KeyFile`], a file in the data folder readable by the user only. A vault
//!   from an older Spool, in plaintext, is sealed when first opened.
//! - **Atomic, with a backup.** Every write goes to a temporary file that is flushed and renamed
//!   over the old one ([`crate::private_file::replace`]), then the same bytes go to
//!   `credentials.json.bak`. A write stopped half-way leaves the old file whole (and a
//!   temporary file, removed at the next start); a main file damaged anyway is restored from
//!   the backup.
//! - **Never emptied by an error.** A file that cannot be read (permissions, I/O) or a key
//!   store that does not answer stops the opening with an error that changes nothing; a file
//!   that is not a vault, or a vault whose key is gone, is set aside as
//!   `credentials.json.damaged-<unix time>` (never overwritten) and the user is told to log in
//!   again.
//! - **Seen only sealed.** Whoever keeps a copy in memory ([`VaultCopy`]: the app's
//!   tauri-plugin-store, whose change event reaches every window) is only ever given the
//!   sealed envelope.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use spool_model::{Sentence, SystemStore};

use crate::locks::lock;
use crate::notice::Notice;
use crate::private_file;
use crate::sealing::{self, KeyHolder, SealError, SealedVault, VaultKey};
use crate::{CredentialStore, StorageError, Vault};

/// The vault's file name, in the data folder.
pub const FILE_NAME: &str = "credentials.json";
/// The last good copy: the same bytes as the vault's file, written after it.
pub const BACKUP_NAME: &str = "credentials.json.bak";
/// The key's file where no credential store answers.
pub const KEY_FILE_NAME: &str = "credentials.key";
/// The key under which the file keeps the vault (as tauri-plugin-store keeps a value).
pub const VAULT_KEY: &str = "vault";

/// Why a key store could not give or keep the vault's key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// No credential store answered, or it refused Spool (not running, locked, access denied).
    #[error("{0}")]
    NotAnswering(String),
    /// What the store holds under Spool's name is not a key Spool made.
    #[error("what it keeps for Spool is not a key")]
    NotAKey,
}

/// Where the vault's key is kept.
pub trait KeyStore: Send + Sync {
    /// Which kind of place this is, as the sealed vault records it.
    fn holder(&self) -> KeyHolder;
    /// The place, as the user is told it.
    fn place(&self) -> KeyPlace;
    /// The key kept, or `None` when none is.
    fn get(&self) -> Result<Option<VaultKey>, KeyError>;
    /// Keeps `key`, replacing any other.
    fn put(&self, key: &VaultKey) -> Result<(), KeyError>;
}

/// Where a vault's key is kept, as the user is told it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyPlace {
    /// The operating system's credential store.
    System(SystemStore),
    /// A file (the key file of the data folder).
    File(PathBuf),
}

impl KeyPlace {
    /// The place's name, as a sentence of the catalogue, which a sentence about it holds.
    pub fn sentence(&self) -> Sentence {
        match self {
            KeyPlace::System(store) => Sentence::of(store.message_id()),
            KeyPlace::File(path) => {
                Sentence::of("key-holder-file").with("path", path.display().to_string())
            }
        }
    }

    /// The credential store this place is, if it is one.
    fn system_store(&self) -> SystemStore {
        match self {
            KeyPlace::System(store) => *store,
            KeyPlace::File(_) => SystemStore::Unnamed,
        }
    }
}

/// The place in English, for the log.
impl std::fmt::Display for KeyPlace {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KeyPlace::System(store) => f.write_str(store.label()),
            KeyPlace::File(path) => write!(f, "the file {}", path.display()),
        }
    }
}

/// The key in a file of the data folder, readable and writable by the user only: where no
/// credential store answers. Whoever can read the data folder can then unseal the vault, as
/// they could read a plaintext one; Settings and the log say so.
#[derive(Debug, Clone)]
pub struct KeyFile {
    path: PathBuf,
}

impl KeyFile {
    /// The key file of the data folder `data_dir`.
    pub fn in_folder(data_dir: &Path) -> Self {
        Self {
            path: data_dir.join(KEY_FILE_NAME),
        }
    }

    /// Where the file is.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl KeyStore for KeyFile {
    fn holder(&self) -> KeyHolder {
        KeyHolder::KeyFile
    }

    fn place(&self) -> KeyPlace {
        KeyPlace::File(self.path.clone())
    }

    fn get(&self) -> Result<Option<VaultKey>, KeyError> {
        match std::fs::read_to_string(&self.path) {
            Ok(text) => VaultKey::from_text(&text)
                .map(Some)
                .map_err(|_| KeyError::NotAKey),
            Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(KeyError::NotAnswering(format!(
                "{}: {error}",
                self.path.display()
            ))),
        }
    }

    fn put(&self, key: &VaultKey) -> Result<(), KeyError> {
        private_file::replace(&self.path, key.to_text().as_bytes())
            .map_err(|error| KeyError::NotAnswering(format!("{}: {error}", self.path.display())))
    }
}

/// Reads and replaces files: the real disk in the app, a failing one in tests (a read error,
/// a full disk) without needing a broken disk or a user that permissions stop.
pub trait Disk: Send + Sync {
    /// The whole file at `path`.
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// Replaces `path` with `bytes` atomically, readable by the user only.
    fn replace(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
}

/// The real disk.
#[derive(Debug, Clone, Copy, Default)]
pub struct RealDisk;

impl Disk for RealDisk {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn replace(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        private_file::replace(path, bytes)
    }
}

/// Whoever keeps the written vault in memory besides the file: the app's tauri-plugin-store
/// (whose `store://change` event carries the value to every window). It is only ever given
/// the sealed envelope.
pub trait VaultCopy: Send + Sync {
    /// The file now holds `sealed` under [`VAULT_KEY`].
    fn written(&self, sealed: &serde_json::Value);
}

/// No copy in memory besides the vault's own.
#[derive(Debug, Clone, Copy, Default)]
pub struct NoCopy;

impl VaultCopy for NoCopy {
    fn written(&self, _sealed: &serde_json::Value) {}
}

/// The places a key may be kept, best first.
pub struct KeyStores {
    /// The operating system's credential store, where the platform has one.
    pub system: Option<Box<dyn KeyStore>>,
    /// The fallback: a file in the data folder.
    pub file: KeyFile,
}

/// How the vault is kept, for Settings and the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Protection {
    /// Sealed with a key in the operating system's credential store.
    SystemStore(SystemStore),
    /// Sealed with a key in this file, because no credential store answered (the reason).
    KeyFile {
        /// The key's file.
        path: PathBuf,
        /// Why not the credential store.
        reason: String,
    },
}

/// What a file held, read with care.
enum Content {
    Missing,
    Empty,
    Plain(Box<Vault>),
    Sealed(SealedVault),
    Damaged,
}

impl Content {
    fn usable(&self) -> bool {
        !matches!(self, Content::Missing | Content::Damaged)
    }
}

/// The vault in `credentials.json`, sealed: the [`CredentialStore`] the app uses.
pub struct SealedStore {
    path: PathBuf,
    backup: PathBuf,
    disk: Box<dyn Disk>,
    key: VaultKey,
    holder: KeyHolder,
    protection: Protection,
    copy: Box<dyn VaultCopy>,
    vault: Mutex<Vault>,
}

impl std::fmt::Debug for SealedStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SealedStore")
            .field("path", &self.path)
            .field("protection", &self.protection)
            .finish_non_exhaustive()
    }
}

/// A store just opened, and what the user must be told about it.
#[derive(Debug)]
pub struct Opened {
    /// The store.
    pub store: SealedStore,
    /// Notices for the window: a file set aside, logins restored from the backup.
    pub notices: Vec<Notice>,
}

impl SealedStore {
    /// Opens the vault in `data_dir`: recovers from a write stopped half-way (the backup, the
    /// temporary file), seals a plaintext vault, sets aside a damaged or unsealable one with a
    /// notice. Fails, changing nothing, when a file cannot be read or the credential store
    /// that holds the key does not answer.
    pub fn open(
        data_dir: &Path,
        keys: KeyStores,
        disk: Box<dyn Disk>,
        copy: Box<dyn VaultCopy>,
    ) -> Result<Opened, StorageError> {
        let path = data_dir.join(FILE_NAME);
        let backup = data_dir.join(BACKUP_NAME);
        let mut notices = Vec::new();
        let mut rewrite = false;

        let main = read(disk.as_ref(), &path)?;
        let content = if main.usable() {
            main
        } else {
            let kept = read(disk.as_ref(), &backup)?;
            if kept.usable() {
                if matches!(main, Content::Damaged) {
                    let kept_at = set_aside(&path)?;
                    notices.push(Notice::CredentialsRestored { kept_at });
                } else {
                    log::warn!("credentials.json was missing; restored from its backup copy");
                }
                rewrite = true;
                kept
            } else {
                if matches!(kept, Content::Damaged) {
                    set_aside(&backup)?;
                }
                if matches!(main, Content::Damaged) {
                    let kept_at = set_aside(&path)?;
                    notices.push(Notice::CredentialsDamaged { kept_at });
                }
                Content::Missing
            }
        };

        let (vault, key, holder, protection) = match content {
            Content::Sealed(sealed) => {
                match unseal_with(&sealed, &keys)? {
                    Some((vault, key, protection)) => (vault, key, sealed.key, protection),
                    None => {
                        // The key is gone or opens nothing: like a damaged file.
                        let kept_at = set_aside(&path)?;
                        if backup.exists() {
                            set_aside(&backup)?;
                        }
                        notices.push(Notice::CredentialsKeyGone {
                            holder: describe_holder(sealed.key, &keys),
                            kept_at,
                        });
                        let (key, holder, protection) = fresh_key(&keys)?;
                        (Vault::default(), key, holder, protection)
                    }
                }
            }
            Content::Plain(vault) => {
                log::info!("sealing the credentials file that an older Spool kept in plaintext");
                rewrite = true;
                let (key, holder, protection) = fresh_key(&keys)?;
                (*vault, key, holder, protection)
            }
            Content::Missing | Content::Empty | Content::Damaged => {
                let (key, holder, protection) = fresh_key(&keys)?;
                (Vault::default(), key, holder, protection)
            }
        };
        if let Protection::KeyFile {
            path: key_path,
            reason,
        } = &protection
        {
            log::warn!(
                "no credential store answered ({reason}): the key that seals Spool's credentials \
                 is kept in {}, readable by you only",
                key_path.display()
            );
        }
        let store = SealedStore {
            path,
            backup,
            disk,
            key,
            holder,
            protection,
            copy,
            vault: Mutex::new(vault),
        };
        store.remove_partial_copies();
        if rewrite {
            let vault = lock(&store.vault).clone();
            store.write(&vault)?;
        }
        for notice in &notices {
            log::warn!("{notice}");
        }
        Ok(Opened { store, notices })
    }

    /// How the vault is kept.
    pub fn how_kept(&self) -> &Protection {
        &self.protection
    }

    /// Seals and writes `vault`: the file, then its backup, then the copy in memory.
    fn write(&self, vault: &Vault) -> Result<(), StorageError> {
        let sealed = sealing::seal(vault, &self.key, self.holder)
            .map_err(|e| StorageError::Credentials(e.to_string()))?;
        let value =
            serde_json::to_value(&sealed).map_err(|e| StorageError::Credentials(e.to_string()))?;
        let bytes = file_bytes(&value)?;
        self.disk.replace(&self.path, &bytes).map_err(|source| {
            StorageError::CredentialsNotWritten {
                path: self.path.clone(),
                source,
            }
        })?;
        if let Err(error) = self.disk.replace(&self.backup, &bytes) {
            // The vault itself is saved; a backup left behind could hold a login just logged
            // out, so it goes (the next save writes it again).
            log::warn!(
                "the credentials' backup copy could not be written ({error}); it was removed"
            );
            let _ = std::fs::remove_file(&self.backup);
        }
        self.copy.written(&value);
        Ok(())
    }

    /// Removes what a write stopped half-way left behind.
    fn remove_partial_copies(&self) {
        for copy in [&self.path, &self.backup]
            .into_iter()
            .flat_map(|path| private_file::partial_copies(path).unwrap_or_default())
        {
            log::warn!(
                "removing {}, left by a write stopped half-way",
                copy.display()
            );
            let _ = std::fs::remove_file(copy);
        }
    }
}

impl CredentialStore for SealedStore {
    fn load(&self) -> Result<Vault, StorageError> {
        Ok(lock(&self.vault).clone())
    }

    fn save(&self, vault: &Vault) -> Result<(), StorageError> {
        let mut kept = lock(&self.vault);
        self.write(vault)?;
        *kept = vault.clone();
        Ok(())
    }

    fn forget_copies(&self) -> Result<usize, StorageError> {
        let folder = self.path.parent().unwrap_or(Path::new("."));
        let fail = |source| StorageError::DataDir {
            path: folder.to_path_buf(),
            source,
        };
        let mut removed = 0;
        let set_aside = format!("{FILE_NAME}.damaged-");
        let partial = private_file::partial_copies(&self.path).map_err(fail)?;
        for entry in std::fs::read_dir(folder).map_err(fail)? {
            let entry = entry.map_err(fail)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with(&set_aside) || partial.contains(&entry.path()) {
                std::fs::remove_file(entry.path()).map_err(fail)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    fn protection(&self) -> Option<Protection> {
        Some(self.protection.clone())
    }
}

/// The vault in `data_dir` as it is on disk, unsealed with the key from where its envelope
/// says, changing nothing (no recovery, no sealing, no key made): for tests and diagnostics.
/// `None` when there is no vault yet.
pub fn peek(data_dir: &Path, keys: &KeyStores) -> Result<Option<Vault>, StorageError> {
    match read(&RealDisk, &data_dir.join(FILE_NAME))? {
        Content::Missing | Content::Empty => Ok(None),
        Content::Plain(vault) => Ok(Some(*vault)),
        Content::Damaged => Err(StorageError::Credentials(
            "the credentials file is not a vault".to_owned(),
        )),
        Content::Sealed(sealed) => match unseal_with(&sealed, keys)? {
            Some((vault, ..)) => Ok(Some(vault)),
            None => Err(StorageError::Credentials(
                "the key kept for the credentials does not open them".to_owned(),
            )),
        },
    }
}

/// The file's bytes for a vault `value`: `{"vault": value}`, as tauri-plugin-store writes a
/// store of one value (pretty JSON).
pub fn file_bytes(value: &serde_json::Value) -> Result<Vec<u8>, StorageError> {
    let mut file = serde_json::Map::new();
    file.insert(VAULT_KEY.to_owned(), value.clone());
    serde_json::to_vec_pretty(&file).map_err(|e| StorageError::Credentials(e.to_string()))
}

/// Reads `path`: a missing file is [`Content::Missing`]; any other error stops the opening.
fn read(disk: &dyn Disk, path: &Path) -> Result<Content, StorageError> {
    let bytes = match disk.read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Content::Missing),
        Err(source) => {
            return Err(StorageError::CredentialsUnreadable {
                path: path.to_path_buf(),
                source,
            });
        }
    };
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
        return Ok(Content::Damaged);
    };
    let Some(object) = json.as_object() else {
        return Ok(Content::Damaged);
    };
    Ok(match object.get(VAULT_KEY) {
        None => Content::Empty,
        Some(value) if SealedVault::is_sealed(value) => {
            match serde_json::from_value::<SealedVault>(value.clone()) {
                Ok(sealed) => Content::Sealed(sealed),
                Err(_) => Content::Damaged,
            }
        }
        Some(value) => match serde_json::from_value::<Vault>(value.clone()) {
            Ok(vault) => Content::Plain(Box::new(vault)),
            Err(_) => Content::Damaged,
        },
    })
}

/// Unseals with the key from where the envelope says it is kept: the vault, or `None` when
/// that key is gone or opens nothing. A store that does not answer, or a vault of a newer
/// Spool, is an error that changes nothing.
fn unseal_with(
    sealed: &SealedVault,
    keys: &KeyStores,
) -> Result<Option<(Vault, VaultKey, Protection)>, StorageError> {
    let (store, protection): (&dyn KeyStore, Protection) = match sealed.key {
        KeyHolder::SystemStore => match &keys.system {
            Some(system) => (
                system.as_ref(),
                Protection::SystemStore(system.place().system_store()),
            ),
            None => {
                return Err(StorageError::KeyUnavailable {
                    holder: KeyPlace::System(SystemStore::Unnamed),
                    reason: "this build of Spool has none".to_owned(),
                });
            }
        },
        KeyHolder::KeyFile => (
            &keys.file,
            Protection::KeyFile {
                path: keys.file.path().to_path_buf(),
                reason: "the credentials were sealed where none answered".to_owned(),
            },
        ),
    };
    let key = match store.get() {
        Ok(Some(key)) => key,
        Ok(None) | Err(KeyError::NotAKey) => return Ok(None),
        Err(KeyError::NotAnswering(reason)) => {
            return Err(StorageError::KeyUnavailable {
                holder: store.place(),
                reason,
            });
        }
    };
    match sealing::unseal(sealed, &key) {
        Ok(vault) => Ok(Some((vault, key, protection))),
        Err(SealError::WrongKeyOrTampered | SealError::NotAVault) => Ok(None),
        Err(error) => Err(StorageError::Credentials(error.to_string())),
    }
}

/// The key for a vault sealed from now on: the credential store's (made there if it has
/// none), or, when it does not answer or does not keep what it is given, the key file's.
fn fresh_key(keys: &KeyStores) -> Result<(VaultKey, KeyHolder, Protection), StorageError> {
    let reason = match &keys.system {
        None => "this platform has none Spool can use".to_owned(),
        Some(system) => match system_key(system.as_ref()) {
            Ok(key) => {
                return Ok((
                    key,
                    KeyHolder::SystemStore,
                    Protection::SystemStore(system.place().system_store()),
                ));
            }
            Err(reason) => reason,
        },
    };
    let fail = |error: KeyError| StorageError::KeyUnavailable {
        holder: keys.file.place(),
        reason: error.to_string(),
    };
    let key = match keys.file.get() {
        Ok(Some(key)) => key,
        Ok(None) | Err(KeyError::NotAKey) => {
            let key = VaultKey::generate().map_err(|e| StorageError::Credentials(e.to_string()))?;
            keys.file.put(&key).map_err(fail)?;
            key
        }
        Err(error) => return Err(fail(error)),
    };
    Ok((
        key,
        KeyHolder::KeyFile,
        Protection::KeyFile {
            path: keys.file.path().to_path_buf(),
            reason,
        },
    ))
}

/// The credential store's key, made and kept there if it has none; the reason when it cannot.
fn system_key(system: &dyn KeyStore) -> Result<VaultKey, String> {
    match system.get() {
        Ok(Some(key)) => return Ok(key),
        Ok(None) | Err(KeyError::NotAKey) => {}
        Err(error) => return Err(error.to_string()),
    }
    let key = VaultKey::generate().map_err(|e| e.to_string())?;
    system.put(&key).map_err(|e| e.to_string())?;
    // Some stores take a secret and keep nothing (a Secret Service without a collection).
    match system.get() {
        Ok(Some(kept)) if kept == key => Ok(key),
        Ok(_) => Err(format!("{} did not keep the key", system.place())),
        Err(error) => Err(error.to_string()),
    }
}

fn describe_holder(holder: KeyHolder, keys: &KeyStores) -> KeyPlace {
    match (holder, &keys.system) {
        (KeyHolder::SystemStore, Some(system)) => system.place(),
        (KeyHolder::SystemStore, None) => KeyPlace::System(SystemStore::Unnamed),
        (KeyHolder::KeyFile, _) => keys.file.place(),
    }
}

/// Moves `path` to `<name>.damaged-<unix time>` beside it (a free name: never over another
/// copy) and returns where it went.
fn set_aside(path: &Path) -> Result<PathBuf, StorageError> {
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| FILE_NAME.to_owned());
    // Named after the vault's file, so every copy is found and removed alike.
    let name = name.trim_end_matches(".bak");
    let stamp = chrono::Utc::now().timestamp();
    let mut copy = path.with_file_name(format!("{name}.damaged-{stamp}"));
    let mut n = 1;
    while copy.exists() {
        copy = path.with_file_name(format!("{name}.damaged-{stamp}-{n}"));
        n += 1;
    }
    std::fs::rename(path, &copy).map_err(|source| StorageError::CredentialsNotWritten {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(copy)
}

#[cfg(test)]
mod tests;
