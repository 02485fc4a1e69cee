//! The screens the sidebar leads to.

mod audience;
mod insights;
mod links;
mod loaded;
mod overview;
mod posts;
mod range;
mod reports;
mod settings;
mod today;

use leptos::prelude::*;

use crate::app::AppInfoResource;
use crate::i18n::{t, tf};
use crate::session::{Session, handle};

pub use loaded::{Load, Loaded};
pub(crate) use posts::excerpt;

/// A screen of the window.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// The daily look: the last days' posts against the typical one, and what needs attention.
    Today,
    /// Account-wide insights at a glance.
    Overview,
    /// What works: content insights over a range.
    Insights,
    /// Every post and how it did.
    Posts,
    /// Who follows the account.
    Audience,
    /// Clicks on links.
    Links,
    /// A report or a media kit of a range, previewed and saved, and the report on a schedule.
    Reports,
    /// Accounts, preferences and About.
    Settings,
}

impl Screen {
    /// The screens in sidebar order.
    pub const ALL: [Screen; 8] = [
        Self::Today,
        Self::Overview,
        Self::Insights,
        Self::Posts,
        Self::Audience,
        Self::Links,
        Self::Reports,
        Self::Settings,
    ];

    /// The name in the sidebar and the screen's heading.
    pub fn label(self) -> String {
        crate::i18n::t(match self {
            Self::Today => "screen-today",
            Self::Overview => "screen-overview",
            Self::Insights => "screen-insights",
            Self::Posts => "screen-posts",
            Self::Audience => "screen-audience",
            Self::Links => "screen-links",
            Self::Reports => "screen-reports",
            Self::Settings => "screen-settings",
        })
    }

    /// A stable name for the screen in the page, for tests and styles.
    pub const fn id(self) -> &'static str {
        match self {
            Self::Today => "today",
            Self::Overview => "overview",
            Self::Insights => "insights",
            Self::Posts => "posts",
            Self::Audience => "audience",
            Self::Links => "links",
            Self::Reports => "reports",
            Self::Settings => "settings",
        }
    }

    /// What the screen shows once an account is connected.
    fn purpose(self) -> String {
        crate::i18n::t(match self {
            Self::Today => "screen-today-purpose",
            Self::Overview => "screen-overview-purpose",
            Self::Insights => "screen-insights-purpose",
            Self::Posts => "screen-posts-purpose",
            Self::Audience => "screen-audience-purpose",
            Self::Links => "screen-links-purpose",
            Self::Reports => "screen-reports-purpose",
            Self::Settings => "screen-settings-purpose",
        })
    }
}

/// The view of one screen.
pub fn show(screen: Screen, connected: bool, info: AppInfoResource) -> AnyView {
    match screen {
        Screen::Settings => view! { <settings::Settings info /> }.into_any(),
        Screen::Today if connected => view! { <today::TodayScreen /> }.into_any(),
        Screen::Overview if connected => view! { <overview::OverviewScreen /> }.into_any(),
        Screen::Insights if connected => view! { <insights::InsightsScreen /> }.into_any(),
        Screen::Audience if connected => view! { <audience::AudienceScreen /> }.into_any(),
        Screen::Posts if connected => view! { <posts::PostsScreen /> }.into_any(),
        Screen::Links if connected => view! { <links::LinksScreen /> }.into_any(),
        Screen::Reports if connected => view! { <reports::ReportsScreen /> }.into_any(),
        other => view! { <Waiting screen=other /> }.into_any(),
    }
}

/// What an insights screen says before it has insights to show: no account yet, or an account
/// whose insights Spool has not synced.
#[component]
fn Waiting(screen: Screen) -> impl IntoView {
    let session = Session::get();
    let state = move || {
        match session.current() {
        None => view! {
            <p class="empty-title">{t("waiting-no-account")}</p>
            <p>{screen.purpose()}</p>
            <div class="empty-actions">
                <button class="primary" on:click=move |_| session.screen.set(Screen::Settings)>
                    {t("waiting-connect")}
                </button>
                <button
                    id="try-demo-here"
                    disabled=move || session.demo.pending().get()
                    on:click=move |_| {
                        session.demo.dispatch(Some(screen));
                    }
                >
                    {t("waiting-try-demo")}
                </button>
            </div>
            <p class="muted">{t("waiting-demo-note")}</p>
        }
        .into_any(),
        Some(account) => view! {
            <p class="empty-title">{tf("waiting-connected", &[("account", handle(&account).into())])}</p>
            <p>{screen.purpose()}</p>
            <crate::sync::SyncPanel />
        }
        .into_any(),
    }
    };
    view! {
        <section class="screen" data-screen=screen.id()>
            <h1>{screen.label()}</h1>
            <div class="empty-state">{state}</div>
        </section>
    }
}

/// Whether the system asks for the dark theme (the charts follow it, like the rest).
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|query| query.matches())
}

/// A screen showing what the history holds for the account shown: its heading, then
/// `children` (a [`Loaded`] view of what it loads, with what goes with it), then the sync panel.
#[component]
pub fn HistoryScreen(screen: Screen, children: Children) -> impl IntoView {
    view! {
        <section class="screen" data-screen=screen.id()>
            <h1>{screen.label()}</h1>
            {children()}
            <crate::sync::SyncPanel />
        </section>
    }
}
