//! Accounts as the interface sees them: who, whether their login works, and until when. Never
//! a token or a secret.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

/// Whether an account's login works.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum AccountStatus {
    /// The login works.
    Active,
    /// Threads no longer accepts the login (expired or revoked): log in again.
    NeedsLogin,
}

/// An account Spool knows, as Settings and the sidebar show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AccountSummary {
    /// The Threads user id.
    pub id: String,
    /// The @handle, without the @.
    pub username: String,
    /// The display name, if set.
    pub name: Option<String>,
    /// Address of the profile picture, if any.
    pub picture_url: Option<String>,
    /// When the login expires unless Spool renews it first.
    pub token_expires_at: DateTime<Utc>,
    /// Whether the login works.
    pub status: AccountStatus,
    /// The demo account, made from simulated data.
    pub demo: bool,
    /// The account the screens show.
    pub current: bool,
}

/// What Settings → "Connect an account" shows about the creator's Meta app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LoginSetup {
    /// The redirect address to register in the Meta app, exactly as shown.
    pub redirect_uri: String,
    /// The port Spool listens on for the login (part of the redirect address).
    pub port: u16,
    /// The Threads app id saved so far, if any.
    pub app_id: Option<String>,
    /// Whether an app secret is saved (its value never leaves the native side).
    pub has_app_secret: bool,
}

/// Preferences of the app as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Preferences {
    /// Hours between automatic syncs of each account while Spool runs.
    pub sync_every_hours: u32,
    /// Whether closing the window leaves Spool running in the tray (or menu bar), syncing on
    /// schedule, where the desktop shows one.
    pub keep_running_in_tray: bool,
    /// Whether the desktop shows Spool's tray icon: where it does not, closing the window
    /// quits whatever `keep_running_in_tray` says. Read only; saving ignores it.
    pub tray_shown: bool,
    /// Whether Spool starts, in the tray, when the user logs in to the computer.
    pub start_at_login: bool,
    /// The notifications Spool may send.
    pub notify: crate::NotifyChoices,
    /// The language the creator chose for Spool; `None` follows the system's.
    pub language: Option<crate::Language>,
    /// The system's language as Spool speaks it: the first of the system's languages that
    /// Spool speaks, else English. Read only; saving ignores it.
    pub system_language: crate::Language,
}

/// A login waiting for the browser: the window's address (to open again or copy) and the
/// redirect address it will come back to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LoginStarted {
    /// The authorization window's address.
    pub url: String,
    /// Whether Spool could open it in the browser itself.
    pub browser_opened: bool,
}
