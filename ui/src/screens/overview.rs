//! The overview: a range, a card per metric with its change, profile views per day and
//! followers over time, all from the history Spool stored (so it works offline).

use leptos::prelude::*;
use spool_charts::{draw_followers, draw_profile_views};
use spool_model::{
    ChartKind, Comparison, Dataset, FollowerReading, Locale, MetricCard, Overview, RangeChoice,
};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::i18n::{t, tf};
use crate::screens::range::{RangeBar, describe_range};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};
use crate::session::Session;

/// The overview screen of the account shown.
#[component]
pub fn OverviewScreen() -> impl IntoView {
    // The range is the window's: the content insights follow the same one.
    let choice = Session::get().range;
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
            <RangeBar choice comparison=Some(comparison) shown />
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
                    let range = describe_range(&locale, o.range);
                    match o.compared {
                        Some(compared) => tf(
                            "overview-range-compared",
                            &[
                                ("range", range.into()),
                                ("compared", describe_range(&locale, compared).into()),
                            ],
                        ),
                        None => range,
                    }
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
    let change = card.change_percent().map(|percent| {
        let id = if percent >= 0.0 {
            "overview-change-up"
        } else {
            "overview-change-down"
        };
        tf(id, &[("percent", locale.decimal(percent.abs(), 0).into())])
    });
    let note = if metric.takes_range() {
        None
    } else {
        Some(t("overview-now"))
    };
    view! {
        <div class="card" data-metric=metric.api_name()>
            <span class="card-label">{t(metric.message_id())} {note.map(|n| view! { <span class="badge now">{n}</span> })}</span>
            <span class="card-value">{value}</span>
            <span class="card-change muted">{change.unwrap_or_else(|| t("overview-no-earlier-period"))}</span>
        </div>
    }
}
