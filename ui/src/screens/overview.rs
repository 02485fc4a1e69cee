//! The overview: a range, a card per metric with its change, profile views per day and
//! followers over time, all from the history Spool stored (so it works offline).

use leptos::prelude::*;
use spool_charts::{ChartTheme, draw_followers, draw_profile_views, svg, thousands};
use spool_model::{DateRange, MetricCard, Overview, RangePreset};

use crate::app::ErrorNotice;
use crate::bindings;
use crate::screens::{Screen, prefers_dark};
use crate::session::Session;
use crate::sync::SyncPanel;

/// The overview screen of the account shown.
#[component]
pub fn OverviewScreen() -> impl IntoView {
    let session = Session::get();
    let preset = RwSignal::new(RangePreset::Last30Days);
    let data = LocalResource::new(move || {
        let preset = preset.get();
        // Reloaded after every sync and on switching accounts.
        session.last_sync.track();
        session.accounts.track();
        async move { bindings::overview(&preset).await }
    });
    view! {
        <section class="screen" data-screen=Screen::Overview.id()>
            <h1>{Screen::Overview.label()}</h1>
            <div class="presets" role="group" aria-label="Range">
                {RangePreset::ALL
                    .into_iter()
                    .map(|p| {
                        view! {
                            <button
                                class="preset"
                                aria-pressed=move || (preset.get() == p).to_string()
                                on:click=move |_| preset.set(p)
                            >
                                {p.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
            <Transition fallback=|| view! { <p class="loading">"Loading…"</p> }>
                {move || {
                    data.get()
                        .map(|answer| match answer {
                            Ok(overview) => view! { <Body overview /> }.into_any(),
                            Err(error) => view! { <ErrorNotice error /> }.into_any(),
                        })
                }}
            </Transition>
            <SyncPanel />
        </section>
    }
}

#[component]
fn Body(overview: Overview) -> impl IntoView {
    let theme = if prefers_dark() {
        ChartTheme::DARK
    } else {
        ChartTheme::LIGHT
    };
    let views_chart = svg(960, 360, |area| {
        draw_profile_views(area, &overview.profile_views, &theme)
    })
    .unwrap_or_default();
    let followers_chart = svg(960, 320, |area| {
        draw_followers(area, &overview.followers, &theme)
    })
    .unwrap_or_default();
    let compared = overview.compared.map(describe_range);
    let engagement = overview
        .engagement_per_100_views
        .map(|rate| format!("{rate:.1} likes, replies, reposts and quotes per 100 profile views"));
    view! {
        <p class="range" id="overview-range">
            {describe_range(overview.range)}
            {compared.map(|c| format!(" · compared with {c}"))}
        </p>
        <div class="cards">
            {overview.cards.into_iter().map(|card| view! { <Card card /> }).collect_view()}
        </div>
        {engagement.map(|text| view! { <p class="muted" id="engagement-rate">{text}</p> })}
        <figure class="chart" id="profile-views-chart" inner_html=views_chart></figure>
        <figure class="chart" id="followers-chart" inner_html=followers_chart></figure>
    }
}

#[component]
fn Card(card: MetricCard) -> impl IntoView {
    let metric = card.metric;
    let value = card.value.map_or_else(|| "—".to_owned(), thousands);
    let change = match (card.value, card.previous) {
        (Some(now), Some(before)) if before > 0 => {
            let percent = (now as f64 - before as f64) * 100.0 / before as f64;
            let arrow = if percent >= 0.0 { "▲" } else { "▼" };
            Some(format!("{arrow} {:.0} %", percent.abs()))
        }
        _ => None,
    };
    let note = if metric.takes_range() {
        None
    } else {
        Some("now")
    };
    view! {
        <div class="card" data-metric=metric.api_name()>
            <span class="card-label">{metric.label()} {note.map(|n| view! { <span class="badge now">{n}</span> })}</span>
            <span class="card-value">{value}</span>
            <span class="card-change muted">{change.unwrap_or_else(|| "no earlier period stored".to_owned())}</span>
        </div>
    }
}

fn describe_range(range: DateRange) -> String {
    format!(
        "{} – {}",
        range.since().format("%-d %b %Y"),
        range.until().format("%-d %b %Y")
    )
}
