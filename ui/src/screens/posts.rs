//! The posts: a table to sort and filter, and each post's page with its growth since it was
//! published, from the history Spool stored.

use std::sync::Arc;

use chrono::Datelike;
use leptos::prelude::*;
use spool_charts::{draw_best_times, draw_post_growth};
use spool_model::{
    ChartKind, Dataset, Locale, MediaType, OnTrack, PostDetail, PostMetric, PostMetrics, PostRow,
};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::{ChartExport, DataExportBar};
use crate::i18n::{t, tf};
use crate::row_window::{DEFAULT_VIEWPORT, OVERSCAN, ROW_HEIGHT, RowWindow};
use crate::screens::{Load, Loaded, Screen};
use crate::session::Session;
use crate::sync::SyncPanel;

/// A column the table sorts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SortBy {
    Date,
    Metric(PostMetric),
    Engagement,
}

/// The posts screen of the account shown.
#[component]
pub fn PostsScreen() -> impl IntoView {
    // A post another screen opened, if any, shown first.
    let session = Session::get();
    let selected = RwSignal::new(session.post_to_open.try_update(Option::take).flatten());
    // And one opened while this screen is shown (from the command palette).
    Effect::new(move |_| {
        session.post_to_open.track();
        if let Some(id) = session
            .post_to_open
            .try_update_untracked(Option::take)
            .flatten()
        {
            selected.set(Some(id));
        }
    });
    // Loaded here, not in the table: going back from a post's page shows the rows it has.
    // Shared, not copied: the last answer kept, the table and its rows all read the one list
    // of (up to tens of thousands of) posts.
    let rows = Load::history(|| async { bindings::posts().await.map(Arc::new) });
    view! {
        <section class="screen" data-screen=Screen::Posts.id()>
            <h1>{Screen::Posts.label()}</h1>
            {move || match selected.get() {
                Some(id) => view! { <PostPage id selected /> }.into_any(),
                None => view! {
                    <BestTimesChart />
                    <Loaded
                        load=rows
                        shown=move |rows| move || rows.get().map(|rows| {
                            crate::timing::work_until_queued_done("posts table built");
                            view! { <Table rows selected /> }
                        })
                    />
                    <SyncPanel />
                }
                .into_any(),
            }}
        </section>
    }
}

/// Median views by weekday and hour, in the user's time zone.
#[component]
fn BestTimesChart() -> impl IntoView {
    let east = expect_context::<Locale>().utc_offset_minutes;
    let times = Load::history(move || bindings::best_times(east));
    view! {
        // Quiet while it loads: the table below says "Loading…".
        <Loaded load=times quiet=true shown=|times| move || times.get().filter(|times| !times.slots.is_empty()).map(|times| {
            let export = ChartExport {
                chart: ChartKind::BestTimes,
                range: None,
            };
            let drawn = chart(
                Frame::id("best-times-chart"),
                ChartKind::BestTimes.natural_size().1,
                export,
                move |area, style| draw_best_times(area, &times, style),
            );
            view! {
                <h2>{t("posts-best-times")}</h2>
                {drawn}
            }
        }) />
    }
}

/// The media types the type filter offers.
const FILTER_TYPES: [MediaType; 6] = [
    MediaType::TextPost,
    MediaType::Image,
    MediaType::Video,
    MediaType::CarouselAlbum,
    MediaType::Audio,
    MediaType::RepostFacade,
];

/// A post's media type as the type filter knows it, in every language (its option's value).
fn type_key(media: MediaType) -> &'static str {
    match media {
        MediaType::TextPost => "Text",
        MediaType::Image => "Image",
        MediaType::Video => "Video",
        MediaType::CarouselAlbum => "Carousel",
        MediaType::Audio => "Audio",
        MediaType::RepostFacade => "Repost",
        MediaType::Unknown => "Other",
    }
}

/// What the table calls a post's media type, in its Type column and filter.
fn type_label(media: MediaType) -> String {
    t(match media {
        MediaType::TextPost => "posts-type-text",
        MediaType::Image => "posts-type-image",
        MediaType::Video => "posts-type-video",
        MediaType::CarouselAlbum => "posts-type-carousel",
        MediaType::Audio => "posts-type-audio",
        MediaType::RepostFacade => "posts-type-repost",
        MediaType::Unknown => "posts-type-other",
    })
}

/// A post's value of `metric`, where Threads gave one.
fn metric_of(metrics: &PostMetrics, metric: PostMetric) -> Option<u64> {
    match metric {
        PostMetric::Views => metrics.views,
        PostMetric::Likes => metrics.likes,
        PostMetric::Replies => metrics.replies,
        PostMetric::Reposts => metrics.reposts,
        PostMetric::Quotes => metrics.quotes,
        PostMetric::Shares => metrics.shares,
    }
}

/// A metric's column heading.
fn metric_label(metric: PostMetric) -> String {
    t(match metric {
        PostMetric::Views => "posts-metric-views",
        PostMetric::Likes => "posts-metric-likes",
        PostMetric::Replies => "posts-metric-replies",
        PostMetric::Reposts => "posts-metric-reposts",
        PostMetric::Quotes => "posts-metric-quotes",
        PostMetric::Shares => "posts-metric-shares",
    })
}

/// Where a young post stands: "2.4× your typical post at 6 h".
pub fn on_track_text(track: &OnTrack) -> String {
    tf(
        "on-track",
        &[
            ("multiple", track.multiple.into()),
            ("age", age_text(track.age_hours).into()),
        ],
    )
}

/// A post's age as its checkpoints name it: "6 h", "3 days".
pub fn age_text(hours: u32) -> String {
    if hours >= 48 && hours.is_multiple_of(24) {
        tf("age-days", &[("days", (hours / 24).into())])
    } else {
        tf("age-hours", &[("hours", hours.into())])
    }
}

/// The start of a post's text, for its row (and the command palette's).
pub(crate) fn excerpt(text: Option<&str>) -> String {
    spool_model::excerpt(text, 70)
}

/// Every post of the account shown, filtered and sorted as the user chooses, and its export.
#[component]
fn Table(rows: Arc<Vec<PostRow>>, selected: RwSignal<Option<String>>) -> impl IntoView {
    let filter = RwSignal::new(String::new());
    let kind = RwSignal::new(String::from("all"));
    let sort = RwSignal::new(SortBy::Date);
    let descending = RwSignal::new(true);
    let total = rows.len();
    let rows = StoredValue::new(rows);
    // The rows shown, as indices into `rows`, filtered and sorted: computed once per change of
    // the filter or the order, not once per scroll.
    let shown = Memo::new(move |_| {
        let needle = filter.get().to_lowercase();
        let (kind, by, descending) = (kind.get(), sort.get(), descending.get());
        crate::timing::work(
            || "posts ordered".to_owned(),
            || rows.with_value(|rows| order(rows, &needle, &kind, by, descending)),
        )
    });
    view! {
        <TableTools filter kind shown total />
        <PostRows rows shown sort descending selected />
        <p class="muted">{t("posts-in-development-note")}</p>
        <DataExportBar dataset=Dataset::Posts />
    }
}

/// The indices of the `rows` whose text holds `needle` (in lower case) and whose type is
/// `kind` (its [`type_key`], "all" for any), sorted by `by`.
fn order(rows: &[PostRow], needle: &str, kind: &str, by: SortBy, descending: bool) -> Vec<usize> {
    let mut list: Vec<usize> = rows
        .iter()
        .enumerate()
        .filter(|(_, r)| {
            needle.is_empty()
                || r.post
                    .text
                    .as_deref()
                    .unwrap_or("")
                    .to_lowercase()
                    .contains(needle)
        })
        .filter(|(_, r)| kind == "all" || type_key(r.post.media_type) == kind)
        .map(|(i, _)| i)
        .collect();
    let key = |r: &PostRow| -> f64 {
        match by {
            SortBy::Date => r.post.published_at.timestamp() as f64,
            SortBy::Metric(m) => r
                .metrics
                .as_ref()
                .and_then(|x| metric_of(x, m))
                .map_or(-1.0, |v| v as f64),
            SortBy::Engagement => r.engagement_rate.unwrap_or(-1.0),
        }
    };
    list.sort_by(|&a, &b| {
        key(&rows[a])
            .partial_cmp(&key(&rows[b]))
            .unwrap_or(std::cmp::Ordering::Equal)
    });
    if descending {
        list.reverse();
    }
    list
}

/// The table's filters, by text and by type, and how many posts they let through.
#[component]
fn TableTools(
    filter: RwSignal<String>,
    kind: RwSignal<String>,
    shown: Memo<Vec<usize>>,
    total: usize,
) -> impl IntoView {
    view! {
        <div class="table-tools">
            <label>
                <span class="visually-hidden">{t("posts-filter-label")}</span>
                <input id="post-filter" placeholder=t("posts-filter-placeholder") bind:value=filter />
            </label>
            <label>
                <span class="visually-hidden">{t("posts-filter-type")}</span>
                <select id="post-type" on:change=move |ev| kind.set(event_target_value(&ev))>
                    <option value="all">{t("posts-filter-all-types")}</option>
                    {FILTER_TYPES
                        .into_iter()
                        .map(|m| view! { <option value=type_key(m)>{type_label(m)}</option> })
                        .collect_view()}
                </select>
            </label>
            <span class="muted" id="post-count">
                {move || {
                    tf(
                        "posts-count",
                        &[("shown", shown.with(Vec::len).into()), ("total", total.into())],
                    )
                }}
            </span>
        </div>
    }
}

/// The posts table: its sorting headings and the rows `shown`, of which only those in view
/// (and a few either side) are in the page; spacers stand in for the rest, so 10,000 posts
/// scroll as smoothly as 10.
#[component]
fn PostRows(
    rows: StoredValue<Arc<Vec<PostRow>>>,
    shown: Memo<Vec<usize>>,
    sort: RwSignal<SortBy>,
    descending: RwSignal<bool>,
    selected: RwSignal<Option<String>>,
) -> impl IntoView {
    let scroller = NodeRef::<leptos::html::Div>::new();
    let scroll_top = RwSignal::new(0.0_f64);
    let viewport = RwSignal::new(DEFAULT_VIEWPORT);
    // The rows beyond the view come a frame after those in it: the screen's first frame builds
    // and lays out half the rows, so the table shows sooner and no frame carries them all.
    let overscan = RwSignal::new(0);
    let measure = move || {
        if let Some(div) = scroller.get_untracked() {
            scroll_top.set(f64::from(div.scroll_top()));
            let height = f64::from(div.client_height());
            if height > 0.0 {
                viewport.set(height);
            }
        }
    };
    // Measured at the next frame, not as soon as the table is in the page: reading the view's
    // height then would lay out the page in the middle of building it, and the rows it adds
    // would be laid out again, all in one long frame. Until then the default height serves.
    Effect::new(move |_| {
        if scroller.get().is_some() {
            request_animation_frame(move || {
                measure();
                overscan.set(OVERSCAN);
            });
        }
    });
    let window = Memo::new(move |_| {
        RowWindow::of(
            shown.with(Vec::len),
            scroll_top.get(),
            viewport.get(),
            ROW_HEIGHT,
            overscan.get(),
        )
    });
    let on_scroll = move |_| {
        // The rows the page holds, counted in the page itself.
        crate::timing::posts_scrolled(|| {
            document()
                .query_selector_all("#posts-table tbody:not(.spacer) tr")
                .map_or(0, |rows| rows.length() as usize)
        });
        measure();
    };
    let visible = move || {
        let window = window.get();
        shown.with(|list| list[window.start..window.end].to_vec())
    };
    view! {
        <div class="posts-scroll" node_ref=scroller on:scroll=on_scroll>
            <table class="posts" id="posts-table" aria-rowcount=move || shown.with(Vec::len) + 1>
                <thead>
                    <tr>
                        <th class="post-text">{t("posts-column-post")}</th>
                        <th class="post-type">{t("posts-column-type")}</th>
                        <SortHeader label=t("posts-column-date") by=SortBy::Date sort descending />
                        {PostMetric::ALL
                            .into_iter()
                            .map(|m| view! { <SortHeader label=metric_label(m) by=SortBy::Metric(m) sort descending /> })
                            .collect_view()}
                        <SortHeader label=t("posts-column-engagement") by=SortBy::Engagement sort descending />
                    </tr>
                </thead>
                // The spacers sit in tbodies of their own, so the rows' tbody holds rows only.
                <tbody class="spacer" aria-hidden="true">
                    <tr>
                        <td colspan="10" style:height=move || format!("{}px", window.get().space_above(ROW_HEIGHT))></td>
                    </tr>
                </tbody>
                <tbody>
                    <For
                        each=visible
                        key=|&index| index
                        children=move |index| {
                            let row = rows.with_value(|rows| rows[index].clone());
                            view! { <Row row selected /> }
                        }
                    />
                </tbody>
                <tbody class="spacer" aria-hidden="true">
                    <tr>
                        <td colspan="10" style:height=move || format!("{}px", window.get().space_below(ROW_HEIGHT))></td>
                    </tr>
                </tbody>
            </table>
        </div>
    }
}

/// A column's heading: sorts the table by the column (most first, then least first on a
/// second click) and says how the table is sorted.
#[component]
fn SortHeader(
    label: String,
    by: SortBy,
    sort: RwSignal<SortBy>,
    descending: RwSignal<bool>,
) -> impl IntoView {
    let choose = move |_| {
        if sort.get() == by {
            descending.update(|d| *d = !*d);
        } else {
            sort.set(by);
            descending.set(true);
        }
    };
    let state = move || match (sort.get() == by, descending.get()) {
        (true, true) => "descending",
        (true, false) => "ascending",
        _ => "none",
    };
    view! {
        <th aria-sort=state>
            <button class="sort" on:click=choose>{label}</button>
        </th>
    }
}

/// A post's row: its text (opening its page), type, date and metrics.
#[component]
fn Row(row: PostRow, selected: RwSignal<Option<String>>) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let id = row.post.id.clone();
    // This year's posts without the year: the text, not the date, needs the width.
    let day = locale.local_day(row.post.published_at);
    let date = if day.year() == crate::screens::range::today().year() {
        locale.day_month(day)
    } else {
        locale.date(day)
    };
    let cells = match &row.metrics {
        None if row.post.is_repost() => view! {
            <td colspan="7" class="muted">{t("posts-repost-row")}</td>
        }
        .into_any(),
        None => view! { <td colspan="7" class="muted">{t("posts-not-read")}</td> }.into_any(),
        Some(metrics) => {
            let metrics = *metrics;
            view! {
                {PostMetric::ALL
                    .into_iter()
                    .map(|m| view! { <td class="number">{metric_of(&metrics, m).map_or("—".to_owned(), |v| locale.number(v))}</td> })
                    .collect_view()}
                <td class="number">{row.engagement_rate.map_or("—".to_owned(), |r| tf("posts-engagement-rate", &[("rate", locale.decimal(r, 1).into())]))}</td>
            }
            .into_any()
        }
    };
    let marker = id.clone();
    let track = row.on_track.map(|track| {
        let full = on_track_text(&track);
        // Compact, so the text keeps its width: the multiple, the age small beside it; the
        // whole sentence on hover and for screen readers.
        let multiple = tf(
            "posts-track-multiple",
            &[("multiple", locale.decimal(track.multiple, 1).into())],
        );
        let age = age_text(track.age_hours);
        view! {
            <span class="badge track" title=full.clone() aria-label=full>
                {multiple}<small aria-hidden="true">{age}</small>
            </span>
        }
    });
    let text = row.post.text.clone().unwrap_or_default();
    view! {
        <tr data-post=marker class="post-row">
            <td class="post-text" title=text>
                <button
                    class="link"
                    on:click=move |_| {
                        crate::timing::screen_changing("post");
                        selected.set(Some(id.clone()));
                    }
                >
                    {track}
                    {excerpt(row.post.text.as_deref())}
                </button>
            </td>
            <td>{type_label(row.post.media_type)}</td>
            <td class="nowrap">{date}</td>
            {cells}
        </tr>
    }
}

/// A post's page, from the list of posts (`selected` is the post shown).
#[component]
fn PostPage(id: String, selected: RwSignal<Option<String>>) -> impl IntoView {
    let detail = Load::new(move || {
        let id = id.clone();
        async move { bindings::post_detail(&id).await }
    });
    view! {
        <button class="back" on:click=move |_| selected.set(None)>{t("posts-back")}</button>
        <Loaded load=detail shown=|detail| move || detail.get().map(|detail| view! { <PostBody detail /> }) />
    }
}

/// A post: its text, its metrics, how its views grew since it was published, and a way to
/// open it on Threads.
#[component]
fn PostBody(detail: PostDetail) -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<Locale>();
    let post = detail.row.post.clone();
    let (published_at, growth, typical) = (post.published_at, detail.growth, detail.typical);
    let standing = detail.row.on_track.map(|track| on_track_text(&track));
    let export = ChartExport {
        chart: ChartKind::PostGrowth {
            post_id: post.id.clone(),
        },
        range: None,
    };
    let growth_chart = chart(
        Frame::id("post-growth-chart"),
        export.chart.natural_size().1,
        export,
        move |area, style| draw_post_growth(area, published_at, &growth, &typical, style),
    );
    let open = session.action(
        |id: &String| {
            let id = id.clone();
            async move { bindings::open_post(&id).await }
        },
        |()| {},
    );
    let opening = open.pending();
    let id = post.id.clone();
    let metrics = detail.row.metrics.map(|metrics| {
        PostMetric::ALL
            .into_iter()
            .map(|m| {
                view! {
                    <div class="card" data-metric=m.api_name()>
                        <span class="card-label">
                            {metric_label(m)}
                            {m.in_development().then(|| view! { <span class="badge now">{t("posts-in-development")}</span> })}
                        </span>
                        <span class="card-value">{metric_of(&metrics, m).map_or("—".to_owned(), |v| locale.number(v))}</span>
                    </div>
                }
            })
            .collect_view()
    });
    view! {
        <article class="post-page" id="post-page">
            <p class="post-text">{post.text.clone().unwrap_or_else(|| t("posts-no-text"))}</p>
            <p class="muted">
                {tf(
                    "posts-published",
                    &[
                        ("type", type_label(post.media_type).into()),
                        ("when", locale.date_time(post.published_at).into()),
                    ],
                )}
            </p>
            {if post.is_repost() {
                view! { <p>{t("posts-repost-page")}</p> }.into_any()
            } else {
                view! {
                    <div class="cards">{metrics}</div>
                    {standing.map(|text| view! { <p class="standing" id="post-standing">{text}</p> })}
                    {growth_chart}
                }
                .into_any()
            }}
            {if post.permalink.is_some() {
                view! {
                    <button
                        id="open-post"
                        disabled=move || opening.get()
                        on:click=move |_| {
                            open.dispatch(id.clone());
                        }
                    >
                        {t("posts-open-on-threads")}
                    </button>
                }
                .into_any()
            } else {
                view! { <p class="muted">{t("posts-no-address")}</p> }.into_any()
            }}
        </article>
    }
}
