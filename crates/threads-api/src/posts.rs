//! The posts list, page by page, and each post's lifetime insights.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use futures_util::StreamExt;
use serde::Deserialize;
use spool_model::limits::{POSTS_PAGE_MAX, POSTS_SINCE_FLOOR_UNIX};
use spool_model::{MediaType, Post, PostMetric, PostMetrics};

use crate::client::ThreadsClient;
use crate::error::{ApiError, Endpoint, RequestRefused};
use crate::secret::AccessToken;
use crate::wire::{Page, id_string, parse};

const POST_FIELDS: &str = "id,media_product_type,media_type,text,timestamp,permalink,shortcode,is_quote_post,link_attachment_url";

/// Where a page starts: one cursor or the other, never both (the API refuses both together).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cursor {
    /// The page before this cursor.
    Before(String),
    /// The page after this cursor.
    After(String),
}

/// Which posts to list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PostsQuery {
    /// Posts published at or after this moment.
    pub since: Option<DateTime<Utc>>,
    /// Posts published at or before this moment.
    pub until: Option<DateTime<Utc>>,
    /// Posts per page: 1 to 100; the API's default, 25, when `None`.
    pub limit: Option<u32>,
    /// Where to start.
    pub cursor: Option<Cursor>,
}

impl PostsQuery {
    /// Refuses what the API would refuse.
    pub fn validate(&self) -> Result<(), RequestRefused> {
        if let Some(limit) = self.limit
            && !(1..=POSTS_PAGE_MAX).contains(&limit)
        {
            return Err(RequestRefused::PageSize(limit));
        }
        if self
            .since
            .is_some_and(|since| since.timestamp() < POSTS_SINCE_FLOOR_UNIX)
        {
            return Err(RequestRefused::BeforePostsFloor);
        }
        if let (Some(since), Some(until)) = (self.since, self.until)
            && until < since
        {
            return Err(RequestRefused::ReversedRange);
        }
        Ok(())
    }
}

/// The posts list as a sequence of pages, fetched one at a time as they are asked for.
///
/// A list that leads back to a page it gave before (a cursor seen before) ends with an
/// error, never loops; how many pages a caller reads is its own cap (a sync's is in
/// `SyncOptions`).
#[derive(Debug)]
pub struct PostPages {
    client: ThreadsClient,
    token: AccessToken,
    user_id: String,
    query: PostsQuery,
    finished: bool,
    /// Every `after` cursor followed so far.
    followed: HashSet<String>,
}

impl PostPages {
    /// The next page, or `None` after the last one (or after an error).
    pub async fn next_page(&mut self) -> Option<Result<Vec<Post>, ApiError>> {
        if self.finished {
            return None;
        }
        match self.fetch().await {
            Err(error) => {
                self.finished = true;
                Some(Err(error))
            }
            Ok((posts, after)) => {
                // Stop where the API gives no further cursor or an empty page.
                match after {
                    Some(after) if !posts.is_empty() => {
                        // A cursor followed before leads back to pages already read: the list
                        // would loop forever, and what it gave cannot be trusted as complete.
                        if !self.followed.insert(after.clone()) {
                            self.finished = true;
                            return Some(Err(ApiError::UnexpectedResponse {
                                status: 200,
                                detail: "the posts list led back to a page it had already \
                                         sent (a cursor seen before)"
                                    .to_owned(),
                            }));
                        }
                        self.query.cursor = Some(Cursor::After(after));
                    }
                    _ => self.finished = true,
                }
                (!posts.is_empty()).then_some(Ok(posts))
            }
        }
    }

    /// Every remaining post, newest first as the API lists them.
    pub async fn all(mut self) -> Result<Vec<Post>, ApiError> {
        let mut posts = Vec::new();
        while let Some(page) = self.next_page().await {
            posts.extend(page?);
        }
        Ok(posts)
    }

    async fn fetch(&self) -> Result<(Vec<Post>, Option<String>), ApiError> {
        let since = self.query.since.map(|t| t.timestamp().to_string());
        let until = self.query.until.map(|t| t.timestamp().to_string());
        let limit = self.query.limit.map(|l| l.to_string());
        let mut params = vec![("fields", POST_FIELDS)];
        params.extend(since.as_deref().map(|v| ("since", v)));
        params.extend(until.as_deref().map(|v| ("until", v)));
        params.extend(limit.as_deref().map(|v| ("limit", v)));
        match &self.query.cursor {
            Some(Cursor::Before(cursor)) => params.push(("before", cursor)),
            Some(Cursor::After(cursor)) => params.push(("after", cursor)),
            None => {}
        }
        let path = format!("{}/threads", self.user_id);
        let (value, status) = self
            .client
            .get(Endpoint::Posts, &path, &params, &self.token)
            .await?;
        let page: Page<WirePost> = parse(value, status)?;
        let after = page
            .paging
            .and_then(|paging| paging.cursors)
            .and_then(|cursors| cursors.after)
            .filter(|after| !after.is_empty());
        let posts = page
            .data
            .into_iter()
            .map(|post| post.into_post(status))
            .collect::<Result<_, _>>()?;
        Ok((posts, after))
    }
}

#[derive(Deserialize)]
struct WirePost {
    #[serde(deserialize_with = "id_string")]
    id: String,
    #[serde(default)]
    media_type: Option<MediaType>,
    #[serde(default)]
    text: Option<String>,
    timestamp: String,
    #[serde(default)]
    permalink: Option<String>,
    #[serde(default)]
    shortcode: Option<String>,
    #[serde(default)]
    is_quote_post: bool,
    #[serde(default)]
    link_attachment_url: Option<String>,
}

impl WirePost {
    fn into_post(self, status: u16) -> Result<Post, ApiError> {
        let published_at =
            parse_timestamp(&self.timestamp).ok_or_else(|| ApiError::UnexpectedResponse {
                status,
                detail: format!("post {} has an unreadable timestamp", self.id),
            })?;
        Ok(Post {
            id: self.id,
            media_type: self.media_type.unwrap_or(MediaType::Unknown),
            text: self.text,
            published_at,
            permalink: self.permalink,
            shortcode: self.shortcode,
            is_quote_post: self.is_quote_post,
            link_attachment_url: self.link_attachment_url,
        })
    }
}

/// `2026-04-21T03:23:30+0000`, the API's format (an offset without a colon); RFC 3339 too.
/// Moments outside 1970 to 9999 are refused as unreadable: chrono reads years up to ±262,143,
/// where the day arithmetic that follows (Pacific days, a day's end) would overflow and panic.
pub(crate) fn parse_timestamp(text: &str) -> Option<DateTime<Utc>> {
    const LAST_SECOND_OF_9999: i64 = 253_402_300_799;
    DateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%z")
        .or_else(|_| DateTime::parse_from_rfc3339(text))
        .ok()
        .map(|t| t.to_utc())
        .filter(|t| (0..=LAST_SECOND_OF_9999).contains(&t.timestamp()))
}

#[derive(Deserialize)]
struct WireMetric {
    name: String,
    #[serde(default)]
    values: Vec<WireLifetimeValue>,
}

#[derive(Deserialize)]
struct WireLifetimeValue {
    value: u64,
}

impl ThreadsClient {
    /// The posts of `user_id` (`"me"` works too) as pages; refuses what the API would refuse.
    pub fn posts(
        &self,
        token: &AccessToken,
        user_id: &str,
        query: PostsQuery,
    ) -> Result<PostPages, ApiError> {
        query.validate()?;
        let followed = match &query.cursor {
            Some(Cursor::After(start)) => HashSet::from([start.clone()]),
            _ => HashSet::new(),
        };
        Ok(PostPages {
            client: self.clone(),
            token: token.clone(),
            user_id: user_id.to_owned(),
            query,
            finished: false,
            followed,
        })
    }

    /// A post's lifetime totals for `metrics`. A repost of someone else's post has none: every
    /// value is `None`.
    pub async fn post_insights(
        &self,
        token: &AccessToken,
        media_id: &str,
        metrics: &[PostMetric],
    ) -> Result<PostMetrics, ApiError> {
        if metrics.is_empty() {
            return Err(RequestRefused::NoMetric.into());
        }
        let names: Vec<&str> = metrics.iter().map(|m| m.api_name()).collect();
        let names = names.join(",");
        let path = format!("{media_id}/insights");
        let (value, status) = self
            .get(Endpoint::PostInsights, &path, &[("metric", &names)], token)
            .await?;
        let page: Page<WireMetric> = parse(value, status)?;
        let mut totals = PostMetrics::default();
        for metric in page.data {
            let Some(value) = metric.values.first().map(|v| v.value) else {
                continue;
            };
            let slot = match metric.name.as_str() {
                "views" => &mut totals.views,
                "likes" => &mut totals.likes,
                "replies" => &mut totals.replies,
                "reposts" => &mut totals.reposts,
                "quotes" => &mut totals.quotes,
                "shares" => &mut totals.shares,
                // A metric Meta added later: not an error.
                _ => continue,
            };
            *slot = Some(value);
        }
        Ok(totals)
    }

    /// Lifetime totals of many posts, at most `concurrency` requests at a time; each post's
    /// result stands alone, in the order of `media_ids`.
    pub async fn post_insights_of_many(
        &self,
        token: &AccessToken,
        media_ids: &[String],
        metrics: &[PostMetric],
        concurrency: usize,
    ) -> Vec<Result<PostMetrics, ApiError>> {
        // Owned ids: a stream of borrowed ones makes the future too general to prove `Send`.
        futures_util::stream::iter(media_ids.to_vec())
            .map(|id| async move { self.post_insights(token, &id, metrics).await })
            .buffered(concurrency.max(1))
            .collect()
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn the_apis_timestamp_format_is_read() {
        assert_eq!(
            parse_timestamp("2026-04-21T03:23:30+0000"),
            Utc.with_ymd_and_hms(2026, 4, 21, 3, 23, 30).single()
        );
        assert_eq!(parse_timestamp("yesterday"), None);
        // Readable by chrono, but at the edge of its range: refused before day arithmetic.
        assert_eq!(parse_timestamp("-262144-01-01T01:00:00+0000"), None);
        assert_eq!(parse_timestamp("+262143-12-31T23:00:00+0000"), None);
    }

    #[test]
    fn unknown_media_types_and_unknown_fields_are_tolerated() {
        let page: Page<WirePost> = serde_json::from_str(
            r#"{"data": [{"id": 18034267890123456, "media_type": "HOLOGRAM", "timestamp":
                "2026-04-21T03:23:30+0000", "brand_new_field": {"x": 1}}],
               "paging": {"cursors": {"before": "b", "after": "a"}}}"#,
        )
        .expect("a page");
        let post = page
            .data
            .into_iter()
            .next()
            .expect("a post")
            .into_post(200)
            .expect("a post");
        assert_eq!(post.id, "18034267890123456");
        assert_eq!(post.media_type, MediaType::Unknown);
        assert_eq!(post.permalink, None);
        assert!(!post.is_quote_post);
    }

    /// The media insights example on Meta's Insights page.
    #[test]
    fn metas_documented_media_insights_example_parses() {
        let page: Page<WireMetric> = serde_json::from_str(
            r#"{"data": [
              {"name": "likes", "period": "lifetime", "values": [{"value": 100}], "title": "Likes",
               "description": "The number of likes on your post.", "id": "<media_id>/insights/likes/lifetime"},
              {"name": "replies", "period": "lifetime", "values": [{"value": 10}], "title": "Replies",
               "description": "The number of replies on your post.", "id": "<media_id>/insights/replies/lifetime"}]}"#,
        )
        .expect("a page");
        let names: Vec<(String, u64)> = page
            .data
            .into_iter()
            .map(|m| (m.name, m.values[0].value))
            .collect();
        assert_eq!(
            names,
            [("likes".to_owned(), 100), ("replies".to_owned(), 10)]
        );
    }

    #[test]
    fn page_sizes_beyond_the_apis_are_refused() {
        for limit in [0, 101] {
            let query = PostsQuery {
                limit: Some(limit),
                ..PostsQuery::default()
            };
            assert_eq!(query.validate(), Err(RequestRefused::PageSize(limit)));
        }
        let most = PostsQuery {
            limit: Some(100),
            ..PostsQuery::default()
        };
        assert_eq!(most.validate(), Ok(()));
    }

    #[test]
    fn since_before_threads_launched_is_refused() {
        let query = PostsQuery {
            since: Utc.timestamp_opt(POSTS_SINCE_FLOOR_UNIX - 1, 0).single(),
            ..PostsQuery::default()
        };
        assert_eq!(query.validate(), Err(RequestRefused::BeforePostsFloor));
    }
}
