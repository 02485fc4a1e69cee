//! The daily look: the last three days' posts against the typical curve, today's profile
//! views against a usual day, followers since yesterday, and what needs attention.

use chrono::{DateTime, NaiveTime, TimeDelta, Utc};
use spool_model::{Attention, SyncOutcome, Today, pacific};

use super::typical::{early_in, on_track_of};
use crate::analytics::{post_row, user_zone};
use crate::history::{HistoryError, Reading};
use spool_model::insights::median;

/// How long without a completed sync before the Today screen says so.
const SYNC_OVERDUE_HOURS: i64 = 24;

/// The days before today a usual day of profile views is the median of.
const USUAL_DAYS: u64 = 28;

/// [`super::today`] within a read the caller holds. The history's own attention items only (a failed
/// sync, none for too long); the service adds the logins'.
pub(crate) fn today_in(
    reading: &Reading<'_>,
    account_id: &str,
    utc_offset_minutes: i32,
    now: DateTime<Utc>,
) -> Result<Today, HistoryError> {
    let zone = user_zone(utc_offset_minutes);
    let local_today = now.with_timezone(&zone).date_naive();
    let start_of_today = (local_today.and_time(NaiveTime::MIN)
        - TimeDelta::seconds(i64::from(zone.local_minus_utc())))
    .and_utc();
    // Today and the two days before, in the user's days.
    let recent_since = start_of_today - TimeDelta::days(2);
    let early = early_in(reading, account_id, now)?;
    let recent = reading
        .posts_since_with_latest_metrics(account_id, recent_since)?
        .into_iter()
        .filter(|p| !p.post.is_repost() && p.post.published_at <= now)
        .map(|stored| {
            let mut row = post_row(stored);
            row.on_track = early.young.get(&row.post.id).and_then(|readings| {
                on_track_of(row.post.published_at, readings, &early.typical, now)
            });
            row
        })
        .collect::<Vec<_>>();
    // The screen draws the newest post's curve; read here, in the same read as the rest.
    let newest_growth = match recent.first() {
        Some(newest) => reading.post_growth(&newest.post.id)?,
        None => Vec::new(),
    };

    let pacific_today = pacific::day_of(now);
    let profile_views_today = reading
        .profile_views(account_id, pacific_today, pacific_today)?
        .first()
        .and_then(|d| d.value);
    let usual_day = match (
        pacific_today.checked_sub_days(chrono::Days::new(USUAL_DAYS)),
        pacific_today.pred_opt(),
    ) {
        (Some(since), Some(until)) => {
            let mut days: Vec<f64> = reading
                .profile_views(account_id, since, until)?
                .into_iter()
                .filter_map(|d| d.value.map(|v| v as f64))
                .collect();
            median(&mut days)
        }
        _ => None,
    };

    let followers = reading.followers_at(account_id, now)?;
    let before_today = reading.followers_at(account_id, start_of_today - TimeDelta::seconds(1))?;
    let followers_since_yesterday = match (followers, before_today) {
        (Some(now), Some(then)) => {
            Some(i64::try_from(now).unwrap_or(i64::MAX) - i64::try_from(then).unwrap_or(i64::MAX))
        }
        _ => None,
    };

    let mut attention = Vec::new();
    if let Some(run) = reading.last_run(account_id)?
        && run.outcome == SyncOutcome::Failed
    {
        attention.push(Attention::SyncFailed {
            at: run.ended_at,
            reason: run.error,
        });
    }
    if let Some(good) = reading.last_completed_sync(account_id)? {
        let since = now - good;
        if since > TimeDelta::hours(SYNC_OVERDUE_HOURS) {
            attention.push(Attention::NotSyncedFor {
                hours: u32::try_from(since.num_hours()).unwrap_or(u32::MAX),
            });
        }
    }

    Ok(Today {
        recent,
        typical: early.typical,
        newest_growth,
        profile_views_today,
        usual_day,
        followers,
        followers_since_yesterday,
        attention,
    })
}
