//! What Spool writes to its log file: start-up, syncs and logins, in the platform's log folder
//! (Linux: `~/.local/share/app.spool.desktop/logs`, macOS: `~/Library/Logs/app.spool.desktop`,
//! Windows: `%LOCALAPPDATA%\app.spool.desktop\logs`), rotated by size.
//!
//! Nothing secret may reach a log line. Every line is made here from values that also cross
//! into the window ([`AccountSummary`], [`SyncSummary`], [`CommandError`]), which are token-free
//! by construction: Threads' answers are redacted in `threads-api`, and the end-to-end tests
//! check that no token reaches the window or the log file. Other crates log warnings only, so a
//! request address, which carries the token, never does either.

use log::{Level, LevelFilter};
use spool_model::{AccountSummary, CommandError, ErrorKind, SyncOutcome, SyncSummary};
use tauri_plugin_log::{RotationStrategy, Target, TargetKind};

/// The log file's name, without `.log`.
const FILE_NAME: &str = "spool";
/// A log file is set aside when it reaches this size...
const MAX_FILE_BYTES: u128 = 1024 * 1024;
/// ...and this many files are kept in all, the one being written included.
const KEPT_FILES: usize = 5;

/// The log plugin: Spool's own events at `info`, everything else at `warn`, to the rotating
/// file and to standard error (seen when Spool is started from a terminal).
pub fn plugin<R: tauri::Runtime>() -> tauri::plugin::TauriPlugin<R> {
    tauri_plugin_log::Builder::new()
        .clear_targets()
        .targets([
            Target::new(TargetKind::LogDir {
                file_name: Some(FILE_NAME.to_owned()),
            }),
            Target::new(TargetKind::Stderr),
        ])
        .level(LevelFilter::Warn)
        .level_for(env!("CARGO_CRATE_NAME"), LevelFilter::Info)
        .max_file_size(MAX_FILE_BYTES)
        .rotation_strategy(RotationStrategy::KeepSome(KEPT_FILES))
        .timezone_strategy(tauri_plugin_log::TimezoneStrategy::UseLocal)
        .build()
}

/// How a login was made, in the log's words.
#[derive(Debug, Clone, Copy)]
pub enum LoginMethod {
    /// The browser login through the creator's Meta app.
    Browser,
    /// A long-lived token pasted from the app dashboard.
    PastedToken,
    /// The demo account.
    Demo,
}

impl LoginMethod {
    fn describe(self) -> &'static str {
        match self {
            LoginMethod::Browser => "through the browser",
            LoginMethod::PastedToken => "with a pasted token",
            LoginMethod::Demo => "to the demo account",
        }
    }
}

/// Logs how a login ended.
pub fn login_ended(method: LoginMethod, result: &Result<AccountSummary, CommandError>) {
    let (level, line) = login_line(method, result);
    log::log!(level, "{line}");
}

/// Logs that a sync of `@username` began.
pub fn sync_started(username: &str) {
    log::info!("sync of @{username} started");
}

/// Logs how a sync of `@username` ended.
pub fn sync_ended(username: &str, result: &Result<SyncSummary, CommandError>) {
    let (level, line) = sync_line(username, result);
    log::log!(level, "{line}");
}

fn login_line(
    method: LoginMethod,
    result: &Result<AccountSummary, CommandError>,
) -> (Level, String) {
    let how = method.describe();
    match result {
        Ok(account) => (
            Level::Info,
            format!("logged in {how} as @{}", account.username),
        ),
        Err(error) => (
            Level::Warn,
            format!("login {how} failed ({:?}): {}", error.kind, error.message),
        ),
    }
}

fn sync_line(username: &str, result: &Result<SyncSummary, CommandError>) -> (Level, String) {
    match result {
        Ok(summary) => {
            let took = (summary.ended_at - summary.started_at).num_milliseconds();
            let requests = summary.requests;
            match (&summary.outcome, &summary.error) {
                (SyncOutcome::Failed, error) => (
                    Level::Warn,
                    format!(
                        "sync of @{username} failed after {requests} requests in {took} ms: {}",
                        error.as_deref().unwrap_or("no reason given")
                    ),
                ),
                (outcome, _) => (
                    Level::Info,
                    format!(
                        "sync of @{username} ended ({outcome:?}) after {requests} requests in {took} ms"
                    ),
                ),
            }
        }
        // Stopped by the user: nothing went wrong.
        Err(error) if error.kind == ErrorKind::Cancelled => {
            (Level::Info, format!("sync of @{username} was cancelled"))
        }
        Err(error) => (
            Level::Warn,
            format!(
                "sync of @{username} failed ({:?}): {}",
                error.kind, error.message
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};

    fn summary(outcome: SyncOutcome, error: Option<&str>) -> SyncSummary {
        let start = Utc
            .with_ymd_and_hms(2026, 5, 1, 12, 0, 0)
            .single()
            .expect("a real time");
        SyncSummary {
            started_at: start,
            ended_at: start + chrono::TimeDelta::milliseconds(1500),
            outcome,
            requests: 42,
            error: error.map(str::to_owned),
        }
    }

    #[test]
    fn a_finished_sync_says_how_long_it_took() {
        let (level, line) = sync_line("mara.makes", &Ok(summary(SyncOutcome::Completed, None)));
        assert_eq!(level, Level::Info);
        assert_eq!(
            line,
            "sync of @mara.makes ended (Completed) after 42 requests in 1500 ms"
        );
    }

    #[test]
    fn a_failed_sync_is_a_warning_with_its_reason() {
        let (level, line) = sync_line(
            "mara.makes",
            &Ok(summary(SyncOutcome::Failed, Some("Threads is busy"))),
        );
        assert_eq!(level, Level::Warn);
        assert!(
            line.contains("failed") && line.contains("Threads is busy"),
            "{line}"
        );
    }

    #[test]
    fn a_cancelled_sync_is_no_failure() {
        let cancelled = CommandError::new(ErrorKind::Cancelled, "The sync was cancelled.");
        let (level, line) = sync_line("mara.makes", &Err(cancelled));
        assert_eq!(level, Level::Info);
        assert_eq!(line, "sync of @mara.makes was cancelled");
    }

    #[test]
    fn a_refused_login_is_a_warning_with_the_message_the_window_shows() {
        let refused = CommandError::new(ErrorKind::NeedsLogin, "Threads refused the token.");
        let (level, line) = login_line(LoginMethod::PastedToken, &Err(refused));
        assert_eq!(level, Level::Warn);
        assert_eq!(
            line,
            "login with a pasted token failed (NeedsLogin): Threads refused the token."
        );
    }
}
