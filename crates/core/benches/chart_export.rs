//! Chart exports, release build: two years (730 days) of profile views drawn from the history
//! as a PNG at 3× (2880 × 1080 pixels, encoded with its metadata) and as SVG, the way the
//! Export panel's Save does it; and the followers' top cities, named in Chinese, Japanese,
//! Korean, Arabic, Hindi, Hebrew, Thai and with emoji, each label shaped in the bundled fonts
//! (the cost of shaping, against Latin labels). Each figure is the median of nine runs after
//! one warm-up. Prints `BENCH` lines for `cargo xtask bench`.

use std::time::{Duration, Instant};

use chrono::{DateTime, Days, NaiveDate, Utc};
use spool_core::chart_export::{ChartRequest, render_chart};
use spool_core::history::{History, SyncSnapshot};
use spool_model::{
    Breakdown, ChartKind, DailyValue, DateRange, DemographicSegment, Demographics, ImageExport,
    ImageFormat, ImageLayout, Locale, Profile, Resolution,
};

const RUNS: usize = 9;
const DAYS: u64 = 730;

/// The followers' cities, in every script an export draws.
const CITIES: [&str; 10] = [
    "台北市, 台灣",
    "東京都, 日本",
    "서울, 대한민국",
    "القاهرة، مصر",
    "मुंबई, महाराष्ट्र",
    "תל אביב, ישראל",
    "กรุงเทพมหานคร, ไทย",
    "São Paulo, Brasil 🇧🇷",
    "Ciudad de México 🌮",
    "München, Deutschland",
];

fn history(first: NaiveDate) -> History {
    let history = History::in_memory().expect("history");
    let profile_views = (0..DAYS)
        .map(|i| DailyValue {
            day: first + Days::new(i),
            value: (i % 45 != 7).then_some(400 + (i * 7919) % 900 + i * 3),
        })
        .collect();
    history
        .write_snapshot(&SyncSnapshot {
            profile: Profile {
                id: "1001".to_owned(),
                username: "mara.makes".to_owned(),
                name: None,
                picture_url: None,
                biography: None,
                is_verified: false,
            },
            taken_at: DateTime::parse_from_rfc3339("2026-11-20T18:00:00Z")
                .expect("moment")
                .to_utc(),
            posts: Vec::new(),
            post_metrics: Vec::new(),
            profile_views,
            engagement: Vec::new(),
            link_clicks: None,
            followers: Some(12_000),
            demographics: vec![Demographics {
                breakdown: Breakdown::City,
                segments: CITIES
                    .iter()
                    .zip(1_u64..)
                    .map(|(city, rank)| DemographicSegment {
                        key: (*city).to_owned(),
                        followers: 3_000 / rank,
                    })
                    .collect(),
            }],
        })
        .expect("written");
    history
}

fn median(mut runs: Vec<Duration>) -> Duration {
    runs.sort();
    runs[runs.len() / 2]
}

fn main() {
    let first = NaiveDate::from_ymd_opt(2024, 11, 20).expect("a day");
    let last = first + Days::new(DAYS - 1);
    let history = history(first);
    let range = DateRange::new(first, last, last).expect("a range");
    let catalogue = std::sync::Arc::new(spool_i18n::Catalogue::bundled(
        spool_i18n::Language::English,
        spool_i18n::NumberStyle::english(),
    ));
    let time = |chart: ChartKind, format: ImageFormat| {
        let export = ImageExport {
            chart,
            range: None,
            format,
            layout: ImageLayout::AsShown,
            resolution: Resolution::Times { times: 3 },
            dark: false,
            locale: Locale::english(),
        };
        let request = ChartRequest {
            account_id: "1001",
            username: "mara.makes",
            export: &export,
            range: Some(range),
            exported_at: Utc::now(),
            app_version: "bench",
            catalogue: &catalogue,
        };
        let mut runs = Vec::new();
        let mut bytes = 0;
        for run in 0..=RUNS {
            let started = Instant::now();
            let chart = render_chart(&history, &request).expect("drawn");
            if run > 0 {
                runs.push(started.elapsed());
            }
            bytes = chart.bytes.len();
        }
        (median(runs), bytes)
    };
    let (png, png_bytes) = time(ChartKind::ProfileViews, ImageFormat::Png);
    let ms = png.as_secs_f64() * 1000.0;
    println!(
        "BENCH name=\"PNG at 3× of 730 days of profile views (2880 × 1080, {} KB)\" \
         value={ms:.1} unit=ms target=\"≤ 150 ms\" ok={}",
        png_bytes / 1024,
        ms <= 150.0
    );
    let (svg, svg_bytes) = time(ChartKind::ProfileViews, ImageFormat::Svg);
    let ms = svg.as_secs_f64() * 1000.0;
    println!(
        "BENCH name=\"SVG of 730 days of profile views ({} KB)\" \
         value={ms:.1} unit=ms target=\"≤ 20 ms\" ok={}",
        svg_bytes / 1024,
        ms <= 20.0
    );
    let cities = ChartKind::Audience {
        breakdown: Breakdown::City,
    };
    let (png, png_bytes) = time(cities.clone(), ImageFormat::Png);
    let ms = png.as_secs_f64() * 1000.0;
    println!(
        "BENCH name=\"PNG at 3× of the top cities in eight scripts and emoji ({} KB)\" \
         value={ms:.1} unit=ms target=\"≤ 150 ms\" ok={}",
        png_bytes / 1024,
        ms <= 150.0
    );
    let (svg, svg_bytes) = time(cities, ImageFormat::Svg);
    let ms = svg.as_secs_f64() * 1000.0;
    println!(
        "BENCH name=\"SVG of the same, its letters as outlines ({} KB)\" \
         value={ms:.1} unit=ms target=\"≤ 20 ms\" ok={}",
        svg_bytes / 1024,
        ms <= 20.0
    );
}
