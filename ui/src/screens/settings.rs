//! Settings: the accounts, connecting one (the demo, or a real one through the creator's own
//! Meta app), how often to sync, the data Spool keeps, and About.

use std::future::Future;

use leptos::prelude::*;
use spool_model::{AccountSummary, AppInfo, CommandError, Preferences, SecretsKept};

use crate::app::{AppInfoResource, Avatar, ErrorNotice, switch_account};
use crate::bindings;
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
            <h2>"About"</h2>
            <Suspense fallback=|| view! { <p class="loading">"Loading…"</p> }>
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
        <h2>"Accounts"</h2>
        {move || {
            let accounts = session.accounts.get();
            if accounts.is_empty() {
                return view! { <p class="muted">"No account yet: try the demo or connect yours below."</p> }
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
        "Needs a new login".to_owned()
    } else {
        format!(
            "Login valid until {}",
            locale.date(locale.local_day(account.token_expires_at))
        )
    };
    let show = switch_account(session);
    let showing = show.pending();
    // Threads gives an app no way to give up a login: the creator is told where to end it.
    let gone = (!account.demo).then(|| {
        format!(
            "{} is logged out: Spool deleted every copy of its login from this computer. To \
             remove Spool's access on Threads too, open Threads: Settings → Account → Website \
             permissions.",
            handle(&account)
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
                {account.demo.then(|| view! { <span class="badge demo">"DEMO"</span> })}
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
                    "Show"
                </button>
            })}
            {account.current.then(|| view! { <span class="muted">"Shown"</span> })}
            <button
                class="log-out"
                disabled=move || logging_out.get()
                on:click=move |_| {
                    log_out.dispatch(log_out_id.clone());
                }
            >
                "Log out"
            </button>
        </li>
    }
}

/// Connecting an account: the demo, then a real one through the creator's own Meta app.
#[component]
fn Connect() -> impl IntoView {
    let setup = load_reported(bindings::login_setup);
    view! {
        <h2>"Connect an account"</h2>
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
            <p>
                "No Meta app yet? The demo account shows Spool with 18 months of simulated "
                "insights; it needs no login."
            </p>
            <button
                id="try-demo"
                class="primary"
                on:click=move |_| {
                    session.demo.dispatch(Some(Screen::Today));
                }
                disabled=move || starting.get()
            >
                {move || if starting.get() { "Starting the demo…" } else { "Try the demo" }}
            </button>
            {move || starting.get().then(|| view! { <crate::sync::ProgressBar /> })}
        </div>
    }
}

/// How often Spool syncs, and a copy of the history.
#[component]
fn Syncing() -> impl IntoView {
    view! {
        <h2>"Syncing"</h2>
        <div class="panel">
            <SyncSchedule />
            <p class="muted">
                "Spool keeps every sync in a history on this computer; Threads itself keeps "
                "no follower history and no post growth."
            </p>
            <BackUp />
        </div>
    }
}

/// How many hours apart Spool syncs each account while it is open.
#[component]
fn SyncSchedule() -> impl IntoView {
    let session = Session::get();
    let stored = load_reported(bindings::preferences);
    let chosen = RwSignal::new(None::<u32>);
    let hours = move || {
        chosen.get().or_else(|| {
            stored.with(|answer| match answer {
                Some(Ok(preferences)) => Some(preferences.sync_every_hours),
                _ => None,
            })
        })
    };
    let save = session.action(
        |preferences: &Preferences| {
            let preferences = preferences.clone();
            async move { bindings::save_preferences(&preferences).await }
        },
        move |preferences: Preferences| chosen.set(Some(preferences.sync_every_hours)),
    );
    let change = move |ev: leptos::ev::Event| {
        // The options are all numbers: anything else is no choice.
        let Ok(every) = event_target_value(&ev).parse::<u32>() else {
            return;
        };
        save.dispatch(Preferences {
            sync_every_hours: every,
        });
    };
    view! {
        <label class="inline-label">
            "While Spool is open, sync each account every "
            <select id="sync-every" on:change=change>
                {[1u32, 3, 6, 12, 24]
                    .into_iter()
                    .map(|h| {
                        view! {
                            <option value=h.to_string() selected=move || hours() == Some(h)>
                                {format!("{h} h")}
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
            backed_up.set(path.map(|p| format!("A copy of the history was written to {p}.")));
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
            "Back up data…"
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
                notices.push("Every login, setting and the history were removed.".to_owned());
            });
            session.accounts.set(Vec::new());
            session.refresh_last_sync();
        },
    );
    let removing = remove.pending();
    view! {
        <h2>"Your data"</h2>
        <div class="panel danger-zone">
            <p class="muted">
                "Spool keeps your logins, your Meta app's secret, your settings and the history of "
                "every sync in its data folder on this computer, and nowhere else."
            </p>
            {move || {
                if confirming.get() {
                    view! {
                        <div id="remove-confirmation" role="alertdialog" aria-labelledby="remove-question">
                            <p id="remove-question" class="empty-title">
                                "Remove every login, setting and the whole history from this computer?"
                            </p>
                            <p>
                                "Threads keeps your posts; what Spool alone keeps (followers over time, "
                                "each post's growth) cannot be brought back. Back up first if you may want it."
                            </p>
                            <button
                                id="remove-confirm"
                                class="danger"
                                disabled=move || removing.get()
                                on:click=move |_| {
                                    remove.dispatch(());
                                }
                            >
                                "Remove everything"
                            </button>
                            " "
                            <button id="remove-cancel" on:click=move |_| confirming.set(false)>"Keep my data"</button>
                        </div>
                    }
                    .into_any()
                } else {
                    view! {
                        <button id="remove-all" class="danger-outline" on:click=move |_| confirming.set(true)>
                            "Remove all data…"
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
        SecretsKept::SystemStore { store } => {
            format!("Sealed on disk; the key is held by {store}.")
        }
        SecretsKept::KeyFile { path } => format!(
            "Sealed on disk, but no system credential store answered, so the key is kept in \
             {path}, readable by you only: anyone who can read your files can read your logins."
        ),
        SecretsKept::NotOnDisk => "Kept in memory only.".to_owned(),
    };
    view! {
        <dl class="facts">
            <dt>"Version"</dt>
            <dd id="about-version">{info.version}</dd>
            <dt>"Data folder"</dt>
            <dd id="about-data-dir" class="path">{info.data_dir}</dd>
            <dt>"Log folder"</dt>
            <dd id="about-log-dir" class="path">{info.log_dir}</dd>
            <dt>"System"</dt>
            <dd id="about-os">{info.os}</dd>
            <dt>"Logins"</dt>
            <dd id="about-secrets">{secrets}</dd>
        </dl>
    }
}
