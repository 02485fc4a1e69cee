//! Values read at successive syncs, drawn over time: followers (the curve the API cannot give,
//! marked where observation began) and a post's views since publication.

use chrono::{DateTime, Utc};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::{FollowerReading, PostReading};

use crate::{ChartError, ChartTheme};

const FONT: &str = "sans-serif";

/// Draws followers over time from `readings` (oldest first) on `area`.
pub fn draw_followers<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[FollowerReading],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let points: Vec<(DateTime<Utc>, u64)> = readings.iter().map(|r| (r.at, r.followers)).collect();
    let note = readings
        .first()
        .map(|first| format!("Observation began {}", first.at.format("%-d %b %Y")));
    let timeline = Timeline {
        title: "Followers over time",
        series: "Followers",
        empty: "No follower readings yet: they start with the first sync.",
        note,
        points: &points,
    };
    draw_timeline(area, &timeline, theme)
}

/// Draws a post's views since it was published at `published_at`, from its `readings`
/// (oldest first); a post has no views when it is published, so the curve starts at zero.
pub fn draw_post_growth<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    published_at: DateTime<Utc>,
    readings: &[PostReading],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let mut points = vec![(published_at, 0)];
    points.extend(
        readings
            .iter()
            .filter_map(|r| Some((r.at, r.metrics.views?)))
            .filter(|(at, _)| *at > published_at),
    );
    let timeline = Timeline {
        title: "Views since publication",
        series: "Views (in development at Meta)",
        empty: "No readings of this post yet.",
        note: Some(format!(
            "Published {}",
            published_at.format("%-d %b %Y, %H:%M UTC")
        )),
        points: if readings.is_empty() { &[] } else { &points },
    };
    draw_timeline(area, &timeline, theme)
}

/// Draws total link clicks at each reading (oldest first) on `area`.
pub fn draw_clicks_over_time<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[spool_model::ClicksReading],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let points: Vec<(DateTime<Utc>, u64)> = readings.iter().map(|r| (r.at, r.clicks)).collect();
    let timeline = Timeline {
        title: "Link clicks over time",
        series: "Clicks on all links, since the first day read",
        empty: "No link-click readings yet: they start with the first sync.",
        note: None,
        points: &points,
    };
    draw_timeline(area, &timeline, theme)
}

/// A line over time: what it is called, what it says with no points, a note at its start.
struct Timeline<'a> {
    title: &'a str,
    series: &'a str,
    empty: &'a str,
    note: Option<String>,
    points: &'a [(DateTime<Utc>, u64)],
}

fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    timeline: &Timeline<'_>,
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    let readings = timeline.points;
    let title_text = timeline.title;
    area.fill(&theme.background)?;
    let title_style = (FONT, 20).into_font().color(&theme.text);
    let label_style = (FONT, 13).into_font().color(&theme.text);
    let (Some(first), Some(last)) = (readings.first(), readings.last()) else {
        let (width, height) = area.dim_in_pixel();
        area.draw(&Text::new(title_text, (16, 12), title_style))?;
        area.draw(&Text::new(
            timeline.empty,
            (
                i32::try_from(width / 2).unwrap_or(0),
                i32::try_from(height / 2).unwrap_or(0),
            ),
            label_style.pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        return Ok(());
    };
    let origin = first.0;
    let days = |point: &(DateTime<Utc>, u64)| (point.0 - origin).num_seconds() as f64 / 86_400.0;
    let span = days(last).max(1.0);
    let low = readings.iter().map(|r| r.1).min().unwrap_or(0) as f64;
    let high = readings.iter().map(|r| r.1).max().unwrap_or(0) as f64;
    // Room above and below, never so little that rounded labels repeat.
    let pad = ((high - low) * 0.1).max(high * 0.02).max(5.0);
    let (y_low, y_high) = ((low - pad).max(0.0), high + pad);

    let date_label = |x: &f64| {
        let at = origin + chrono::TimeDelta::seconds((x * 86_400.0) as i64);
        at.format("%b %-d").to_string()
    };
    let mut chart = crate::numeric_chart(
        area,
        title_text,
        theme,
        -span * 0.02..span * 1.02,
        y_low..y_high,
        ((span.ceil() as usize + 1).clamp(2, 6), &date_label),
    )?;

    let line = theme.line;
    let points: Vec<(f64, f64)> = readings.iter().map(|r| (days(r), r.1 as f64)).collect();
    chart
        .draw_series(LineSeries::new(
            points.iter().copied(),
            line.stroke_width(2),
        ))?
        .label(timeline.series)
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 12, y)], line.stroke_width(2)));
    chart.draw_series(
        points
            .iter()
            .map(|&(x, y)| Circle::new((x, y), 3, line.filled())),
    )?;
    // Where the line starts means something (observation began, the post was published).
    if let Some(note) = &timeline.note {
        chart.draw_series(std::iter::once(Text::new(
            note.clone(),
            (0.0, y_high - pad * 0.3),
            label_style.clone().pos(Pos::new(HPos::Left, VPos::Top)),
        )))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::LowerRight)
        .background_style(theme.background.mix(0.85))
        .border_style(theme.grid)
        .label_font(label_style)
        .draw()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{DateTime, TimeDelta};

    fn svg(readings: &[FollowerReading]) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (960, 400)).into_drawing_area();
            draw_followers(&area, readings, &ChartTheme::LIGHT).expect("drawn");
            area.present().expect("presented");
        }
        out
    }

    fn readings(values: &[u64]) -> Vec<FollowerReading> {
        let start = DateTime::parse_from_rfc3339("2026-08-30T12:00:00Z")
            .expect("moment")
            .to_utc();
        values
            .iter()
            .enumerate()
            .map(|(i, &followers)| FollowerReading {
                at: start + TimeDelta::days(i as i64),
                followers,
            })
            .collect::<Vec<_>>()
    }

    #[test]
    fn no_readings_say_when_they_begin() {
        assert!(svg(&[]).contains("they start with the first sync"));
    }

    #[test]
    fn one_reading_marks_where_observation_began() {
        let drawn = svg(&readings(&[11_729]));
        assert!(drawn.contains("Observation began 30 Aug 2026"), "{drawn}");
        assert!(drawn.contains("<circle"), "the one reading is drawn");
    }

    #[test]
    fn a_posts_growth_starts_at_zero_when_it_was_published() {
        let published = DateTime::parse_from_rfc3339("2026-08-29T18:00:00Z")
            .expect("moment")
            .to_utc();
        let growth: Vec<PostReading> = readings(&[1_200, 2_900, 3_100])
            .into_iter()
            .map(|r| PostReading {
                at: r.at,
                metrics: spool_model::PostMetrics {
                    views: Some(r.followers),
                    ..Default::default()
                },
            })
            .collect();
        let drawn = crate::svg(960, 400, |area| {
            draw_post_growth(area, published, &growth, &ChartTheme::LIGHT)
        })
        .expect("drawn");
        assert_eq!(
            drawn.matches("<circle").count(),
            4,
            "publication and three readings"
        );
        assert!(drawn.contains("Published 29 Aug 2026, 18:00 UTC"));
        assert!(drawn.contains("Views since publication"));
    }

    #[test]
    fn readings_draw_a_labelled_curve() {
        let drawn = svg(&readings(&[11_000, 11_250, 11_400, 12_150]));
        assert_eq!(drawn.matches("<circle").count(), 4);
        assert!(drawn.contains("12,"), "thousands separators on the axis");
        assert!(drawn.contains("Followers"));
    }
}
