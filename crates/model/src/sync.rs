//! A sync as the interface follows it: where it is, how far along, and how the last one ended.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Sentence;

/// What a sync is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    /// Reading the profile.
    Profile,
    /// Listing posts.
    Posts,
    /// Reading each post's lifetime metrics.
    PostInsights,
    /// Reading profile views per day.
    ProfileViews,
    /// Reading likes, replies, reposts and quotes per day.
    Engagement,
    /// Reading link clicks.
    LinkClicks,
    /// Reading the follower count and demographics.
    Audience,
    /// Writing the snapshot to the history.
    Saving,
}

impl SyncPhase {
    /// The id of the phase's words in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Profile => "sync-phase-profile",
            Self::Posts => "sync-phase-posts",
            Self::PostInsights => "sync-phase-post-insights",
            Self::ProfileViews => "sync-phase-profile-views",
            Self::Engagement => "sync-phase-engagement",
            Self::LinkClicks => "sync-phase-link-clicks",
            Self::Audience => "sync-phase-audience",
            Self::Saving => "sync-phase-saving",
        }
    }

    /// The phase in words.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Profile => "Reading the profile",
            Self::Posts => "Listing posts",
            Self::PostInsights => "Reading post insights",
            Self::ProfileViews => "Reading profile views",
            Self::Engagement => "Reading likes, replies, reposts and quotes",
            Self::LinkClicks => "Reading link clicks",
            Self::Audience => "Reading followers and audience",
            Self::Saving => "Saving",
        }
    }
}

/// How far a sync is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
pub struct SyncProgress {
    /// What it is doing.
    pub phase: SyncPhase,
    /// Steps of this phase done.
    pub done: u32,
    /// Steps of this phase in all.
    pub total: u32,
    /// Requests per second so far.
    pub requests_per_second: f32,
}

/// How a sync ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SyncOutcome {
    /// Everything was read and saved.
    Completed,
    /// Stopped by the user; nothing was saved.
    Cancelled,
    /// Stopped by an error; nothing was saved.
    Failed,
}

/// The last sync of an account, always visible.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SyncSummary {
    /// When it started.
    pub started_at: DateTime<Utc>,
    /// When it ended.
    pub ended_at: DateTime<Utc>,
    /// How it ended.
    pub outcome: SyncOutcome,
    /// HTTP requests it made.
    pub requests: u64,
    /// What went wrong, for a failed sync, to be said in the language of whoever reads it
    /// (the history keeps it, and the language may change before it is read again).
    pub error: Option<Sentence>,
    /// What Meta's support would ask for about that failure, when Threads' answer carried it
    /// (see [`crate::CommandError::details`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<String>,
}
