//! Spool's interface: a Leptos app, client-side rendered to WASM, that talks to the native side
//! only through the generated [`bindings`].

mod app;
pub mod bindings;
mod ipc;
mod screens;

/// Mounts the interface on the page's body.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
}
