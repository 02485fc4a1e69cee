//! Settings → Connect an account, for a real account: the creator's own Meta app, set up step
//! by step, then the login through the browser, or a pasted token.

use leptos::prelude::*;
use spool_model::{CommandError, LoginSetup, LoginStarted};

use crate::bindings;
use crate::i18n::{Piece, in_bold, pieces, t};
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
            <h3>{t("settings-own-account")}</h3>
            <p class="muted">{t("settings-own-account-note")}</p>
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
                t("settings-port-invalid"),
            )));
            return;
        };
        save_port.dispatch(number);
    };
    view! {
        <ol class="steps">
            <li>
                {in_bold("settings-step-create-app", &[("usecase", t("settings-meta-use-case"))])}
            </li>
            <li>
                {in_bold(
                    "settings-step-tester",
                    &[("roles", t("settings-meta-roles")), ("tester", t("settings-meta-tester"))],
                )}
            </li>
            <li>
                {in_bold("settings-step-redirect", &[("place", t("settings-meta-use-case-settings"))])}
                <div class="copyable">
                    <code id="redirect-uri">{move || redirect.get()}</code>
                    {move || view! { <CopyButton text=redirect.get() /> }}
                </div>
                <form class="inline-form port-form" on:submit=change_port>
                    <label>
                        {t("settings-login-port")}
                        <input id="login-port" inputmode="numeric" bind:value=port />
                    </label>
                    <button type="submit" disabled=move || saving.get()>{t("settings-change-port")}</button>
                </form>
            </li>
            <li>
                {in_bold(
                    "settings-step-app-id",
                    &[
                        ("place", t("settings-meta-basic")),
                        ("id", t("settings-meta-app-id")),
                        ("secret", t("settings-meta-app-secret")),
                    ],
                )}
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
                {t("settings-app-id")}
                <input id="app-id" inputmode="numeric" autocomplete="off" bind:value=app_id />
            </label>
            <label>
                {t("settings-app-secret")}
                <input
                    id="app-secret"
                    type="password"
                    autocomplete="off"
                    placeholder=move || if saved.get() { t("settings-app-secret-saved") } else { String::new() }
                    bind:value=secret
                />
            </label>
            <button type="submit" id="save-app" disabled=move || saving.get()>{t("settings-save-app")}</button>
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
                {t("settings-log-in")}
            </button>
            {move || (!saved.get()).then(|| view! { <span class="muted">{t("settings-save-app-first")}</span> })}
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
                {t(if login.browser_opened {
                    "settings-login-browser-opened"
                } else {
                    "settings-login-open-address"
                })}
            </p>
            <div class="copyable">
                <code id="login-url">{login.url.clone()}</code>
                <CopyButton text=login.url.clone() />
            </div>
            <p class="muted">{t("settings-login-certificate")}</p>
            <form class="inline-form" on:submit=submit>
                <label>
                    {t("settings-login-paste-address")}
                    <input id="pasted-address" autocomplete="off" bind:value=pasted />
                </label>
                <button type="submit" disabled=move || pasting.get()>{t("settings-login-continue")}</button>
            </form>
            <button
                disabled=move || cancelling.get()
                on:click=move |_| {
                    cancel.dispatch(());
                    started.set(None);
                }
            >
                {t("settings-login-cancel")}
            </button>
        </div>
    }
}

/// What the errors Threads' login window shows mean, and what to change: the one table of
/// codes in `spool_model::login_errors`, which the pasted-address advice also says.
#[component]
fn LoginAdvice(redirect: RwSignal<String>) -> impl IntoView {
    // Each row one sentence of the catalogue's, its code in bold.
    let rows = spool_model::login_errors::WINDOW_ERRORS
        .iter()
        .map(|error| {
            let row = pieces("settings-login-window-error", &["code", "meaning", "fix"])
                .into_iter()
                .map(|piece| match piece {
                    Piece::Text(text) => text.into_any(),
                    Piece::Value(0) => view! { <b>{error.code.to_string()}</b> }.into_any(),
                    Piece::Value(1) => t(error.meaning_id).into_any(),
                    Piece::Value(_) => t(error.fix_id).into_any(),
                })
                .collect_view();
            view! { <li>{row}</li> }
        })
        .collect_view();
    // The address as code, where the sentence puts it.
    let note = pieces("settings-login-errors-note", &["address"])
        .into_iter()
        .map(|piece| match piece {
            Piece::Text(text) => text.into_any(),
            Piece::Value(_) => view! { <code>{move || redirect.get()}</code> }.into_any(),
        })
        .collect_view();
    view! {
        <details class="advice">
            <summary>{t("settings-login-errors")}</summary>
            <p>{note}</p>
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
                {t("settings-token-label")}
                <input id="pasted-token" type="password" autocomplete="off" bind:value=token />
            </label>
            <button type="submit" disabled=move || logging_in.get()>{t("settings-token-log-in")}</button>
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
            {move || t(if copied.get() { "settings-copied" } else { "settings-copy" })}
        </button>
    }
}
