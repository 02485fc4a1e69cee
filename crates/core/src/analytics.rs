//! What the screens show, computed from the history: nothing here asks Threads.

use chrono::{DateTime, Utc};
use spool_model::limits::DEMOGRAPHICS_MIN_FOLLOWERS;
use spool_model::{
    AccountMetric, Audience, AudienceBreakdown, AudienceSegment, BestTimes, Breakdown, Comparison,
    DateRange, LinkClicksView, LinkRow, MetricCard, Overview, PostDetail, PostRow, PostingSlot,
    pacific,
};

use crate::history::{History, HistoryError, PostWithMetrics, Reading};
use crate::insights;

/// The user's time zone, `utc_offset_minutes` east of UTC (kept within ±18 h).
pub(crate) fn user_zone(utc_offset_minutes: i32) -> chrono::FixedOffset {
    chrono::FixedOffset::east_opt(utc_offset_minutes.clamp(-18 * 60, 18 * 60) * 60)
        .unwrap_or(chrono::FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!("UTC")))
}

/// The overview of `account_id` over `range`, compared as `comparison` says; "now" (the
/// followers card) is `now`.
pub fn overview(
    history: &History,
    account_id: &str,
    range: DateRange,
    comparison: Comparison,
    now: DateTime<Utc>,
) -> Result<Overview, HistoryError> {
    history.read(|reading| overview_in(reading, account_id, range, comparison, now))
}

pub(crate) fn overview_in(
    history: &Reading<'_>,
    account_id: &str,
    range: DateRange,
    comparison: Comparison,
    now: DateTime<Utc>,
) -> Result<Overview, HistoryError> {
    let compared = comparison.of(range);
    let views = |r: DateRange| history.profile_views_total(account_id, r.since(), r.until());
    let engagement = |r: DateRange| history.engagement_total(account_id, r.since(), r.until());
    let start = |r: DateRange| pacific::midnight(r.since());
    let end = |r: DateRange| {
        r.until()
            .succ_opt()
            .map_or_else(|| pacific::midnight(r.until()), pacific::midnight)
    };
    let clicks = |r: DateRange| -> Result<Option<u64>, HistoryError> {
        // Clicks are stored as running totals: the range's clicks are the difference between
        // the readings at its end and before its start.
        let at_end = history.link_clicks_total_at(account_id, end(r))?;
        let before =
            history.link_clicks_total_at(account_id, start(r) - chrono::TimeDelta::seconds(1))?;
        Ok(match (at_end, before) {
            (Some(total), Some(before)) => Some(total.saturating_sub(before)),
            _ => None,
        })
    };
    let now_followers = history.followers_at(account_id, now)?;
    let followers_then = match compared {
        Some(_) => history.followers_at(account_id, start(range))?,
        None => None,
    };

    let this_views = views(range)?;
    let this_engagement = engagement(range)?;
    let before_engagement = compared.map(engagement).transpose()?.flatten();
    let pick = |e: Option<spool_model::EngagementTotals>, metric: AccountMetric| {
        e.map(|e| match metric {
            AccountMetric::Likes => e.likes,
            AccountMetric::Replies => e.replies,
            AccountMetric::Reposts => e.reposts,
            _ => e.quotes,
        })
    };
    let mut cards = vec![MetricCard {
        metric: AccountMetric::ProfileViews,
        value: this_views,
        previous: compared.map(views).transpose()?.flatten(),
    }];
    for metric in [
        AccountMetric::Likes,
        AccountMetric::Replies,
        AccountMetric::Reposts,
        AccountMetric::Quotes,
    ] {
        cards.push(MetricCard {
            metric,
            value: pick(this_engagement, metric),
            previous: pick(before_engagement, metric),
        });
    }
    cards.push(MetricCard {
        metric: AccountMetric::LinkClicks,
        value: clicks(range)?,
        previous: compared.map(clicks).transpose()?.flatten(),
    });
    cards.push(MetricCard {
        metric: AccountMetric::Followers,
        value: now_followers,
        previous: followers_then,
    });

    Ok(Overview {
        range,
        compared,
        cards,
        profile_views: history.profile_views(account_id, range.since(), range.until())?,
        followers: history.follower_series(account_id)?,
    })
}

/// The audience of `account_id` at its latest readings, with each value's change since the
/// reading before; its follower count is the one at `now`.
pub fn audience(
    history: &History,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<Audience, HistoryError> {
    history.read(|reading| audience_in(reading, account_id, now))
}

/// [`audience`] within a read the caller holds.
pub(crate) fn audience_in(
    history: &Reading<'_>,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<Audience, HistoryError> {
    let followers = history.followers_at(account_id, now)?;
    let mut breakdowns = Vec::new();
    for breakdown in Breakdown::ALL {
        let mut readings = history
            .demographic_readings(account_id, breakdown)?
            .into_iter();
        let Some(latest) = readings.next() else {
            continue;
        };
        let taken_at = latest.taken_at;
        let before = readings.next().map(|reading| reading.segments);
        let segments = latest
            .segments
            .into_iter()
            .map(|segment| {
                let change = before.as_ref().map(|before| {
                    let then = before
                        .iter()
                        .find(|b| b.key == segment.key)
                        .map_or(0, |b| b.followers);
                    i64::try_from(segment.followers).unwrap_or(i64::MAX)
                        - i64::try_from(then).unwrap_or(i64::MAX)
                });
                AudienceSegment {
                    key: segment.key,
                    followers: segment.followers,
                    change,
                }
            })
            .collect();
        breakdowns.push(AudienceBreakdown {
            breakdown,
            taken_at,
            segments,
        });
    }
    Ok(Audience {
        followers,
        below_minimum: followers.is_some_and(|f| f < DEMOGRAPHICS_MIN_FOLLOWERS),
        breakdowns,
    })
}

/// Every post of `account_id`, newest first, with its latest metrics; those younger than a
/// week at `now` with where they stand against the creator's typical curve.
pub fn posts(
    history: &History,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<PostRow>, HistoryError> {
    history.read(|reading| posts_in(reading, account_id, now))
}

/// [`posts`] within a read the caller holds.
pub(crate) fn posts_in(
    history: &Reading<'_>,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<PostRow>, HistoryError> {
    let mut rows = post_rows_in(history, account_id)?;
    // Newest first: the posts younger than a week lead, and without one of the creator's own
    // the typical curve is not read.
    let young = rows
        .iter()
        .take_while(|row| insights::is_young(row.post.published_at, now))
        .count();
    let young = &mut rows[..young];
    if young.iter().any(|row| !row.post.is_repost()) {
        let early = insights::early_in(history, account_id, now)?;
        for row in young.iter_mut().filter(|row| !row.post.is_repost()) {
            row.on_track = early.young.get(&row.post.id).and_then(|readings| {
                insights::on_track_of(row.post.published_at, readings, &early.typical, now)
            });
        }
    }
    Ok(rows)
}

/// Every post of `account_id`, newest first, with its latest metrics, and no comparison with
/// the typical curve.
pub(crate) fn post_rows_in(
    history: &Reading<'_>,
    account_id: &str,
) -> Result<Vec<PostRow>, HistoryError> {
    Ok(history
        .posts_with_latest_metrics(account_id)?
        .into_iter()
        .map(post_row)
        .collect())
}

/// A post as the posts table shows it.
pub(crate) fn post_row(
    PostWithMetrics {
        post,
        latest_metrics: metrics,
    }: PostWithMetrics,
) -> PostRow {
    // A repost of someone else's post has no metrics of its own.
    let metrics = metrics.filter(|_| !post.is_repost());
    PostRow {
        engagement_rate: metrics.and_then(|m| m.engagement_rate()),
        post,
        metrics,
        on_track: None,
    }
}

/// One post of `account_id` with every reading of its metrics, the creator's typical curve at
/// `now`, and where the post stands against it; `None` if it is not stored.
pub fn post_detail(
    history: &History,
    account_id: &str,
    post_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<PostDetail>, HistoryError> {
    history.read(|reading| post_detail_in(reading, account_id, post_id, now))
}

/// [`post_detail`] within a read the caller holds.
pub(crate) fn post_detail_in(
    history: &Reading<'_>,
    account_id: &str,
    post_id: &str,
    now: DateTime<Utc>,
) -> Result<Option<PostDetail>, HistoryError> {
    let Some(stored) = history.post_with_latest_metrics(account_id, post_id)? else {
        return Ok(None);
    };
    let mut row = post_row(stored);
    let growth = if row.post.is_repost() {
        Vec::new()
    } else {
        history.post_growth(post_id)?
    };
    let typical = insights::typical_curve_in(history, account_id, now)?;
    // Any age: an older post's page says where it stood at a week, if it was read then.
    row.on_track = insights::on_track(row.post.published_at, &growth, &typical, now);
    Ok(Some(PostDetail {
        row,
        growth,
        typical,
    }))
}

/// Link clicks of `account_id`: each link at the latest reading against the one before, and
/// total clicks at every reading.
pub fn link_clicks(history: &History, account_id: &str) -> Result<LinkClicksView, HistoryError> {
    history.read(|reading| link_clicks_in(reading, account_id))
}

/// [`link_clicks`] within a read the caller holds.
pub(crate) fn link_clicks_in(
    history: &Reading<'_>,
    account_id: &str,
) -> Result<LinkClicksView, HistoryError> {
    // The screen lists the latest reading's links beside the one before, and draws the total
    // of every reading: only those two readings are read link by link.
    let latest_two = history.latest_link_click_readings(account_id, 2)?;
    let latest = latest_two.last();
    let before = latest_two
        .len()
        .checked_sub(2)
        .and_then(|i| latest_two.get(i));
    let links = latest
        .map(|latest| {
            latest
                .links
                .iter()
                .map(|link| LinkRow {
                    url: link.url.clone(),
                    clicks: link.clicks,
                    previous: before.map(|b| {
                        b.links
                            .iter()
                            .find(|l| l.url == link.url)
                            .map_or(0, |l| l.clicks)
                    }),
                })
                .collect()
        })
        .unwrap_or_default();
    Ok(LinkClicksView {
        since: latest.and_then(|l| l.since),
        until: latest.and_then(|l| l.until),
        links,
        readings: history.link_click_totals(account_id)?,
    })
}

/// A slot's median is shown only with at least this many posts behind it.
pub const BEST_TIME_MINIMUM_POSTS: u32 = 3;

/// Median views of `account_id`'s posts by weekday and hour, in the time zone `utc_offset`
/// minutes east of UTC (the user's).
pub fn best_times(
    history: &History,
    account_id: &str,
    utc_offset_minutes: i32,
) -> Result<BestTimes, HistoryError> {
    history.read(|reading| best_times_in(reading, account_id, utc_offset_minutes))
}

/// [`best_times`] within a read the caller holds.
pub(crate) fn best_times_in(
    history: &Reading<'_>,
    account_id: &str,
    utc_offset_minutes: i32,
) -> Result<BestTimes, HistoryError> {
    use chrono::{Datelike, Timelike};
    let offset = user_zone(utc_offset_minutes);
    let mut cells: std::collections::BTreeMap<(u8, u8), Vec<u64>> = Default::default();
    for row in post_rows_in(history, account_id)? {
        let Some(views) = row.metrics.and_then(|m| m.views) else {
            continue;
        };
        let local = row.post.published_at.with_timezone(&offset);
        let weekday = local.weekday().num_days_from_monday() as u8;
        let hour = local.hour() as u8;
        cells.entry((weekday, hour)).or_default().push(views);
    }
    let slots = cells
        .into_iter()
        .map(|((weekday, hour), mut views)| {
            views.sort_unstable();
            let posts = u32::try_from(views.len()).unwrap_or(u32::MAX);
            let median = (posts >= BEST_TIME_MINIMUM_POSTS).then(|| {
                let middle = views.len() / 2;
                if views.len().is_multiple_of(2) {
                    (views[middle - 1] + views[middle]) / 2
                } else {
                    views[middle]
                }
            });
            PostingSlot {
                weekday,
                hour,
                posts,
                median_views: median,
            }
        })
        .collect();
    Ok(BestTimes {
        slots,
        minimum_posts: BEST_TIME_MINIMUM_POSTS,
    })
}
