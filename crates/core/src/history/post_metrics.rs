//! `post_metrics`: a post's lifetime metrics at each sync that read them: its growth curve.
//!
//! Each post's newest reading is also in `latest_post_metrics`, which triggers on this table
//! keep (see `migrations/0005_latest_post_metrics.sql`): the queries that list posts with their
//! latest metrics (in `posts.rs`) join that, one row per post.

use std::ops::ControlFlow;

use chrono::{DateTime, TimeDelta, Utc};
use rusqlite::{Connection, Row, Statement, named_params};
use spool_model::{MediaType, PostMetrics, PostReading};

use super::{column_indices, count, moment, read_count, stored_count};

/// A post's views at each reading of its first days: what its early curve is drawn from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarlyCurve {
    /// The media id.
    pub post_id: String,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Each reading with views, oldest first: when, and the views then.
    pub views: Vec<(DateTime<Utc>, u64)>,
}

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

/// The early curves of `account_id`'s posts (not its reposts) published up to `until`, newest
/// post first, each with its readings taken up to `horizon` after publication (and up to
/// `until`), handed to `visit` one post at a time until it says to stop: the newest posts
/// are all most callers need, and the rest are not read.
pub(super) fn early_curves(
    connection: &Connection,
    account_id: &str,
    horizon: TimeDelta,
    until: DateTime<Utc>,
    mut visit: impl FnMut(EarlyCurve) -> ControlFlow<()>,
) -> rusqlite::Result<()> {
    // Ordered as the index on (account_id, published_at) walks the posts and the primary key
    // (post_id, taken_at) each post's readings, so rows stream without a sort and the walk
    // stops where `visit` does.
    let mut query = connection.prepare_cached(
        "SELECT p.id AS id, p.published_at AS published_at, m.taken_at AS taken_at,
                m.views AS views
         FROM posts p JOIN post_metrics m ON m.post_id = p.id
         WHERE p.account_id = :account_id AND p.media_type != :repost
           AND p.published_at <= :until
           AND m.taken_at <= p.published_at + :horizon AND m.taken_at <= :until
           AND m.views IS NOT NULL
         ORDER BY p.published_at DESC, p.rowid DESC, m.taken_at",
    )?;
    let [id, published_at, taken_at, views] =
        column_indices(&query, ["id", "published_at", "taken_at", "views"])?;
    let mut rows = query.query(named_params! {
        ":account_id": account_id,
        ":repost": MediaType::RepostFacade,
        ":until": until.timestamp(),
        ":horizon": horizon.num_seconds(),
    })?;
    let mut current: Option<EarlyCurve> = None;
    while let Some(row) = rows.next()? {
        let post_id: String = row.get(id)?;
        let reading = (moment(row.get(taken_at)?), read_count(row.get(views)?));
        match &mut current {
            Some(curve) if curve.post_id == post_id => curve.views.push(reading),
            _ => {
                let next = EarlyCurve {
                    post_id,
                    published_at: moment(row.get(published_at)?),
                    views: vec![reading],
                };
                if let Some(done) = current.replace(next)
                    && visit(done).is_break()
                {
                    return Ok(());
                }
            }
        }
    }
    if let Some(done) = current {
        let _ = visit(done);
    }
    Ok(())
}
