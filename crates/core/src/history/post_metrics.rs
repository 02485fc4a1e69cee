//! `post_metrics`: a post's lifetime metrics at each sync that read them: its growth curve.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, Row, Statement, named_params};
use spool_model::{PostMetrics, PostReading};

use super::{column_indices, count, moment, stored_count};

/// Records `metrics` of `post_id` as read at `taken_at`.
pub(super) fn insert(
    connection: &Connection,
    post_id: &str,
    taken_at: DateTime<Utc>,
    metrics: &PostMetrics,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT OR REPLACE INTO post_metrics
                 (post_id, taken_at, views, likes, replies, reposts, quotes, shares)
             VALUES (:post_id, :taken_at, :views, :likes, :replies, :reposts, :quotes, :shares)",
        )?
        .execute(named_params! {
            ":post_id": post_id,
            ":taken_at": taken_at.timestamp(),
            ":views": metrics.views.map(stored_count),
            ":likes": metrics.likes.map(stored_count),
            ":replies": metrics.replies.map(stored_count),
            ":reposts": metrics.reposts.map(stored_count),
            ":quotes": metrics.quotes.map(stored_count),
            ":shares": metrics.shares.map(stored_count),
        })?;
    Ok(())
}

/// Where a query's rows hold this table's counts, under their own names.
pub(super) struct MetricColumns([usize; 6]);

impl MetricColumns {
    pub(super) fn of(statement: &Statement<'_>) -> rusqlite::Result<Self> {
        column_indices(
            statement,
            ["views", "likes", "replies", "reposts", "quotes", "shares"],
        )
        .map(Self)
    }

    /// The metrics in `row`.
    pub(super) fn read(&self, row: &Row<'_>) -> rusqlite::Result<PostMetrics> {
        let [views, likes, replies, reposts, quotes, shares] = self.0;
        Ok(PostMetrics {
            views: count(row, views)?,
            likes: count(row, likes)?,
            replies: count(row, replies)?,
            reposts: count(row, reposts)?,
            quotes: count(row, quotes)?,
            shares: count(row, shares)?,
        })
    }
}

/// `post_id`'s metrics at each reading, oldest first.
pub(super) fn growth(connection: &Connection, post_id: &str) -> rusqlite::Result<Vec<PostReading>> {
    let mut query = connection.prepare_cached(
        "SELECT taken_at, views, likes, replies, reposts, quotes, shares FROM post_metrics
         WHERE post_id = :post_id ORDER BY taken_at",
    )?;
    let metrics = MetricColumns::of(&query)?;
    let [taken_at] = column_indices(&query, ["taken_at"])?;
    let rows = query.query_map(named_params! { ":post_id": post_id }, |row| {
        Ok(PostReading {
            at: moment(row.get(taken_at)?),
            metrics: metrics.read(row)?,
        })
    })?;
    rows.collect()
}
