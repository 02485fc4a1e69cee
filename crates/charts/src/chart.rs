//! One chart with its data: the one place that says which drawing function draws which chart,
//! for exports and report pages alike.

use chrono::{DateTime, Utc};
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::prelude::DrawingBackend;
use serde::Serialize;
use spool_model::{
    AudienceBreakdown, BestTimes, ClicksReading, ConversationStarter, DailyValue, EngagementDay,
    FollowerReading, Granularity, GroupBy, PostReading, QualityMap, Rhythm, TopPosts, TypicalCurve,
    WhatToPost, Words,
};

use crate::{ChartError, Readout, Style};

/// One chart and the data it draws: what the window shows, what an export or a report page
/// draws again from the history.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Chart {
    /// Profile views per day.
    ProfileViews(Vec<DailyValue>),
    /// Followers at every sync.
    Followers(Vec<FollowerReading>),
    /// Median views by weekday and hour.
    BestTimes(BestTimes),
    /// One post's views since it was published, against the creator's typical post.
    PostGrowth {
        /// When the post went out.
        published_at: DateTime<Utc>,
        /// Its readings.
        growth: Vec<PostReading>,
        /// The creator's typical post.
        typical: TypicalCurve,
    },
    /// Followers by one breakdown.
    Audience(AudienceBreakdown),
    /// Clicks per link.
    LinkClicks(Vec<(String, u64)>),
    /// Clicks on all links at each sync.
    ClicksOverTime(Vec<ClicksReading>),
    /// The range's top posts against the creator's normal.
    TopPosts(TopPosts),
    /// The range's posts by views and engagement rate.
    QualityMap(QualityMap),
    /// Interactions by kind per day, week or month.
    Engagement {
        /// The days.
        days: Vec<EngagementDay>,
        /// Bars per day, week or month.
        granularity: Granularity,
    },
    /// Median views and engagement by one grouping.
    WhatToPost {
        /// The groups.
        what: WhatToPost,
        /// Which grouping is drawn.
        by: GroupBy,
    },
    /// Posts per day, as a calendar.
    PostingCalendar(Rhythm),
    /// Posts per week against their reach.
    PostingFrequency(Rhythm),
    /// Words and hashtags by the median views of their posts.
    Words(Words),
    /// Posts by replies and quotes per 1,000 views.
    ConversationStarters(Vec<ConversationStarter>),
}

impl Chart {
    /// Draws the chart as the window does.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        style: &Style,
    ) -> Result<Vec<Readout>, ChartError> {
        match self {
            Self::ProfileViews(days) => crate::draw_profile_views(area, days, style),
            Self::Followers(readings) => crate::draw_followers(area, readings, style),
            Self::BestTimes(times) => crate::draw_best_times(area, times, style),
            Self::PostGrowth {
                published_at,
                growth,
                typical,
            } => crate::draw_post_growth(area, *published_at, growth, typical, style),
            Self::Audience(breakdown) => crate::draw_demographics(area, breakdown, style),
            Self::LinkClicks(links) => crate::draw_link_clicks(area, links, style),
            Self::ClicksOverTime(readings) => crate::draw_clicks_over_time(area, readings, style),
            Self::TopPosts(top) => crate::draw_top_posts(area, top, style),
            Self::QualityMap(map) => crate::draw_quality_map(area, map, style),
            Self::Engagement { days, granularity } => {
                crate::draw_engagement(area, days, *granularity, style)
            }
            Self::WhatToPost { what, by } => crate::draw_what_to_post(area, what, *by, style),
            Self::PostingCalendar(rhythm) => crate::draw_posting_calendar(area, rhythm, style),
            Self::PostingFrequency(rhythm) => crate::draw_posting_frequency(area, rhythm, style),
            Self::Words(words) => crate::draw_words(area, words, style),
            Self::ConversationStarters(starters) => {
                crate::draw_conversation_starters(area, starters, style)
            }
        }
    }
}
