//! Resolves Spool's capabilities and declares each custom command in the app manifest, so a
//! command is callable only where a capability in src-tauri/capabilities/ allows it.

/// Declares the command names from the one list in `commands/list.rs`.
macro_rules! spool_commands {
    ($($domain:ident::$name:ident),* $(,)?) => {
        /// Every command the window may call; one missing here could not be allowed to any
        /// window.
        const COMMANDS: &[&str] = &[$(stringify!($name)),*];
    };
}
include!("commands/list.rs");

/// Marks the page a plain `cargo build` embeds when the interface was never built; xtask
/// builds the real one over it.
const PLACEHOLDER_MARK: &str = "<meta name=\"spool-interface\" content=\"not-built\">";

/// Makes sure the front end Tauri embeds exists, so that a plain `cargo build` or `cargo
/// check` (and so rust-analyzer) works on a fresh clone: `generate_context!` fails without
/// `ui/dist`. The page it writes says how to build the real interface; `cargo xtask run` and
/// `cargo xtask test` always build it first.
fn ensure_interface() -> std::io::Result<()> {
    let dist = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/dist");
    let page = dist.join("index.html");
    if page.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(&dist)?;
    std::fs::write(
        page,
        format!(
            "<!doctype html>\n<html><head><meta charset=\"utf-8\">{PLACEHOLDER_MARK}\
             <title>Spool</title></head>\n<body><h1>Spool's interface is not built</h1>\
             <p>This binary was built with a plain <code>cargo build</code>. Run \
             <code>cargo xtask run</code>, which builds the interface and then the app.</p>\
             </body></html>\n"
        ),
    )
}

fn main() {
    if let Err(error) = ensure_interface() {
        println!("cargo::error=could not write ui/dist/index.html: {error}");
        std::process::exit(1);
    }
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    println!("cargo:rerun-if-changed=src-tauri/commands/list.rs");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    if let Err(error) = tauri_build::try_build(attributes) {
        // A build script reports through cargo; exiting non-zero fails the build with this text.
        println!("cargo::error={error:#}");
        std::process::exit(1);
    }
}
