//! The service's one error type, and the one place that decides what the window is told.

use spool_model::{CommandError, ErrorKind, RangeError};
use threads_api::ApiError;

use crate::StorageError;
use crate::data_export::ExportError;
use crate::history::HistoryError;
use crate::login::LoginError;
use crate::saved_file::SaveError;
use crate::sync::SyncError;

/// Why something the service was asked to do did not happen, with what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No account is connected (or every one was logged out).
    #[error("Connect an account first (Settings → Connect an account), or try the demo.")]
    NoAccount,
    /// The account's login was refused or has expired: it must log in again first.
    #[error("Log in to @{username} again before syncing.")]
    NeedsLogin {
        /// The account's @handle, without the @.
        username: String,
    },
    /// A sync of this account is running already.
    #[error("This account is syncing already.")]
    AlreadySyncing,
    /// All data is being removed: nothing may sync meanwhile.
    #[error("Spool is removing all data; nothing can sync meanwhile.")]
    Removing,
    /// The account is being logged out: nothing of it may sync meanwhile.
    #[error("This account is being logged out; nothing of it can sync meanwhile.")]
    LoggingOut,
    /// A running sync (or a login check, or the demo's replay) did not end in time, so the
    /// removal did not start.
    #[error(
        "A sync or a login check did not stop in time, so nothing was removed. Try again in a \
         moment."
    )]
    SyncDidNotStop,
    /// The chosen sync interval is outside what Settings allows.
    #[error("Sync every 1 to 168 hours (a week).")]
    SyncInterval,
    /// The chosen login port needs administrator rights.
    #[error("Choose a port from 1024 to 65535; lower ports need administrator rights.")]
    LoginPort,
    /// The days chosen break the API's rules.
    #[error("{0}")]
    Range(#[from] RangeError),
    /// The post asked for is not in the history (of this account).
    #[error("That post is not in Spool's history.")]
    PostNotFound,
    /// Threads gives no address for the post.
    #[error("Threads gives no address for this post (it contains copyrighted material).")]
    NoPostAddress,
    /// The post's address, as Threads gave it, is not a Threads page, so it is not opened.
    #[error(
        "Spool opens only posts on threads.net or threads.com over https; this post's address \
         ({url}) is not one ({reason}), so it was not opened."
    )]
    NotAThreadsLink {
        /// The address refused, cut to a length that fits a message.
        url: String,
        /// Why it was refused.
        reason: threads_api::LinkRefused,
    },
    /// The browser could not be opened on an address.
    #[error("The browser could not be opened ({reason}); the post is at {url}")]
    Browser {
        /// The address that was to be opened.
        url: String,
        /// What the desktop said.
        reason: String,
    },
    /// The desktop did not take the change to starting Spool at login.
    #[error(
        "Spool could not change whether it starts when you log in ({reason}). Try again; if it \
         keeps failing, change it in your desktop's list of startup applications."
    )]
    StartAtLogin {
        /// What the desktop said.
        reason: String,
    },
    /// The clipboard did not take an image.
    #[error("The clipboard refused the image ({reason}). Export it as a file instead.")]
    Clipboard {
        /// What the desktop said.
        reason: String,
    },
    /// A drawn chart could not be decoded for the clipboard (a fault in Spool).
    #[error("{reason}. Please report this.")]
    ChartImage {
        /// What the decoder said.
        reason: String,
    },
    /// A finished backup could not be put where the user chose.
    #[error("Spool could not write {path}: {reason}")]
    Backup {
        /// Where the user chose to save it.
        path: String,
        /// What the system said.
        reason: String,
    },
    /// Spool's own work ended in a fault (a panic: a bug in Spool), caught where it ran.
    #[error(
        "Spool hit a fault while {doing}; your data is unchanged. Try again; if it happens \
         again, please report it with Spool's log (Settings → About shows where it is)."
    )]
    Fault {
        /// What it was doing, in the user's words.
        doing: &'static str,
    },
    /// The accounts or settings could not be read or written.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The history could not be read or written.
    #[error(transparent)]
    History(#[from] HistoryError),
    /// A login did not complete.
    #[error(transparent)]
    Login(#[from] LoginError),
    /// A sync stopped.
    #[error(transparent)]
    Sync(#[from] SyncError),
    /// A chart or a table could not be exported.
    #[error(transparent)]
    Export(#[from] ExportError),
    /// A file could not be saved.
    #[error(transparent)]
    Save(#[from] SaveError),
    /// Threads refused or could not be reached.
    #[error(transparent)]
    Api(#[from] ApiError),
}

impl AppError {
    /// What the window tells the user: what went wrong and what to do.
    pub fn message(&self) -> String {
        match self {
            // A drawing that failed is a bug; the user should know nothing was lost.
            AppError::Export(ExportError::Drawing(spool_charts::ChartError::Drawing(_))) => {
                format!("{self}. Please report this; your data is unchanged.")
            }
            _ => self.to_string(),
        }
    }

    /// What Meta's support would ask for, when Threads' answer carried it: shown folded under
    /// "Details" and written to the log, apart from the message.
    pub fn details(&self) -> Option<String> {
        let api = match self {
            AppError::Api(api)
            | AppError::Login(LoginError::Api(api))
            | AppError::Sync(SyncError::Api(api)) => api,
            _ => return None,
        };
        api.trace().map(ToString::to_string)
    }

    /// What the window should offer, as a stable kind.
    pub fn kind(&self) -> ErrorKind {
        match self {
            AppError::NoAccount
            | AppError::AlreadySyncing
            | AppError::Removing
            | AppError::LoggingOut
            | AppError::SyncInterval
            | AppError::LoginPort
            | AppError::Range(_)
            | AppError::PostNotFound
            | AppError::NoPostAddress
            | AppError::NotAThreadsLink { .. } => ErrorKind::InvalidInput,
            AppError::NeedsLogin { .. } => ErrorKind::NeedsLogin,
            // Nothing changed, as when the user stops something; trying again is the remedy.
            AppError::SyncDidNotStop => ErrorKind::Cancelled,
            AppError::Browser { .. }
            | AppError::StartAtLogin { .. }
            | AppError::Clipboard { .. }
            | AppError::ChartImage { .. }
            | AppError::Fault { .. } => ErrorKind::Internal,
            AppError::Backup { .. } | AppError::History(_) | AppError::Save(_) => {
                ErrorKind::Storage
            }
            AppError::Storage(error) => storage_kind(error),
            AppError::Login(error) => login_kind(error),
            AppError::Sync(error) => sync_kind(error),
            AppError::Export(error) => export_kind(error),
            AppError::Api(error) => api_kind(error),
        }
    }
}

fn storage_kind(error: &StorageError) -> ErrorKind {
    match error {
        StorageError::UnknownAccount => ErrorKind::InvalidInput,
        _ => ErrorKind::Storage,
    }
}

fn login_kind(error: &LoginError) -> ErrorKind {
    match error {
        LoginError::NoApp
        | LoginError::BadAppCredentials(_)
        | LoginError::Authorization(_)
        | LoginError::TimedOut { .. }
        | LoginError::NotStarted
        | LoginError::Cancelled => ErrorKind::InvalidInput,
        LoginError::Api(api) => api_kind(api),
        LoginError::Listener { .. } | LoginError::Demo(_) => ErrorKind::Internal,
        LoginError::Storage(storage) => storage_kind(storage),
    }
}

fn sync_kind(error: &SyncError) -> ErrorKind {
    match error {
        SyncError::Cancelled => ErrorKind::Cancelled,
        SyncError::Api(api) => api_kind(api),
        // Threads' list misbehaving, like any answer that is not what the API documents.
        SyncError::TooManyPages { .. } => ErrorKind::Internal,
        SyncError::TooSlow { .. } => ErrorKind::Network,
        SyncError::History(_) => ErrorKind::Storage,
    }
}

fn export_kind(error: &ExportError) -> ErrorKind {
    match error {
        ExportError::History(_) => ErrorKind::Storage,
        ExportError::RangeNeeded { .. }
        | ExportError::NothingStored { .. }
        | ExportError::Drawing(spool_charts::ChartError::TooLarge { .. }) => {
            ErrorKind::InvalidInput
        }
        ExportError::Drawing(spool_charts::ChartError::Drawing(_))
        | ExportError::Encoding { .. } => ErrorKind::Internal,
    }
}

/// Threads' answers by what the user can do about them; `threads-api` sorts its errors by
/// cause, this sorts them by remedy.
fn api_kind(error: &ApiError) -> ErrorKind {
    CommandError::from(error.clone()).kind
}

impl From<AppError> for CommandError {
    fn from(error: AppError) -> Self {
        CommandError::new(error.kind(), error.message()).with_details(error.details())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_login_inside_a_sync_asks_for_a_new_login() {
        let error = AppError::Sync(SyncError::Api(ApiError::TokenExpired { code: 190 }));
        let shown = CommandError::from(error);
        assert_eq!(shown.kind, ErrorKind::NeedsLogin);
        assert!(
            shown
                .message
                .starts_with("The sync stopped and saved nothing")
        );
    }

    #[test]
    fn metas_trace_is_told_apart_from_the_message() {
        let trace = threads_api::GraphTrace {
            fbtrace_id: Some("AbC".into()),
            kind: Some("OAuthException".into()),
        };
        let error = AppError::Sync(SyncError::Api(ApiError::Other {
            code: 3000,
            message: "Something new".into(),
            trace,
        }));
        let shown = CommandError::from(error);
        assert_eq!(
            shown.details.as_deref(),
            Some("For Meta's support: fbtrace_id AbC, type OAuthException")
        );
        assert!(
            shown.message.ends_with("Something new"),
            "{}",
            shown.message
        );
        let plain = CommandError::from(AppError::NoAccount);
        assert_eq!(plain.details, None);
    }

    #[test]
    fn no_account_says_where_to_connect_one() {
        let shown = CommandError::from(AppError::NoAccount);
        assert_eq!(shown.kind, ErrorKind::InvalidInput);
        assert!(shown.message.contains("Settings → Connect an account"));
        assert!(shown.message.contains("demo"));
    }

    #[test]
    fn a_range_error_is_the_users_to_fix() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day");
        let error = spool_model::DateRange::new(today, today - chrono::TimeDelta::days(3), today)
            .expect_err("backwards");
        let shown = CommandError::from(AppError::from(error));
        assert_eq!(shown.kind, ErrorKind::InvalidInput);
    }
}
