//! An empty Tauri 2 window whose Leptos page calls `mounted` once it is painted. The moment is
//! appended to the file `SPOOL_TIMINGS` names, in the form Spool's `record_timing` uses, so
//! `cargo xtask bench` reads both the same way.

/// The page is mounted and painted.
#[tauri::command]
fn mounted() {
    let Some(path) = std::env::var_os("SPOOL_TIMINGS") else {
        return;
    };
    let at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0);
    let line = serde_json::json!({ "at_unix_ms": at, "timing": { "mark": "mounted" } });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, format!("{line}\n").as_bytes()));
    if let Err(error) = written {
        eprintln!("could not record the mark: {error}");
    }
}

fn main() {
    let run = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![mounted])
        .run(tauri::generate_context!());
    if let Err(error) = run {
        eprintln!("the baseline could not start: {error}");
        std::process::exit(1);
    }
}
