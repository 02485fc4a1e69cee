//! The posts screen's content.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Post, PostMetrics};

/// A post with its lifetime metrics at the latest sync.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct PostRow {
    /// The post.
    pub post: Post,
    /// Its metrics at the latest reading; `None` for reposts of others' posts and posts not
    /// read yet.
    pub metrics: Option<PostMetrics>,
    /// Likes, replies, reposts and quotes per 100 views, when views are known.
    pub engagement_rate: Option<f64>,
    /// Where a young post stands against the creator's typical post, once it has reached a
    /// checkpoint ([`CHECKPOINT_HOURS`](crate::insights::CHECKPOINT_HOURS)) and until it is a
    /// week old.
    pub on_track: Option<crate::OnTrack>,
}

/// One reading of a post's lifetime metrics.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PostReading {
    /// When Spool read it.
    pub at: DateTime<Utc>,
    /// The lifetime totals then.
    pub metrics: PostMetrics,
}

/// A post's page: the post, its latest metrics, and its growth from every reading.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct PostDetail {
    /// The post and its latest metrics.
    pub row: PostRow,
    /// Every reading, oldest first.
    pub growth: Vec<PostReading>,
    /// The creator's typical post at the same ages, to hold the growth against.
    pub typical: crate::TypicalCurve,
}

impl PostMetrics {
    /// Likes, replies, reposts and quotes per 100 views, when views are known and not zero.
    pub fn engagement_rate(&self) -> Option<f64> {
        crate::insights::engagement_rate(self.interactions(), self.views?)
    }
}

/// Median views of the posts published in one hour of one weekday.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
pub struct PostingSlot {
    /// Day of the week, 0 for Monday to 6 for Sunday, in the user's time zone.
    pub weekday: u8,
    /// Hour of the day, 0 to 23, in the user's time zone.
    pub hour: u8,
    /// How many posts were published in it.
    pub posts: u32,
    /// Their median views; `None` where too few posts make a median meaningless.
    pub median_views: Option<u64>,
}

/// Best time to post: every weekday × hour slot with posts in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BestTimes {
    /// Slots with at least one post.
    pub slots: Vec<PostingSlot>,
    /// A slot needs at least this many posts for its median to be shown.
    pub minimum_posts: u32,
}

/// The start of a post's text, at most `chars` characters and an ellipsis where it was cut:
/// how a post is named in a row, the command palette, the tray and a notification.
pub fn excerpt(text: Option<&str>, chars: usize) -> String {
    let text = text.unwrap_or("(no text)");
    let mut short: String = text.chars().take(chars).collect();
    if text.chars().nth(chars).is_some() {
        short.push('…');
    }
    short
}
