//! Least privilege, checked on the files that grant it: the window may call Spool's own
//! commands and nothing else (no plugin's JavaScript API), every command is declared in the app
//! manifest and allowed to the main window only, and the content security policy lets no remote
//! or inline script run. Each check fails when a grant is widened.

use std::collections::BTreeSet;

fn read(path: &str) -> String {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

fn json(path: &str) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The command names between `const COMMANDS: &[&str] = &[` and `];` in `build.rs`.
fn declared_commands() -> BTreeSet<String> {
    let build = read("src-tauri/build.rs");
    let start = build
        .find("const COMMANDS")
        .expect("build.rs declares COMMANDS");
    let list = &build[start..];
    let list = &list[list.find("= &[").expect("a list") + 4..list.find("];").expect("its end")];
    list.split(',')
        .map(|item| item.trim().trim_matches('"').to_owned())
        .filter(|name| !name.is_empty())
        .collect()
}

/// The commands `specta_builder()` registers in `lib.rs`.
fn registered_commands() -> BTreeSet<String> {
    let lib = read("src-tauri/lib.rs");
    let start = lib
        .find("collect_commands![")
        .expect("lib.rs collects commands");
    let end = start + lib[start..].find(']').expect("the list ends");
    lib[start..end]
        .split("commands::")
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn every_registered_command_is_declared_and_allowed_to_the_main_window_only() {
    let declared = declared_commands();
    let registered = registered_commands();
    assert!(registered.len() > 20, "commands found: {registered:?}");
    assert_eq!(declared, registered, "build.rs COMMANDS and lib.rs differ");

    let capability = json("src-tauri/capabilities/main.json");
    assert_eq!(capability["windows"], serde_json::json!(["main"]));
    assert!(
        capability.get("webviews").is_none() && capability.get("remote").is_none(),
        "no other webview and no remote page is granted anything"
    );
    let granted: BTreeSet<String> = capability["permissions"]
        .as_array()
        .expect("a list of permissions")
        .iter()
        .map(|p| p.as_str().expect("a permission by name").to_owned())
        .collect();
    let mut expected: BTreeSet<String> = declared
        .iter()
        .map(|command| format!("allow-{}", command.replace('_', "-")))
        .collect();
    // The window hears Spool's events (accounts changed, synced) and nothing else of the core.
    expected.insert("core:event:allow-listen".to_owned());
    expected.insert("core:event:allow-unlisten".to_owned());
    assert_eq!(
        granted, expected,
        "the window is granted exactly Spool's commands and its events: no plugin API, nothing unused"
    );
    let others: Vec<_> = std::fs::read_dir(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src-tauri/capabilities"),
    )
    .expect("the capabilities folder")
    .flatten()
    .map(|e| e.file_name().to_string_lossy().into_owned())
    .filter(|name| name != "main.json")
    .collect();
    assert!(
        others.is_empty(),
        "no other capability grants anything: {others:?}"
    );
}

#[test]
fn the_content_security_policy_runs_no_remote_and_no_inline_script() {
    let config = json("tauri.conf.json");
    let csp = &config["app"]["security"]["csp"];
    let directive = |name: &str| csp[name].as_str().unwrap_or_default().to_owned();
    assert_eq!(directive("script-src"), "'self' 'wasm-unsafe-eval'");
    assert_eq!(directive("default-src"), "'self'");
    assert_eq!(directive("object-src"), "'none'");
    assert_eq!(directive("base-uri"), "'none'");
    for (name, value) in csp.as_object().expect("directives") {
        let value = value.as_str().unwrap_or_default();
        assert!(
            !value.contains("'unsafe-inline'") && !value.contains("'unsafe-eval'"),
            "{name}: {value}"
        );
        if name != "img-src" {
            assert!(
                !value.contains("https:") && !value.contains("http://") || name == "connect-src",
                "{name} allows a remote source: {value}"
            );
        }
    }
    // The only plain-http address is Tauri's own IPC endpoint.
    assert_eq!(directive("connect-src"), "'self' ipc: http://ipc.localhost");
    assert_eq!(config["app"]["security"]["freezePrototype"], true);

    // The page itself carries no inline script: trunk's loader is replaced by boot.js.
    let page = read("ui/index.html");
    assert!(
        !page.contains("<script"),
        "an inline or external script tag in index.html"
    );
}
