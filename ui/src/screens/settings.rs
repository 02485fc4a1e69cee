//! Settings: the accounts, connecting one (the demo, or a real one through the creator's own
//! Meta app), and About.

use leptos::prelude::*;
use spool_model::{AccountSummary, AppInfo, LoginSetup, LoginStarted};

use crate::app::{AppInfoResource, Avatar, ErrorNotice};
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

#[component]
fn AccountRow(account: AccountSummary) -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<spool_model::Locale>();
    let id = account.id.clone();
    let switch_id = id.clone();
    let status = if needs_login(&account) {
        "Needs a new login".to_owned()
    } else {
        format!(
            "Login valid until {}",
            locale.date(locale.local_day(account.token_expires_at))
        )
    };
    let show = move |_| {
        let id = switch_id.clone();
        session.run(
            async move { bindings::switch_account(&id).await },
            move |accounts| {
                session.accounts.set(accounts);
                session.refresh_last_sync();
            },
        );
    };
    let log_out = move |_| {
        let id = id.clone();
        session.run(
            async move { bindings::log_out(&id).await },
            move |accounts| session.accounts.set(accounts),
        );
    };
    view! {
        <li class="account-row" data-account=account.username.clone()>
            <Avatar account=account.clone() />
            <div class="account-names">
                <span class="account-handle">{handle(&account)}</span>
                {account.demo.then(|| view! { <span class="badge demo">"DEMO"</span> })}
                <span class="muted account-status" class:warning=needs_login(&account)>{status}</span>
            </div>
            {(!account.current).then(|| view! { <button class="show-account" on:click=show>"Show"</button> })}
            {account.current.then(|| view! { <span class="muted">"Shown"</span> })}
            <button class="log-out" on:click=log_out>"Log out"</button>
        </li>
    }
}

/// Connecting an account: the demo, the guide to the creator's own Meta app, and the login.
#[component]
fn Connect() -> impl IntoView {
    let session = Session::get();
    let setup = RwSignal::new(None::<LoginSetup>);
    session.run(async { bindings::login_setup().await }, move |s| {
        setup.set(Some(s))
    });
    let demo_busy = RwSignal::new(false);
    let try_demo = move |_| {
        demo_busy.set(true);
        session.try_demo(move || {
            demo_busy.set(false);
            session.screen.set(Screen::Overview);
        });
    };
    view! {
        <h2>"Connect an account"</h2>
        <div class="panel">
            <p>
                "No Meta app yet? The demo account shows Spool with 18 months of simulated "
                "insights; it needs no login."
            </p>
            <button id="try-demo" class="primary" on:click=try_demo disabled=move || demo_busy.get()>
                {move || if demo_busy.get() { "Starting the demo…" } else { "Try the demo" }}
            </button>
            {move || demo_busy.get().then(|| view! { <crate::sync::ProgressBar /> })}
        </div>
        {move || setup.get().map(|setup| view! { <RealLogin setup /> })}
    }
}

#[component]
fn RealLogin(setup: LoginSetup) -> impl IntoView {
    let session = Session::get();
    let redirect = RwSignal::new(setup.redirect_uri.clone());
    let port = RwSignal::new(setup.port.to_string());
    let app_id = RwSignal::new(setup.app_id.clone().unwrap_or_default());
    let secret = RwSignal::new(String::new());
    let saved = RwSignal::new(setup.app_id.is_some() && setup.has_app_secret);
    let started = RwSignal::new(None::<LoginStarted>);
    let pasted = RwSignal::new(String::new());
    let token = RwSignal::new(String::new());

    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (id, key) = (app_id.get(), secret.get());
        session.run(
            async move { bindings::save_threads_app(&id, &key).await },
            move |setup| {
                secret.set(String::new());
                saved.set(setup.has_app_secret);
            },
        );
    };
    let log_in = move |_| {
        session.run(async { bindings::start_login().await }, move |login| {
            started.set(Some(login));
            session.run(async { bindings::wait_for_login().await }, move |_| {
                started.set(None);
                session.screen.set(Screen::Overview);
            });
        });
    };
    let paste = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let address = pasted.get();
        session.run(
            async move { bindings::paste_login_address(&address).await },
            move |()| {
                pasted.set(String::new());
            },
        );
    };
    let cancel = move |_| {
        started.set(None);
        session.run(async { bindings::cancel_login().await }, |()| {});
    };
    let with_token = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = token.get();
        session.run(
            async move { bindings::log_in_with_token(&value).await },
            move |_| {
                token.set(String::new());
                session.screen.set(Screen::Overview);
            },
        );
    };
    let change_port = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(number) = port.get().trim().parse::<u16>() else {
            session.error.set(Some(spool_model::CommandError::new(
                spool_model::ErrorKind::InvalidInput,
                "A port is a whole number from 1024 to 65535.",
            )));
            return;
        };
        session.run(
            async move { bindings::save_login_port(number).await },
            move |setup| redirect.set(setup.redirect_uri),
        );
    };

    view! {
        <div class="panel guide">
            <h3>"Your own Threads account"</h3>
            <p class="muted">
                "Meta lets an app read insights only for people it lists as testers, so Spool logs "
                "in through a Meta app of your own. Setting it up takes about five minutes, once."
            </p>
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
                        <button type="submit">"Change port"</button>
                    </form>
                </li>
                <li>
                    "From " <b>"App settings → Basic"</b> ", copy the " <b>"Threads app ID"</b>
                    " and " <b>"Threads app secret"</b> " (not the Facebook app ID) here:"
                </li>
            </ol>
            <form class="app-form" on:submit=save>
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
                <button type="submit" id="save-app">"Save"</button>
            </form>
            <div class="login-actions">
                <button id="log-in" class="primary" on:click=log_in disabled=move || !saved.get()>
                    "Log in with Threads"
                </button>
                {move || (!saved.get()).then(|| view! { <span class="muted">"Save the app ID and secret first."</span> })}
            </div>
            {move || started.get().map(|login| view! {
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
                    <form class="inline-form" on:submit=paste>
                        <label>
                            "Or paste the address the browser landed on"
                            <input id="pasted-address" autocomplete="off" bind:value=pasted />
                        </label>
                        <button type="submit">"Continue"</button>
                    </form>
                    <button on:click=cancel>"Cancel"</button>
                </div>
            })}
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
            <form class="inline-form" on:submit=with_token>
                <label>
                    "Or paste a long-lived token from the app's User Token Generator"
                    <input id="pasted-token" type="password" autocomplete="off" bind:value=token />
                </label>
                <button type="submit">"Log in with token"</button>
            </form>
        </div>
    }
}

/// How often Spool syncs, and a copy of the history.
#[component]
fn Syncing() -> impl IntoView {
    let session = Session::get();
    let hours = RwSignal::new(None::<u32>);
    session.run(async { bindings::preferences().await }, move |p| {
        hours.set(Some(p.sync_every_hours));
    });
    let backed_up = RwSignal::new(None::<String>);
    let change = move |ev: leptos::ev::Event| {
        let Ok(every) = event_target_value(&ev).parse::<u32>() else {
            return;
        };
        let preferences = spool_model::Preferences {
            sync_every_hours: every,
        };
        session.run(
            async move { bindings::save_preferences(&preferences).await },
            move |p| hours.set(Some(p.sync_every_hours)),
        );
    };
    let back_up = move |_| {
        session.run(async { bindings::back_up_data().await }, move |path| {
            backed_up.set(path.map(|p| format!("A copy of the history was written to {p}.")));
        });
    };
    view! {
        <h2>"Syncing"</h2>
        <div class="panel">
            <label class="inline-label">
                "While Spool is open, sync each account every "
                <select id="sync-every" on:change=change>
                    {[1u32, 3, 6, 12, 24]
                        .into_iter()
                        .map(|h| {
                            view! {
                                <option value=h.to_string() selected=move || hours.get() == Some(h)>
                                    {format!("{h} h")}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <p class="muted">
                "Spool keeps every sync in a history on this computer; Threads itself keeps "
                "no follower history and no post growth."
            </p>
            <button id="back-up" on:click=back_up>"Back up data…"</button>
            {move || backed_up.get().map(|text| view! { <p id="backed-up">{text}</p> })}
        </div>
    }
}

/// Removes every token, setting and the history, once the user has confirmed it.
#[component]
fn RemoveAllData() -> impl IntoView {
    let session = Session::get();
    let confirming = RwSignal::new(false);
    let remove = move |_| {
        session.run(async { bindings::remove_all_data().await }, move |()| {
            confirming.set(false);
            // A banner: this screen is rebuilt once no account is left.
            session.notices.update(|notices| {
                notices.push("Every login, setting and the history were removed.".to_owned());
            });
            session.accounts.set(Vec::new());
            session.refresh_last_sync();
        });
    };
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
                            <button id="remove-confirm" class="danger" on:click=remove>
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
