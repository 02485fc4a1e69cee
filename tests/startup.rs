//! End to end: a Spool that cannot start says so ("Spool could not start: …") in its log and
//! exits with a failure, rather than ending in a panic inside Tauri's event loop. The service's
//! opening is made to fail by an API address that is not one.

mod support;

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use support::{PATIENCE, SessionBus, application, start_xvfb};

#[test]
fn a_failure_while_opening_the_service_is_the_could_not_start_message() {
    let bus = SessionBus::start();
    let (xvfb, display) = start_xvfb();
    let _xvfb = support::Started(xvfb);
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("e2e")
        .join("could-not-start");
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("test folder");
    let data_home = dir.join("data");
    let stderr = dir.join("stderr.log");
    let spool = Command::new(application())
        .env("DISPLAY", format!(":{display}"))
        .env("DBUS_SESSION_BUS_ADDRESS", &bus.address)
        .env("XDG_DATA_HOME", &data_home)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("XDG_RUNTIME_DIR", dir.join("runtime"))
        .env("SPOOL_THREADS_API", "not an address")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&stderr).expect("stderr file"))
        .spawn()
        .expect("Spool starts");
    let mut spool = support::Started(spool);
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = spool.0.try_wait().expect("Spool's status") {
            break status;
        }
        assert!(Instant::now() < deadline, "Spool kept running");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(status.code(), Some(1), "{status}");
    let log = std::fs::read_to_string(data_home.join("app.spool.desktop/logs/spool.log"))
        .expect("a log file");
    let said: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("could not start"))
        .collect();
    assert_eq!(said.len(), 1, "{log}");
    assert!(
        said[0].contains("Spool could not start: SPOOL_THREADS_API"),
        "{}",
        said[0]
    );
    assert!(!log.contains("panicked"), "{log}");
}
