//! End to end: Spool behaves like a desktop app. A second launch with the same data folder
//! brings the running window forward and exits; one with another data folder is a Spool of its
//! own. (On Linux the running Spool is found on the D-Bus session bus, so the test starts a bus
//! of its own.)

mod support;

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
    app.wait_for_text("main h1", "Overview").await?;

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
async fn the_window_size_is_saved_when_spool_quits() {
    let app = App::launch("window-state").await;
    let outcome = resize_and_quit(&app).await;
    app.finish(outcome).await;
}

async fn resize_and_quit(app: &App) -> Step {
    app.wait_for_text("main h1", "Overview").await?;
    app.client.set_window_size(1000, 700).await?;
    // Closing the one window quits Spool, which saves the window's state for the next start.
    app.client.close_window().await?;
    let saved = app
        .dir()
        .join("config/app.spool.desktop/.window-state.json");
    let deadline = Instant::now() + PATIENCE;
    loop {
        let state = std::fs::read_to_string(&saved).unwrap_or_default();
        if let Ok(state) = serde_json::from_str::<serde_json::Value>(&state) {
            let main = &state["main"];
            assert_eq!(
                (main["width"].as_u64(), main["height"].as_u64()),
                (Some(1000), Some(700)),
                "{state}"
            );
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("Spool saved no window state in {}", saved.display()).into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
