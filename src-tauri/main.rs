// No console window next to Spool's own on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

fn main() {
    spool_app::run();
}
