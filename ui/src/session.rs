//! What every part of the window shares: the accounts, the screen shown, and messages for the
//! user. Provided once as context by [`crate::app::App`].

use leptos::prelude::*;
use leptos::task::spawn_local;
use spool_model::{AccountStatus, AccountSummary, CommandError, SyncProgress, SyncSummary};

use crate::bindings;
use crate::screens::Screen;

/// The window's shared state.
#[derive(Clone, Copy)]
pub struct Session {
    /// Every account, as the native side last reported them.
    pub accounts: RwSignal<Vec<AccountSummary>>,
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// Messages the user has not dismissed yet.
    pub notices: RwSignal<Vec<String>>,
    /// The last failed action, shown until dismissed or replaced.
    pub error: RwSignal<Option<CommandError>>,
    /// How the shown account's last sync ended.
    pub last_sync: RwSignal<Option<SyncSummary>>,
    /// The running sync's (or demo replay's) progress; `None` when none runs.
    pub progress: RwSignal<Option<SyncProgress>>,
    /// What the history's screens depend on: the account shown and how its last sync ended.
    /// A memo, so that a refresh changing neither (a renewed token, the same last sync read
    /// again, as at every start) does not load and draw those screens again.
    history: Memo<(Option<String>, Option<SyncSummary>)>,
}

impl Session {
    /// A session with nothing loaded yet.
    pub fn new() -> Self {
        let accounts = RwSignal::new(Vec::<AccountSummary>::new());
        let last_sync = RwSignal::new(None);
        let history = Memo::new(move |_| {
            let shown = accounts.with(|accounts| shown(accounts).map(|a| a.id.clone()));
            (shown, last_sync.get())
        });
        Self {
            accounts,
            screen: RwSignal::new(Screen::Overview),
            notices: RwSignal::new(Vec::new()),
            error: RwSignal::new(None),
            last_sync,
            progress: RwSignal::new(None),
            history,
        }
    }

    /// The session of this window.
    pub fn get() -> Self {
        expect_context::<Session>()
    }

    /// The account the screens show.
    pub fn current(&self) -> Option<AccountSummary> {
        self.accounts.with(|accounts| shown(accounts).cloned())
    }

    /// Makes the running effect or resource load again when the account shown changes or a
    /// sync ends: what every screen drawn from the history tracks.
    pub fn track_history(&self) {
        self.history.track();
    }

    /// Loads what is stored, listens for changes, then checks every login with Threads.
    pub fn start(self) {
        spawn_local(async move {
            // Asked together and set together, so the screens drawn from the history load
            // once at start-up rather than once for each.
            let (accounts, last_sync) = futures::join!(bindings::accounts(), bindings::last_sync());
            match accounts {
                Ok(accounts) => self.accounts.set(accounts),
                Err(error) => self.error.set(Some(error)),
            }
            if let Ok(last) = last_sync {
                self.last_sync.set(last);
            }
            if let Ok(notices) = bindings::notices().await {
                self.notices.update(|shown| shown.extend(notices));
            }
            match bindings::on_accounts_changed(move |accounts| {
                self.accounts.set(accounts);
                self.refresh_last_sync();
            })
            .await
            {
                // The listener lives as long as the window.
                Ok(listener) => std::mem::forget(listener),
                Err(error) => self.error.set(Some(error)),
            }
            match bindings::on_synced(move |_| self.refresh_last_sync()).await {
                Ok(listener) => std::mem::forget(listener),
                Err(error) => self.error.set(Some(error)),
            }
            match bindings::check_logins().await {
                Ok(accounts) => self.accounts.set(accounts),
                Err(error) => self.error.set(Some(error)),
            }
        });
    }

    /// Reloads how the shown account's last sync ended.
    pub fn refresh_last_sync(self) {
        spawn_local(async move {
            if let Ok(last) = bindings::last_sync().await {
                self.last_sync.set(last);
            }
        });
    }

    /// Syncs the shown account, following its progress; a failed or cancelled sync is on
    /// record too, so the last sync is reloaded either way.
    pub fn sync_now(self) {
        let progress = self.progress;
        progress.set(None);
        spawn_local(async move {
            let result = bindings::sync_now(move |p| progress.set(Some(p))).await;
            progress.set(None);
            match result {
                Ok(summary) => {
                    self.error.set(None);
                    self.last_sync.set(Some(summary));
                }
                Err(error) => {
                    self.error.set(Some(error));
                    self.refresh_last_sync();
                }
            }
        });
    }

    /// Logs in to the demo, following the replay of its past.
    pub fn try_demo(self, done: impl FnOnce() + 'static) {
        let progress = self.progress;
        self.run(
            async move {
                let result = bindings::try_demo(move |p| progress.set(Some(p))).await;
                progress.set(None);
                result
            },
            move |_| {
                self.refresh_last_sync();
                done();
            },
        );
    }

    /// Runs `action`, showing its failure; `done` gets its success.
    pub fn run<T: 'static>(
        self,
        action: impl Future<Output = Result<T, CommandError>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        spawn_local(async move {
            match action.await {
                Ok(value) => {
                    self.error.set(None);
                    done(value);
                }
                Err(error) => self.error.set(Some(error)),
            }
        });
    }
}

/// The account the screens show, among `accounts`.
fn shown(accounts: &[AccountSummary]) -> Option<&AccountSummary> {
    accounts.iter().find(|a| a.current)
}

/// Whether an account waits for a new login.
pub fn needs_login(account: &AccountSummary) -> bool {
    account.status == AccountStatus::NeedsLogin
}

/// How an account is named on screen: `@handle`, marked when it is the demo.
pub fn handle(account: &AccountSummary) -> String {
    format!("@{}", account.username)
}

/// The first letter of the account's name or handle, for its avatar.
pub fn initial(account: &AccountSummary) -> String {
    account
        .name
        .as_deref()
        .unwrap_or(&account.username)
        .chars()
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default()
}
