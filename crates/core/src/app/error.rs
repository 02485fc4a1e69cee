//! The service's one error type, and the one place that decides what the window is told.

use std::sync::LazyLock;

use spool_i18n::{Arg, Catalogue, Language, NumberStyle};
use spool_model::{CommandError, ErrorKind, RangeError};
use threads_api::{ApiError, AuthorizationError, Endpoint};

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

/// The English catalogue, in which the log and the tests read what the window is told.
static ENGLISH: LazyLock<Catalogue> =
    LazyLock::new(|| Catalogue::bundled(Language::English, NumberStyle::english()));

/// The English catalogue: what [`AppError::message`] and `From<AppError> for CommandError`
/// speak, for the log and for callers with no catalogue at hand.
fn english() -> &'static Catalogue {
    &ENGLISH
}

impl AppError {
    /// What the window is told, in `catalogue`'s language: the kind, the message, and Meta's
    /// trace (never translated) under "Details".
    pub fn told(&self, catalogue: &Catalogue) -> CommandError {
        CommandError::new(self.kind(), self.said(catalogue)).with_details(self.details())
    }

    /// What went wrong and what to do, in English, as the log writes it (the window is told
    /// it in the language Spool speaks: [`AppError::told`]).
    pub fn message(&self) -> String {
        self.said(english())
    }

    /// What went wrong and what to do, in `catalogue`'s language. No token or secret is ever
    /// among the values: only handles, addresses, file names, codes and what the system said.
    pub fn said(&self, catalogue: &Catalogue) -> String {
        let c = catalogue;
        match self {
            AppError::NoAccount => c.text("error-no-account"),
            AppError::NeedsLogin { username } => {
                c.format("error-needs-login", &[("username", text(username))])
            }
            AppError::AlreadySyncing => c.text("error-already-syncing"),
            AppError::Removing => c.text("error-removing"),
            AppError::LoggingOut => c.text("error-logging-out"),
            AppError::SyncDidNotStop => c.text("error-sync-did-not-stop"),
            AppError::SyncInterval => c.text("error-sync-interval"),
            AppError::LoginPort => c.text("error-login-port"),
            AppError::Range(error) => range_said(error, c),
            AppError::PostNotFound => c.text("error-post-not-found"),
            AppError::NoPostAddress => c.text("error-no-post-address"),
            AppError::NotAThreadsLink { url, reason } => {
                let reason = c.text(match reason {
                    threads_api::LinkRefused::NotAnAddress => "error-link-not-an-address",
                    threads_api::LinkRefused::NotHttps => "error-link-not-https",
                    threads_api::LinkRefused::NotThreads => "error-link-not-threads",
                });
                c.format(
                    "error-not-a-threads-link",
                    &[("url", text(url)), ("reason", reason.into())],
                )
            }
            AppError::Browser { url, reason } => c.format(
                "error-browser",
                &[("url", text(url)), ("reason", text(reason))],
            ),
            AppError::StartAtLogin { reason } => {
                c.format("error-start-at-login", &[("reason", text(reason))])
            }
            AppError::Clipboard { reason } => {
                c.format("error-clipboard", &[("reason", text(reason))])
            }
            AppError::ChartImage { reason } => {
                c.format("error-chart-image", &[("reason", text(reason))])
            }
            AppError::Backup { path, reason } => c.format(
                "error-backup",
                &[("path", text(path)), ("reason", text(reason))],
            ),
            AppError::Fault { doing } => {
                c.format("error-fault", &[("doing", doing_said(doing, c).into())])
            }
            AppError::Storage(error) => storage_said(error, c),
            AppError::History(error) => history_said(error, c),
            AppError::Login(error) => login_said(error, c),
            AppError::Sync(error) => sync_said(error, c),
            AppError::Export(error) => export_said(error, c),
            AppError::Save(error) => save_said(error, c),
            AppError::Api(error) => api_said(error, c),
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

/// A value written as it is.
fn text(value: &str) -> Arg {
    Arg::from(value)
}

/// A value written as its `Display` writes it: codes, ports, days and sizes, which no
/// catalogue groups or reads as a count.
fn shown(value: impl std::fmt::Display) -> Arg {
    Arg::Text(value.to_string())
}

/// What Spool was doing when it hit a fault, in `catalogue`'s words: each doing a command or
/// a round names; any other (a test's) as it is written.
pub(super) fn doing_said(doing: &str, catalogue: &Catalogue) -> String {
    let id = match doing {
        "backing up the history" => "error-doing-backing-up",
        "checking the logins" => "error-doing-checking-logins",
        "copying the chart" => "error-doing-copying-chart",
        "deciding what to notify" => "error-doing-deciding-notifications",
        "drawing the chart" => "error-doing-drawing-chart",
        "emptying the history" => "error-doing-emptying-history",
        "exporting the chart" => "error-doing-exporting-chart",
        "exporting the data" => "error-doing-exporting-data",
        "logging in" => "error-doing-logging-in",
        "logging in with the token" => "error-doing-logging-in-with-token",
        "logging out" => "error-doing-logging-out",
        "opening the demo" => "error-doing-opening-demo",
        "opening the history" => "error-doing-opening-history",
        "opening the post" => "error-doing-opening-post",
        "reading the accounts" => "error-doing-reading-accounts",
        "reading the audience" => "error-doing-reading-audience",
        "reading the best times" => "error-doing-reading-best-times",
        "reading the best times to post" => "error-doing-reading-best-times-to-post",
        "reading the content insights" => "error-doing-reading-content-insights",
        "reading the last sync" => "error-doing-reading-last-sync",
        "reading the link clicks" => "error-doing-reading-link-clicks",
        "reading the login settings" => "error-doing-reading-login-settings",
        "reading the overview" => "error-doing-reading-overview",
        "reading the pasted address" => "error-doing-reading-pasted-address",
        "reading the post" => "error-doing-reading-post",
        "reading the posts" => "error-doing-reading-posts",
        "reading the preferences" => "error-doing-reading-preferences",
        "reading today" => "error-doing-reading-today",
        "reading today's numbers" => "error-doing-reading-todays-numbers",
        "reading what works" => "error-doing-reading-what-works",
        "reading young posts" => "error-doing-reading-young-posts",
        "recording a failed sync" => "error-doing-recording-failed-sync",
        "removing all data" => "error-doing-removing-all-data",
        "running the scheduled syncs" => "error-doing-running-scheduled-syncs",
        "saving the file" => "error-doing-saving-file",
        "saving the login port" => "error-doing-saving-login-port",
        "saving the preferences" => "error-doing-saving-preferences",
        "saving your Meta app" => "error-doing-saving-meta-app",
        "starting the login" => "error-doing-starting-login",
        "stopping the sync" => "error-doing-stopping-sync",
        "switching accounts" => "error-doing-switching-accounts",
        "syncing" => "error-doing-syncing",
        _ => return doing.to_owned(),
    };
    catalogue.text(id)
}

/// A date range the API would refuse, as the date picker says it.
fn range_said(error: &RangeError, c: &Catalogue) -> String {
    let (id, values) = error.words();
    let args: Vec<(&str, Arg)> = values
        .into_iter()
        .map(|(name, value)| (name, Arg::from(value)))
        .collect();
    c.format(id, &args)
}

/// Spool's own files failing.
fn storage_said(error: &StorageError, c: &Catalogue) -> String {
    match error {
        StorageError::DataDir { path, source } => c.format(
            "error-storage-data-dir",
            &[("path", shown(path.display())), ("reason", shown(source))],
        ),
        StorageError::InUse { path } => {
            c.format("error-storage-in-use", &[("path", shown(path.display()))])
        }
        StorageError::Credentials(reason) => {
            c.format("error-storage-credentials", &[("reason", text(reason))])
        }
        StorageError::CredentialsUnreadable { path, source } => c.format(
            "error-storage-credentials-unreadable",
            &[("path", shown(path.display())), ("reason", shown(source))],
        ),
        StorageError::CredentialsNotWritten { path, source } => c.format(
            "error-storage-credentials-not-written",
            &[("path", shown(path.display())), ("reason", shown(source))],
        ),
        StorageError::KeyUnavailable { holder, reason } => c.format(
            "error-storage-key-unavailable",
            &[("holder", holder.said(c).into()), ("reason", text(reason))],
        ),
        StorageError::UnknownAccount => c.text("error-storage-unknown-account"),
    }
}

/// The history database failing, by what the user can do about it.
pub(super) fn history_said(error: &HistoryError, c: &Catalogue) -> String {
    let with = |id: &str, reason: &rusqlite::Error| c.format(id, &[("reason", shown(reason))]);
    match error {
        HistoryError::Damaged(reason) => with("error-history-damaged", reason),
        HistoryError::Busy(_) => c.text("error-history-busy"),
        HistoryError::ReadOnly(reason) => with("error-history-read-only", reason),
        HistoryError::DiskFull(_) => c.text("error-history-disk-full"),
        HistoryError::CannotOpen(reason) => with("error-history-cannot-open", reason),
        HistoryError::Migration { step, source } => c.format(
            "error-history-migration",
            &[("step", shown(step)), ("reason", shown(source))],
        ),
        HistoryError::TooNew { found } => {
            c.format("error-history-too-new", &[("found", shown(found))])
        }
        HistoryError::Sqlite(reason) => with("error-history-failed", reason),
    }
}

/// A login that did not complete, with what to do.
fn login_said(error: &LoginError, c: &Catalogue) -> String {
    match error {
        LoginError::NoApp => c.text("error-login-no-app"),
        LoginError::BadAppCredentials(advice) => {
            c.text(if *advice == crate::login::APP_ID_ADVICE {
                "error-login-bad-app-id"
            } else {
                "error-login-bad-app-secret"
            })
        }
        LoginError::Authorization(error) => match error {
            AuthorizationError::Denied { .. } => c.text("error-login-denied"),
            AuthorizationError::StateMismatch => c.text("error-login-state-mismatch"),
            // Meta's own error page, said from the one table of codes.
            AuthorizationError::WindowRefused { code, message } => {
                match spool_model::login_errors::window_error(*code) {
                    Some(known) => c.format(
                        "error-login-window-refused",
                        &[
                            ("code", shown(code)),
                            ("meaning", c.text(known.meaning_id).into()),
                            ("fix", c.text(known.fix_id).into()),
                        ],
                    ),
                    None => c.format(
                        "error-login-window-unknown",
                        &[("code", shown(code)), ("message", text(message))],
                    ),
                }
            }
            AuthorizationError::NotAnAddress | AuthorizationError::MissingCode => {
                c.text("error-login-not-an-address")
            }
        },
        LoginError::Api(ApiError::LoginRefused {
            endpoint: Endpoint::CodeExchange,
            message,
        }) => {
            let lower = message.to_lowercase();
            if lower.contains("already used") || lower.contains("expired") {
                c.text("error-login-code-used")
            } else if lower.contains("secret") || lower.contains("application") {
                c.text("error-login-app-refused")
            } else if lower.contains("redirect") {
                c.text("error-login-redirect-refused")
            } else {
                c.format("error-login-refused", &[("message", text(message))])
            }
        }
        LoginError::Api(api) => api_said(api, c),
        LoginError::TimedOut { minutes } => {
            c.format("error-login-timed-out", &[("minutes", (*minutes).into())])
        }
        LoginError::Listener { port, reason } => c.format(
            "error-login-listener",
            &[("port", shown(port)), ("reason", text(reason))],
        ),
        LoginError::NotStarted => c.text("error-login-not-started"),
        LoginError::Cancelled => c.text("error-login-cancelled"),
        LoginError::Demo(reason) => c.format("error-login-demo", &[("reason", text(reason))]),
        LoginError::Storage(error) => storage_said(error, c),
    }
}

/// A sync that stopped, saving nothing.
fn sync_said(error: &SyncError, c: &Catalogue) -> String {
    match error {
        SyncError::Cancelled => c.text("error-sync-cancelled"),
        SyncError::Api(api) => c.format("error-sync-api", &[("reason", api_said(api, c).into())]),
        SyncError::TooManyPages { pages } => {
            c.format("error-sync-too-many-pages", &[("pages", shown(pages))])
        }
        SyncError::TooSlow { limit } => {
            let limit = match limit.as_secs() {
                seconds if seconds < 60 => c.format(
                    "error-sync-limit-seconds",
                    &[("seconds", shown(limit.as_secs_f32()))],
                ),
                seconds => c.format(
                    "error-sync-limit-minutes",
                    &[("minutes", (seconds / 60).into())],
                ),
            };
            c.format("error-sync-too-slow", &[("limit", limit.into())])
        }
        SyncError::History(error) => history_said(error, c),
    }
}

/// An export that could not be made.
fn export_said(error: &ExportError, c: &Catalogue) -> String {
    match error {
        ExportError::History(error) => history_said(error, c),
        ExportError::RangeNeeded { what } => {
            c.format("error-export-range-needed", &[("what", text(what))])
        }
        ExportError::NothingStored { what } => {
            c.format("error-export-nothing-stored", &[("what", text(what))])
        }
        // A drawing that failed is a bug; the user should know nothing was lost.
        ExportError::Drawing(spool_charts::ChartError::Drawing(reason)) => {
            c.format("error-export-drawing", &[("reason", text(reason))])
        }
        ExportError::Drawing(spool_charts::ChartError::TooLarge { width, height }) => c.format(
            "error-export-too-large",
            &[("width", shown(width)), ("height", shown(height))],
        ),
        ExportError::Encoding { format, reason } => c.format(
            "error-export-encoding",
            &[("format", text(format)), ("reason", text(reason))],
        ),
    }
}

/// A file that could not be saved, named by its file name alone.
fn save_said(error: &SaveError, c: &Catalogue) -> String {
    match error {
        SaveError::FolderMissing { file } => {
            c.format("error-save-folder-missing", &[("file", text(file))])
        }
        SaveError::NotWritable { file } => {
            c.format("error-save-not-writable", &[("file", text(file))])
        }
        SaveError::DiskFull { file } => c.format("error-save-disk-full", &[("file", text(file))]),
        SaveError::Other { file, reason } => {
            let reason = if reason == crate::saved_file::FOLDER_IN_THE_WAY {
                c.text("error-save-folder-in-the-way")
            } else {
                reason.clone()
            };
            c.format(
                "error-save-other",
                &[("file", text(file)), ("reason", reason.into())],
            )
        }
    }
}

/// Threads refusing, or out of reach. `threads-api` writes these in English for the log;
/// the catalogue writes them for the window, from the same fields.
fn api_said(error: &ApiError, c: &Catalogue) -> String {
    match error {
        // Spool's own checks refused to send it: a fault in Spool, said as the log says it.
        ApiError::Refused(refused) => c.format("error-api-refused", &[("reason", shown(refused))]),
        ApiError::RateLimited {
            code,
            retry_after: None,
        } => c.format("error-api-rate-limited", &[("code", shown(code))]),
        ApiError::RateLimited {
            code,
            retry_after: Some(wait),
        } => c.format(
            "error-api-rate-limited-retry",
            &[
                ("code", shown(code)),
                ("seconds", shown(wait.as_secs().max(1))),
            ],
        ),
        ApiError::TokenExpired { code } => {
            c.format("error-api-token-expired", &[("code", shown(code))])
        }
        ApiError::PermissionMissing { code, scope } => c.format(
            "error-api-permission-missing",
            &[("code", shown(code)), ("scope", text(scope))],
        ),
        ApiError::InvalidParameter {
            subcode, message, ..
        } => match subcode {
            Some(33) => c.format("error-api-not-found", &[("message", text(message))]),
            Some(subcode) => c.format(
                "error-api-invalid-subcode",
                &[("subcode", shown(subcode)), ("message", text(message))],
            ),
            None => c.format("error-api-invalid", &[("message", text(message))]),
        },
        ApiError::LoginRefused { endpoint, message } => {
            let step = c.text(match endpoint {
                Endpoint::CodeExchange => "error-api-step-code-exchange",
                Endpoint::LongLivedExchange => "error-api-step-long-lived-exchange",
                Endpoint::Refresh => "error-api-step-refresh",
                Endpoint::Profile => "error-api-step-profile",
                Endpoint::Posts => "error-api-step-posts",
                Endpoint::PostInsights => "error-api-step-post-insights",
                Endpoint::AccountInsights => "error-api-step-account-insights",
            });
            c.format(
                "error-api-login-refused",
                &[("step", step.into()), ("message", text(message))],
            )
        }
        ApiError::Transient { detail, .. } => {
            c.format("error-api-transient", &[("detail", text(detail))])
        }
        ApiError::Other { code, message, .. } => c.format(
            "error-api-other",
            &[("code", shown(code)), ("message", text(message))],
        ),
        ApiError::Network(reason) => c.format("error-api-network", &[("reason", text(reason))]),
        ApiError::Timeout => c.text("error-api-timeout"),
        ApiError::UnexpectedResponse { status, detail } => c.format(
            "error-api-unexpected",
            &[("status", shown(status)), ("detail", text(detail))],
        ),
    }
}

impl From<AppError> for CommandError {
    fn from(error: AppError) -> Self {
        error.told(english())
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
    fn the_window_is_told_in_the_language_spool_speaks() {
        let german = Catalogue::bundled(Language::German, NumberStyle::of(Language::German));
        let shown = AppError::NoAccount.told(&german);
        assert_eq!(shown.kind, ErrorKind::InvalidInput);
        assert_eq!(shown.message, german.text("error-no-account"));
        assert_ne!(
            shown.message,
            AppError::NoAccount.message(),
            "said in German"
        );
        // Values go into the sentence as they are; Meta's trace stays as Meta wrote it.
        let refused = AppError::NeedsLogin {
            username: "creator".into(),
        };
        assert!(refused.told(&german).message.contains("@creator"));
        let fault = AppError::Fault { doing: "syncing" }.told(&german);
        assert!(
            fault.message.starts_with("Beim Synchronisieren"),
            "{}",
            fault.message
        );
        let trace = threads_api::GraphTrace {
            fbtrace_id: Some("AbC".into()),
            kind: None,
        };
        let api = AppError::Api(ApiError::Other {
            code: 3000,
            message: "Something new".into(),
            trace,
        });
        let shown = api.told(&german);
        assert_eq!(shown.details, api.details());
        assert!(shown.message.contains("Something new"), "{}", shown.message);
    }

    #[test]
    fn english_is_what_the_errors_say_for_the_log() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 5, 1).expect("a day");
        let errors = [
            AppError::NoAccount,
            AppError::NeedsLogin {
                username: "creator".into(),
            },
            AppError::SyncDidNotStop,
            AppError::from(
                spool_model::DateRange::new(today, today - chrono::TimeDelta::days(3), today)
                    .expect_err("backwards"),
            ),
            AppError::NotAThreadsLink {
                url: "http://example.com".into(),
                reason: threads_api::LinkRefused::NotHttps,
            },
            AppError::Fault { doing: "syncing" },
            AppError::Storage(StorageError::UnknownAccount),
            AppError::Login(LoginError::TimedOut { minutes: 5 }),
            AppError::Login(LoginError::Listener {
                port: 8080,
                reason: "in use".into(),
            }),
            AppError::Login(crate::login::check_app("1", "").expect_err("no id")),
            AppError::Login(
                crate::login::check_app("1234567890123456", "x").expect_err("no secret"),
            ),
            AppError::Sync(SyncError::TooManyPages { pages: 1000 }),
            AppError::Sync(SyncError::TooSlow {
                limit: std::time::Duration::from_secs(3600),
            }),
            AppError::Sync(SyncError::TooSlow {
                limit: std::time::Duration::from_millis(500),
            }),
            AppError::Sync(SyncError::Api(ApiError::RateLimited {
                code: 4,
                retry_after: Some(std::time::Duration::from_secs(3600)),
            })),
            AppError::Sync(SyncError::Api(ApiError::InvalidParameter {
                subcode: Some(33),
                message: "gone".into(),
                trace: threads_api::GraphTrace::default(),
            })),
            AppError::Api(ApiError::LoginRefused {
                endpoint: Endpoint::Refresh,
                message: "no".into(),
            }),
            AppError::Api(ApiError::UnexpectedResponse {
                status: 502,
                detail: "not JSON".into(),
            }),
            AppError::Export(ExportError::Drawing(spool_charts::ChartError::TooLarge {
                width: 20000,
                height: 10000,
            })),
            AppError::Save(SaveError::Other {
                file: "views.png".into(),
                reason: crate::saved_file::FOLDER_IN_THE_WAY.into(),
            }),
        ];
        let sqlite = || rusqlite::Error::InvalidQuery;
        let io = || std::io::Error::other("denied");
        let path = std::path::PathBuf::from("/data/spool");
        let trace = threads_api::GraphTrace::default;
        let more = [
            AppError::AlreadySyncing,
            AppError::Removing,
            AppError::LoggingOut,
            AppError::SyncInterval,
            AppError::LoginPort,
            AppError::PostNotFound,
            AppError::NoPostAddress,
            AppError::Browser {
                url: "https://threads.net/p".into(),
                reason: "none".into(),
            },
            AppError::StartAtLogin {
                reason: "no".into(),
            },
            AppError::Clipboard {
                reason: "no".into(),
            },
            AppError::ChartImage {
                reason: "bad".into(),
            },
            AppError::Backup {
                path: "/b.sqlite".into(),
                reason: "no".into(),
            },
            AppError::Storage(StorageError::DataDir {
                path: path.clone(),
                source: io(),
            }),
            AppError::Storage(StorageError::InUse { path: path.clone() }),
            AppError::Storage(StorageError::Credentials("x".into())),
            AppError::Storage(StorageError::CredentialsUnreadable {
                path: path.clone(),
                source: io(),
            }),
            AppError::Storage(StorageError::CredentialsNotWritten { path, source: io() }),
            AppError::Storage(StorageError::KeyUnavailable {
                holder: crate::vault_file::KeyPlace::System(
                    spool_model::SystemStore::MacosKeychain,
                ),
                reason: "locked".into(),
            }),
            AppError::History(HistoryError::Damaged(sqlite())),
            AppError::History(HistoryError::Busy(sqlite())),
            AppError::History(HistoryError::ReadOnly(sqlite())),
            AppError::History(HistoryError::DiskFull(sqlite())),
            AppError::History(HistoryError::CannotOpen(sqlite())),
            AppError::History(HistoryError::Migration {
                step: 7,
                source: sqlite(),
            }),
            AppError::History(HistoryError::TooNew { found: 12 }),
            AppError::History(HistoryError::Sqlite(sqlite())),
            AppError::Login(LoginError::NoApp),
            AppError::Login(LoginError::Authorization(AuthorizationError::Denied {
                description: None,
            })),
            AppError::Login(LoginError::Authorization(AuthorizationError::StateMismatch)),
            AppError::Login(LoginError::Authorization(AuthorizationError::MissingCode)),
            AppError::Login(LoginError::Authorization(
                AuthorizationError::WindowRefused {
                    code: 1349187,
                    message: "no".into(),
                },
            )),
            AppError::Login(LoginError::Authorization(
                AuthorizationError::WindowRefused {
                    code: 4242,
                    message: "Something went wrong".into(),
                },
            )),
            AppError::Login(LoginError::NotStarted),
            AppError::Login(LoginError::Cancelled),
            AppError::Login(LoginError::Demo("no".into())),
            AppError::Sync(SyncError::Cancelled),
            AppError::Export(ExportError::RangeNeeded {
                what: "profile views",
            }),
            AppError::Export(ExportError::NothingStored {
                what: "followers".into(),
            }),
            AppError::Export(ExportError::Encoding {
                format: "CSV",
                reason: "no".into(),
            }),
            AppError::Save(SaveError::FolderMissing {
                file: "a.csv".into(),
            }),
            AppError::Save(SaveError::NotWritable {
                file: "a.csv".into(),
            }),
            AppError::Save(SaveError::DiskFull {
                file: "a.csv".into(),
            }),
            AppError::Api(ApiError::Refused(threads_api::RequestRefused::NoMetric)),
            AppError::Api(ApiError::RateLimited {
                code: 17,
                retry_after: None,
            }),
            AppError::Api(ApiError::TokenExpired { code: 190 }),
            AppError::Api(ApiError::PermissionMissing {
                code: 10,
                scope: "threads_basic",
            }),
            AppError::Api(ApiError::InvalidParameter {
                subcode: Some(5),
                message: "m".into(),
                trace: trace(),
            }),
            AppError::Api(ApiError::InvalidParameter {
                subcode: None,
                message: "m".into(),
                trace: trace(),
            }),
            AppError::Api(ApiError::Transient {
                detail: "code 1".into(),
                trace: trace(),
            }),
            AppError::Api(ApiError::Network("refused".into())),
            AppError::Api(ApiError::Timeout),
        ];
        let endpoints = [
            Endpoint::CodeExchange,
            Endpoint::LongLivedExchange,
            Endpoint::Profile,
            Endpoint::Posts,
            Endpoint::PostInsights,
            Endpoint::AccountInsights,
        ];
        let refused = endpoints.into_iter().map(|endpoint| {
            AppError::Api(ApiError::LoginRefused {
                endpoint,
                message: "no".into(),
            })
        });
        let advice = [
            "Code already used",
            "Invalid application secret",
            "bad redirect_uri",
            "?",
        ]
        .map(|message| {
            AppError::Login(LoginError::Api(ApiError::LoginRefused {
                endpoint: Endpoint::CodeExchange,
                message: message.into(),
            }))
        });
        let errors = errors.into_iter().chain(more).chain(refused).chain(advice);
        for error in errors {
            assert_eq!(error.message(), error.to_string());
        }
        let drawing = AppError::Export(ExportError::Drawing(spool_charts::ChartError::Drawing(
            "x".into(),
        )));
        assert_eq!(
            drawing.message(),
            format!("{drawing}. Please report this; your data is unchanged.")
        );
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
