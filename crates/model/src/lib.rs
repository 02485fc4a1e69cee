//! Every type that crosses Spool's IPC boundary, the metric catalogue and the Threads API's limits.
//!
//! This crate is the one place where a rule of the API is written down: the date pickers in the
//! interface and the request builders in `threads-api` both read it from here.
#![warn(missing_docs)]

mod account;
mod app;
mod audience;
mod desktop;
mod error;
mod export;
pub mod insights;
mod language;
pub mod limits;
mod locale;
pub mod login_errors;
mod metric;
mod overview;
pub mod pacific;
mod posts;
mod range;
mod report;
mod sentence;
mod series;
#[cfg(feature = "sqlite")]
mod sqlite;
mod sync;
mod threads;
mod timing;

pub use account::{AccountStatus, AccountSummary, LoginSetup, LoginStarted, Preferences};
pub use app::{AppInfo, SecretsKept, SystemStore};
pub use audience::{
    Audience, AudienceBreakdown, AudienceSegment, ClicksReading, LinkClicksView, LinkRow,
};
pub use desktop::{Glance, GlancePost, Notification, NotificationKind, NotifyChoices, Place};
pub use error::{CommandError, ErrorKind};
pub use export::{
    ChartKind, DataExport, DataFormat, Dataset, ImageExport, ImageFormat, ImageLayout, Resolution,
    SavedFile, proposed_file_name, safe_file_name,
};
pub use insights::{
    AgainstNormal, Attention, ContentGroup, ConversationStarter, EngagementDay, Granularity,
    GroupBy, GroupStat, Insights, LengthBucket, OnTrack, PostFormat, PostPoint, PostingDay,
    PostingWeek, Quadrant, QualityMap, Rhythm, Spread, Today, TopPosts, TypicalCurve, TypicalPoint,
    WhatToPost, WordStat, Words,
};
pub use language::{CatalogueSource, Language};
pub use locale::{Locale, group_digits, sign_of_change};
pub use metric::{AccountMetric, Breakdown, MetricShape, PostMetric};
pub use overview::{
    Comparison, FollowerReading, MetricCard, Overview, RangeChoice, RangePreset, percent_change,
};
pub use posts::{BestTimes, PostDetail, PostReading, PostRow, PostingSlot, excerpt};
pub use range::{DateRange, RangeError};
pub use report::{
    ReportEvery, ReportFormat, ReportKind, ReportLook, ReportOptions, ReportPreview,
    ReportSchedule, ReportSection,
};
pub use sentence::{AS_WRITTEN, Sentence, SentenceValue};
pub use series::DailyValue;
pub use sync::{SyncOutcome, SyncPhase, SyncProgress, SyncSummary};
pub use threads::{
    DemographicSegment, Demographics, EngagementTotals, LinkClicks, MediaType, Post, PostMetrics,
    Profile,
};
pub use timing::Timing;
