//! How numbers, days and times are written for the user: separators, month and weekday names,
//! the order of day and month, the clock, and the time zone's offset. The interface reads them
//! from the system's locale once; the charts, the screens and the exports all write with them.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, Offset, Timelike, Utc};
use serde::{Deserialize, Serialize};
use specta::Type;

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
/// The largest offset a time zone has (±18 h, as chrono allows).
const MAX_OFFSET_MINUTES: i32 = 18 * 60;

/// The user's way of writing numbers and dates.
///
/// Names that are missing or malformed (a month list of the wrong length, say) fall back to
/// English, so a locale read from a browser can never make a chart fail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct Locale {
    /// The BCP 47 tag it was read from, such as "de-DE".
    pub tag: String,
    /// Between groups of three digits: "," in English, "." in German, a narrow space in French.
    pub group: String,
    /// Before the fractional digits: "." in English, "," in German.
    pub decimal: String,
    /// Short month names, January first.
    pub months: Vec<String>,
    /// Short weekday names, Monday first.
    pub weekdays: Vec<String>,
    /// Whether the day comes before the month ("3 Mar 2025") or after ("Mar 3, 2025").
    pub day_first: bool,
    /// Where dates begin with the year (Chinese, Japanese, Korean), the separator between
    /// year, month and day, all written as numbers: "2025/3/3". `None` elsewhere, where the
    /// month is named and `day_first` orders it.
    #[serde(default)]
    pub year_first: Option<String>,
    /// Whether the clock runs to 12 with AM and PM, or to 24.
    pub hour12: bool,
    /// The local time zone's offset from UTC now, in minutes east of Greenwich.
    pub utc_offset_minutes: i32,
}

impl Default for Locale {
    fn default() -> Self {
        Self::english()
    }
}

/// What closes a date written with the year first: Korean ends each number with a full
/// stop ("2026. 12. 3."), Chinese and Japanese nothing ("2026/12/3").
fn closing(separator: &str) -> &'static str {
    if separator.trim_end().ends_with('.') {
        "."
    } else {
        ""
    }
}

/// `digits` with `group` between each three from the right: "12345" and "," give "12,345".
/// Every number Spool writes is grouped here, by a [`Locale`] or by the catalogue's
/// separators (`spool-i18n`).
pub fn group_digits(digits: &str, group: &str) -> String {
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * group.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(group);
        }
        out.push(digit);
    }
    out
}

/// The sign a change is written with: "+", "−" (a minus sign, not a hyphen), or none for 0.
pub const fn sign_of_change(delta: i64) -> &'static str {
    match delta {
        0 => "",
        d if d < 0 => "−",
        _ => "+",
    }
}

impl Locale {
    /// British English with UTC: what Spool writes when it knows nothing of the user.
    pub fn english() -> Self {
        Self {
            tag: "en-GB".to_owned(),
            group: ",".to_owned(),
            decimal: ".".to_owned(),
            months: MONTHS.iter().map(|m| (*m).to_owned()).collect(),
            weekdays: WEEKDAYS.iter().map(|d| (*d).to_owned()).collect(),
            day_first: true,
            year_first: None,
            hour12: false,
            utc_offset_minutes: 0,
        }
    }

    fn month(&self, day: NaiveDate) -> &str {
        let index = day.month0() as usize;
        match self.months.get(index) {
            Some(name) if self.months.len() == 12 && !name.is_empty() => name,
            _ => MONTHS[index],
        }
    }

    fn weekday(&self, day: NaiveDate) -> &str {
        let index = day.weekday().num_days_from_monday() as usize;
        self.weekday_name(index)
    }

    /// The short name of the weekday `index` days after Monday (0 = Monday, 6 = Sunday).
    pub fn weekday_name(&self, index: usize) -> &str {
        let index = index.min(6);
        match self.weekdays.get(index) {
            Some(name) if self.weekdays.len() == 7 && !name.is_empty() => name,
            _ => WEEKDAYS[index],
        }
    }

    /// A whole number with the locale's group separator: 12,345 or 12.345.
    pub fn number(&self, value: u64) -> String {
        group_digits(&value.to_string(), &self.group)
    }

    /// A change with its sign: "+1,234", "−56" (a true minus sign), "0".
    pub fn change(&self, delta: i64) -> String {
        format!(
            "{}{}",
            sign_of_change(delta),
            self.number(delta.unsigned_abs())
        )
    }

    /// A number with `places` fractional digits: 12,345.6 or 12.345,6. Not-a-number is "—".
    pub fn decimal(&self, value: f64, places: usize) -> String {
        if !value.is_finite() {
            return "—".to_owned();
        }
        let text = format!("{:.places$}", value.abs());
        let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
        let sign = if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
            "-"
        } else {
            ""
        };
        let whole = whole
            .parse::<u64>()
            .map_or_else(|_| whole.to_owned(), |w| self.number(w));
        if fraction.is_empty() {
            format!("{sign}{whole}")
        } else {
            format!("{sign}{whole}{}{fraction}", self.decimal)
        }
    }

    /// A short count for a small space: 950, 1.2k, 34k, 1.5M (with the locale's decimal mark).
    pub fn compact(&self, value: u64) -> String {
        match value {
            0..=999 => value.to_string(),
            1_000..=9_999 => format!("{}k", self.decimal(value as f64 / 1_000.0, 1)),
            10_000..=999_999 => format!("{}k", value / 1_000),
            _ => format!("{}M", self.decimal(value as f64 / 1_000_000.0, 1)),
        }
    }

    /// A day in full: "3 Mar 2025" or "Mar 3, 2025".
    pub fn date(&self, day: NaiveDate) -> String {
        if let Some(separator) = &self.year_first {
            format!(
                "{}{separator}{}{separator}{}{}",
                day.year(),
                day.month(),
                day.day(),
                closing(separator)
            )
        } else if self.day_first {
            format!("{} {} {}", day.day(), self.month(day), day.year())
        } else {
            format!("{} {}, {}", self.month(day), day.day(), day.year())
        }
    }

    /// A day with its weekday: "Mon 3 Mar 2025" or "Mon, Mar 3, 2025".
    pub fn weekday_date(&self, day: NaiveDate) -> String {
        if self.year_first.is_some() {
            format!("{} ({})", self.date(day), self.weekday(day))
        } else if self.day_first {
            format!("{} {}", self.weekday(day), self.date(day))
        } else {
            format!("{}, {}", self.weekday(day), self.date(day))
        }
    }

    /// A day within a year, for axis labels: "3 Mar" or "Mar 3".
    pub fn day_month(&self, day: NaiveDate) -> String {
        if let Some(separator) = &self.year_first {
            format!(
                "{}{separator}{}{}",
                day.month(),
                day.day(),
                closing(separator)
            )
        } else if self.day_first {
            format!("{} {}", day.day(), self.month(day))
        } else {
            format!("{} {}", self.month(day), day.day())
        }
    }

    /// A month, for the labels of long axes: "Mar 2025".
    pub fn month_year(&self, day: NaiveDate) -> String {
        match &self.year_first {
            Some(separator) => format!(
                "{}{separator}{}{}",
                day.year(),
                day.month(),
                closing(separator)
            ),
            None => format!("{} {}", self.month(day), day.year()),
        }
    }

    /// The offset of the user's time zone.
    pub fn offset(&self) -> FixedOffset {
        let minutes = self
            .utc_offset_minutes
            .clamp(-MAX_OFFSET_MINUTES, MAX_OFFSET_MINUTES);
        FixedOffset::east_opt(minutes * 60).unwrap_or(Utc.fix())
    }

    /// A moment on the user's clock.
    pub fn local(&self, at: DateTime<Utc>) -> NaiveDateTime {
        at.with_timezone(&self.offset()).naive_local()
    }

    /// An hour of the day on the user's clock: "14:00" or "2 PM".
    pub fn hour(&self, hour: u32) -> String {
        let hour = hour % 24;
        if self.hour12 {
            let (twelve, half) = on_twelve_hour_clock(hour);
            format!("{twelve} {half}")
        } else {
            format!("{hour:02}:00")
        }
    }

    /// The time of day of a moment on the user's clock: "14:05" or "2:05 PM".
    pub fn time(&self, at: DateTime<Utc>) -> String {
        let local = self.local(at);
        let (hour, minute) = (local.hour(), local.minute());
        if self.hour12 {
            let (twelve, half) = on_twelve_hour_clock(hour);
            format!("{twelve}:{minute:02} {half}")
        } else {
            format!("{hour:02}:{minute:02}")
        }
    }

    /// A moment in full on the user's clock: "3 Mar 2025, 14:05" or "Mar 3, 2025, 2:05 PM".
    pub fn date_time(&self, at: DateTime<Utc>) -> String {
        let between = if self.year_first.is_some() { " " } else { ", " };
        format!(
            "{}{between}{}",
            self.date(self.local(at).date()),
            self.time(at)
        )
    }

    /// The day of a moment on the user's clock, for axis labels.
    pub fn local_day(&self, at: DateTime<Utc>) -> NaiveDate {
        self.local(at).date()
    }
}

/// An hour of the day (0–23) as the twelve-hour clock shows it: 0 is 12 AM, 13 is 1 PM.
fn on_twelve_hour_clock(hour: u32) -> (u32, &'static str) {
    let half = if hour < 12 { "AM" } else { "PM" };
    match hour % 12 {
        0 => (12, half),
        h => (h, half),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn german() -> Locale {
        Locale {
            tag: "de-DE".to_owned(),
            group: ".".to_owned(),
            decimal: ",".to_owned(),
            months: [
                "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.",
                "Nov.", "Dez.",
            ]
            .iter()
            .map(|m| (*m).to_owned())
            .collect(),
            weekdays: ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
                .iter()
                .map(|d| (*d).to_owned())
                .collect(),
            day_first: true,
            year_first: None,
            hour12: false,
            utc_offset_minutes: 60,
        }
    }

    #[test]
    fn where_dates_begin_with_the_year_they_are_written_in_numbers() {
        let japanese = Locale {
            tag: "ja-JP".to_owned(),
            year_first: Some("/".to_owned()),
            weekdays: ["月", "火", "水", "木", "金", "土", "日"]
                .iter()
                .map(|d| (*d).to_owned())
                .collect(),
            ..Locale::english()
        };
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day");
        assert_eq!(japanese.date(day), "2026/12/3");
        assert_eq!(japanese.weekday_date(day), "2026/12/3 (木)");
        assert_eq!(japanese.day_month(day), "12/3");
        assert_eq!(japanese.month_year(day), "2026/12");
        let noon = day.and_hms_opt(12, 5, 0).expect("a time").and_utc();
        assert_eq!(japanese.date_time(noon), "2026/12/3 12:05");
        // Korean closes each number with a full stop, the last one too.
        let korean = Locale {
            tag: "ko-KR".to_owned(),
            year_first: Some(". ".to_owned()),
            ..Locale::english()
        };
        assert_eq!(korean.date(day), "2026. 12. 3.");
        assert_eq!(korean.day_month(day), "12. 3.");
        assert_eq!(korean.month_year(day), "2026. 12.");
    }

    fn american() -> Locale {
        Locale {
            tag: "en-US".to_owned(),
            day_first: false,
            hour12: true,
            utc_offset_minutes: -8 * 60,
            ..Locale::english()
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real day")
    }

    #[test]
    fn numbers_take_the_locales_separators() {
        let en = Locale::english();
        assert_eq!(en.number(0), "0");
        assert_eq!(en.number(999), "999");
        assert_eq!(en.number(1_000), "1,000");
        assert_eq!(en.number(12_345_678), "12,345,678");
        assert_eq!(en.number(u64::MAX), "18,446,744,073,709,551,615");
        assert_eq!(german().number(12_345_678), "12.345.678");
        assert_eq!(en.change(1_234), "+1,234");
        assert_eq!(en.change(-56), "−56");
        assert_eq!(en.change(0), "0");
        assert_eq!(en.decimal(12_345.678, 1), "12,345.7");
        assert_eq!(german().decimal(12_345.678, 1), "12.345,7");
        assert_eq!(german().decimal(-0.04, 1), "0,0");
        assert_eq!(en.decimal(-2.5, 0), "-2");
        assert_eq!(en.decimal(f64::NAN, 1), "—");
    }

    #[test]
    fn compact_counts_fit_a_cell() {
        let en = Locale::english();
        assert_eq!(en.compact(950), "950");
        assert_eq!(en.compact(1_234), "1.2k");
        assert_eq!(en.compact(34_567), "34k");
        assert_eq!(en.compact(1_500_000), "1.5M");
        assert_eq!(german().compact(1_234), "1,2k");
    }

    #[test]
    fn days_follow_the_locales_order_and_names() {
        let d = day(2025, 3, 3);
        assert_eq!(Locale::english().date(d), "3 Mar 2025");
        assert_eq!(american().date(d), "Mar 3, 2025");
        assert_eq!(german().date(d), "3 März 2025");
        assert_eq!(american().weekday_date(d), "Mon, Mar 3, 2025");
        assert_eq!(german().weekday_date(d), "Mo 3 März 2025");
        assert_eq!(american().day_month(d), "Mar 3");
        assert_eq!(german().month_year(d), "März 2025");
    }

    #[test]
    fn moments_are_written_on_the_users_clock() {
        let at = DateTime::parse_from_rfc3339("2025-03-03T06:30:00Z")
            .expect("moment")
            .with_timezone(&Utc);
        assert_eq!(Locale::english().date_time(at), "3 Mar 2025, 06:30");
        assert_eq!(german().date_time(at), "3 März 2025, 07:30");
        // Eight hours west, the moment falls on the evening before.
        assert_eq!(american().date_time(at), "Mar 2, 2025, 10:30 PM");
        assert_eq!(american().hour(0), "12 AM");
        assert_eq!(american().hour(15), "3 PM");
        assert_eq!(german().hour(15), "15:00");
    }

    #[test]
    fn malformed_names_and_offsets_fall_back_instead_of_failing() {
        let broken = Locale {
            months: vec!["only one".to_owned()],
            weekdays: Vec::new(),
            utc_offset_minutes: i32::MAX,
            ..Locale::english()
        };
        assert_eq!(broken.date(day(2025, 12, 1)), "1 Dec 2025");
        assert_eq!(broken.weekday_name(9), "Sun");
        assert_eq!(broken.offset().local_minus_utc(), 18 * 60 * 60);
    }
}
