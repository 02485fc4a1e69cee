//! Reports: a range of an account's history put together in one file, for a brand, an agency
//! or a manager. A report runs to several pages, and the creator picks its sections. A media
//! kit is one page to attach to a pitch.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{Locale, RangeChoice};

/// What a report is made of, in the order its pages come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportSection {
    /// Profile views per day over the range.
    ProfileViews,
    /// Followers at every sync.
    Followers,
    /// Interactions with the range's posts, by kind, and the engagement rate.
    Engagement,
    /// The range's best posts with their numbers and text.
    TopPosts,
    /// What worked: the content insights' findings for the range.
    WhatWorked,
    /// Followers by country, city, age and gender.
    Audience,
    /// Clicks on the links in the profile and posts.
    Links,
}

impl ReportSection {
    /// Every section, in the report's order.
    pub const ALL: [ReportSection; 7] = [
        Self::ProfileViews,
        Self::Followers,
        Self::Engagement,
        Self::TopPosts,
        Self::WhatWorked,
        Self::Audience,
        Self::Links,
    ];

    /// The id of its heading in the catalogue (`spool-i18n`).
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::ProfileViews => "report-section-profile-views",
            Self::Followers => "report-section-followers",
            Self::Engagement => "report-section-engagement",
            Self::TopPosts => "report-section-top-posts",
            Self::WhatWorked => "report-section-what-worked",
            Self::Audience => "report-section-audience",
            Self::Links => "report-section-links",
        }
    }

    /// How the command line names it (`--sections top-posts,audience`).
    pub const fn name(self) -> &'static str {
        match self {
            Self::ProfileViews => "profile-views",
            Self::Followers => "followers",
            Self::Engagement => "engagement",
            Self::TopPosts => "top-posts",
            Self::WhatWorked => "what-worked",
            Self::Audience => "audience",
            Self::Links => "links",
        }
    }

    /// The section the command line calls `name`.
    pub fn named(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.name() == name.trim())
    }
}

/// How a report looks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportLook {
    /// Spool's light theme, with its colours: for the screen.
    #[default]
    Light,
    /// Black text on white, no coloured areas, darker lines: for a printer.
    Print,
}

impl ReportLook {
    /// The id of its name in the catalogue.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Light => "report-look-light",
            Self::Print => "report-look-print",
        }
    }
}

/// Which kind of report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportKind {
    /// A report of several pages: a cover, then a page or two per section.
    #[default]
    Report,
    /// One page for a pitch: followers, audience, typical reach and engagement, best posts.
    MediaKit,
}

impl ReportKind {
    /// The id of its name in the catalogue.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Report => "report-kind-report",
            Self::MediaKit => "report-kind-media-kit",
        }
    }

    /// Its part of a proposed file name.
    pub const fn file_stem(self) -> &'static str {
        match self {
            Self::Report => "report",
            Self::MediaKit => "media-kit",
        }
    }
}

/// The file a report is written as.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportFormat {
    /// A PDF of vector pages with selectable text.
    #[default]
    Pdf,
    /// A PNG of each page at twice the screen's pixels (one file for a media kit).
    Png,
}

impl ReportFormat {
    /// The file name extension, without the dot.
    pub const fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Png => "png",
        }
    }

    /// The format the command line calls `name`.
    pub fn named(name: &str) -> Option<Self> {
        match name.trim().to_ascii_lowercase().as_str() {
            "pdf" => Some(Self::Pdf),
            "png" => Some(Self::Png),
            _ => None,
        }
    }
}

/// A report to make: which, of which days, with what in it, how it looks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ReportOptions {
    /// A report or a media kit.
    pub kind: ReportKind,
    /// The days, with the same limits as the date picker's.
    pub range: RangeChoice,
    /// What a report holds, in any order (reports keep [`ReportSection::ALL`]'s); a media kit
    /// has its own fixed content and ignores them.
    pub sections: Vec<ReportSection>,
    /// Light or print-friendly.
    pub look: ReportLook,
    /// How numbers and days are written, and the user's time zone for weekdays.
    pub locale: Locale,
}

impl ReportOptions {
    /// The sections asked for, in the report's order, each once.
    pub fn sections_in_order(&self) -> Vec<ReportSection> {
        ReportSection::ALL
            .into_iter()
            .filter(|s| self.sections.contains(s))
            .collect()
    }
}

/// A report's pages, drawn for the window to preview.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ReportPreview {
    /// Each page as an SVG document, first first.
    pub pages: Vec<String>,
    /// The name a save dialog proposes for the PDF.
    pub file_name: String,
}

/// How often Spool writes a report by itself while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportEvery {
    /// On Mondays, of the week before.
    Week,
    /// On the 1st, of the month before.
    Month,
}

impl ReportEvery {
    /// The id of its name in the catalogue.
    pub const fn message_id(self) -> &'static str {
        match self {
            Self::Week => "report-every-week",
            Self::Month => "report-every-month",
        }
    }
}

/// A report Spool writes by itself, for the account shown, into a folder the creator chose.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ReportSchedule {
    /// Every week or every month.
    pub every: ReportEvery,
    /// Where the files go, as the system writes paths.
    pub folder: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sections_come_in_the_reports_order_once_each_whatever_was_asked() {
        let options = ReportOptions {
            kind: ReportKind::Report,
            range: RangeChoice::Preset {
                preset: crate::RangePreset::LastMonth,
            },
            sections: vec![
                ReportSection::Links,
                ReportSection::ProfileViews,
                ReportSection::Links,
            ],
            look: ReportLook::Print,
            locale: Locale::english(),
        };
        assert_eq!(
            options.sections_in_order(),
            vec![ReportSection::ProfileViews, ReportSection::Links]
        );
    }

    #[test]
    fn the_command_line_names_every_section_and_reads_each_name_back() {
        for section in ReportSection::ALL {
            assert_eq!(ReportSection::named(section.name()), Some(section));
        }
        assert_eq!(ReportSection::named("everything"), None);
        assert_eq!(ReportFormat::named("PDF"), Some(ReportFormat::Pdf));
        assert_eq!(ReportFormat::named("docx"), None);
    }
}
