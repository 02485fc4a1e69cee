//! The audience screen's content: followers by country, city, age and gender.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Breakdown;

/// Followers sharing one value of a breakdown, and how that changed since the reading before.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AudienceSegment {
    /// The value ("US", "London, England", "25-34", "F").
    pub key: String,
    /// Followers with it at the latest reading.
    pub followers: u64,
    /// The change since the reading before, if there is one.
    pub change: Option<i64>,
}

/// One breakdown at its latest reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct AudienceBreakdown {
    /// What the followers are counted by.
    pub breakdown: Breakdown,
    /// When Spool read it.
    pub taken_at: DateTime<Utc>,
    /// The values, most followers first.
    pub segments: Vec<AudienceSegment>,
}

/// Everything the audience screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Audience {
    /// Followers at the latest reading.
    pub followers: Option<u64>,
    /// Threads gives demographics only from 100 followers on: below, the screen explains.
    pub below_minimum: bool,
    /// Each breakdown Spool has a reading of.
    pub breakdowns: Vec<AudienceBreakdown>,
}

impl Breakdown {
    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Country => "breakdown-country",
            Self::City => "breakdown-city",
            Self::Age => "breakdown-age",
            Self::Gender => "breakdown-gender",
        }
    }

    /// The breakdown's name on screen.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Country => "Country",
            Self::City => "City",
            Self::Age => "Age",
            Self::Gender => "Gender",
        }
    }
}

/// One link and its clicks at the latest reading.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LinkRow {
    /// The link's address.
    pub url: String,
    /// Clicks over the reading's window.
    pub clicks: u64,
    /// Clicks at the reading before, if there is one.
    pub previous: Option<u64>,
}

/// Total link clicks at one reading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ClicksReading {
    /// When Spool read it.
    pub at: DateTime<Utc>,
    /// Clicks on all links over the reading's window.
    pub clicks: u64,
}

/// Everything the links screen shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct LinkClicksView {
    /// The days the latest reading covers (from the first post or 2024-04-13 to its day).
    pub since: Option<chrono::NaiveDate>,
    /// The last day it covers.
    pub until: Option<chrono::NaiveDate>,
    /// Each link, most clicked first.
    pub links: Vec<LinkRow>,
    /// Total clicks at every reading, oldest first.
    pub readings: Vec<ClicksReading>,
}
