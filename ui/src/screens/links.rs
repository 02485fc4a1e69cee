//! Links: clicks per link at the latest reading against the one before, and total clicks
//! over time, from the history Spool stored.

use leptos::prelude::*;
use spool_charts::{ChartTheme, draw_clicks_over_time, draw_link_clicks, svg, thousands};
use spool_model::LinkClicksView;

use crate::bindings;
use crate::screens::{Screen, history_screen, prefers_dark};

/// The links screen of the account shown.
#[component]
pub fn LinksScreen() -> impl IntoView {
    history_screen(
        Screen::Links,
        bindings::link_clicks,
        |view| view! { <Body view /> },
    )
}

#[component]
fn Body(view: LinkClicksView) -> impl IntoView {
    let theme = if prefers_dark() {
        ChartTheme::DARK
    } else {
        ChartTheme::LIGHT
    };
    let bars: Vec<(String, u64)> = view
        .links
        .iter()
        .map(|l| (l.url.clone(), l.clicks))
        .collect();
    let per_link = svg(960, 60 + 44 * bars.len().max(2) as u32, |area| {
        draw_link_clicks(area, &bars, &theme)
    })
    .unwrap_or_default();
    let over_time = svg(960, 320, |area| {
        draw_clicks_over_time(area, &view.readings, &theme)
    })
    .unwrap_or_default();
    let window = match (view.since, view.until) {
        (Some(since), Some(until)) => format!(
            "Clicks from {} to {}, as Threads counted them at the latest sync.",
            since.format("%-d %b %Y"),
            until.format("%-d %b %Y")
        ),
        _ => "No link clicks read yet.".to_owned(),
    };
    view! {
        <p class="range" id="links-window">{window}</p>
        <figure class="chart" id="link-clicks-chart" inner_html=per_link></figure>
        <ul class="link-list" id="link-list">
            {view
                .links
                .into_iter()
                .map(|link| {
                    let change = link
                        .previous
                        .map(|before| format!(" ({:+} since the reading before)", link.clicks as i64 - before as i64))
                        .unwrap_or_default();
                    view! {
                        <li>
                            <code>{link.url}</code>
                            {format!(" — {} clicks{change}", thousands(link.clicks))}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        <figure class="chart" id="clicks-over-time-chart" inner_html=over_time></figure>
    }
}
