//! Content insights: what kind of post works for the creator, and whether a young post is on
//! track, computed from the history alone.
//!
//! # What the figures stand on
//! Every part of [`Insights`] stands on the creator's own posts published in the range asked
//! for (Threads' Pacific days, as every range in Spool): reposts of others' posts are not the
//! creator's content and are left out everywhere. Each post is taken at its **latest reading**.
//! A figure about views stands on the posts with views (Threads reported them, and more than
//! 0); the posting calendar and the engagement per day count every post.
//!
//! **Engagement rate** is per post view: a post's likes, replies, reposts and quotes per 100 of
//! its views ([`spool_model::insights::engagement_rate`]). A group's rate is the median of its
//! posts' rates, so one viral post does not speak for the group.
//!
//! # Medians and quartiles
//! Views are skewed: most posts get a few hundred, a breakout a hundred times more. A mean
//! would follow the breakouts, so every "typical" and "normal" here is a **median**, and every
//! interval the inter-quartile range (the middle half of the posts), both taken the one way
//! spreadsheets do (linear between the nearest posts, [`spool_model::insights::spread`], which
//! the charts use too). A group of posts (a format, a length, a weekday, a word) gets its
//! median and quartiles only on at least
//! [`MINIMUM_POSTS`]; below that it is listed with its count, never ranked.
//!
//! # "Normal" and "typical"
//! - The **typical curve** ([`typical_curve`]): at each checkpoint age of
//!   [`CHECKPOINT_HOURS`] (1 h, 6 h, 24 h, 3 and 7 days), the quartiles of the views the newest
//!   [`TYPICAL_POSTS`] posts had at that age. A post's views at an age are interpolated on a
//!   straight line between its readings on either side (publication counts as a reading of 0
//!   views), never extrapolated past its last reading, and only when the reading that closes
//!   the age came soon after it (within the age itself, a day at most): a post first read two
//!   days after publication says nothing of its first hour. A checkpoint is drawn only on at
//!   least [`TYPICAL_MINIMUM_POSTS`](spool_model::insights::TYPICAL_MINIMUM_POSTS).
//! - **On track** ([`on_track`]): a post's views at the oldest checkpoint it has reached and
//!   been read past, over the typical median there: "2.4× your typical post at 6 h".
//! - The creator's **normal** for a post, in top posts: for a post last read before it was a
//!   week old, the typical median at the age it was read (interpolated between checkpoints);
//!   for an older one, the median latest views of the newest [`NORMAL_POSTS`] posts last read
//!   at a week or more. Its views over that normal is its multiple, a **breakout** at
//!   [`BREAKOUT_MULTIPLE`] or more. The normal rate is the median rate of the newest
//!   [`NORMAL_POSTS`] posts with views. Normals are the creator's as they are now, whatever
//!   the range: "against your normal" means today's normal.
//!
//! # Rankings by a ratio
//! A post few people saw can have any rate (3 views and 2 likes is 67 per 100). The lists
//! ranked by a ratio (top posts by rate, conversation starters) take only posts with at least
//! [`RATIO_MINIMUM_VIEWS_SHARE`] of the range's median views.
//!
//! # Days
//! Engagement per day uses Threads' Pacific days, like the range. Weekdays, the posting
//! calendar and the streaks use the user's own days (`utc_offset_minutes` east of UTC, as
//! [`crate::analytics::best_times`] does): a post at 23:30 in Tokyo is on the weekday the
//! creator remembers.

mod rhythm;
mod today;
mod typical;
mod words;

use std::borrow::Cow;
use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, TimeDelta, Utc};
use spool_model::insights::{
    BREAKOUT_MULTIPLE, CHECKPOINT_HOURS, LEADERS, MINIMUM_POSTS, engagement_rate, median, spread,
};
use spool_model::{
    AgainstNormal, ContentGroup, ConversationStarter, DateRange, EngagementDay, GroupStat,
    Insights, LengthBucket, PostFormat, PostMetrics, PostPoint, Quadrant, QualityMap, TopPosts,
    WhatToPost, WordStat, Words, pacific,
};

use crate::analytics::user_zone;
use crate::history::{History, HistoryError, InsightPost, Reading};
pub(crate) use today::today_in;
pub use typical::{TYPICAL_POSTS, on_track};
pub(crate) use typical::{early_in, is_young, on_track_of, typical_curve_in};

/// The creator's normal views and rate stand on this many of their newest posts.
pub const NORMAL_POSTS: usize = 100;

/// Lists ranked by a ratio take only posts with at least this share of the range's median
/// views.
pub const RATIO_MINIMUM_VIEWS_SHARE: f64 = 0.5;

/// The words listed at most, highest median views first.
pub const WORDS_LISTED: usize = 30;

/// A week: the age the typical curve covers, past which a post's normal is the mature one.
fn week() -> TimeDelta {
    TimeDelta::hours(i64::from(CHECKPOINT_HOURS[CHECKPOINT_HOURS.len() - 1]))
}

/// The content insights of `account_id` over `range`, weekdays and calendar in the time zone
/// `utc_offset_minutes` east of UTC (the user's), "today" being the day of `now` there.
pub fn insights(
    history: &History,
    account_id: &str,
    range: DateRange,
    utc_offset_minutes: i32,
    now: DateTime<Utc>,
) -> Result<Insights, HistoryError> {
    history.read(|reading| insights_in(reading, account_id, range, utc_offset_minutes, now))
}

/// [`insights`] within a read the caller holds.
pub(crate) fn insights_in(
    reading: &Reading<'_>,
    account_id: &str,
    range: DateRange,
    utc_offset_minutes: i32,
    now: DateTime<Utc>,
) -> Result<Insights, HistoryError> {
    Ok(computed_in(reading, account_id, range, utc_offset_minutes, now)?.insights)
}

/// The Today screen of `account_id` at `now`, days in the time zone `utc_offset_minutes` east
/// of UTC (the user's): the posts of today and the two days before with where each stands,
/// profile views today against a usual day, followers since yesterday, and what in the
/// history needs attention.
pub fn today(
    history: &History,
    account_id: &str,
    utc_offset_minutes: i32,
    now: DateTime<Utc>,
) -> Result<spool_model::Today, HistoryError> {
    history.read(|reading| today_in(reading, account_id, utc_offset_minutes, now))
}

/// The creator's typical curve at `now` (see the module's notes).
pub fn typical_curve(
    history: &History,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<spool_model::TypicalCurve, HistoryError> {
    history.read(|reading| typical_curve_in(reading, account_id, now))
}

/// One post of the range as the post insights export lists it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RangePost {
    /// The media id.
    pub id: String,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Its format.
    pub format: PostFormat,
    /// Whether a link is attached.
    pub has_link: bool,
    /// Its text's length in characters.
    pub length_chars: usize,
    /// Its weekday in the user's time zone, 0 for Monday.
    pub weekday: u8,
    /// Its latest metrics.
    pub metrics: Option<PostMetrics>,
    /// Its views over the creator's normal for its age.
    pub views_multiple: Option<f64>,
    /// Where it falls on the quality map.
    pub quadrant: Option<Quadrant>,
}

/// The insights, and each post of the range behind them.
pub(crate) struct Computed {
    /// What the screen shows.
    pub insights: Insights,
    /// Each post of the range, oldest first.
    pub posts: Vec<RangePost>,
}

/// A post of the range with views, as the parts compare it.
struct Seen {
    /// Where the post is among the range's posts.
    index: usize,
    point: PostPoint,
    weekday: u8,
    length: usize,
    views_multiple: Option<f64>,
    rate_multiple: Option<f64>,
}

/// A post's views, where Threads reported more than 0.
fn seen_views(post: &InsightPost) -> Option<u64> {
    post.metrics.and_then(|m| m.views).filter(|&v| v > 0)
}

/// How old a post was at its latest reading.
fn age_read(post: &InsightPost) -> Option<TimeDelta> {
    post.read_at.map(|at| at - post.published_at)
}

/// [`insights_in`], with each post of the range.
pub(crate) fn computed_in(
    reading: &Reading<'_>,
    account_id: &str,
    range: DateRange,
    utc_offset_minutes: i32,
    now: DateTime<Utc>,
) -> Result<Computed, HistoryError> {
    let zone = user_zone(utc_offset_minutes);
    let start = pacific::midnight(range.since());
    let end = range
        .until()
        .succ_opt()
        .map_or_else(|| pacific::midnight(range.until()), pacific::midnight);
    let all = reading.insight_posts(account_id, start, end)?;
    let in_range = |post: &&InsightPost| start <= post.published_at && post.published_at < end;

    // The creator's normals, from the newest posts of the whole history.
    let mut mature: Vec<f64> = all
        .iter()
        .rev()
        .filter(|p| age_read(p).is_some_and(|age| age >= week()))
        .filter_map(seen_views)
        .take(NORMAL_POSTS)
        .map(|v| v as f64)
        .collect();
    let normal_views = median(&mut mature).filter(|&n| n > 0.0);
    let mut rates: Vec<f64> = all
        .iter()
        .rev()
        .filter_map(|p| {
            let views = seen_views(p)?;
            engagement_rate(p.metrics?.interactions(), views)
        })
        .take(NORMAL_POSTS)
        .collect();
    let normal_rate = median(&mut rates).filter(|&n| n > 0.0);
    // The typical curve is read only when a post of the range was last read young.
    let young_seen = all
        .iter()
        .filter(in_range)
        .any(|p| seen_views(p).is_some() && age_read(p).is_some_and(|age| age < week()));
    let typical = if young_seen {
        Some(typical_curve_in(reading, account_id, now)?)
    } else {
        None
    };

    let mut seen: Vec<Seen> = Vec::new();
    let mut posts: Vec<RangePost> = Vec::new();
    for post in all.iter().filter(in_range) {
        let format = PostFormat::of(post.media_type).unwrap_or(PostFormat::Other);
        let weekday = post
            .published_at
            .with_timezone(&zone)
            .weekday()
            .num_days_from_monday() as u8;
        let text = post.text.clone().unwrap_or_default();
        let length = text.chars().count();
        let mut views_multiple = None;
        if let (Some(views), Some(metrics), Some(age)) =
            (seen_views(post), post.metrics, age_read(post))
        {
            let normal = if age >= week() {
                normal_views
            } else {
                typical.as_ref().and_then(|typical| {
                    typical::typical_median_at(typical, age.num_seconds() as f64 / 3_600.0)
                })
            };
            views_multiple = normal.filter(|&n| n > 0.0).map(|n| views as f64 / n);
            let interactions = metrics.interactions();
            let rate = engagement_rate(interactions, views).unwrap_or(0.0);
            seen.push(Seen {
                index: posts.len(),
                point: PostPoint {
                    post_id: post.id.clone(),
                    text,
                    published_at: post.published_at,
                    format,
                    has_link: post.has_link,
                    views,
                    interactions,
                    replies: metrics.replies.unwrap_or(0),
                    quotes: metrics.quotes.unwrap_or(0),
                    shares: metrics.shares,
                    engagement_rate: rate,
                },
                weekday,
                length,
                views_multiple,
                rate_multiple: normal_rate.map(|n| rate / n),
            });
        }
        posts.push(RangePost {
            id: post.id.clone(),
            published_at: post.published_at,
            format,
            has_link: post.has_link,
            length_chars: length,
            weekday,
            metrics: post.metrics,
            views_multiple,
            quadrant: None,
        });
    }

    // The quality map's divides, which place each post.
    let (median_views, median_rate) = medians(&seen);
    for s in &seen {
        posts[s.index].quadrant = Some(Quadrant::of(
            s.point.views,
            s.point.engagement_rate,
            median_views,
            median_rate,
        ));
    }
    let ratio_floor = median_views * RATIO_MINIMUM_VIEWS_SHARE;
    let today = now.with_timezone(&zone).date_naive();
    let calendar: Vec<(NaiveDate, Option<u64>)> = all
        .iter()
        .map(|p| {
            (
                p.published_at.with_timezone(&zone).date_naive(),
                seen_views(p),
            )
        })
        .collect();
    let insights = Insights {
        range,
        posts: seen.len() as u32,
        top_posts: top_posts(&seen, ratio_floor),
        engagement: engagement(all.iter().filter(in_range), range),
        what_to_post: what_to_post(&seen),
        rhythm: rhythm::rhythm(&calendar, range, today),
        words: words(&seen, median_views),
        conversation: conversation(&seen, ratio_floor),
        // Last: the points move into the map rather than being copied.
        quality: QualityMap {
            points: seen.into_iter().map(|s| s.point).collect(),
            median_views,
            median_rate,
        },
    };
    Ok(Computed { insights, posts })
}

/// Top posts against the creator's normal.
fn top_posts(seen: &[Seen], ratio_floor: f64) -> TopPosts {
    let compared: Vec<(&Seen, f64)> = seen
        .iter()
        .filter_map(|s| Some((s, s.views_multiple?)))
        .collect();
    let against = |(s, views_multiple): (&Seen, f64)| AgainstNormal {
        post: s.point.clone(),
        views_multiple,
        rate_multiple: s.rate_multiple,
        breakout: views_multiple >= BREAKOUT_MULTIPLE,
    };
    // Only the leaders are copied out.
    let mut by_views = compared.clone();
    by_views.sort_by(|(a, am), (b, bm)| bm.total_cmp(am).then(b.point.views.cmp(&a.point.views)));
    let mut by_rate: Vec<(&Seen, f64)> = compared
        .iter()
        .copied()
        .filter(|(s, _)| s.rate_multiple.is_some() && s.point.views as f64 >= ratio_floor)
        .collect();
    let rate = |s: &Seen| s.rate_multiple.unwrap_or(0.0);
    by_rate.sort_by(|(a, _), (b, _)| {
        rate(b)
            .total_cmp(&rate(a))
            .then(b.point.views.cmp(&a.point.views))
    });
    TopPosts {
        posts: compared.len() as u32,
        breakouts: compared
            .iter()
            .filter(|(_, m)| *m >= BREAKOUT_MULTIPLE)
            .count() as u32,
        by_views: by_views.into_iter().take(LEADERS).map(against).collect(),
        by_rate: by_rate.into_iter().take(LEADERS).map(against).collect(),
    }
}

/// The median views and median engagement rate of the posts with views: the quality map's
/// divides.
fn medians(seen: &[Seen]) -> (f64, f64) {
    let mut views: Vec<f64> = seen.iter().map(|s| s.point.views as f64).collect();
    let mut rates: Vec<f64> = seen.iter().map(|s| s.point.engagement_rate).collect();
    (
        median(&mut views).unwrap_or(0.0),
        median(&mut rates).unwrap_or(0.0),
    )
}

/// Each day of `range` (Pacific), with the latest metrics of the posts published on it summed.
fn engagement<'p>(
    posts: impl Iterator<Item = &'p InsightPost>,
    range: DateRange,
) -> Vec<EngagementDay> {
    let mut days: Vec<EngagementDay> = range
        .since()
        .iter_days()
        .take_while(|d| *d <= range.until())
        .map(EngagementDay::empty)
        .collect();
    for post in posts {
        let Some(m) = post.metrics else { continue };
        let index = (pacific::day_of(post.published_at) - range.since()).num_days();
        let Some(day) = usize::try_from(index).ok().and_then(|i| days.get_mut(i)) else {
            continue;
        };
        let published = day.day;
        day.add(&EngagementDay::of_post(published, &m));
    }
    days
}

/// One group's count, and its medians and quartiles on enough posts.
fn group_stat<'s>(group: ContentGroup, members: impl Iterator<Item = &'s Seen>) -> GroupStat {
    let (mut views, mut rates): (Vec<f64>, Vec<f64>) = members
        .map(|s| (s.point.views as f64, s.point.engagement_rate))
        .unzip();
    let posts = views.len() as u32;
    let enough = posts >= MINIMUM_POSTS;
    GroupStat {
        group,
        posts,
        views: enough.then(|| spread(&mut views)).flatten(),
        engagement_rate: enough.then(|| spread(&mut rates)).flatten(),
    }
}

/// Whether `post` is one of `group`.
fn belongs(group: ContentGroup, post: &Seen) -> bool {
    match group {
        ContentGroup::Format { format } => post.point.format == format,
        ContentGroup::Link { attached } => post.point.has_link == attached,
        ContentGroup::Length { length } => LengthBucket::of(post.length) == length,
        ContentGroup::Weekday { weekday } => post.weekday == weekday,
    }
}

/// The posts with views grouped by format and link, length and weekday; groups without posts
/// left out.
fn what_to_post(seen: &[Seen]) -> WhatToPost {
    let groups = |groups: &mut dyn Iterator<Item = ContentGroup>| -> Vec<GroupStat> {
        groups
            .map(|group| group_stat(group, seen.iter().filter(|s| belongs(group, s))))
            .filter(|g| g.posts > 0)
            .collect()
    };
    let mut formats = PostFormat::ALL
        .into_iter()
        .map(|format| ContentGroup::Format { format })
        .chain([true, false].map(|attached| ContentGroup::Link { attached }));
    let mut lengths = LengthBucket::ALL
        .into_iter()
        .map(|length| ContentGroup::Length { length });
    let mut weekdays = (0..7u8).map(|weekday| ContentGroup::Weekday { weekday });
    WhatToPost {
        formats: groups(&mut formats),
        lengths: groups(&mut lengths),
        weekdays: groups(&mut weekdays),
        minimum_posts: MINIMUM_POSTS,
    }
}

/// Words and hashtags used in at least [`MINIMUM_POSTS`] posts, by median views.
fn words(seen: &[Seen], median_views: f64) -> Words {
    // Keyed by the words as they are in the posts' texts: only the words kept are copied.
    let mut by_word: HashMap<Cow<'_, str>, Vec<usize>> = HashMap::new();
    for (index, s) in seen.iter().enumerate() {
        for word in words::words(&s.point.text) {
            by_word.entry(word).or_default().push(index);
        }
    }
    let mut listed: Vec<WordStat> = by_word
        .into_iter()
        .filter(|(_, posts)| posts.len() >= MINIMUM_POSTS as usize)
        .map(|(word, posts)| {
            let (mut views, mut rates): (Vec<f64>, Vec<f64>) = posts
                .iter()
                .map(|&i| (seen[i].point.views as f64, seen[i].point.engagement_rate))
                .unzip();
            WordStat {
                word: word.into_owned(),
                posts: posts.len() as u32,
                median_views: median(&mut views).unwrap_or(0.0),
                median_rate: median(&mut rates).unwrap_or(0.0),
            }
        })
        .collect();
    listed.sort_by(|a, b| {
        b.median_views
            .total_cmp(&a.median_views)
            .then(b.posts.cmp(&a.posts))
            .then_with(|| a.word.cmp(&b.word))
    });
    listed.truncate(WORDS_LISTED);
    Words {
        words: listed,
        median_views,
        minimum_posts: MINIMUM_POSTS,
    }
}

/// The posts with the most replies and quotes per 1,000 views.
fn conversation(seen: &[Seen], ratio_floor: f64) -> Vec<ConversationStarter> {
    let mut starters: Vec<(&Seen, f64)> = seen
        .iter()
        .filter(|s| s.point.views as f64 >= ratio_floor)
        .filter(|s| s.point.replies + s.point.quotes > 0)
        .map(|s| {
            let per_thousand =
                (s.point.replies + s.point.quotes) as f64 * 1_000.0 / s.point.views as f64;
            (s, per_thousand)
        })
        .collect();
    starters.sort_by(|(a, am), (b, bm)| bm.total_cmp(am).then(b.point.views.cmp(&a.point.views)));
    starters
        .into_iter()
        .take(LEADERS)
        .map(|(s, per_thousand_views)| ConversationStarter {
            post: s.point.clone(),
            per_thousand_views,
        })
        .collect()
}

#[cfg(test)]
mod tests;
