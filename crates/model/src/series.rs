//! Values over days, as charts draw them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

/// One day's value of a daily metric, or `None` where the API left the day out: such a day is
/// drawn as a gap ("no data"), never as a measured zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DailyValue {
    /// The day, in the account's calendar.
    pub day: NaiveDate,
    /// The value that day, if the API reported one.
    pub value: Option<u64>,
}
