//! The history's screens: computed from what Spool stored, so they work offline.

use spool_model::{
    Audience, BestTimes, Comparison, Insights, LinkClicksView, Overview, PostDetail, PostRow,
    RangeChoice, Today,
};
use tauri::State;

use super::{Answer, Service, answer};

/// The overview of the account shown over `range`, compared as `comparison` says. A custom
/// range is checked against the API's rules.
#[tauri::command]
#[specta::specta]
pub async fn overview(
    spool: State<'_, Service>,
    range: RangeChoice,
    comparison: Comparison,
) -> Answer<Overview> {
    answer(
        &spool,
        "reading the overview",
        spool.overview(range, comparison),
    )
    .await
}

/// The audience of the account shown at its latest readings.
#[tauri::command]
#[specta::specta]
pub async fn audience(spool: State<'_, Service>) -> Answer<Audience> {
    answer(&spool, "reading the audience", spool.audience()).await
}

/// Every stored post of the account shown, newest first, with its latest metrics.
#[tauri::command]
#[specta::specta]
pub async fn posts(spool: State<'_, Service>) -> Answer<Vec<PostRow>> {
    answer(&spool, "reading the posts", spool.posts()).await
}

/// One post of the account shown, with its growth from every reading.
#[tauri::command]
#[specta::specta]
pub async fn post_detail(spool: State<'_, Service>, post_id: String) -> Answer<PostDetail> {
    answer(&spool, "reading the post", spool.post_detail(post_id)).await
}

/// Opens a stored post of the account shown on threads.net, in the browser.
#[tauri::command]
#[specta::specta]
pub async fn open_post(spool: State<'_, Service>, post_id: String) -> Answer<()> {
    answer(&spool, "opening the post", spool.open_post(post_id)).await
}

/// When the account shown's posts did best: median views by weekday and hour in the user's
/// time zone, `utc_offset_minutes` east of UTC.
#[tauri::command]
#[specta::specta]
pub async fn best_times(spool: State<'_, Service>, utc_offset_minutes: i32) -> Answer<BestTimes> {
    answer(
        &spool,
        "reading the best times to post",
        spool.best_times(utc_offset_minutes),
    )
    .await
}

/// Link clicks of the account shown.
#[tauri::command]
#[specta::specta]
pub async fn link_clicks(spool: State<'_, Service>) -> Answer<LinkClicksView> {
    answer(&spool, "reading the link clicks", spool.link_clicks()).await
}

/// The content insights of the account shown over `range`, weekdays in the user's time zone
/// (`utc_offset_minutes` east of UTC).
#[tauri::command]
#[specta::specta]
pub async fn insights(
    spool: State<'_, Service>,
    range: RangeChoice,
    utc_offset_minutes: i32,
) -> Answer<Insights> {
    answer(
        &spool,
        "reading what works",
        spool.insights(range, utc_offset_minutes),
    )
    .await
}

/// The daily look at the account shown: its latest posts against its typical post, today's
/// numbers, and what needs attention.
#[tauri::command]
#[specta::specta]
pub async fn today(spool: State<'_, Service>, utc_offset_minutes: i32) -> Answer<Today> {
    answer(&spool, "reading today", spool.today(utc_offset_minutes)).await
}
