//! Chart exports: the same data gives the same PNG bytes and SVG text (checked against images
//! reviewed and committed under `tests/fixtures/charts/`), a PNG says what it shows, and the
//! size and resolution asked for are the ones written.
//!
//! After a deliberate change to a chart's drawing, `SPOOL_BLESS_FIXTURES=1 cargo test -p
//! spool-core --test chart_export` rewrites the fixtures; look at each before committing it.

use std::path::PathBuf;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use spool_core::chart_export::{ChartRequest, RenderedChart, render_chart};
use spool_core::data_export::ExportError;
use spool_core::history::{History, SyncSnapshot};
use spool_model::{
    Breakdown, ChartKind, DailyValue, DateRange, DemographicSegment, Demographics, ImageExport,
    ImageFormat, ImageLayout, LinkClicks, Locale, Profile, Resolution,
};

const ACCOUNT: &str = "1001";

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("day")
}

fn first_sync() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2025-01-05T18:00:00Z")
        .expect("moment")
        .to_utc()
}

/// Twelve weekly syncs: 84 days of profile views (two left out by Threads), followers growing,
/// followers by country, and link clicks.
fn history() -> History {
    let history = History::in_memory().expect("history");
    let profile = Profile {
        id: ACCOUNT.to_owned(),
        username: "mara.makes".to_owned(),
        name: Some("Mara".to_owned()),
        picture_url: None,
        biography: None,
        is_verified: false,
    };
    for week in 0..12u64 {
        let taken_at = first_sync() + TimeDelta::days(7 * week as i64);
        let first_day = day(2024, 12, 29) + Days::new(7 * week);
        let profile_views = (0..7u64)
            .map(|d| {
                let n = 7 * week + d;
                DailyValue {
                    day: first_day + Days::new(d),
                    value: (n != 20 && n != 21).then_some(800 + (n * 37) % 400 + n * 15),
                }
            })
            .collect();
        history
            .write_snapshot(&SyncSnapshot {
                profile: profile.clone(),
                taken_at,
                posts: Vec::new(),
                post_metrics: Vec::new(),
                profile_views,
                engagement: Vec::new(),
                link_clicks: Some((
                    day(2024, 12, 1),
                    first_day + Days::new(6),
                    vec![
                        LinkClicks {
                            url: "https://mara.example/shop".to_owned(),
                            clicks: 120 + 31 * week,
                        },
                        LinkClicks {
                            url: "https://mara.example/newsletter/issue-twelve".to_owned(),
                            clicks: 40 + 9 * week,
                        },
                    ],
                )),
                followers: Some(11_400 + 55 * week + (week % 3) * 20),
                demographics: vec![Demographics {
                    breakdown: Breakdown::Country,
                    segments: [
                        ("US", 5_120),
                        ("GB", 1_830),
                        ("DE", 1_204),
                        ("FR", 990),
                        ("BR", 640),
                        ("CA", 600),
                        ("JP", 410),
                        ("ES", 380),
                        ("IT", 300),
                        ("NL", 120),
                    ]
                    .iter()
                    .map(|(key, followers)| DemographicSegment {
                        key: (*key).to_owned(),
                        followers: followers + week * 3,
                    })
                    .collect(),
                }],
            })
            .expect("sync");
    }
    history
}

fn export(chart: ChartKind, format: ImageFormat, resolution: Resolution) -> ImageExport {
    ImageExport {
        chart,
        range: None,
        format,
        layout: ImageLayout::AsShown,
        resolution,
        dark: false,
        locale: Locale::english(),
    }
}

fn render(history: &History, export: &ImageExport) -> Result<RenderedChart, ExportError> {
    render_in(history, export, spool_i18n::Language::English)
}

/// `export` drawn with its words in `language`.
fn render_in(
    history: &History,
    export: &ImageExport,
    language: spool_i18n::Language,
) -> Result<RenderedChart, ExportError> {
    let catalogue = std::sync::Arc::new(spool_i18n::Catalogue::bundled(
        language,
        spool_i18n::NumberStyle::of(language),
    ));
    let range =
        DateRange::new(day(2024, 12, 29), day(2025, 3, 22), day(2025, 3, 23)).expect("a range");
    render_chart(
        history,
        &ChartRequest {
            account_id: ACCOUNT,
            username: "mara.makes",
            export,
            range: Some(range),
            exported_at: DateTime::parse_from_rfc3339("2025-03-23T10:00:00Z")
                .expect("moment")
                .to_utc(),
            app_version: "0.1.0",
            catalogue: &catalogue,
        },
    )
}

/// Compares `bytes` with the committed fixture `name`, or writes it when blessing.
fn matches_fixture(name: &str, bytes: &[u8]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/charts")
        .join(name);
    if std::env::var_os("SPOOL_BLESS_FIXTURES").is_some() {
        std::fs::write(&path, bytes).expect("fixture written");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{} is missing ({e}); see this file's header",
            path.display()
        )
    });
    assert!(
        expected == bytes,
        "{name} differs from its reviewed fixture ({} bytes now, {} then); \
         if the change is meant, bless and look at it",
        bytes.len(),
        expected.len()
    );
}

#[test]
fn profile_views_at_twice_the_screen_match_the_reviewed_png() {
    let history = history();
    let chart = render(
        &history,
        &export(
            ChartKind::ProfileViews,
            ImageFormat::Png,
            Resolution::Times { times: 2 },
        ),
    )
    .expect("drawn");
    assert_eq!(chart.size, (1920, 720));
    assert_eq!(
        chart.file_name,
        "spool-mara.makes-profile-views-2024-12-29-to-2025-03-22.png"
    );
    matches_fixture("profile-views@2x.png", &chart.bytes);
}

#[test]
fn followers_in_the_dark_theme_match_the_reviewed_svg() {
    let history = history();
    let chart = render(
        &history,
        &ImageExport {
            dark: true,
            ..export(
                ChartKind::Followers,
                ImageFormat::Svg,
                Resolution::Times { times: 3 },
            )
        },
    )
    .expect("drawn");
    let svg = String::from_utf8(chart.bytes).expect("SVG is text");
    assert!(svg.contains("Followers over time"));
    // The last of twelve weekly readings, under the pointer.
    assert!(svg.contains("<title>23 Mar 2025, 18:00: 12,045 followers</title>"));
    matches_fixture("followers-dark.svg", svg.as_bytes());
}

#[test]
fn an_audience_card_in_german_matches_the_reviewed_png() {
    let history = history();
    let german = Locale {
        tag: "de-DE".to_owned(),
        group: ".".to_owned(),
        decimal: ",".to_owned(),
        ..Locale::english()
    };
    let chart = render_in(
        &history,
        &ImageExport {
            layout: ImageLayout::Square,
            locale: german,
            ..export(
                ChartKind::Audience {
                    breakdown: Breakdown::Country,
                },
                ImageFormat::Png,
                Resolution::Times { times: 1 },
            )
        },
        spool_i18n::Language::German,
    )
    .expect("drawn");
    assert_eq!(chart.size, (720, 720));
    matches_fixture("audience-country-square-de.png", &chart.bytes);
}

#[test]
fn the_same_data_gives_the_same_bytes_and_other_data_another_hash() {
    let history = history();
    let png = export(
        ChartKind::ClicksOverTime,
        ImageFormat::Png,
        Resolution::Times { times: 1 },
    );
    let once = render(&history, &png).expect("drawn");
    let again = render(&history, &png).expect("drawn");
    assert_eq!(once, again);
    let links = render(
        &history,
        &export(
            ChartKind::LinkClicks,
            ImageFormat::Png,
            Resolution::Times { times: 1 },
        ),
    )
    .expect("drawn");
    assert_ne!(once.data_hash, links.data_hash);
}

#[test]
fn a_png_says_what_it_shows_when_and_by_whom() {
    let history = history();
    let chart = render(
        &history,
        &export(
            ChartKind::ProfileViews,
            ImageFormat::Png,
            Resolution::Dpi { dpi: 300 },
        ),
    )
    .expect("drawn");
    let facts = spool_charts::png_facts(&chart.bytes).expect("a PNG");
    assert_eq!(facts.size, (3000, 1125), "960 × 360 at 300 dpi");
    assert!((facts.dpi.expect("a resolution") - 300.0).abs() < 0.1);
    let text = |keyword: &str| {
        facts
            .text
            .iter()
            .find(|(k, _)| k == keyword)
            .map(|(_, v)| v.clone())
            .unwrap_or_else(|| panic!("no {keyword} in {:?}", facts.text))
    };
    assert_eq!(text("Title"), "Profile views per day");
    assert_eq!(text("Software"), "Spool 0.1.0");
    assert_eq!(text("Spool account"), "@mara.makes");
    assert_eq!(text("Spool range"), "2024-12-29 to 2025-03-22");
    assert_eq!(text("Creation Time"), "2025-03-23T10:00:00Z");
    assert_eq!(text("Spool data SHA-256"), chart.data_hash);
    assert_eq!(chart.data_hash.len(), 64);
}

#[test]
fn a_print_size_image_is_written_at_print_resolution() {
    let history = history();
    let chart = render(
        &history,
        &ImageExport {
            layout: ImageLayout::A4,
            ..export(
                ChartKind::Followers,
                ImageFormat::Png,
                Resolution::Dpi { dpi: 300 },
            )
        },
    )
    .expect("drawn");
    let facts = spool_charts::png_facts(&chart.bytes).expect("a PNG");
    assert_eq!(facts.size, chart.size);
    let (w, h) = facts.size;
    assert!(
        (3507..=3510).contains(&w) && (2480..=2482).contains(&h),
        "{w} × {h}"
    );
}

#[test]
fn a_chart_of_nothing_stored_says_so() {
    let history = History::in_memory().expect("history");
    let refused = render(
        &history,
        &export(
            ChartKind::Audience {
                breakdown: Breakdown::Age,
            },
            ImageFormat::Svg,
            Resolution::Times { times: 1 },
        ),
    );
    let Err(error) = refused else {
        panic!("an audience nobody read was drawn")
    };
    assert_eq!(
        spool_core::AppError::from(error).message(),
        "Spool has nothing stored for “Followers by age” yet: sync, then export again."
    );
}
