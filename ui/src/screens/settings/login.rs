//! Settings → Connect an account, for a real account: the creator's own Meta app, set up step
//! by step, then the login through the browser, or a pasted token.

use leptos::prelude::*;
use spool_model::{CommandError, LoginSetup, LoginStarted};

use crate::bindings;
use crate::screens::Screen;
use crate::session::Session;

/// Logging in to the creator's own Threads account through their own Meta app: the guide to
/// setting the app up, its ID and secret, the login itself, and a token as the way around.
#[component]
pub(super) fn RealLogin(setup: LoginSetup) -> impl IntoView {
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
            session.screen.set(Screen::Today);
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

/// What the errors Threads' login window shows mean, and what to change: the one table of
/// codes in `spool_model::login_errors`, which the pasted-address advice also says.
#[component]
fn LoginAdvice(redirect: RwSignal<String>) -> impl IntoView {
    let rows = spool_model::login_errors::WINDOW_ERRORS
        .iter()
        .map(|error| {
            view! {
                <li>
                    <b>{error.code.to_string()}</b>
                    ": " {error.meaning} ". " {error.fix}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="advice">
            <summary>"If Threads shows an error"</summary>
            <p>
                "The redirect address to register is " <code>{move || redirect.get()}</code>
                ". Pasting the address of Threads' error page below says which of these it is."
            </p>
            <ul>{rows}</ul>
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
            session.screen.set(Screen::Today);
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
