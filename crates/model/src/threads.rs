//! What Threads tells Spool about an account and its posts, in the shapes the interface shows.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Breakdown;

/// A Threads profile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Profile {
    /// The Threads user id, kept as a string: it exceeds what a JSON number holds exactly.
    pub id: String,
    /// The @handle, without the @.
    pub username: String,
    /// The display name, if set.
    pub name: Option<String>,
    /// Address of the profile picture, if any.
    pub picture_url: Option<String>,
    /// The biography, if set.
    pub biography: Option<String>,
    /// Whether the profile carries the verified badge.
    pub is_verified: bool,
}

/// What kind of post a post is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MediaType {
    /// Text only.
    TextPost,
    /// One image.
    Image,
    /// One video.
    Video,
    /// Several images or videos.
    CarouselAlbum,
    /// An audio post.
    Audio,
    /// A repost of someone else's post: it has no insights of its own.
    RepostFacade,
    /// A kind Threads added after this version of Spool.
    #[serde(other)]
    Unknown,
}

impl MediaType {
    /// The kind as the API spells it (`TEXT_POST`, `CAROUSEL_ALBUM`...), which is also how the
    /// history stores it and how exported data writes it.
    pub const fn api_name(self) -> &'static str {
        match self {
            Self::TextPost => "TEXT_POST",
            Self::Image => "IMAGE",
            Self::Video => "VIDEO",
            Self::CarouselAlbum => "CAROUSEL_ALBUM",
            Self::Audio => "AUDIO",
            Self::RepostFacade => "REPOST_FACADE",
            Self::Unknown => "UNKNOWN",
        }
    }
}

/// One of the account's posts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Post {
    /// The media id.
    pub id: String,
    /// What kind of post it is.
    pub media_type: MediaType,
    /// The post's text, if any.
    pub text: Option<String>,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// Its address on threads.net; Threads omits it for posts with copyrighted material.
    pub permalink: Option<String>,
    /// The short code in its address.
    pub shortcode: Option<String>,
    /// Whether it quotes another post.
    pub is_quote_post: bool,
    /// The link attached to it (its link preview), if any.
    #[serde(default)]
    pub link_attachment_url: Option<String>,
}

impl Post {
    /// A repost of someone else's post, which has no insights of its own.
    pub fn is_repost(&self) -> bool {
        self.media_type == MediaType::RepostFacade
    }
}

/// A post's lifetime totals at one moment; `None` where Threads gave no value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct PostMetrics {
    /// Views of the post ("in development" at Meta).
    pub views: Option<u64>,
    /// Likes.
    pub likes: Option<u64>,
    /// Replies (direct replies only for a reply; nested replies never count).
    pub replies: Option<u64>,
    /// Reposts.
    pub reposts: Option<u64>,
    /// Quotes.
    pub quotes: Option<u64>,
    /// Shares ("in development" at Meta).
    pub shares: Option<u64>,
}

/// Engagement with the account's posts over a range.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct EngagementTotals {
    /// Likes.
    pub likes: u64,
    /// Top-level replies.
    pub replies: u64,
    /// Reposts.
    pub reposts: u64,
    /// Quotes.
    pub quotes: u64,
}

/// Clicks on one link over a range.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LinkClicks {
    /// The link's address.
    pub url: String,
    /// How often it was clicked.
    pub clicks: u64,
}

/// Followers by one breakdown, now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Demographics {
    /// What the followers are counted by.
    pub breakdown: Breakdown,
    /// Followers per value of the breakdown, as Threads listed them.
    pub segments: Vec<DemographicSegment>,
}

/// Followers sharing one value of a breakdown (a country, a city, an age band, a gender).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DemographicSegment {
    /// The value, as Threads names it ("US", "London, England", "25-34", "F").
    pub key: String,
    /// How many followers have it.
    pub followers: u64,
}
