//! One Spool at a time: a second launch brings the running window to the front (opening it
//! if it was closed to the tray) and exits.
//!
//! The plugin needs a desktop session (D-Bus on Linux) to find the running Spool. Where there
//! is none, the data folder's own lock (`spool_core::Library::open`, taken in `run` before
//! anything opens a file) still stops a second copy: it says another Spool uses the folder and
//! exits.

use std::path::Path;

/// The name under which the running Spool answers a second launch, for the data folder
/// `data_dir` (Linux: a D-Bus name on the user's session bus; the plugin adds
/// `.SingleInstance`).
///
/// The plugin would key on the identifier alone, which makes every Spool on a session bus one
/// instance whatever its data folder. The single-instance rule exists so that two windows never
/// write one history, so the name carries the data folder: a user's Spool (one data folder) is
/// still one instance, while Spools given separate data folders through `XDG_DATA_HOME` (the
/// end-to-end tests, several at once, or a developer's test run beside their own Spool on a
/// desktop session bus) neither swallow nor focus each other. The folder is hashed with FNV-1a,
/// which is stable across builds and Rust versions, so every Spool version agrees on the name.
pub fn name_for(identifier: &str, data_dir: &Path) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in data_dir.as_os_str().as_encoded_bytes() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    // A D-Bus name element may not start with a digit, hence the letter.
    format!("{identifier}.d{hash:016x}")
}

/// The single-instance plugin for the Spool whose data folder is `data_dir`.
pub fn plugin(identifier: &str, data_dir: &Path) -> tauri::plugin::TauriPlugin<tauri::Wry> {
    tauri_plugin_single_instance::Builder::new()
        .dbus_id(name_for(identifier, data_dir))
        .callback(|app, _args, _cwd| {
            log::info!("a second launch brought the window to the front");
            crate::window::open(app, None);
        })
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_data_folder_is_one_instance_and_two_are_two() {
        let mine = name_for("app.spool.desktop", Path::new("/home/me/.local/share"));
        assert_eq!(
            mine,
            name_for("app.spool.desktop", Path::new("/home/me/.local/share"))
        );
        assert_ne!(
            mine,
            name_for("app.spool.desktop", Path::new("/tmp/e2e/sync/data"))
        );
    }

    #[test]
    fn the_name_is_a_valid_d_bus_name() {
        let name = name_for("app.spool.desktop", Path::new("/home/me/.local/share"));
        let full = format!("{name}.SingleInstance");
        assert!(full.len() <= 255);
        for element in full.split('.') {
            assert!(!element.is_empty());
            assert!(
                !element.starts_with(|c: char| c.is_ascii_digit()),
                "{element}"
            );
            assert!(
                element
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            );
        }
    }
}
