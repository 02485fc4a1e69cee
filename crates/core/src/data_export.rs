//! The data behind Spool's screens as CSV or JSON files: the same history, the same numbers.
//!
//! Each dataset is first read into one table of typed cells; the CSV and the JSON are two
//! spellings of that table, so they cannot disagree. Nothing here reads the clock: the time of
//! export and the app's version come from the caller, so the same history gives the same bytes.
//!
//! # CSV
//! Written for spreadsheets, which are where a creator opens it:
//! - UTF-8 **with a byte order mark**. Excel (Windows and macOS) reads a double-clicked CSV in
//!   the system's legacy code page unless the file starts with a BOM, which turns every emoji
//!   and accent in post text into mojibake; with it, Excel, Numbers, LibreOffice and Google
//!   Sheets all read UTF-8, and Python (`utf-8-sig`), pandas and the `csv` crate skip it. The
//!   cost, a first header that naive tools read as `\u{feff}post_id`, is smaller than garbled
//!   text for the people this export is for.
//! - A header row, then one record per row, each ended by CRLF (RFC 4180).
//! - Days as `YYYY-MM-DD`, moments as RFC 3339 in UTC (`2025-01-31T08:00:00Z`), numbers plain
//!   (no thousands separator, `.` for decimals), `true`/`false`.
//! - An empty cell where Threads reported no value: never a 0 that was not measured.
//! - Text is quoted when it holds a comma, quote or line break (post text often does).
//! - Text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or
//!   a carriage return) gets a `'` in front: a post or a link must not become a formula on the
//!   user's computer. Numbers, days and names Spool itself writes are not text and stay as
//!   they are. The JSON carries every text exactly.
//! - Post ids are long numbers kept as text; a spreadsheet may show them rounded, the JSON
//!   keeps them exact.
//!
//! # JSON
//! A pretty-printed document with its keys always in the same order: `dataset`, `account`
//! (`id`, `username`), `range` (`since`, `until`, or `null` when the dataset takes none),
//! `exported_at`, `app_version`, then `rows`: one object per row with the CSV's columns as
//! keys, numbers as numbers and `null` where Threads reported no value.

use chrono::{DateTime, NaiveDate, SecondsFormat, Utc};
use serde::Serialize;
use serde::ser::SerializeMap;
use spool_model::insights::engagement_rate;
use spool_model::{
    DataFormat, Dataset, DateRange, GroupBy, PostFormat, Quadrant, RangePreset, Spread, pacific,
};

use crate::analytics;
use crate::history::{History, HistoryError, Reading};
use crate::insights::{self, Computed};

/// The byte order mark that starts every CSV file (see the module's notes).
pub const CSV_BYTE_ORDER_MARK: &[u8] = b"\xEF\xBB\xBF";

/// What to export, and the facts the file records about itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportRequest<'a> {
    /// Whose data: the Threads user id.
    pub account_id: &'a str,
    /// The account's @handle, without the @, for the JSON header.
    pub username: &'a str,
    /// Which table.
    pub dataset: Dataset,
    /// Which days: required for profile views; for posts, followers and link clicks it keeps
    /// what was published or read on those days (all of it when `None`); the audience is always
    /// its latest reading and ignores it.
    pub range: Option<DateRange>,
    /// CSV or JSON.
    pub format: DataFormat,
    /// When the user exported, recorded in the JSON header; "now" for the content insights.
    pub exported_at: DateTime<Utc>,
    /// The user's time zone, in minutes east of UTC: the content insights' weekdays.
    pub utc_offset_minutes: i32,
    /// Spool's version, recorded in the JSON header.
    pub app_version: &'a str,
}

impl ExportRequest<'_> {
    /// The file name the save dialog proposes, e.g.
    /// `spool-mara.makes-profile-views-2025-01-01-to-2025-01-31.csv` (the range only where the
    /// dataset takes one).
    pub fn file_name(&self) -> String {
        spool_model::proposed_file_name(
            self.username,
            self.dataset.file_stem(),
            self.range.filter(|_| self.dataset.takes_range()),
            self.format.extension(),
        )
    }
}

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The history could not be read.
    #[error(transparent)]
    History(#[from] HistoryError),
    /// The dataset is per day and no days were chosen.
    #[error("Choose the days of “{what}” (its catalogue id) to export, then export again.")]
    RangeNeeded {
        /// The catalogue's id of the dataset's or chart's name, as the screen names it.
        what: &'static str,
    },
    /// There is nothing stored to draw or export yet.
    #[error(
        "Spool has nothing stored for “{what}” (its catalogue id) yet: sync, then export again."
    )]
    NothingStored {
        /// The catalogue's id of the chart's name, as the screen names it.
        what: &'static str,
    },
    /// The chart could not be drawn (too large an image, or a fault in Spool).
    #[error("{0}")]
    Drawing(#[from] spool_charts::ChartError),
    /// The file could not be encoded (a fault in Spool, not in the data).
    #[error("Spool could not write the {format} file ({reason}); please report this.")]
    Encoding {
        /// The format being written.
        format: &'static str,
        /// What the encoder said.
        reason: String,
    },
}

/// The file's bytes for `request`: CSV or JSON of one dataset of the history.
pub fn export_data(history: &History, request: &ExportRequest<'_>) -> Result<Vec<u8>, ExportError> {
    // One read: the rows come from one state of the history, even if a sync saves meanwhile.
    let table = history.read(|reading| read_table(reading, request))?;
    match request.format {
        DataFormat::Csv => to_csv(&table),
        DataFormat::Json => to_json(&table, request),
    }
}

/// One value of a table.
#[derive(Debug, Clone, PartialEq)]
enum Cell {
    /// Text from Threads or the user (post text, links, places): neutralised in CSV.
    Text(String),
    /// A name Spool writes itself (a media type, a breakdown).
    Name(&'static str),
    /// A name Spool writes itself, made up (a group's) or `None` where there is none (the
    /// quadrant of a post without views).
    Label(Option<String>),
    /// A count; `None` where Threads reported none.
    Count(Option<u64>),
    /// A change, which may be negative; `None` where there is nothing to compare with.
    Change(Option<i64>),
    /// A ratio; `None` where it cannot be computed.
    Decimal(Option<f64>),
    /// A day of the account's calendar.
    Day(Option<NaiveDate>),
    /// A moment.
    Instant(DateTime<Utc>),
    /// Yes or no.
    Flag(bool),
}

/// A dataset read from the history: column names and rows of cells in that order.
#[derive(Debug)]
struct Table {
    columns: &'static [&'static str],
    rows: Vec<Vec<Cell>>,
    /// The days the rows were narrowed to, as the JSON header states them.
    range: Option<DateRange>,
}

fn read_table(history: &Reading<'_>, request: &ExportRequest<'_>) -> Result<Table, ExportError> {
    let account = request.account_id;
    let range = request.range.filter(|_| request.dataset.takes_range());
    let within = |day: NaiveDate| range.is_none_or(|r| r.since() <= day && day <= r.until());
    let rows = match request.dataset {
        Dataset::Posts => analytics::post_rows_in(history, account)?
            .into_iter()
            .filter(|row| within(pacific::day_of(row.post.published_at)))
            .map(|row| {
                let metrics = row.metrics.unwrap_or_default();
                vec![
                    Cell::Text(row.post.id),
                    Cell::Instant(row.post.published_at),
                    Cell::Name(row.post.media_type.api_name()),
                    Cell::Text(row.post.text.unwrap_or_default()),
                    Cell::Text(row.post.permalink.unwrap_or_default()),
                    Cell::Flag(row.post.is_quote_post),
                    Cell::Count(metrics.views),
                    Cell::Count(metrics.likes),
                    Cell::Count(metrics.replies),
                    Cell::Count(metrics.reposts),
                    Cell::Count(metrics.quotes),
                    Cell::Count(metrics.shares),
                    Cell::Decimal(row.engagement_rate),
                ]
            })
            .collect(),
        Dataset::ProfileViews => {
            let range = range.ok_or(ExportError::RangeNeeded {
                what: Dataset::ProfileViews.message_id(),
            })?;
            history
                .profile_views(account, range.since(), range.until())?
                .into_iter()
                .map(|day| vec![Cell::Day(Some(day.day)), Cell::Count(day.value)])
                .collect()
        }
        Dataset::Followers => history
            .follower_series(account)?
            .into_iter()
            .filter(|reading| within(pacific::day_of(reading.at)))
            .map(|reading| {
                vec![
                    Cell::Instant(reading.at),
                    Cell::Count(Some(reading.followers)),
                ]
            })
            .collect(),
        // The audience is its latest reading; the moment of export stands for now.
        Dataset::Demographics => analytics::audience_in(history, account, request.exported_at)?
            .breakdowns
            .into_iter()
            .flat_map(|breakdown| {
                let name = breakdown.breakdown.api_name();
                let at = breakdown.taken_at;
                breakdown.segments.into_iter().map(move |segment| {
                    vec![
                        Cell::Name(name),
                        Cell::Instant(at),
                        Cell::Text(segment.key),
                        Cell::Count(Some(segment.followers)),
                        Cell::Change(segment.change),
                    ]
                })
            })
            .collect(),
        Dataset::LinkClicks => history
            .link_click_readings(account)?
            .into_iter()
            .filter(|reading| within(pacific::day_of(reading.at)))
            .flat_map(|reading| {
                let (at, since, until) = (reading.at, reading.since, reading.until);
                reading.links.into_iter().map(move |link| {
                    vec![
                        Cell::Instant(at),
                        Cell::Day(since),
                        Cell::Day(until),
                        Cell::Text(link.url),
                        Cell::Count(Some(link.clicks)),
                    ]
                })
            })
            .collect(),
        Dataset::PostInsights | Dataset::WhatToPost | Dataset::Words | Dataset::Engagement => {
            // Without days, everything Threads keeps, as the range picker's "Everything".
            let range = range.unwrap_or_else(|| {
                RangePreset::Everything.range(
                    pacific::day_of(request.exported_at),
                    history.first_post_day(account).ok().flatten(),
                )
            });
            let computed = insights::computed_in(
                history,
                account,
                range,
                request.utc_offset_minutes,
                request.exported_at,
            )?;
            insight_rows(request.dataset, computed)
        }
    };
    Ok(Table {
        columns: columns(request.dataset),
        rows,
        range,
    })
}

/// The rows of a content insights dataset.
fn insight_rows(dataset: Dataset, computed: insights::Computed) -> Vec<Vec<Cell>> {
    let Computed { insights, posts } = computed;
    let spread = |s: Option<Spread>| {
        [
            Cell::Decimal(s.map(|s| s.lower)),
            Cell::Decimal(s.map(|s| s.median)),
            Cell::Decimal(s.map(|s| s.upper)),
        ]
    };
    match dataset {
        Dataset::PostInsights => posts
            .into_iter()
            .map(|post| {
                let views = post.metrics.and_then(|m| m.views);
                let interactions = post.metrics.map(|m| m.interactions());
                vec![
                    Cell::Text(post.id),
                    Cell::Instant(post.published_at),
                    Cell::Name(format_name(post.format)),
                    Cell::Flag(post.has_link),
                    Cell::Count(Some(post.length_chars as u64)),
                    Cell::Name(WEEKDAYS[usize::from(post.weekday % 7)]),
                    Cell::Count(views),
                    Cell::Count(interactions),
                    Cell::Decimal(
                        views
                            .zip(interactions)
                            .and_then(|(v, i)| engagement_rate(i, v)),
                    ),
                    Cell::Decimal(post.views_multiple),
                    Cell::Label(post.quadrant.map(|q| quadrant_name(q).to_owned())),
                ]
            })
            .collect(),
        Dataset::WhatToPost => GroupBy::ALL
            .into_iter()
            .flat_map(|by| {
                insights
                    .what_to_post
                    .by(by)
                    .iter()
                    .map(|group| {
                        let mut row = vec![
                            Cell::Name(by.file_stem()),
                            Cell::Label(Some(group.group.label())),
                            Cell::Count(Some(u64::from(group.posts))),
                        ];
                        row.extend(spread(group.views));
                        row.extend(spread(group.engagement_rate));
                        row
                    })
                    .collect::<Vec<_>>()
            })
            .collect(),
        Dataset::Words => insights
            .words
            .words
            .into_iter()
            .map(|word| {
                vec![
                    Cell::Text(word.word),
                    Cell::Count(Some(u64::from(word.posts))),
                    Cell::Decimal(Some(word.median_views)),
                    Cell::Decimal(Some(word.median_rate)),
                ]
            })
            .collect(),
        _ => insights
            .engagement
            .into_iter()
            .map(|day| {
                vec![
                    Cell::Day(Some(day.day)),
                    Cell::Count(Some(u64::from(day.posts))),
                    Cell::Count(Some(day.views)),
                    Cell::Count(Some(day.likes)),
                    Cell::Count(Some(day.replies)),
                    Cell::Count(Some(day.reposts)),
                    Cell::Count(Some(day.quotes)),
                    Cell::Count(Some(day.shares)),
                    Cell::Count(Some(day.interactions())),
                    Cell::Decimal(engagement_rate(day.interactions(), day.views)),
                ]
            })
            .collect(),
    }
}

/// Weekdays as the post insights export names them.
const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A format as the exports name it (its serde name).
const fn format_name(format: PostFormat) -> &'static str {
    match format {
        PostFormat::Text => "text",
        PostFormat::Image => "image",
        PostFormat::Video => "video",
        PostFormat::Carousel => "carousel",
        PostFormat::Audio => "audio",
        PostFormat::Other => "other",
    }
}

/// A quadrant as the exports name it (its serde name).
const fn quadrant_name(quadrant: Quadrant) -> &'static str {
    match quadrant {
        Quadrant::Breakout => "breakout",
        Quadrant::Conversation => "conversation",
        Quadrant::Broadcast => "broadcast",
        Quadrant::Quiet => "quiet",
    }
}

/// Each dataset's columns, in order: the CSV's header row and the JSON rows' keys.
pub const fn columns(dataset: Dataset) -> &'static [&'static str] {
    match dataset {
        Dataset::Posts => &[
            "post_id",
            "published_at",
            "media_type",
            "text",
            "permalink",
            "is_quote_post",
            "views",
            "likes",
            "replies",
            "reposts",
            "quotes",
            "shares",
            "engagement_per_100_views",
        ],
        Dataset::ProfileViews => &["day", "profile_views"],
        Dataset::Followers => &["taken_at", "followers"],
        Dataset::Demographics => &[
            "breakdown",
            "taken_at",
            "value",
            "followers",
            "change_since_previous_reading",
        ],
        Dataset::LinkClicks => &["taken_at", "since", "until", "url", "clicks"],
        Dataset::PostInsights => &[
            "post_id",
            "published_at",
            "format",
            "has_link",
            "length_chars",
            "weekday",
            "views",
            "interactions",
            "engagement_per_100_views",
            "views_multiple_of_normal",
            "quadrant",
        ],
        Dataset::WhatToPost => &[
            "grouping",
            "group",
            "posts",
            "views_lower_quartile",
            "views_median",
            "views_upper_quartile",
            "engagement_per_100_views_lower_quartile",
            "engagement_per_100_views_median",
            "engagement_per_100_views_upper_quartile",
        ],
        Dataset::Words => &[
            "word",
            "posts",
            "median_views",
            "median_engagement_per_100_views",
        ],
        Dataset::Engagement => &[
            "day",
            "posts",
            "views",
            "likes",
            "replies",
            "reposts",
            "quotes",
            "shares",
            "interactions",
            "engagement_per_100_views",
        ],
    }
}

/// The media type as Threads names it, the same in CSV and JSON.
fn instant(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

fn day(day: NaiveDate) -> String {
    day.format("%Y-%m-%d").to_string()
}

/// `text` as a CSV cell a spreadsheet shows as text, never runs as a formula.
fn neutralised(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn csv_cell(cell: &Cell) -> String {
    match cell {
        Cell::Text(text) => neutralised(text),
        Cell::Name(name) => (*name).to_owned(),
        Cell::Label(label) => label.clone().unwrap_or_default(),
        Cell::Count(count) => count.map(|c| c.to_string()).unwrap_or_default(),
        Cell::Change(change) => change.map(|c| c.to_string()).unwrap_or_default(),
        // `Display` of f64 never uses an exponent or a thousands separator.
        Cell::Decimal(value) => value
            .filter(|v| v.is_finite())
            .map(|v| v.to_string())
            .unwrap_or_default(),
        Cell::Day(d) => d.map(day).unwrap_or_default(),
        Cell::Instant(at) => instant(*at),
        Cell::Flag(flag) => flag.to_string(),
    }
}

fn to_csv(table: &Table) -> Result<Vec<u8>, ExportError> {
    let failed = |error: &dyn std::fmt::Display| ExportError::Encoding {
        format: "CSV",
        reason: error.to_string(),
    };
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(CSV_BYTE_ORDER_MARK.to_vec());
    writer.write_record(table.columns).map_err(|e| failed(&e))?;
    for row in &table.rows {
        writer
            .write_record(row.iter().map(csv_cell))
            .map_err(|e| failed(&e))?;
    }
    writer.into_inner().map_err(|e| failed(&e.error()))
}

impl Serialize for Cell {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Text(text) => serializer.serialize_str(text),
            Cell::Name(name) => serializer.serialize_str(name),
            Cell::Label(label) => label.serialize(serializer),
            Cell::Count(count) => count.serialize(serializer),
            Cell::Change(change) => change.serialize(serializer),
            Cell::Decimal(value) => value.filter(|v| v.is_finite()).serialize(serializer),
            Cell::Day(d) => d.map(day).serialize(serializer),
            Cell::Instant(at) => serializer.serialize_str(&instant(*at)),
            Cell::Flag(flag) => serializer.serialize_bool(*flag),
        }
    }
}

/// One row as a JSON object whose keys keep the columns' order.
struct JsonRow<'a> {
    columns: &'static [&'static str],
    cells: &'a [Cell],
}

impl Serialize for JsonRow<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.columns.len()))?;
        for (column, cell) in self.columns.iter().zip(self.cells) {
            map.serialize_entry(column, cell)?;
        }
        map.end()
    }
}

/// The JSON document; field order is the file's key order.
#[derive(Serialize)]
struct JsonDocument<'a> {
    dataset: Dataset,
    account: JsonAccount<'a>,
    range: Option<DateRange>,
    exported_at: String,
    app_version: &'a str,
    rows: Vec<JsonRow<'a>>,
}

#[derive(Serialize)]
struct JsonAccount<'a> {
    id: &'a str,
    username: &'a str,
}

fn to_json(table: &Table, request: &ExportRequest<'_>) -> Result<Vec<u8>, ExportError> {
    let document = JsonDocument {
        dataset: request.dataset,
        account: JsonAccount {
            id: request.account_id,
            username: request.username,
        },
        range: table.range,
        exported_at: instant(request.exported_at),
        app_version: request.app_version,
        rows: table
            .rows
            .iter()
            .map(|cells| JsonRow {
                columns: table.columns,
                cells,
            })
            .collect(),
    };
    let mut bytes = serde_json::to_vec_pretty(&document).map_err(|e| ExportError::Encoding {
        format: "JSON",
        reason: e.to_string(),
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use spool_model::MediaType;

    #[test]
    fn text_a_spreadsheet_would_run_is_neutralised_and_other_text_is_not() {
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(neutralised(formula), format!("'{formula}"));
        }
        for plain in ["hello", "1+1=2", "'quoted", "café ☕", ""] {
            assert_eq!(neutralised(plain), plain);
        }
    }

    #[test]
    fn numbers_days_and_moments_are_written_plainly() {
        assert_eq!(csv_cell(&Cell::Count(Some(1_234_567))), "1234567");
        assert_eq!(csv_cell(&Cell::Count(None)), "");
        assert_eq!(csv_cell(&Cell::Change(Some(-3))), "-3");
        assert_eq!(csv_cell(&Cell::Decimal(Some(0.000_000_5))), "0.0000005");
        assert_eq!(
            csv_cell(&Cell::Decimal(Some(1e21))),
            "1000000000000000000000"
        );
        assert_eq!(csv_cell(&Cell::Decimal(Some(f64::NAN))), "");
        let at = DateTime::from_timestamp(1_738_310_400, 0).expect("moment");
        assert_eq!(csv_cell(&Cell::Instant(at)), "2025-01-31T08:00:00Z");
        let d = NaiveDate::from_ymd_opt(2025, 1, 2).expect("day");
        assert_eq!(csv_cell(&Cell::Day(Some(d))), "2025-01-02");
        assert_eq!(csv_cell(&Cell::Flag(true)), "true");
    }

    #[test]
    fn the_proposed_name_says_whose_what_and_which_days() {
        let today = NaiveDate::from_ymd_opt(2025, 2, 1).expect("day");
        let since = NaiveDate::from_ymd_opt(2025, 1, 1).expect("day");
        let until = NaiveDate::from_ymd_opt(2025, 1, 31).expect("day");
        let mut request = ExportRequest {
            account_id: "1001",
            username: "mara.makes",
            dataset: Dataset::ProfileViews,
            range: Some(DateRange::new(since, until, today).expect("range")),
            format: DataFormat::Csv,
            exported_at: DateTime::from_timestamp(0, 0).expect("moment"),
            utc_offset_minutes: 0,
            app_version: "0.1.0",
        };
        assert_eq!(
            request.file_name(),
            "spool-mara.makes-profile-views-2025-01-01-to-2025-01-31.csv"
        );
        request.dataset = Dataset::Demographics;
        request.format = DataFormat::Json;
        assert_eq!(request.file_name(), "spool-mara.makes-audience.json");
    }

    #[test]
    fn every_media_type_has_the_name_threads_gives_it() {
        for media_type in [
            MediaType::TextPost,
            MediaType::Image,
            MediaType::Video,
            MediaType::CarouselAlbum,
            MediaType::Audio,
            MediaType::RepostFacade,
        ] {
            assert_eq!(
                serde_json::to_value(media_type).expect("serializes"),
                media_type.api_name()
            );
        }
    }
}
