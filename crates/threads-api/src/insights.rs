//! Account insights: every metric, one request at a time or over long ranges in chunks.

use std::collections::BTreeMap;

use chrono::{DateTime, Days, Duration, NaiveDate, Utc};
use serde::Deserialize;
use spool_model::limits::{INSIGHTS_CHUNK_DAYS, INSIGHTS_FLOOR_UNIX};
use spool_model::{
    AccountMetric, Breakdown, DailyValue, DateRange, DemographicSegment, Demographics,
    EngagementTotals, LinkClicks, pacific,
};

use crate::client::ThreadsClient;
use crate::error::{ApiError, Endpoint, RequestRefused};
use crate::posts::parse_timestamp;
use crate::secret::AccessToken;
use crate::wire::{Page, parse};

/// One request for account insights.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountInsightsQuery {
    /// The metrics to read.
    pub metrics: Vec<AccountMetric>,
    /// From and to (Unix seconds at the API); `None` is the API's default, yesterday to today.
    pub range: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// The one breakdown follower demographics need.
    pub breakdown: Option<Breakdown>,
}

impl AccountInsightsQuery {
    /// Refuses what the API would refuse, by the rules in `spool-model`.
    pub fn validate(&self) -> Result<(), RequestRefused> {
        if self.metrics.is_empty() {
            return Err(RequestRefused::NoMetric);
        }
        if let Some((since, until)) = self.range {
            if let Some(rangeless) = self.metrics.iter().find(|m| !m.takes_range()) {
                return Err(RequestRefused::RangeNotAccepted(*rangeless));
            }
            if since.timestamp() < INSIGHTS_FLOOR_UNIX || until.timestamp() < INSIGHTS_FLOOR_UNIX {
                return Err(RequestRefused::BeforeInsightsFloor);
            }
            if until < since {
                return Err(RequestRefused::ReversedRange);
            }
        }
        let wants_breakdown = self.metrics.contains(&AccountMetric::FollowerDemographics);
        if wants_breakdown != self.breakdown.is_some() {
            return Err(RequestRefused::BreakdownMismatch);
        }
        Ok(())
    }
}

/// What one account insights request answered; each field is filled if its metric was asked for.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountInsights {
    /// Profile views per day, only the days the API reported.
    pub profile_views: Vec<DailyValue>,
    /// Profile views as one total, when the API answers `views` in that shape.
    pub profile_views_total: Option<u64>,
    /// Likes over the range.
    pub likes: Option<u64>,
    /// Top-level replies over the range.
    pub replies: Option<u64>,
    /// Reposts over the range.
    pub reposts: Option<u64>,
    /// Quotes over the range.
    pub quotes: Option<u64>,
    /// Clicks per link over the range.
    pub link_clicks: Vec<LinkClicks>,
    /// Followers now.
    pub followers: Option<u64>,
    /// Followers by the breakdown asked for, now.
    pub demographics: Option<Demographics>,
}

#[derive(Deserialize)]
struct WireInsight {
    name: String,
    #[serde(default)]
    values: Option<Vec<WireDayValue>>,
    #[serde(default)]
    total_value: Option<WireTotal>,
    #[serde(default)]
    link_total_values: Option<Vec<WireLinkValue>>,
}

#[derive(Deserialize)]
struct WireDayValue {
    value: u64,
    #[serde(default)]
    end_time: Option<String>,
}

#[derive(Deserialize)]
struct WireTotal {
    #[serde(default)]
    value: Option<u64>,
    #[serde(default)]
    breakdowns: Option<Vec<WireBreakdown>>,
}

#[derive(Deserialize)]
struct WireBreakdown {
    /// What the results are broken down by, as the answer says (not as it was asked).
    #[serde(default)]
    dimension_keys: Vec<String>,
    #[serde(default)]
    results: Vec<WireResult>,
}

#[derive(Deserialize)]
struct WireResult {
    dimension_values: Vec<String>,
    value: u64,
}

#[derive(Deserialize)]
struct WireLinkValue {
    value: u64,
    link_url: String,
}

/// The Pacific day a value ending at `end_time` counts for. Meta stamps the end of the day at
/// 07:00 or 08:00 UTC; two hours back lands inside the day under either offset.
fn day_ending_at(end_time: DateTime<Utc>) -> NaiveDate {
    pacific::day_of(end_time - Duration::hours(2))
}

fn parse_insights(
    page: Page<WireInsight>,
    breakdown: Option<Breakdown>,
    status: u16,
) -> Result<AccountInsights, ApiError> {
    let mut insights = AccountInsights::default();
    // One response may mix shapes: each item is read by the shape it has.
    for item in page.data {
        if let Some(values) = item.values {
            for value in values {
                let end = value
                    .end_time
                    .as_deref()
                    .and_then(parse_timestamp)
                    .ok_or_else(|| ApiError::UnexpectedResponse {
                        status,
                        detail: format!("a value of {} has no readable end_time", item.name),
                    })?;
                insights.profile_views.push(DailyValue {
                    day: day_ending_at(end),
                    value: Some(value.value),
                });
            }
        } else if let Some(links) = item.link_total_values {
            insights.link_clicks = links
                .into_iter()
                .map(|link| LinkClicks {
                    url: link.link_url,
                    clicks: link.value,
                })
                .collect();
        } else if let Some(total) = item.total_value {
            if let Some(breakdowns) = total.breakdowns {
                // The answer's own `dimension_keys` label the results; what was asked only
                // stands in when the answer leaves them out.
                let answered = breakdowns
                    .iter()
                    .flat_map(|b| b.dimension_keys.first())
                    .find_map(|key| Breakdown::ALL.into_iter().find(|b| b.api_name() == key));
                let segments = breakdowns
                    .into_iter()
                    .flat_map(|b| b.results)
                    .filter_map(|result| {
                        Some(DemographicSegment {
                            key: result.dimension_values.into_iter().next()?,
                            followers: result.value,
                        })
                    })
                    .collect();
                insights.demographics = answered.or(breakdown).map(|breakdown| Demographics {
                    breakdown,
                    segments,
                });
            } else if let Some(value) = total.value {
                match item.name.as_str() {
                    "likes" => insights.likes = Some(value),
                    "replies" => insights.replies = Some(value),
                    "reposts" => insights.reposts = Some(value),
                    "quotes" => insights.quotes = Some(value),
                    "followers_count" => insights.followers = Some(value),
                    "views" => insights.profile_views_total = Some(value),
                    _ => {}
                }
            }
        }
    }
    insights.profile_views.sort_by_key(|v| v.day);
    Ok(insights)
}

/// `range` cut into consecutive pieces of at most `INSIGHTS_CHUNK_DAYS` days.
fn chunks(range: DateRange) -> Vec<(NaiveDate, NaiveDate)> {
    let mut pieces = Vec::new();
    let mut start = range.since();
    while start <= range.until() {
        let end = start
            .checked_add_days(Days::new(INSIGHTS_CHUNK_DAYS - 1))
            .map_or(range.until(), |end| end.min(range.until()));
        pieces.push((start, end));
        match end.succ_opt() {
            Some(next) => start = next,
            None => break,
        }
    }
    pieces
}

/// The API's `since` and `until` for whole Pacific days `first` to `last`.
fn moments(first: NaiveDate, last: NaiveDate) -> (DateTime<Utc>, DateTime<Utc>) {
    let after_last = last.succ_opt().unwrap_or(last);
    (pacific::midnight(first), pacific::midnight(after_last))
}

impl ThreadsClient {
    /// One account insights request, refused before sending if the API would refuse it.
    pub async fn account_insights(
        &self,
        token: &AccessToken,
        user_id: &str,
        query: &AccountInsightsQuery,
    ) -> Result<AccountInsights, ApiError> {
        query.validate()?;
        let metrics: Vec<&str> = query.metrics.iter().map(|m| m.api_name()).collect();
        let metrics = metrics.join(",");
        let since = query.range.map(|(since, _)| since.timestamp().to_string());
        let until = query.range.map(|(_, until)| until.timestamp().to_string());
        let mut params = vec![("metric", metrics.as_str())];
        params.extend(since.as_deref().map(|v| ("since", v)));
        params.extend(until.as_deref().map(|v| ("until", v)));
        params.extend(query.breakdown.map(|b| ("breakdown", b.api_name())));
        let path = format!("{user_id}/threads_insights");
        let (value, status) = self
            .get(Endpoint::AccountInsights, &path, &params, token)
            .await?;
        parse_insights(parse(value, status)?, query.breakdown, status)
    }

    /// Profile views for every day of `range`, asked for in chunks and merged; a day the API
    /// left out is there with `value: None`.
    pub async fn profile_views(
        &self,
        token: &AccessToken,
        user_id: &str,
        range: DateRange,
    ) -> Result<Vec<DailyValue>, ApiError> {
        let mut reported = BTreeMap::new();
        for (first, last) in chunks(range) {
            let answer = self
                .ranged(token, user_id, AccountMetric::ProfileViews, first, last)
                .await?;
            for day in answer.profile_views {
                if (first..=last).contains(&day.day) {
                    reported.insert(day.day, day.value);
                }
            }
        }
        Ok(range
            .since()
            .iter_days()
            .take_while(|day| *day <= range.until())
            .map(|day| DailyValue {
                day,
                value: reported.get(&day).copied().flatten(),
            })
            .collect())
    }

    /// Likes, replies, reposts and quotes over `range`, summed over chunks.
    pub async fn engagement(
        &self,
        token: &AccessToken,
        user_id: &str,
        range: DateRange,
    ) -> Result<EngagementTotals, ApiError> {
        let mut totals = EngagementTotals::default();
        for (first, last) in chunks(range) {
            let query = AccountInsightsQuery {
                metrics: vec![
                    AccountMetric::Likes,
                    AccountMetric::Replies,
                    AccountMetric::Reposts,
                    AccountMetric::Quotes,
                ],
                range: Some(moments(first, last)),
                breakdown: None,
            };
            let answer = self.account_insights(token, user_id, &query).await?;
            totals.likes = totals.likes.saturating_add(answer.likes.unwrap_or(0));
            totals.replies = totals.replies.saturating_add(answer.replies.unwrap_or(0));
            totals.reposts = totals.reposts.saturating_add(answer.reposts.unwrap_or(0));
            totals.quotes = totals.quotes.saturating_add(answer.quotes.unwrap_or(0));
        }
        Ok(totals)
    }

    /// Clicks per link over `range`, summed over chunks, most clicked first.
    pub async fn link_clicks(
        &self,
        token: &AccessToken,
        user_id: &str,
        range: DateRange,
    ) -> Result<Vec<LinkClicks>, ApiError> {
        let mut per_url: BTreeMap<String, u64> = BTreeMap::new();
        for (first, last) in chunks(range) {
            let answer = self
                .ranged(token, user_id, AccountMetric::LinkClicks, first, last)
                .await?;
            for link in answer.link_clicks {
                let clicks = per_url.entry(link.url).or_default();
                // A hostile or broken answer must not overflow (a panic in debug builds).
                *clicks = clicks.saturating_add(link.clicks);
            }
        }
        let mut links: Vec<LinkClicks> = per_url
            .into_iter()
            .map(|(url, clicks)| LinkClicks { url, clicks })
            .collect();
        links.sort_by(|a, b| b.clicks.cmp(&a.clicks).then_with(|| a.url.cmp(&b.url)));
        Ok(links)
    }

    /// Followers now.
    pub async fn followers(&self, token: &AccessToken, user_id: &str) -> Result<u64, ApiError> {
        let query = AccountInsightsQuery {
            metrics: vec![AccountMetric::Followers],
            range: None,
            breakdown: None,
        };
        let answer = self.account_insights(token, user_id, &query).await?;
        answer
            .followers
            .ok_or_else(|| ApiError::UnexpectedResponse {
                status: 200,
                detail: "no followers_count in the answer".to_owned(),
            })
    }

    /// Followers by `breakdown`, now. Threads answers only for accounts with 100 followers.
    pub async fn demographics(
        &self,
        token: &AccessToken,
        user_id: &str,
        breakdown: Breakdown,
    ) -> Result<Demographics, ApiError> {
        let query = AccountInsightsQuery {
            metrics: vec![AccountMetric::FollowerDemographics],
            range: None,
            breakdown: Some(breakdown),
        };
        let answer = self.account_insights(token, user_id, &query).await?;
        answer
            .demographics
            .ok_or_else(|| ApiError::UnexpectedResponse {
                status: 200,
                detail: "no follower_demographics in the answer".to_owned(),
            })
    }

    async fn ranged(
        &self,
        token: &AccessToken,
        user_id: &str,
        metric: AccountMetric,
        first: NaiveDate,
        last: NaiveDate,
    ) -> Result<AccountInsights, ApiError> {
        let query = AccountInsightsQuery {
            metrics: vec![metric],
            range: Some(moments(first, last)),
            breakdown: None,
        };
        self.account_insights(token, user_id, &query).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn at(unix: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(unix, 0).expect("valid moment")
    }

    fn query(
        metrics: &[AccountMetric],
        range: Option<(i64, i64)>,
        breakdown: Option<Breakdown>,
    ) -> AccountInsightsQuery {
        AccountInsightsQuery {
            metrics: metrics.to_vec(),
            range: range.map(|(s, u)| (at(s), at(u))),
            breakdown,
        }
    }

    #[test]
    fn what_the_api_refuses_is_refused_here() {
        use AccountMetric::*;
        let floor = INSIGHTS_FLOOR_UNIX;
        assert_eq!(
            query(&[ProfileViews], Some((floor - 1, floor + 86_400)), None).validate(),
            Err(RequestRefused::BeforeInsightsFloor)
        );
        assert_eq!(
            query(&[ProfileViews], Some((floor, floor + 86_400)), None).validate(),
            Ok(())
        );
        assert_eq!(
            query(&[Likes, Followers], Some((floor, floor + 86_400)), None).validate(),
            Err(RequestRefused::RangeNotAccepted(Followers))
        );
        assert_eq!(
            query(
                &[FollowerDemographics],
                Some((floor, floor + 86_400)),
                Some(Breakdown::Age)
            )
            .validate(),
            Err(RequestRefused::RangeNotAccepted(FollowerDemographics))
        );
        assert_eq!(
            query(&[FollowerDemographics], None, None).validate(),
            Err(RequestRefused::BreakdownMismatch)
        );
        assert_eq!(
            query(&[Likes], None, Some(Breakdown::Country)).validate(),
            Err(RequestRefused::BreakdownMismatch)
        );
        assert_eq!(
            query(&[], None, None).validate(),
            Err(RequestRefused::NoMetric)
        );
        assert_eq!(
            query(&[Likes], Some((floor + 100, floor)), None).validate(),
            Err(RequestRefused::ReversedRange)
        );
    }

    #[test]
    fn long_ranges_are_cut_into_chunks_that_cover_every_day_once() {
        let range = DateRange::new(day(2024, 4, 13), day(2026, 11, 28), day(2026, 11, 28))
            .expect("a valid range");
        let pieces = chunks(range);
        assert_eq!(pieces.first().map(|p| p.0), Some(day(2024, 4, 13)));
        assert_eq!(pieces.last().map(|p| p.1), Some(day(2026, 11, 28)));
        for pair in pieces.windows(2) {
            assert_eq!(pair[0].1.succ_opt(), Some(pair[1].0));
        }
        let covered: i64 = pieces.iter().map(|(a, b)| (*b - *a).num_days() + 1).sum();
        assert_eq!(covered, i64::from(range.days()));
        assert!(
            pieces
                .iter()
                .all(|(a, b)| (*b - *a).num_days() < INSIGHTS_CHUNK_DAYS as i64)
        );
    }

    fn parsed(body: &str, breakdown: Option<Breakdown>) -> AccountInsights {
        let page: Page<WireInsight> = serde_json::from_str(body).expect("an insights page");
        parse_insights(page, breakdown, 200).expect("parses")
    }

    /// The examples on Meta's Insights page (shared/reference/threads-insights-page.md).
    #[test]
    fn metas_documented_examples_parse() {
        let series = parsed(
            r#"{"data": [{"name": "views", "period": "day", "values": [
                {"value": 10, "end_time": "2024-07-12T08:00:00+0000"},
                {"value": 20, "end_time": "2024-07-15T08:00:00+0000"},
                {"value": 30, "end_time": "2024-07-16T08:00:00+0000"}],
              "title": "views", "description": "The number of times your profile was viewed.",
              "id": "37602215421583/insights/views/day"}]}"#,
            None,
        );
        assert_eq!(
            series.profile_views,
            [
                DailyValue {
                    day: day(2024, 7, 11),
                    value: Some(10)
                },
                DailyValue {
                    day: day(2024, 7, 14),
                    value: Some(20)
                },
                DailyValue {
                    day: day(2024, 7, 15),
                    value: Some(30)
                },
            ]
        );
        // The page's total-value example lacks a comma after the `total_value` object; restored.
        let total = parsed(
            r#"{"data": [{"name": "views", "period": "day", "total_value" : {"value": 1},
              "title": "views", "description": "The number of times your profile was viewed.",
              "id": "37602215421583/insights/views/day"}]}"#,
            None,
        );
        assert_eq!(total.profile_views_total, Some(1));
        let clicks = parsed(
            r#"{"data": [{"name": "clicks", "period": "day", "link_total_values": [
                {"value": 11, "link_url": "https://ai.meta.com/blog/"}],
              "title": "clicks", "description": "The number of times users clicked on a link.",
              "id": "37602215421583/insights/clicks/day"}]}"#,
            None,
        );
        assert_eq!(
            clicks.link_clicks,
            [LinkClicks {
                url: "https://ai.meta.com/blog/".into(),
                clicks: 11
            }]
        );
    }

    #[test]
    fn one_answer_may_mix_shapes_and_unknown_metrics_are_skipped() {
        let mixed = parsed(
            r#"{"data": [
              {"name": "likes", "period": "day", "total_value": {"value": 7}},
              {"name": "followers_count", "period": "day", "total_value": {"value": 12000}},
              {"name": "follower_demographics", "period": "lifetime", "total_value": {"breakdowns": [
                {"dimension_keys": ["country"], "results": [
                  {"dimension_values": ["US"], "value": 5000}, {"dimension_values": ["BR"], "value": 900}]}]}},
              {"name": "saves", "period": "day", "total_value": {"value": 3}, "brand_new_field": true}
            ]}"#,
            Some(Breakdown::Country),
        );
        assert_eq!(mixed.likes, Some(7));
        assert_eq!(mixed.followers, Some(12000));
        let demographics = mixed.demographics.expect("demographics");
        assert_eq!(demographics.breakdown, Breakdown::Country);
        assert_eq!(
            demographics.segments[0],
            DemographicSegment {
                key: "US".into(),
                followers: 5000
            }
        );
        assert_eq!(demographics.segments.len(), 2);
    }

    #[test]
    fn demographics_are_labelled_by_the_answers_dimension_keys() {
        let answer = r#"{"data": [{"name": "follower_demographics", "period": "lifetime",
            "total_value": {"breakdowns": [{"dimension_keys": ["age"], "results": [
              {"dimension_values": ["25-34"], "value": 4100}]}]}}]}"#;
        // Asked for countries, answered with ages: the segments are ages.
        let demographics = parsed(answer, Some(Breakdown::Country))
            .demographics
            .expect("demographics");
        assert_eq!(demographics.breakdown, Breakdown::Age);
        // Without keys in the answer, what was asked is all there is to go by.
        let keyless = r#"{"data": [{"name": "follower_demographics", "period": "lifetime",
            "total_value": {"breakdowns": [{"results": [
              {"dimension_values": ["US"], "value": 10}]}]}}]}"#;
        let demographics = parsed(keyless, Some(Breakdown::Country))
            .demographics
            .expect("demographics");
        assert_eq!(demographics.breakdown, Breakdown::Country);
    }

    #[test]
    fn a_value_ending_at_a_pacific_midnight_counts_for_the_day_before() {
        let summer = DateTime::parse_from_rfc3339("2024-07-12T07:00:00Z").expect("moment");
        assert_eq!(day_ending_at(summer.to_utc()), day(2024, 7, 11));
        // Meta's own example uses 08:00 in July; it still means the day before.
        let example = DateTime::parse_from_rfc3339("2024-07-12T08:00:00Z").expect("moment");
        assert_eq!(day_ending_at(example.to_utc()), day(2024, 7, 11));
        let winter = DateTime::parse_from_rfc3339("2024-12-02T08:00:00Z").expect("moment");
        assert_eq!(day_ending_at(winter.to_utc()), day(2024, 12, 1));
    }
}
