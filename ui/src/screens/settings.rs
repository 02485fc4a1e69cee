//! Settings: accounts, preferences and About.

use leptos::prelude::*;
use spool_model::AppInfo;

use crate::app::{AppInfoResource, ErrorNotice};
use crate::screens::Screen;

/// The Settings screen.
#[component]
pub fn Settings(info: AppInfoResource) -> impl IntoView {
    view! {
        <section class="screen" data-screen=Screen::Settings.id()>
            <h1>{Screen::Settings.label()}</h1>
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
fn About(info: AppInfo) -> impl IntoView {
    view! {
        <dl class="facts">
            <dt>"Version"</dt>
            <dd id="about-version">{info.version}</dd>
            <dt>"Data folder"</dt>
            <dd id="about-data-dir" class="path">{info.data_dir}</dd>
            <dt>"System"</dt>
            <dd id="about-os">{info.os}</dd>
        </dl>
    }
}
