//! What works: content insights over the window's range, from the posts published in it. Each
//! chart is drawn by `spool-charts` and exported like every other; each figure says how many
//! posts it stands on, and nothing is called best on fewer than the threshold it states.

use leptos::prelude::*;
use spool_charts::draw_insight;
use spool_model::insights::MINIMUM_POSTS;
use spool_model::{ChartKind, Dataset, Granularity, GroupBy, Insights, Locale, RangeChoice};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::screens::range::{RangeBar, describe_range};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};
use crate::session::Session;

/// The content insights screen of the account shown.
#[component]
pub fn InsightsScreen() -> impl IntoView {
    let choice = Session::get().range;
    let east = expect_context::<Locale>().utc_offset_minutes;
    let insights = Load::history(move || {
        let range = choice.get();
        async move { bindings::insights(&range, east).await }
    });
    let last = insights.last();
    let shown = Memo::new(move |_| last.with(|insights| insights.as_ref().map(|i| i.range)));
    view! {
        <HistoryScreen screen=Screen::Insights>
            <RangeBar choice comparison=None shown />
            <Loaded load=insights shown=|insights| view! { <Body insights /> } />
        </HistoryScreen>
    }
}

/// The insights on screen, following them as the range changes.
#[component]
fn Body(insights: Memo<Option<Insights>>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let range = Signal::derive(move || {
        insights.with(|insights| {
            insights.as_ref().map(|i| RangeChoice::Custom {
                since: i.range.since(),
                until: i.range.until(),
            })
        })
    });
    let summary = move || {
        insights.with(|insights| {
            insights.as_ref().map(|i| {
                format!(
                    "{} · {} with views published in these days: every figure below stands on them.",
                    describe_range(&locale, i.range),
                    posts(&locale, i.posts),
                )
            })
        })
    };
    let granularity = RwSignal::new(Granularity::Day);
    let group_by = RwSignal::new(GroupBy::Format);
    let figure = move |id: &'static str, chart_kind: Signal<ChartKind>| {
        let export = Signal::derive(move || ChartExport {
            chart: chart_kind.get(),
            range: range.get(),
        });
        let height = chart_kind.with_untracked(|kind| kind.natural_size().1);
        chart(Frame::id(id), height, export, move |area, style| {
            chart_kind.with(|kind| {
                insights.with(|insights| match insights {
                    Some(insights) => draw_insight(area, insights, kind, style),
                    None => Ok(Vec::new()),
                })
            })
        })
    };
    let fixed = |kind: ChartKind| Signal::derive(move || kind.clone());
    view! {
        <p class="range" id="insights-range">{summary}</p>
        <p class="muted">
            {format!(
                "Engagement rate is per post view: the likes, replies, reposts and quotes of these posts over their views. \
                 A group is ranked only on {MINIMUM_POSTS} posts or more. Views and shares are marked \"in development\" by Meta."
            )}
        </p>

        <h2>"Top posts against your normal"</h2>
        {figure("top-posts-chart", fixed(ChartKind::TopPosts))}
        {figure("quality-map-chart", fixed(ChartKind::QualityMap))}
        <DataExportBar dataset=Dataset::PostInsights range />

        <h2>"Engagement over time"</h2>
        <Choices
            label="Bars per"
            id="granularity"
            options=Granularity::ALL.map(|g| (g, g.unit()))
            chosen=granularity
        />
        {figure(
            "engagement-chart",
            Signal::derive(move || ChartKind::Engagement { granularity: granularity.get() }),
        )}
        <DataExportBar dataset=Dataset::Engagement range />

        <h2>"What to post"</h2>
        <Choices
            label="By"
            id="group-by"
            options=GroupBy::ALL.map(|by| (by, by.label()))
            chosen=group_by
        />
        {figure(
            "what-to-post-chart",
            Signal::derive(move || ChartKind::WhatToPost { by: group_by.get() }),
        )}
        <DataExportBar dataset=Dataset::WhatToPost range />

        <h2>"Posting rhythm"</h2>
        {figure("posting-calendar-chart", fixed(ChartKind::PostingCalendar))}
        {figure("posting-frequency-chart", fixed(ChartKind::PostingFrequency))}

        <h2>"Words and topics that travel"</h2>
        {figure("words-chart", fixed(ChartKind::Words))}
        <DataExportBar dataset=Dataset::Words range />

        <h2>"Conversation starters"</h2>
        {figure("conversation-chart", fixed(ChartKind::ConversationStarters))}
    }
}

/// "1 post", "12 posts".
fn posts(locale: &Locale, count: u32) -> String {
    match count {
        1 => "1 post".to_owned(),
        n => format!("{} posts", locale.number(u64::from(n))),
    }
}

/// A row of buttons choosing one of `options`, the chosen one pressed.
#[component]
fn Choices<T, const N: usize>(
    label: &'static str,
    id: &'static str,
    options: [(T, &'static str); N],
    chosen: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    view! {
        <div class="presets" role="group" aria-label=label id=id>
            <span class="muted">{label}</span>
            {options
                .into_iter()
                .map(|(option, name)| {
                    view! {
                        <button
                            class="preset"
                            data-choice=name
                            aria-pressed=move || (chosen.get() == option).to_string()
                            on:click=move |_| chosen.set(option)
                        >
                            {name}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
