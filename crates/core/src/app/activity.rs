//! What Spool writes to its log about the user's logins and syncs, at the `info` level under
//! this module's name (the shell's log file keeps it).
//!
//! Nothing secret may reach a log line. Every line is made here from values that also cross
//! into the window ([`AccountSummary`], [`SyncSummary`], and errors as the window is told
//! them), which are token-free by construction: Threads' answers are redacted in
//! `threads-api`, and the end-to-end tests check that no token reaches the window or the log.

use log::Level;
use spool_model::{AccountSummary, CommandError, ErrorKind, SyncOutcome, SyncSummary};

use super::AppResult;
use crate::sync::YoungRound;

/// How a login was made, in the log's words.
#[derive(Debug, Clone, Copy)]
pub(super) enum LoginMethod {
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
pub(super) fn login_ended(method: LoginMethod, result: &AppResult<AccountSummary>) {
    let (level, line) = login_line(method, &told(result));
    log::log!(level, "{line}");
}

/// Logs that a sync of `@username` began.
pub(super) fn sync_started(username: &str) {
    log::info!("sync of @{username} started");
}

/// Logs how a sync of `@username` ended.
pub(super) fn sync_ended(username: &str, result: &AppResult<SyncSummary>) {
    let (level, line) = sync_line(username, &told(result));
    log::log!(level, "{line}");
}

/// Logs how a round reading the young posts of `@username` ended.
pub(super) fn young_posts_read(username: &str, result: &AppResult<YoungRound>) {
    let (level, line) = young_posts_line(username, &told(result));
    log::log!(level, "{line}");
}

/// The result as the window is told it: what the log says is what the user saw.
fn told<T: Clone>(result: &AppResult<T>) -> Result<T, CommandError> {
    match result {
        Ok(value) => Ok(value.clone()),
        Err(error) => {
            Err(CommandError::new(error.kind(), error.message()).with_details(error.details()))
        }
    }
}

/// A message as the log writes it: with what Meta's support would ask for, when there is any.
fn with_details(message: &str, details: Option<&str>) -> String {
    match details {
        Some(details) => format!("{message} ({details})"),
        None => message.to_owned(),
    }
}

/// An error as the log writes it: its kind, its message and its details.
fn said(error: &CommandError) -> String {
    format!(
        "({:?}): {}",
        error.kind,
        with_details(&error.message, error.details.as_deref())
    )
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
        Err(error) => (Level::Warn, format!("login {how} failed {}", said(error))),
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
                        with_details(
                            &error.as_ref().map_or_else(
                                || "no reason given".to_owned(),
                                |reason| super::error::english().say(reason)
                            ),
                            summary.details.as_deref()
                        )
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
            format!("sync of @{username} failed {}", said(error)),
        ),
    }
}

fn young_posts_line(username: &str, result: &Result<YoungRound, CommandError>) -> (Level, String) {
    match result {
        Ok(round) => {
            let took = (round.summary.ended_at - round.summary.started_at).num_milliseconds();
            (
                Level::Info,
                format!(
                    "young posts of @{username} read: {} ({} new) with {} requests in {took} ms",
                    round.young_posts, round.new_posts, round.summary.requests
                ),
            )
        }
        Err(error) if error.kind == ErrorKind::Cancelled => (
            Level::Info,
            format!("reading the young posts of @{username} was cancelled"),
        ),
        Err(error) => (
            Level::Warn,
            format!(
                "reading the young posts of @{username} failed {}",
                said(error)
            ),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Utc};
    use spool_model::CommandError;

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
            error: error.map(spool_model::Sentence::as_written),
            details: None,
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
    fn the_log_keeps_what_metas_support_asks_for() {
        let mut failed = summary(SyncOutcome::Failed, Some("Threads answered with error 1"));
        failed.details = Some("For Meta's support: fbtrace_id AbC, type OAuthException".into());
        let (_, line) = sync_line("mara.makes", &Ok(failed));
        assert!(
            line.ends_with(
                "Threads answered with error 1 (For Meta's support: fbtrace_id AbC, type OAuthException)"
            ),
            "{line}"
        );
        let refused = CommandError::new(ErrorKind::Internal, "Threads answered with error 1")
            .with_details(Some(
                "For Meta's support: fbtrace_id AbC, type OAuthException".into(),
            ));
        let (_, line) = login_line(LoginMethod::PastedToken, &Err(refused));
        assert!(line.contains("fbtrace_id AbC"), "{line}");
    }

    #[test]
    fn a_cancelled_sync_is_no_failure() {
        let cancelled = CommandError::new(ErrorKind::Cancelled, "The sync was cancelled.");
        let (level, line) = sync_line("mara.makes", &Err(cancelled));
        assert_eq!(level, Level::Info);
        assert_eq!(line, "sync of @mara.makes was cancelled");
    }

    #[test]
    fn a_young_posts_round_says_what_it_read_and_a_refused_one_why() {
        let round = YoungRound {
            summary: summary(SyncOutcome::Completed, None),
            young_posts: 3,
            new_posts: 1,
        };
        let (level, line) = young_posts_line("mara.makes", &Ok(round));
        assert_eq!(level, Level::Info);
        assert_eq!(
            line,
            "young posts of @mara.makes read: 3 (1 new) with 42 requests in 1500 ms"
        );
        let refused = CommandError::new(ErrorKind::NeedsLogin, "Log in again.");
        let (level, line) = young_posts_line("mara.makes", &Err(refused));
        assert_eq!(level, Level::Warn);
        assert_eq!(
            line,
            "reading the young posts of @mara.makes failed (NeedsLogin): Log in again."
        );
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
