//! End to end: Spool behaves like a desktop app. A second launch with the same data folder
//! brings the running window forward and exits; one with another data folder is a Spool of its
//! own. (On Linux the running Spool is found on the D-Bus session bus, so the test starts a bus
//! of its own; without one, the data folder's lock still stops a second Spool.) Closing the
//! window leaves Spool in the tray where the desktop shows one (here a standalone tray,
//! gtk-sni-tray-standalone, on the test's display and bus) and quits where it shows none;
//! Settings choose that, starting at login, and the notifications.

mod support;

use std::process::Command;
use std::time::{Duration, Instant};

use support::{App, PATIENCE, SessionBus, Started, Step, Tray};

/// The settings of what Spool does outside its window, as checkboxes.
const CHOICES: [&str; 6] = [
    "#keep-in-tray",
    "#start-at-login",
    "#notify-breakouts",
    "#notify-milestones",
    "#notify-logins",
    "#notify-failing-syncs",
];

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

/// Whether each of [`CHOICES`] is ticked, once Settings has read them.
async fn choices(app: &App) -> Step<Vec<bool>> {
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text("main h1", "Settings").await?;
    let deadline = Instant::now() + PATIENCE;
    loop {
        let ticked = app
            .script(
                "const boxes = arguments[0].map(css => document.querySelector(css));
                 if (boxes.some(b => !b || b.disabled)) { return null; }
                 return boxes.map(b => b.checked);",
                vec![serde_json::json!(CHOICES)],
            )
            .await?;
        if let Ok(ticked) = serde_json::from_value::<Vec<bool>>(ticked) {
            return Ok(ticked);
        }
        if Instant::now() > deadline {
            return Err("Settings never showed its choices".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The home folder the settings test gives Spool: the autostart entry goes in its
/// `.config/autostart` (tauri-plugin-autostart's auto-launch takes `$HOME/.config`, whatever
/// `XDG_CONFIG_HOME` says).
fn settings_home() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("e2e/desktop-settings/home")
}

/// The files of the desktop's autostart folder, each with its text.
fn autostart_entries() -> Vec<String> {
    std::fs::read_dir(settings_home().join(".config/autostart"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| std::fs::read_to_string(entry.path()).unwrap_or_default())
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn settings_choose_the_tray_starting_at_login_and_each_kind_of_notification() {
    let home = settings_home();
    let app = App::launch_with("desktop-settings", &[("HOME", &home.display().to_string())]).await;
    let outcome = desktop_settings(&app).await;
    app.finish(outcome).await;
}

async fn desktop_settings(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    // What a creator starts with: the tray and every notification on, starting at login off.
    assert_eq!(choices(app).await?, [true, false, true, true, true, true]);
    // No tray on this desktop (no session bus, no StatusNotifier host): Settings says that
    // closing quits.
    let said = app.text_of("#no-tray").await?;
    assert!(said.contains("closing the window quits Spool"), "{said}");
    assert!(autostart_entries().is_empty());
    app.script(
        "document.querySelector('#desktop-settings').scrollIntoView({ block: 'center' });",
        vec![],
    )
    .await?;
    app.screenshot("desktop-settings").await?;

    // Starting at login writes the desktop's autostart entry, which starts Spool in the tray.
    app.click("#start-at-login").await?;
    wait_until(|| !autostart_entries().is_empty()).await?;
    let entry = autostart_entries().concat();
    assert!(entry.contains("--in-tray"), "{entry}");
    app.click("#notify-breakouts").await?;
    app.click("#notify-logins").await?;
    let deadline = Instant::now() + PATIENCE;
    while choices(app).await? != [true, true, false, true, false, true] {
        if Instant::now() > deadline {
            return Err("the choices were not saved".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Kept: the window loaded anew reads them back.
    app.client.refresh().await?;
    app.wait_for_text("main h1", "Today").await?;
    assert_eq!(choices(app).await?, [true, true, false, true, false, true]);
    // And starting at login turned off takes the entry away.
    app.click("#start-at-login").await?;
    wait_until(|| autostart_entries().is_empty()).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn closing_the_window_leaves_spool_in_the_tray_and_a_second_launch_opens_it_again() {
    let bus = SessionBus::start();
    let app = App::launch_with(
        "closed-to-tray",
        &[("DBUS_SESSION_BUS_ADDRESS", bus.address.as_str())],
    )
    .await;
    let outcome = closed_to_tray(&app, &bus).await;
    app.finish(outcome).await;
}

async fn closed_to_tray(app: &App, bus: &SessionBus) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    // A tray on the desktop: a standalone StatusNotifier host with its own watcher.
    let _tray = Tray::start(app, bus).await?;
    // Settings says no more that closing quits once the tray is up (read as Settings opens).
    let deadline = Instant::now() + PATIENCE;
    loop {
        choices(app).await?;
        let no_tray = app.texts_of("#no-tray").await?;
        if no_tray.is_empty() {
            break;
        }
        if Instant::now() > deadline {
            return Err(format!(
                "Settings never saw the tray, though its host is registered: {}",
                bus.tray_host_registered()
                    .map_or_else(|e| e, |registered| registered.to_string())
            )
            .into());
        }
        app.click("button[data-screen=today]").await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
    }

    // Closed (Ctrl+W), the window goes and Spool stays, in the tray. (The press's own answer
    // may be lost with the window.)
    let _ = app.press("w", true).await;
    // (A fresh Spool goes on in the tray as the one whose window closed ends: both write
    // the same log.)
    let stayed = "the window closed; Spool keeps running in the tray";
    wait_until(|| app.log_file().contains(stayed)).await?;
    wait_until(|| app.log_file().matches("Spool 0.1.0 started").count() == 2).await?;
    tokio::time::sleep(Duration::from_secs(2)).await;
    let log = app.log_file();
    assert_eq!(log.matches("the window opened").count(), 1, "{log}");
    // A second launch finds it running and opens its window again.
    app.second_launch_hands_over().await?;
    wait_until(|| app.log_file().matches("the window opened").count() == 2).await?;
    Ok(())
}
