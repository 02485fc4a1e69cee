// No console window next to Spool's own on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() -> std::process::ExitCode {
    // `spool report …` and `spool --help` run without a window.
    if let Some(code) = spool_app::cli::asked() {
        return code;
    }
    spool_app::run();
    std::process::ExitCode::SUCCESS
}
