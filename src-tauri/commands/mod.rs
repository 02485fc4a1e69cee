//! The commands the interface calls, by domain. Each is a line or two over the app service
//! ([`spool_core::Spool`]), which does the work and is tested without a desktop; a command
//! only unpacks what Tauri hands it and turns the service's error into the one the window
//! receives. Every command that reads, writes or draws is async, so Tauri runs it off the main
//! thread; the service runs its blocking work on tokio's blocking threads.
//!
//! None returns a token or a secret: accounts cross as [`spool_model::AccountSummary`].
//! The list of commands is `list.rs`, read by `build.rs`, the builder and the capability file.

pub mod accounts;
pub mod app;
pub mod export;
pub mod history;
pub mod login;
pub mod sync;

use spool_model::CommandError;

use crate::host::TauriHost;

/// Spool's app service as the shell runs it: with the Tauri host.
pub type Service = spool_core::Spool<TauriHost>;

/// What a command answers: its value, or the error the window shows.
pub type Answer<T> = Result<T, CommandError>;

/// Turns the service's answer into a command's.
fn answer<T>(result: spool_core::AppResult<T>) -> Answer<T> {
    result.map_err(CommandError::from)
}
