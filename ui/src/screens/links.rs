//! Links: clicks per link at the latest reading against the one before, and total clicks
//! over time, from the history Spool stored.

use leptos::prelude::*;
use spool_charts::{draw_clicks_over_time, draw_link_clicks};
use spool_model::{ChartKind, Dataset, LinkClicksView, Locale};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::i18n::{t, tf};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};

/// The links screen of the account shown.
#[component]
pub fn LinksScreen() -> impl IntoView {
    let clicks = Load::history(bindings::link_clicks);
    view! {
        <HistoryScreen screen=Screen::Links>
            <Loaded load=clicks shown=|clicks| move || clicks.get().map(|view| view! { <Body view /> }) />
        </HistoryScreen>
    }
}

/// Clicks per link at the latest reading, and total clicks over time.
#[component]
fn Body(view: LinkClicksView) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let bars: Vec<(String, u64)> = view
        .links
        .iter()
        .map(|l| (l.url.clone(), l.clicks))
        .collect();
    let height = 60 + 44 * bars.len().max(2) as u32;
    let per_link = chart(
        Frame::id("link-clicks-chart"),
        height,
        ChartExport {
            chart: ChartKind::LinkClicks,
            range: None,
        },
        move |area, style| draw_link_clicks(area, &bars, style),
    );
    let readings = view.readings;
    let over_time = chart(
        Frame::id("clicks-over-time-chart"),
        ChartKind::ClicksOverTime.natural_size().1,
        ChartExport {
            chart: ChartKind::ClicksOverTime,
            range: None,
        },
        move |area, style| draw_clicks_over_time(area, &readings, style),
    );
    let window = match (view.since, view.until) {
        (Some(since), Some(until)) => tf(
            "links-window",
            &[
                ("since", locale.date(since).into()),
                ("until", locale.date(until).into()),
            ],
        ),
        _ => t("links-none"),
    };
    view! {
        <p class="range" id="links-window">{window}</p>
        {per_link}
        <ul class="link-list" id="link-list">
            {view
                .links
                .into_iter()
                .map(|link| {
                    let clicks = match link.previous {
                        Some(before) => {
                            let delta = i64::try_from(link.clicks).unwrap_or(i64::MAX)
                                - i64::try_from(before).unwrap_or(i64::MAX);
                            tf(
                                "links-clicks-change",
                                &[
                                    ("clicks", link.clicks.into()),
                                    ("change", locale.change(delta).into()),
                                ],
                            )
                        }
                        None => tf("links-clicks", &[("clicks", link.clicks.into())]),
                    };
                    view! {
                        <li>
                            <code>{link.url}</code>
                            {format!(" — {clicks}")}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {over_time}
        <DataExportBar dataset=Dataset::LinkClicks />
    }
}
