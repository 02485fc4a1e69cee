//! End to end: the window opens with its navigation, and a command's typed result reaches the
//! screen from the native side.

mod support;

use fantoccini::Locator;
use fantoccini::key::Key;
use support::{App, Step};

const SCREENS: [&str; 8] = [
    "Today",
    "Overview",
    "What works",
    "Posts",
    "Audience",
    "Links",
    "Reports",
    "Settings",
];

#[tokio::test(flavor = "multi_thread")]
async fn the_window_opens_on_today_and_settings_shows_what_the_app_reports() {
    let app = App::launch("shell").await;
    let outcome = walk_the_shell(&app).await;
    app.finish(outcome).await;
}

async fn walk_the_shell(app: &App) -> Step {
    // The navigation is there, in order, and Spool opens on Today, which offers the demo
    // beside connecting while no account is connected.
    app.wait_for_text("main h1", "Today").await?;
    assert_eq!(app.texts_of("nav.sidebar .nav-item").await?, SCREENS);
    assert_eq!(app.text_of("[aria-current=page]").await?, "Today");
    assert_eq!(app.text_of("#try-demo-here").await?, "Try the demo account");
    app.screenshot("today").await?;

    // The sidebar answers the keyboard.
    let posts = app
        .client
        .find(Locator::Css("button[data-screen=posts]"))
        .await?;
    posts.send_keys(&Key::Enter.to_string()).await?;
    app.wait_for_text("main h1", "Posts").await?;
    assert_eq!(app.text_of("[aria-current=page]").await?, "Posts");

    // Settings shows what the native side answered to `app_info`: this build's version and
    // the data folder it made under the XDG data home this test gave it.
    app.client
        .find(Locator::Css("button[data-screen=settings]"))
        .await?
        .click()
        .await?;
    app.wait_for_text("main h1", "Settings").await?;
    app.wait_for_text("#about-version", env!("CARGO_PKG_VERSION"))
        .await?;
    let data_dir = app.data_home.join("app.spool.desktop");
    app.wait_for_text("#about-data-dir", &data_dir.display().to_string())
        .await?;
    // The log folder a user is told to look in, where Spool wrote its start.
    let log_dir = data_dir.join("logs");
    app.wait_for_text("#about-log-dir", &log_dir.display().to_string())
        .await?;
    let started = std::fs::read_to_string(log_dir.join("spool.log"))?;
    assert!(started.contains("started on linux"), "{started}");
    assert_eq!(app.text_of("#about-os").await?, std::env::consts::OS);
    assert!(data_dir.is_dir(), "Spool made its data folder");
    assert_eq!(
        app.text_of(".sidebar-footer").await?,
        format!("Spool {}", env!("CARGO_PKG_VERSION"))
    );
    app.screenshot("settings").await?;

    // No plugin script hands the page's links to the browser: the opener plugin's would take
    // (and cancel) a click on a link that opens a new window.
    let taken = app
        .script(
            "const link = document.createElement('a');
             link.href = 'https://example.com/';
             link.target = '_blank';
             document.body.appendChild(link);
             let taken = null;
             const look = e => { taken = e.defaultPrevented; e.preventDefault(); };
             window.addEventListener('click', look);
             link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0 }));
             window.removeEventListener('click', look);
             link.remove();
             return taken;",
            vec![],
        )
        .await?;
    assert_eq!(
        taken,
        serde_json::Value::Bool(false),
        "a script in the window took a link's click"
    );
    Ok(())
}

/// `spool` run on the command line with `args`, on a data folder of its own under `home`:
/// its exit code, standard output and standard error.
fn spool_cli(home: &std::path::Path, args: &[&str]) -> (Option<i32>, String, String) {
    let out = std::process::Command::new(support::application())
        .args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("LANGUAGE", "en")
        // No session bus: the key is kept in the key file, as on any machine without one.
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("spool runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn files_in(folder: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .expect("a folder")
        .map(|f| f.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn spool_report_writes_the_demos_report_without_a_window_and_says_where() {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-report");
    let _ = std::fs::remove_dir_all(&home);
    let out = home.join("out");
    std::fs::create_dir_all(&out).expect("a folder");

    let (code, help, _) = spool_cli(&home, &["--help"]);
    assert_eq!(code, Some(0));
    assert!(help.contains("spool report"), "{help}");
    assert!(help.contains("--account <username>"), "{help}");

    // No display, no window: the report of last month, every section, as a PDF.
    let out_arg = out.display().to_string();
    let (code, printed, errors) = spool_cli(
        &home,
        &[
            "report",
            "--account",
            "demo",
            "--range",
            "last-month",
            "--format",
            "pdf",
            "--out",
            &out_arg,
        ],
    );
    assert_eq!(code, Some(0), "{errors}");
    let written = std::path::PathBuf::from(printed.trim());
    assert_eq!(written.parent(), Some(out.as_path()), "{printed}");
    let name = written
        .file_name()
        .expect("a name")
        .to_string_lossy()
        .into_owned();
    assert!(
        name.starts_with("spool-mara.makes-report-") && name.ends_with(".pdf"),
        "{name}"
    );
    let bytes = std::fs::read(&written).expect("written");
    assert!(bytes.starts_with(b"%PDF-"));
    let info = std::process::Command::new("pdfinfo")
        .arg(&written)
        .output()
        .expect("pdfinfo runs (poppler-utils, installed by cargo xtask test)");
    assert!(String::from_utf8_lossy(&info.stdout).contains("Pages:           8"));

    // Synced first, the media kit as a PNG.
    let (code, printed, errors) = spool_cli(
        &home,
        &[
            "report",
            "--account",
            "@mara.makes",
            "--kind",
            "media-kit",
            "--format",
            "png",
            "--sync",
            "--out",
            &out_arg,
        ],
    );
    assert_eq!(code, Some(0), "{errors}");
    assert!(printed.trim().ends_with(".png"), "{printed}");
    assert!(
        std::fs::read(printed.trim())
            .expect("written")
            .starts_with(b"\x89PNG")
    );
    let before = files_in(&out);
    assert_eq!(before.len(), 2, "{before:?}");

    // Every failure says what is wrong, exits non-zero and writes nothing.
    let (code, _, errors) = spool_cli(&home, &["report", "--account", "nobody", "--out", &out_arg]);
    assert_eq!(code, Some(1));
    assert!(errors.contains("Spool has no account @nobody"), "{errors}");
    let missing = home.join("not-there").display().to_string();
    let (code, _, errors) = spool_cli(&home, &["report", "--account", "demo", "--out", &missing]);
    assert_eq!(code, Some(1));
    assert!(errors.contains("Choose a folder that exists"), "{errors}");
    let (code, _, errors) = spool_cli(&home, &["report", "--format", "docx", "--out", &out_arg]);
    assert_eq!(code, Some(2));
    assert!(errors.contains("use pdf or png"), "{errors}");
    let (code, _, errors) = spool_cli(
        &home,
        &[
            "report",
            "--account",
            "demo",
            "--range",
            "2020-01-01..2020-01-31",
            "--out",
            &out_arg,
        ],
    );
    assert_eq!(code, Some(1));
    assert!(
        errors.contains("Threads keeps no insights before"),
        "{errors}"
    );
    assert_eq!(files_in(&out), before);
}

#[test]
fn spool_report_with_no_account_connected_says_what_to_do() {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli-no-account");
    let _ = std::fs::remove_dir_all(&home);
    std::fs::create_dir_all(&home).expect("a folder");
    let out = home.display().to_string();
    let (code, printed, errors) = spool_cli(&home, &["report", "--out", &out]);
    assert_eq!(code, Some(1), "{printed}");
    assert!(errors.contains("Connect an account first"), "{errors}");
    assert!(!files_in(&home).iter().any(|f| f.ends_with(".pdf")));
}
