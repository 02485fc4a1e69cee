//! Spool's native shell: a thin layer that turns `spool-core` into Tauri commands and events.

mod activity_log;
mod bindings;
mod commands;
mod credentials;
mod events;
mod instance;
mod state;
mod updates;

use tauri::Manager;

pub use bindings::render_bindings;

/// Every command and event the interface may use, declared once: the invoke handler and the
/// generated `ui/src/bindings.rs` both come from this builder.
pub fn specta_builder() -> tauri_specta::Builder<tauri::Wry> {
    tauri_specta::Builder::<tauri::Wry>::new()
        .commands(tauri_specta::collect_commands![
            commands::app_info,
            commands::notices,
            commands::accounts,
            commands::check_logins,
            commands::switch_account,
            commands::log_out,
            commands::try_demo,
            commands::login_setup,
            commands::save_threads_app,
            commands::save_login_port,
            commands::start_login,
            commands::wait_for_login,
            commands::paste_login_address,
            commands::cancel_login,
            commands::log_in_with_token,
            commands::sync_now,
            commands::cancel_sync,
            commands::last_sync,
            commands::preferences,
            commands::save_preferences,
            commands::back_up_data,
            commands::overview,
            commands::audience,
            commands::posts,
            commands::post_detail,
            commands::open_post,
            commands::link_clicks,
            commands::best_times,
            commands::export_chart,
            commands::copy_chart_image,
            commands::export_data,
            commands::remove_all_data,
            commands::record_timing,
        ])
        .events(tauri_specta::collect_events![
            events::AccountsChanged,
            events::Synced
        ])
}

/// Every hour while Spool is open, renews the tokens that are due and notices refused logins.
/// (The window checks once at start-up itself.)
fn keep_logins_alive(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        let mut hourly = tokio::time::interval(std::time::Duration::from_secs(60 * 60));
        hourly.tick().await;
        loop {
            hourly.tick().await;
            let state = app.state::<state::AppState>();
            let before = state.accounts.summaries().ok();
            // A failed check changes nothing stored; the next one tries again.
            if let Ok(after) = commands::check_all(&state).await
                && before.as_ref() != Some(&after)
            {
                let _ = commands::announce(&app, &state);
            }
        }
    });
}

/// While Spool is open, syncs each account whose last sync is older than the chosen interval.
/// Checked every minute, so a computer waking from sleep catches up within a minute.
fn sync_on_schedule(app: tauri::AppHandle) {
    tauri::async_runtime::spawn(async move {
        let mut minutely = tokio::time::interval(std::time::Duration::from_secs(60));
        minutely.tick().await;
        loop {
            minutely.tick().await;
            let state = app.state::<state::AppState>();
            let (Ok(accounts), Ok(hours)) =
                (state.accounts.all(), state.accounts.sync_every_hours())
            else {
                continue;
            };
            let every = chrono::TimeDelta::hours(i64::from(hours));
            for account in accounts.iter().filter(|a| !a.needs_login) {
                let last = state.history.last_run(&account.profile.id).ok().flatten();
                if last.is_some_and(|run| chrono::Utc::now() - run.started_at < every) {
                    continue;
                }
                // A failure is on record in the sync log and shown as the last sync.
                let _ = commands::sync_one(&app, &state, account, &|_| {}).await;
            }
        }
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
    let context = tauri::generate_context!();
    let updates_on = updates::configured(context.config());
    let builder = specta_builder();
    let built = tauri::Builder::default()
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
        .plugin(tauri_plugin_opener::init())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_clipboard_manager::init())
        .invoke_handler(builder.invoke_handler())
        .setup(move |app| {
            builder.mount_events(app);
            // Before the window and its web view exist (windows open when `run` starts).
            #[cfg(target_os = "linux")]
            scrollbars_that_stay();
            #[cfg(unix)]
            quit_when_asked(app.handle().clone());
            let data_dir = app.path().app_data_dir()?;
            log::info!(
                "Spool {} started on {}; data in {}",
                env!("CARGO_PKG_VERSION"),
                std::env::consts::OS,
                data_dir.display()
            );
            let library = spool_core::Library::open(data_dir)?;
            let (store, notice) = credentials::PluginStore::open(app.handle(), library.root())?;
            let accounts = spool_core::Accounts::open(Box::new(store))?;
            let (history, history_notice) = spool_core::history::History::open_or_set_aside(
                &library.root().join("history.sqlite"),
            )?;
            let state = state::AppState::new(library, accounts, history)?;
            if let Ok(mut notices) = state.notices.lock() {
                notices.extend(notice.into_iter().chain(history_notice));
            }
            app.manage(state);
            keep_logins_alive(app.handle().clone());
            sync_on_schedule(app.handle().clone());
            if updates_on {
                updates::start(app.handle())?;
            }
            Ok(())
        })
        .build(context);
    let app = match built {
        Ok(app) => app,
        Err(error) => could_not_start(&error),
    };
    // Registered once the data folder is known (its name depends on it, see `instance`) and
    // before the window exists (windows open when `run` starts), so a second launch exits
    // without showing one.
    let claimed = app
        .path()
        .app_data_dir()
        .map(|data_dir| instance::plugin(&app.config().identifier, &data_dir))
        .and_then(|plugin| app.handle().plugin(plugin));
    if let Err(error) = claimed {
        could_not_start(&error);
    }
    app.run(|app, event| {
        if let tauri::RunEvent::Exit = event {
            updates::install_downloaded(app);
            log::info!("Spool quit");
        }
    });
}

fn could_not_start(error: &tauri::Error) -> ! {
    // Nothing is on screen to show this in: the terminal and the log file are all there is.
    // The log (which also prints to the terminal) is there unless it was what failed.
    if log::max_level() >= log::LevelFilter::Error {
        log::error!("Spool could not start: {error}");
    } else {
        eprintln!("Spool could not start: {error}");
    }
    std::process::exit(1);
}
