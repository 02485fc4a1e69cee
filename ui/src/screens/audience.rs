//! The audience: followers by country, city, age and gender at the latest reading, with each
//! value's change since the reading before; below 100 followers, why there is nothing.

use leptos::prelude::*;
use spool_charts::{draw_demographics, segment_name};
use spool_model::limits::DEMOGRAPHICS_MIN_FOLLOWERS;
use spool_model::{Audience, AudienceBreakdown, ChartKind, Dataset, Locale};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};

/// The audience screen of the account shown.
#[component]
pub fn AudienceScreen() -> impl IntoView {
    let audience = Load::history(bindings::audience);
    view! {
        <HistoryScreen screen=Screen::Audience>
            <Loaded
                load=audience
                shown=|audience| move || audience.get().map(|audience| view! { <Body audience /> })
            />
        </HistoryScreen>
    }
}

/// The audience at its latest reading, or why there is none.
#[component]
fn Body(audience: Audience) -> impl IntoView {
    if audience.below_minimum {
        let followers = audience.followers.unwrap_or(0);
        return view! {
            <div class="empty-state" id="audience-gate">
                <p class="empty-title">
                    {format!(
                        "Threads shows who your followers are from {DEMOGRAPHICS_MIN_FOLLOWERS} followers on."
                    )}
                </p>
                <p>
                    {format!(
                        "This account has {} followers. Spool reads countries, cities, ages and genders at the first sync after it reaches {DEMOGRAPHICS_MIN_FOLLOWERS}.",
                        expect_context::<Locale>().number(followers)
                    )}
                </p>
            </div>
        }
        .into_any();
    }
    if audience.breakdowns.is_empty() {
        return view! {
            <div class="empty-state">
                <p class="empty-title">"No audience reading yet."</p>
                <p>"Spool reads followers by country, city, age and gender at every sync."</p>
            </div>
        }
        .into_any();
    }
    view! {
        <div class="audience-grid">
            {audience
                .breakdowns
                .into_iter()
                .map(|breakdown| view! { <Breakdown breakdown /> })
                .collect_view()}
        </div>
        <DataExportBar dataset=Dataset::Demographics />
    }
    .into_any()
}

/// Followers by one breakdown (country, city, age or gender), and what changed since the
/// reading before.
#[component]
fn Breakdown(breakdown: AudienceBreakdown) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let frame = Frame {
        id: None,
        breakdown: Some(breakdown.breakdown.api_name()),
    };
    let changes: Vec<String> = breakdown
        .segments
        .iter()
        .filter_map(|s| {
            s.change.filter(|c| *c != 0).map(|c| {
                let name = segment_name(breakdown.breakdown, &s.key);
                format!("{name} {}", locale.change(c))
            })
        })
        .take(6)
        .collect();
    let since = locale.date(locale.local_day(breakdown.taken_at));
    let export = ChartExport {
        chart: ChartKind::Audience {
            breakdown: breakdown.breakdown,
        },
        range: None,
    };
    let height = export.chart.natural_size().1;
    let drawn = chart(frame, height, export, move |area, style| {
        draw_demographics(area, &breakdown, style)
    });
    view! {
        <div class="breakdown">
        {drawn}
        <p class="muted change-line">
            {if changes.is_empty() {
                format!("Read {since}; no change since the reading before (or none before).")
            } else {
                format!("Read {since}. Since the reading before: {}", changes.join(", "))
            }}
        </p>
        </div>
    }
}
