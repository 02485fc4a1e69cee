//! Resolves Spool's capabilities and declares each custom command in the app manifest, so a
//! command is callable only where a capability in src-tauri/capabilities/ allows it.

/// Every command in `commands.rs`; a command missing here cannot be allowed to any window.
const COMMANDS: &[&str] = &[
    "app_info",
    "notices",
    "accounts",
    "check_logins",
    "switch_account",
    "log_out",
    "try_demo",
    "login_setup",
    "save_threads_app",
    "save_login_port",
    "start_login",
    "wait_for_login",
    "paste_login_address",
    "cancel_login",
    "log_in_with_token",
    "sync_now",
    "cancel_sync",
    "last_sync",
    "preferences",
    "save_preferences",
    "back_up_data",
    "overview",
    "audience",
    "posts",
    "post_detail",
    "open_post",
    "link_clicks",
    "best_times",
    "export_chart",
    "copy_chart_image",
    "export_data",
    "remove_all_data",
    "record_timing",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports through cargo; exiting non-zero fails the build with this text.
        println!("cargo::error={error:#}");
        std::process::exit(1);
    }
}
