//! The events the native side sends the interface. Each is a newtype over a `spool-model`
//! type, which is what the interface receives.

use serde::{Deserialize, Serialize};
use spool_model::{AccountSummary, SyncSummary};

/// The accounts changed: one was added, switched to, logged out, or needs a new login.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct AccountsChanged(pub Vec<AccountSummary>);

/// A sync ended (one the schedule started, or one the window started).
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct Synced(pub SyncSummary);

/// Something the user should read that answers no command of theirs: a fault in Spool's
/// background work, say. Shown as a notice until dismissed.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct Notice(pub String);

/// A place was asked for from outside the window (a notification, the tray, macOS: Spool →
/// Settings…): a screen by its `data-screen` name (`settings`, `today`, …) or a post's page as
/// `post/<id>`. The window shows it.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct ScreenAsked(pub String);
