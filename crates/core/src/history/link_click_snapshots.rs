//! `link_click_snapshots`: clicks per link at each sync, each a running total over the days
//! from the first post (or the API's floor) to the sync's day.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, named_params};
use spool_model::{ClicksReading, LinkClicks};

use super::{column_indices, moment, read_count, stored_count};

/// One reading of link clicks: when, the days it covers, and clicks per link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkReading {
    /// When Spool read it.
    pub at: DateTime<Utc>,
    /// The first day it covers.
    pub since: Option<NaiveDate>,
    /// The last day it covers.
    pub until: Option<NaiveDate>,
    /// Clicks per link, most first.
    pub links: Vec<LinkClicks>,
}

/// Records clicks per link over the days from `since` to `until`, read at `taken_at`.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    taken_at: DateTime<Utc>,
    since: NaiveDate,
    until: NaiveDate,
    links: &[LinkClicks],
) -> rusqlite::Result<()> {
    let mut insert = connection.prepare_cached(
        "INSERT OR REPLACE INTO link_click_snapshots
             (account_id, taken_at, since_day, until_day, url, clicks)
         VALUES (:account_id, :taken_at, :since_day, :until_day, :url, :clicks)",
    )?;
    for link in links {
        insert.execute(named_params! {
            ":account_id": account_id,
            ":taken_at": taken_at.timestamp(),
            ":since_day": since.to_string(),
            ":until_day": until.to_string(),
            ":url": link.url,
            ":clicks": stored_count(link.clicks),
        })?;
    }
    Ok(())
}

/// Total clicks in the last reading taken at or before `at`.
pub(super) fn total_at(
    connection: &Connection,
    account_id: &str,
    at: DateTime<Utc>,
) -> rusqlite::Result<Option<u64>> {
    let total: Option<i64> = connection
        .prepare_cached(
            "SELECT SUM(clicks) AS total FROM link_click_snapshots
             WHERE account_id = :account_id AND taken_at =
               (SELECT MAX(taken_at) FROM link_click_snapshots
                WHERE account_id = :account_id AND taken_at <= :at)",
        )?
        .query_row(
            named_params! { ":account_id": account_id, ":at": at.timestamp() },
            |row| row.get("total"),
        )?;
    Ok(total.map(read_count))
}

/// Total clicks on all links at every reading, oldest first, summed by SQLite.
pub(super) fn totals(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Vec<ClicksReading>> {
    let mut query = connection.prepare_cached(
        "SELECT taken_at, SUM(clicks) AS clicks FROM link_click_snapshots
         WHERE account_id = :account_id GROUP BY taken_at ORDER BY taken_at",
    )?;
    let [taken_at, clicks] = column_indices(&query, ["taken_at", "clicks"])?;
    let rows = query.query_map(named_params! { ":account_id": account_id }, |row| {
        Ok(ClicksReading {
            at: moment(row.get(taken_at)?),
            clicks: read_count(row.get(clicks)?),
        })
    })?;
    rows.collect()
}

/// Every reading, or only the last `latest`, oldest first, links most clicked first.
pub(super) fn readings(
    connection: &Connection,
    account_id: &str,
    latest: Option<u32>,
) -> rusqlite::Result<Vec<LinkReading>> {
    // A negative LIMIT is none at all.
    let latest = latest.map_or(-1, i64::from);
    let mut query = connection.prepare_cached(
        "SELECT taken_at, since_day, until_day, url, clicks FROM link_click_snapshots
         WHERE account_id = :account_id AND taken_at IN
           (SELECT DISTINCT taken_at FROM link_click_snapshots WHERE account_id = :account_id
            ORDER BY taken_at DESC LIMIT :latest)
         ORDER BY taken_at, clicks DESC, url",
    )?;
    let [taken_at, since_day, until_day, url, clicks] = column_indices(
        &query,
        ["taken_at", "since_day", "until_day", "url", "clicks"],
    )?;
    let mut rows = query.query(named_params! { ":account_id": account_id, ":latest": latest })?;
    let mut readings: Vec<LinkReading> = Vec::new();
    while let Some(row) = rows.next()? {
        let at = moment(row.get(taken_at)?);
        let link = LinkClicks {
            url: row.get(url)?,
            clicks: read_count(row.get(clicks)?),
        };
        match readings.last_mut() {
            Some(last) if last.at == at => last.links.push(link),
            _ => readings.push(LinkReading {
                at,
                since: row.get::<_, String>(since_day)?.parse().ok(),
                until: row.get::<_, String>(until_day)?.parse().ok(),
                links: vec![link],
            }),
        }
    }
    Ok(readings)
}
