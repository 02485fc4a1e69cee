//! The account's calendar: Threads counts days in Pacific time (America/Los_Angeles), so a day's
//! insights end at 07:00 or 08:00 UTC. The US daylight-saving rule is built in, not looked up.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc, Weekday};

/// Pacific Standard Time, UTC-8, in seconds.
const PST: i64 = -8 * 3600;
/// Pacific Daylight Time, UTC-7, in seconds.
const PDT: i64 = -7 * 3600;

/// Midnight at the start of `day` in the Pacific calendar, as a UTC moment.
pub fn midnight(day: NaiveDate) -> DateTime<Utc> {
    // Midnight is never inside a switch (switches happen at 02:00), so the offset of the day is
    // the one in force at its start.
    let offset = if daylight_saving(day) { PDT } else { PST };
    let local = day.and_time(NaiveTime::MIN).and_utc().timestamp();
    Utc.timestamp_opt(local - offset, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Midnight at the start of `day` in the Pacific calendar, as Unix seconds (what the API takes).
pub fn midnight_unix(day: NaiveDate) -> i64 {
    midnight(day).timestamp()
}

/// The Pacific calendar day containing the moment `t`.
pub fn day_of(t: DateTime<Utc>) -> NaiveDate {
    let utc_day = t.date_naive();
    // The Pacific day is the UTC day or the one before; it is the later one whose midnight
    // has passed.
    if midnight(utc_day) <= t {
        utc_day
    } else {
        utc_day.pred_opt().unwrap_or(utc_day)
    }
}

/// Whether daylight saving time is in force on `day` from 02:00 on: from the second Sunday in
/// March to the day before the first Sunday in November.
fn daylight_saving(day: NaiveDate) -> bool {
    let year = day.year();
    match (
        NaiveDate::from_weekday_of_month_opt(year, 3, Weekday::Sun, 2),
        NaiveDate::from_weekday_of_month_opt(year, 11, Weekday::Sun, 1),
    ) {
        (Some(start), Some(end)) => day > start && day <= end,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s)
            .expect("valid moment")
            .to_utc()
    }

    #[test]
    fn the_insights_floor_is_pacific_midnight() {
        assert_eq!(midnight_unix(day(2024, 4, 13)), 1_712_991_600);
    }

    #[test]
    fn winter_days_start_at_eight_utc_and_summer_days_at_seven() {
        assert_eq!(midnight(day(2024, 12, 1)), at("2024-12-01T08:00:00Z"));
        assert_eq!(midnight(day(2024, 7, 12)), at("2024-07-12T07:00:00Z"));
    }

    #[test]
    fn the_switch_days_start_in_the_old_offset() {
        // 2024: DST from Sunday 10 March to Sunday 3 November.
        assert_eq!(midnight(day(2024, 3, 10)), at("2024-03-10T08:00:00Z"));
        assert_eq!(midnight(day(2024, 3, 11)), at("2024-03-11T07:00:00Z"));
        assert_eq!(midnight(day(2024, 11, 3)), at("2024-11-03T07:00:00Z"));
        assert_eq!(midnight(day(2024, 11, 4)), at("2024-11-04T08:00:00Z"));
    }

    #[test]
    fn a_moment_falls_in_the_pacific_day_it_belongs_to() {
        assert_eq!(day_of(at("2024-03-10T09:59:59Z")), day(2024, 3, 10));
        assert_eq!(day_of(at("2024-03-10T10:00:00Z")), day(2024, 3, 10));
        assert_eq!(day_of(at("2024-07-12T06:59:59Z")), day(2024, 7, 11));
        assert_eq!(day_of(at("2024-07-12T07:00:00Z")), day(2024, 7, 12));
    }

    #[test]
    fn every_day_of_three_years_round_trips() {
        let mut d = day(2024, 1, 1);
        while d < day(2027, 1, 1) {
            assert_eq!(day_of(midnight(d)), d, "{d}");
            let next = d.succ_opt().expect("next day");
            let hours = (midnight(next) - midnight(d)).num_hours();
            assert!((23..=25).contains(&hours), "{d} lasts {hours} h");
            d = next;
        }
    }
}
