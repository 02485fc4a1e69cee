//! What the app says about itself.

use serde::{Deserialize, Serialize};
use specta::Type;

/// The app's version and where it keeps its files and logs, shown in Settings → About.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AppInfo {
    /// Spool's version, as released.
    pub version: String,
    /// The folder holding the history database and settings.
    pub data_dir: String,
    /// The folder holding Spool's log files, for a user asked to send them.
    pub log_dir: String,
    /// The operating system Spool runs on, in its own words ("linux", "macos", "windows").
    pub os: String,
    /// How the logins' tokens and the app secret are kept on this computer.
    pub secrets: SecretsKept,
}

/// How the logins' tokens and the app secret are kept on disk, said in Settings → About.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum SecretsKept {
    /// Sealed, with the key held by the operating system's credential store.
    SystemStore {
        /// The store.
        store: SystemStore,
    },
    /// Sealed, with the key in a file of the data folder readable by the user only, because
    /// no credential store answered (a Linux session without a Secret Service).
    KeyFile {
        /// The key's file.
        path: String,
    },
    /// Not on disk at all (kept in memory).
    NotOnDisk,
}

/// The operating system's credential store that holds the key sealing Spool's credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SystemStore {
    /// The macOS Keychain.
    MacosKeychain,
    /// Windows Credential Manager.
    WindowsCredentialManager,
    /// The Secret Service on Linux (GNOME Keyring, KWallet).
    SecretService,
    /// The system's store, not named: where this build of Spool has none to name.
    Unnamed,
}

impl SystemStore {
    /// The catalogue's message naming the store, as a sentence holds it.
    pub fn message_id(self) -> &'static str {
        match self {
            SystemStore::MacosKeychain => "key-holder-macos-keychain",
            SystemStore::WindowsCredentialManager => "key-holder-windows-credential-manager",
            SystemStore::SecretService => "key-holder-secret-service",
            SystemStore::Unnamed => "key-holder-system",
        }
    }

    /// The store's name in English, for the log.
    pub fn label(self) -> &'static str {
        match self {
            SystemStore::MacosKeychain => "the macOS Keychain",
            SystemStore::WindowsCredentialManager => "Windows Credential Manager",
            SystemStore::SecretService => "the Secret Service (GNOME Keyring, KWallet)",
            SystemStore::Unnamed => "the system's credential store",
        }
    }

    /// Every store.
    pub const ALL: [SystemStore; 4] = [
        SystemStore::MacosKeychain,
        SystemStore::WindowsCredentialManager,
        SystemStore::SecretService,
        SystemStore::Unnamed,
    ];
}
