//! `posts`: every post of every account, as last listed by Threads.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, Row, Statement, named_params};
use spool_model::{MediaType, Post, PostMetrics};

use super::post_metrics::MetricColumns;
use super::{column_indices, moment};

/// A stored post as a sync plans with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredPost {
    /// The media id.
    pub id: String,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// When its metrics were last read; `None` if never.
    pub last_read_at: Option<DateTime<Utc>>,
    /// Whether it is a repost of someone else's post (which has no insights of its own).
    pub is_repost: bool,
}

/// A stored post with its latest metrics, as the posts table shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct PostWithMetrics {
    /// The post.
    pub post: Post,
    /// Its metrics at the latest reading; `None` if they were never read.
    pub latest_metrics: Option<PostMetrics>,
}

/// One of the creator's own posts (not a repost) as the content insights read it: lean, so
/// the whole history reads fast, with the text only of the posts in the range shown.
#[derive(Debug, Clone, PartialEq)]
pub struct InsightPost {
    /// The media id.
    pub id: String,
    /// Its kind.
    pub media_type: MediaType,
    /// Its text, for a post published in the window asked for; `None` outside it or without text.
    pub text: Option<String>,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Whether a link is attached.
    pub has_link: bool,
    /// Its metrics at the latest reading; `None` if they were never read.
    pub metrics: Option<PostMetrics>,
    /// When that reading was taken.
    pub read_at: Option<DateTime<Utc>>,
}

/// Adds a post, or updates what may change of a known one (text, address, kind).
pub(super) fn upsert(
    connection: &Connection,
    account_id: &str,
    post: &Post,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO posts (id, account_id, media_type, text, published_at, permalink,
                                shortcode, is_quote_post, link_attachment_url)
             VALUES (:id, :account_id, :media_type, :text, :published_at, :permalink,
                     :shortcode, :is_quote_post, :link_attachment_url)
             ON CONFLICT(id) DO UPDATE SET text = excluded.text,
                 permalink = excluded.permalink, media_type = excluded.media_type,
                 link_attachment_url = excluded.link_attachment_url",
        )?
        .execute(named_params! {
            ":id": post.id,
            ":account_id": account_id,
            ":media_type": post.media_type,
            ":text": post.text,
            ":published_at": post.published_at.timestamp(),
            ":permalink": post.permalink,
            ":shortcode": post.shortcode,
            ":is_quote_post": post.is_quote_post,
            ":link_attachment_url": post.link_attachment_url,
        })?;
    Ok(())
}

/// Each post of `account_id`, newest first, with when its metrics were last read.
pub(super) fn stored(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Vec<StoredPost>> {
    let mut query = connection.prepare_cached(
        "SELECT p.id AS id, p.published_at AS published_at, m.taken_at AS last_read_at,
                p.media_type = :repost AS is_repost
         FROM posts p LEFT JOIN latest_post_metrics m ON m.post_id = p.id
         WHERE p.account_id = :account_id ORDER BY p.published_at DESC",
    )?;
    let [id, published_at, last_read_at, is_repost] =
        column_indices(&query, ["id", "published_at", "last_read_at", "is_repost"])?;
    let rows = query.query_map(
        named_params! { ":account_id": account_id, ":repost": MediaType::RepostFacade },
        |row| {
            Ok(StoredPost {
                id: row.get(id)?,
                published_at: moment(row.get(published_at)?),
                last_read_at: row.get::<_, Option<i64>>(last_read_at)?.map(moment),
                is_repost: row.get(is_repost)?,
            })
        },
    )?;
    rows.collect()
}

/// A post and its latest metrics, as [`PostColumns`] reads them; the caller adds the `WHERE`
/// and the order.
const WITH_LATEST_METRICS: &str = "
    SELECT p.id AS id, p.media_type AS media_type, p.text AS text,
           p.published_at AS published_at, p.permalink AS permalink, p.shortcode AS shortcode,
           p.is_quote_post AS is_quote_post, p.link_attachment_url AS link_attachment_url,
           m.views AS views, m.likes AS likes,
           m.replies AS replies, m.reposts AS reposts, m.quotes AS quotes, m.shares AS shares,
           m.taken_at AS metrics_taken_at
    FROM posts p LEFT JOIN latest_post_metrics m ON m.post_id = p.id";

/// Every post of `account_id`, newest first, with its latest metrics.
pub(super) fn all_with_latest_metrics(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Vec<PostWithMetrics>> {
    let mut query = connection.prepare_cached(&format!(
        "{WITH_LATEST_METRICS} WHERE p.account_id = :account_id ORDER BY p.published_at DESC"
    ))?;
    let columns = PostColumns::of(&query)?;
    let rows = query.query_map(named_params! { ":account_id": account_id }, |row| {
        columns.read(row)
    })?;
    rows.collect()
}

/// One post of `account_id` with its latest metrics; `None` if it is not stored.
pub(super) fn one_with_latest_metrics(
    connection: &Connection,
    account_id: &str,
    post_id: &str,
) -> rusqlite::Result<Option<PostWithMetrics>> {
    let mut query = connection.prepare_cached(&format!(
        "{WITH_LATEST_METRICS} WHERE p.account_id = :account_id AND p.id = :post_id"
    ))?;
    let columns = PostColumns::of(&query)?;
    query
        .query_row(
            named_params! { ":account_id": account_id, ":post_id": post_id },
            |row| columns.read(row),
        )
        .optional()
}

/// The posts of `account_id` published from `since` on, newest first, with their latest
/// metrics.
pub(super) fn since_with_latest_metrics(
    connection: &Connection,
    account_id: &str,
    since: DateTime<Utc>,
) -> rusqlite::Result<Vec<PostWithMetrics>> {
    let mut query = connection.prepare_cached(&format!(
        "{WITH_LATEST_METRICS} WHERE p.account_id = :account_id AND p.published_at >= :since
         ORDER BY p.published_at DESC"
    ))?;
    let columns = PostColumns::of(&query)?;
    let rows = query.query_map(
        named_params! { ":account_id": account_id, ":since": since.timestamp() },
        |row| columns.read(row),
    )?;
    rows.collect()
}

/// Every post of `account_id` but its reposts of others' posts, oldest first, with its
/// latest metrics and when they were read; the text only of those published from `text_from`
/// to before `text_until` (the range shown: the rest stands only in the creator's normals).
pub(super) fn for_insights(
    connection: &Connection,
    account_id: &str,
    text_from: DateTime<Utc>,
    text_until: DateTime<Utc>,
) -> rusqlite::Result<Vec<InsightPost>> {
    let mut query = connection.prepare_cached(
        "SELECT p.id AS id, p.media_type AS media_type,
                CASE WHEN p.published_at >= :from AND p.published_at < :until THEN p.text END
                    AS text,
                p.published_at AS published_at,
                COALESCE(p.link_attachment_url, '') != '' AS has_link,
                m.views AS views, m.likes AS likes, m.replies AS replies, m.reposts AS reposts,
                m.quotes AS quotes, m.shares AS shares, m.taken_at AS metrics_taken_at
         FROM posts p LEFT JOIN latest_post_metrics m ON m.post_id = p.id
         WHERE p.account_id = :account_id AND p.media_type != :repost
         ORDER BY p.published_at",
    )?;
    let metrics = MetricColumns::of(&query)?;
    let [id, media_type, text, published_at, has_link, taken_at] = column_indices(
        &query,
        [
            "id",
            "media_type",
            "text",
            "published_at",
            "has_link",
            "metrics_taken_at",
        ],
    )?;
    let rows = query.query_map(
        named_params! {
            ":account_id": account_id,
            ":repost": MediaType::RepostFacade,
            ":from": text_from.timestamp(),
            ":until": text_until.timestamp(),
        },
        |row| {
            let read_at = row.get::<_, Option<i64>>(taken_at)?.map(moment);
            Ok(InsightPost {
                id: row.get(id)?,
                media_type: row.get(media_type)?,
                text: row.get(text)?,
                published_at: moment(row.get(published_at)?),
                has_link: row.get(has_link)?,
                metrics: read_at.map(|_| metrics.read(row)).transpose()?,
                read_at,
            })
        },
    )?;
    rows.collect()
}

/// Where [`WITH_LATEST_METRICS`]'s rows hold each column, found by name once per query.
struct PostColumns {
    post: [usize; 8],
    metrics: MetricColumns,
    metrics_taken_at: usize,
}

impl PostColumns {
    fn of(statement: &Statement<'_>) -> rusqlite::Result<Self> {
        Ok(Self {
            post: column_indices(
                statement,
                [
                    "id",
                    "media_type",
                    "text",
                    "published_at",
                    "permalink",
                    "shortcode",
                    "is_quote_post",
                    "link_attachment_url",
                ],
            )?,
            metrics: MetricColumns::of(statement)?,
            metrics_taken_at: statement.column_index("metrics_taken_at")?,
        })
    }

    fn read(&self, row: &Row<'_>) -> rusqlite::Result<PostWithMetrics> {
        let [
            id,
            media_type,
            text,
            published_at,
            permalink,
            shortcode,
            is_quote_post,
            link_attachment_url,
        ] = self.post;
        let post = Post {
            id: row.get(id)?,
            media_type: row.get(media_type)?,
            text: row.get(text)?,
            published_at: moment(row.get(published_at)?),
            permalink: row.get(permalink)?,
            shortcode: row.get(shortcode)?,
            is_quote_post: row.get(is_quote_post)?,
            link_attachment_url: row.get(link_attachment_url)?,
        };
        // No reading at all (the join found none) is not a reading with every count missing.
        let read: Option<i64> = row.get(self.metrics_taken_at)?;
        let latest_metrics = read.map(|_| self.metrics.read(row)).transpose()?;
        Ok(PostWithMetrics {
            post,
            latest_metrics,
        })
    }
}

/// The day of `account_id`'s first stored post, in Threads' calendar.
pub(super) fn first_day(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Option<NaiveDate>> {
    let first: Option<i64> = connection
        .prepare_cached(
            "SELECT MIN(published_at) AS first FROM posts WHERE account_id = :account_id",
        )?
        .query_row(named_params! { ":account_id": account_id }, |row| {
            row.get("first")
        })?;
    Ok(first.map(|t| spool_model::pacific::day_of(moment(t))))
}
