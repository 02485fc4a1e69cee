//! Each insight chart drawn to PNG in /tmp/spool-charts, light and dark, at the window's width
//! and a phone's, for a person to look at: `cargo test -p spool-charts --features export --
//! --ignored looks`.

use std::path::PathBuf;

use plotters::backend::BitMapBackend;
use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use spool_model::Locale;

use crate::lettering::Lettered;
use crate::{ChartError, ChartTheme, Readout, Style, png};

type Draw<'a> = dyn Fn(&DrawingArea<Lettered<BitMapBackend<'_>>, Shift>, &Style) -> Result<Vec<Readout>, ChartError>
    + 'a;

/// Writes `name` at 960 and 360 design pixels wide, `height` high, in both themes.
pub(crate) fn look(name: &str, height: u32, draw: &Draw<'_>) {
    let folder = PathBuf::from("/tmp/spool-charts");
    std::fs::create_dir_all(&folder).expect("a folder");
    for (theme, theme_name) in [(ChartTheme::LIGHT, "light"), (ChartTheme::DARK, "dark")] {
        for width in [960, 360] {
            let style = Style::new(theme, Locale::english());
            let bytes = png(width, height, &style, &[], |area| draw(area, &style)).expect("drawn");
            let path = folder.join(format!("{name}-{width}-{theme_name}.png"));
            std::fs::write(&path, bytes).expect("written");
        }
    }
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_top_posts() {
    let top = crate::top_posts::tests::sample();
    look("top-posts", 380, &|area, style| {
        crate::draw_top_posts(area, &top, style)
    });
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_quality_map() {
    let map = crate::quality::tests::sample();
    look("quality-map", 480, &|area, style| {
        crate::draw_quality_map(area, &map, style)
    });
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_engagement() {
    let days = crate::engagement::tests::sample();
    for granularity in spool_model::Granularity::ALL {
        look(
            &format!("engagement-{}", granularity.unit()),
            360,
            &|area, style| crate::draw_engagement(area, &days, granularity, style),
        );
    }
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_what_to_post() {
    let what = crate::what_to_post::tests::sample();
    for by in spool_model::GroupBy::ALL {
        look(
            &format!("what-to-post-{}", by.file_stem()),
            340,
            &|area, style| crate::draw_what_to_post(area, &what, by, style),
        );
    }
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_rhythm() {
    let rhythm = crate::rhythm::tests::sample();
    look("posting-calendar", 220, &|area, style| {
        crate::draw_posting_calendar(area, &rhythm, style)
    });
    look("posting-frequency", 320, &|area, style| {
        crate::draw_posting_frequency(area, &rhythm, style)
    });
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_words_and_starters() {
    let words = crate::words::tests::words();
    look("words", 380, &|area, style| {
        crate::draw_words(area, &words, style)
    });
    let starters = crate::words::tests::starters();
    look("conversation-starters", 380, &|area, style| {
        crate::draw_conversation_starters(area, &starters, style)
    });
}

#[test]
#[ignore = "writes images to /tmp for a person to look at"]
fn looks_post_growth() {
    let (published, readings) = crate::timeline::tests::young_post();
    let typical = crate::timeline::tests::typical();
    look("post-growth", 360, &|area, style| {
        crate::draw_post_growth(area, published, &readings, &typical, style)
    });
}
