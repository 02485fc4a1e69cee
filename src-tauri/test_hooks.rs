//! The variables that point a test or bench build elsewhere: the API's address
//! (`SPOOL_THREADS_API`), the default login port (`SPOOL_LOGIN_PORT`), a file or folder that
//! replaces the save dialog (`SPOOL_SAVE_PATH`) and a file for the window's own measurements
//! (`SPOOL_TIMINGS`).
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
