//! The commands the interface calls. Each is declared in `build.rs`, allowed in
//! `capabilities/`, registered in [`crate::specta_builder`] and typed in `ui/src/bindings.rs`.
//! None returns a token or a secret: accounts cross as [`AccountSummary`].

use chrono::Utc;
use spool_core::chart_export::{ChartRequest, RenderedChart, render_chart};
use spool_core::data_export::{ExportRequest, export_data as export_table};
use spool_core::lifecycle::check_login;
use spool_core::login::{LoginError, begin_login, check_app, code_from_pasted, finish_login};
use spool_core::loopback::{LOGIN_TIMEOUT, LoopbackListener, redirect_uri};
use spool_core::sync::{CancelFlag, SyncError, SyncJob, SyncOptions, sync_account};
use spool_core::{StorageError, StoredAccount};
use spool_model::{
    AccountSummary, AppInfo, Audience, BestTimes, CommandError, Comparison, DataExport, DateRange,
    ErrorKind, ImageExport, ImageFormat, LinkClicksView, LoginSetup, LoginStarted, Overview,
    PostDetail, PostRow, Preferences, RangeChoice, SavedFile, SyncProgress, SyncSummary, Timing,
};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, State};
use tauri_plugin_dialog::DialogExt;
use tauri_plugin_opener::OpenerExt;
use tauri_specta::Event;
use threads_api::ApiError;
use tokio::sync::oneshot;

use crate::activity_log::{self, LoginMethod};
use crate::events::{AccountsChanged, Synced};
use crate::state::{AppState, WaitingLogin};

type Answer<T> = Result<T, CommandError>;

/// Spool's version and where it keeps its data, for Settings → About.
#[tauri::command]
#[specta::specta]
pub fn app_info(app: AppHandle, state: State<'_, AppState>) -> AppInfo {
    // And where it writes its logs. Unresolvable only without a home folder, when there is no
    // log file either.
    let log_dir = app.path().app_log_dir().unwrap_or_default();
    state.library.app_info(env!("CARGO_PKG_VERSION"), &log_dir)
}

/// What the user must be told once: a damaged file set aside at start-up, say.
#[tauri::command]
#[specta::specta]
pub fn notices(state: State<'_, AppState>) -> Vec<String> {
    state
        .notices
        .lock()
        .map(|mut notices| std::mem::take(&mut *notices))
        .unwrap_or_default()
}

/// Names the file the window's own measurements are appended to (`cargo xtask bench` sets it).
const TIMINGS_FILE: &str = "SPOOL_TIMINGS";

/// Appends a measurement the window took of itself to the file `SPOOL_TIMINGS` names, as a JSON
/// line with the moment it arrived (milliseconds since the Unix epoch, for a start-up measured
/// from outside). Answers whether it was kept: when `SPOOL_TIMINGS` is not set it is not, and
/// the window stops measuring.
#[tauri::command]
#[specta::specta]
pub fn record_timing(timing: Timing) -> bool {
    let Some(path) = std::env::var_os(TIMINGS_FILE) else {
        return false;
    };
    let at = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |since| since.as_secs_f64() * 1000.0);
    let line = serde_json::json!({ "at_unix_ms": at, "timing": timing });
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut file| std::io::Write::write_all(&mut file, format!("{line}\n").as_bytes()));
    if let Err(error) = written {
        log::warn!(
            "could not record a timing in {}: {error}",
            std::path::Path::new(&path).display()
        );
    }
    true
}

/// Every account Spool knows.
#[tauri::command]
#[specta::specta]
pub fn accounts(state: State<'_, AppState>) -> Answer<Vec<AccountSummary>> {
    Ok(state.accounts.summaries()?)
}

/// Checks each account's login with Threads, renewing tokens that are due, and marks the ones
/// Threads refuses as needing a new login. The demo account logs in again (its simulator is new
/// at every start).
#[tauri::command]
#[specta::specta]
pub async fn check_logins(state: State<'_, AppState>) -> Answer<Vec<AccountSummary>> {
    check_all(&state).await
}

/// What [`check_logins`] does, also run every hour while Spool is open.
pub async fn check_all(state: &AppState) -> Answer<Vec<AccountSummary>> {
    let now = Utc::now();
    for account in state.accounts.all()? {
        if account.demo {
            let demo = state.demo().await?;
            state
                .accounts
                .add_keeping_current(demo.log_in(now).await?)?;
        } else if !account.needs_login {
            let client = state.client_for(&account).await?;
            check_login(&state.accounts, client, &account, now).await?;
        }
    }
    Ok(state.accounts.summaries()?)
}

/// Shows another account.
#[tauri::command]
#[specta::specta]
pub fn switch_account(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> Answer<Vec<AccountSummary>> {
    state.accounts.switch_to(&id)?;
    announce(&app, &state)
}

/// Logs an account out: its token is deleted from disk.
#[tauri::command]
#[specta::specta]
pub fn log_out(
    app: AppHandle,
    state: State<'_, AppState>,
    id: String,
) -> Answer<Vec<AccountSummary>> {
    state.accounts.log_out(&id)?;
    announce(&app, &state)
}

/// Logs in to the demo account, served by a simulator inside Spool. A new demo arrives with
/// 90 days of history, made by replaying daily syncs (reported on `on_progress`).
#[tauri::command]
#[specta::specta]
pub async fn try_demo(
    app: AppHandle,
    state: State<'_, AppState>,
    on_progress: Channel<SyncProgress>,
) -> Answer<AccountSummary> {
    let result = async {
        let demo = state.demo().await?;
        let account = demo.log_in(Utc::now()).await?;
        if state.history.last_run(&account.profile.id)?.is_none() {
            let anchor = state.accounts.demo_anchor(Utc::now())?;
            let report = |progress: SyncProgress| {
                // The window may be gone; the replay goes on regardless.
                let _ = on_progress.send(progress);
            };
            spool_core::demo::replay_past(&state.history, anchor, &report).await?;
        }
        keep(&app, &state, account)
    }
    .await;
    activity_log::login_ended(LoginMethod::Demo, &result);
    result
}

/// Syncs the account shown: everything new since the last sync, saved as one snapshot.
/// Progress streams on `on_progress`; [`cancel_sync`] stops it with nothing saved.
#[tauri::command]
#[specta::specta]
pub async fn sync_now(
    app: AppHandle,
    state: State<'_, AppState>,
    on_progress: Channel<SyncProgress>,
) -> Answer<SyncSummary> {
    let account = state.accounts.current()?.ok_or_else(|| {
        CommandError::new(
            ErrorKind::InvalidInput,
            "Connect an account before syncing.",
        )
    })?;
    let report = |progress: SyncProgress| {
        // The window may be gone; the sync goes on regardless.
        let _ = on_progress.send(progress);
    };
    sync_one(&app, &state, &account, &report).await
}

/// Syncs `account`, one sync per account at a time; a refused login flags the account, and
/// every window hears how the sync ended.
pub async fn sync_one(
    app: &AppHandle,
    state: &AppState,
    account: &StoredAccount,
    report: &(dyn Fn(SyncProgress) + Send + Sync),
) -> Answer<SyncSummary> {
    if account.needs_login {
        return Err(CommandError::new(
            ErrorKind::NeedsLogin,
            format!(
                "Log in to @{} again before syncing.",
                account.profile.username
            ),
        ));
    }
    let id = account.profile.id.clone();
    let cancel = CancelFlag::default();
    {
        let mut syncing = state.syncing.lock().map_err(|_| StorageError::Poisoned)?;
        if syncing.contains_key(&id) {
            return Err(CommandError::new(
                ErrorKind::InvalidInput,
                "This account is syncing already.",
            ));
        }
        syncing.insert(id.clone(), cancel.clone());
    }
    activity_log::sync_started(&account.profile.username);
    let result = async {
        let client = state.client_for(account).await?;
        let job = SyncJob {
            client,
            history: &state.history,
            account_id: &id,
            token: &account.token,
            now: Utc::now(),
            options: SyncOptions::default(),
        };
        Ok::<_, CommandError>(sync_account(job, report, &cancel).await)
    }
    .await;
    if let Ok(mut syncing) = state.syncing.lock() {
        syncing.remove(&id);
    }
    let ended = match result {
        Ok(result) => after_sync(app, state, &id, result),
        Err(error) => Err(error),
    };
    activity_log::sync_ended(&account.profile.username, &ended);
    ended
}

/// Flags a refused login and tells every window how the sync of account `id` ended.
fn after_sync(
    app: &AppHandle,
    state: &AppState,
    id: &str,
    result: Result<SyncSummary, SyncError>,
) -> Answer<SyncSummary> {
    if let Err(SyncError::Api(ApiError::TokenExpired { .. })) = &result {
        state.accounts.mark_needs_login(id)?;
        announce(app, state)?;
    }
    if let Ok(Some(last)) = state.history.last_run(id) {
        // The window refreshes its last sync on its next command if the event is lost.
        let _ = Synced(last).emit(app);
    }
    Ok(result?)
}

/// The app's preferences.
#[tauri::command]
#[specta::specta]
pub fn preferences(state: State<'_, AppState>) -> Answer<Preferences> {
    Ok(Preferences {
        sync_every_hours: state.accounts.sync_every_hours()?,
    })
}

/// Saves the app's preferences.
#[tauri::command]
#[specta::specta]
pub fn save_preferences(
    state: State<'_, AppState>,
    preferences: Preferences,
) -> Answer<Preferences> {
    if !(1..=168).contains(&preferences.sync_every_hours) {
        return Err(CommandError::new(
            ErrorKind::InvalidInput,
            "Sync every 1 to 168 hours (a week).",
        ));
    }
    state
        .accounts
        .set_sync_every_hours(preferences.sync_every_hours)?;
    self::preferences(state)
}

/// Writes a consistent copy of the history where the user chooses; `None` if they cancelled.
#[tauri::command]
#[specta::specta]
pub async fn back_up_data(app: AppHandle, state: State<'_, AppState>) -> Answer<Option<String>> {
    let name = format!("spool-history-{}.sqlite", Utc::now().format("%Y-%m-%d"));
    let Some(path) = choose_save_path(&app, &name, ("SQLite database", &["sqlite"])).await else {
        return Ok(None);
    };
    // Written beside the target and renamed, so a failure leaves no partial file.
    let partial = path.with_extension("sqlite.partial");
    let written = state
        .history
        .back_up(&partial)
        .map_err(CommandError::from)
        .and_then(|()| {
            std::fs::rename(&partial, &path).map_err(|e| {
                CommandError::new(
                    ErrorKind::Storage,
                    format!("Spool could not write {}: {e}", path.display()),
                )
            })
        });
    if written.is_err() {
        let _ = std::fs::remove_file(&partial);
    }
    written?;
    Ok(Some(path.display().to_string()))
}

/// The days `choice` means for the account `id` today, checked by the API's rules.
fn resolve_range(state: &AppState, id: &str, choice: RangeChoice) -> Answer<DateRange> {
    let today = spool_model::pacific::day_of(Utc::now());
    match choice {
        RangeChoice::Preset { preset } => {
            Ok(preset.range(today, state.history.first_post_day(id)?))
        }
        RangeChoice::Custom { since, until } => DateRange::new(since, until, today)
            .map_err(|e| CommandError::new(ErrorKind::InvalidInput, e.to_string())),
    }
}

/// The account shown, or why there is none to export from.
fn exporting_account(state: &AppState) -> Answer<StoredAccount> {
    state.accounts.current()?.ok_or_else(|| {
        CommandError::new(
            ErrorKind::InvalidInput,
            "Connect an account, sync it, then export.",
        )
    })
}

/// Draws a chart of the account shown as the window shows it, from the history alone.
fn rendered_chart(state: &AppState, export: &ImageExport) -> Answer<RenderedChart> {
    let account = exporting_account(state)?;
    let id = &account.profile.id;
    let range = match export.range.filter(|_| export.chart.takes_range()) {
        Some(choice) => Some(resolve_range(state, id, choice)?),
        None => None,
    };
    Ok(render_chart(
        &state.history,
        &ChartRequest {
            account_id: id,
            username: &account.profile.username,
            export,
            range,
            exported_at: Utc::now(),
            app_version: env!("CARGO_PKG_VERSION"),
        },
    )?)
}

/// Saves a chart of the account shown as a PNG or SVG file where the user chooses; `None` if
/// they cancelled. The file appears whole or not at all.
#[tauri::command]
#[specta::specta]
pub async fn export_chart(
    app: AppHandle,
    state: State<'_, AppState>,
    export: ImageExport,
) -> Answer<Option<SavedFile>> {
    let chart = rendered_chart(&state, &export)?;
    let filter = match export.format {
        ImageFormat::Png => ("PNG image", &["png"][..]),
        ImageFormat::Svg => ("SVG image", &["svg"][..]),
    };
    save_where_chosen(&app, &chart.file_name, filter, &chart.bytes).await
}

/// Puts a chart of the account shown on the clipboard as an image.
#[tauri::command]
#[specta::specta]
pub fn copy_chart_image(
    app: AppHandle,
    state: State<'_, AppState>,
    export: ImageExport,
) -> Answer<()> {
    use tauri_plugin_clipboard_manager::ClipboardExt;
    let export = ImageExport {
        format: ImageFormat::Png,
        ..export
    };
    let chart = rendered_chart(&state, &export)?;
    let (rgba, width, height) = spool_charts::png_rgba(&chart.bytes)
        .map_err(|e| CommandError::new(ErrorKind::Internal, format!("{e}. Please report this.")))?;
    app.clipboard()
        .write_image(&tauri::image::Image::new_owned(rgba, width, height))
        .map_err(|e| {
            CommandError::new(
                ErrorKind::Internal,
                format!("The clipboard refused the image ({e}). Export it as a file instead."),
            )
        })
}

/// Saves a table of the account shown as CSV or JSON where the user chooses; `None` if they
/// cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_data(
    app: AppHandle,
    state: State<'_, AppState>,
    export: DataExport,
) -> Answer<Option<SavedFile>> {
    let account = exporting_account(&state)?;
    let id = &account.profile.id;
    let range = match export.range {
        Some(choice) => Some(resolve_range(&state, id, choice)?),
        None => None,
    };
    let request = ExportRequest {
        account_id: id,
        username: &account.profile.username,
        dataset: export.dataset,
        range,
        format: export.format,
        exported_at: Utc::now(),
        app_version: env!("CARGO_PKG_VERSION"),
    };
    let bytes = export_table(&state.history, &request)?;
    let filter = (export.format.label(), &[export.format.extension()][..]);
    save_where_chosen(&app, &request.file_name(), filter, &bytes).await
}

/// Asks where to save `bytes` (proposing `name`) and saves them there whole, or not at all.
async fn save_where_chosen(
    app: &AppHandle,
    name: &str,
    filter: (&str, &[&str]),
    bytes: &[u8],
) -> Answer<Option<SavedFile>> {
    let Some(path) = choose_save_path(app, name, filter).await else {
        return Ok(None);
    };
    spool_core::saved_file::save(&path, bytes)?;
    Ok(Some(SavedFile {
        path: path.display().to_string(),
        bytes: bytes.len() as u64,
    }))
}

/// Where to save a file: the native save dialog, or (for tests) `SPOOL_SAVE_PATH`: that file,
/// or the proposed name in that folder.
async fn choose_save_path(
    app: &AppHandle,
    name: &str,
    filter: (&str, &[&str]),
) -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("SPOOL_SAVE_PATH") {
        let path = std::path::PathBuf::from(path);
        return Some(if path.is_dir() { path.join(name) } else { path });
    }
    let (chosen, choice) = tokio::sync::oneshot::channel();
    app.dialog()
        .file()
        .set_file_name(name)
        .add_filter(filter.0, filter.1)
        .save_file(move |path| {
            let _ = chosen.send(path.and_then(|p| p.into_path().ok()));
        });
    choice.await.ok().flatten()
}

/// Stops the sync of the account shown; nothing it read is saved.
#[tauri::command]
#[specta::specta]
pub fn cancel_sync(state: State<'_, AppState>) -> Answer<()> {
    let current = state.accounts.current()?;
    if let (Some(account), Ok(syncing)) = (current, state.syncing.lock())
        && let Some(flag) = syncing.get(&account.profile.id)
    {
        flag.cancel();
    }
    Ok(())
}

/// Deletes every token, the Meta app, every setting and the whole history: Settings → Remove
/// all data, after the window had the user confirm. Running syncs are stopped first, so none
/// writes after the history is emptied.
#[tauri::command]
#[specta::specta]
pub async fn remove_all_data(app: AppHandle, state: State<'_, AppState>) -> Answer<()> {
    let stopped_in_time = async {
        loop {
            let running = match state.syncing.lock() {
                Ok(syncing) => {
                    syncing.values().for_each(CancelFlag::cancel);
                    !syncing.is_empty()
                }
                Err(_) => false,
            };
            if !running {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    };
    if tokio::time::timeout(std::time::Duration::from_secs(20), stopped_in_time)
        .await
        .is_err()
    {
        return Err(CommandError::new(
            ErrorKind::Cancelled,
            "A sync did not stop in time, so nothing was removed. Try again in a moment.",
        ));
    }
    if let Ok(mut waiting) = state.waiting.lock() {
        waiting.take();
    }
    state.accounts.forget_everything()?;
    state.history.erase()?;
    state.library.remove_leftovers()?;
    announce(&app, &state)?;
    Ok(())
}

/// The overview of the account shown over `range`, compared as `comparison` says, from the
/// history alone: it works offline. A custom range is checked against the API's rules.
#[tauri::command]
#[specta::specta]
pub fn overview(
    state: State<'_, AppState>,
    range: RangeChoice,
    comparison: Comparison,
) -> Answer<Overview> {
    let account = state.accounts.current()?.ok_or_else(|| {
        CommandError::new(
            ErrorKind::InvalidInput,
            "Connect an account to see its overview.",
        )
    })?;
    let id = &account.profile.id;
    let range = resolve_range(&state, id, range)?;
    Ok(spool_core::analytics::overview(
        &state.history,
        id,
        range,
        comparison,
    )?)
}

/// The audience of the account shown at its latest readings, from the history alone.
#[tauri::command]
#[specta::specta]
pub fn audience(state: State<'_, AppState>) -> Answer<Audience> {
    let account = state.accounts.current()?.ok_or_else(|| {
        CommandError::new(
            ErrorKind::InvalidInput,
            "Connect an account to see its audience.",
        )
    })?;
    Ok(spool_core::analytics::audience(
        &state.history,
        &account.profile.id,
    )?)
}

/// Every stored post of the account shown, newest first, with its latest metrics.
#[tauri::command]
#[specta::specta]
pub fn posts(state: State<'_, AppState>) -> Answer<Vec<PostRow>> {
    let account = current_or_explain(&state)?;
    Ok(spool_core::analytics::posts(
        &state.history,
        &account.profile.id,
    )?)
}

/// One post of the account shown, with its growth from every reading.
#[tauri::command]
#[specta::specta]
pub fn post_detail(state: State<'_, AppState>, post_id: String) -> Answer<PostDetail> {
    let account = current_or_explain(&state)?;
    spool_core::analytics::post_detail(&state.history, &account.profile.id, &post_id)?.ok_or_else(
        || {
            CommandError::new(
                ErrorKind::InvalidInput,
                "That post is not in Spool's history.",
            )
        },
    )
}

/// Opens a stored post of the account shown on threads.net, in the browser.
#[tauri::command]
#[specta::specta]
pub fn open_post(app: AppHandle, state: State<'_, AppState>, post_id: String) -> Answer<()> {
    let detail = post_detail(state, post_id)?;
    // Only a stored post's own address is opened: the window cannot open arbitrary links.
    let url = detail.row.post.permalink.ok_or_else(|| {
        CommandError::new(
            ErrorKind::InvalidInput,
            "Threads gives no address for this post (it contains copyrighted material).",
        )
    })?;
    app.opener().open_url(&url, None::<&str>).map_err(|e| {
        CommandError::new(
            ErrorKind::Internal,
            format!("The browser could not be opened ({e}); the post is at {url}"),
        )
    })
}

fn current_or_explain(state: &AppState) -> Answer<StoredAccount> {
    state.accounts.current()?.ok_or_else(|| {
        CommandError::new(
            ErrorKind::InvalidInput,
            "Connect an account to see its posts.",
        )
    })
}

/// When the account shown's posts did best: median views by weekday and hour in the user's
/// time zone, `utc_offset_minutes` east of UTC.
#[tauri::command]
#[specta::specta]
pub fn best_times(state: State<'_, AppState>, utc_offset_minutes: i32) -> Answer<BestTimes> {
    let account = current_or_explain(&state)?;
    Ok(spool_core::analytics::best_times(
        &state.history,
        &account.profile.id,
        utc_offset_minutes,
    )?)
}

/// Link clicks of the account shown, from the history alone.
#[tauri::command]
#[specta::specta]
pub fn link_clicks(state: State<'_, AppState>) -> Answer<LinkClicksView> {
    let account = current_or_explain(&state)?;
    Ok(spool_core::analytics::link_clicks(
        &state.history,
        &account.profile.id,
    )?)
}

/// How the last sync of the account shown ended, if it was ever synced.
#[tauri::command]
#[specta::specta]
pub fn last_sync(state: State<'_, AppState>) -> Answer<Option<SyncSummary>> {
    match state.accounts.current()? {
        Some(account) => Ok(state.history.last_run(&account.profile.id)?),
        None => Ok(None),
    }
}

/// The redirect address to register and what is saved of the creator's app.
#[tauri::command]
#[specta::specta]
pub fn login_setup(state: State<'_, AppState>) -> Answer<LoginSetup> {
    Ok(state.accounts.login_setup(state.login_port())?)
}

/// Changes the port Spool listens on for the login; the redirect address changes with it and
/// must be registered again in the Meta app.
#[tauri::command]
#[specta::specta]
pub fn save_login_port(state: State<'_, AppState>, port: u16) -> Answer<LoginSetup> {
    if port < 1024 {
        return Err(CommandError::new(
            ErrorKind::InvalidInput,
            "Choose a port from 1024 to 65535; lower ports need administrator rights.",
        ));
    }
    state.accounts.set_login_port(port)?;
    login_setup(state)
}

/// Saves the creator's Threads app id and secret, after checking they can be right.
#[tauri::command]
#[specta::specta]
pub fn save_threads_app(
    state: State<'_, AppState>,
    app_id: String,
    app_secret: String,
) -> Answer<LoginSetup> {
    let app = check_app(&app_id, &app_secret)?;
    state.accounts.set_app(app)?;
    login_setup(state)
}

/// Starts a login: listens for the browser's return and opens the authorization window.
/// [`wait_for_login`] then waits for it to finish.
#[tauri::command]
#[specta::specta]
pub async fn start_login(app: AppHandle, state: State<'_, AppState>) -> Answer<LoginStarted> {
    let credentials = state.accounts.app()?.ok_or(LoginError::NoApp)?;
    let redirect = redirect_uri(state.login_port());
    let pending = begin_login(state.threads.hosts(), &credentials.app_id, &redirect)?;
    let listener = LoopbackListener::bind(state.login_port(), &state.tls).await?;
    let (pasted_tx, pasted_rx) = oneshot::channel();
    let url = pending.url.to_string();
    let waiting = WaitingLogin {
        pending,
        pasted: pasted_tx,
        listener: Some((listener, pasted_rx)),
    };
    if let Ok(mut slot) = state.waiting.lock() {
        *slot = Some(waiting);
    }
    // Without a browser the creator copies the address; the login waits either way.
    let browser_opened = app.opener().open_url(&url, None::<&str>).is_ok();
    Ok(LoginStarted {
        url,
        browser_opened,
    })
}

/// Waits for the login started by [`start_login`]: the browser's return to the listener, or an
/// address pasted with [`paste_login_address`]. Then exchanges the code and keeps the account.
#[tauri::command]
#[specta::specta]
pub async fn wait_for_login(app: AppHandle, state: State<'_, AppState>) -> Answer<AccountSummary> {
    let result = browser_login(&app, &state).await;
    activity_log::login_ended(LoginMethod::Browser, &result);
    result
}

/// What [`wait_for_login`] waits for, and the account kept.
async fn browser_login(app: &AppHandle, state: &AppState) -> Answer<AccountSummary> {
    let (state_value, redirect, listener) = {
        let mut slot = state.waiting.lock().map_err(|_| LoginError::NoApp)?;
        let waiting = slot.as_mut().ok_or(LoginError::NotStarted)?;
        (
            waiting.pending.state.clone(),
            waiting.pending.redirect_uri.clone(),
            waiting.listener.take().ok_or(LoginError::NotStarted)?,
        )
    };
    let (listener, pasted) = listener;
    let code = tokio::select! {
        received = listener.receive(&state_value, LOGIN_TIMEOUT) => received?,
        pasted = pasted => pasted.map_err(|_| LoginError::Cancelled)?,
    };
    if let Ok(mut slot) = state.waiting.lock() {
        *slot = None;
    }
    let credentials = state.accounts.app()?.ok_or(LoginError::NoApp)?;
    let account = finish_login(
        &state.threads,
        &credentials,
        &code,
        &redirect,
        Utc::now(),
        false,
    )
    .await?;
    keep(app, state, account)
}

/// Hands the address the browser landed on (or the code in it) to the waiting login.
#[tauri::command]
#[specta::specta]
pub fn paste_login_address(state: State<'_, AppState>, address: String) -> Answer<()> {
    let mut slot = state.waiting.lock().map_err(|_| LoginError::NotStarted)?;
    let waiting = slot.take().ok_or(LoginError::NotStarted)?;
    match code_from_pasted(&address, &waiting.pending.state) {
        Ok(code) => {
            // The waiting login may have ended meanwhile; then there is nothing to hand over.
            let _ = waiting.pasted.send(code);
            Ok(())
        }
        Err(error) => {
            *slot = Some(waiting);
            Err(error.into())
        }
    }
}

/// Gives up the login in progress.
#[tauri::command]
#[specta::specta]
pub fn cancel_login(state: State<'_, AppState>) {
    if let Ok(mut slot) = state.waiting.lock() {
        *slot = None;
    }
}

/// Logs in with a long-lived token pasted from the app dashboard's User Token Generator; the
/// token is checked with Threads before it is kept.
#[tauri::command]
#[specta::specta]
pub async fn log_in_with_token(
    app: AppHandle,
    state: State<'_, AppState>,
    token: String,
) -> Answer<AccountSummary> {
    let result = async {
        let account =
            spool_core::login::login_with_token(&state.threads, &token, Utc::now()).await?;
        keep(&app, &state, account)
    }
    .await;
    activity_log::login_ended(LoginMethod::PastedToken, &result);
    result
}

fn keep(app: &AppHandle, state: &AppState, account: StoredAccount) -> Answer<AccountSummary> {
    let shown = state.accounts.add(account)?;
    announce(app, state)?;
    Ok(shown)
}

/// Tells every window the accounts changed.
pub fn announce(app: &AppHandle, state: &AppState) -> Answer<Vec<AccountSummary>> {
    let accounts = state.accounts.summaries()?;
    // The window reloads the list on its next command if the event is lost.
    let _ = AccountsChanged(accounts.clone()).emit(app);
    Ok(accounts)
}
