//! The window: a sidebar of screens and accounts beside the screen being shown, with banners
//! for what needs the user's attention.

use leptos::prelude::*;
use spool_model::{AccountSummary, AppInfo, CommandError};

use crate::bindings;
use crate::i18n::{in_bold, t, tf};
use crate::keyboard::Keyboard;
use crate::screens::{self, Screen};
use crate::session::{Session, handle, initial, needs_login};

/// Spool's answer to "who are you", loaded once and shared by the sidebar and Settings.
pub type AppInfoResource = LocalResource<Result<AppInfo, CommandError>>;

/// The whole interface.
#[component]
pub fn App(
    /// How the language Spool speaks is written here (`crate::locale`).
    locale: spool_model::Locale,
) -> impl IntoView {
    let session = Session::new();
    provide_context(session);
    provide_context(locale);
    provide_context(crate::canvas::FontsLoaded::listen());
    session.start();
    let info: AppInfoResource = LocalResource::new(bindings::app_info);
    // A memo: the screen is rebuilt when an account appears or goes, not at every refresh of
    // the list (which would throw away what the user is typing).
    let connected = Memo::new(move |_| session.current().is_some());
    view! {
        <div class="shell">
            <Sidebar info />
            <main class="content" aria-live="polite">
                <Banners />
                {move || screens::show(session.screen.get(), connected.get(), info)}
            </main>
            <Keyboard />
        </div>
    }
}

/// The sidebar: Spool's name, the account shown, its last sync, the screens and the version.
#[component]
fn Sidebar(info: AppInfoResource) -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<spool_model::Locale>();
    let version = move || {
        info.get()
            .and_then(Result::ok)
            .map(|info| tf("app-version", &[("version", info.version.into())]))
    };
    view! {
        <nav class="sidebar" aria-label=t("app-screens")>
            <div class="brand">
                <img src="spool.svg" alt="" width="28" height="28" />
                <span>"Spool"</span>
            </div>
            <CurrentAccount />
            <p class="sidebar-sync muted" id="sidebar-last-sync">
                {move || crate::sync::short(&locale, session.last_sync.get().as_ref())}
            </p>
            <ul class="nav">
                {Screen::ALL
                    .into_iter()
                    .map(|item| {
                        let current = move || session.screen.get() == item;
                        view! {
                            <li>
                                <button
                                    class="nav-item"
                                    class:current=current
                                    aria-current=move || current().then_some("page")
                                    data-screen=item.id()
                                    on:click=move |_| {
                                        crate::timing::screen_changing(item.id());
                                        session.screen.set(item);
                                    }
                                >
                                    {item.label()}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p class="sidebar-footer">{version}</p>
        </nav>
    }
}

/// The account shown, and a way to switch when there are several.
#[component]
fn CurrentAccount() -> impl IntoView {
    let session = Session::get();
    let switch = switch_account(session);
    move || {
        let accounts = session.accounts.get();
        let Some(current) = accounts.iter().find(|a| a.current).cloned() else {
            return view! {
                <button class="account-chip empty" on:click=move |_| session.screen.set(Screen::Settings)>
                    {t("waiting-connect")}
                </button>
            }
            .into_any();
        };
        let switcher = (accounts.len() > 1).then(|| {
            let options = accounts
                .iter()
                .map(|a| {
                    view! {
                        <option value=a.id.clone() selected=a.current>
                            {label(a)}
                        </option>
                    }
                })
                .collect_view();
            view! {
                <label class="switcher">
                    <span class="visually-hidden">{t("app-show-account")}</span>
                    <select
                        id="account-switcher"
                        on:change=move |ev| {
                            switch.dispatch(event_target_value(&ev));
                        }
                    >
                        {options}
                    </select>
                </label>
            }
        });
        view! {
            <div class="account-chip" id="current-account">
                <Avatar account=current.clone() />
                <div class="account-names">
                    <span class="account-handle">{handle(&current)}</span>
                    {current.demo.then(|| view! { <span class="badge demo">{t("app-demo-badge")}</span> })}
                </div>
            </div>
            {switcher}
        }
        .into_any()
    }
}

/// Shows another account: the action of the sidebar's switcher and of Settings' "Show".
pub fn switch_account(session: Session) -> Action<String, ()> {
    session.action(
        |id: &String| {
            let id = id.clone();
            async move { bindings::switch_account(&id).await }
        },
        move |accounts| {
            session.accounts.set(accounts);
            session.refresh_last_sync();
        },
    )
}

/// An account's picture, or its initial where there is none or it cannot load.
#[component]
pub fn Avatar(account: AccountSummary) -> impl IntoView {
    let failed = RwSignal::new(account.picture_url.is_none() || account.demo);
    let picture = account.picture_url.clone().unwrap_or_default();
    let letter = initial(&account);
    move || {
        if failed.get() {
            view! { <span class="avatar" aria-hidden="true">{letter.clone()}</span> }.into_any()
        } else {
            view! {
                <img class="avatar" src=picture.clone() alt="" on:error=move |_| failed.set(true) />
            }
            .into_any()
        }
    }
}

/// An account as the switcher lists it, the demo marked.
fn label(account: &AccountSummary) -> String {
    if account.demo {
        tf("app-account-demo", &[("account", handle(account).into())])
    } else {
        handle(account)
    }
}

/// Notices, the last error, and the banner of an account that needs a new login.
#[component]
fn Banners() -> impl IntoView {
    let session = Session::get();
    let demo_running = session.demo.pending();
    let relogin = move || {
        let current = session.current().filter(needs_login)?;
        // The demo logs in again by itself; a real account from Settings.
        let demo = current.demo;
        let again = move |_| {
            if demo {
                session.demo.dispatch(None);
            } else {
                session.screen.set(Screen::Settings);
            }
        };
        Some(view! {
            <div class="notice warning" role="alert" id="needs-login-banner">
                <p>{in_bold("banner-needs-login", &[("account", handle(&current))])}</p>
                <button class="primary" disabled=move || demo && demo_running.get() on:click=again>
                    {t("banner-log-in-again")}
                </button>
            </div>
        })
    };
    let error = move || {
        session.error.get().map(|error| {
            view! {
                <div class="notice error" role="alert" id="error-banner">
                    <p>{error.message}</p>
                    <Details details=error.details />
                    <button on:click=move |_| session.error.set(None)>{t("banner-dismiss")}</button>
                </div>
            }
        })
    };
    let notices = move || {
        session
            .notices
            .get()
            .into_iter()
            .enumerate()
            .map(|(index, text)| {
                view! {
                    <div class="notice info" role="status">
                        <p>{text}</p>
                        <button on:click=move |_| {
                            session.notices.update(|notices| {
                                notices.remove(index);
                            })
                        }>{t("banner-dismiss")}</button>
                    </div>
                }
            })
            .collect_view()
    };
    view! { <div class="banners">{relogin} {error} {notices}</div> }
}

/// A failed command, said plainly where the thing it was for would have been.
#[component]
pub fn ErrorNotice(error: CommandError) -> impl IntoView {
    view! {
        <div class="notice error" role="alert">
            <p>{error.message}</p>
            <Details details=error.details />
        </div>
    }
}

/// What Meta's support would ask for about an error, folded under "Details" below its message
/// (selectable, to copy into a report); nothing when the error carries none.
#[component]
pub fn Details(details: Option<String>) -> impl IntoView {
    details.map(|details| {
        view! {
            <details class="error-details">
                <summary>{t("banner-details")}</summary>
                <p>{details}</p>
            </details>
        }
    })
}
