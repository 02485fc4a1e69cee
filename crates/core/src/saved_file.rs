//! Saving an export where the user chose: whole or not at all.
//!
//! The bytes go to a hidden temporary file in the same folder, which is flushed to disk and then
//! renamed over the chosen name. A rename within one folder is atomic on every OS Spool runs on,
//! so whoever opens the file sees either the old one or the new one, never half of it. On any
//! failure the temporary file is removed and a file already at the chosen name is untouched.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Why an export could not be saved, with what the user can do about it.
///
/// Messages name the file (never its folder's full path, never its contents).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SaveError {
    /// The chosen folder does not exist (any more), or is not a folder.
    #[error("The folder for “{file}” no longer exists. Choose another folder and save again.")]
    FolderMissing {
        /// The file's name.
        file: String,
    },
    /// The folder or the file may not be written: permissions, a read-only disk, or (on
    /// Windows) the file open in another app.
    #[error(
        "Spool may not write “{file}” there: the folder is read-only or another app has the \
         file open. Choose another folder, or close the file in the other app, and save again."
    )]
    NotWritable {
        /// The file's name.
        file: String,
    },
    /// The disk (or the user's quota) is full.
    #[error(
        "There is not enough space to save “{file}”. Free some space or choose another drive, \
         and save again."
    )]
    DiskFull {
        /// The file's name.
        file: String,
    },
    /// Anything else the system reported.
    #[error("Spool could not save “{file}”: {reason}. Choose another folder and save again.")]
    Other {
        /// The file's name.
        file: String,
        /// The system's own words.
        reason: String,
    },
}

/// What is said when a folder has the name chosen for the file.
pub(crate) const FOLDER_IN_THE_WAY: &str = "a folder of that name is already there";

/// Windows' "another program has the file open" (`ERROR_SHARING_VIOLATION`,
/// `ERROR_LOCK_VIOLATION`), which the standard library leaves uncategorized. Elsewhere the same
/// numbers mean other things (32 is a broken pipe on Unix), so they are read on Windows only.
fn held_by_another_app(error: &io::Error) -> bool {
    cfg!(windows) && matches!(error.raw_os_error(), Some(32 | 33))
}

impl SaveError {
    /// The error for `error`, which happened while saving the file named `file`.
    pub fn from_io(file: &str, error: &io::Error) -> Self {
        let file = file.to_owned();
        if held_by_another_app(error) {
            return Self::NotWritable { file };
        }
        match error.kind() {
            io::ErrorKind::NotFound | io::ErrorKind::NotADirectory => Self::FolderMissing { file },
            io::ErrorKind::PermissionDenied
            | io::ErrorKind::ReadOnlyFilesystem
            | io::ErrorKind::ResourceBusy => Self::NotWritable { file },
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => Self::DiskFull { file },
            io::ErrorKind::IsADirectory | io::ErrorKind::DirectoryNotEmpty => Self::Other {
                file,
                reason: FOLDER_IN_THE_WAY.to_owned(),
            },
            _ => Self::Other {
                file,
                reason: error.to_string(),
            },
        }
    }
}

/// Writes `bytes` to `path` atomically: the whole new file, or (on any failure) nothing new and
/// whatever was at `path` before left as it was.
pub fn save(path: &Path, bytes: &[u8]) -> Result<(), SaveError> {
    let file = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    if file.is_empty() {
        return Err(SaveError::Other {
            file: path.display().to_string(),
            reason: "that is a folder, not a file name".to_owned(),
        });
    }
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let fail = |error: io::Error| SaveError::from_io(&file, &error);

    let (temporary, mut handle) = create_temporary(&folder, &file).map_err(fail)?;
    let written = write_synced(&mut handle, bytes)
        .and_then(|()| keep_permissions_of(path, &handle))
        .and_then(|()| {
            drop(handle);
            std::fs::rename(&temporary, path)
        });
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        // Windows refuses a rename over a folder as "access denied": what is in the way is
        // the folder, and saying "you may not write there" would send the user elsewhere.
        if path.is_dir() {
            return Err(SaveError::Other {
                file: file.clone(),
                reason: FOLDER_IN_THE_WAY.to_owned(),
            });
        }
        return Err(fail(error));
    }
    sync_folder(&folder);
    Ok(())
}

/// Creates a new, hidden file next to the target with a name no one else uses.
fn create_temporary(folder: &Path, file: &str) -> io::Result<(PathBuf, File)> {
    // A short prefix of the target's name helps anyone who finds a leftover after a power cut.
    let prefix: String = file.chars().take(32).collect();
    let mut last = io::Error::other("no temporary name was free");
    for _ in 0..8 {
        let mut random = [0_u8; 8];
        getrandom::fill(&mut random).map_err(|e| io::Error::other(e.to_string()))?;
        let tag: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let temporary = folder.join(format!(".{prefix}.{tag}.spool-partial"));
        match OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temporary)
        {
            Ok(handle) => return Ok((temporary, handle)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last = error,
            Err(error) => return Err(error),
        }
    }
    Err(last)
}

/// Writes everything and makes sure it reached the disk before the rename makes it visible.
fn write_synced(handle: &mut File, bytes: &[u8]) -> io::Result<()> {
    handle.write_all(bytes)?;
    handle.flush()?;
    handle.sync_all()
}

/// A file that replaces another keeps the other's permissions (say, readable by the user only).
#[cfg(unix)]
fn keep_permissions_of(path: &Path, handle: &File) -> io::Result<()> {
    match std::fs::metadata(path) {
        Ok(existing) => handle.set_permissions(existing.permissions()),
        Err(_) => Ok(()),
    }
}

/// Elsewhere the only permission is "read-only", which would stop the replacing itself (and the
/// clean-up of the temporary file): a read-only target is refused by the rename instead.
#[cfg(not(unix))]
fn keep_permissions_of(_path: &Path, _handle: &File) -> io::Result<()> {
    Ok(())
}

/// Makes the rename itself durable (Unix keeps names in the folder's own data). Best effort:
/// the file is saved either way, and Windows has no such call.
fn sync_folder(folder: &Path) {
    #[cfg(unix)]
    if let Ok(handle) = File::open(folder) {
        let _ = handle.sync_all();
    }
    #[cfg(not(unix))]
    let _ = folder;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fresh folder of its own for each test.
    fn folder(test: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("spool-save-{test}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        dir
    }

    /// Every name in `dir`, sorted.
    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("listed")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_new_file_is_written_whole_and_nothing_else_is_left() {
        let dir = folder("new");
        let path = dir.join("spool-mara-posts.csv");
        save(&path, b"post_id,views\r\n1,10\r\n").expect("saved");
        assert_eq!(
            std::fs::read(&path).expect("read"),
            b"post_id,views\r\n1,10\r\n"
        );
        assert_eq!(names(&dir), ["spool-mara-posts.csv"]);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    #[test]
    fn an_existing_file_is_replaced_whole() {
        let dir = folder("replace");
        let path = dir.join("views.csv");
        std::fs::write(&path, vec![b'x'; 10_000]).expect("old");
        save(&path, b"short").expect("saved");
        assert_eq!(std::fs::read(&path).expect("read"), b"short");
        assert_eq!(names(&dir), ["views.csv"]);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    #[cfg(unix)]
    #[test]
    fn a_replaced_file_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder("mode");
        let path = dir.join("private.json");
        std::fs::write(&path, b"{}").expect("old");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
        save(&path, b"[1]").expect("saved");
        let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    #[test]
    fn a_missing_folder_says_choose_another_and_writes_nothing() {
        let dir = folder("missing");
        let path = dir.join("gone").join("spool-mara-followers.csv");
        let error = save(&path, b"data").expect_err("refused");
        assert_eq!(
            error,
            SaveError::FolderMissing {
                file: "spool-mara-followers.csv".to_owned()
            }
        );
        assert!(error.to_string().contains("Choose another folder"));
        assert!(error.to_string().contains("spool-mara-followers.csv"));
        assert!(names(&dir).is_empty());
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    /// Fails for root too: a file cannot hold other files.
    #[test]
    fn a_folder_that_is_a_file_is_a_missing_folder_and_the_file_is_untouched() {
        let dir = folder("not-a-folder");
        let blocker = dir.join("report");
        std::fs::write(&blocker, b"keep me").expect("file");
        let error = save(&blocker.join("x.csv"), b"data").expect_err("refused");
        assert_eq!(
            error,
            SaveError::FolderMissing {
                file: "x.csv".to_owned()
            }
        );
        assert_eq!(std::fs::read(&blocker).expect("read"), b"keep me");
        assert_eq!(names(&dir), ["report"]);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    /// Fails for root too, and late: after the temporary file is written, at the rename.
    #[test]
    fn a_failure_after_writing_removes_the_temporary_file() {
        let dir = folder("late");
        let target = dir.join("taken");
        std::fs::create_dir(&target).expect("folder");
        std::fs::write(target.join("inside.txt"), b"keep").expect("file");
        let error = save(&target, b"data").expect_err("refused");
        assert_eq!(
            error,
            SaveError::Other {
                file: "taken".to_owned(),
                reason: "a folder of that name is already there".to_owned()
            }
        );
        assert_eq!(names(&dir), ["taken"]);
        assert_eq!(names(&target), ["inside.txt"]);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    /// Permission bits stop everyone but root (and CI runs as root), so this asserts what this
    /// user can provoke: refused with `NotWritable`, or written whole when the system lets
    /// this user write anyway. Nothing partial either way; the mapping itself is tested below.
    #[cfg(unix)]
    #[test]
    fn a_read_only_folder_is_not_writable_or_else_written_whole() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder("read-only");
        let locked = dir.join("locked");
        std::fs::create_dir(&locked).expect("folder");
        std::fs::write(locked.join("old.csv"), b"old").expect("old");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).expect("chmod");
        let bypasses_permissions = std::fs::write(locked.join("probe"), b"")
            .map(|()| std::fs::remove_file(locked.join("probe")))
            .is_ok();
        let result = save(&locked.join("old.csv"), b"new");
        if bypasses_permissions {
            eprintln!("this user ignores permission bits (root): checked the write instead");
            result.expect("saved");
            assert_eq!(std::fs::read(locked.join("old.csv")).expect("read"), b"new");
        } else {
            let error = result.expect_err("refused");
            assert_eq!(
                error,
                SaveError::NotWritable {
                    file: "old.csv".to_owned()
                }
            );
            assert_eq!(std::fs::read(locked.join("old.csv")).expect("read"), b"old");
        }
        assert_eq!(names(&locked), ["old.csv"]);
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    /// A real "no space left on device", from the device that is always full.
    #[cfg(target_os = "linux")]
    #[test]
    fn a_full_disk_says_free_some_space() {
        let mut full = OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let error = write_synced(&mut full, &[0; 4096]).expect_err("full");
        let error = SaveError::from_io("spool-mara-posts.csv", &error);
        assert_eq!(
            error,
            SaveError::DiskFull {
                file: "spool-mara-posts.csv".to_owned()
            }
        );
        assert!(error.to_string().contains("Free some space"));
    }

    /// Windows: a file another program holds open without sharing it (as Excel holds a CSV)
    /// cannot be replaced; the user is told to close it there, and it keeps its contents.
    #[cfg(windows)]
    #[test]
    fn a_file_another_app_holds_open_is_not_writable_and_kept() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = folder("held");
        let path = dir.join("spool-mara-posts.csv");
        std::fs::write(&path, b"old").expect("old");
        let held = OpenOptions::new()
            .read(true)
            .share_mode(0)
            .open(&path)
            .expect("held");
        let error = save(&path, b"new").expect_err("refused");
        assert_eq!(
            error,
            SaveError::NotWritable {
                file: "spool-mara-posts.csv".to_owned()
            }
        );
        assert!(
            error
                .to_string()
                .contains("close the file in the other app")
        );
        drop(held);
        assert_eq!(std::fs::read(&path).expect("read"), b"old");
        assert_eq!(names(&dir), ["spool-mara-posts.csv"]);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    /// Windows: a path longer than the old 260-character limit saves like any other.
    #[cfg(windows)]
    #[test]
    fn a_path_longer_than_260_characters_is_saved() {
        let dir = folder("long");
        let mut deep = dir.clone();
        for part in 0..6 {
            deep = deep.join(format!("{part}-{}", "a-folder-with-a-long-name".repeat(2)));
        }
        std::fs::create_dir_all(&deep).expect("folders");
        let path = deep.join("spool-mara-profile-views-2025-03-01-to-2025-03-31.png");
        assert!(path.as_os_str().len() > 260, "{}", path.as_os_str().len());
        save(&path, b"png").expect("saved");
        assert_eq!(std::fs::read(&path).expect("read"), b"png");
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    #[cfg(windows)]
    #[test]
    fn windows_sharing_and_lock_violations_say_close_the_file() {
        for code in [32, 33] {
            let error = SaveError::from_io("a.csv", &io::Error::from_raw_os_error(code));
            assert_eq!(
                error,
                SaveError::NotWritable {
                    file: "a.csv".to_owned()
                }
            );
        }
    }

    #[test]
    fn each_system_error_becomes_what_the_user_can_act_on() {
        let cases = [
            (io::ErrorKind::NotFound, "FolderMissing"),
            (io::ErrorKind::NotADirectory, "FolderMissing"),
            (io::ErrorKind::PermissionDenied, "NotWritable"),
            (io::ErrorKind::ReadOnlyFilesystem, "NotWritable"),
            (io::ErrorKind::ResourceBusy, "NotWritable"),
            (io::ErrorKind::StorageFull, "DiskFull"),
            (io::ErrorKind::QuotaExceeded, "DiskFull"),
            (io::ErrorKind::InvalidFilename, "Other"),
        ];
        for (kind, expected) in cases {
            let error = SaveError::from_io("a.csv", &io::Error::from(kind));
            let name = format!("{error:?}");
            assert!(name.starts_with(expected), "{kind:?} became {name}");
            assert!(error.to_string().contains("“a.csv”"));
        }
        #[cfg(unix)]
        {
            // The system's own codes, as a real failure carries them.
            let os = |code| SaveError::from_io("a.csv", &io::Error::from_raw_os_error(code));
            assert!(matches!(os(28), SaveError::DiskFull { .. })); // ENOSPC
            assert!(matches!(os(13), SaveError::NotWritable { .. })); // EACCES
            assert!(matches!(os(30), SaveError::NotWritable { .. })); // EROFS
            assert!(matches!(os(20), SaveError::FolderMissing { .. })); // ENOTDIR
        }
    }

    #[test]
    fn messages_carry_the_file_name_and_never_the_contents() {
        let dir = folder("message");
        let path = dir.join("nowhere").join("secret-plan.csv");
        let error = save(&path, b"TOP SECRET CONTENT").expect_err("refused");
        let message = error.to_string();
        assert!(message.contains("secret-plan.csv"));
        assert!(!message.contains("TOP SECRET"));
        assert!(!message.contains(&dir.display().to_string()));
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }
}
