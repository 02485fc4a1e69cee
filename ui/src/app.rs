//! The window: a sidebar of screens beside the screen being shown.

use leptos::prelude::*;
use spool_model::{AppInfo, CommandError};

use crate::bindings;
use crate::screens::{self, Screen};

/// Spool's answer to "who are you", loaded once and shared by the sidebar and Settings.
pub type AppInfoResource = LocalResource<Result<AppInfo, CommandError>>;

/// The whole interface.
#[component]
pub fn App() -> impl IntoView {
    let screen = RwSignal::new(Screen::Overview);
    let info: AppInfoResource = LocalResource::new(bindings::app_info);
    view! {
        <div class="shell">
            <Sidebar screen info />
            <main class="content" aria-live="polite">
                {move || screens::show(screen.get(), info)}
            </main>
        </div>
    }
}

#[component]
fn Sidebar(screen: RwSignal<Screen>, info: AppInfoResource) -> impl IntoView {
    let version = move || {
        info.get()
            .and_then(Result::ok)
            .map(|info| format!("Spool {}", info.version))
    };
    view! {
        <nav class="sidebar" aria-label="Screens">
            <div class="brand">
                <img src="spool.svg" alt="" width="28" height="28" />
                <span>"Spool"</span>
            </div>
            <ul class="nav">
                {Screen::ALL
                    .into_iter()
                    .map(|item| {
                        let current = move || screen.get() == item;
                        view! {
                            <li>
                                <button
                                    class="nav-item"
                                    class:current=current
                                    aria-current=move || current().then_some("page")
                                    data-screen=item.id()
                                    on:click=move |_| screen.set(item)
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

/// A failed command, said plainly where the thing it was for would have been.
#[component]
pub fn ErrorNotice(error: CommandError) -> impl IntoView {
    view! {
        <div class="notice error" role="alert">
            <p>{error.message}</p>
        </div>
    }
}
