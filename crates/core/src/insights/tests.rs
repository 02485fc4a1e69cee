//! Each insight on a small hand-made history, with its answer worked out here.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use spool_model::{
    Attention, ContentGroup, DailyValue, DateRange, MediaType, Post, PostFormat, PostMetrics,
    Profile, Quadrant, Sentence, SyncOutcome, SyncSummary,
};

use super::*;
use crate::analytics;
use crate::history::{History, SyncSnapshot};

const ACCOUNT: &str = "1001";

fn at(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text).expect("moment").to_utc()
}

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2025, m, d).expect("day")
}

/// 20 March 2025, 20:00 UTC: 13:00 in Threads' Pacific calendar, 20 March.
fn now() -> DateTime<Utc> {
    at("2025-03-20T20:00:00Z")
}

fn march() -> DateRange {
    DateRange::new(day(3, 1), day(3, 20), day(3, 20)).expect("range")
}

fn post(id: &str, media_type: MediaType, text: &str, published_at: DateTime<Utc>) -> Post {
    Post {
        id: id.to_owned(),
        media_type,
        text: (!text.is_empty()).then(|| text.to_owned()),
        published_at,
        permalink: None,
        shortcode: None,
        is_quote_post: false,
        link_attachment_url: None,
    }
}

fn views(views: u64) -> PostMetrics {
    PostMetrics {
        views: Some(views),
        likes: Some(0),
        replies: Some(0),
        reposts: Some(0),
        quotes: Some(0),
        shares: None,
    }
}

/// `(views, likes, replies, quotes)`.
fn metrics((v, likes, replies, quotes): (u64, u64, u64, u64)) -> PostMetrics {
    PostMetrics {
        likes: Some(likes),
        replies: Some(replies),
        quotes: Some(quotes),
        ..views(v)
    }
}

fn snapshot(taken_at: DateTime<Utc>) -> SyncSnapshot {
    SyncSnapshot {
        profile: Profile {
            id: ACCOUNT.to_owned(),
            username: "mara.makes".to_owned(),
            name: None,
            picture_url: None,
            biography: None,
            is_verified: false,
        },
        taken_at,
        posts: Vec::new(),
        post_metrics: Vec::new(),
        profile_views: Vec::new(),
        engagement: Vec::new(),
        link_clicks: None,
        followers: None,
        demographics: Vec::new(),
    }
}

/// A sync at `taken_at` that read `readings` of their posts.
fn read(history: &History, taken_at: DateTime<Utc>, readings: &[(&Post, PostMetrics)]) {
    history
        .write_snapshot(&SyncSnapshot {
            posts: readings.iter().map(|(p, _)| (*p).clone()).collect(),
            post_metrics: readings.iter().map(|(p, m)| (p.id.clone(), *m)).collect(),
            ..snapshot(taken_at)
        })
        .expect("a sync");
}

/// Five posts of early March, all read on the 19th (so at more than a week old), a post
/// without views and a repost:
///
/// | post | published (UTC)  | format        | views | rate per 100 | replies + quotes |
/// |------|------------------|---------------|-------|--------------|------------------|
/// | A    | Sat 1 Mar 18:00  | text          | 50    | 6            | 3                |
/// | B    | Sun 2 Mar 18:00  | image         | 200   | 1            | 0                |
/// | C    | Mon 3 Mar 18:00  | text          | 300   | 5            | 3                |
/// | D    | Tue 4 Mar 18:00  | video, link   | 800   | 2            | 4                |
/// | E    | Tue 4 Mar 19:00  | text          | 100   | 1            | 1                |
/// | F    | Wed 5 Mar 18:00  | text          | none  |              |                  |
fn early_march() -> History {
    let history = History::in_memory().expect("history");
    let published = |d: u32, h: u32| at(&format!("2025-03-{d:02}T{h:02}:00:00Z"));
    let mut d = post(
        "D",
        MediaType::Video,
        "Glaze firing day #kiln",
        published(4, 18),
    );
    d.link_attachment_url = Some("https://mara.example/shop".to_owned());
    let posts = [
        (
            post(
                "A",
                MediaType::TextPost,
                "Glaze test #kiln",
                published(1, 18),
            ),
            (50, 0, 3, 0),
        ),
        (
            post("B", MediaType::Image, "Morning coffee", published(2, 18)),
            (200, 2, 0, 0),
        ),
        (
            post(
                "C",
                MediaType::TextPost,
                "Glaze recipe #Kiln",
                published(3, 18),
            ),
            (300, 12, 3, 0),
        ),
        (d, (800, 12, 2, 2)),
        (
            post("E", MediaType::TextPost, "coffee again", published(4, 19)),
            (100, 0, 1, 0),
        ),
    ];
    let no_views = post("F", MediaType::TextPost, "", published(5, 18));
    let repost = post("R", MediaType::RepostFacade, "", published(6, 18));
    let mut readings: Vec<(&Post, PostMetrics)> =
        posts.iter().map(|(p, m)| (p, metrics(*m))).collect();
    let f_metrics = PostMetrics {
        views: None,
        likes: Some(4),
        ..PostMetrics::default()
    };
    readings.push((&no_views, f_metrics));
    read(&history, at("2025-03-19T18:00:00Z"), &readings);
    history
        .write_snapshot(&SyncSnapshot {
            posts: vec![repost],
            ..snapshot(at("2025-03-19T18:00:00Z"))
        })
        .expect("a sync");
    history
}

fn ids<'a>(posts: impl IntoIterator<Item = &'a PostPoint>) -> Vec<&'a str> {
    posts.into_iter().map(|p| p.post_id.as_str()).collect()
}

#[test]
fn top_posts_are_held_against_the_median_of_the_creators_posts_older_than_a_week() {
    let history = early_march();
    let insights = insights(&history, ACCOUNT, march(), 0, now()).expect("insights");
    // F has no views and R is a repost: neither is compared.
    assert_eq!(insights.posts, 5);
    let top = &insights.top_posts;
    assert_eq!(top.posts, 5);
    // Normal: the median of 50, 100, 200, 300 and 800 views is 200; D has 4×, a breakout.
    assert_eq!(
        ids(top.by_views.iter().map(|a| &a.post)),
        ["D", "C", "B", "E", "A"]
    );
    let multiples: Vec<f64> = top.by_views.iter().map(|a| a.views_multiple).collect();
    assert_eq!(multiples, [4.0, 1.5, 1.0, 0.5, 0.25]);
    assert_eq!(top.breakouts, 1);
    assert!(top.by_views[0].breakout && !top.by_views[1].breakout);
    // Normal rate: the median of 6, 1, 5, 2 and 1 per 100 views is 2. A (50 views) has
    // fewer than half the median views (100), so it is not ranked by its rate.
    assert_eq!(
        ids(top.by_rate.iter().map(|a| &a.post)),
        ["C", "D", "B", "E"]
    );
    assert_eq!(top.by_rate[0].rate_multiple, Some(2.5));
}

#[test]
fn the_quality_map_names_each_quadrant_against_the_ranges_medians() {
    let history = early_march();
    let quality = insights(&history, ACCOUNT, march(), 0, now())
        .expect("insights")
        .quality;
    assert_eq!(
        ids(&quality.points),
        ["A", "B", "C", "D", "E"],
        "oldest first"
    );
    assert_eq!((quality.median_views, quality.median_rate), (200.0, 2.0));
    let quadrant = |id: &str| {
        let p = quality
            .points
            .iter()
            .find(|p| p.post_id == id)
            .expect("drawn");
        Quadrant::of(
            p.views,
            p.engagement_rate,
            quality.median_views,
            quality.median_rate,
        )
    };
    assert_eq!(quadrant("A"), Quadrant::Conversation);
    assert_eq!(quadrant("B"), Quadrant::Broadcast);
    assert_eq!(quadrant("C"), Quadrant::Breakout);
    assert_eq!(quadrant("E"), Quadrant::Quiet);
}

#[test]
fn engagement_sums_the_posts_of_each_pacific_day_and_keeps_the_days_without_any() {
    let history = early_march();
    let days = insights(&history, ACCOUNT, march(), 0, now())
        .expect("insights")
        .engagement;
    assert_eq!(days.len(), 20);
    // 4 March: D and E.
    let fourth = days[3];
    assert_eq!(fourth.day, day(3, 4));
    assert_eq!(
        (
            fourth.posts,
            fourth.views,
            fourth.likes,
            fourth.replies,
            fourth.quotes
        ),
        (2, 900, 12, 3, 2)
    );
    assert_eq!(fourth.interactions(), 17);
    // 5 March: F, read without views.
    assert_eq!((days[4].posts, days[4].views, days[4].likes), (1, 0, 4));
    assert_eq!((days[5].posts, days[5].likes), (0, 0));
}

#[test]
fn what_to_post_gives_medians_and_quartiles_only_on_enough_posts() {
    let history = early_march();
    let what = insights(&history, ACCOUNT, march(), 0, now())
        .expect("insights")
        .what_to_post;
    let groups: Vec<(ContentGroup, u32)> =
        what.formats.iter().map(|g| (g.group, g.posts)).collect();
    assert_eq!(
        groups,
        [
            (
                ContentGroup::Format {
                    format: PostFormat::Text
                },
                3
            ),
            (
                ContentGroup::Format {
                    format: PostFormat::Image
                },
                1
            ),
            (
                ContentGroup::Format {
                    format: PostFormat::Video
                },
                1
            ),
            (ContentGroup::Link { attached: true }, 1),
            (ContentGroup::Link { attached: false }, 4),
        ]
    );
    // Text: A, C and E with 50, 300 and 100 views; rates 6, 5 and 1.
    let text = what.formats[0].views.expect("three posts are enough");
    assert_eq!((text.lower, text.median, text.upper), (75.0, 100.0, 200.0));
    assert_eq!(what.formats[0].engagement_rate.map(|r| r.median), Some(5.0));
    assert_eq!(what.formats[1].views, None, "one image is too few");
    assert_eq!(what.formats[3].engagement_rate, None);
    // Without a link: A, B, C, E: 50, 100, 200, 300 views.
    assert_eq!(what.formats[4].views.map(|v| v.median), Some(150.0));
}

#[test]
fn weekdays_are_the_users_own() {
    let history = early_march();
    let weekdays = |offset| -> Vec<(String, u32)> {
        insights(&history, ACCOUNT, march(), offset, now())
            .expect("insights")
            .what_to_post
            .weekdays
            .iter()
            .map(|g| (g.group.label(), g.posts))
            .collect()
    };
    let named = |list: &[(&str, u32)]| -> Vec<(String, u32)> {
        list.iter().map(|(d, n)| ((*d).to_owned(), *n)).collect()
    };
    // In UTC: A on Saturday, B Sunday, C Monday, D and E Tuesday.
    assert_eq!(
        weekdays(0),
        named(&[
            ("Monday", 1),
            ("Tuesday", 2),
            ("Saturday", 1),
            ("Sunday", 1)
        ])
    );
    // In Tokyo (UTC+9) 18:00 UTC is 03:00 the next day.
    assert_eq!(
        weekdays(9 * 60),
        named(&[
            ("Monday", 1),
            ("Tuesday", 1),
            ("Wednesday", 2),
            ("Sunday", 1)
        ])
    );
}

#[test]
fn the_rhythm_counts_every_post_of_the_range_and_streaks_in_the_users_days() {
    let history = early_march();
    let rhythm = insights(&history, ACCOUNT, march(), 0, now())
        .expect("insights")
        .rhythm;
    let posted: Vec<u32> = rhythm.days.iter().take(6).map(|d| d.posts).collect();
    // F (no views) counts; R (a repost) does not.
    assert_eq!(posted, [1, 1, 1, 2, 1, 0]);
    assert_eq!(rhythm.days.len(), 20);
    // Weeks from Monday 24 February: A and B; C, D, E and F; then none.
    let weeks: Vec<(NaiveDate, u32, Option<f64>)> = rhythm
        .weeks
        .iter()
        .map(|w| (w.monday, w.posts, w.median_views))
        .collect();
    assert_eq!(
        weeks,
        [
            (day(2, 24), 2, Some(125.0)),
            (day(3, 3), 4, Some(300.0)),
            (day(3, 10), 0, None),
            (day(3, 17), 0, None),
        ]
    );
    assert_eq!(rhythm.weeks_posted, 2);
    assert_eq!((rhythm.longest_streak, rhythm.current_streak), (5, 0));
    // Seen on 6 March, the five days up to yesterday are the current streak.
    let sixth = at("2025-03-06T12:00:00Z");
    let early = DateRange::new(day(3, 1), day(3, 6), day(3, 6)).expect("range");
    let rhythm = insights(&history, ACCOUNT, early, 0, sixth)
        .expect("insights")
        .rhythm;
    assert_eq!(rhythm.current_streak, 5);
}

#[test]
fn words_and_hashtags_used_in_three_posts_are_listed_by_median_views() {
    let history = early_march();
    let words = insights(&history, ACCOUNT, march(), 0, now())
        .expect("insights")
        .words;
    // "glaze" and "#kiln" are in A, C and D (50, 300 and 800 views; rates 6, 5 and 2);
    // "coffee" only in two posts.
    let listed: Vec<(&str, u32, f64, f64)> = words
        .words
        .iter()
        .map(|w| (w.word.as_str(), w.posts, w.median_views, w.median_rate))
        .collect();
    assert_eq!(listed, [("#kiln", 3, 300.0, 5.0), ("glaze", 3, 300.0, 5.0)]);
    assert_eq!(words.median_views, 200.0);
}

#[test]
fn conversation_starters_are_replies_and_quotes_per_thousand_views() {
    let history = early_march();
    let starters = insights(&history, ACCOUNT, march(), 0, now())
        .expect("insights")
        .conversation;
    // C: 3 per 300 views and E: 1 per 100 are 10 per 1,000; D: 4 per 800 is 5. A (60) is
    // seen by too few, B started none.
    let listed: Vec<(&str, f64)> = starters
        .iter()
        .map(|s| (s.post.post_id.as_str(), s.per_thousand_views))
        .collect();
    assert_eq!(listed, [("C", 10.0), ("E", 10.0), ("D", 5.0)]);
}

/// Five past posts (k = 1 to 5) read at 2 h (100k views), 10 h (500k) and 30 h (900k), the
/// first four again at 180 h (1,200k); and a post 8 hours old read at 2 h (600) and 7 h (2,400).
fn with_early_readings() -> (History, Post) {
    let history = History::in_memory().expect("history");
    let mut past = Vec::new();
    for k in 1..=5u64 {
        let published = at(&format!("2025-03-0{k}T12:00:00Z"));
        let p = post(&format!("P{k}"), MediaType::TextPost, "", published);
        let mut readings = vec![(2, 100 * k), (10, 500 * k), (30, 900 * k)];
        if k < 5 {
            readings.push((180, 1_200 * k));
        }
        for (hours, v) in readings {
            read(
                &history,
                published + TimeDelta::hours(hours),
                &[(&p, views(v))],
            );
        }
        past.push(p);
    }
    let young = post("Y", MediaType::TextPost, "", now() - TimeDelta::hours(8));
    read(
        &history,
        now() - TimeDelta::hours(6),
        &[(&young, views(600))],
    );
    read(
        &history,
        now() - TimeDelta::hours(1),
        &[(&young, views(2_400))],
    );
    (history, young)
}

#[test]
fn the_typical_curve_has_the_quartiles_of_past_posts_at_each_age_on_enough_of_them() {
    let (history, _) = with_early_readings();
    let typical = typical_curve(&history, ACCOUNT, now()).expect("typical");
    let at_age = |hours: u32| {
        typical
            .points
            .iter()
            .find(|p| p.age_hours == hours)
            .copied()
            .expect("a point")
    };
    // 1 h: halfway from publication to 2 h, 50k; the young post (600 at 2 h) adds 300.
    let one = at_age(1).views.expect("six posts");
    assert_eq!((at_age(1).posts, one.median), (6, 175.0));
    // 6 h: halfway from 2 h to 10 h, 300k (the young post was read past 6 h too: 2,040).
    let six = at_age(6).views.expect("six posts");
    assert_eq!(
        (six.lower, six.median, six.upper),
        (675.0, 1_050.0, 1_425.0)
    );
    // 24 h: 500k + 400k × 14 / 20 = 780k; five posts, k = 3 in the middle.
    assert_eq!(
        (at_age(24).posts, at_age(24).views.map(|v| v.median)),
        (5, Some(2_340.0))
    );
    // 72 h: the reading after it (180 h) came too late to stand for it.
    assert_eq!((at_age(72).posts, at_age(72).views), (0, None));
    // 168 h: four posts, one short of the five a point needs.
    assert_eq!((at_age(168).posts, at_age(168).views), (4, None));
}

#[test]
fn a_young_post_says_how_it_stands_in_the_posts_table_on_its_page_and_in_top_posts() {
    let (history, young) = with_early_readings();
    let rows = analytics::posts(&history, ACCOUNT, now()).expect("posts");
    assert_eq!(rows[0].post.id, "Y");
    let track = rows[0].on_track.expect("on track");
    // At 6 h: 600 + (2,400 − 600) × 4 / 5 = 2,040 views, against the typical 1,050.
    assert_eq!(
        (track.age_hours, track.views, track.typical),
        (6, 2_040, 1_050.0)
    );
    assert!((track.multiple - 2_040.0 / 1_050.0).abs() < 1e-9);
    assert!(
        rows[1..].iter().all(|r| r.on_track.is_none()),
        "older than a week"
    );

    let detail = analytics::post_detail(&history, ACCOUNT, &young.id, now())
        .expect("read")
        .expect("stored");
    assert_eq!(detail.row.on_track, Some(track));
    assert_eq!(detail.typical.points.len(), 5);
    // A past post's page: at 168 h and 72 h there is no typical median, at 24 h it is the
    // typical post itself.
    let middle = analytics::post_detail(&history, ACCOUNT, "P3", now())
        .expect("read")
        .expect("stored");
    let track = middle.row.on_track.expect("on track");
    assert_eq!(
        (track.age_hours, track.views, track.multiple),
        (24, 2_340, 1.0)
    );

    // In top posts, Y read at 7 h is held against the typical median at 7 h, on the line
    // from 6 h (1,050) to 24 h (2,340): 1,050 + 1,290 / 18.
    let insights = insights(&history, ACCOUNT, march(), 0, now()).expect("insights");
    let y = insights
        .top_posts
        .by_views
        .iter()
        .find(|a| a.post.post_id == "Y")
        .expect("compared");
    let normal = 1_050.0 + 1_290.0 / 18.0;
    assert!((y.views_multiple - 2_400.0 / normal).abs() < 1e-9);
    assert!(y.breakout);
    // P1 to P4, read at 180 h, against the median of their latest views (1,200 to 4,800):
    // 3,000. P5, last read at 30 h, is past 24 h where the curve has no next point.
    let p4 = insights
        .top_posts
        .by_views
        .iter()
        .find(|a| a.post.post_id == "P4")
        .expect("compared");
    assert_eq!(p4.views_multiple, 1.6);
    assert_eq!(insights.top_posts.posts, 5);
}

#[test]
fn today_has_the_last_three_days_profile_views_followers_and_what_needs_attention() {
    let history = History::in_memory().expect("history");
    // The user is in UTC+1: today began at 23:00 UTC on the 19th.
    let offset = 60;
    let before = post("P0", MediaType::TextPost, "", at("2025-03-17T22:30:00Z"));
    let first = post("P1", MediaType::TextPost, "", at("2025-03-18T00:30:00Z"));
    let repost = post("R", MediaType::RepostFacade, "", at("2025-03-19T09:00:00Z"));
    let latest = post("P2", MediaType::Image, "", at("2025-03-20T10:00:00Z"));
    let taken = |t: &str, followers: u64| SyncSnapshot {
        followers: Some(followers),
        ..snapshot(at(t))
    };
    history
        .write_snapshot(&SyncSnapshot {
            posts: vec![before.clone(), first.clone(), repost],
            post_metrics: vec![("P1".to_owned(), views(300))],
            profile_views: [(2, 19, 10_000), (3, 17, 100), (3, 18, 300), (3, 19, 200)]
                .into_iter()
                .map(|(m, d, v)| DailyValue {
                    day: day(m, d),
                    value: Some(v),
                })
                .collect(),
            ..taken("2025-03-19T12:00:00Z", 500)
        })
        .expect("a sync");
    history
        .write_snapshot(&taken("2025-03-19T22:00:00Z", 510))
        .expect("a sync");
    history
        .write_snapshot(&SyncSnapshot {
            posts: vec![latest],
            profile_views: vec![DailyValue {
                day: day(3, 20),
                value: Some(40),
            }],
            ..taken("2025-03-20T08:00:00Z", 530)
        })
        .expect("a sync");
    let run = |ended: &str, outcome, error: Option<&str>| SyncSummary {
        started_at: at(ended) - TimeDelta::minutes(1),
        ended_at: at(ended),
        outcome,
        requests: 10,
        error: error.map(Sentence::as_written),
        details: None,
    };
    history
        .record_run(
            ACCOUNT,
            &run("2025-03-19T08:00:00Z", SyncOutcome::Completed, None),
        )
        .expect("logged");
    history
        .record_run(
            ACCOUNT,
            &run(
                "2025-03-20T19:00:00Z",
                SyncOutcome::Failed,
                Some("Threads answered 500"),
            ),
        )
        .expect("logged");

    let today = today(&history, ACCOUNT, offset, now()).expect("today");
    let recent: Vec<&str> = today.recent.iter().map(|r| r.post.id.as_str()).collect();
    // P0 went out at 23:30 on the 17th, the user's time: three days ago. R is a repost.
    assert_eq!(recent, ["P2", "P1"]);
    assert_eq!(today.profile_views_today, Some(40));
    // The 28 days before the 20th: 100, 300 and 200 stored (the 10,000 of 19 February is
    // 29 days back).
    assert_eq!(today.usual_day, Some(200.0));
    assert_eq!(today.followers, Some(530));
    assert_eq!(today.followers_since_yesterday, Some(20));
    assert_eq!(
        today.attention,
        [
            Attention::SyncFailed {
                at: at("2025-03-20T19:00:00Z"),
                reason: Some(Sentence::as_written("Threads answered 500")),
            },
            Attention::NotSyncedFor { hours: 36 },
        ]
    );
}

#[test]
fn today_carries_every_reading_of_its_newest_post_the_same_as_that_posts_page() {
    let history = History::in_memory().expect("history");
    let older = post("P1", MediaType::TextPost, "", at("2025-03-19T09:00:00Z"));
    let newest = post("P2", MediaType::Image, "", at("2025-03-20T12:00:00Z"));
    for (taken, p1, p2) in [
        ("2025-03-20T13:00:00Z", 500, 40),
        ("2025-03-20T18:00:00Z", 650, 260),
    ] {
        history
            .write_snapshot(&SyncSnapshot {
                posts: vec![older.clone(), newest.clone()],
                post_metrics: vec![("P1".to_owned(), views(p1)), ("P2".to_owned(), views(p2))],
                ..snapshot(at(taken))
            })
            .expect("a sync");
    }

    let shown = today(&history, ACCOUNT, 0, now()).expect("today");
    let read: Vec<(DateTime<Utc>, Option<u64>)> = shown
        .newest_growth
        .iter()
        .map(|r| (r.at, r.metrics.views))
        .collect();
    // P2's two readings, not P1's: the chart on Today is the newest post's.
    assert_eq!(
        read,
        [
            (at("2025-03-20T13:00:00Z"), Some(40)),
            (at("2025-03-20T18:00:00Z"), Some(260)),
        ]
    );
    let page = analytics::post_detail(&history, ACCOUNT, "P2", now())
        .expect("read")
        .expect("stored");
    assert_eq!(shown.newest_growth, page.growth);
    assert_eq!(shown.typical, page.typical);

    let empty = History::in_memory().expect("history");
    let nothing = today(&empty, ACCOUNT, 0, now()).expect("today");
    assert!(nothing.newest_growth.is_empty());
}
