//! The overview: a range, a card per metric with its change, profile views per day and
//! followers over time, all from the history Spool stored (so it works offline).

use chrono::NaiveDate;
use leptos::prelude::*;
use spool_charts::{draw_followers, draw_profile_views};
use spool_model::limits::INSIGHTS_FLOOR_DAY;
use spool_model::{
    ChartKind, Comparison, Dataset, DateRange, FollowerReading, Locale, MetricCard, Overview,
    RangeChoice, RangePreset, pacific,
};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};

/// Today in the account's calendar, from the browser's clock.
fn today() -> NaiveDate {
    let now =
        chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default();
    pacific::day_of(now)
}

/// The overview screen of the account shown.
#[component]
pub fn OverviewScreen() -> impl IntoView {
    let choice = RwSignal::new(RangeChoice::Preset {
        preset: RangePreset::Last30Days,
    });
    let comparison = RwSignal::new(Comparison::PreviousPeriod);
    let overview = Load::history(move || {
        let range = choice.get();
        let comparison = comparison.get();
        async move { bindings::overview(&range, &comparison).await }
    });
    // The days on screen: the picker's fields show them.
    let last = overview.last();
    let shown = Memo::new(move |_| last.with(|overview| overview.as_ref().map(|o| o.range)));
    // Built once while the overview is shown and following it: a change of range redraws the
    // charts on the canvases they have instead of building the screen again.
    view! {
        <HistoryScreen screen=Screen::Overview>
            <Presets choice />
            <Picker choice comparison shown />
            <Loaded
                load=overview
                shown=|overview| {
                    view! {
                        <Body overview />
                        <Followers overview />
                    }
                }
            />
        </HistoryScreen>
    }
}

/// The ranges offered with one click: the last 7, 30, 90 days and so on.
#[component]
fn Presets(choice: RwSignal<RangeChoice>) -> impl IntoView {
    let pressed = move |p: RangePreset| {
        move || (choice.get() == RangeChoice::Preset { preset: p }).to_string()
    };
    view! {
        <div class="presets" role="group" aria-label="Range">
            {RangePreset::ALL
                .into_iter()
                .map(|p| {
                    view! {
                        <button
                            class="preset"
                            aria-pressed=pressed(p)
                            on:click=move |_| {
                                crate::timing::range_changing();
                                choice.set(RangeChoice::Preset { preset: p });
                            }
                        >
                            {p.label()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Days picked by hand, checked by the API's rules from spool-model before anything is asked,
/// and what the cards compare with. Its fields show the days on screen (`shown`), however
/// they were chosen, so a preset's days are there to adjust.
#[component]
fn Picker(
    choice: RwSignal<RangeChoice>,
    comparison: RwSignal<Comparison>,
    shown: Memo<Option<DateRange>>,
) -> impl IntoView {
    let today = today();
    let since = RwSignal::new(String::new());
    let until = RwSignal::new(today.to_string());
    Effect::new(move |_| {
        if let Some(range) = shown.get() {
            // Only a field that changes is written: days just typed and applied stay as they
            // are, and the date inputs are not drawn again for nothing.
            for (field, day) in [(since, range.since()), (until, range.until())] {
                let day = day.to_string();
                if field.with_untracked(|text| *text != day) {
                    field.set(day);
                }
            }
        }
    });
    let refusal = RwSignal::new(None::<String>);
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parse = |text: String| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        let (Some(from), Some(to)) = (parse(since.get()), parse(until.get())) else {
            refusal.set(Some(
                "Enter both days as YYYY-MM-DD, or pick them.".to_owned(),
            ));
            return;
        };
        match DateRange::new(from, to, today) {
            Ok(range) => {
                refusal.set(None);
                crate::timing::range_changing();
                choice.set(RangeChoice::Custom {
                    since: range.since(),
                    until: range.until(),
                });
            }
            Err(error) => refusal.set(Some(error.to_string())),
        }
    };
    let compare = move |ev: leptos::ev::Event| {
        comparison.set(if event_target_value(&ev) == "year" {
            Comparison::YearEarlier
        } else {
            Comparison::PreviousPeriod
        });
    };
    view! {
        // The rules are spool-model's, with their reasons: the browser's own checks would only block.
        <form class="inline-form picker" novalidate on:submit=apply>
            <label>
                "From"
                <input id="range-since" type="date" min=INSIGHTS_FLOOR_DAY.to_string()
                    max=today.to_string() bind:value=since />
            </label>
            <label>
                "To"
                <input id="range-until" type="date" min=INSIGHTS_FLOOR_DAY.to_string()
                    max=today.to_string() bind:value=until />
            </label>
            <button type="submit" id="apply-range">"Show"</button>
            <label>
                "Compare with"
                <select id="compare" on:change=compare>
                    <option value="previous">"the period before"</option>
                    <option value="year">"the same days a year earlier"</option>
                </select>
            </label>
        </form>
        {move || refusal.get().map(|text| view! { <p class="notice error" id="picker-refusal">{text}</p> })}
        <p class="muted picker-note">
            {format!(
                "Days before {} cannot be picked: Threads keeps no insights before then. ",
                expect_context::<Locale>().date(INSIGHTS_FLOOR_DAY)
            )}
            "Followers are always as of now: Threads gives only the current count."
        </p>
    }
}

/// The range, cards and profile views of the overview on screen, following it as it changes.
#[component]
fn Body(overview: Memo<Option<Overview>>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let range = Signal::derive(move || {
        overview.with(|overview| {
            overview.as_ref().map(|o| RangeChoice::Custom {
                since: o.range.since(),
                until: o.range.until(),
            })
        })
    });
    // Once the chart below is drawn again.
    Effect::new(move |_| {
        if let Some(days) = overview.with(|overview| overview.as_ref().map(|o| o.range.days())) {
            crate::timing::range_shown(days);
        }
    });
    let views_export = Signal::derive(move || ChartExport {
        chart: ChartKind::ProfileViews,
        range: range.get(),
    });
    let views_chart = chart(
        Frame::id("profile-views-chart"),
        ChartKind::ProfileViews.natural_size().1,
        views_export,
        move |area, style| {
            overview.with(|overview| match overview {
                Some(overview) => draw_profile_views(area, &overview.profile_views, style),
                None => Ok(Vec::new()),
            })
        },
    );
    let described = {
        let locale = locale.clone();
        move || {
            overview.with(|overview| {
                overview.as_ref().map(|o| {
                    let compared = o
                        .compared
                        .map(|c| format!(" · compared with {}", describe_range(&locale, c)));
                    format!(
                        "{}{}",
                        describe_range(&locale, o.range),
                        compared.unwrap_or_default()
                    )
                })
            })
        }
    };
    let cards = move || {
        overview.with(|overview| {
            overview
                .as_ref()
                .map(|o| o.cards.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <p class="range" id="overview-range">{described}</p>
        <div class="cards">
            {move || cards().into_iter().map(|card| view! { <Card card /> }).collect_view()}
        </div>
        {views_chart}
        <DataExportBar dataset=Dataset::ProfileViews range />
    }
}

/// Followers at every sync, whatever the range: drawn again when they change (after a sync,
/// for another account), not at every change of range.
#[component]
fn Followers(overview: Memo<Option<Overview>>) -> impl IntoView {
    let followers = Memo::new(move |_| {
        overview.with(|overview| overview.as_ref().map(|o| o.followers.clone()))
    });
    move || {
        followers
            .get()
            .map(|followers| view! { <FollowersChart followers /> })
    }
}

/// The chart of followers at every sync, and its data's export.
#[component]
fn FollowersChart(followers: Vec<FollowerReading>) -> impl IntoView {
    let export = ChartExport {
        chart: ChartKind::Followers,
        range: None,
    };
    view! {
        {chart(
            Frame::id("followers-chart"),
            ChartKind::Followers.natural_size().1,
            export,
            move |area, style| draw_followers(area, &followers, style),
        )}
        <DataExportBar dataset=Dataset::Followers />
    }
}

/// A metric over the range, with its change since the period compared with.
#[component]
fn Card(card: MetricCard) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let metric = card.metric;
    let value = card
        .value
        .map_or_else(|| "—".to_owned(), |v| locale.number(v));
    let change = match (card.value, card.previous) {
        (Some(now), Some(before)) if before > 0 => {
            let percent = (now as f64 - before as f64) * 100.0 / before as f64;
            let arrow = if percent >= 0.0 { "▲" } else { "▼" };
            Some(format!("{arrow} {} %", locale.decimal(percent.abs(), 0)))
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

/// A range as the overview says it: its first and last days.
fn describe_range(locale: &Locale, range: DateRange) -> String {
    format!(
        "{} – {}",
        locale.date(range.since()),
        locale.date(range.until())
    )
}
