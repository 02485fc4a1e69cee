//! The limits the Threads API enforces, written once.

use chrono::NaiveDate;

/// The earliest moment account insights may be asked for: 2024-04-13 00:00 Pacific, as Unix seconds.
/// The API refuses a `since` or `until` before it.
pub const INSIGHTS_FLOOR_UNIX: i64 = 1_712_991_600;

/// The first day account insights cover, in the account's Pacific calendar.
pub const INSIGHTS_FLOOR_DAY: NaiveDate = match NaiveDate::from_ymd_opt(2024, 4, 13) {
    Some(day) => day,
    None => panic!("2024-04-13 is a valid date"),
};

/// Meta does not guarantee account insights before this day, though it may return some.
pub const INSIGHTS_GUARANTEED_FROM: NaiveDate = match NaiveDate::from_ymd_opt(2024, 6, 1) {
    Some(day) => day,
    None => panic!("2024-06-01 is a valid date"),
};

/// Account insights over a longer range are asked for in chunks of at most this many days and
/// merged: Meta documents no maximum span, so Spool keeps each request modest.
pub const INSIGHTS_CHUNK_DAYS: u64 = 90;

/// The earliest `since` the posts list accepts (Threads' launch, 2023-07-05), as Unix seconds.
pub const POSTS_SINCE_FLOOR_UNIX: i64 = 1_688_540_400;

/// How many posts one page of the posts list holds when no `limit` is given.
pub const POSTS_PAGE_DEFAULT: u32 = 25;

/// The most posts one page of the posts list may hold.
pub const POSTS_PAGE_MAX: u32 = 100;

/// Follower demographics are only given for accounts with at least this many followers.
pub const DEMOGRAPHICS_MIN_FOLLOWERS: u64 = 100;

/// The largest count Spool stores (views, likes, followers, clicks...): a trillion, far above
/// any real count, and low enough that no sum the screens ask SQLite for can overflow its
/// 64-bit integers, which would fail the screen ("integer overflow"). The largest such sum
/// adds one count per post and day: 10,000 posts over 730 days at this bound come to
/// 7.3 × 10¹⁸, below `i64::MAX` (about 9.2 × 10¹⁸). A larger count (a fault, or a hostile
/// answer) is stored as this.
pub const STORED_COUNT_MAX: u64 = 1_000_000_000_000;

/// The most bytes Spool reads of one answer from Threads: 16 MiB. A page of 100 posts or a
/// year of daily insights is tens of kilobytes; a larger answer ends the request with an error
/// instead of filling memory.
pub const RESPONSE_MAX_BYTES: usize = 16 * 1024 * 1024;

/// The longest a `Retry-After` is taken to ask for, in seconds: one day. Threads' rate limits
/// reset within an hour; a longer answer is taken as this (and said in the log), so the wait
/// it leads to can neither overflow nor be absurd.
pub const RETRY_AFTER_MAX_SECONDS: u64 = 24 * 60 * 60;

/// How long a long-lived token lives, in seconds: 60 days. An `expires_in` above it is taken
/// as it (and said in the log): a token believed to live longer would be renewed too late, and
/// an absurd lifetime would overflow the expiry's date.
pub const LONG_LIVED_TOKEN_SECONDS: u64 = 60 * 24 * 60 * 60;

/// The permissions Spool asks for when a creator logs in.
pub const SCOPES: &[&str] = &["threads_basic", "threads_manage_insights"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ten_thousand_posts_over_two_years_of_the_largest_stored_count_fit_in_an_i64() {
        let largest_sum = i128::from(STORED_COUNT_MAX) * 10_000 * 730;
        assert!(largest_sum <= i128::from(i64::MAX));
    }

    #[test]
    fn the_insights_floor_is_midnight_pacific_on_its_first_day() {
        assert_eq!(
            crate::pacific::midnight_unix(INSIGHTS_FLOOR_DAY),
            INSIGHTS_FLOOR_UNIX
        );
    }
}
