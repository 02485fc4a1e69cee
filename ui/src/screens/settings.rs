//! Settings: the accounts, connecting one (the demo, or a real one through the creator's own
//! Meta app), how often to sync, the data Spool keeps, and About.

use std::future::Future;

use leptos::prelude::*;
use spool_model::{AccountSummary, AppInfo, CommandError, LoginSetup, LoginStarted, Preferences};

use crate::app::{AppInfoResource, Avatar, ErrorNotice, switch_account};
use crate::bindings;
use crate::screens::Screen;
use crate::session::{Session, handle, needs_login};

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

/// What a section of Settings starts from, loaded once as it is built. Its answer is said in
/// the error banner as a command's is: a failure shows there, and an answer clears a failure
/// shown before (as it did when these loads ran as commands).
fn load_reported<T, Fut>(load: impl Fn() -> Fut + 'static) -> LocalResource<Result<T, CommandError>>
where
    T: 'static,
    Fut: Future<Output = Result<T, CommandError>> + 'static,
{
    let session = Session::get();
    let answer = LocalResource::new(load);
    Effect::new(move |_| {
        answer.with(|answer| match answer {
            Some(Ok(_)) => session.error.set(None),
            Some(Err(error)) => session.error.set(Some(error.clone())),
            None => {}
        });
    });
    answer
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
    let log_out = session.action(
        |id: &String| {
            let id = id.clone();
            async move { bindings::log_out(&id).await }
        },
        move |accounts| session.accounts.set(accounts),
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
                    session.demo.dispatch(Some(Screen::Overview));
                }
                disabled=move || starting.get()
            >
                {move || if starting.get() { "Starting the demo…" } else { "Try the demo" }}
            </button>
            {move || starting.get().then(|| view! { <crate::sync::ProgressBar /> })}
        </div>
    }
}

/// Logging in to the creator's own Threads account through their own Meta app: the guide to
/// setting the app up, its ID and secret, the login itself, and a token as the way around.
#[component]
fn RealLogin(setup: LoginSetup) -> impl IntoView {
    let redirect = RwSignal::new(setup.redirect_uri.clone());
    let saved = RwSignal::new(setup.app_id.is_some() && setup.has_app_secret);
    view! {
        <div class="panel guide">
            <h3>"Your own Threads account"</h3>
            <p class="muted">
                "Meta lets an app read insights only for people it lists as testers, so Spool logs "
                "in through a Meta app of your own. Setting it up takes about five minutes, once."
            </p>
            <MetaAppSteps redirect port=setup.port />
            <MetaAppForm app_id=setup.app_id.unwrap_or_default() saved />
            <LogIn saved />
            <LoginAdvice redirect />
            <TokenLogin />
        </div>
    }
}

/// The steps of creating the Meta app, with the redirect address to register and the port
/// Spool receives the login on.
#[component]
fn MetaAppSteps(redirect: RwSignal<String>, port: u16) -> impl IntoView {
    let session = Session::get();
    let port = RwSignal::new(port.to_string());
    let save_port = session.action(
        |number: &u16| bindings::save_login_port(*number),
        move |setup: LoginSetup| redirect.set(setup.redirect_uri),
    );
    let saving = save_port.pending();
    let change_port = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(number) = port.get().trim().parse::<u16>() else {
            session.error.set(Some(CommandError::new(
                spool_model::ErrorKind::InvalidInput,
                "A port is a whole number from 1024 to 65535.",
            )));
            return;
        };
        save_port.dispatch(number);
    };
    view! {
        <ol class="steps">
            <li>
                "At developers.facebook.com, create an app and choose the use case "
                <b>"Access the Threads API"</b>"."
            </li>
            <li>
                "In the app's " <b>"Roles → Roles"</b> ", add yourself as a " <b>"Threads Tester"</b>
                ", then accept the invitation in Threads (Settings → Account → Website permissions → Invites)."
            </li>
            <li>
                "Under " <b>"Use cases → Customize → Settings"</b> ", add this redirect callback URL, exactly:"
                <div class="copyable">
                    <code id="redirect-uri">{move || redirect.get()}</code>
                    {move || view! { <CopyButton text=redirect.get() /> }}
                </div>
                <form class="inline-form port-form" on:submit=change_port>
                    <label>
                        "Spool receives the login on this port of your computer"
                        <input id="login-port" inputmode="numeric" bind:value=port />
                    </label>
                    <button type="submit" disabled=move || saving.get()>"Change port"</button>
                </form>
            </li>
            <li>
                "From " <b>"App settings → Basic"</b> ", copy the " <b>"Threads app ID"</b>
                " and " <b>"Threads app secret"</b> " (not the Facebook app ID) here:"
            </li>
        </ol>
    }
}

/// The Meta app's ID and secret, saved for the login; `saved` says whether both are.
#[component]
fn MetaAppForm(app_id: String, saved: RwSignal<bool>) -> impl IntoView {
    let session = Session::get();
    let app_id = RwSignal::new(app_id);
    let secret = RwSignal::new(String::new());
    let save = session.action(
        |(id, key): &(String, String)| {
            let (id, key) = (id.clone(), key.clone());
            async move { bindings::save_threads_app(&id, &key).await }
        },
        move |setup: LoginSetup| {
            secret.set(String::new());
            saved.set(setup.has_app_secret);
        },
    );
    let saving = save.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        save.dispatch((app_id.get(), secret.get()));
    };
    view! {
        <form class="app-form" on:submit=submit>
            <label>
                "Threads app ID"
                <input id="app-id" inputmode="numeric" autocomplete="off" bind:value=app_id />
            </label>
            <label>
                "Threads app secret"
                <input
                    id="app-secret"
                    type="password"
                    autocomplete="off"
                    placeholder=move || if saved.get() { "saved (enter again to replace)" } else { "" }
                    bind:value=secret
                />
            </label>
            <button type="submit" id="save-app" disabled=move || saving.get()>"Save"</button>
        </form>
    }
}

/// "Log in with Threads", and while the login runs, where to allow Spool and how to go on.
#[component]
fn LogIn(saved: RwSignal<bool>) -> impl IntoView {
    let session = Session::get();
    let started = RwSignal::new(None::<LoginStarted>);
    let log_in = session.action(
        move |()| async move {
            let login = bindings::start_login().await?;
            // The login is under way: a failure said before it is over.
            session.error.set(None);
            started.set(Some(login));
            bindings::wait_for_login().await
        },
        move |_| {
            started.set(None);
            session.screen.set(Screen::Overview);
        },
    );
    let logging_in = log_in.pending();
    view! {
        <div class="login-actions">
            <button
                id="log-in"
                class="primary"
                on:click=move |_| {
                    log_in.dispatch(());
                }
                disabled=move || !saved.get() || logging_in.get()
            >
                "Log in with Threads"
            </button>
            {move || (!saved.get()).then(|| view! { <span class="muted">"Save the app ID and secret first."</span> })}
        </div>
        {move || started.get().map(|login| view! { <LoginWaiting login started /> })}
    }
}

/// The login under way: the address it opened, and pasting where the browser landed or
/// cancelling.
#[component]
fn LoginWaiting(login: LoginStarted, started: RwSignal<Option<LoginStarted>>) -> impl IntoView {
    let session = Session::get();
    let pasted = RwSignal::new(String::new());
    let paste = session.action(
        |address: &String| {
            let address = address.clone();
            async move { bindings::paste_login_address(&address).await }
        },
        move |()| pasted.set(String::new()),
    );
    let pasting = paste.pending();
    let cancel = session.action(|()| bindings::cancel_login(), |()| {});
    let cancelling = cancel.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        paste.dispatch(pasted.get());
    };
    view! {
        <div class="panel waiting" id="login-waiting">
            <p>
                {if login.browser_opened {
                    "Your browser opened the Threads login. Allow Spool there; this page continues by itself."
                } else {
                    "Open this address in your browser and allow Spool; this page continues by itself:"
                }}
            </p>
            <div class="copyable">
                <code id="login-url">{login.url.clone()}</code>
                <CopyButton text=login.url.clone() />
            </div>
            <p class="muted">
                "The browser warns once that the connection to 127.0.0.1 is not private: Spool "
                "made that certificate itself to receive the login on your computer. Choose "
                "Advanced → Proceed."
            </p>
            <form class="inline-form" on:submit=submit>
                <label>
                    "Or paste the address the browser landed on"
                    <input id="pasted-address" autocomplete="off" bind:value=pasted />
                </label>
                <button type="submit" disabled=move || pasting.get()>"Continue"</button>
            </form>
            <button
                disabled=move || cancelling.get()
                on:click=move |_| {
                    cancel.dispatch(());
                    started.set(None);
                }
            >
                "Cancel"
            </button>
        </div>
    }
}

/// What the errors Threads shows during the login mean.
#[component]
fn LoginAdvice(redirect: RwSignal<String>) -> impl IntoView {
    view! {
        <details class="advice">
            <summary>"If Threads shows an error"</summary>
            <ul>
                <li>
                    <b>"1349026 or 4476002"</b>
                    ": the ID entered is the Facebook app ID. Use the Threads app ID from App settings → Basic."
                </li>
                <li>
                    <b>"1349168"</b> ": the redirect URL is not registered. Register exactly "
                    <code>{move || redirect.get()}</code> "."
                </li>
                <li>
                    "\"Not a tester\" or an empty page: accept the tester invitation in Threads first."
                </li>
            </ul>
        </details>
    }
}

/// Logging in with a long-lived token pasted from the Meta app's User Token Generator.
#[component]
fn TokenLogin() -> impl IntoView {
    let session = Session::get();
    let token = RwSignal::new(String::new());
    let log_in = session.action(
        |token: &String| {
            let token = token.clone();
            async move { bindings::log_in_with_token(&token).await }
        },
        move |_| {
            token.set(String::new());
            session.screen.set(Screen::Overview);
        },
    );
    let logging_in = log_in.pending();
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        log_in.dispatch(token.get());
    };
    view! {
        <form class="inline-form" on:submit=submit>
            <label>
                "Or paste a long-lived token from the app's User Token Generator"
                <input id="pasted-token" type="password" autocomplete="off" bind:value=token />
            </label>
            <button type="submit" disabled=move || logging_in.get()>"Log in with token"</button>
        </form>
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

/// Copies `text` to the clipboard, saying so.
#[component]
fn CopyButton(text: String) -> impl IntoView {
    let copied = RwSignal::new(false);
    let copy = move |_| {
        let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
        if let Some(clipboard) = clipboard {
            let done = clipboard.write_text(&text);
            leptos::task::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(done).await.is_ok());
            });
        }
    };
    view! {
        <button type="button" class="copy" on:click=copy>
            {move || if copied.get() { "Copied" } else { "Copy" }}
        </button>
    }
}

/// Spool's version and where it keeps its data and logs.
#[component]
fn About(info: AppInfo) -> impl IntoView {
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
        </dl>
    }
}
