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
pub mod reports;
pub mod sync;

use std::future::Future;

use spool_model::CommandError;

use crate::host::TauriHost;

/// Spool's app service as the shell runs it: with the Tauri host.
pub type Service = spool_core::Spool<TauriHost>;

/// What a command answers: its value, or the error the window shows.
pub type Answer<T> = Result<Json<T>, CommandError>;

/// Runs a command's `work` on the service and turns its answer into the window's, an error
/// told in the language Spool speaks now ([`spool_core::Spool::told`]). A panic in the work (a
/// bug in Spool) is caught, logged and answered as a fault that says what Spool was `doing` and
/// what to do: the window never waits for an answer that will not come, and what the work held
/// (an account's sync slot, say) is released.
async fn answer<T>(
    spool: &Service,
    doing: &'static str,
    work: impl Future<Output = spool_core::AppResult<T>>,
) -> Answer<T> {
    // On the heap: a command's work (a login check that replays the demo, say) is a large
    // future, and the frames that poll it on a runtime thread's stack would overflow it.
    let work = Box::pin(async move {
        // Test builds only (`test_hooks`): a fault put where a test asks for one.
        crate::test_hooks::fault_if_asked(doing);
        work.await
    });
    spool_core::caught(doing, work)
        .await
        .map(Json)
        .map_err(|error| spool.told(&error))
}

/// A command's value, sent to the window as the bytes of its JSON: the window reads them into
/// Rust's types in one pass (`ui/src/ipc.rs`). Sent as Tauri sends any value, the page would
/// first parse them into JavaScript objects, then read those field by field across the
/// boundary between JavaScript and WebAssembly: for the posts table's 10,000 rows, a frame of
/// the window held for 100 ms and more. Typed as the value itself, so the bindings are the same.
pub struct Json<T>(pub T);

impl<T: serde::Serialize> tauri::ipc::IpcResponse for Json<T> {
    fn body(self) -> tauri::Result<tauri::ipc::InvokeResponseBody> {
        let bytes = serde_json::to_vec(&self.0)?;
        Ok(tauri::ipc::InvokeResponseBody::Raw(bytes))
    }
}

impl<T: specta::Type> specta::Type for Json<T> {
    fn definition(types: &mut specta::Types) -> specta::datatype::DataType {
        T::definition(types)
    }
}
