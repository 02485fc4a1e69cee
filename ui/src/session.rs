//! What every part of the window shares: the accounts, the screen shown, and messages for the
//! user. Provided once as context by [`crate::app::App`].

use std::future::Future;

use leptos::prelude::*;
use leptos::task::spawn_local;
use spool_model::{
    AccountStatus, AccountSummary, CommandError, RangeChoice, RangePreset, SyncProgress,
    SyncSummary,
};

use crate::bindings;
use crate::screens::Screen;

/// The window's shared state.
#[derive(Clone, Copy)]
pub struct Session {
    /// Every account, as the native side last reported them.
    pub accounts: RwSignal<Vec<AccountSummary>>,
    /// The screen shown.
    pub screen: RwSignal<Screen>,
    /// The days the overview and the content insights show: one range for the window.
    pub range: RwSignal<RangeChoice>,
    /// A post another screen asked the posts screen to open; taken when it opens.
    pub post_to_open: RwSignal<Option<String>>,
    /// Messages the user has not dismissed yet.
    pub notices: RwSignal<Vec<String>>,
    /// The last failed action, shown until dismissed or replaced.
    pub error: RwSignal<Option<CommandError>>,
    /// How the shown account's last sync ended.
    pub last_sync: RwSignal<Option<SyncSummary>>,
    /// The running sync's (or demo replay's) progress; `None` when none runs.
    pub progress: RwSignal<Option<SyncProgress>>,
    /// Syncs the shown account, following its progress. One for the window, so a sync started
    /// on one screen is still running on the next.
    pub sync: Action<(), ()>,
    /// Logs in to the demo, following the replay of its past, then shows the screen it is
    /// given, if any, unless the creator has gone to another screen meanwhile. One for the
    /// window: Settings and the banner start the same login.
    pub demo: Action<Option<Screen>, ()>,
    /// What the history's screens depend on: the account shown, and how many times the native
    /// side said a sync ended (every full sync, failed ones included, and each hourly reading
    /// of young posts that stored readings). A memo, so that a refresh changing neither (a
    /// renewed token, the last sync read again, as at every start) does not load and draw
    /// those screens again, and a sync reloads them once, not once for its event and once for
    /// its summary.
    history: Memo<(Option<String>, u64)>,
    /// How many times the native side said it stored readings.
    stored: RwSignal<u64>,
}

impl Session {
    /// A session with nothing loaded yet.
    pub fn new() -> Self {
        let accounts = RwSignal::new(Vec::<AccountSummary>::new());
        let screen = RwSignal::new(Screen::Today);
        let error = RwSignal::new(None);
        let last_sync = RwSignal::new(None);
        let progress = RwSignal::new(None);
        let stored = RwSignal::new(0_u64);
        let history = Memo::new(move |_| {
            let shown = accounts.with(|accounts| shown(accounts).map(|a| a.id.clone()));
            (shown, stored.get())
        });
        let sync = reported(
            error,
            move |()| {
                progress.set(None);
                async move {
                    let result = bindings::sync_now(move |p| progress.set(Some(p))).await;
                    progress.set(None);
                    // A failed or cancelled sync is on record too.
                    if result.is_err() {
                        reload_last_sync(last_sync);
                    }
                    result
                }
            },
            move |summary| last_sync.set(Some(summary)),
        );
        let demo = reported(
            error,
            move |then: &Option<Screen>| {
                // The screen the demo was asked from: its landing does not take back a
                // creator who went to another screen while it started.
                let landing = then.map(|then| (screen.get_untracked(), then));
                async move {
                    let result = bindings::try_demo(move |p| progress.set(Some(p))).await;
                    progress.set(None);
                    result.map(|_| landing)
                }
            },
            move |landing| {
                reload_last_sync(last_sync);
                if let Some((from, then)) = landing
                    && screen.get_untracked() == from
                {
                    screen.set(then);
                }
            },
        );
        Self {
            accounts,
            screen,
            range: RwSignal::new(RangeChoice::Preset {
                preset: RangePreset::Last30Days,
            }),
            post_to_open: RwSignal::new(None),
            notices: RwSignal::new(Vec::new()),
            error,
            last_sync,
            progress,
            sync,
            demo,
            history,
            stored,
        }
    }

    /// The session of this window.
    pub fn get() -> Self {
        expect_context::<Session>()
    }

    /// Shows the page of post `id` on the posts screen.
    pub fn open_post(&self, id: String) {
        self.post_to_open.set(Some(id));
        // A posts screen already shown opens it itself: choosing the screen again would build
        // a new one, which would find the post already taken and show the table.
        if self.screen.get_untracked() != Screen::Posts {
            self.screen.set(Screen::Posts);
        }
    }

    /// Shows the place asked for from outside the window (the tray, a notification, the
    /// macOS menu): a screen by its `data-screen` name, or `post/<id>` for a post's page.
    /// Anything else is no place and changes nothing.
    pub fn go_to(&self, place: &str) {
        if let Some(id) = place.strip_prefix("post/") {
            self.open_post(id.to_owned());
        } else if let Some(screen) = Screen::ALL.into_iter().find(|s| s.id() == place) {
            self.screen.set(screen);
        }
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

    /// Listens for changes, loads what is stored, then checks every login with Threads.
    pub fn start(self) {
        // A window opened for a place (a notification clicked while it was closed) is told
        // it in its address, being too new to have heard an event.
        let asked = web_sys::window().and_then(|window| window.location().hash().ok());
        if let Some(place) = asked.as_deref().and_then(|hash| hash.strip_prefix('#')) {
            self.go_to(place);
        }
        spawn_local(async move {
            // How many times the accounts were heard of: an answer asked for before the last
            // of them is older than what the window shows, and is not applied.
            let heard = std::rc::Rc::new(std::cell::Cell::new(0_u64));
            let hearing = std::rc::Rc::clone(&heard);
            // Listening first, then reading: a change after this is heard, one before it is in
            // what is read (a login finished during start-up is never lost).
            let listeners = futures::join!(
                bindings::on_accounts_changed(move |accounts| {
                    hearing.set(hearing.get() + 1);
                    self.accounts.set(accounts);
                    self.refresh_last_sync();
                }),
                // After a sync or the hourly reading of young posts: the screens load again.
                bindings::on_synced(move |_| {
                    self.stored.update(|n| *n += 1);
                    self.refresh_last_sync();
                }),
                // A fault in background work: shown once, however often it is told.
                bindings::on_notice(move |text| self.tell(text)),
                // A place asked for from the tray, a notification or the macOS menu.
                bindings::on_screen_asked(move |place| self.go_to(&place)),
            );
            for listener in [listeners.0, listeners.1, listeners.2, listeners.3] {
                match listener {
                    // The listener lives as long as the window.
                    Ok(listener) => std::mem::forget(listener),
                    Err(error) => self.error.set(Some(error)),
                }
            }
            // Asked together and set together, so the screens drawn from the history load
            // once at start-up rather than once for each.
            let before = heard.get();
            let (accounts, last_sync) = futures::join!(bindings::accounts(), bindings::last_sync());
            match accounts {
                Ok(accounts) if heard.get() == before => self.accounts.set(accounts),
                Ok(_) => {}
                Err(error) => self.error.set(Some(error)),
            }
            if let Ok(last) = last_sync {
                self.last_sync.set(last);
            }
            if let Ok(notices) = bindings::notices().await {
                notices.into_iter().for_each(|text| self.tell(text));
            }
            // Checking the logins takes a while: a login finished meanwhile must not be undone
            // by the check's older list.
            let before = heard.get();
            match bindings::check_logins().await {
                Ok(accounts) if heard.get() == before => self.accounts.set(accounts),
                Ok(_) => {}
                Err(error) => self.error.set(Some(error)),
            }
        });
    }

    /// Shows `text` as a notice until dismissed, unless the same one is shown already.
    fn tell(self, text: String) {
        self.notices.update(|shown| {
            if !shown.contains(&text) {
                shown.push(text);
            }
        });
    }

    /// Reloads how the shown account's last sync ended.
    pub fn refresh_last_sync(self) {
        reload_last_sync(self.last_sync);
    }

    /// A command the user starts, as an action (see [`crate::action`]): its failure is said in
    /// the error banner, its success clears the banner and goes to `done`.
    pub fn action<I, T, Fut>(
        self,
        command: impl Fn(&I) -> Fut + 'static,
        done: impl Fn(T) + 'static,
    ) -> Action<I, ()>
    where
        I: 'static,
        T: 'static,
        Fut: Future<Output = Result<T, CommandError>> + 'static,
    {
        reported(self.error, command, done)
    }
}

/// [`Session::action`], for the session's own actions, made before the session is.
fn reported<I, T, Fut>(
    error: RwSignal<Option<CommandError>>,
    command: impl Fn(&I) -> Fut + 'static,
    done: impl Fn(T) + 'static,
) -> Action<I, ()>
where
    I: 'static,
    T: 'static,
    Fut: Future<Output = Result<T, CommandError>> + 'static,
{
    crate::action::new(command, move |answer| match answer {
        Ok(value) => {
            error.set(None);
            done(value);
        }
        Err(failure) => error.set(Some(failure)),
    })
}

/// Loads how the shown account's last sync ended into `last_sync`.
fn reload_last_sync(last_sync: RwSignal<Option<SyncSummary>>) {
    spawn_local(async move {
        if let Ok(last) = bindings::last_sync().await {
            last_sync.set(last);
        }
    });
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
