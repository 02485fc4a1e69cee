//! Installs, or says how to install, what building and testing Spool needs. Everything comes from
//! a package registry (Debian's, crates.io): nothing is downloaded from anywhere else.

use std::process::Command;

use crate::{root, status, step};

/// trunk 0.22 needs a newer rustc than the project's 1.95.
const TRUNK_VERSION: &str = "0.21.14";
/// The newest tauri-driver for Tauri 2 (3.x is for Tauri 3).
const TAURI_DRIVER_VERSION: &str = "2.1.0";
/// The newest tauri-cli for Tauri 2 (3.x is for Tauri 3); it bundles the installers.
const TAURI_CLI_VERSION: &str = "2.12.4";
const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Binaryen's wasm-opt, from the npm registry (a Node.js build, so one package serves every
/// platform). Debian's binaryen 108 makes modules WebKitGTK rejects; 132 makes good ones.
/// ui/Trunk.toml asks trunk for exactly this version.
const BINARYEN_VERSION: &str = "132.0.0";

/// Debian/Ubuntu packages Tauri needs to build and run on Linux.
#[cfg(target_os = "linux")]
const APT_BUILD: &[&str] = &[
    "build-essential",
    "pkg-config",
    "libwebkit2gtk-4.1-dev",
    "libxdo-dev",
    "libssl-dev",
    "libayatana-appindicator3-dev",
    "librsvg2-dev",
];
/// What the tests add: a virtual display and WebKit's WebDriver for the end-to-end tests, a
/// D-Bus session bus for the single-instance test, a standalone tray (gtk-sni-tray-standalone,
/// a StatusNotifier watcher and host) for the tray's test and bench, xclip to read what Copy image put on the
/// clipboard, Node.js, in which the interface's own tests run, and the locale data from which
/// the German locale the end-to-end tests run the window in is generated, poppler-utils, whose
/// `pdfinfo` and `pdftotext` read the reports' PDFs back; and for Windows and macOS
/// (`platforms`): MinGW, which links and builds resources for Windows, Wine, in
/// which the Windows tests run, and Python's venv, into which cargo-zigbuild and Zig install.
#[cfg(target_os = "linux")]
const APT_TEST: &[&str] = &[
    "xvfb",
    "xauth",
    "webkit2gtk-driver",
    "dbus-daemon",
    "haskell-gtk-sni-tray-utils",
    "xclip",
    "nodejs",
    "locales",
    "poppler-utils",
    "gcc-mingw-w64-x86-64",
    "wine64",
    "python3-venv",
];
/// A locale whose numbers and days are written unlike English, so the end-to-end tests see the
/// window follow the system's locale.
#[cfg(target_os = "linux")]
const TEST_LOCALE: (&str, &str) = ("de_DE", "de_DE.utf8");

/// What the job at hand needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building and opening the app.
    Build,
    /// Building it and driving it through WebDriver under a virtual display.
    Test,
    /// Building it in release and packaging it for this platform.
    Bundle,
}

/// Makes sure every prerequisite of `needs` is there, installing what can be installed.
pub fn ensure(needs: Needs) -> Result<(), String> {
    if needs == Needs::Test && !cfg!(target_os = "linux") {
        // tauri-driver drives WebKitGTK or WebView2; the suite and CI are set up for Linux.
        return Err(
            "`cargo xtask test` drives the app under Xvfb and runs on Linux only; \
             here, `cargo test --workspace --exclude spool-ui --exclude spool` runs the rest"
                .to_owned(),
        );
    }
    system_packages(needs)?;
    #[cfg(target_os = "linux")]
    if needs == Needs::Test {
        test_locale()?;
    }
    rust_target(WASM_TARGET)?;
    let wasm_bindgen = locked_version("wasm-bindgen")?;
    // The CLI must match the library exactly, or the generated glue does not fit the module.
    // Its locked dependencies are not all in the registry, so it installs unlocked.
    cargo_tool("wasm-bindgen-cli", &wasm_bindgen, &[])?;
    cargo_tool("trunk", TRUNK_VERSION, &["--locked"])?;
    wasm_opt()?;
    if needs == Needs::Test {
        cargo_tool("tauri-driver", TAURI_DRIVER_VERSION, &["--locked"])?;
    }
    if needs == Needs::Bundle {
        // Only bundling needs it, and it takes minutes to build: `run` and `test` never ask.
        cargo_tool("tauri-cli", TAURI_CLI_VERSION, &["--locked"])?;
    }
    Ok(())
}

#[cfg(target_os = "linux")]
fn system_packages(needs: Needs) -> Result<(), String> {
    if !command_works("dpkg-query", &["--version"]) {
        return Err(format!(
            "this Linux has no dpkg; install the equivalents of these Debian packages: {}",
            wanted_packages(needs).join(" ")
        ));
    }
    let missing: Vec<&str> = wanted_packages(needs)
        .into_iter()
        .filter(|package| !package_installed(package))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    let install = format!("apt-get install -y {}", missing.join(" "));
    if !running_as_root() {
        return Err(format!(
            "missing system packages; install them with:\n  sudo apt-get update && sudo {install}"
        ));
    }
    step(&format!("installing {}", missing.join(" ")));
    status(Command::new("apt-get").args(["update", "-qq"]))?;
    status(
        Command::new("apt-get")
            .args(["install", "-y", "-qq", "--no-install-recommends"])
            .args(&missing)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// Generates the tests' locale (WebKit reads numbers and month names from the C library's
/// locale, which Debian generates only on request).
#[cfg(target_os = "linux")]
fn test_locale() -> Result<(), String> {
    let (source, name) = TEST_LOCALE;
    let present = Command::new("locale").arg("-a").output().is_ok_and(|out| {
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .any(|l| l == name)
    });
    if present {
        return Ok(());
    }
    if !running_as_root() {
        return Err(format!(
            "the tests need the {name} locale; generate it with:\n  sudo localedef -i {source} -f UTF-8 {source}.UTF-8"
        ));
    }
    step(&format!("generating the {name} locale"));
    status(Command::new("localedef").args([
        "-i",
        source,
        "-f",
        "UTF-8",
        &format!("{source}.UTF-8"),
    ]))
}

#[cfg(target_os = "linux")]
fn wanted_packages(needs: Needs) -> Vec<&'static str> {
    let mut packages = APT_BUILD.to_vec();
    if needs == Needs::Test {
        packages.extend_from_slice(APT_TEST);
    }
    packages
}

#[cfg(target_os = "linux")]
fn package_installed(package: &str) -> bool {
    // A Node.js from elsewhere (nvm, NodeSource) serves the tests as well as Debian's.
    if package == "nodejs" && command_works("node", &["--version"]) {
        return true;
    }
    Command::new("dpkg-query")
        .args(["-W", "-f=${db:Status-Status}", package])
        .output()
        .is_ok_and(|out| out.status.success() && out.stdout == b"installed")
}

/// Whether this process may install system packages (Unix: user id 0).
pub(crate) fn running_as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| out.stdout.trim_ascii() == b"0")
}

#[cfg(target_os = "macos")]
fn system_packages(_needs: Needs) -> Result<(), String> {
    if command_works("xcode-select", &["-p"]) {
        Ok(())
    } else {
        Err(
            "Tauri needs Apple's command line tools; install them with:\n  xcode-select --install"
                .to_owned(),
        )
    }
}

#[cfg(not(any(target_os = "linux", target_os = "macos")))]
fn system_packages(_needs: Needs) -> Result<(), String> {
    // Windows: Tauri needs the MSVC build tools and WebView2 (part of Windows 10 and 11).
    if command_works("where", &["link.exe"]) {
        Ok(())
    } else {
        Err(
            "Tauri needs the Microsoft C++ Build Tools (\"Desktop development with C++\") \
             and WebView2; see https://v2.tauri.app/start/prerequisites/"
                .to_owned(),
        )
    }
}

/// Adds the standard library for `target` unless rustup has it.
pub(crate) fn rust_target(target: &str) -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|e| format!("rustup is needed to add the {target} target: {e}"))?;
    if String::from_utf8_lossy(&installed.stdout)
        .lines()
        .any(|line| line.trim() == target)
    {
        return Ok(());
    }
    step(&format!("adding the {target} target"));
    status(Command::new("rustup").args(["target", "add", target]))
}

/// Installs `krate` at exactly `version` unless cargo already installed that version.
fn cargo_tool(krate: &str, version: &str, flags: &[&str]) -> Result<(), String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let installed = Command::new(&cargo)
        .args(["install", "--list"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    let wanted = format!("{krate} v{version}:");
    if installed.lines().any(|line| line == wanted) {
        return Ok(());
    }
    step(&format!("installing {krate} {version}"));
    status(
        Command::new(cargo)
            .args(["install", "--force"])
            .args(flags)
            .arg(format!("{krate}@={version}")),
    )
}

/// The folder whose `wasm-opt` trunk runs on the interface's release build: Binaryen from the
/// npm registry, installed inside the project's target folder, never globally.
pub fn wasm_opt_bin() -> std::path::PathBuf {
    crate::target_dir()
        .join("tools/binaryen")
        .join(BINARYEN_VERSION)
}

/// Installs Binaryen's wasm-opt at `BINARYEN_VERSION` with npm unless it is there already.
fn wasm_opt() -> Result<(), String> {
    let bin = wasm_opt_bin().join("node_modules/.bin");
    let wasm_opt = bin.join(if cfg!(windows) {
        "wasm-opt.cmd"
    } else {
        "wasm-opt"
    });
    let wanted = format!(
        "version_{}",
        BINARYEN_VERSION.split('.').next().unwrap_or("0")
    );
    let installed = Command::new(&wasm_opt)
        .arg("--version")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).contains(&wanted));
    if installed {
        return Ok(());
    }
    npm_install(&wasm_opt_bin(), "binaryen", BINARYEN_VERSION)
}

/// Installs the npm package `package` at exactly `version` into `folder` (its own
/// `node_modules`, never globally).
pub(crate) fn npm_install(
    folder: &std::path::Path,
    package: &str,
    version: &str,
) -> Result<(), String> {
    let npm = if cfg!(windows) { "npm.cmd" } else { "npm" };
    if !command_works(npm, &["--version"]) {
        return Err(format!(
            "{package} comes from the npm registry: install Node.js and npm \
             (Debian: apt-get install nodejs npm) and run this again"
        ));
    }
    step(&format!("installing {package} {version} from npm"));
    std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let manifest = folder.join("package.json");
    std::fs::write(&manifest, "{\"private\": true}\n")
        .map_err(|e| format!("{}: {e}", manifest.display()))?;
    status(
        Command::new(npm)
            .args(["install", "--no-audit", "--no-fund", "--save-exact"])
            .arg(format!("{package}@{version}"))
            .current_dir(folder),
    )
}

/// The version of `package` that Cargo.lock pins.
fn locked_version(package: &str) -> Result<String, String> {
    let path = root().join("Cargo.lock");
    let lock = std::fs::read_to_string(&path)
        .map_err(|e| format!("could not read {}: {e}", path.display()))?;
    let name_line = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == name_line
            && let Some(version) = lines
                .next()
                .and_then(|line| line.strip_prefix("version = \""))
                .and_then(|rest| rest.strip_suffix('"'))
        {
            return Ok(version.to_owned());
        }
    }
    Err(format!("Cargo.lock pins no version of {package}"))
}

fn command_works(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .output()
        .is_ok_and(|out| out.status.success())
}
