//! The overview screen's content: a range, the cards, and the series its charts draw.

use chrono::{DateTime, Datelike, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::limits::INSIGHTS_FLOOR_DAY;
use crate::{AccountMetric, DailyValue, DateRange};

/// A range the picker offers in one click.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum RangePreset {
    /// The last 7 days, today included.
    Last7Days,
    /// The last 30 days.
    Last30Days,
    /// The last 90 days.
    Last90Days,
    /// From the 1st of this month.
    ThisMonth,
    /// The whole of last month.
    LastMonth,
    /// From 1 January.
    YearToDate,
    /// Everything Threads keeps: from 2024-04-13 (or the account's first post, if later).
    Everything,
}

impl RangePreset {
    /// Every preset, in the picker's order.
    pub const ALL: [RangePreset; 7] = [
        Self::Last7Days,
        Self::Last30Days,
        Self::Last90Days,
        Self::ThisMonth,
        Self::LastMonth,
        Self::YearToDate,
        Self::Everything,
    ];

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Last7Days => "preset-last-7-days",
            Self::Last30Days => "preset-last-30-days",
            Self::Last90Days => "preset-last-90-days",
            Self::ThisMonth => "preset-this-month",
            Self::LastMonth => "preset-last-month",
            Self::YearToDate => "preset-year-to-date",
            Self::Everything => "preset-everything",
        }
    }

    /// How the command line names it (`--range last-month`).
    pub const fn name(self) -> &'static str {
        match self {
            Self::Last7Days => "last-7-days",
            Self::Last30Days => "last-30-days",
            Self::Last90Days => "last-90-days",
            Self::ThisMonth => "this-month",
            Self::LastMonth => "last-month",
            Self::YearToDate => "year-to-date",
            Self::Everything => "everything",
        }
    }

    /// The preset's name in the picker.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Last7Days => "7 days",
            Self::Last30Days => "30 days",
            Self::Last90Days => "90 days",
            Self::ThisMonth => "This month",
            Self::LastMonth => "Last month",
            Self::YearToDate => "Year to date",
            Self::Everything => "Everything",
        }
    }

    /// The range on `today`, for an account whose first post was on `first_post` (if known):
    /// never before the insights floor or the first post, never after today.
    pub fn range(self, today: NaiveDate, first_post: Option<NaiveDate>) -> DateRange {
        let earliest = first_post.map_or(INSIGHTS_FLOOR_DAY, |d| d.max(INSIGHTS_FLOOR_DAY));
        let back = |days: u64| today.checked_sub_days(Days::new(days - 1)).unwrap_or(today);
        let first_of_month = today.with_day(1).unwrap_or(today);
        let (since, until) = match self {
            Self::Last7Days => (back(7), today),
            Self::Last30Days => (back(30), today),
            Self::Last90Days => (back(90), today),
            Self::ThisMonth => (first_of_month, today),
            Self::LastMonth => {
                let end = first_of_month.pred_opt().unwrap_or(today);
                (end.with_day(1).unwrap_or(end), end)
            }
            Self::YearToDate => (today.with_ordinal(1).unwrap_or(today), today),
            Self::Everything => (earliest, today),
        };
        let since = since.max(INSIGHTS_FLOOR_DAY).min(today);
        let until = until.max(since).min(today);
        DateRange::new(since, until, today).unwrap_or_else(|_| {
            // Unreachable with the clamps above; a one-day range keeps the screen usable.
            DateRange::new(today, today, today).unwrap_or_else(|_| first_valid())
        })
    }
}

fn first_valid() -> DateRange {
    // The floor itself is always accepted with itself as "today".
    match DateRange::new(INSIGHTS_FLOOR_DAY, INSIGHTS_FLOOR_DAY, INSIGHTS_FLOOR_DAY) {
        Ok(range) => range,
        Err(_) => unreachable!("the floor is a valid one-day range"),
    }
}

/// What the overview's range is: a preset, or days the user picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum RangeChoice {
    /// One of the presets.
    Preset {
        /// Which.
        preset: RangePreset,
    },
    /// From one day to another, both included (checked against the API's rules).
    Custom {
        /// The first day.
        since: NaiveDate,
        /// The last day.
        until: NaiveDate,
    },
}

impl RangeChoice {
    /// The range the command line writes as a preset's name (`last-month`) or as two days
    /// (`2026-11-01..2026-11-30`); `None` for anything else. The days are checked when the
    /// range is used, as the picker's are.
    pub fn named(text: &str) -> Option<Self> {
        let text = text.trim();
        if let Some(preset) = RangePreset::ALL.into_iter().find(|p| p.name() == text) {
            return Some(Self::Preset { preset });
        }
        let (since, until) = text.split_once("..")?;
        Some(Self::Custom {
            since: since.trim().parse().ok()?,
            until: until.trim().parse().ok()?,
        })
    }
}

/// What the cards compare the range with.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    /// The period of the same length just before.
    #[default]
    PreviousPeriod,
    /// The same days a year earlier.
    YearEarlier,
}

impl Comparison {
    /// The period `range` is compared with; `None` where it would fall before the floor.
    pub fn of(self, range: DateRange) -> Option<DateRange> {
        match self {
            Self::PreviousPeriod => range.previous(),
            Self::YearEarlier => range.year_earlier(),
        }
    }
}

impl DateRange {
    /// The period just before this one, of the same length (for "compared to").
    pub fn previous(self) -> Option<DateRange> {
        let days = u64::from(self.days());
        let until = self.since().pred_opt()?;
        let since = until.checked_sub_days(Days::new(days - 1))?;
        DateRange::new(since, until, until).ok()
    }

    /// The same period a year earlier.
    pub fn year_earlier(self) -> Option<DateRange> {
        let since = self.since().checked_sub_months(Months::new(12))?;
        let until = self.until().checked_sub_months(Months::new(12))?;
        DateRange::new(since, until, until).ok()
    }
}

/// One card of the overview: a metric's value over the range and over the compared period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct MetricCard {
    /// Which metric.
    pub metric: AccountMetric,
    /// Its value over the range (or now, for metrics that take no range); `None` when Spool
    /// has nothing stored for it.
    pub value: Option<u64>,
    /// Its value over the compared period, when stored.
    pub previous: Option<u64>,
}

impl MetricCard {
    /// How much the value moved since the compared period, in percent of it (see
    /// [`percent_change`]): the Overview's cards and a report's cover both say it.
    pub fn change_percent(&self) -> Option<f64> {
        percent_change(self.value?, self.previous?)
    }
}

/// How much `now` differs from `before`, in percent of `before`: 25.0 for 125 against 100,
/// −50.0 for 50. `None` when `before` is 0, where no percentage means anything.
pub fn percent_change(now: u64, before: u64) -> Option<f64> {
    (before > 0).then(|| (now as f64 - before as f64) * 100.0 / before as f64)
}

/// Followers at one sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct FollowerReading {
    /// When Spool read it.
    pub at: DateTime<Utc>,
    /// Followers then.
    pub followers: u64,
}

/// Everything the overview shows for one range.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Overview {
    /// The range shown.
    pub range: DateRange,
    /// The period the cards compare with.
    pub compared: Option<DateRange>,
    /// One card per account metric that has a single value.
    pub cards: Vec<MetricCard>,
    /// Profile views of each day of the range; `None` where Threads left the day out.
    pub profile_views: Vec<DailyValue>,
    /// Followers at every sync, oldest first: where observation began is the first reading.
    pub followers: Vec<FollowerReading>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    #[test]
    fn a_change_is_a_percentage_of_the_earlier_value_and_none_from_nothing() {
        assert_eq!(percent_change(125, 100), Some(25.0));
        assert_eq!(percent_change(50, 100), Some(-50.0));
        assert_eq!(percent_change(7, 7), Some(0.0));
        assert_eq!(percent_change(5, 0), None);
        let card = |value, previous| MetricCard {
            metric: AccountMetric::ProfileViews,
            value,
            previous,
        };
        assert_eq!(card(Some(300), Some(200)).change_percent(), Some(50.0));
        assert_eq!(card(Some(300), None).change_percent(), None);
        assert_eq!(card(None, Some(200)).change_percent(), None);
    }

    #[test]
    fn presets_end_today_and_never_start_before_the_floor_or_the_first_post() {
        let today = day(2026, 11, 28);
        let last7 = RangePreset::Last7Days.range(today, None);
        assert_eq!(
            (last7.since(), last7.until(), last7.days()),
            (day(2026, 11, 22), today, 7)
        );
        let last_month = RangePreset::LastMonth.range(today, None);
        assert_eq!(
            (last_month.since(), last_month.until()),
            (day(2026, 10, 1), day(2026, 10, 31))
        );
        let year = RangePreset::YearToDate.range(today, None);
        assert_eq!(year.since(), day(2026, 1, 1));
        assert_eq!(
            RangePreset::Everything.range(today, None).since(),
            INSIGHTS_FLOOR_DAY
        );
        assert_eq!(
            RangePreset::Everything
                .range(today, Some(day(2025, 5, 2)))
                .since(),
            day(2025, 5, 2)
        );
        // Shortly after the floor, 90 days back would cross it.
        let early = RangePreset::Last90Days.range(day(2024, 5, 1), None);
        assert_eq!(early.since(), INSIGHTS_FLOOR_DAY);
    }

    #[test]
    fn the_compared_period_is_as_long_and_just_before_or_a_year_earlier() {
        let today = day(2026, 11, 28);
        let range = RangePreset::Last30Days.range(today, None);
        let previous = range.previous().expect("a previous period");
        assert_eq!(previous.days(), 30);
        assert_eq!(previous.until().succ_opt(), Some(range.since()));
        let year = range.year_earlier().expect("a year earlier");
        assert_eq!(year.since(), day(2025, 10, 30));
        // Before the floor there is nothing to compare with.
        let first = DateRange::new(INSIGHTS_FLOOR_DAY, day(2024, 4, 20), today).expect("valid");
        assert_eq!(first.previous(), None);
        assert_eq!(
            Comparison::YearEarlier.of(first),
            None,
            "a year before the floor"
        );
        assert_eq!(Comparison::PreviousPeriod.of(range), Some(previous));
    }
}
