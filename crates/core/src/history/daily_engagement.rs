//! `daily_engagement`: likes, replies, reposts and quotes per day, as last read.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, named_params};
use spool_model::EngagementTotals;

use super::{read_count, stored_count};

/// Records one day's engagement, replacing an earlier reading of that day.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    day: NaiveDate,
    engagement: &EngagementTotals,
    taken_at: DateTime<Utc>,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT OR REPLACE INTO daily_engagement
                 (account_id, day, likes, replies, reposts, quotes, taken_at)
             VALUES (:account_id, :day, :likes, :replies, :reposts, :quotes, :taken_at)",
        )?
        .execute(named_params! {
            ":account_id": account_id,
            ":day": day.to_string(),
            ":likes": stored_count(engagement.likes),
            ":replies": stored_count(engagement.replies),
            ":reposts": stored_count(engagement.reposts),
            ":quotes": stored_count(engagement.quotes),
            ":taken_at": taken_at.timestamp(),
        })?;
    Ok(())
}

/// Engagement summed over the stored days from `since` to `until`; `None` if no day of it is
/// stored.
pub(super) fn total(
    connection: &Connection,
    account_id: &str,
    since: NaiveDate,
    until: NaiveDate,
) -> rusqlite::Result<Option<EngagementTotals>> {
    connection
        .prepare_cached(
            "SELECT COUNT(*) AS days, SUM(likes) AS likes, SUM(replies) AS replies,
                    SUM(reposts) AS reposts, SUM(quotes) AS quotes
             FROM daily_engagement
             WHERE account_id = :account_id AND day BETWEEN :since AND :until",
        )?
        .query_row(
            named_params! {
                ":account_id": account_id,
                ":since": since.to_string(),
                ":until": until.to_string(),
            },
            |row| {
                let days: i64 = row.get("days")?;
                // SUM over no rows is NULL; those days count as none.
                let sum = |name: &str| -> rusqlite::Result<u64> {
                    Ok(read_count(row.get::<_, Option<i64>>(name)?.unwrap_or(0)))
                };
                (days > 0)
                    .then(|| -> rusqlite::Result<EngagementTotals> {
                        Ok(EngagementTotals {
                            likes: sum("likes")?,
                            replies: sum("replies")?,
                            reposts: sum("reposts")?,
                            quotes: sum("quotes")?,
                        })
                    })
                    .transpose()
            },
        )
}
