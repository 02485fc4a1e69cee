//! Files only the user can read: credentials, tokens, the login certificate's key.

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The ending of the temporary file [`replace`] writes before renaming it into place; a file
/// with it that outlived its writer (a crash, a kill, a power cut) is a half-written copy.
pub const PARTIAL_SUFFIX: &str = ".spool-partial";

/// Writes `bytes` to `path`, creating it readable and writable by the user only (mode 0600 on
/// Unix) and keeping that mode if it existed.
pub fn write(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    restrict(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

/// Replaces `path` with `bytes` atomically, readable and writable by the user only: the bytes
/// go to a new hidden file in the same folder (created 0600 on Unix), are flushed to disk, and
/// the file is renamed over `path`. Whoever reads `path`, whenever Spool stops, finds either
/// the old file whole or the new one whole. On failure the temporary file is removed and
/// `path` is as it was.
pub fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let folder = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let (temporary, mut handle) = create_temporary(&folder, &name)?;
    let written = handle
        .write_all(bytes)
        .and_then(|()| handle.sync_all())
        .and_then(|()| {
            drop(handle);
            std::fs::rename(&temporary, path)
        });
    if let Err(error) = written {
        let _ = std::fs::remove_file(&temporary);
        return Err(error);
    }
    // The rename itself reaches the disk with the folder's own data (Unix); best effort.
    #[cfg(unix)]
    if let Ok(folder) = File::open(&folder) {
        let _ = folder.sync_all();
    }
    Ok(())
}

/// The temporary files [`replace`] would leave beside `path` if stopped half-way.
pub fn partial_copies(path: &Path) -> io::Result<Vec<PathBuf>> {
    let (Some(folder), Some(name)) = (path.parent(), path.file_name()) else {
        return Ok(Vec::new());
    };
    let prefix = format!(".{}.", name.to_string_lossy());
    let mut found = Vec::new();
    for entry in std::fs::read_dir(folder)? {
        let entry = entry?;
        let entry_name = entry.file_name().to_string_lossy().into_owned();
        if entry_name.starts_with(&prefix) && entry_name.ends_with(PARTIAL_SUFFIX) {
            found.push(entry.path());
        }
    }
    Ok(found)
}

/// A new hidden file beside the target, named `.<name>.<random>.spool-partial`, private from
/// its first byte.
fn create_temporary(folder: &Path, name: &str) -> io::Result<(PathBuf, File)> {
    let mut last = io::Error::other("no temporary name was free");
    for _ in 0..8 {
        let mut random = [0_u8; 8];
        getrandom::fill(&mut random).map_err(|e| io::Error::other(e.to_string()))?;
        let tag: String = random.iter().map(|b| format!("{b:02x}")).collect();
        let temporary = folder.join(format!(".{name}.{tag}{PARTIAL_SUFFIX}"));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        match options.open(&temporary) {
            Ok(handle) => return Ok((temporary, handle)),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => last = error,
            Err(error) => return Err(error),
        }
    }
    Err(last)
}

/// Makes an existing file readable and writable by the user only.
#[cfg(unix)]
pub fn restrict(path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))
}

/// On Windows and macOS the user's application data folder is already private to the user.
#[cfg(not(unix))]
pub fn restrict(_path: &Path) -> std::io::Result<()> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn files_are_made_and_kept_private() {
        let dir = std::env::temp_dir().join(format!("spool-private-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("folder");
        let path = dir.join("secret.json");
        std::fs::write(&path, b"old").expect("written");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        write(&path, b"{\"token\": 1}").expect("written");
        let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert_eq!(std::fs::read(&path).expect("read"), b"{\"token\": 1}");
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }

    #[test]
    fn a_replaced_file_is_whole_private_and_leaves_no_temporary_file() {
        let dir = std::env::temp_dir().join(format!("spool-replace-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let path = dir.join("credentials.json");
        std::fs::write(&path, vec![b'x'; 10_000]).expect("old");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        replace(&path, b"{\"vault\": 1}").expect("replaced");
        assert_eq!(std::fs::read(&path).expect("read"), b"{\"vault\": 1}");
        let mode = std::fs::metadata(&path).expect("stat").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        assert!(partial_copies(&path).expect("listed").is_empty());
        let names: Vec<_> = std::fs::read_dir(&dir).expect("listed").collect();
        assert_eq!(names.len(), 1, "nothing but the file");
        // A leftover of a writer stopped half-way is found by its name.
        let leftover = dir.join(".credentials.json.0011223344556677.spool-partial");
        std::fs::write(&leftover, b"{\"va").expect("partial");
        assert_eq!(partial_copies(&path).expect("listed"), [leftover]);
        std::fs::remove_dir_all(&dir).expect("cleaned");
    }
}
