//! The metric catalogue: what Threads measures, how each metric is shaped, and what it accepts.

use serde::{Deserialize, Serialize};
use specta::Type;

/// How the API shapes a metric's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum MetricShape {
    /// One value per day (`values: [{value, end_time}]`).
    DailySeries,
    /// One total over the range (`total_value: {value}`).
    Total,
    /// One total per link (`link_total_values: [{value, link_url}]`).
    PerLink,
    /// Counts per breakdown value (`total_value: {breakdowns: [...]}`).
    Breakdown,
}

/// An account-level insight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum AccountMetric {
    /// Views of the profile (not of posts), per day.
    ProfileViews,
    /// Likes on the account's posts.
    Likes,
    /// Top-level replies to the account's posts.
    Replies,
    /// Reposts of the account's posts.
    Reposts,
    /// Quotes of the account's posts.
    Quotes,
    /// Clicks on links, per URL.
    LinkClicks,
    /// Followers now.
    Followers,
    /// Followers by country, city, age or gender, now.
    FollowerDemographics,
}

impl AccountMetric {
    /// Every account metric, in the order the overview shows them.
    pub const ALL: [AccountMetric; 8] = [
        Self::ProfileViews,
        Self::Likes,
        Self::Replies,
        Self::Reposts,
        Self::Quotes,
        Self::LinkClicks,
        Self::Followers,
        Self::FollowerDemographics,
    ];

    /// The metric's name in the API's `metric` parameter.
    pub const fn api_name(self) -> &'static str {
        match self {
            Self::ProfileViews => "views",
            Self::Likes => "likes",
            Self::Replies => "replies",
            Self::Reposts => "reposts",
            Self::Quotes => "quotes",
            Self::LinkClicks => "clicks",
            Self::Followers => "followers_count",
            Self::FollowerDemographics => "follower_demographics",
        }
    }

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::ProfileViews => "metric-profile-views",
            Self::Likes => "metric-likes",
            Self::Replies => "metric-replies",
            Self::Reposts => "metric-reposts",
            Self::Quotes => "metric-quotes",
            Self::LinkClicks => "metric-link-clicks",
            Self::Followers => "metric-followers",
            Self::FollowerDemographics => "metric-audience",
        }
    }

    /// The metric's name on screen.
    pub const fn label(self) -> &'static str {
        match self {
            Self::ProfileViews => "Profile views",
            Self::Likes => "Likes",
            Self::Replies => "Replies",
            Self::Reposts => "Reposts",
            Self::Quotes => "Quotes",
            Self::LinkClicks => "Link clicks",
            Self::Followers => "Followers",
            Self::FollowerDemographics => "Audience",
        }
    }

    /// How the API shapes this metric's answer.
    pub const fn shape(self) -> MetricShape {
        match self {
            Self::ProfileViews => MetricShape::DailySeries,
            Self::Likes | Self::Replies | Self::Reposts | Self::Quotes | Self::Followers => {
                MetricShape::Total
            }
            Self::LinkClicks => MetricShape::PerLink,
            Self::FollowerDemographics => MetricShape::Breakdown,
        }
    }

    /// Whether the metric answers for a chosen date range. Followers and demographics only ever
    /// describe the present: the API ignores (and Spool never sends) `since`/`until` for them.
    pub const fn takes_range(self) -> bool {
        !matches!(self, Self::Followers | Self::FollowerDemographics)
    }

    /// Whether the API answers only for accounts with at least
    /// [`DEMOGRAPHICS_MIN_FOLLOWERS`](crate::limits::DEMOGRAPHICS_MIN_FOLLOWERS) followers.
    pub const fn needs_follower_minimum(self) -> bool {
        matches!(self, Self::FollowerDemographics)
    }
}

/// A breakdown of follower demographics; the API takes exactly one per request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Breakdown {
    /// By country.
    Country,
    /// By city.
    City,
    /// By age band.
    Age,
    /// By gender.
    Gender,
}

impl Breakdown {
    /// Every breakdown the API offers.
    pub const ALL: [Breakdown; 4] = [Self::Country, Self::City, Self::Age, Self::Gender];

    /// The breakdown's name in the API's `breakdown` parameter.
    pub const fn api_name(self) -> &'static str {
        match self {
            Self::Country => "country",
            Self::City => "city",
            Self::Age => "age",
            Self::Gender => "gender",
        }
    }
}

/// A lifetime metric of one post.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum PostMetric {
    /// Views of the post.
    Views,
    /// Likes of the post.
    Likes,
    /// Top-level replies to the post.
    Replies,
    /// Reposts of the post.
    Reposts,
    /// Quotes of the post.
    Quotes,
    /// Shares of the post.
    Shares,
}

impl PostMetric {
    /// Every post metric, in the order the posts table shows them.
    pub const ALL: [PostMetric; 6] = [
        Self::Views,
        Self::Likes,
        Self::Replies,
        Self::Reposts,
        Self::Quotes,
        Self::Shares,
    ];

    /// The metric's name in the API's `metric` parameter.
    pub const fn api_name(self) -> &'static str {
        match self {
            Self::Views => "views",
            Self::Likes => "likes",
            Self::Replies => "replies",
            Self::Reposts => "reposts",
            Self::Quotes => "quotes",
            Self::Shares => "shares",
        }
    }

    /// Meta labels these metrics "in development"; Spool says so beside them.
    pub const fn in_development(self) -> bool {
        matches!(self, Self::Views | Self::Shares)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_level_views_are_profile_views() {
        assert_eq!(AccountMetric::ProfileViews.api_name(), "views");
        assert_eq!(AccountMetric::ProfileViews.label(), "Profile views");
        assert_eq!(
            AccountMetric::ProfileViews.shape(),
            MetricShape::DailySeries
        );
    }

    #[test]
    fn followers_and_demographics_describe_only_the_present() {
        let rangeless: Vec<_> = AccountMetric::ALL
            .into_iter()
            .filter(|metric| !metric.takes_range())
            .collect();
        assert_eq!(
            rangeless,
            [
                AccountMetric::Followers,
                AccountMetric::FollowerDemographics
            ]
        );
        assert!(AccountMetric::FollowerDemographics.needs_follower_minimum());
        assert!(!AccountMetric::Followers.needs_follower_minimum());
    }

    #[test]
    fn views_and_shares_of_posts_are_in_development() {
        let flagged: Vec<_> = PostMetric::ALL
            .into_iter()
            .filter(|metric| metric.in_development())
            .map(PostMetric::api_name)
            .collect();
        assert_eq!(flagged, ["views", "shares"]);
    }

    /// Every metric Meta's Insights page and its Postman collection list today (`metrics_post`,
    /// `metrics_account`) is in the catalogue, which the sync, the history, the screens and the
    /// exports all walk: shares on posts and link clicks on the account included.
    #[test]
    fn the_catalogue_holds_every_metric_meta_lists_today() {
        let post: Vec<_> = PostMetric::ALL
            .into_iter()
            .map(PostMetric::api_name)
            .collect();
        assert_eq!(
            post,
            ["views", "likes", "replies", "reposts", "quotes", "shares"]
        );
        let account: Vec<_> = AccountMetric::ALL
            .into_iter()
            .map(AccountMetric::api_name)
            .collect();
        assert_eq!(
            account,
            [
                "views",
                "likes",
                "replies",
                "reposts",
                "quotes",
                "clicks",
                "followers_count",
                "follower_demographics"
            ]
        );
    }

    #[test]
    fn clicks_are_an_account_metric_only() {
        assert!(PostMetric::ALL.iter().all(|m| m.api_name() != "clicks"));
        assert_eq!(AccountMetric::LinkClicks.shape(), MetricShape::PerLink);
    }
}
