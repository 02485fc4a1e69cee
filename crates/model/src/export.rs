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
}

impl Dataset {
    /// Every dataset, in the order the export menu lists them.
    pub const ALL: [Dataset; 5] = [
        Self::Posts,
        Self::ProfileViews,
        Self::Followers,
        Self::Demographics,
        Self::LinkClicks,
    ];

    /// The dataset's name in the export menu.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Posts => "Posts with metrics",
            Self::ProfileViews => "Profile views per day",
            Self::Followers => "Followers over time",
            Self::Demographics => "Audience (country, city, age, gender)",
            Self::LinkClicks => "Link clicks",
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
        }
    }

    /// Whether the export needs a range (profile views are stored per day; the other datasets
    /// take a range only to narrow what they hold, and the audience ignores it).
    pub const fn needs_range(self) -> bool {
        matches!(self, Self::ProfileViews)
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

    /// The format's name in the export menu.
    pub const fn label(self) -> &'static str {
        match self {
            Self::Csv => "CSV (spreadsheets)",
            Self::Json => "JSON",
        }
    }

    /// The file name extension, without the dot: what ends a proposed file name.
    pub const fn file_stem(self) -> &'static str {
        self.extension()
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
                "\"link_clicks\""
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
