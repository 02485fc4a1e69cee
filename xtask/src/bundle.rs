//! `cargo xtask bundle [--smoke]`: Spool's installers for this platform, built with tauri-cli
//! in release; with `--smoke` (Linux, as root), the .deb is installed, the installed app is
//! driven through WebDriver, and the package is removed again, leaving nothing behind.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::prerequisites::{self, Needs};
use crate::{cargo_command, status, step, target_dir};

/// The package and binary name the .deb installs (`mainBinaryName` in tauri.conf.json).
const PACKAGE: &str = "spool";

/// The installers built here. Linux: .deb and .rpm, which tauri-cli writes itself; not the
/// AppImage, whose tools (linuxdeploy, AppRun) tauri-cli downloads from GitHub at bundle time,
/// outside the package registries. The release workflow builds it on GitHub's runners.
#[cfg(target_os = "linux")]
const BUNDLES: &str = "deb,rpm";
#[cfg(target_os = "macos")]
const BUNDLES: &str = "app,dmg";
#[cfg(target_os = "windows")]
const BUNDLES: &str = "msi,nsis";
#[cfg(not(any(target_os = "linux", target_os = "macos", target_os = "windows")))]
const BUNDLES: &str = "";

/// Builds the installers and, with `--smoke`, checks the .deb end to end.
pub fn run(args: &[String]) -> Result<(), String> {
    let smoke = match args {
        [] => false,
        [flag] if flag == "--smoke" => true,
        _ => {
            return Err(format!(
                "bundle takes only `--smoke`, not `{}`",
                args.join(" ")
            ));
        }
    };
    if smoke && !cfg!(target_os = "linux") {
        return Err("`--smoke` installs the .deb and runs on Debian or Ubuntu only".to_owned());
    }
    prerequisites::ensure(Needs::Bundle)?;
    if smoke {
        prerequisites::ensure(Needs::Test)?;
    }
    // The interface in release, as the release workflow builds it; tauri.conf.json names no
    // command to build it, so tauri-cli embeds what is in ui/dist.
    step("building the interface in release (trunk)");
    status(&mut crate::interface_release_build())?;
    step(&format!("cargo tauri build --bundles {BUNDLES}"));
    status(&mut cargo_command(&[
        "tauri",
        "build",
        "--ci",
        "--bundles",
        BUNDLES,
    ]))?;
    let bundles = target_dir().join("release/bundle");
    let built = files_below(&bundles, &["deb", "rpm", "dmg", "msi", "exe", "AppImage"]);
    for file in &built {
        step(&format!("built {}", file.display()));
    }
    if smoke {
        let version = env!("CARGO_PKG_VERSION");
        let deb = built
            .iter()
            .find(|f| {
                f.extension().is_some_and(|e| e == "deb")
                    && f.file_name()
                        .is_some_and(|n| n.to_string_lossy().contains(&format!("_{version}_")))
            })
            .ok_or_else(|| format!("no .deb of version {version} in {}", bundles.display()))?;
        smoke_test(deb)?;
    }
    Ok(())
}

/// Every file below `dir` whose extension is one of `extensions`.
fn files_below(dir: &Path, extensions: &[&str]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return found;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            found.extend(files_below(&path, extensions));
        } else if path
            .extension()
            .is_some_and(|e| extensions.iter().any(|x| e == *x))
        {
            found.push(path);
        }
    }
    found.sort();
    found
}

/// Installs `deb`, checks what it installed, drives the installed app, and removes it; the
/// package is removed whether or not the checks pass.
fn smoke_test(deb: &Path) -> Result<(), String> {
    if !prerequisites::running_as_root() {
        return Err(format!(
            "the smoke test installs the package; run it as root, or check by hand:\n  \
             sudo dpkg -i {}",
            deb.display()
        ));
    }
    step(&format!("installing {}", deb.display()));
    status(Command::new("dpkg").arg("-i").arg(deb))?;
    let installed = installed_files();
    let checked = installed.and_then(|files| {
        check_package(&files)?;
        drive_installed_app()?;
        Ok(files)
    });
    step(&format!("removing {PACKAGE}"));
    let removed = status(Command::new("dpkg").args(["--purge", PACKAGE]));
    let files = checked?;
    removed?;
    let left: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.is_file() || f.is_symlink())
        .collect();
    if !left.is_empty() {
        return Err(format!("the package left files behind: {left:?}"));
    }
    step(&format!(
        "{PACKAGE} installed, ran, handed a second launch over and uninstalled cleanly"
    ));
    Ok(())
}

/// The files and folders the installed package owns.
fn installed_files() -> Result<Vec<PathBuf>, String> {
    let listed = Command::new("dpkg")
        .args(["-L", PACKAGE])
        .output()
        .map_err(|e| format!("could not run dpkg -L: {e}"))?;
    if !listed.status.success() {
        return Err(format!("dpkg does not know {PACKAGE}"));
    }
    Ok(String::from_utf8_lossy(&listed.stdout)
        .lines()
        .filter(|line| line.starts_with('/'))
        .map(PathBuf::from)
        .collect())
}

/// What a user's desktop needs of the package: the binary, a launcher, an icon at every size,
/// and dependencies on the libraries the binary loads.
fn check_package(files: &[PathBuf]) -> Result<(), String> {
    let mut wanted = vec![
        format!("/usr/bin/{PACKAGE}"),
        "/usr/share/applications/Spool.desktop".to_owned(),
    ];
    for size in [
        "16x16", "24x24", "32x32", "48x48", "64x64", "128x128", "256x256", "512x512",
    ] {
        wanted.push(format!(
            "/usr/share/icons/hicolor/{size}/apps/{PACKAGE}.png"
        ));
    }
    if let Some(odd) = files.iter().find(|f| f.to_string_lossy().contains('@')) {
        return Err(format!(
            "the package installs {}, which no icon theme reads",
            odd.display()
        ));
    }
    let missing: Vec<&String> = wanted
        .iter()
        .filter(|w| !files.iter().any(|f| f == Path::new(w)))
        .collect();
    if !missing.is_empty() {
        return Err(format!("the package lacks {missing:?}"));
    }
    let launcher = std::fs::read_to_string("/usr/share/applications/Spool.desktop")
        .map_err(|e| format!("Spool.desktop: {e}"))?;
    for line in [format!("Exec={PACKAGE}"), format!("Icon={PACKAGE}")] {
        if !launcher.lines().any(|l| l == line) {
            return Err(format!("Spool.desktop has no `{line}`:\n{launcher}"));
        }
    }
    let depends = Command::new("dpkg-query")
        .args(["-W", "-f=${Depends}", PACKAGE])
        .output()
        .map_err(|e| format!("could not run dpkg-query: {e}"))?;
    let depends = String::from_utf8_lossy(&depends.stdout).into_owned();
    for library in ["libwebkit2gtk-4.1-0", "libgtk-3-0"] {
        if !depends.split(", ").any(|d| d.starts_with(library)) {
            return Err(format!(
                "the package does not depend on {library}: {depends}"
            ));
        }
    }
    step(&format!("package contents checked; Depends: {depends}"));
    Ok(())
}

/// The end-to-end smoke test (tests/installed.rs) against the installed binary.
fn drive_installed_app() -> Result<(), String> {
    let app = format!("/usr/bin/{PACKAGE}");
    step(&format!("driving {app} through WebDriver"));
    status(
        cargo_command(&[
            "test",
            "--package",
            "spool",
            "--test",
            "installed",
            "--",
            "--ignored",
            "--nocapture",
        ])
        .env("SPOOL_E2E_APP", &app),
    )
}
