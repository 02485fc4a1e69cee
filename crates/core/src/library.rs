//! The folder where Spool keeps a creator's history and settings, and the lock that keeps it
//! to one running Spool.

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use spool_model::{AppInfo, SecretsKept};

/// A failure to read or write Spool's own files.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    /// The data folder could not be created or made private.
    #[error("Spool could not prepare its data folder {path}: {source}")]
    DataDir {
        /// The folder Spool tried to use.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// Another Spool (another process, or another service in this one) holds the data folder.
    #[error(
        "Another copy of Spool is already running with the data folder {path}. Switch to its \
         window (or close it and start Spool again): two copies would write over each other's \
         files."
    )]
    InUse {
        /// The data folder.
        path: PathBuf,
    },
    /// The credentials file could not be read or written.
    #[error("Spool could not read or write its credentials file: {0}")]
    Credentials(String),
    /// The credentials file is there but could not be read (permissions, a disk error): Spool
    /// changed nothing rather than start without the logins and later overwrite them.
    #[error(
        "Spool could not read its credentials file {path}: {source}. Nothing was changed: make \
         the file readable by you (or repair the disk), then start Spool again."
    )]
    CredentialsUnreadable {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The credentials file could not be written (a full disk, permissions): the change was
    /// not saved and the file is as it was.
    #[error(
        "Spool could not save its credentials file {path}: {source}. Nothing was changed: free \
         some space or check the data folder's permissions, then try again."
    )]
    CredentialsNotWritten {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The key that seals the credentials could not be had: its store did not answer.
    #[error(
        "Spool could not get the key that seals its credentials from {holder}: {reason}. Your \
         logins are kept as they were: unlock or start {holder}, then start Spool again."
    )]
    KeyUnavailable {
        /// Where the key is kept.
        holder: crate::vault_file::KeyPlace,
        /// What it said.
        reason: String,
    },
    /// The account is not (or no longer) known.
    #[error("that account is not known to Spool; it may have been logged out")]
    UnknownAccount,
}

/// The file in the data folder whose lock marks the folder as in use. It holds nothing; the
/// operating system releases the lock when its Spool ends, however it ends.
pub const LOCK_FILE: &str = "spool.lock";

/// The data folder of one Spool installation: history, settings and credentials live below it.
/// While any clone of it lives, the folder is locked to this Spool (see [`Library::open`]).
#[derive(Debug, Clone)]
pub struct Library {
    root: PathBuf,
    /// The open lock file, locked exclusively; the lock ends when the last clone is dropped.
    _lock: Arc<File>,
}

impl Library {
    /// Opens the data folder at `root`, creating it readable by the current user only, and
    /// locks it to this Spool: an exclusive lock held by the operating system on
    /// [`LOCK_FILE`], taken before any other file in it is opened. Where another Spool holds
    /// it already, this answers [`StorageError::InUse`] and opens nothing, so two copies of
    /// Spool never write the same files (whether or not a desktop session could tell the
    /// second copy that the first runs).
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, StorageError> {
        let root = root.into();
        let fail = |source| StorageError::DataDir {
            path: root.clone(),
            source,
        };
        std::fs::create_dir_all(&root).map_err(fail)?;
        make_private(&root).map_err(fail)?;
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(root.join(LOCK_FILE))
            .map_err(fail)?;
        match lock.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Err(StorageError::InUse { path: root }),
            Err(TryLockError::Error(source)) => return Err(fail(source)),
        }
        Ok(Self {
            root,
            _lock: Arc::new(lock),
        })
    }

    /// The data folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Deletes the files "Remove all data" leaves no trace of besides the credentials and the
    /// history (which their owners empty): the login certificate and its key, and copies of
    /// damaged files set aside at start-up. Returns how many files went.
    pub fn remove_leftovers(&self) -> Result<usize, StorageError> {
        let fail = |source| StorageError::DataDir {
            path: self.root.clone(),
            source,
        };
        let mut removed = 0;
        for entry in std::fs::read_dir(&self.root).map_err(fail)? {
            let entry = entry.map_err(fail)?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let leftover = name == "login-certificate.pem"
                || name == "login-key.pem"
                || name.contains(".damaged-");
            if leftover && entry.path().is_file() {
                std::fs::remove_file(entry.path()).map_err(fail)?;
                removed += 1;
            }
        }
        Ok(removed)
    }

    /// What Settings → About shows: the version of the app, where its data lives and where
    /// its logs are written (`log_dir`, which the platform decides).
    /// `secrets` says how the credentials are kept.
    pub fn app_info(&self, version: &str, log_dir: &Path, secrets: SecretsKept) -> AppInfo {
        AppInfo {
            version: version.to_owned(),
            data_dir: self.root.display().to_string(),
            log_dir: log_dir.display().to_string(),
            os: std::env::consts::OS.to_owned(),
            secrets,
        }
    }
}

/// Where the data folder is when the platform's place for it is `preferred` and an earlier
/// Spool kept it at `earlier` (on Windows: the local application data folder now, the roaming
/// one before, where a SQLite history must not be, as roaming profiles are copied between
/// computers while in use). Moves the earlier folder to the preferred place when only the
/// earlier one exists; if that fails (another copy of Spool still has it open), the earlier
/// folder stays in use, whole, and the error says why. Nothing is ever merged or overwritten:
/// a folder at the preferred place is used as it is.
pub fn settle_data_folder(preferred: &Path, earlier: &Path) -> (PathBuf, Option<std::io::Error>) {
    if preferred == earlier || preferred.exists() || !earlier.is_dir() {
        return (preferred.to_path_buf(), None);
    }
    let moved = preferred
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|()| std::fs::rename(earlier, preferred));
    match moved {
        Ok(()) => (preferred.to_path_buf(), None),
        Err(error) => (earlier.to_path_buf(), Some(error)),
    }
}

/// Tokens and history are the creator's alone: on Unix the folder is closed to other users.
#[cfg(unix)]
fn make_private(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

/// On Windows and macOS the per-user application data folder is already private to the user.
#[cfg(not(unix))]
fn make_private(_dir: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use spool_model::{CommandError, ErrorKind};

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("spool-core-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn an_earlier_data_folder_moves_to_the_preferred_place_whole() {
        let base = scratch("settle-move");
        let (earlier, preferred) = (base.join("Roaming/spool"), base.join("Local/spool"));
        std::fs::create_dir_all(&earlier).expect("earlier");
        std::fs::write(earlier.join("history.sqlite"), b"history").expect("history");
        let (used, failed) = settle_data_folder(&preferred, &earlier);
        assert_eq!(used, preferred);
        assert!(failed.is_none());
        assert_eq!(
            std::fs::read(preferred.join("history.sqlite")).expect("moved"),
            b"history"
        );
        assert!(!earlier.exists());
        std::fs::remove_dir_all(&base).expect("cleaned");
    }

    #[test]
    fn a_folder_at_the_preferred_place_is_used_and_the_earlier_one_left_alone() {
        let base = scratch("settle-both");
        let (earlier, preferred) = (base.join("Roaming/spool"), base.join("Local/spool"));
        for (folder, text) in [(&earlier, "old"), (&preferred, "new")] {
            std::fs::create_dir_all(folder).expect("folder");
            std::fs::write(folder.join("history.sqlite"), text).expect("history");
        }
        assert_eq!(settle_data_folder(&preferred, &earlier).0, preferred);
        assert_eq!(
            std::fs::read(earlier.join("history.sqlite")).expect("kept"),
            b"old"
        );
        assert_eq!(
            std::fs::read(preferred.join("history.sqlite")).expect("kept"),
            b"new"
        );
        // Nothing anywhere yet: the preferred place, made later by `Library::open`.
        let fresh = base.join("fresh");
        let (used, failed) = settle_data_folder(&fresh.join("Local"), &fresh.join("Roaming"));
        assert_eq!(used, fresh.join("Local"));
        assert!(failed.is_none());
        assert!(!fresh.exists());
        std::fs::remove_dir_all(&base).expect("cleaned");
    }

    #[test]
    fn an_earlier_folder_that_cannot_move_stays_in_use_with_the_reason() {
        let base = scratch("settle-stuck");
        let earlier = base.join("Roaming/spool");
        std::fs::create_dir_all(&earlier).expect("earlier");
        std::fs::write(earlier.join("history.sqlite"), b"history").expect("history");
        // The preferred place's parent is a file: no folder can be made there.
        std::fs::write(base.join("Local"), b"").expect("a file in the way");
        let (used, failed) = settle_data_folder(&base.join("Local/spool"), &earlier);
        assert_eq!(used, earlier);
        assert!(failed.is_some());
        assert_eq!(
            std::fs::read(earlier.join("history.sqlite")).expect("kept"),
            b"history"
        );
        std::fs::remove_dir_all(&base).expect("cleaned");
    }

    #[test]
    fn opening_creates_the_folder_and_reports_it() {
        let root = scratch("open").join("nested");
        let library = Library::open(&root).expect("opens");
        assert!(root.is_dir());
        let info = library.app_info("1.2.3", Path::new("/var/log/spool"), SecretsKept::NotOnDisk);
        assert_eq!(info.version, "1.2.3");
        assert_eq!(info.secrets, SecretsKept::NotOnDisk);
        assert_eq!(info.data_dir, root.display().to_string());
        assert_eq!(info.log_dir, "/var/log/spool");
        assert_eq!(info.os, std::env::consts::OS);
    }

    #[cfg(unix)]
    #[test]
    fn the_folder_is_private_to_the_user() {
        use std::os::unix::fs::PermissionsExt;
        let root = scratch("private");
        std::fs::create_dir_all(&root).expect("created");
        std::fs::set_permissions(&root, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        Library::open(&root).expect("opens");
        let mode = std::fs::metadata(&root).expect("stat").permissions().mode();
        assert_eq!(mode & 0o777, 0o700);
    }

    #[test]
    fn one_spool_per_data_folder_until_the_first_ends() {
        let root = scratch("locked");
        let first = Library::open(&root).expect("opens");
        let copy = first.clone();
        let error = Library::open(&root).expect_err("the folder is in use");
        assert!(matches!(error, StorageError::InUse { .. }), "{error:?}");
        let told = CommandError::from(crate::AppError::from(error));
        assert!(
            told.message.contains("Another copy of Spool"),
            "{}",
            told.message
        );
        assert!(told.message.contains(&root.display().to_string()));
        drop(first);
        assert!(
            matches!(Library::open(&root), Err(StorageError::InUse { .. })),
            "a clone still holds it"
        );
        drop(copy);
        Library::open(&root).expect("free once every clone is gone");
    }

    #[test]
    fn a_folder_that_cannot_be_made_is_a_storage_error_naming_it() {
        let root = scratch("blocked");
        std::fs::create_dir_all(&root).expect("created");
        let file = root.join("a-file");
        std::fs::write(&file, b"not a folder").expect("written");
        let error = Library::open(file.join("data")).expect_err("cannot create below a file");
        let command_error = CommandError::from(crate::AppError::from(error));
        assert_eq!(command_error.kind, ErrorKind::Storage);
        assert!(command_error.message.contains("a-file"));
    }
}
