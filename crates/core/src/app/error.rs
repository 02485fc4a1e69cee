//! The service's one error type, and the one place that decides what the window is told.

use std::sync::LazyLock;

use spool_i18n::{Catalogue, Language, NumberStyle};
use spool_model::{CommandError, ErrorKind, RangeError, Sentence, SentenceValue};
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
    /// No account of Spool's has this handle.
    #[error(
        "Spool has no account @{username}: connect it in Spool first, or name one it has (demo for the demo account)."
    )]
    UnknownAccount {
        /// The handle asked for, without the @.
        username: String,
    },
    /// The sync asked for before a report did not finish, so no report was written.
    #[error(
        "{}",
        if reason.is_some() {
            "The sync failed, so no report was written."
        } else {
            "The sync was stopped, so no report was written."
        }
    )]
    SyncFailed {
        /// Why, as the history recorded it (none when it was stopped).
        reason: Option<Sentence>,
    },
    /// A report was asked for with no section in it.
    #[error("Choose at least one section for the report.")]
    NoReportSections,
    /// The folder a report is to be written into is not one.
    #[error("Spool cannot write reports into {path}: {reason}. Choose a folder that exists.")]
    ReportFolder {
        /// The folder named.
        path: String,
        /// What is wrong with it.
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
pub(super) fn english() -> &'static Catalogue {
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
        catalogue.say(&self.sentence())
    }

    /// What went wrong and what to do, as a sentence of the catalogue: said at once by
    /// [`AppError::said`], or kept (a failed sync's reason) and said when it is read.
    pub fn sentence(&self) -> Sentence {
        let of = Sentence::of;
        match self {
            AppError::NoAccount => of("error-no-account"),
            AppError::NeedsLogin { username } => of("error-needs-login").with("username", username),
            AppError::AlreadySyncing => of("error-already-syncing"),
            AppError::Removing => of("error-removing"),
            AppError::LoggingOut => of("error-logging-out"),
            AppError::SyncDidNotStop => of("error-sync-did-not-stop"),
            AppError::SyncInterval => of("error-sync-interval"),
            AppError::LoginPort => of("error-login-port"),
            AppError::Range(error) => error.sentence(),
            AppError::PostNotFound => of("error-post-not-found"),
            AppError::NoPostAddress => of("error-no-post-address"),
            AppError::NotAThreadsLink { url, reason } => {
                let reason = of(match reason {
                    threads_api::LinkRefused::NotAnAddress => "error-link-not-an-address",
                    threads_api::LinkRefused::NotHttps => "error-link-not-https",
                    threads_api::LinkRefused::NotThreads => "error-link-not-threads",
                });
                of("error-not-a-threads-link")
                    .with("url", url)
                    .with("reason", reason)
            }
            AppError::Browser { url, reason } => {
                of("error-browser").with("url", url).with("reason", reason)
            }
            AppError::StartAtLogin { reason } => of("error-start-at-login").with("reason", reason),
            AppError::Clipboard { reason } => of("error-clipboard").with("reason", reason),
            AppError::ChartImage { reason } => of("error-chart-image").with("reason", reason),
            AppError::Backup { path, reason } => {
                of("error-backup").with("path", path).with("reason", reason)
            }
            AppError::UnknownAccount { username } => {
                of("error-unknown-account").with("username", username)
            }
            AppError::NoReportSections => of("reports-no-sections"),
            AppError::SyncFailed { reason } => match reason {
                Some(reason) => of("error-report-sync-failed").with("reason", reason.clone()),
                None => of("error-report-sync-stopped"),
            },
            AppError::ReportFolder { path, reason } => of("error-report-folder")
                .with("path", path)
                .with("reason", reason),
            AppError::Fault { doing } => of("error-fault").with("doing", doing_sentence(doing)),
            AppError::Storage(error) => storage_sentence(error),
            AppError::History(error) => history_sentence(error),
            AppError::Login(error) => login_sentence(error),
            AppError::Sync(error) => error.sentence(),
            AppError::Export(error) => export_sentence(error),
            AppError::Save(error) => save_sentence(error),
            AppError::Api(error) => api_sentence(error),
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
            | AppError::NotAThreadsLink { .. }
            | AppError::UnknownAccount { .. }
            | AppError::NoReportSections
            | AppError::ReportFolder { .. } => ErrorKind::InvalidInput,
            AppError::NeedsLogin { .. } => ErrorKind::NeedsLogin,
            AppError::SyncFailed { .. } => ErrorKind::Network,
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

/// A value written as its `Display` writes it: codes, ports, days and sizes, which no
/// catalogue groups or reads as a count.
fn shown(value: impl std::fmt::Display) -> SentenceValue {
    SentenceValue::Text(value.to_string())
}

/// What Spool was doing when it hit a fault, as the catalogue says it: each doing a command
/// or a round names; any other (a test's) as it is written.
pub(super) fn doing_sentence(doing: &str) -> Sentence {
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
        "drawing the report" => "error-doing-drawing-report",
        "choosing a folder" => "error-doing-choosing-folder",
        "writing the report" => "error-doing-writing-report",
        "writing the scheduled report" => "error-doing-writing-scheduled-report",
        "reading the report schedule" => "error-doing-reading-report-schedule",
        "saving the report schedule" => "error-doing-saving-report-schedule",
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
        _ => return Sentence::as_written(doing),
    };
    Sentence::of(id)
}

/// Spool's own files failing.
fn storage_sentence(error: &StorageError) -> Sentence {
    match error {
        StorageError::DataDir { path, source } => Sentence::of("error-storage-data-dir")
            .with("path", shown(path.display()))
            .with("reason", shown(source)),
        StorageError::InUse { path } => {
            Sentence::of("error-storage-in-use").with("path", shown(path.display()))
        }
        StorageError::Credentials(reason) => {
            Sentence::of("error-storage-credentials").with("reason", reason)
        }
        StorageError::CredentialsUnreadable { path, source } => {
            Sentence::of("error-storage-credentials-unreadable")
                .with("path", shown(path.display()))
                .with("reason", shown(source))
        }
        StorageError::CredentialsNotWritten { path, source } => {
            Sentence::of("error-storage-credentials-not-written")
                .with("path", shown(path.display()))
                .with("reason", shown(source))
        }
        StorageError::KeyUnavailable { holder, reason } => {
            Sentence::of("error-storage-key-unavailable")
                .with("holder", holder.sentence())
                .with("reason", reason)
        }
        StorageError::UnknownAccount => Sentence::of("error-storage-unknown-account"),
    }
}

/// The history database failing, by what the user can do about it.
pub(super) fn history_sentence(error: &HistoryError) -> Sentence {
    let with = |id: &str, reason: &rusqlite::Error| Sentence::of(id).with("reason", shown(reason));
    match error {
        HistoryError::Damaged(reason) => with("error-history-damaged", reason),
        HistoryError::Busy(_) => Sentence::of("error-history-busy"),
        HistoryError::ReadOnly(reason) => with("error-history-read-only", reason),
        HistoryError::DiskFull(_) => Sentence::of("error-history-disk-full"),
        HistoryError::CannotOpen(reason) => with("error-history-cannot-open", reason),
        HistoryError::Migration { step, source } => Sentence::of("error-history-migration")
            .with("step", shown(step))
            .with("reason", shown(source)),
        HistoryError::TooNew { found } => {
            Sentence::of("error-history-too-new").with("found", shown(found))
        }
        HistoryError::Sqlite(reason) => with("error-history-failed", reason),
    }
}

/// A login that did not complete, with what to do.
fn login_sentence(error: &LoginError) -> Sentence {
    match error {
        LoginError::NoApp => Sentence::of("error-login-no-app"),
        LoginError::BadAppCredentials(advice) => {
            Sentence::of(if *advice == crate::login::APP_ID_ADVICE {
                "error-login-bad-app-id"
            } else {
                "error-login-bad-app-secret"
            })
        }
        LoginError::Authorization(error) => match error {
            AuthorizationError::Denied { .. } => Sentence::of("error-login-denied"),
            AuthorizationError::StateMismatch => Sentence::of("error-login-state-mismatch"),
            // Meta's own error page, said from the one table of codes.
            AuthorizationError::WindowRefused { code, message } => {
                match spool_model::login_errors::window_error(*code) {
                    Some(known) => Sentence::of("error-login-window-refused")
                        .with("code", shown(code))
                        .with("meaning", Sentence::of(known.meaning_id))
                        .with("fix", Sentence::of(known.fix_id)),
                    None => Sentence::of("error-login-window-unknown")
                        .with("code", shown(code))
                        .with("message", message),
                }
            }
            AuthorizationError::NotAnAddress | AuthorizationError::MissingCode => {
                Sentence::of("error-login-not-an-address")
            }
        },
        LoginError::Api(ApiError::LoginRefused {
            endpoint: Endpoint::CodeExchange,
            message,
        }) => {
            let lower = message.to_lowercase();
            if lower.contains("already used") || lower.contains("expired") {
                Sentence::of("error-login-code-used")
            } else if lower.contains("secret") || lower.contains("application") {
                Sentence::of("error-login-app-refused")
            } else if lower.contains("redirect") {
                Sentence::of("error-login-redirect-refused")
            } else {
                Sentence::of("error-login-refused").with("message", message)
            }
        }
        LoginError::Api(api) => api_sentence(api),
        LoginError::TimedOut { minutes } => {
            Sentence::of("error-login-timed-out").with("minutes", *minutes)
        }
        LoginError::Listener { port, reason } => Sentence::of("error-login-listener")
            .with("port", shown(port))
            .with("reason", reason),
        LoginError::NotStarted => Sentence::of("error-login-not-started"),
        LoginError::Cancelled => Sentence::of("error-login-cancelled"),
        LoginError::Demo(reason) => Sentence::of("error-login-demo").with("reason", reason),
        LoginError::Storage(error) => storage_sentence(error),
    }
}

impl SyncError {
    /// Why the sync stopped, saving nothing, as a sentence of the catalogue: what the history
    /// keeps of a failed sync, said in the language of whoever reads it.
    pub fn sentence(&self) -> Sentence {
        match self {
            SyncError::Cancelled => Sentence::of("error-sync-cancelled"),
            SyncError::Api(api) => Sentence::of("error-sync-api").with("reason", api_sentence(api)),
            SyncError::TooManyPages { pages } => {
                Sentence::of("error-sync-too-many-pages").with("pages", shown(pages))
            }
            SyncError::TooSlow { limit } => {
                let limit = match limit.as_secs() {
                    seconds if seconds < 60 => Sentence::of("error-sync-limit-seconds")
                        .with("seconds", shown(limit.as_secs_f32())),
                    seconds => {
                        Sentence::of("error-sync-limit-minutes").with("minutes", seconds / 60)
                    }
                };
                Sentence::of("error-sync-too-slow").with("limit", limit)
            }
            SyncError::History(error) => history_sentence(error),
        }
    }
}

/// An export that could not be made.
fn export_sentence(error: &ExportError) -> Sentence {
    match error {
        ExportError::History(error) => history_sentence(error),
        ExportError::RangeNeeded { what } => {
            Sentence::of("error-export-range-needed").with("what", Sentence::of(what))
        }
        ExportError::NothingStored { what } => {
            Sentence::of("error-export-nothing-stored").with("what", Sentence::of(what))
        }
        // A drawing that failed is a bug; the user should know nothing was lost.
        ExportError::Drawing(spool_charts::ChartError::Drawing(reason)) => {
            Sentence::of("error-export-drawing").with("reason", reason)
        }
        ExportError::Drawing(spool_charts::ChartError::TooLarge { width, height }) => {
            Sentence::of("error-export-too-large")
                .with("width", shown(width))
                .with("height", shown(height))
        }
        ExportError::Encoding { format, reason } => Sentence::of("error-export-encoding")
            .with("format", *format)
            .with("reason", reason),
    }
}

/// A file that could not be saved, named by its file name alone.
fn save_sentence(error: &SaveError) -> Sentence {
    match error {
        SaveError::FolderMissing { file } => {
            Sentence::of("error-save-folder-missing").with("file", file)
        }
        SaveError::NotWritable { file } => {
            Sentence::of("error-save-not-writable").with("file", file)
        }
        SaveError::DiskFull { file } => Sentence::of("error-save-disk-full").with("file", file),
        SaveError::Other { file, reason } => {
            let reason = if reason == crate::saved_file::FOLDER_IN_THE_WAY {
                SentenceValue::from(Sentence::of("error-save-folder-in-the-way"))
            } else {
                SentenceValue::from(reason)
            };
            Sentence::of("error-save-other")
                .with("file", file)
                .with("reason", reason)
        }
    }
}

/// Threads refusing, or out of reach. `threads-api` writes these in English for the log;
/// the catalogue writes them for the window, from the same fields.
fn api_sentence(error: &ApiError) -> Sentence {
    match error {
        // Spool's own checks refused to send it: a fault in Spool, said as the log says it.
        ApiError::Refused(refused) => {
            Sentence::of("error-api-refused").with("reason", shown(refused))
        }
        ApiError::RateLimited {
            code,
            retry_after: None,
        } => Sentence::of("error-api-rate-limited").with("code", shown(code)),
        ApiError::RateLimited {
            code,
            retry_after: Some(wait),
        } => Sentence::of("error-api-rate-limited-retry")
            .with("code", shown(code))
            .with("seconds", shown(wait.as_secs().max(1))),
        ApiError::TokenExpired { code } => {
            Sentence::of("error-api-token-expired").with("code", shown(code))
        }
        ApiError::PermissionMissing { code, scope } => Sentence::of("error-api-permission-missing")
            .with("code", shown(code))
            .with("scope", *scope),
        ApiError::InvalidParameter {
            subcode, message, ..
        } => match subcode {
            Some(33) => Sentence::of("error-api-not-found").with("message", message),
            Some(subcode) => Sentence::of("error-api-invalid-subcode")
                .with("subcode", shown(subcode))
                .with("message", message),
            None => Sentence::of("error-api-invalid").with("message", message),
        },
        ApiError::LoginRefused { endpoint, message } => {
            let step = Sentence::of(match endpoint {
                Endpoint::CodeExchange => "error-api-step-code-exchange",
                Endpoint::LongLivedExchange => "error-api-step-long-lived-exchange",
                Endpoint::Refresh => "error-api-step-refresh",
                Endpoint::Profile => "error-api-step-profile",
                Endpoint::Posts => "error-api-step-posts",
                Endpoint::PostInsights => "error-api-step-post-insights",
                Endpoint::AccountInsights => "error-api-step-account-insights",
            });
            Sentence::of("error-api-login-refused")
                .with("step", step)
                .with("message", message)
        }
        ApiError::Transient { detail, .. } => {
            Sentence::of("error-api-transient").with("detail", detail)
        }
        ApiError::Other { code, message, .. } => Sentence::of("error-api-other")
            .with("code", shown(code))
            .with("message", message),
        ApiError::Network(reason) => Sentence::of("error-api-network").with("reason", reason),
        ApiError::Timeout => Sentence::of("error-api-timeout"),
        ApiError::UnexpectedResponse { status, detail } => Sentence::of("error-api-unexpected")
            .with("status", shown(status))
            .with("detail", detail),
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
            AppError::UnknownAccount {
                username: "nobody".into(),
            },
            AppError::NoReportSections,
            AppError::SyncFailed { reason: None },
            AppError::ReportFolder {
                path: "/nowhere".into(),
                reason: "not a folder".into(),
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
        // What was to be exported is named as the screen names it, in the catalogue's words.
        let range_needed = AppError::Export(ExportError::RangeNeeded {
            what: spool_model::ChartKind::ProfileViews.message_id(),
        });
        assert_eq!(
            range_needed.message(),
            "Choose the days of “Profile views per day” to export, then export again."
        );
        let nothing_stored = AppError::Export(ExportError::NothingStored {
            what: spool_model::ChartKind::Followers.message_id(),
        });
        assert_eq!(
            nothing_stored.message(),
            "Spool has nothing stored for “Followers over time” yet: sync, then export again."
        );
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
