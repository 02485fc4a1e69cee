//! End to end: Spool behaves like a desktop app. A second launch with the same data folder
//! brings the running window forward and exits; one with another data folder is a Spool of its
//! own. (On Linux the running Spool is found on the D-Bus session bus, so the test starts a bus
//! of its own.)

mod support;

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use support::{App, PATIENCE, Step};

/// A private D-Bus session bus, stopped when dropped.
struct SessionBus {
    daemon: Child,
    address: String,
}

impl SessionBus {
    fn start() -> SessionBus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("could not start dbus-daemon ({e}); `cargo xtask test` installs it")
            });
        let stdout = daemon.stdout.take().expect("dbus-daemon's stdout is piped");
        let mut address = String::new();
        BufReader::new(stdout)
            .read_line(&mut address)
            .expect("dbus-daemon prints its address");
        let address = address.trim().to_owned();
        assert!(!address.is_empty(), "dbus-daemon exited without an address");
        SessionBus { daemon, address }
    }
}

impl Drop for SessionBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Stops a Spool started outside WebDriver however the test ends.
struct Started(Child);

impl Drop for Started {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn a_second_launch_brings_the_first_forward_and_another_data_folder_is_another_spool() {
    let bus = SessionBus::start();
    let app = App::launch_with(
        "second-launch",
        &[("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())],
    )
    .await;
    let outcome = second_launch(&app).await;
    app.finish(outcome).await;
}

async fn second_launch(app: &App) -> Step {
    app.wait_for_text("main h1", "Overview").await?;

    // The same data folder: the second Spool hands over and exits successfully.
    let mut second = Started(app.start_again("second", &[])?);
    let deadline = Instant::now() + PATIENCE;
    let status = loop {
        if let Some(status) = second.0.try_wait()? {
            break status;
        }
        if Instant::now() > deadline {
            return Err("a second Spool on the same data folder kept running".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(status.success(), "the second Spool exited with {status}");
    wait_for_log(app, "a second launch brought the window to the front").await?;
    // The first one is still there and answers.
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;

    // Another data folder is another Spool: it starts and stays.
    let other_home = app.dir().join("other-data");
    let other_home = other_home.display().to_string();
    let mut other = Started(app.start_again("other", &[("XDG_DATA_HOME", &other_home)])?);
    let other_log = std::path::Path::new(&other_home).join("app.spool.desktop/logs/spool.log");
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = other.0.try_wait()? {
            return Err(format!("Spool on another data folder exited ({status})").into());
        }
        let log = std::fs::read_to_string(&other_log).unwrap_or_default();
        if log.contains("started on linux") {
            break;
        }
        if Instant::now() > deadline {
            return Err("Spool on another data folder did not start".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}

async fn wait_for_log(app: &App, line: &str) -> Step {
    let deadline = Instant::now() + PATIENCE;
    while !app.log_file().contains(line) {
        if Instant::now() > deadline {
            return Err(format!("the log never said `{line}`:\n{}", app.log_file()).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}
