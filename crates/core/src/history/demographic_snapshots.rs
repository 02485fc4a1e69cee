//! `demographic_snapshots`: followers per value of each breakdown (country, city, age, gender)
//! at each sync that read them.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, named_params};
use spool_model::{Breakdown, DemographicSegment, Demographics};

use super::{moment, read_count, stored_count};

/// One reading of a breakdown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemographicReading {
    /// When Spool read it.
    pub taken_at: DateTime<Utc>,
    /// Followers per value, most first (then by value).
    pub segments: Vec<DemographicSegment>,
}

/// Records every value of one breakdown as read at `taken_at`.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    taken_at: DateTime<Utc>,
    demographics: &Demographics,
) -> rusqlite::Result<()> {
    let mut insert = connection.prepare_cached(
        "INSERT OR REPLACE INTO demographic_snapshots
             (account_id, taken_at, breakdown, key, followers)
         VALUES (:account_id, :taken_at, :breakdown, :key, :followers)",
    )?;
    for segment in &demographics.segments {
        insert.execute(named_params! {
            ":account_id": account_id,
            ":taken_at": taken_at.timestamp(),
            ":breakdown": demographics.breakdown,
            ":key": segment.key,
            ":followers": stored_count(segment.followers),
        })?;
    }
    Ok(())
}

/// The two latest readings of `breakdown`, newest first.
pub(super) fn latest_two(
    connection: &Connection,
    account_id: &str,
    breakdown: Breakdown,
) -> rusqlite::Result<Vec<DemographicReading>> {
    let mut times = connection.prepare_cached(
        "SELECT DISTINCT taken_at FROM demographic_snapshots
         WHERE account_id = :account_id AND breakdown = :breakdown
         ORDER BY taken_at DESC LIMIT 2",
    )?;
    let times: Vec<i64> = times
        .query_map(
            named_params! { ":account_id": account_id, ":breakdown": breakdown },
            |row| row.get("taken_at"),
        )?
        .collect::<Result<_, _>>()?;
    let mut segments = connection.prepare_cached(
        "SELECT key, followers FROM demographic_snapshots
         WHERE account_id = :account_id AND breakdown = :breakdown AND taken_at = :taken_at
         ORDER BY followers DESC, key",
    )?;
    let mut readings = Vec::with_capacity(times.len());
    for taken_at in times {
        let rows = segments.query_map(
            named_params! {
                ":account_id": account_id,
                ":breakdown": breakdown,
                ":taken_at": taken_at,
            },
            |row| {
                Ok(DemographicSegment {
                    key: row.get("key")?,
                    followers: read_count(row.get("followers")?),
                })
            },
        )?;
        readings.push(DemographicReading {
            taken_at: moment(taken_at),
            segments: rows.collect::<Result<_, _>>()?,
        });
    }
    Ok(readings)
}
