//! What can be exported as data, in which format, and the file name a save dialog proposes.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::DateRange;

/// A table of the history that can be saved as a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum Dataset {
    /// Every post with its metrics at the latest sync.
    Posts,
    /// Profile views for each day of a range.
    ProfileViews,
    /// Followers at each sync.
    Followers,
    /// Followers by country, city, age and gender at their latest readings.
    Demographics,
    /// Clicks on each link at each sync.
    LinkClicks,
    /// Each post of a range with what the content insights read of it: format, link, length,
    /// weekday, views, engagement rate, its multiple of the creator's normal and its quadrant.
    PostInsights,
    /// The "what to post" groups: each with its posts, median views and engagement rate and
    /// their quartiles.
    WhatToPost,
    /// Words and hashtags of a range's posts with their posts and medians.
    Words,
    /// Interactions with a range's posts by the day they were published.
    Engagement,
}

impl Dataset {
    /// Every dataset, in the order the export menu lists them.
    pub const ALL: [Dataset; 9] = [
        Self::Posts,
        Self::ProfileViews,
        Self::Followers,
        Self::Demographics,
        Self::LinkClicks,
        Self::PostInsights,
        Self::WhatToPost,
        Self::Words,
        Self::Engagement,
    ];

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Posts => "dataset-posts",
            Self::ProfileViews => "dataset-profile-views",
            Self::Followers => "dataset-followers",
            Self::Demographics => "dataset-audience",
            Self::LinkClicks => "dataset-link-clicks",
            Self::PostInsights => "dataset-post-insights",
            Self::WhatToPost => "dataset-what-to-post",
            Self::Words => "dataset-words",
            Self::Engagement => "dataset-engagement",
        }
    }

    /// The dataset's name in the export menu.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Posts => "Posts with metrics",
            Self::ProfileViews => "Profile views per day",
            Self::Followers => "Followers over time",
            Self::Demographics => "Audience (country, city, age, gender)",
            Self::LinkClicks => "Link clicks",
            Self::PostInsights => "Posts against your normal",
            Self::WhatToPost => "What to post (by format, length, weekday)",
            Self::Words => "Words and topics",
            Self::Engagement => "Engagement per day",
        }
    }

    /// The dataset's part of a proposed file name.
    pub const fn file_stem(self) -> &'static str {
        match self {
            Self::Posts => "posts",
            Self::ProfileViews => "profile-views",
            Self::Followers => "followers",
            Self::Demographics => "audience",
            Self::LinkClicks => "link-clicks",
            Self::PostInsights => "post-insights",
            Self::WhatToPost => "what-to-post",
            Self::Words => "words",
            Self::Engagement => "engagement",
        }
    }

    /// Whether the export needs a range (profile views are stored per day; the other datasets
    /// take a range only to narrow what they hold, and the audience ignores it).
    pub const fn needs_range(self) -> bool {
        matches!(
            self,
            Self::ProfileViews
                | Self::PostInsights
                | Self::WhatToPost
                | Self::Words
                | Self::Engagement
        )
    }

    /// Whether a range narrows the export (the audience is always its latest reading).
    pub const fn takes_range(self) -> bool {
        !matches!(self, Self::Demographics)
    }
}

/// The kind of file data is saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum DataFormat {
    /// Comma-separated values, for spreadsheets.
    Csv,
    /// JSON, for programs.
    Json,
}

impl DataFormat {
    /// Every format, in the order the export menu lists them.
    pub const ALL: [DataFormat; 2] = [Self::Csv, Self::Json];

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Csv => "data-format-csv",
            Self::Json => "data-format-json",
        }
    }

    /// The format's name in the export menu.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV (spreadsheets)",
            Self::Json => "JSON",
        }
    }

    /// The file name extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Json => "json",
        }
    }

    /// The media type, for a save dialog's filter or the clipboard.
    pub const fn media_type(self) -> &'static str {
        match self {
            Self::Csv => "text/csv",
            Self::Json => "application/json",
        }
    }
}

/// Longest handle and subject kept in a proposed name, in bytes: with the fixed parts, the range
/// and the extension a name stays below the 255 bytes every common file system allows.
const NAME_PART_MAX_BYTES: usize = 60;

/// The file name a save dialog proposes:
/// `spool-<handle>-<what>-<since>-to-<until>.<extension>` (one day: `-<day>`; no range: none).
///
/// `what` is a dataset's [`Dataset::file_stem`] or a chart's name. The result is a single name
/// that every OS accepts: no path separators, reserved or control characters, no leading dot
/// (hidden) or trailing dot or space (refused by Windows), never a reserved Windows device
/// name, and short enough for every file system. Letters of any script are kept.
pub fn proposed_file_name(
    handle: &str,
    what: &str,
    range: Option<DateRange>,
    extension: &str,
) -> String {
    let mut stem = String::from("spool");
    for part in [name_part(handle.trim_start_matches('@')), name_part(what)] {
        if !part.is_empty() {
            stem.push('-');
            stem.push_str(&part);
        }
    }
    if let Some(range) = range {
        stem.push('-');
        stem.push_str(&range.since().format("%Y-%m-%d").to_string());
        if range.until() != range.since() {
            stem.push_str("-to-");
            stem.push_str(&range.until().format("%Y-%m-%d").to_string());
        }
    }
    let extension: String = extension
        .trim_start_matches('.')
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .take(10)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let name = if extension.is_empty() {
        stem
    } else {
        format!("{stem}.{extension}")
    };
    safe_file_name(&name)
}

/// Makes `name` a single file name every OS accepts, changing as little as it can: characters
/// Windows, macOS or Linux refuse (`/ \ : * ? " < > |`, control characters) become `-`, leading
/// dots and spaces and trailing dots and spaces go, a reserved Windows device name (`CON`,
/// `NUL`, `COM1`, …, with or without an extension) gets a `_` in front, and an empty result
/// becomes `spool-export`.
pub fn safe_file_name(name: &str) -> String {
    let replaced: String = name
        .chars()
        .map(|c| {
            if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') {
                '-'
            } else {
                c
            }
        })
        .collect();
    let trimmed = replaced
        .trim_start_matches(['.', ' '])
        .trim_end_matches(['.', ' ']);
    let mut name = if trimmed.is_empty() {
        "spool-export".to_owned()
    } else {
        trimmed.to_owned()
    };
    if is_reserved_on_windows(&name) {
        name.insert(0, '_');
    }
    truncate_bytes(&name, 255)
}

/// Windows refuses these device names as a file name, whatever the extension and case.
fn is_reserved_on_windows(name: &str) -> bool {
    let base = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let upper = base.to_ascii_uppercase();
    matches!(
        upper.as_str(),
        "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$"
    ) || ["COM", "LPT"].iter().any(|prefix| {
        upper.strip_prefix(prefix).is_some_and(|digit| {
            matches!(
                digit,
                "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9"
            ) || matches!(digit, "¹" | "²" | "³")
        })
    })
}

/// One part of a proposed name: lower case, runs of anything but letters, digits, `.` and `_`
/// made one `-`, no `-` or `.` at either end, at most [`NAME_PART_MAX_BYTES`] bytes.
fn name_part(text: &str) -> String {
    let mut part = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = if c.is_alphanumeric() || c == '_' || c == '.' {
            c
        } else if part.is_empty() || part.ends_with('-') {
            continue;
        } else {
            '-'
        };
        if part.len() + c.len_utf8() > NAME_PART_MAX_BYTES {
            break;
        }
        part.push(c);
    }
    part.trim_matches(['-', '.']).to_owned()
}

/// `name` cut to at most `max` bytes, at a character boundary, keeping its extension.
fn truncate_bytes(name: &str, max: usize) -> String {
    if name.len() <= max {
        return name.to_owned();
    }
    let (stem, extension) = match name.rsplit_once('.') {
        Some((stem, extension)) if extension.len() < 16 => (stem, Some(extension)),
        _ => (name, None),
    };
    let room = max.saturating_sub(extension.map_or(0, |e| e.len() + 1));
    let mut end = room.min(stem.len());
    while !stem.is_char_boundary(end) {
        end -= 1;
    }
    match extension {
        Some(extension) => format!("{}.{extension}", &stem[..end]),
        None => stem[..end].to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
    }

    fn january() -> DateRange {
        DateRange::new(day(2025, 1, 1), day(2025, 1, 31), day(2025, 2, 1)).expect("range")
    }

    #[test]
    fn a_dataset_name_says_whose_what_and_when() {
        assert_eq!(
            proposed_file_name(
                "mara.makes",
                Dataset::ProfileViews.file_stem(),
                Some(january()),
                DataFormat::Csv.extension()
            ),
            "spool-mara.makes-profile-views-2025-01-01-to-2025-01-31.csv"
        );
    }

    #[test]
    fn one_day_is_named_once_and_no_range_is_left_out() {
        let one = DateRange::new(day(2025, 3, 9), day(2025, 3, 9), day(2025, 3, 9)).expect("day");
        assert_eq!(
            proposed_file_name("@mara", "followers", Some(one), "json"),
            "spool-mara-followers-2025-03-09.json"
        );
        assert_eq!(
            proposed_file_name("mara", Dataset::Posts.file_stem(), None, ".CSV"),
            "spool-mara-posts.csv"
        );
    }

    #[test]
    fn separators_reserved_and_control_characters_never_reach_the_name() {
        let name = proposed_file_name(
            "../../etc/passwd",
            "views: a/b\\c*d?e\"f<g>h|i\u{0}j\u{7}k\nl\r\tm",
            Some(january()),
            "p/n\\g",
        );
        assert_eq!(
            name,
            "spool-etc-passwd-views-a-b-c-d-e-f-g-h-i-j-k-l-m-2025-01-01-to-2025-01-31.png"
        );
        for bad in ['/', '\\', ':', '*', '?', '"', '<', '>', '|'] {
            assert!(!name.contains(bad), "{name} contains {bad}");
        }
        assert!(!name.chars().any(char::is_control));
    }

    #[test]
    fn letters_of_any_script_are_kept() {
        assert_eq!(
            proposed_file_name("José_Ñandú", "Vues du profil — été", None, "csv"),
            "spool-josé_ñandú-vues-du-profil-été.csv"
        );
    }

    #[test]
    fn an_empty_handle_or_subject_leaves_no_double_dash() {
        assert_eq!(proposed_file_name("", "", None, ""), "spool");
        assert_eq!(
            proposed_file_name(" ", "posts", None, "csv"),
            "spool-posts.csv"
        );
    }

    #[test]
    fn windows_device_names_are_never_a_whole_name() {
        for reserved in [
            "CON",
            "con.csv",
            "Nul",
            "aux.json",
            "COM1.png",
            "lpt9",
            "PRN.tar.gz",
        ] {
            let safe = safe_file_name(reserved);
            assert!(safe.starts_with('_'), "{reserved} became {safe}");
            assert!(!is_reserved_on_windows(&safe));
        }
        for fine in ["console.csv", "COM10", "nullable.json", "spool-con.csv"] {
            assert_eq!(safe_file_name(fine), fine);
        }
    }

    #[test]
    fn a_name_is_not_hidden_nor_ends_in_a_dot_or_space() {
        assert_eq!(safe_file_name("..hidden.csv"), "hidden.csv");
        assert_eq!(safe_file_name("report. . "), "report");
        assert_eq!(safe_file_name(" . "), "spool-export");
        assert_eq!(safe_file_name(""), "spool-export");
    }

    #[test]
    fn long_parts_are_cut_and_the_name_fits_every_file_system() {
        let handle = "h".repeat(500);
        let what = "é".repeat(500);
        let name = proposed_file_name(&handle, &what, Some(january()), "csv");
        assert!(name.len() <= 255, "{} bytes", name.len());
        assert!(name.ends_with("-2025-01-01-to-2025-01-31.csv"));
        let long = format!("{}.csv", "ü".repeat(300));
        let safe = safe_file_name(&long);
        assert!(safe.len() <= 255);
        assert!(safe.ends_with(".csv"));
    }

    #[test]
    fn datasets_and_formats_have_stable_wire_names_and_distinct_stems() {
        let wire: Vec<String> = Dataset::ALL
            .iter()
            .map(|d| serde_json::to_string(d).expect("serializes"))
            .collect();
        assert_eq!(
            wire,
            [
                "\"posts\"",
                "\"profile_views\"",
                "\"followers\"",
                "\"demographics\"",
                "\"link_clicks\"",
                "\"post_insights\"",
                "\"what_to_post\"",
                "\"words\"",
                "\"engagement\""
            ]
        );
        let mut stems: Vec<&str> = Dataset::ALL.iter().map(|d| d.file_stem()).collect();
        stems.sort_unstable();
        stems.dedup();
        assert_eq!(stems.len(), Dataset::ALL.len());
        assert_eq!(
            serde_json::to_string(&DataFormat::Csv).expect("serializes"),
            "\"csv\""
        );
        assert!(Dataset::ProfileViews.needs_range());
        assert!(!Dataset::Demographics.takes_range());
    }
}

/// A chart that can be exported as an image: each one the window shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "chart", rename_all = "snake_case")]
pub enum ChartKind {
    /// Profile views per day over a range, with the 7-day average.
    ProfileViews,
    /// Followers at each sync.
    Followers,
    /// Median views by the weekday and hour a post went out.
    BestTimes,
    /// One post's views since it was published.
    PostGrowth {
        /// The post's Threads id.
        post_id: String,
    },
    /// Followers by one breakdown at the latest reading.
    Audience {
        /// Country, city, age or gender.
        breakdown: crate::Breakdown,
    },
    /// Clicks per link at the latest reading.
    LinkClicks,
    /// Clicks on all links at each sync.
    ClicksOverTime,
    /// The range's top posts as multiples of the creator's normal for their age.
    TopPosts,
    /// The range's posts by views (log scale) and engagement rate, in four named quadrants.
    QualityMap,
    /// Interactions with the range's posts, stacked by kind, per day, week or month, with the
    /// engagement rate smoothed over 7 days.
    Engagement {
        /// Bars per day, week or month.
        granularity: crate::Granularity,
    },
    /// Median views and engagement rate of the range's posts by one grouping.
    WhatToPost {
        /// Format, length or weekday.
        by: crate::insights::GroupBy,
    },
    /// Posts per day of the range, as a calendar.
    PostingCalendar,
    /// Each week's posts against the median views its posts had.
    PostingFrequency,
    /// Words and hashtags by the median views of the posts that use them.
    Words,
    /// Posts by replies and quotes per 1,000 views.
    ConversationStarters,
}

impl ChartKind {
    /// The chart's part of a proposed file name.
    pub fn file_stem(&self) -> String {
        match self {
            Self::ProfileViews => "profile-views".to_owned(),
            Self::Followers => "followers".to_owned(),
            Self::BestTimes => "best-times".to_owned(),
            Self::PostGrowth { post_id } => format!("post-{post_id}"),
            Self::Audience { breakdown } => format!("audience-by-{}", breakdown.api_name()),
            Self::LinkClicks => "link-clicks".to_owned(),
            Self::ClicksOverTime => "link-clicks-over-time".to_owned(),
            Self::TopPosts => "top-posts".to_owned(),
            Self::QualityMap => "post-quality-map".to_owned(),
            Self::Engagement { granularity } => {
                format!("engagement-by-{}", granularity.unit())
            }
            Self::WhatToPost { by } => format!("what-to-post-by-{}", by.file_stem()),
            Self::PostingCalendar => "posting-calendar".to_owned(),
            Self::PostingFrequency => "posting-frequency".to_owned(),
            Self::Words => "words-that-travel".to_owned(),
            Self::ConversationStarters => "conversation-starters".to_owned(),
        }
    }

    /// The id of the chart's name in the catalogue (`spool-i18n`), as its title says it; its
    /// English is what [`Self::label`] says.
    pub const fn message_id(&self) -> &'static str {
        use crate::insights::GroupBy;
        use crate::{Breakdown, Granularity};
        match self {
            Self::ProfileViews => "kind-profile-views",
            Self::Followers => "kind-followers",
            Self::BestTimes => "kind-best-times",
            Self::PostGrowth { .. } => "kind-post-growth",
            Self::Audience { breakdown } => match breakdown {
                Breakdown::Country => "kind-audience-country",
                Breakdown::City => "kind-audience-city",
                Breakdown::Age => "kind-audience-age",
                Breakdown::Gender => "kind-audience-gender",
            },
            Self::LinkClicks => "kind-link-clicks",
            Self::ClicksOverTime => "kind-clicks-over-time",
            Self::TopPosts => "kind-top-posts",
            Self::QualityMap => "kind-quality-map",
            Self::Engagement { granularity } => match granularity {
                Granularity::Day => "kind-engagement-day",
                Granularity::Week => "kind-engagement-week",
                Granularity::Month => "kind-engagement-month",
            },
            Self::WhatToPost { by } => match by {
                GroupBy::Format => "kind-what-to-post-format",
                GroupBy::Length => "kind-what-to-post-length",
                GroupBy::Weekday => "kind-what-to-post-weekday",
            },
            Self::PostingCalendar => "kind-posting-calendar",
            Self::PostingFrequency => "kind-posting-frequency",
            Self::Words => "kind-words",
            Self::ConversationStarters => "kind-conversation-starters",
        }
    }

    /// The chart's name, as its title says it.
    pub fn label(&self) -> String {
        match self {
            Self::ProfileViews => "Profile views per day".to_owned(),
            Self::Followers => "Followers over time".to_owned(),
            Self::BestTimes => "Best time to post".to_owned(),
            Self::PostGrowth { .. } => "Views since publication".to_owned(),
            Self::Audience { breakdown } => {
                format!("Followers by {}", breakdown.label().to_lowercase())
            }
            Self::LinkClicks => "Clicks per link".to_owned(),
            Self::ClicksOverTime => "Link clicks over time".to_owned(),
            Self::TopPosts => "Top posts against your normal".to_owned(),
            Self::QualityMap => "Post quality map".to_owned(),
            Self::Engagement { granularity } => {
                format!("Engagement per {}", granularity.unit())
            }
            Self::WhatToPost { by } => format!("What to post: by {}", by.label().to_lowercase()),
            Self::PostingCalendar => "Posting calendar".to_owned(),
            Self::PostingFrequency => "Posts per week and their reach".to_owned(),
            Self::Words => "Words and topics that travel".to_owned(),
            Self::ConversationStarters => "Conversation starters".to_owned(),
        }
    }

    /// Whether the chart shows a range the user picked (the others show what the history
    /// holds, or the latest reading).
    pub const fn takes_range(&self) -> bool {
        matches!(
            self,
            Self::ProfileViews
                | Self::TopPosts
                | Self::QualityMap
                | Self::Engagement { .. }
                | Self::WhatToPost { .. }
                | Self::PostingCalendar
                | Self::PostingFrequency
                | Self::Words
                | Self::ConversationStarters
        )
    }

    /// The chart's size in the window, in design pixels: what "as on screen" exports.
    pub const fn natural_size(&self) -> (u32, u32) {
        match self {
            Self::ProfileViews | Self::PostGrowth { .. } => (960, 360),
            Self::Followers | Self::ClicksOverTime => (960, 320),
            Self::BestTimes => (960, 340),
            Self::Audience { .. } => (640, 340),
            Self::LinkClicks => (960, 320),
            Self::TopPosts | Self::Words | Self::ConversationStarters => (960, 380),
            Self::QualityMap => (960, 480),
            Self::Engagement { .. } => (960, 360),
            Self::WhatToPost { .. } => (960, 340),
            Self::PostingCalendar => (960, 220),
            Self::PostingFrequency => (960, 320),
        }
    }
}

/// The kind of image file a chart is saved as.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ImageFormat {
    /// A bitmap at the chosen resolution.
    Png,
    /// Vector graphics, sharp at any size.
    Svg,
}

impl ImageFormat {
    /// The file name extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Png => "png",
            Self::Svg => "svg",
        }
    }

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Png => "image-format-png",
            Self::Svg => "image-format-svg",
        }
    }

    /// The format's name in the export menu.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Png => "PNG image",
            Self::Svg => "SVG (vector)",
        }
    }
}

/// The shape and size an exported chart is laid out at, in design pixels (1/96 inch).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ImageLayout {
    /// The chart's own proportions, as the window shows it.
    AsShown,
    /// 16:9, for a presentation slide.
    Slide,
    /// 1:1, for a social media card.
    Square,
    /// A4 landscape, for print.
    A4,
}

impl ImageLayout {
    /// Every layout, in the export menu's order.
    pub const ALL: [ImageLayout; 4] = [Self::AsShown, Self::Slide, Self::Square, Self::A4];

    /// The id of its name in the catalogue (`spool-i18n`), whose English [`Self::label`] says.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::AsShown => "layout-as-shown",
            Self::Slide => "layout-slide",
            Self::Square => "layout-square",
            Self::A4 => "layout-a4",
        }
    }

    /// The layout's name in the export menu.
    pub const fn label(self) -> &'static str {
        match self {
            Self::AsShown => "As on screen",
            Self::Slide => "16:9 slide",
            Self::Square => "Square social card",
            Self::A4 => "A4 landscape",
        }
    }

    /// The design size of `chart` in this layout (A4 is 297 × 210 mm at 96 per inch).
    pub const fn design_size(self, chart: &ChartKind) -> (u32, u32) {
        match self {
            Self::AsShown => chart.natural_size(),
            Self::Slide => (1280, 720),
            Self::Square => (720, 720),
            Self::A4 => (1123, 794),
        }
    }
}

/// How many pixels a PNG has per design pixel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Resolution {
    /// 1×, 2× or 3× the screen's pixels.
    Times {
        /// The multiple, 1 to 3.
        times: u8,
    },
    /// Dots per inch, for print (300 is print quality).
    Dpi {
        /// 72 to 600.
        dpi: u16,
    },
}

impl Resolution {
    /// The lowest and highest dots per inch offered.
    pub const DPI_RANGE: std::ops::RangeInclusive<u16> = 72..=600;

    /// Device pixels per design pixel, kept within what the menu offers.
    pub fn scale(self) -> f64 {
        match self {
            Self::Times { times } => f64::from(times.clamp(1, 3)),
            Self::Dpi { dpi } => {
                f64::from(dpi.clamp(*Self::DPI_RANGE.start(), *Self::DPI_RANGE.end())) / 96.0
            }
        }
    }
}

/// A chart to export: which, over which days, in what file, shape and resolution, and in
/// the theme and locale the window shows it in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ImageExport {
    /// The chart.
    pub chart: ChartKind,
    /// The days, for a chart that takes a range.
    pub range: Option<crate::RangeChoice>,
    /// PNG or SVG.
    pub format: ImageFormat,
    /// The shape and size.
    pub layout: ImageLayout,
    /// A PNG's resolution (an SVG has none).
    pub resolution: Resolution,
    /// Drawn in the dark theme's colours.
    pub dark: bool,
    /// How numbers and days are written.
    pub locale: crate::Locale,
}

impl ImageExport {
    /// The image's size in pixels.
    pub fn pixel_size(&self) -> (u32, u32) {
        let (width, height) = self.layout.design_size(&self.chart);
        let scale = match self.format {
            ImageFormat::Png => self.resolution.scale(),
            ImageFormat::Svg => 1.0,
        };
        let px = |v: u32| (f64::from(v) * scale).round() as u32;
        (px(width), px(height))
    }
}

/// A table to export as data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct DataExport {
    /// Which table.
    pub dataset: Dataset,
    /// The days, for a table that takes a range (none: everything stored).
    pub range: Option<crate::RangeChoice>,
    /// CSV or JSON.
    pub format: DataFormat,
    /// The user's time zone, minutes east of UTC: weekdays in the data are the user's, as on
    /// screen.
    #[serde(default)]
    pub utc_offset_minutes: i32,
}

/// A file Spool wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct SavedFile {
    /// Where, as the system writes paths.
    pub path: String,
    /// How large, in bytes.
    pub bytes: u64,
}

#[cfg(test)]
mod image_tests {
    use super::*;

    #[test]
    fn print_resolutions_give_print_sizes() {
        let a4 = ImageExport {
            chart: ChartKind::ProfileViews,
            range: None,
            format: ImageFormat::Png,
            layout: ImageLayout::A4,
            resolution: Resolution::Dpi { dpi: 300 },
            dark: false,
            locale: crate::Locale::english(),
        };
        // A4 at 300 dpi is 3508 × 2480 pixels; one design pixel either way is rounding.
        let (w, h) = a4.pixel_size();
        assert!(
            (3507..=3510).contains(&w) && (2480..=2482).contains(&h),
            "{w} × {h}"
        );
        let triple = ImageExport {
            layout: ImageLayout::AsShown,
            resolution: Resolution::Times { times: 3 },
            ..a4.clone()
        };
        assert_eq!(triple.pixel_size(), (2880, 1080));
        let svg = ImageExport {
            format: ImageFormat::Svg,
            ..triple
        };
        assert_eq!(
            svg.pixel_size(),
            (960, 360),
            "vector images have no resolution"
        );
        assert_eq!(Resolution::Times { times: 9 }.scale(), 3.0);
        assert_eq!(Resolution::Dpi { dpi: 5 }.scale(), 0.75);
    }

    #[test]
    fn chart_names_make_file_names() {
        let chart = ChartKind::Audience {
            breakdown: crate::Breakdown::Country,
        };
        assert_eq!(
            proposed_file_name("@mara.makes", &chart.file_stem(), None, "png"),
            "spool-mara.makes-audience-by-country.png"
        );
    }
}
