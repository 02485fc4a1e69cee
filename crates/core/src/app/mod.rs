//! Spool's app service: everything the app does, with no knowledge of Tauri.
//!
//! [`Spool`] owns the accounts, the logins, the syncs and their schedule, removal and the
//! history. Each of its methods is one thing the user can ask for: the Tauri shell turns each
//! into a command of a line or two, and the tests call them directly with a recording
//! [`Host`], the memory credential store and the simulator, so what the app does is tested
//! without a desktop. What only the shell can do (tell the window something, ask where to save
//! a file, open the browser, use the clipboard) goes through [`Host`].
//!
//! Nothing here blocks an async task for long: reading the history and drawing charts run on
//! tokio's blocking threads, so neither the window's main thread nor the runtime's workers wait
//! on SQLite or on a renderer (and the history reads on connections of its own, so a screen
//! opens while a sync writes). Every failure is an [`AppError`], which decides in one place
//! what the window is told ([`AppError::kind`], [`AppError::message`]).
//!
//! The methods are grouped by domain, as the shell's commands are: accounts (which account,
//! the demo, removal), logins, syncing and its schedule, the history's screens, and exports.
//! Locks follow one policy ([`crate::locks`]); a sync in flight holds a slot in the registry
//! that frees itself when dropped, and a removal waits for running syncs to stop without
//! polling.

mod accounts;
mod activity;
mod desktop;
mod error;
mod export;
mod host;
mod login;
mod panics;
mod reports;
mod screens;
mod syncing;
mod syncs;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use chrono::{DateTime, Utc};
use spool_i18n::{Catalogue, NumberStyle};
use spool_model::{
    AccountSummary, AppInfo, CatalogueSource, CommandError, Language, Preferences, SecretsKept,
};
use threads_api::{ApiHosts, ClientConfig, ThreadsClient};
use tokio::sync::OnceCell;

pub use error::AppError;
pub use host::{FileKind, Host};
pub use panics::{caught, panic_report};

use crate::history::History;
use crate::locks::lock;
use crate::loopback::TlsIdentity;
use crate::vault_file::Protection;
use crate::{Accounts, CredentialStore, Demo, Library, Notice, StoredAccount};

/// What every service call answers.
pub type AppResult<T> = Result<T, AppError>;

/// Where the time comes from: the system clock in the app, a fixed one in tests.
pub type Clock = fn() -> DateTime<Utc>;

/// Everything the service is made from; the shell gathers it at start-up.
pub struct SpoolParts {
    /// The data folder, already opened.
    pub library: Library,
    /// Where the accounts and their secrets are kept.
    pub store: Box<dyn CredentialStore>,
    /// Where real accounts' requests go: Meta's hosts, or a simulator in tests.
    pub api: ApiHosts,
    /// The login listener's port unless the creator chooses one in Settings.
    pub default_login_port: u16,
    /// Spool's version, shown in Settings and recorded in exports.
    pub app_version: &'static str,
    /// Where the platform keeps Spool's log files, shown in Settings.
    pub log_dir: PathBuf,
    /// What the user must be told once the window is up (a damaged file set aside, say).
    pub notices: Vec<Notice>,
    /// The clock.
    pub clock: Clock,
}

/// Spool's app service: one per running app, shared by every window and schedule.
pub struct Spool<H: Host> {
    host: H,
    library: Library,
    accounts: Accounts,
    /// The history, once open: opened at start-up, or (when that failed for a reason that is
    /// not damage, such as a lock or a full disk) at the next use that finds it can be.
    history: tokio::sync::Mutex<Option<Arc<History>>>,
    threads: ThreadsClient,
    demo: OnceCell<Demo>,
    tls: TlsIdentity,
    default_login_port: u16,
    app_version: &'static str,
    log_dir: PathBuf,
    syncs: syncs::Syncs,
    waiting: Mutex<Option<login::WaitingLogin>>,
    /// Held while a login starts: one start at a time.
    starting_login: tokio::sync::Mutex<()>,
    notices: Mutex<Vec<String>>,
    clock: Clock,
    /// The catalogue of the language Spool speaks now.
    catalogue: Mutex<Arc<Catalogue>>,
}

impl<H: Host> std::fmt::Debug for Spool<H> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Spool")
            .field("library", &self.library)
            .finish_non_exhaustive()
    }
}

impl<H: Host> Spool<H> {
    /// Opens the service: the accounts from `parts.store`, the history in the data folder (a
    /// damaged one is set aside with a notice), the login listener's certificate.
    ///
    /// A history that cannot be opened for any other reason (another program holds it, the
    /// disk is read-only or full, it is from a newer Spool) is left as it is: the service
    /// still opens, a notice says what happened and what to do, and each screen or sync that
    /// needs the history tries again and says the same until the cause is gone.
    pub fn open(parts: SpoolParts, host: H) -> AppResult<Self> {
        let SpoolParts {
            library,
            store,
            api,
            default_login_port,
            app_version,
            log_dir,
            notices,
            clock,
        } = parts;
        let accounts = Accounts::open(store)?;
        let speaking = speaking(accounts.language().ok().flatten(), &host);
        let catalogue = bundled_catalogue(speaking);
        let mut notices: Vec<String> = notices
            .iter()
            .map(|notice| notice.said(&catalogue))
            .collect();
        let history = match History::open_or_set_aside(&history_path(&library), clock()) {
            Ok((history, set_aside)) => {
                if let Some(notice) = set_aside {
                    log::warn!("{notice}");
                    notices.push(notice.said(&catalogue));
                }
                Some(Arc::new(history))
            }
            Err(error) => {
                log::error!("the history could not be opened: {error}");
                notices.push(unopened_history_notice(&error, &catalogue));
                None
            }
        };
        let tls = TlsIdentity::load_or_create(library.root())?;
        Ok(Self {
            catalogue: Mutex::new(Arc::new(catalogue)),
            host,
            threads: ThreadsClient::new(api, ClientConfig::default())?,
            library,
            accounts,
            history: tokio::sync::Mutex::new(history),
            demo: OnceCell::new(),
            tls,
            default_login_port,
            app_version,
            log_dir,
            syncs: syncs::Syncs::default(),
            waiting: Mutex::new(None),
            starting_login: tokio::sync::Mutex::new(()),
            notices: Mutex::new(notices),
            clock,
        })
    }

    /// The catalogue of the language Spool speaks now, for every sentence the native side
    /// says (messages, notifications, the tray, texts drawn into exports).
    pub fn catalogue(&self) -> Arc<Catalogue> {
        Arc::clone(&lock(&self.catalogue))
    }

    /// What the window is told of `error`, in the language Spool speaks now: the one way a
    /// command's error reaches the window.
    pub fn told(&self, error: &AppError) -> CommandError {
        error.told(&self.catalogue())
    }

    /// The catalogue the window speaks in: that of the language Spool speaks now.
    pub fn catalogue_source(&self) -> CatalogueSource {
        let language = self.catalogue().language();
        CatalogueSource {
            language,
            source: spool_i18n::source(language).to_owned(),
        }
    }

    /// The host this service speaks to the desktop through.
    pub fn host(&self) -> &H {
        &self.host
    }

    /// Spool's version and where it keeps its data and logs, for Settings → About.
    pub fn app_info(&self) -> AppInfo {
        let secrets = match self.accounts.protection() {
            Some(Protection::SystemStore(store)) => SecretsKept::SystemStore { store },
            Some(Protection::KeyFile { path, .. }) => SecretsKept::KeyFile {
                path: path.display().to_string(),
            },
            None => SecretsKept::NotOnDisk,
        };
        self.library
            .app_info(self.app_version, &self.log_dir, secrets)
    }

    /// What the user must be told once (a damaged file set aside, say); each is told once.
    pub fn take_notices(&self) -> Vec<String> {
        std::mem::take(&mut *lock(&self.notices))
    }

    /// The app's preferences.
    pub fn preferences(&self) -> AppResult<Preferences> {
        let start_at_login = self.host.starts_at_login().unwrap_or_else(|reason| {
            log::warn!("whether Spool starts at login could not be read: {reason}");
            false
        });
        let language = self.accounts.language()?;
        Ok(Preferences {
            language,
            system_language: speaking(None, &self.host),
            sync_every_hours: self.accounts.sync_every_hours()?,
            keep_running_in_tray: self.accounts.keep_running_in_tray()?,
            tray_shown: self.host.tray_shown(),
            start_at_login,
            notify: self.accounts.notify_choices()?,
        })
    }

    /// Whether Spool goes on in the tray when its last window closes: the creator wants it
    /// (on unless they chose) and the desktop shows the tray icon to come back and quit from.
    pub fn keeps_running_in_tray(&self) -> bool {
        let wanted = self
            .accounts
            .keep_running_in_tray()
            .unwrap_or_else(|error| {
                log::warn!("whether to keep running in the tray could not be read: {error}");
                false
            });
        wanted && self.host.tray_shown()
    }

    /// Saves the app's preferences, if Settings allows them; starting at login is the
    /// desktop's to keep, and changed there only when it changes.
    pub fn save_preferences(&self, preferences: Preferences) -> AppResult<Preferences> {
        if !(1..=168).contains(&preferences.sync_every_hours) {
            return Err(AppError::SyncInterval);
        }
        self.accounts
            .set_sync_every_hours(preferences.sync_every_hours)?;
        self.accounts
            .set_desktop_choices(preferences.keep_running_in_tray, preferences.notify)?;
        if preferences.language != self.accounts.language()? {
            self.accounts.set_language(preferences.language)?;
            let speaking = speaking(preferences.language, &self.host);
            *lock(&self.catalogue) = Arc::new(bundled_catalogue(speaking));
            log::info!("Spool now speaks {}", speaking.tag());
        }
        if preferences.start_at_login != self.host.starts_at_login().unwrap_or(false) {
            self.host
                .set_start_at_login(preferences.start_at_login)
                .map_err(|reason| AppError::StartAtLogin { reason })?;
        }
        self.preferences()
    }

    /// The account the screens show, or why there is none.
    fn shown_account(&self) -> AppResult<StoredAccount> {
        self.accounts.current()?.ok_or(AppError::NoAccount)
    }

    /// Tells every window the accounts changed, and answers them.
    fn announce(&self) -> AppResult<Vec<AccountSummary>> {
        let accounts = self.accounts.summaries()?;
        self.host.accounts_changed(&accounts);
        Ok(accounts)
    }

    /// The time now, by the service's clock.
    fn now(&self) -> DateTime<Utc> {
        (self.clock)()
    }

    /// Runs `work` on the history on one of tokio's blocking threads, so that neither the
    /// caller's thread nor the runtime's workers wait on SQLite or on a drawing.
    async fn on_history<T, W>(&self, doing: &'static str, work: W) -> AppResult<T>
    where
        T: Send + 'static,
        W: FnOnce(&History) -> AppResult<T> + Send + 'static,
    {
        let history = self.history().await?;
        panics::joined(
            doing,
            tokio::task::spawn_blocking(move || work(&history)).await,
        )
    }

    /// The history, opened now if it could not be before (see [`Spool::open`]); the reason if
    /// it still cannot be, with nothing changed.
    async fn history(&self) -> AppResult<Arc<History>> {
        let mut opened = self.history.lock().await;
        if let Some(history) = &*opened {
            return Ok(Arc::clone(history));
        }
        let path = history_path(&self.library);
        let now = self.now();
        let (history, set_aside) =
            tokio::task::spawn_blocking(move || History::open_or_set_aside(&path, now))
                .await
                .map_err(|_| AppError::Fault {
                    doing: "opening the history",
                })??;
        if let Some(notice) = set_aside {
            log::warn!("{notice}");
            let said = notice.said(&self.catalogue());
            lock(&self.notices).push(said);
        }
        log::info!("the history opened");
        let history = Arc::new(history);
        *opened = Some(Arc::clone(&history));
        Ok(history)
    }
}

/// Where the history lives in the data folder.
fn history_path(library: &Library) -> PathBuf {
    library.root().join("history.sqlite")
}

/// What the user is told when the history could not be opened at start-up (and was left as it
/// was).
fn unopened_history_notice(error: &crate::history::HistoryError, catalogue: &Catalogue) -> String {
    catalogue.say(
        &spool_model::Sentence::of("native-history-unopened")
            .with("reason", error::history_sentence(error)),
    )
}

/// The language Spool speaks: the one chosen, else the system's first that Spool speaks.
fn speaking(chosen: Option<Language>, host: &impl Host) -> Language {
    chosen.unwrap_or_else(|| {
        let system = host.system_languages();
        Language::first_spoken(system.iter().map(String::as_str))
    })
}

/// `language`'s bundled catalogue; numbers written as that language usually writes them.
fn bundled_catalogue(language: Language) -> Catalogue {
    Catalogue::bundled(language, NumberStyle::of(language))
}
