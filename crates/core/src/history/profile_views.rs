//! `profile_views`: profile views per day, as last read (a later sync rereads recent days).

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, named_params};
use spool_model::DailyValue;

use super::{column_indices, read_count, stored_count};

/// Records one day's views (`None` where Threads left the day out), replacing an earlier reading.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    day: &DailyValue,
    taken_at: DateTime<Utc>,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT OR REPLACE INTO profile_views (account_id, day, views, taken_at)
             VALUES (:account_id, :day, :views, :taken_at)",
        )?
        .execute(named_params! {
            ":account_id": account_id,
            ":day": day.day.to_string(),
            ":views": day.value.map(stored_count),
            ":taken_at": taken_at.timestamp(),
        })?;
    Ok(())
}

/// The newest day with stored views.
pub(super) fn newest_day(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Option<NaiveDate>> {
    let day: Option<String> = connection
        .prepare_cached("SELECT MAX(day) AS day FROM profile_views WHERE account_id = :account_id")?
        .query_row(named_params! { ":account_id": account_id }, |row| {
            row.get("day")
        })?;
    Ok(day.and_then(|d| d.parse().ok()))
}

/// Every day from `since` to `until`, with its stored views; `None` where nothing or "no data"
/// was stored.
pub(super) fn days(
    connection: &Connection,
    account_id: &str,
    since: NaiveDate,
    until: NaiveDate,
) -> rusqlite::Result<Vec<DailyValue>> {
    let mut query = connection.prepare_cached(
        "SELECT day, views FROM profile_views
         WHERE account_id = :account_id AND day BETWEEN :since AND :until",
    )?;
    let [day, views] = column_indices(&query, ["day", "views"])?;
    let stored: HashMap<String, Option<i64>> = query
        .query_map(
            named_params! {
                ":account_id": account_id,
                ":since": since.to_string(),
                ":until": until.to_string(),
            },
            |row| Ok((row.get(day)?, row.get(views)?)),
        )?
        .collect::<Result<_, _>>()?;
    Ok(since
        .iter_days()
        .take_while(|d| *d <= until)
        .map(|day| DailyValue {
            day,
            value: stored
                .get(&day.to_string())
                .copied()
                .flatten()
                .map(read_count),
        })
        .collect())
}

/// The views summed from `since` to `until`; `None` if no day of it is stored.
pub(super) fn total(
    connection: &Connection,
    account_id: &str,
    since: NaiveDate,
    until: NaiveDate,
) -> rusqlite::Result<Option<u64>> {
    let (days, total): (i64, Option<i64>) = connection
        .prepare_cached(
            "SELECT COUNT(*) AS days, SUM(views) AS total FROM profile_views
             WHERE account_id = :account_id AND day BETWEEN :since AND :until",
        )?
        .query_row(
            named_params! {
                ":account_id": account_id,
                ":since": since.to_string(),
                ":until": until.to_string(),
            },
            |row| Ok((row.get("days")?, row.get("total")?)),
        )?;
    Ok((days > 0).then(|| read_count(total.unwrap_or(0))))
}
