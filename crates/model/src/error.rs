//! The error every command returns to the interface.

use serde::{Deserialize, Serialize};
use specta::Type;

/// What went wrong, as a stable name the interface matches on to decide what to offer the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    /// The request to the native side itself failed (no such command, not allowed, bad arguments).
    Ipc,
    /// Something the user entered cannot be used; the message says what to change.
    InvalidInput,
    /// Threads could not be reached; stored history is still shown.
    Network,
    /// Threads asked Spool to slow down; the message says when to try again.
    RateLimited,
    /// The account's login has expired or was revoked: log in again.
    NeedsLogin,
    /// The login lacks a permission Spool needs; the message names it.
    PermissionMissing,
    /// Reading or writing Spool's own files failed.
    Storage,
    /// The user stopped it; nothing changed.
    Cancelled,
    /// A fault in Spool itself; the message says what was being done.
    Internal,
}

/// A failed command as the interface receives it: a kind to act on and a message for people.
///
/// The message never contains a token or an app secret.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type, thiserror::Error)]
#[error("{message}")]
pub struct CommandError {
    /// What went wrong, for the interface to act on.
    pub kind: ErrorKind,
    /// What went wrong and what to do, in the user's words.
    pub message: String,
    /// What Meta's support asks for about an error Threads answered ("fbtrace_id …, type …"),
    /// shown folded under "Details" below the message and written to the log; never a secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}

impl CommandError {
    /// An error of the given kind.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            details: None,
        }
    }

    /// The same error, with what Meta's support would ask for (see [`CommandError::details`]).
    #[must_use]
    pub fn with_details(mut self, details: Option<String>) -> Self {
        self.details = details;
        self
    }

    /// The call to the native side failed before or after the command ran.
    pub fn ipc(detail: impl std::fmt::Display) -> Self {
        Self::new(
            ErrorKind::Ipc,
            format!(
                "Spool's window could not talk to the app: {detail}. Restart Spool; if this keeps happening, please report it."
            ),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_has_a_stable_wire_name_the_interface_matches_on() {
        let error = CommandError::new(ErrorKind::NeedsLogin, "Log in again");
        let json = serde_json::to_value(&error).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!({"kind": "needs_login", "message": "Log in again"})
        );
        let back: CommandError = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, error);
    }

    #[test]
    fn details_cross_only_when_there_are_some() {
        let error = CommandError::new(ErrorKind::Internal, "Threads answered with error 1")
            .with_details(Some("fbtrace_id A1, type THApiException".to_owned()));
        let json = serde_json::to_value(&error).expect("serializes");
        assert_eq!(json["details"], "fbtrace_id A1, type THApiException");
        let back: CommandError = serde_json::from_value(json).expect("deserializes");
        assert_eq!(back, error);
    }

    #[test]
    fn ipc_failure_says_what_to_do() {
        let error = CommandError::ipc("command app_info not allowed");
        assert_eq!(error.kind, ErrorKind::Ipc);
        assert!(error.message.contains("command app_info not allowed"));
        assert!(error.message.contains("Restart Spool"));
    }
}
