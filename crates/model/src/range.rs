//! Date ranges the API accepts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::limits::INSIGHTS_FLOOR_DAY;
use crate::sentence::Sentence;

/// An inclusive range of days in the account's calendar that account insights can be asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DateRange {
    since: NaiveDate,
    until: NaiveDate,
}

/// Why a range cannot be asked for, in words the date picker shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RangeError {
    /// The API has no account insights before 2024-04-13.
    #[error("Threads keeps no insights before {floor}; choose a day from then on.")]
    BeforeFloor {
        /// The first day insights exist for.
        floor: NaiveDate,
    },
    /// The range reaches past today.
    #[error("{day} is in the future; choose today ({today}) or earlier.")]
    InFuture {
        /// The offending day.
        day: NaiveDate,
        /// Today, in the account's calendar.
        today: NaiveDate,
    },
    /// The range ends before it starts.
    #[error("The range ends ({until}) before it starts ({since}).")]
    Reversed {
        /// The first day asked for.
        since: NaiveDate,
        /// The last day asked for.
        until: NaiveDate,
    },
}

impl RangeError {
    /// What it says, as a sentence of the catalogue (`spool-i18n`), the days written as ISO
    /// dates, as the date picker's fields write them. The window's picker and the service say
    /// it through this one sentence.
    pub fn sentence(&self) -> Sentence {
        match self {
            Self::BeforeFloor { floor } => {
                Sentence::of("error-range-before-floor").with("floor", floor.to_string())
            }
            Self::InFuture { day, today } => Sentence::of("error-range-in-future")
                .with("day", day.to_string())
                .with("today", today.to_string()),
            Self::Reversed { since, until } => Sentence::of("error-range-reversed")
                .with("since", since.to_string())
                .with("until", until.to_string()),
        }
    }
}

impl DateRange {
    /// A range from `since` to `until`, both included, checked against what the API accepts
    /// when it is `today`.
    pub fn new(since: NaiveDate, until: NaiveDate, today: NaiveDate) -> Result<Self, RangeError> {
        if until < since {
            return Err(RangeError::Reversed { since, until });
        }
        if since < INSIGHTS_FLOOR_DAY {
            return Err(RangeError::BeforeFloor {
                floor: INSIGHTS_FLOOR_DAY,
            });
        }
        if until > today {
            return Err(RangeError::InFuture { day: until, today });
        }
        Ok(Self { since, until })
    }

    /// The first day of the range.
    pub fn since(self) -> NaiveDate {
        self.since
    }

    /// The last day of the range.
    pub fn until(self) -> NaiveDate {
        self.until
    }

    /// How many days the range covers.
    pub fn days(self) -> u32 {
        // `new` guarantees until >= since, and the span since 2024 fits in u32.
        u32::try_from((self.until - self.since).num_days() + 1).unwrap_or(u32::MAX)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    const TODAY: (i32, u32, u32) = (2026, 11, 28);

    fn today() -> NaiveDate {
        day(TODAY.0, TODAY.1, TODAY.2)
    }

    #[test]
    fn a_range_from_the_floor_to_today_is_accepted() {
        let range = DateRange::new(INSIGHTS_FLOOR_DAY, today(), today()).expect("allowed");
        assert_eq!(range.since(), day(2024, 4, 13));
        assert_eq!(range.until(), today());
        assert_eq!(range.days(), 960);
    }

    #[test]
    fn a_day_before_the_floor_is_refused_with_the_floor_named() {
        let error = DateRange::new(day(2024, 4, 12), today(), today()).expect_err("refused");
        assert_eq!(
            error.to_string(),
            "Threads keeps no insights before 2024-04-13; choose a day from then on."
        );
    }

    #[test]
    fn tomorrow_is_refused() {
        let error = DateRange::new(today(), day(2026, 11, 29), today()).expect_err("refused");
        assert!(matches!(error, RangeError::InFuture { .. }));
    }

    #[test]
    fn a_reversed_range_is_refused() {
        let error = DateRange::new(day(2025, 2, 2), day(2025, 2, 1), today()).expect_err("refused");
        assert!(matches!(error, RangeError::Reversed { .. }));
    }

    #[test]
    fn a_single_day_is_one_day_long() {
        let range = DateRange::new(today(), today(), today()).expect("allowed");
        assert_eq!(range.days(), 1);
    }
}
