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
use crate::i18n::{t, tf};
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
                tf(
                    "insights-summary",
                    &[
                        ("range", describe_range(&locale, i.range).into()),
                        ("posts", i.posts.into()),
                    ],
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
            {tf("insights-note", &[("minimum", MINIMUM_POSTS.into())])}
        </p>

        <h2>{t("insights-top-posts")}</h2>
        {figure("top-posts-chart", fixed(ChartKind::TopPosts))}
        {figure("quality-map-chart", fixed(ChartKind::QualityMap))}
        <DataExportBar dataset=Dataset::PostInsights range />

        <h2>{t("insights-engagement")}</h2>
        <Choices
            label=t("insights-bars-per")
            id="granularity"
            options=Granularity::ALL.map(|g| (g, g.unit(), t(granularity_id(g))))
            chosen=granularity
        />
        {figure(
            "engagement-chart",
            Signal::derive(move || ChartKind::Engagement { granularity: granularity.get() }),
        )}
        <DataExportBar dataset=Dataset::Engagement range />

        <h2>{t("insights-what-to-post")}</h2>
        <Choices
            label=t("insights-group-by")
            id="group-by"
            options=GroupBy::ALL.map(|by| (by, by.file_stem(), t(by.message_id())))
            chosen=group_by
        />
        {figure(
            "what-to-post-chart",
            Signal::derive(move || ChartKind::WhatToPost { by: group_by.get() }),
        )}
        <DataExportBar dataset=Dataset::WhatToPost range />

        <h2>{t("insights-rhythm")}</h2>
        {figure("posting-calendar-chart", fixed(ChartKind::PostingCalendar))}
        {figure("posting-frequency-chart", fixed(ChartKind::PostingFrequency))}

        <h2>{t("insights-words")}</h2>
        {figure("words-chart", fixed(ChartKind::Words))}
        <DataExportBar dataset=Dataset::Words range />

        <h2>{t("insights-conversation")}</h2>
        {figure("conversation-chart", fixed(ChartKind::ConversationStarters))}
    }
}

/// The catalogue's name of the unit a bar of the engagement chart stands for.
fn granularity_id(granularity: Granularity) -> &'static str {
    match granularity {
        Granularity::Day => "insights-granularity-day",
        Granularity::Week => "insights-granularity-week",
        Granularity::Month => "insights-granularity-month",
    }
}

/// A row of buttons choosing one of `options` (each a value, a name that stays the same in
/// every language, and its words), the chosen one pressed.
#[component]
fn Choices<T, const N: usize>(
    label: String,
    id: &'static str,
    options: [(T, &'static str, String); N],
    chosen: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let aria_label = label.clone();
    view! {
        <div class="presets" role="group" aria-label=aria_label id=id>
            <span class="muted">{label}</span>
            {options
                .into_iter()
                .map(|(option, name, words)| {
                    view! {
                        <button
                            class="preset"
                            data-choice=name
                            aria-pressed=move || (chosen.get() == option).to_string()
                            on:click=move |_| chosen.set(option)
                        >
                            {words}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}
