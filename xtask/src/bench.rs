//! `cargo xtask bench`: runs each benchmark in a release build and rewrites docs/benchmarks.md
//! with the machine, the profile, and every figure beside its target.
//!
//! `cargo xtask bench window analytics` runs only the benchmarks named (their bench targets, or
//! `interface` for the module's size) and replaces only their sections of docs/benchmarks.md,
//! keeping the others as they were: one bench re-measured in minutes, not the whole set.
//!
//! A benchmark is a `harness = false` bench target that prints one line per figure:
//! `BENCH name="…" value=… unit=… target="…" ok=true|false`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::prerequisites::{self, Needs};
use crate::{cargo_command, root, step};

/// Every benchmark: (package, bench target, what it measures).
const BENCHES: &[(&str, &str, &str)] = &[
    (
        "threads-api",
        "post_insights",
        "Fetching post insights concurrently against the simulator",
    ),
    ("spool-core", "sync", "Syncing an account into the history"),
    (
        "spool-core",
        "chart_export",
        "Exporting a chart as an image file",
    ),
    (
        "spool-core",
        "analytics",
        "Every screen's query on a history of 10,000 posts",
    ),
    (
        "spool",
        "window",
        "Spool's window beside an empty Tauri 2 + Leptos window, both release builds",
    ),
];

/// The name that picks the interface's size, beside the bench targets' names.
const INTERFACE: &str = "interface";
/// The interface's size section's heading.
const INTERFACE_ABOUT: &str = "What Spool carries: the interface, and the fonts of exports";

/// What the fonts exported charts carry (`crates/charts/fonts/`) may add to an installer,
/// compressed as a .deb or .rpm compresses its payload (issue 23 allows 25 MB).
const FONTS_TARGET_BYTES: u64 = 25_000_000;

/// The interface's release module must stay at most this big, uncompressed. It was 1.5 MB
/// until the catalogue came (issue 23): Fluent's runtime (fluent-bundle and its plural rules)
/// added 116 KB, measured. The languages' texts are not in the module (the native side sends
/// the one spoken), so it does not grow with them.
const WASM_TARGET_BYTES: u64 = 1_700_000;

struct Figure {
    name: String,
    value: String,
    unit: String,
    target: String,
    ok: bool,
}

/// Runs the benchmarks `names` picks (every one when it is empty) and rewrites their sections of
/// docs/benchmarks.md.
pub fn run(names: &[String]) -> Result<(), String> {
    let chosen = chosen(names)?;
    let measures = |name: &str| chosen.iter().any(|c| c == name);
    // The window bench drives the app under Xvfb, as the end-to-end tests do.
    prerequisites::ensure(Needs::Test)?;
    // The app embeds the interface, so it is built (and weighed) before anything compiles the app.
    let interface = if measures(INTERFACE) {
        Some(interface_size()?)
    } else {
        if measures("window") {
            step("trunk build --release (the interface the app embeds)");
            crate::status(&mut crate::interface_release_build())?;
        }
        None
    };
    // Only the window bench starts the baseline window.
    let baseline = if measures("window") {
        Some(build_baseline()?)
    } else {
        None
    };
    let mut sections = Vec::new();
    for (package, bench, about) in BENCHES.iter().filter(|(_, bench, _)| measures(bench)) {
        step(&format!("cargo bench --package {package} --bench {bench}"));
        let mut command = cargo_command(&["bench", "--package", package, "--bench", bench]);
        if let Some(baseline) = &baseline {
            command.env("SPOOL_BASELINE_APP", baseline);
        }
        let output = command
            // Compiling and running take minutes: their progress shows as it comes.
            .stderr(std::process::Stdio::inherit())
            .output()
            .map_err(|e| format!("could not run cargo bench: {e}"))?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        if !output.status.success() {
            return Err(format!(
                "benchmark {bench} failed:\n{}{}",
                stdout,
                String::from_utf8_lossy(&output.stderr)
            ));
        }
        let figures: Vec<Figure> = stdout.lines().filter_map(parse_line).collect();
        if figures.is_empty() {
            return Err(format!("benchmark {bench} printed no BENCH line"));
        }
        sections.push(section(
            about,
            &format!("`{package}` / `benches/{bench}.rs`"),
            figures,
        ));
    }
    if let Some(interface) = interface {
        sections.push(section(
            INTERFACE_ABOUT,
            "`ui/dist/spool-ui_bg.wasm` from `trunk build --release` (profile `wasm-release`, wasm-opt -Oz); \
             the fonts in `crates/charts/fonts/`, which the app's binary carries, and the same compressed with `xz -9`, \
             as a .deb or .rpm compresses its payload",
            interface,
        ));
    }

    let path = root().join("docs/benchmarks.md");
    // A run of some benches keeps the other sections as the last run wrote them.
    let earlier = if names.is_empty() {
        String::new()
    } else {
        std::fs::read_to_string(&path).unwrap_or_default()
    };
    let mut doc = String::from(
        "# Benchmarks\n\nWritten by `cargo xtask bench`; do not edit by hand. Each figure is \
         measured the same way on every run (the bench's own doc comment says how).\n\n",
    );
    let _ = writeln!(doc, "- Machine: {}", machine());
    let _ = writeln!(
        doc,
        "- Profile: `bench` (release: opt-level 3, LTO, one codegen unit)"
    );
    let _ = writeln!(doc, "- Drawing: {}", drawing());
    let _ = writeln!(doc, "- Toolchain: {}", rustc_version());
    doc.push_str(&merge(&sections, &earlier));
    std::fs::write(&path, doc).map_err(|e| format!("{}: {e}", path.display()))?;
    step("wrote docs/benchmarks.md");
    Ok(())
}

/// The benches `names` picks, every one (and the interface's size) when it is empty; a name
/// that is neither a bench target nor `interface` is an error that lists them.
fn chosen(names: &[String]) -> Result<Vec<String>, String> {
    let known: Vec<&str> = BENCHES
        .iter()
        .map(|(_, bench, _)| *bench)
        .chain([INTERFACE])
        .collect();
    if names.is_empty() {
        return Ok(known.into_iter().map(str::to_owned).collect());
    }
    match names.iter().find(|name| !known.contains(&name.as_str())) {
        Some(unknown) => Err(format!(
            "no benchmark is called `{unknown}`; there are: {}",
            known.join(", ")
        )),
        None => Ok(names.to_vec()),
    }
}

/// A section of docs/benchmarks.md: its heading, where the figures come from, and their table.
fn section(about: &str, source: &str, figures: Vec<Figure>) -> (String, String) {
    let mut text = format!("\n## {about}\n\n{source}\n\n");
    text.push_str("| figure | value | target | met |\n|---|---|---|---|\n");
    for f in figures {
        let _ = writeln!(
            text,
            "| {} | {} {} | {} | {} |",
            f.name.trim(),
            f.value,
            f.unit,
            f.target,
            if f.ok { "yes" } else { "**no**" }
        );
    }
    (about.to_owned(), text)
}

/// Every section in the order of [`BENCHES`], then the interface's size: the one measured now
/// where there is one, else the one in `earlier` (the last docs/benchmarks.md) under the same
/// heading, else none.
fn merge(measured: &[(String, String)], earlier: &str) -> String {
    // The earlier sections, each from its heading to the next.
    let mut kept = Vec::new();
    for part in earlier.split("\n## ").skip(1) {
        let about = part.lines().next().unwrap_or_default().trim();
        kept.push((about.to_owned(), format!("\n## {}\n", part.trim_end())));
    }
    BENCHES
        .iter()
        .map(|(_, _, about)| *about)
        .chain([INTERFACE_ABOUT])
        .filter_map(|about| {
            measured
                .iter()
                .chain(&kept)
                .find(|(heading, _)| heading == about)
                .map(|(_, text)| text.as_str())
        })
        .collect()
}

/// Builds the interface as the app embeds it and measures the module, as a `BENCH` line would.
fn interface_size() -> Result<Vec<Figure>, String> {
    step("trunk build --release (the interface's size)");
    crate::status(&mut crate::interface_release_build())?;
    let path = root().join("ui/dist/spool-ui_bg.wasm");
    let module = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let bytes = module.len() as u64;
    let line = format!(
        "BENCH name=\"Release WASM, uncompressed\" value={:.2} unit=MB target=\"≤ 1.7 MB\" ok={}",
        bytes as f64 / 1e6,
        bytes <= WASM_TARGET_BYTES
    );
    println!("{line}");
    let mut figures: Vec<Figure> = parse_line(&line).into_iter().collect();
    // gzip's size, for information: what a download would weigh (the app reads it from disk).
    let gzipped = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(&path)
        .output()
        .ok()
        .filter(|out| out.status.success())
        .map(|out| out.stdout.len());
    if let Some(gzipped) = gzipped {
        figures.push(Figure {
            name: "the same, gzip -9".to_owned(),
            value: format!("{:.2}", gzipped as f64 / 1e6),
            unit: "MB".to_owned(),
            target: "for information".to_owned(),
            ok: true,
        });
    }
    figures.extend(fonts_size()?);
    Ok(figures)
}

/// The fonts exported charts carry: as the binary holds them, and as `xz -9` compresses them
/// (what an installer grows by).
fn fonts_size() -> Result<Vec<Figure>, String> {
    let folder = root().join("crates/charts/fonts");
    let mut fonts = Vec::new();
    let entries = std::fs::read_dir(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|e| e == "ttf" || e == "otf"))
        .collect();
    paths.sort();
    for path in &paths {
        fonts.extend(std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    let mut xz = Command::new("xz")
        .args(["-9", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not run xz: {e}"))?;
    let mut stdin = xz.stdin.take().ok_or("xz took no input")?;
    let feeding = std::thread::spawn(move || {
        use std::io::Write as _;
        stdin.write_all(&fonts).map(|()| fonts.len())
    });
    let output = xz
        .wait_with_output()
        .map_err(|e| format!("xz failed: {e}"))?;
    let raw = feeding
        .join()
        .map_err(|_| "feeding xz failed".to_owned())?
        .map_err(|e| format!("feeding xz failed: {e}"))?;
    let compressed = output.stdout.len() as u64;
    Ok(vec![
        Figure {
            name: format!(
                "Fonts of exported charts ({} files), in the binary",
                paths.len()
            ),
            value: format!("{:.2}", raw as f64 / 1e6),
            unit: "MB".to_owned(),
            target: "for information".to_owned(),
            ok: true,
        },
        Figure {
            name: "the same, xz -9: what an installer grows by".to_owned(),
            value: format!("{:.2}", compressed as f64 / 1e6),
            unit: "MB".to_owned(),
            target: "≤ 25 MB".to_owned(),
            ok: compressed <= FONTS_TARGET_BYTES,
        },
    ])
}

/// Builds the baseline window, `benches/baseline`, the way Spool is built: from Spool's lock
/// file, with the same profiles (it refuses to when they differ) and the same trunk and wasm-opt.
/// Returns its binary.
fn build_baseline() -> Result<PathBuf, String> {
    let folder = root().join("benches/baseline");
    let read =
        |path: &Path| std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()));
    let ours = read(&root().join("Cargo.toml"))?;
    let theirs = read(&folder.join("Cargo.toml"))?;
    if profiles(&ours) != profiles(&theirs) {
        return Err(
            "benches/baseline/Cargo.toml's profiles differ from Cargo.toml's: copy Spool's \
             [profile.*] sections there, so both are built alike"
                .to_owned(),
        );
    }
    let lock = folder.join("Cargo.lock");
    std::fs::copy(root().join("Cargo.lock"), &lock)
        .map_err(|e| format!("{}: {e}", lock.display()))?;
    step("trunk build --release (the baseline's page)");
    crate::status(&mut crate::trunk_release_build(&folder.join("ui")))?;
    let target = crate::target_dir();
    step("cargo build --release (the baseline window)");
    crate::status(
        cargo_command(&["build", "--release", "--package", "spool-baseline"])
            .arg("--target-dir")
            .arg(&target)
            .current_dir(&folder),
    )?;
    Ok(target.join("release").join(crate::exe("spool-baseline")))
}

/// The lines of a manifest's `[profile.*]` sections, without comments and blank lines.
fn profiles(manifest: &str) -> Vec<&str> {
    let mut in_profile = false;
    manifest
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter(|line| {
            if line.starts_with('[') {
                in_profile = line.starts_with("[profile.");
            }
            in_profile
        })
        .collect()
}

/// Reads `BENCH name="…" value=… unit=… target="…" ok=…`.
fn parse_line(line: &str) -> Option<Figure> {
    let rest = line.strip_prefix("BENCH ")?;
    let field = |key: &str| -> Option<String> {
        let start = rest.find(&format!("{key}="))? + key.len() + 1;
        let tail = &rest[start..];
        if let Some(quoted) = tail.strip_prefix('"') {
            quoted.split('"').next().map(str::to_owned)
        } else {
            tail.split_whitespace().next().map(str::to_owned)
        }
    };
    Some(Figure {
        name: field("name")?,
        value: field("value")?,
        unit: field("unit")?,
        target: field("target")?,
        ok: field("ok")? == "true",
    })
}

fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_owned())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_owned());
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let memory = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            let kib: u64 = info
                .lines()
                .next()?
                .split_whitespace()
                .nth(1)?
                .parse()
                .ok()?;
            Some(format!(", {} GiB", kib.div_ceil(1024 * 1024)))
        })
        .unwrap_or_default();
    format!("{cpu}, {cores} cores{memory}, {}", std::env::consts::OS)
}

/// Whether WebKit can draw with a GPU here: the window's figures (scrolling above all) depend
/// on it more than on the processor.
fn drawing() -> String {
    let render_node = std::fs::read_dir("/dev/dri").ok().and_then(|nodes| {
        nodes
            .flatten()
            .map(|node| node.file_name().to_string_lossy().into_owned())
            .find(|name| name.starts_with("renderD"))
    });
    match render_node {
        Some(node) => format!("a GPU (/dev/dri/{node})"),
        None => "no GPU (no render node in /dev/dri): WebKit draws and composites with Mesa's \
                 software OpenGL, on the processor's own cores"
            .to_owned(),
    }
}

fn rustc_version() -> String {
    Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_else(|_| "unknown".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_baseline_is_built_with_spools_profiles() {
        let read = |path: &str| std::fs::read_to_string(root().join(path)).expect("a manifest");
        let ours = read("Cargo.toml");
        let profiles_of_ours = profiles(&ours);
        assert!(profiles_of_ours.contains(&"[profile.wasm-release]"));
        assert!(profiles_of_ours.contains(&"lto = true"));
        assert!(
            !profiles_of_ours
                .iter()
                .any(|line| line.starts_with("members"))
        );
        assert_eq!(
            profiles_of_ours,
            profiles(&read("benches/baseline/Cargo.toml"))
        );
    }

    #[test]
    fn a_run_of_some_benches_keeps_the_other_sections() {
        let figure = |value: &str| Figure {
            name: "A figure".to_owned(),
            value: value.to_owned(),
            unit: "ms".to_owned(),
            target: "≤ 16 ms".to_owned(),
            ok: true,
        };
        let window_about = BENCHES[4].2;
        let analytics_about = BENCHES[3].2;
        let earlier: String = [
            section(analytics_about, "`a`", vec![figure("1")]),
            section(window_about, "`w`", vec![figure("2")]),
            section(INTERFACE_ABOUT, "`i`", vec![figure("3")]),
        ]
        .into_iter()
        .map(|(_, text)| text)
        .collect();
        let earlier = format!("# Benchmarks\n\n- Machine: here\n{earlier}");
        let now = section(window_about, "`w`", vec![figure("9")]);
        let merged = merge(std::slice::from_ref(&now), &earlier);
        assert!(merged.contains("| A figure | 1 ms |"), "{merged}");
        assert!(merged.contains("| A figure | 9 ms |"), "{merged}");
        assert!(!merged.contains("| A figure | 2 ms |"), "{merged}");
        assert!(merged.contains("| A figure | 3 ms |"), "{merged}");
        assert!(!merged.contains("Machine"), "{merged}");
        // In the order of BENCHES, the interface's size last, as a full run writes them.
        let at = |about: &str| merged.find(&format!("## {about}")).expect(about);
        assert!(at(analytics_about) < at(window_about));
        assert!(at(window_about) < at(INTERFACE_ABOUT));
        // A full run's document, merged with nothing, is itself.
        assert_eq!(merge(std::slice::from_ref(&now), ""), now.1);
    }

    #[test]
    fn the_committed_page_merges_back_to_itself() {
        // Every section of docs/benchmarks.md is one a partial run keeps: its heading is one of
        // BENCHES' (or the interface's size), in their order.
        let page = std::fs::read_to_string(root().join("docs/benchmarks.md")).expect("the page");
        let sections = &page[page.find("\n## ").expect("a section")..];
        assert_eq!(merge(&[], &page), sections);
    }

    #[test]
    fn only_known_benches_are_chosen() {
        assert_eq!(chosen(&[]).expect("every bench").len(), BENCHES.len() + 1);
        let window = vec!["window".to_owned()];
        assert_eq!(chosen(&window).expect("the window bench"), window);
        let error = chosen(&["windows".to_owned()]).expect_err("no such bench");
        assert!(error.contains("window, interface"), "{error}");
    }

    #[test]
    fn a_bench_line_is_read_with_quoted_and_bare_fields() {
        let figure = parse_line(
            "BENCH name=\"Insights of 1000 posts\" value=6.48 unit=s target=\"≤ 8.12 s\" ok=true",
        )
        .expect("a figure");
        assert_eq!(figure.name, "Insights of 1000 posts");
        assert_eq!(figure.value, "6.48");
        assert_eq!(figure.unit, "s");
        assert_eq!(figure.target, "≤ 8.12 s");
        assert!(figure.ok);
        assert!(parse_line("running 0 tests").is_none());
    }
}
