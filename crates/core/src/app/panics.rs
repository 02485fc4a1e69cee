//! A panic is a bug in Spool, never the user's problem: where the service's work runs (a
//! command, a sync, a scheduled round), a panic is caught, logged and answered as
//! [`AppError::Fault`], and whatever the work held (an account's sync slot above all) is
//! released as its future is dropped. A fault in work no window asked for (a scheduled round,
//! an hourly login check) is told to the windows as a notice ([`Host::notice`]), since no
//! command's answer would show it. The shell's panic hook logs every panic with
//! [`panic_report`] before anything else happens to it.
//!
//! Nothing secret may reach the log: a panic's message is Spool's own text, and any token
//! would print as `[hidden]`; still, [`panic_report`] hides what looks like a token or a
//! secret in case one was formatted by hand.

use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;

use futures_util::FutureExt;

#[cfg(doc)]
use super::Host;
use super::{AppError, AppResult};

/// Runs `work`; a panic inside it is logged and answered as [`AppError::Fault`] saying what
/// was being done. Everything `work` held is dropped before this returns. The shell runs every
/// command's work through it, so the window is always answered.
pub async fn caught<T>(
    doing: &'static str,
    work: impl Future<Output = AppResult<T>>,
) -> AppResult<T> {
    // Unwind safety: what `work` shares with the rest of the service is behind locks that
    // carry on after a panic (`crate::locks`) or in SQLite transactions that roll back.
    match AssertUnwindSafe(work).catch_unwind().await {
        Ok(answer) => answer,
        Err(payload) => Err(AppError::panicked(doing, payload.as_ref())),
    }
}

/// A blocking task's end: its answer, or the fault it ended in (a panic, or the runtime
/// shutting down), turned into an [`AppError`] in the same one place as an async panic.
pub(crate) fn joined<T>(
    doing: &'static str,
    joined: Result<AppResult<T>, tokio::task::JoinError>,
) -> AppResult<T> {
    match joined {
        Ok(answer) => answer,
        Err(error) if error.is_panic() => {
            Err(AppError::panicked(doing, error.into_panic().as_ref()))
        }
        Err(_) => Err(AppError::Fault { doing }),
    }
}

impl AppError {
    /// The one place a panic becomes an error: logged (its message, with anything that looks
    /// secret hidden) and answered as [`AppError::Fault`].
    pub(crate) fn panicked(doing: &'static str, payload: &(dyn Any + Send)) -> AppError {
        log::error!(
            "Spool hit a fault while {doing} and carried on: {}",
            hide_secrets(&panic_message(payload))
        );
        AppError::Fault { doing }
    }
}

/// The text a panic was raised with, when it has one.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "(no message)".to_owned()
    }
}

/// The log line for a panic, as the shell's panic hook writes it: where it happened, on which
/// thread, and its message, with anything that looks like a token or a secret hidden.
pub fn panic_report(info: &std::panic::PanicHookInfo<'_>) -> String {
    let location = info
        .location()
        .map(|l| format!("{}:{}", l.file(), l.line()))
        .unwrap_or_else(|| "an unknown place".to_owned());
    let thread = std::thread::current();
    report_line(
        &panic_message(info.payload()),
        &location,
        thread.name().unwrap_or("unnamed"),
    )
}

fn report_line(message: &str, location: &str, thread: &str) -> String {
    format!(
        "Spool panicked at {location} (thread {thread}): {}",
        hide_secrets(message)
    )
}

/// `text` with what may be secret hidden: the value of any `access_token`, `client_secret` or
/// `code` parameter, and any word of 32 or more letters, digits, `-` and `_` that mixes
/// letters and digits (Threads' tokens are hundreds long; app secrets are 32 hex digits).
fn hide_secrets(text: &str) -> String {
    const PARAMETERS: [&str; 3] = ["access_token=", "client_secret=", "code="];
    let is_word = |c: char| c.is_ascii_alphanumeric() || c == '-' || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(name) = PARAMETERS.iter().find(|p| rest.starts_with(**p)) {
            out.push_str(name);
            out.push_str("[hidden]");
            let value = &rest[name.len()..];
            let end = value
                .find(|c: char| "&\"',;)".contains(c) || c.is_whitespace())
                .unwrap_or(value.len());
            rest = &value[end..];
            continue;
        }
        let length = rest.find(|c: char| !is_word(c)).unwrap_or(rest.len());
        if length == 0 {
            let next = rest.chars().next().map_or(1, char::len_utf8);
            out.push_str(&rest[..next]);
            rest = &rest[next..];
            continue;
        }
        let word = &rest[..length];
        let secret_like = length >= 32
            && word.contains(|c: char| c.is_ascii_digit())
            && word.contains(|c: char| c.is_ascii_alphabetic());
        out.push_str(if secret_like { "[hidden]" } else { word });
        rest = &rest[length..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_report_says_where_and_what_and_hides_tokens_and_secrets() {
        let token = "THAAQ9x2hG7kLmN0pQrStUvWxYz1234567890abcdefGHIJKLmnop";
        let secret = "0f9d2c4b6a8e1f3d5c7b9a0e2f4d6c8b";
        let line = report_line(
            &format!(
                "request to https://graph.threads.com/v1.0/me?access_token={token}&fields=id \
                 failed; client_secret={secret}, code=AQBx-12_ab; bare {token}"
            ),
            "crates/core/src/sync.rs:120",
            "tokio-runtime-worker",
        );
        assert_eq!(
            line,
            "Spool panicked at crates/core/src/sync.rs:120 (thread tokio-runtime-worker): \
             request to https://graph.threads.com/v1.0/me?access_token=[hidden]&fields=id \
             failed; client_secret=[hidden], code=[hidden]; bare [hidden]"
        );
        assert!(!line.contains(token) && !line.contains(secret), "{line}");
    }

    #[test]
    fn ordinary_words_and_text_of_any_script_are_kept() {
        let message = "called `Option::unwrap()` on a `None` value — élan, 日本語, @mara.makes";
        assert_eq!(hide_secrets(message), message);
    }

    #[test]
    fn a_panic_becomes_a_fault_that_says_what_to_do() {
        let error = AppError::panicked("syncing", &"index out of bounds");
        assert!(matches!(error, AppError::Fault { doing: "syncing" }));
        let shown = spool_model::CommandError::from(error);
        assert_eq!(shown.kind, spool_model::ErrorKind::Internal);
        assert!(
            shown.message.starts_with("Spool hit a fault while syncing")
                && shown.message.contains("Try again"),
            "{}",
            shown.message
        );
    }

    #[tokio::test]
    async fn a_panic_in_async_work_is_answered_and_what_it_held_is_dropped() {
        struct Held(std::sync::Arc<std::sync::atomic::AtomicBool>);
        impl Drop for Held {
            fn drop(&mut self) {
                self.0.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
        let dropped = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let held = Held(std::sync::Arc::clone(&dropped));
        let answer: AppResult<()> = caught("testing", async move {
            let _held = held;
            tokio::task::yield_now().await;
            panic!("a bug");
        })
        .await;
        assert!(matches!(answer, Err(AppError::Fault { doing: "testing" })));
        assert!(dropped.load(std::sync::atomic::Ordering::SeqCst));
    }

    #[tokio::test]
    async fn a_panic_on_a_blocking_thread_is_answered_the_same_way() {
        let task = tokio::task::spawn_blocking(|| -> AppResult<()> { panic!("a bug") }).await;
        assert!(matches!(
            joined("drawing", task),
            Err(AppError::Fault { doing: "drawing" })
        ));
    }
}
