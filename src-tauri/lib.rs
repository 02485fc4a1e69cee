//! Spool's native shell: a thin layer that turns `spool-core` into Tauri commands and events.

mod activity_log;
mod bindings;
pub mod cli;
pub mod commands;
mod credentials;
mod events;
mod fonts;
mod host;
mod instance;
#[cfg(target_os = "macos")]
mod menu;
mod test_hooks;
mod tray;
mod updates;
mod window;

use tauri::Manager;

pub use bindings::{registered_commands, render_bindings, render_capability};
pub use credentials::system_key_store;

/// Declares, from the one list in `commands/list.rs`, the command names and the builder that
/// registers and types them.
macro_rules! spool_commands {
    ($($domain:ident::$name:ident),* $(,)?) => {
        /// Every command the window may call, by name, as `commands/list.rs` lists them.
        pub const COMMANDS: &[&str] = &[$(stringify!($name)),*];

        /// Every command and event the interface may use: the invoke handler and the
        /// generated `ui/src/bindings.rs` both come from this builder.
        pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
            tauri_specta::Builder::<tauri::Wry>::new()
                .commands(tauri_specta::collect_commands![$(commands::$domain::$name),*])
                .events(tauri_specta::collect_events![
                    events::AccountsChanged,
                    events::Notice,
                    events::ScreenAsked,
                    events::Synced
                ])
        }
    };
}
include!("commands/list.rs");

/// Opens Spool's app service for the data folder of `app`: the credentials through
/// tauri-plugin-store, the history, and where requests go.
fn open_service(app: &tauri::AppHandle) -> Result<commands::Service, Box<dyn std::error::Error>> {
    // Locked in `run` before anything could open a file in it.
    let library = app.state::<spool_core::Library>().inner().clone();
    log::info!(
        "Spool {} started on {}; data in {}",
        env!("CARGO_PKG_VERSION"),
        std::env::consts::OS,
        library.root().display()
    );
    let (store, notices) = credentials::open(app, library.root())?;
    // Unresolvable only without a home folder, when there is no log file either.
    let log_dir = app.path().app_log_dir().unwrap_or_default();
    let parts = service_parts(library, Box::new(store), notices, log_dir)?;
    Ok(spool_core::Spool::open(
        parts,
        host::TauriHost::new(app.clone()),
    )?)
}

/// What the service is made of, but for its host: the window's and `spool report`'s alike.
fn service_parts(
    library: spool_core::Library,
    store: Box<dyn spool_core::CredentialStore>,
    notices: Vec<spool_core::Notice>,
    log_dir: std::path::PathBuf,
) -> Result<spool_core::SpoolParts, Box<dyn std::error::Error>> {
    // Test and bench builds only (`test_hooks`): the product always talks to Meta.
    let api = match test_hooks::var(test_hooks::THREADS_API) {
        Some(base) => {
            let name = test_hooks::THREADS_API;
            let base = url::Url::parse(&base.to_string_lossy())
                .map_err(|e| format!("{name} is not an address: {e}"))?;
            let hosts = threads_api::ApiHosts::single(base);
            hosts.check().map_err(|e| format!("{name}: {e}"))?;
            hosts
        }
        None => threads_api::ApiHosts::meta(),
    };
    let default_login_port = test_hooks::var(test_hooks::LOGIN_PORT)
        .and_then(|port| port.to_string_lossy().parse().ok())
        .unwrap_or(spool_core::loopback::DEFAULT_LOGIN_PORT);
    Ok(spool_core::SpoolParts {
        library,
        store,
        api,
        default_login_port,
        app_version: env!("CARGO_PKG_VERSION"),
        log_dir,
        notices,
        clock: chrono::Utc::now,
    })
}

/// Opens the app service for `spool report`: the same data folder and credentials as the
/// window's, with no Tauri app (nothing here needs a display). Fails while a Spool with the
/// same data folder runs: the folder's lock says so.
fn open_headless(
    host: cli::Headless,
) -> Result<spool_core::Spool<cli::Headless>, Box<dyn std::error::Error>> {
    let local = dirs::data_local_dir()
        .ok_or("this system names no folder for Spool's data")?
        .join(IDENTIFIER);
    let data_dir = match dirs::data_dir() {
        Some(roaming) if roaming.join(IDENTIFIER) != local => {
            spool_core::settle_data_folder(&local, &roaming.join(IDENTIFIER)).0
        }
        _ => local,
    };
    let library = spool_core::Library::open(data_dir)?;
    let (store, notices) = credentials::open_without_app(library.root())?;
    let parts = service_parts(library, Box::new(store), notices, std::path::PathBuf::new())?;
    Ok(spool_core::Spool::open(parts, host)?)
}

/// Spool's identifier (tauri.conf.json): the name of its data folder.
const IDENTIFIER: &str = "app.spool.desktop";

/// Runs the service's schedules (due syncs, login checks) for as long as Spool runs.
fn run_schedules(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        app.state::<commands::Service>().run_schedules().await;
    });
}

/// Quits as if the window were closed when the system asks Spool to end (SIGTERM: logging
/// out, shutting down), so the window's size and place are saved and the quit is logged.
#[cfg(unix)]
fn quit_when_asked(app: tauri::AppHandle) {
    use tokio::signal::unix::{SignalKind, signal};
    // Registered here, not in the task, so it holds from the moment Spool says it started.
    let runtime = tauri::async_runtime::handle();
    let registered = {
        let _inside = runtime.inner().enter();
        signal(SignalKind::terminate())
    };
    // Without the handler the default stands: the process ends at once.
    let Ok(mut terminate) = registered else {
        return;
    };
    tauri::async_runtime::spawn(async move {
        if terminate.recv().await.is_some() {
            log::info!("asked to quit by the system");
            app.exit(0);
        }
    });
}

/// Gives the window scrollbars that stay in place instead of GTK's overlay indicators. Each
/// indicator fades in after a scroll or a change of screen and out again a second later, and
/// WebKitGTK redraws the whole window for every frame of the fade: three seconds of frames
/// after every change. With a GPU that is little; where WebKit draws in software (no GPU, a
/// virtual machine, a remote desktop) it took both cores of the test machine for those three
/// seconds, at rest and while the posts table scrolled (docs/benchmarks.md). A scrollbar
/// that stays also shows at a glance that the posts table scrolls. WebKit follows this GTK
/// setting; styling the page's scrollbars (`::-webkit-scrollbar`) did not stop the fades.
/// GTK older than 3.24.9 has no such setting and keeps its overlay scrollbars.
#[cfg(target_os = "linux")]
fn scrollbars_that_stay() {
    use gtk::glib::prelude::ObjectExt;
    const SETTING: &str = "gtk-overlay-scrolling";
    if let Some(settings) = gtk::Settings::default()
        && settings.find_property(SETTING).is_some()
    {
        settings.set_property(SETTING, false);
    }
}

/// Starts Spool: opens the data folder and the credentials, registers the commands and shows
/// the window; or, when a Spool with the same data folder runs already, brings its window to
/// the front and exits.
pub fn run() {
    log_panics();
    let context = tauri::generate_context!();
    let updates_on = updates::configured(context.config());
    let builder = specta_builder();
    let builder_base = tauri::Builder::default();
    #[cfg(feature = "notifications")]
    let builder_base = builder_base.plugin(tauri_plugin_notification::init());
    let built = builder_base
        .plugin(activity_log::plugin())
        // Size, position and maximized state; not visibility, which could hide the window.
        .plugin(
            tauri_plugin_window_state::Builder::new()
                .with_state_flags(
                    tauri_plugin_window_state::StateFlags::SIZE
                        | tauri_plugin_window_state::StateFlags::POSITION
                        | tauri_plugin_window_state::StateFlags::MAXIMIZED,
                )
                .build(),
        )
        .plugin(tauri_plugin_store::Builder::new().build())
        // Opens what Spool itself opens (the login, a post); no script in the window that
        // would hand links to the browser, which the window has none of.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        // Off until the creator turns it on in Settings; the launch it makes starts in the tray.
        .plugin(tauri_plugin_autostart::init(
            tauri_plugin_autostart::MacosLauncher::LaunchAgent,
            Some(vec![window::IN_TRAY]),
        ))
        .register_uri_scheme_protocol(fonts::SCHEME, |_, request| fonts::serve(&request))
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            // Before the window and its web view exist (windows open when `run` starts).
            #[cfg(target_os = "linux")]
            scrollbars_that_stay();
            #[cfg(unix)]
            quit_when_asked(app.handle().clone());
            // The window first, so its page loads while the service opens: the page's first
            // commands wait for this setup to end (it holds the main thread).
            let in_tray = window::started_in_tray();
            if !in_tray {
                window::open(app.handle(), None);
            }
            // An error handed back to Tauri here would become a panic in its event loop; it
            // ends Spool the way any failure to start does instead, said in the log.
            let service = open_service(app.handle()).unwrap_or_else(|e| could_not_start(&e));
            app.manage(service);
            app.manage(window::GoingToTray::default());
            // In the language the service speaks, so once it runs.
            #[cfg(target_os = "macos")]
            if let Err(error) = menu::start(app.handle()) {
                log::warn!("the application menu could not be set: {error}");
            }
            host::answer_clicks(app.handle());
            // Started in the tray (at login, or as the window closed), Spool stays there;
            // where there is none, or the creator wants no tray, it opens its window as any
            // launch does.
            let opened = !in_tray || !window::keeps_running(app.handle());
            if in_tray && opened {
                window::open(app.handle(), None);
            }
            tray::create_soon(app.handle(), opened);
            run_schedules(app.handle().clone());
            if updates_on && let Err(error) = updates::start(app.handle()) {
                could_not_start(&error);
            }
            Ok(())
        })
        .build(context);
    let app = match built {
        Ok(app) => app,
        Err(error) => could_not_start(&error),
    };
    let data_dir = data_folder(app.handle()).unwrap_or_else(|error| could_not_start(&error));
    // Started as the previous Spool ends (its window closed to the tray): the folder is free
    // once it has ended, which it does at once.
    let library = window::started_after_window().then(|| wait_for_data_folder(&data_dir));
    // Registered once the data folder is known (its name depends on it, see `instance`) and
    // before the window exists (windows open when `run` starts), so a second launch exits
    // without showing one.
    let claimed = app
        .handle()
        .plugin(instance::plugin(&app.config().identifier, &data_dir));
    if let Err(error) = claimed {
        could_not_start(&error);
    }
    // One Spool per data folder even where the plugin above cannot tell (no D-Bus session):
    // the folder's lock, taken before the credentials, the history or a window exist. A
    // second copy says so and ends here.
    match library.map_or_else(|| spool_core::Library::open(data_dir), Ok) {
        Ok(library) => {
            app.manage(library);
        }
        Err(error) => could_not_start(&error),
    }
    app.run(|app, event| match event {
        // The last window closed (not Quit, which gives a code): a fresh Spool goes on in the
        // tray as this one ends, when it should (see `window`).
        tauri::RunEvent::ExitRequested { code: None, .. } if window::keeps_running(app) => {
            app.state::<window::GoingToTray>().set();
        }
        // macOS: the Dock's icon clicked with no window open.
        #[cfg(target_os = "macos")]
        tauri::RunEvent::Reopen {
            has_visible_windows: false,
            ..
        } => window::open(app, None),
        tauri::RunEvent::Exit => {
            updates::install_downloaded(app);
            log::info!("Spool quit");
            window::rest_in_tray(app);
        }
        _ => {}
    });
}

/// The data folder, locked, once the Spool that held it has ended: tried for up to
/// [`FOLDER_WAIT`]; past that another Spool holds it, and this one says so and ends.
fn wait_for_data_folder(data_dir: &std::path::Path) -> spool_core::Library {
    let deadline = std::time::Instant::now() + FOLDER_WAIT;
    loop {
        match spool_core::Library::open(data_dir.to_path_buf()) {
            Ok(library) => return library,
            Err(_) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            Err(error) => could_not_start(&error),
        }
    }
}

/// How long a Spool started as the previous one ends waits for its data folder.
const FOLDER_WAIT: std::time::Duration = std::time::Duration::from_secs(20);

/// Spool's data folder: the platform's local application data folder (Linux:
/// `$XDG_DATA_HOME/<identifier>`, macOS: `~/Library/Application Support/<identifier>`, Windows:
/// `%LOCALAPPDATA%\<identifier>`). On Windows an earlier Spool used the roaming folder, which
/// a roaming profile copies between computers, live SQLite files and all: that folder moves
/// here, or stays in use if it cannot move yet (`spool_core::settle_data_folder`).
fn data_folder(app: &tauri::AppHandle) -> tauri::Result<std::path::PathBuf> {
    let local = app.path().app_local_data_dir()?;
    let Ok(roaming) = app.path().app_data_dir() else {
        return Ok(local);
    };
    let (used, failed) = spool_core::settle_data_folder(&local, &roaming);
    if let Some(error) = failed {
        log::warn!(
            "the data folder stays in {} for now: it could not move to {} ({error})",
            roaming.display(),
            local.display()
        );
    }
    Ok(used)
}

fn could_not_start(error: &dyn std::fmt::Display) -> ! {
    // Nothing is on screen to show this in: the terminal and the log file are all there is.
    // The log (which also prints to the terminal) is there unless it was what failed.
    to_the_log(&format!("Spool could not start: {error}"));
    std::process::exit(1);
}

/// Writes `line` to the log as an error, at once (the process may end next); to standard
/// error when the log is not set up (yet, or because setting it up failed).
fn to_the_log(line: &str) {
    if log::max_level() >= log::LevelFilter::Error {
        log::error!("{line}");
        log::logger().flush();
    } else {
        eprintln!("{line}");
    }
}

/// Every panic is written to the log, where it happened and what it said (anything looking
/// like a token or a secret hidden: `spool_core::panic_report`), before whatever follows: the
/// service catches its own and carries on; one anywhere else ends Spool.
fn log_panics() {
    std::panic::set_hook(Box::new(|info| to_the_log(&spool_core::panic_report(info))));
}
