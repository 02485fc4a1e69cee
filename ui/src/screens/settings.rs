//! Settings: the accounts, connecting one (the demo, or a real one through the creator's own
//! Meta app), how often to sync, what Spool does outside its window, the language it speaks,
//! the data Spool keeps, and About.

use std::future::Future;

use leptos::prelude::*;
use spool_model::{AccountSummary, AppInfo, CommandError, Language, Preferences, SecretsKept};

use crate::app::{AppInfoResource, Avatar, ErrorNotice, switch_account};
use crate::bindings;
use crate::i18n::{t, tf};
use crate::screens::Screen;
use crate::session::{Session, handle, needs_login};

mod login;
use login::RealLogin;

/// The Settings screen.
#[component]
pub fn Settings(info: AppInfoResource) -> impl IntoView {
    view! {
        <section class="screen" data-screen=Screen::Settings.id()>
            <h1>{Screen::Settings.label()}</h1>
            <Accounts />
            <Connect />
            <Syncing />
            <RemoveAllData />
            <h2>{t("settings-about")}</h2>
            <Suspense fallback=|| view! { <p class="loading">{t("settings-loading")}</p> }>
                {move || {
                    info.get()
                        .map(|answer| match answer {
                            Ok(info) => view! { <About info /> }.into_any(),
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        })
                }}
            </Suspense>
        </section>
    }
}

/// What a section of Settings starts from, loaded once as it is built. Its failure is said in
/// the error banner as a command's is; its answer clears the failure this load showed there,
/// and only that one: the sections load side by side, and one's answer arriving after
/// another's failure must not hide it. Said as the answer arrives, in the task that loaded it
/// (as an action's is), not by an effect watching the resource.
fn load_reported<T, Fut>(load: impl Fn() -> Fut + 'static) -> LocalResource<Result<T, CommandError>>
where
    T: 'static,
    Fut: Future<Output = Result<T, CommandError>> + 'static,
{
    let session = Session::get();
    // The failure this load last put in the banner.
    let shown = StoredValue::new_local(None::<CommandError>);
    LocalResource::new(move || {
        let answer = load();
        async move {
            let answer = answer.await;
            match &answer {
                Ok(_) => {
                    if let Some(mine) = shown.try_update_value(Option::take).flatten() {
                        session.error.update(|banner| {
                            if banner.as_ref() == Some(&mine) {
                                *banner = None;
                            }
                        });
                    }
                }
                Err(error) => {
                    shown.set_value(Some(error.clone()));
                    session.error.set(Some(error.clone()));
                }
            }
            answer
        }
    })
}

/// The accounts Spool knows, each with its login's state.
#[component]
fn Accounts() -> impl IntoView {
    let session = Session::get();
    view! {
        <h2>{t("settings-accounts")}</h2>
        {move || {
            let accounts = session.accounts.get();
            if accounts.is_empty() {
                return view! { <p class="muted">{t("settings-no-account")}</p> }
                    .into_any();
            }
            view! {
                <ul class="accounts" id="accounts">
                    {accounts.into_iter().map(|account| view! { <AccountRow account /> }).collect_view()}
                </ul>
            }
            .into_any()
        }}
    }
}

/// One account: its name, how long its login lasts, and buttons to show it or log it out.
#[component]
fn AccountRow(account: AccountSummary) -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<spool_model::Locale>();
    let status = if needs_login(&account) {
        t("settings-needs-login")
    } else {
        tf(
            "settings-login-valid-until",
            &[(
                "date",
                locale
                    .date(locale.local_day(account.token_expires_at))
                    .into(),
            )],
        )
    };
    let show = switch_account(session);
    let showing = show.pending();
    // Threads gives an app no way to give up a login: the creator is told where to end it.
    let gone = (!account.demo).then(|| {
        tf(
            "settings-logged-out",
            &[("account", handle(&account).into())],
        )
    });
    let log_out = session.action(
        |id: &String| {
            let id = id.clone();
            async move { bindings::log_out(&id).await }
        },
        move |accounts| {
            session.accounts.set(accounts);
            if let Some(gone) = &gone {
                session.notices.update(|notices| notices.push(gone.clone()));
            }
        },
    );
    let logging_out = log_out.pending();
    let (show_id, log_out_id) = (account.id.clone(), account.id.clone());
    view! {
        <li class="account-row" data-account=account.username.clone()>
            <Avatar account=account.clone() />
            <div class="account-names">
                <span class="account-handle">{handle(&account)}</span>
                {account.demo.then(|| view! { <span class="badge demo">{t("app-demo-badge")}</span> })}
                <span class="muted account-status" class:warning=needs_login(&account)>{status}</span>
            </div>
            {(!account.current).then(|| view! {
                <button
                    class="show-account"
                    disabled=move || showing.get()
                    on:click=move |_| {
                        show.dispatch(show_id.clone());
                    }
                >
                    {t("settings-show-account")}
                </button>
            })}
            {account.current.then(|| view! { <span class="muted">{t("settings-shown")}</span> })}
            <button
                class="log-out"
                disabled=move || logging_out.get()
                on:click=move |_| {
                    log_out.dispatch(log_out_id.clone());
                }
            >
                {t("settings-log-out")}
            </button>
        </li>
    }
}

/// Connecting an account: the demo, then a real one through the creator's own Meta app.
#[component]
fn Connect() -> impl IntoView {
    let setup = load_reported(bindings::login_setup);
    view! {
        <h2>{t("settings-connect")}</h2>
        <TryDemo />
        {move || setup.get().and_then(Result::ok).map(|setup| view! { <RealLogin setup /> })}
    }
}

/// The demo account: 18 months of simulated insights, no login needed.
#[component]
fn TryDemo() -> impl IntoView {
    let session = Session::get();
    let starting = session.demo.pending();
    view! {
        <div class="panel">
            <p>{t("settings-demo-note")}</p>
            <button
                id="try-demo"
                class="primary"
                on:click=move |_| {
                    session.demo.dispatch(Some(Screen::Today));
                }
                disabled=move || starting.get()
            >
                {move || t(if starting.get() { "settings-demo-starting" } else { "settings-try-demo" })}
            </button>
            {move || starting.get().then(|| view! { <crate::sync::ProgressBar /> })}
        </div>
    }
}

/// How often Spool syncs, and a copy of the history; what Spool does outside its window; the
/// language it speaks.
#[component]
fn Syncing() -> impl IntoView {
    let chosen = Chosen::load();
    view! {
        <h2>{t("settings-syncing")}</h2>
        <div class="panel">
            <SyncSchedule chosen />
            <p class="muted">{t("settings-history-note")}</p>
            <BackUp />
        </div>
        <h2>{t("settings-desktop")}</h2>
        <div class="panel" id="desktop-settings">
            <InTray chosen />
            <Choice
                chosen
                id="start-at-login"
                label=t("settings-start-at-login")
                read=|p| p.start_at_login
                write=|p, on| p.start_at_login = on
            />
            <p class="muted">{t("settings-notify-when")}</p>
            <Choice
                chosen
                id="notify-breakouts"
                label=t("settings-notify-breakouts")
                read=|p| p.notify.breakouts
                write=|p, on| p.notify.breakouts = on
            />
            <Choice
                chosen
                id="notify-milestones"
                label=t("settings-notify-milestones")
                read=|p| p.notify.follower_milestones
                write=|p, on| p.notify.follower_milestones = on
            />
            <Choice
                chosen
                id="notify-logins"
                label=t("settings-notify-logins")
                read=|p| p.notify.logins
                write=|p, on| p.notify.logins = on
            />
            <Choice
                chosen
                id="notify-failing-syncs"
                label=t("settings-notify-failing-syncs")
                read=|p| p.notify.failing_syncs
                write=|p, on| p.notify.failing_syncs = on
            />
        </div>
        <h2 id="language-heading">{t("settings-language")}</h2>
        <div class="panel" id="language-settings">
            <LanguageChoice chosen />
        </div>
    }
}

/// The language Spool speaks: the system's, or one chosen. A choice is saved, then the page
/// loads again on Settings in the new language (see `crate::i18n`).
#[component]
fn LanguageChoice(chosen: Chosen) -> impl IntoView {
    let session = Session::get();
    let system = move || {
        chosen.get(|p| {
            tf(
                "settings-language-system",
                &[("language", p.system_language.own_name().into())],
            )
        })
    };
    let change = move |ev: leptos::ev::Event| {
        let tag = event_target_value(&ev);
        let language = Language::ALL.into_iter().find(|l| l.tag() == tag);
        let Some(mut preferences) = chosen.get_untracked() else {
            return;
        };
        preferences.language = language;
        leptos::task::spawn_local(async move {
            match bindings::save_preferences(&preferences).await {
                Ok(_) => reload_on_settings(),
                Err(error) => session.error.set(Some(error)),
            }
        });
    };
    view! {
        <label class="inline-label">
            {t("settings-language-label")} " "
            <select id="language" on:change=change disabled=move || chosen.get(|_| ()).is_none()>
                <option value="" selected=move || chosen.get(|p| p.language.is_none()) == Some(true)>
                    {system}
                </option>
                {Language::ALL
                    .into_iter()
                    .map(|language| {
                        view! {
                            <option
                                value=language.tag()
                                lang=language.tag()
                                selected=move || chosen.get(|p| p.language) == Some(Some(language))
                            >
                                {language.own_name()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
        <p class="muted">{t("settings-language-note")}</p>
    }
}

/// Loads the page again, on Settings.
fn reload_on_settings() {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return;
    };
    let _ = location.set_hash("settings");
    let _ = location.reload();
}

/// The preferences as last read or changed, and the one way to change one of them: each
/// control shows its change at once and saves the whole set with it, so changes made quickly
/// one after another build on each other. A save's answer is shown only if no change came
/// after it; a failed save shows what is stored.
#[derive(Clone, Copy)]
struct Chosen {
    /// The preferences as read when Settings opened.
    stored: LocalResource<Result<Preferences, CommandError>>,
    /// The preferences as changed here since, which take the place of those read.
    changed: RwSignal<Option<Preferences>>,
    /// How many changes were made: an answer to an older one is not shown.
    changes: StoredValue<u64>,
    save: Action<(u64, Preferences), ()>,
}

impl Chosen {
    fn load() -> Self {
        let session = Session::get();
        let changed = RwSignal::new(None::<Preferences>);
        let changes = StoredValue::new(0_u64);
        let stored = load_reported(bindings::preferences);
        let save = session.action(
            move |(change, preferences): &(u64, Preferences)| {
                let (change, preferences) = (*change, preferences.clone());
                async move {
                    match bindings::save_preferences(&preferences).await {
                        Ok(saved) => Ok((change, saved)),
                        Err(error) => {
                            if let Ok(stored) = bindings::preferences().await {
                                changed.set(Some(stored));
                            }
                            Err(error)
                        }
                    }
                }
            },
            move |(change, saved): (u64, Preferences)| {
                if changes.get_value() == change {
                    changed.set(Some(saved));
                }
            },
        );
        Self {
            stored,
            changed,
            changes,
            save,
        }
    }

    /// What `read` says of the preferences, once they are read.
    fn get<T: 'static>(self, read: impl Fn(&Preferences) -> T) -> Option<T> {
        match self.changed.with(|changed| changed.as_ref().map(&read)) {
            Some(value) => Some(value),
            None => self
                .stored
                .with(|stored| stored.as_ref().and_then(|r| r.as_ref().ok()).map(&read)),
        }
    }

    /// The preferences as now shown, without tracking them.
    fn get_untracked(self) -> Option<Preferences> {
        self.changed.get_untracked().or_else(|| {
            self.stored
                .with_untracked(|stored| stored.as_ref().and_then(|r| r.as_ref().ok()).cloned())
        })
    }

    /// Shows and saves the preferences with `change` made; nothing before they are read.
    fn change(self, change: impl FnOnce(&mut Preferences)) {
        let Some(mut preferences) = self.get_untracked() else {
            return;
        };
        change(&mut preferences);
        self.changes.update_value(|n| *n += 1);
        self.changed.set(Some(preferences.clone()));
        self.save.dispatch((self.changes.get_value(), preferences));
    }
}

/// A preference that is on or off, as a checkbox.
#[component]
fn Choice(
    chosen: Chosen,
    id: &'static str,
    label: String,
    read: fn(&Preferences) -> bool,
    write: fn(&mut Preferences, bool),
) -> impl IntoView {
    view! {
        <label class="choice">
            <input
                type="checkbox"
                id=id
                disabled=move || chosen.get(|_| ()).is_none()
                prop:checked=move || chosen.get(read).unwrap_or(false)
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    chosen.change(|p| write(p, on));
                }
            />
            {label}
        </label>
    }
}

/// Whether closing the window keeps Spool in the tray, and where there is no tray, that
/// closing quits whatever is chosen.
#[component]
fn InTray(chosen: Chosen) -> impl IntoView {
    view! {
        <Choice
            chosen
            id="keep-in-tray"
            label=t("settings-keep-in-tray")
            read=|p| p.keep_running_in_tray
            write=|p, on| p.keep_running_in_tray = on
        />
        {move || {
            (chosen.get(|p| p.tray_shown) == Some(false))
                .then(|| {
                    view! {
                        <p class="muted" id="no-tray">{t("settings-no-tray")}</p>
                    }
                })
        }}
    }
}

/// How many hours apart Spool syncs each account while it runs.
#[component]
fn SyncSchedule(chosen: Chosen) -> impl IntoView {
    let hours = move || chosen.get(|p| p.sync_every_hours);
    let change = move |ev: leptos::ev::Event| {
        // The options are all numbers: anything else is no choice.
        let Ok(every) = event_target_value(&ev).parse::<u32>() else {
            return;
        };
        chosen.change(|p| p.sync_every_hours = every);
    };
    view! {
        <label class="inline-label">
            {t("settings-sync-every")} " "
            <select id="sync-every" on:change=change>
                {[1u32, 3, 6, 12, 24]
                    .into_iter()
                    .map(|h| {
                        view! {
                            <option value=h.to_string() selected=move || hours() == Some(h)>
                                {tf("settings-sync-every-hours", &[("hours", h.into())])}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// "Back up data…": a copy of the history, where the user chooses.
#[component]
fn BackUp() -> impl IntoView {
    let session = Session::get();
    let backed_up = RwSignal::new(None::<String>);
    let back_up = session.action(
        |()| bindings::back_up_data(),
        move |path: Option<String>| {
            backed_up.set(path.map(|p| tf("settings-backed-up", &[("path", p.into())])));
        },
    );
    let backing_up = back_up.pending();
    view! {
        <button
            id="back-up"
            disabled=move || backing_up.get()
            on:click=move |_| {
                back_up.dispatch(());
            }
        >
            {t("settings-back-up")}
        </button>
        {move || backed_up.get().map(|text| view! { <p id="backed-up">{text}</p> })}
    }
}

/// Removes every token, setting and the history, once the user has confirmed it.
#[component]
fn RemoveAllData() -> impl IntoView {
    let session = Session::get();
    let confirming = RwSignal::new(false);
    let remove = session.action(
        |()| bindings::remove_all_data(),
        move |()| {
            confirming.set(false);
            // A banner: this screen is rebuilt once no account is left.
            session.notices.update(|notices| {
                notices.push(t("settings-removed"));
            });
            session.accounts.set(Vec::new());
            session.refresh_last_sync();
        },
    );
    let removing = remove.pending();
    view! {
        <h2>{t("settings-your-data")}</h2>
        <div class="panel danger-zone">
            <p class="muted">{t("settings-data-note")}</p>
            {move || {
                if confirming.get() {
                    view! {
                        <div id="remove-confirmation" role="alertdialog" aria-labelledby="remove-question">
                            <p id="remove-question" class="empty-title">
                                {t("settings-remove-question")}
                            </p>
                            <p>{t("settings-remove-warning")}</p>
                            <button
                                id="remove-confirm"
                                class="danger"
                                disabled=move || removing.get()
                                on:click=move |_| {
                                    remove.dispatch(());
                                }
                            >
                                {t("settings-remove-confirm")}
                            </button>
                            " "
                            <button id="remove-cancel" on:click=move |_| confirming.set(false)>
                                {t("settings-remove-cancel")}
                            </button>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <button id="remove-all" class="danger-outline" on:click=move |_| confirming.set(true)>
                            {t("settings-remove-all")}
                        </button>
                    }
                    .into_any()
                }
            }}
        </div>
    }
}

/// Spool's version, where it keeps its data and logs, and how it keeps the logins.
#[component]
fn About(info: AppInfo) -> impl IntoView {
    let secrets = match info.secrets {
        SecretsKept::SystemStore { store } => tf(
            "settings-secrets-system-store",
            &[("store", t(store.message_id()).into())],
        ),
        SecretsKept::KeyFile { path } => tf("settings-secrets-key-file", &[("path", path.into())]),
        SecretsKept::NotOnDisk => t("settings-secrets-memory"),
    };
    view! {
        <dl class="facts">
            <dt>{t("settings-about-version")}</dt>
            <dd id="about-version">{info.version}</dd>
            <dt>{t("settings-about-data-folder")}</dt>
            <dd id="about-data-dir" class="path">{info.data_dir}</dd>
            <dt>{t("settings-about-log-folder")}</dt>
            <dd id="about-log-dir" class="path">{info.log_dir}</dd>
            <dt>{t("settings-about-system")}</dt>
            <dd id="about-os">{info.os}</dd>
            <dt>{t("settings-about-logins")}</dt>
            <dd id="about-secrets">{secrets}</dd>
        </dl>
    }
}
