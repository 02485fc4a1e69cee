//! The baseline's page: a heading, mounted by Leptos. Once it is painted (the frame after the
//! mount, then the work that frame queued), it tells the native side, as Spool's window does for
//! its first chart.

use std::time::Duration;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(catch, js_namespace = ["window", "__TAURI__", "core"], js_name = invoke)]
    fn invoke(command: &str) -> Result<js_sys::Promise, JsValue>;
}

fn main() {
    leptos::mount::mount_to_body(|| {
        view! {
            <main>
                <h1>"Baseline"</h1>
                <p>"An empty Tauri 2 + Leptos window."</p>
            </main>
        }
    });
    request_animation_frame(|| {
        set_timeout(
            || {
                // Nothing to do if it fails: the bench then waits in vain and says so.
                let _ = invoke("mounted");
            },
            Duration::ZERO,
        );
    });
}
