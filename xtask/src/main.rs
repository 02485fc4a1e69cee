//! Spool's project automation, in Rust so it runs the same on every platform: `cargo xtask <job>`.

mod bench;
mod bundle;
mod platforms;
mod prerequisites;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use prerequisites::Needs;

const HELP: &str = "\
Spool's project automation.

Usage: cargo xtask <job>

Jobs:
  run        Install what is missing, build the interface and the app, and open Spool
  test       Check formatting and lints (for Linux, Windows and macOS), then run every
             test, end-to-end ones included, and the Tauri-free crates' tests under Wine
  platforms  Only the Windows and macOS part of `test`: lint for both, test under Wine,
             and lint the GitHub workflows
  bindings   Regenerate ui/src/bindings.rs from the commands declared in src-tauri
  bench      Run every benchmark (release build) and rewrite docs/benchmarks.md;
             `bench window analytics` runs only those (bench targets, or `interface` for
             the module's size) and replaces only their sections
  icons      Render every icon in icons/ from icons/spool.svg
  bundle     Build this platform's installers (Linux: .deb and .rpm) with tauri-cli;
             `bundle --smoke` (Linux, as root) also installs the .deb, drives the installed
             app through WebDriver and uninstalls it
  help       Show this list
";

fn main() -> ExitCode {
    let job = std::env::args().nth(1).unwrap_or_else(|| "help".to_owned());
    let result = match job.as_str() {
        "run" => run(),
        "test" => test(),
        "bindings" => bindings(),
        "platforms" => prerequisites::ensure(Needs::Test).and_then(|()| platforms::check()),
        "bench" => bench::run(&std::env::args().skip(2).collect::<Vec<_>>()),
        "icons" => icons(),
        "bundle" => bundle::run(&std::env::args().skip(2).collect::<Vec<_>>()),
        "help" | "--help" | "-h" => {
            print!("{HELP}");
            Ok(())
        }
        other => Err(format!("unknown job `{other}`\n\n{HELP}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Builds everything and opens the app.
fn run() -> Result<(), String> {
    prerequisites::ensure(Needs::Build)?;
    build_interface()?;
    cargo(&["build", "--package", "spool", "--bin", "spool"])?;
    let app = target_dir().join("debug").join(exe("spool"));
    if cfg!(target_os = "linux")
        && std::env::var_os("DISPLAY").is_none()
        && std::env::var_os("WAYLAND_DISPLAY").is_none()
    {
        eprintln!(
            "xtask: no display is set; on a machine without one, try `xvfb-run cargo xtask run`"
        );
    }
    step(&format!("starting {}", app.display()));
    status(Command::new(&app).current_dir(root()))
}

/// Where cargo builds: `CARGO_TARGET_DIR` if set, else `target/` in the workspace.
pub(crate) fn target_dir() -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) => root().join(dir),
        None => root().join("target"),
    }
}

/// The whole check that CI runs.
fn test() -> Result<(), String> {
    prerequisites::ensure(Needs::Test)?;
    cargo(&["fmt", "--all", "--check"])?;
    // The app embeds the built interface, so it is built before anything compiles the app.
    build_interface()?;
    cargo(&[
        "clippy",
        "--workspace",
        "--exclude",
        "spool-ui",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    cargo(&[
        "clippy",
        "--target",
        "wasm32-unknown-unknown",
        "--package",
        "spool-ui",
        "--package",
        "spool-model",
        "--package",
        "spool-charts",
        "--package",
        "spool-i18n",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ])?;
    // The library crates' documentation builds without a warning: a broken link or an
    // undocumented public item fails here, as a lint does.
    step("cargo doc --no-deps (library crates, warnings denied)");
    status(
        cargo_command(&[
            "doc",
            "--no-deps",
            "--all-features",
            "--package",
            "spool-model",
            "--package",
            "spool-charts",
            "--package",
            "spool-i18n",
            "--package",
            "spool-core",
            "--package",
            "threads-api",
            "--package",
            "threads-sim",
        ])
        .env("RUSTDOCFLAGS", "-D warnings"),
    )?;
    // The interface's own tests run in Node, which the wasm-bindgen test runner drives.
    step("cargo test --target wasm32-unknown-unknown --package spool-ui");
    status(
        cargo_command(&[
            "test",
            "--target",
            "wasm32-unknown-unknown",
            "--package",
            "spool-ui",
        ])
        .env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        ),
    )?;
    // Windows and macOS: the workspace linted for both, the Tauri-free crates tested under Wine.
    platforms::check()?;
    // Unit, integration, bindings freshness and end-to-end tests (tests/ at the top level).
    cargo(&["test", "--workspace", "--exclude", "spool-ui"])
}

/// Rewrites ui/src/bindings.rs through the same test that checks it is fresh.
fn bindings() -> Result<(), String> {
    build_interface_if_missing()?;
    let mut command = cargo_command(&[
        "test",
        "--package",
        "spool",
        "--lib",
        "--",
        "--exact",
        "bindings::tests::committed_bindings_match_the_commands",
    ]);
    command.env("SPOOL_WRITE_BINDINGS", "1");
    status(&mut command)?;
    step("wrote ui/src/bindings.rs");
    Ok(())
}

/// Renders the icon set from the one source image. Needs rsvg-convert, ImageMagick and png2icns
/// (Debian: librsvg2-bin imagemagick icnsutils); the results are committed, so only a change of
/// the source image needs this.
fn icons() -> Result<(), String> {
    let dir = root().join("icons");
    let source = dir.join("spool.svg");
    let scratch = std::env::temp_dir().join("spool-icons");
    std::fs::create_dir_all(&scratch).map_err(|e| format!("{}: {e}", scratch.display()))?;
    let sizes = [16, 24, 32, 48, 64, 128, 256, 512];
    for size in sizes {
        let side = size.to_string();
        status(
            Command::new("rsvg-convert")
                .args(["-w", &side, "-h", &side])
                .arg(&source)
                .arg("-o")
                .arg(scratch.join(format!("{size}.png"))),
        )?;
    }
    let png = |size: u32| scratch.join(format!("{size}.png"));
    // Every size a Linux icon theme looks for: the .deb installs each PNG listed in
    // tauri.conf.json under /usr/share/icons/hicolor/<size>/apps. The first PNG listed is also
    // the window icon on Linux (128x128: sharp in a taskbar, small in the binary). The @2x one
    // is Tauri's convention but not listed: the .deb would file it under a `256x256@2` folder
    // that no icon theme reads.
    for (size, name) in [
        (16, "16x16.png"),
        (24, "24x24.png"),
        (32, "32x32.png"),
        (48, "48x48.png"),
        (64, "64x64.png"),
        (128, "128x128.png"),
        (256, "128x128@2x.png"),
        (256, "256x256.png"),
        (512, "icon.png"),
    ] {
        std::fs::copy(png(size), dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
    }
    status(
        Command::new("convert")
            .args([16, 24, 32, 48, 64, 256].map(png))
            .arg(dir.join("icon.ico")),
    )?;
    status(
        Command::new("png2icns")
            .arg(dir.join("icon.icns"))
            .args([16, 32, 128, 256, 512].map(png)),
    )?;
    step("rendered icons/ from icons/spool.svg");
    Ok(())
}

/// Builds ui/dist with trunk, using only tools installed from the package registries.
///
/// Always the release build (the `wasm-release` profile, then wasm-opt): what the app embeds is
/// what ships, so the end-to-end tests drive the small module users get.
fn build_interface() -> Result<(), String> {
    step("building the interface (trunk, release)");
    status(&mut interface_release_build())
}

/// trunk's release build of the interface, with the project's own wasm-opt first on PATH.
pub(crate) fn interface_release_build() -> Command {
    trunk_release_build(&root().join("ui"))
}

/// trunk's release build of the page in `folder`, with the project's own wasm-opt first on PATH.
pub(crate) fn trunk_release_build(folder: &Path) -> Command {
    let bin = prerequisites::wasm_opt_bin().join("node_modules/.bin");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let path = std::env::join_paths(std::iter::once(bin).chain(std::env::split_paths(&path)))
        .unwrap_or(path);
    let mut command = Command::new("trunk");
    command
        .args(["build", "--release"])
        .current_dir(folder)
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        .env("PATH", path);
    command
}

fn build_interface_if_missing() -> Result<(), String> {
    // A plain `cargo build` leaves a placeholder page (src-tauri/build.rs): not the interface.
    let page = std::fs::read_to_string(root().join("ui/dist/index.html")).unwrap_or_default();
    if !page.is_empty() && !page.contains("content=\"not-built\"") {
        return Ok(());
    }
    prerequisites::ensure(Needs::Build)?;
    build_interface()
}

/// The workspace root.
pub(crate) fn root() -> PathBuf {
    // Cargo sets the variable when it runs xtask or its tests, too: read then, it is this
    // checkout's even when the binary was built in another one (a target folder copied
    // between checkouts keeps binaries whose sources did not change).
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")), PathBuf::from);
    manifest
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

pub(crate) fn exe(name: &str) -> String {
    format!("{name}{}", std::env::consts::EXE_SUFFIX)
}

pub(crate) fn cargo_command(args: &[&str]) -> Command {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.args(args).current_dir(root());
    command
}

fn cargo(args: &[&str]) -> Result<(), String> {
    step(&format!("cargo {}", args.join(" ")));
    status(&mut cargo_command(args))
}

/// Runs a command to completion, failing with its name if it fails.
pub(crate) fn status(command: &mut Command) -> Result<(), String> {
    let shown = format!("{:?}", command.get_program());
    match command.status() {
        Ok(exit) if exit.success() => Ok(()),
        Ok(exit) => Err(format!("{shown} failed ({exit})")),
        Err(error) => Err(format!("could not start {shown}: {error}")),
    }
}

pub(crate) fn step(message: &str) {
    eprintln!("\x1b[1mxtask:\x1b[0m {message}");
}
