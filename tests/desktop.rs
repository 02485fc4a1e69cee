//! End to end: Spool behaves like a desktop app. A second launch with the same data folder
//! brings the running window forward and exits; one with another data folder is a Spool of its
//! own. (On Linux the running Spool is found on the D-Bus session bus, so the test starts a bus
//! of its own; without one, the data folder's lock still stops a second Spool.)

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::{App, PATIENCE, SessionBus, Started, Step};

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
    app.wait_for_text("main h1", "Today").await?;

    // The same data folder: the second Spool hands over and exits successfully, and the first
    // one is still there and answers.
    app.second_launch_hands_over().await?;
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;

    // Another data folder is another Spool: it starts and stays.
    let other_home = app.dir().join("other-data");
    let other_log = other_home.join("app.spool.desktop/logs/spool.log");
    let other_home = other_home.display().to_string();
    let mut other = Started(app.start_again("other", &[("XDG_DATA_HOME", &other_home)])?);
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Some(status) = other.0.try_wait()? {
            return Err(format!("Spool on another data folder exited ({status})").into());
        }
        let log = std::fs::read_to_string(&other_log).unwrap_or_default();
        if log.contains("started on linux") {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err("Spool on another data folder did not start".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn without_a_session_bus_a_second_spool_on_the_same_data_folder_says_so_and_exits() {
    let app = App::launch("second-launch-no-bus").await;
    let outcome = second_launch_without_a_bus(&app).await;
    app.finish(outcome).await;
}

/// No session bus, so the single-instance plugin cannot find the first Spool: the data
/// folder's lock stops the second one before it opens a file or a window.
async fn second_launch_without_a_bus(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let mut second = Started(app.start_again(
        "second-no-bus",
        &[(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/spool-test-bus",
        )],
    )?);
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
    if status.success() {
        return Err("the second Spool exited as if it had started".into());
    }
    let said = std::fs::read_to_string(app.dir().join("second-no-bus.log"))?;
    if !said.contains("Another copy of Spool is already running with the data folder") {
        return Err(format!("the second Spool did not say why it stopped: {said}").into());
    }
    // The first is untouched and answers.
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;
    Ok(())
}

/// A saved window state as the window-state plugin writes it, for the window `main`.
fn saved_state(width: u32, height: u32) -> String {
    serde_json::json!({ "main": {
        "width": width, "height": height, "x": 40, "y": 30, "prev_x": 40, "prev_y": 30,
        "maximized": false, "visible": true, "decorated": true, "fullscreen": false
    } })
    .to_string()
}

#[tokio::test(flavor = "multi_thread")]
async fn the_window_comes_back_at_its_saved_size_and_is_saved_when_spool_is_asked_to_quit() {
    // The state a previous Spool saved, in the config folder beside the data folder.
    let app = App::launch_prepared("window-state", &[], |data_dir| {
        let config = data_dir.join("../../config/app.spool.desktop");
        std::fs::create_dir_all(&config).expect("config folder");
        std::fs::write(config.join(".window-state.json"), saved_state(1000, 700))
            .expect("saved state");
    })
    .await;
    let outcome = window_state(&app).await;
    app.finish(outcome).await;
}

async fn window_state(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let (_, _, width, height) = app.client.get_window_rect().await?;
    assert_eq!((width, height), (1000, 700), "the saved size came back");

    // A Spool the system asks to end (SIGTERM, as at logout) quits properly and saves its
    // window (here one of its own, outside WebDriver, which would kill it instead).
    let home = app.dir().join("asked-to-quit");
    let config = home.join("config");
    let data = home.join("data");
    let plain = app.start_again(
        "asked-to-quit",
        &[
            ("XDG_DATA_HOME", &data.display().to_string()),
            ("XDG_CONFIG_HOME", &config.display().to_string()),
        ],
    )?;
    let mut plain = Started(plain);
    let log = data.join("app.spool.desktop/logs/spool.log");
    wait_until(|| std::fs::read_to_string(&log).is_ok_and(|l| l.contains("started"))).await?;
    let asked = Command::new("kill")
        .args(["-TERM", &plain.0.id().to_string()])
        .status()?;
    assert!(asked.success());
    wait_until(|| matches!(plain.0.try_wait(), Ok(Some(_)))).await?;
    let saved = std::fs::read_to_string(config.join("app.spool.desktop/.window-state.json"))?;
    let saved: serde_json::Value = serde_json::from_str(&saved)?;
    assert_eq!(
        (
            saved["main"]["width"].as_u64(),
            saved["main"]["height"].as_u64()
        ),
        (Some(1200), Some(800)),
        "{saved}"
    );
    assert!(std::fs::read_to_string(&log)?.contains("Spool quit"));
    Ok(())
}

async fn wait_until(mut done: impl FnMut() -> bool) -> Step {
    let deadline = Instant::now() + PATIENCE;
    while !done() {
        if Instant::now() > deadline {
            return Err(format!("nothing happened within {PATIENCE:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(())
}
