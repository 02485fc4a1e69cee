//! The variables that point a test or bench build elsewhere: the API's address
//! (`SPOOL_THREADS_API`), the default login port (`SPOOL_LOGIN_PORT`), a file or folder that
//! replaces the save dialog (`SPOOL_SAVE_PATH`), a file for the window's own measurements
//! (`SPOOL_TIMINGS`) and a command whose work panics (`SPOOL_FAULT_WHILE`).
//!
//! They are read only in a build with the `test-hooks` feature, which the end-to-end tests and
//! the benches turn on (the app is its own dev-dependency with that feature) and `cargo xtask
//! bundle` never does: in the installed app, whoever can set a user's environment cannot send
//! the login to their own server, move the login's port, skip the save dialog or write files.

use std::ffi::OsString;

/// Where a test build sends "real" accounts' requests: a simulator's address instead of Meta's.
pub const THREADS_API: &str = "SPOOL_THREADS_API";
/// The login listener's default port in a test build.
pub const LOGIN_PORT: &str = "SPOOL_LOGIN_PORT";
/// A file, or a folder for the proposed name, that replaces the save dialog in a test build.
pub const SAVE_PATH: &str = "SPOOL_SAVE_PATH";
/// The file a bench build appends the window's measurements to.
pub const TIMINGS: &str = "SPOOL_TIMINGS";
/// What a command does ("reading the preferences") when its work is to panic in a test build:
/// a fault in Spool, for a test to see it reach the window as a message.
pub const FAULT_WHILE: &str = "SPOOL_FAULT_WHILE";

/// Panics when [`FAULT_WHILE`] names `doing`, in a test build; does nothing in the product.
pub fn fault_if_asked(doing: &str) {
    if var(FAULT_WHILE).is_some_and(|asked| asked == doing) {
        panic!("a fault put in by {FAULT_WHILE} while {doing}");
    }
}

/// The value of the hook `name`, in a test or bench build; never in the product.
#[cfg(feature = "test-hooks")]
pub fn var(name: &str) -> Option<OsString> {
    std::env::var_os(name)
}

/// The value of the hook `name`, in a test or bench build; never in the product.
#[cfg(not(feature = "test-hooks"))]
pub fn var(_name: &str) -> Option<OsString> {
    None
}
