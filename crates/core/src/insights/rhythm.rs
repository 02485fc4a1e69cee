//! How often the creator posts: the calendar, the weeks and the streaks, in the user's days.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate, TimeDelta};
use spool_model::{DateRange, PostingDay, PostingWeek, Rhythm};

use spool_model::insights::median;

/// The Monday that starts `day`'s week.
fn monday_of(day: NaiveDate) -> NaiveDate {
    day - TimeDelta::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The rhythm over the days of `range` from `posts` (each post's day in the user's time zone
/// and its views, where known), with the current streak counted up to `today` (the user's).
/// `posts` may reach outside the range: only the current streak looks there.
pub(crate) fn rhythm(
    posts: &[(NaiveDate, Option<u64>)],
    range: DateRange,
    today: NaiveDate,
) -> Rhythm {
    let (since, until) = (range.since(), range.until());
    let mut per_day: BTreeMap<NaiveDate, u32> = BTreeMap::new();
    let mut views_per_week: BTreeMap<NaiveDate, Vec<f64>> = BTreeMap::new();
    let mut every_day = BTreeSet::new();
    for &(day, views) in posts {
        every_day.insert(day);
        if day < since || day > until {
            continue;
        }
        *per_day.entry(day).or_default() += 1;
        let week = views_per_week.entry(monday_of(day)).or_default();
        if let Some(views) = views {
            week.push(views as f64);
        }
    }
    let days: Vec<PostingDay> = since
        .iter_days()
        .take_while(|d| *d <= until)
        .map(|day| PostingDay {
            day,
            posts: per_day.get(&day).copied().unwrap_or(0),
        })
        .collect();
    let weeks: Vec<PostingWeek> = std::iter::successors(Some(monday_of(since)), |m| {
        Some(*m + TimeDelta::days(7)).filter(|next| *next <= until)
    })
    .map(|monday| {
        let posts = days
            .iter()
            .filter(|d| monday_of(d.day) == monday)
            .map(|d| d.posts)
            .sum();
        PostingWeek {
            monday,
            posts,
            median_views: views_per_week
                .get_mut(&monday)
                .and_then(|views| median(views)),
        }
    })
    .collect();
    let mut longest = 0;
    let mut run = 0;
    for day in &days {
        run = if day.posts > 0 { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let yesterday = today - TimeDelta::days(1);
    let mut streak_day = if every_day.contains(&today) {
        Some(today)
    } else {
        Some(yesterday)
    };
    let mut current = 0;
    while let Some(day) = streak_day.filter(|d| every_day.contains(d)) {
        current += 1;
        streak_day = day.pred_opt();
    }
    Rhythm {
        weeks_posted: weeks.iter().filter(|w| w.posts > 0).count() as u32,
        days,
        weeks,
        current_streak: current,
        longest_streak: longest,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, m, d).expect("day")
    }

    fn range(since: NaiveDate, until: NaiveDate) -> DateRange {
        DateRange::new(since, until, day(12, 31)).expect("range")
    }

    #[test]
    fn every_day_and_every_week_of_the_range_is_there_with_its_posts() {
        // Wednesday 5 to Tuesday 18 March 2025: three weeks from Monday 3, 10 and 17.
        let posts = [
            (day(3, 5), Some(100)),
            (day(3, 5), Some(300)),
            (day(3, 8), None),
            (day(3, 18), Some(50)),
            // Outside the range: not in the calendar.
            (day(3, 4), Some(9_999)),
        ];
        let rhythm = rhythm(&posts, range(day(3, 5), day(3, 18)), day(3, 18));
        assert_eq!(rhythm.days.len(), 14);
        assert_eq!(
            rhythm.days[0],
            PostingDay {
                day: day(3, 5),
                posts: 2
            }
        );
        assert_eq!(rhythm.days[1].posts, 0);
        assert_eq!(
            rhythm.weeks,
            [
                PostingWeek {
                    monday: day(3, 3),
                    posts: 3,
                    median_views: Some(200.0)
                },
                PostingWeek {
                    monday: day(3, 10),
                    posts: 0,
                    median_views: None
                },
                PostingWeek {
                    monday: day(3, 17),
                    posts: 1,
                    median_views: Some(50.0)
                },
            ]
        );
        assert_eq!(rhythm.weeks_posted, 2);
    }

    #[test]
    fn streaks_run_across_a_week_boundary_and_today_without_a_post_yet_does_not_break_one() {
        // Friday 7 to Tuesday 11 March, then a gap, then Thursday 13 to Saturday 15.
        let mut posts: Vec<(NaiveDate, Option<u64>)> =
            (7..=11).map(|d| (day(3, d), Some(10))).collect();
        posts.extend((13..=15).map(|d| (day(3, d), None)));
        let march = range(day(3, 1), day(3, 16));
        // Sunday 16, nothing posted yet today: the streak up to yesterday still counts.
        let rhythm = rhythm(&posts, march, day(3, 16));
        assert_eq!((rhythm.longest_streak, rhythm.current_streak), (5, 3));
        // On Monday 17, with nothing on the 16th either, the streak is over.
        assert_eq!(super::rhythm(&posts, march, day(3, 17)).current_streak, 0);
        // Posting on the 12th joins both runs into one of 9 days.
        posts.push((day(3, 12), None));
        let rhythm = super::rhythm(&posts, march, day(3, 15));
        assert_eq!((rhythm.longest_streak, rhythm.current_streak), (9, 9));
    }
}
