//! Files only the user can read: credentials, tokens, the login certificate's key.

use std::io::Write;
use std::path::Path;

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
}
