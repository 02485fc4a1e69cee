//! The audience: followers by country, city, age and gender at the latest reading, with each
//! value's change since the reading before; below 100 followers, why there is nothing.

use leptos::prelude::*;
use spool_charts::{draw_demographics, segment_message_id};
use spool_model::limits::DEMOGRAPHICS_MIN_FOLLOWERS;
use spool_model::{Audience, AudienceBreakdown, ChartKind, Dataset, Locale};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::i18n::{t, tf};
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
                    {tf("audience-gate-title", &[("minimum", DEMOGRAPHICS_MIN_FOLLOWERS.into())])}
                </p>
                <p>
                    {tf(
                        "audience-gate-body",
                        &[
                            ("followers", followers.into()),
                            ("minimum", DEMOGRAPHICS_MIN_FOLLOWERS.into()),
                        ],
                    )}
                </p>
            </div>
        }
        .into_any();
    }
    if audience.breakdowns.is_empty() {
        return view! {
            <div class="empty-state">
                <p class="empty-title">{t("audience-none")}</p>
                <p>{t("audience-none-note")}</p>
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
                let name = segment_message_id(breakdown.breakdown, &s.key)
                    .map_or_else(|| s.key.clone(), t);
                tf(
                    "audience-segment-change",
                    &[
                        ("segment", name.into()),
                        ("change", locale.change(c).into()),
                    ],
                )
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
                tf("audience-read-unchanged", &[("day", since.into())])
            } else {
                tf(
                    "audience-read-changes",
                    &[
                        ("day", since.into()),
                        ("changes", changes.join(&t("list-separator")).into()),
                    ],
                )
            }}
        </p>
        </div>
    }
}
