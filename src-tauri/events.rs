//! The events the native side sends the interface. Each is a newtype over a `spool-model`
//! type, which is what the interface receives.

use serde::{Deserialize, Serialize};
use spool_model::AccountSummary;

/// The accounts changed: one was added, switched to, logged out, or needs a new login.
#[derive(Debug, Clone, Serialize, Deserialize, specta::Type, tauri_specta::Event)]
pub struct AccountsChanged(pub Vec<AccountSummary>);
