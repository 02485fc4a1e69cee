//! `follower_snapshots`: the follower count at each sync, the curve the API cannot give.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, named_params};
use spool_model::FollowerReading;

use super::{column_indices, moment, read_count, stored_count};

/// Records `followers` of `account_id` at `taken_at`.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    taken_at: DateTime<Utc>,
    followers: u64,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT OR REPLACE INTO follower_snapshots (account_id, taken_at, followers)
             VALUES (:account_id, :taken_at, :followers)",
        )?
        .execute(named_params! {
            ":account_id": account_id,
            ":taken_at": taken_at.timestamp(),
            ":followers": stored_count(followers),
        })?;
    Ok(())
}

/// Followers in the last reading at or before `at`.
pub(super) fn at(
    connection: &Connection,
    account_id: &str,
    at: DateTime<Utc>,
) -> rusqlite::Result<Option<u64>> {
    let followers: Option<i64> = connection
        .prepare_cached(
            "SELECT followers FROM follower_snapshots
             WHERE account_id = :account_id AND taken_at <= :at
             ORDER BY taken_at DESC LIMIT 1",
        )?
        .query_row(
            named_params! { ":account_id": account_id, ":at": at.timestamp() },
            |row| row.get("followers"),
        )
        .optional()?;
    Ok(followers.map(read_count))
}

/// Followers at each reading, oldest first.
pub(super) fn series(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Vec<FollowerReading>> {
    let mut query = connection.prepare_cached(
        "SELECT taken_at, followers FROM follower_snapshots WHERE account_id = :account_id
         ORDER BY taken_at",
    )?;
    let [taken_at, followers] = column_indices(&query, ["taken_at", "followers"])?;
    let rows = query.query_map(named_params! { ":account_id": account_id }, |row| {
        Ok(FollowerReading {
            at: moment(row.get(taken_at)?),
            followers: read_count(row.get(followers)?),
        })
    })?;
    rows.collect()
}

/// The `count` newest readings, newest first.
pub(super) fn newest(
    connection: &Connection,
    account_id: &str,
    count: u32,
) -> rusqlite::Result<Vec<FollowerReading>> {
    let mut query = connection.prepare_cached(
        "SELECT taken_at, followers FROM follower_snapshots WHERE account_id = :account_id
         ORDER BY taken_at DESC LIMIT :count",
    )?;
    let rows = query.query_map(
        named_params! { ":account_id": account_id, ":count": count },
        |row| {
            Ok(FollowerReading {
                at: moment(row.get("taken_at")?),
                followers: read_count(row.get("followers")?),
            })
        },
    )?;
    rows.collect()
}
