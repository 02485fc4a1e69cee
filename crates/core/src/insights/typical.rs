//! The creator's typical curve, and where a young post stands against it.

use std::collections::HashMap;
use std::ops::ControlFlow;

use chrono::{DateTime, TimeDelta, Utc};
use spool_model::insights::{CHECKPOINT_HOURS, TYPICAL_MINIMUM_POSTS};
use spool_model::{OnTrack, PostReading, TypicalCurve, TypicalPoint};

use crate::history::{HistoryError, Reading};
use spool_model::insights::spread;

/// The typical post at each age stands on at most this many posts: the newest that were read
/// at that age, so the curve follows the creator's reach as it is now.
pub const TYPICAL_POSTS: usize = 100;

/// The newest posts with early readings looked through for [`TYPICAL_POSTS`] at each age; a
/// history read too seldom for some age (the first hour, before Spool read young posts
/// hourly) does not make every read look through all of it.
const SCANNED_POSTS: usize = 1_000;

/// The oldest checkpoint, in hours: a week.
const OLDEST_CHECKPOINT: i64 = CHECKPOINT_HOURS[CHECKPOINT_HOURS.len() - 1] as i64;

/// How late, past an age, the reading that closes it may come: as late as the age itself,
/// and a day at most. A straight line from publication to a reading a day later says little
/// of a post's first hour.
fn slack(age_hours: u32) -> TimeDelta {
    TimeDelta::hours(i64::from(age_hours.min(24)))
}

/// How long after publication readings are read for the typical curve: the oldest checkpoint
/// and its slack, 8 days.
pub(crate) fn horizon() -> TimeDelta {
    TimeDelta::hours(OLDEST_CHECKPOINT) + slack(CHECKPOINT_HOURS[CHECKPOINT_HOURS.len() - 1])
}

/// Whether a post published at `published_at` is young at `now`: under a week old, the age
/// the typical curve covers.
pub(crate) fn is_young(published_at: DateTime<Utc>, now: DateTime<Utc>) -> bool {
    now - published_at < TimeDelta::hours(OLDEST_CHECKPOINT)
}

/// A post's views `age_hours` after `published_at`, read from `readings` (oldest first, when
/// and the views then): linearly interpolated between the readings on either side, with
/// publication as a reading of 0 views. `None` when no reading is at or past that age, or the
/// first one past it came later than [`slack`] allows: never extrapolated.
pub(crate) fn views_at(
    published_at: DateTime<Utc>,
    readings: &[(DateTime<Utc>, u64)],
    age_hours: u32,
) -> Option<f64> {
    let target = published_at + TimeDelta::hours(i64::from(age_hours));
    let mut before = (published_at, 0.0);
    for &(at, views) in readings {
        if at < published_at {
            continue;
        }
        let views = views as f64;
        if at >= target {
            if at > target + slack(age_hours) {
                return None;
            }
            let span = (at - before.0).num_seconds() as f64;
            if span <= 0.0 {
                return Some(views);
            }
            let part = (target - before.0).num_seconds() as f64 / span;
            return Some(before.1 + (views - before.1) * part);
        }
        before = (at, views);
    }
    None
}

/// The typical curve, and the early readings of the posts younger than a week (to hold each
/// against it), from one walk of the newest posts' early readings.
pub(crate) struct Early {
    /// The typical curve.
    pub typical: TypicalCurve,
    /// Each young post's readings with views, oldest first, by post id.
    pub young: HashMap<String, Vec<(DateTime<Utc>, u64)>>,
}

/// [`Early`] for `account_id` at `now`.
pub(crate) fn early_in(
    reading: &Reading<'_>,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<Early, HistoryError> {
    let mut at_age: Vec<Vec<f64>> = vec![Vec::new(); CHECKPOINT_HOURS.len()];
    let mut young = HashMap::new();
    let mut scanned = 0;
    reading.early_curves(account_id, horizon(), now, |curve| {
        for (values, age) in at_age.iter_mut().zip(CHECKPOINT_HOURS) {
            if values.len() < TYPICAL_POSTS
                && let Some(views) = views_at(curve.published_at, &curve.views, age)
            {
                values.push(views);
            }
        }
        scanned += 1;
        if is_young(curve.published_at, now) {
            young.insert(curve.post_id, curve.views);
            return ControlFlow::Continue(());
        }
        let full = at_age.iter().all(|v| v.len() >= TYPICAL_POSTS);
        if full || scanned >= SCANNED_POSTS {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })?;
    Ok(Early {
        typical: curve_of(at_age),
        young,
    })
}

/// The typical curve from each checkpoint's views.
fn curve_of(at_age: Vec<Vec<f64>>) -> TypicalCurve {
    TypicalCurve {
        points: at_age
            .into_iter()
            .zip(CHECKPOINT_HOURS)
            .map(|(mut views, age_hours)| {
                let posts = u32::try_from(views.len()).unwrap_or(u32::MAX);
                TypicalPoint {
                    age_hours,
                    posts,
                    views: (posts >= TYPICAL_MINIMUM_POSTS)
                        .then(|| spread(&mut views))
                        .flatten(),
                }
            })
            .collect(),
        minimum_posts: TYPICAL_MINIMUM_POSTS,
    }
}

/// The creator's typical curve at `now`: at each of [`CHECKPOINT_HOURS`], the quartiles of the
/// views the newest [`TYPICAL_POSTS`] posts read at that age had then.
pub(crate) fn typical_curve_in(
    reading: &Reading<'_>,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<TypicalCurve, HistoryError> {
    Ok(early_in(reading, account_id, now)?.typical)
}

/// The typical post's median views at `age_hours` (any age up to a week): interpolated between
/// the checkpoints with a median on either side, from 0 views at publication. `None` past a
/// week, or where the next checkpoint has too few posts.
pub(crate) fn typical_median_at(typical: &TypicalCurve, age_hours: f64) -> Option<f64> {
    let mut before = (0.0, 0.0);
    for point in &typical.points {
        let age = f64::from(point.age_hours);
        let median = point.views.map(|v| v.median);
        if age >= age_hours {
            let median = median?;
            let span = age - before.0;
            if span <= 0.0 {
                return Some(median);
            }
            return Some(before.1 + (median - before.1) * (age_hours - before.0) / span);
        }
        if let Some(median) = median {
            before = (age, median);
        }
    }
    None
}

/// Where a post published at `published_at`, with `readings` of its views (oldest first),
/// stands at `now` against `typical`.
pub(crate) fn on_track_of(
    published_at: DateTime<Utc>,
    readings: &[(DateTime<Utc>, u64)],
    typical: &TypicalCurve,
    now: DateTime<Utc>,
) -> Option<OnTrack> {
    CHECKPOINT_HOURS.iter().rev().find_map(|&age_hours| {
        if published_at + TimeDelta::hours(i64::from(age_hours)) > now {
            return None;
        }
        let typical = typical
            .points
            .iter()
            .find(|p| p.age_hours == age_hours)?
            .views?
            .median;
        if typical <= 0.0 {
            return None;
        }
        let views = views_at(published_at, readings, age_hours)?;
        Some(OnTrack {
            age_hours,
            views: views.round() as u64,
            typical,
            multiple: views / typical,
        })
    })
}

/// Where a post published at `published_at`, read as `growth`, stands at `now` against the
/// creator's `typical` curve: at the oldest checkpoint it has reached and been read at or
/// past (by a reading no later than the age again, or a day, after it), its views there
/// (interpolated) over the typical post's median there. `None` before its first hour is
/// read, or where the typical curve has too few posts.
pub fn on_track(
    published_at: DateTime<Utc>,
    growth: &[PostReading],
    typical: &TypicalCurve,
    now: DateTime<Utc>,
) -> Option<OnTrack> {
    let readings: Vec<(DateTime<Utc>, u64)> = growth
        .iter()
        .filter_map(|r| r.metrics.views.map(|views| (r.at, views)))
        .collect();
    on_track_of(published_at, &readings, typical, now)
}

#[cfg(test)]
mod tests {
    use spool_model::Spread;

    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("moment").to_utc()
    }

    fn hours(h: i64) -> DateTime<Utc> {
        at("2025-03-01T12:00:00Z") + TimeDelta::hours(h)
    }

    fn curve(medians: [Option<f64>; 5]) -> TypicalCurve {
        TypicalCurve {
            points: CHECKPOINT_HOURS
                .iter()
                .zip(medians)
                .map(|(&age_hours, median)| TypicalPoint {
                    age_hours,
                    posts: 10,
                    views: median.map(|median| Spread {
                        lower: median / 2.0,
                        median,
                        upper: median * 2.0,
                    }),
                })
                .collect(),
            minimum_posts: TYPICAL_MINIMUM_POSTS,
        }
    }

    #[test]
    fn views_at_six_hours_lie_on_the_line_between_the_readings_at_2_and_10_hours() {
        let readings = [(hours(2), 100), (hours(10), 500)];
        // 6 h is halfway from 2 h to 10 h: 100 + (500 - 100) / 2.
        assert_eq!(views_at(hours(0), &readings, 6), Some(300.0));
        // 1 h is before the first reading: on the line from publication (0 views) to 2 h.
        assert_eq!(views_at(hours(0), &readings, 1), Some(50.0));
        // Never past the last reading.
        assert_eq!(views_at(hours(0), &readings, 24), None);
    }

    #[test]
    fn a_reading_long_after_an_age_does_not_stand_for_it() {
        // First read 30 h after publication: nothing is known of its first hours.
        let readings = [(hours(30), 3_000)];
        assert_eq!(views_at(hours(0), &readings, 1), None);
        assert_eq!(views_at(hours(0), &readings, 6), None);
        assert_eq!(views_at(hours(0), &readings, 24), Some(2_400.0));
    }

    #[test]
    fn the_typical_median_between_checkpoints_is_on_the_line_joining_them() {
        let typical = curve([Some(100.0), Some(600.0), Some(1_200.0), None, None]);
        assert_eq!(typical_median_at(&typical, 0.5), Some(50.0));
        // 15 h: 600 + (1,200 − 600) × 9 / 18.
        assert_eq!(typical_median_at(&typical, 15.0), Some(900.0));
        // Past 24 h the next checkpoint has too few posts.
        assert_eq!(typical_median_at(&typical, 30.0), None);
    }

    #[test]
    fn a_post_is_held_against_the_oldest_checkpoint_it_was_read_past() {
        let typical = curve([Some(100.0), Some(400.0), Some(1_000.0), None, None]);
        let growth = |points: &[(i64, u64)]| -> Vec<PostReading> {
            points
                .iter()
                .map(|&(h, views)| PostReading {
                    at: hours(h),
                    metrics: spool_model::PostMetrics {
                        views: Some(views),
                        ..Default::default()
                    },
                })
                .collect()
        };
        // 8 h old, read at 2 h and 7 h: 6 h is reached and read past; 24 h is not reached.
        let young = growth(&[(2, 200), (7, 1_160)]);
        let track = on_track(hours(0), &young, &typical, hours(8)).expect("on track");
        // At 6 h: 200 + (1,160 − 200) × 4 / 5 = 968, against a typical 400.
        assert_eq!(track.age_hours, 6);
        assert_eq!(track.views, 968);
        assert!((track.multiple - 2.42).abs() < 1e-9, "{}", track.multiple);
        // 30 h old but last read at 7 h: still at 6 h, not at 24 h.
        assert_eq!(
            on_track(hours(0), &young, &typical, hours(30)).map(|t| t.age_hours),
            Some(6)
        );
        // 4 days old and read at 3 days: 72 h has no typical median, so 24 h is the one.
        let older = growth(&[(20, 800), (30, 1_400), (72, 2_000)]);
        let track = on_track(hours(0), &older, &typical, hours(96)).expect("on track");
        assert_eq!((track.age_hours, track.views), (24, 1_040));
        // Half an hour old: no checkpoint yet.
        assert_eq!(on_track(hours(0), &young, &typical, hours(0)), None);
    }
}
