//! Values read at successive syncs, drawn over time: followers (the curve the API cannot give,
//! marked where observation began) and a post's views since publication.

use chrono::{DateTime, Utc};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::{FollowerReading, PostReading};

use crate::{ChartError, Readout, Style};

/// Draws followers over time from `readings` (oldest first) on `area`.
pub fn draw_followers<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[FollowerReading],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let locale = &style.locale;
    let points: Vec<(DateTime<Utc>, u64)> = readings.iter().map(|r| (r.at, r.followers)).collect();
    let note = readings.first().map(|first| {
        format!(
            "Observation began {}",
            locale.date(locale.local_day(first.at))
        )
    });
    let timeline = Timeline {
        title: "Followers over time",
        series: "Followers",
        unit: "followers",
        empty: "No follower readings yet: they start with the first sync.",
        note,
        points: &points,
    };
    draw_timeline(area, &timeline, style)
}

/// Draws a post's views since it was published at `published_at`, from its `readings`
/// (oldest first); a post has no views when it is published, so the curve starts at zero.
pub fn draw_post_growth<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    published_at: DateTime<Utc>,
    readings: &[PostReading],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let locale = &style.locale;
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
        unit: "views",
        empty: "No readings of this post yet.",
        note: Some(format!("Published {}", locale.date_time(published_at))),
        points: if readings.is_empty() { &[] } else { &points },
    };
    draw_timeline(area, &timeline, style)
}

/// Draws total link clicks at each reading (oldest first) on `area`.
pub fn draw_clicks_over_time<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[spool_model::ClicksReading],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let points: Vec<(DateTime<Utc>, u64)> = readings.iter().map(|r| (r.at, r.clicks)).collect();
    let timeline = Timeline {
        title: "Link clicks over time",
        series: "Clicks on all links, since the first day read",
        unit: "clicks",
        empty: "No link-click readings yet: they start with the first sync.",
        note: None,
        points: &points,
    };
    draw_timeline(area, &timeline, style)
}

/// A line over time: what it is called, what its values count, what it says with no points,
/// a note at its start.
struct Timeline<'a> {
    title: &'a str,
    series: &'a str,
    unit: &'a str,
    empty: &'a str,
    note: Option<String>,
    points: &'a [(DateTime<Utc>, u64)],
}

fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    timeline: &Timeline<'_>,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    let readings = timeline.points;
    let title_text = timeline.title;
    area.fill(&theme.background)?;
    let label_style = style.text(13);
    let (Some(first), Some(last)) = (readings.first(), readings.last()) else {
        return crate::empty_chart(area, title_text, timeline.empty, style);
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
        locale.day_month(locale.local_day(at))
    };
    let mut chart = crate::numeric_chart(
        area,
        title_text,
        style,
        -span * 0.02..span * 1.02,
        y_low..y_high,
        ((span.ceil() as usize + 1).clamp(2, 6), &date_label),
    )?;

    let line = style.stroke(theme.line, 2);
    let swatch = style.at(12);
    let dot = style.px(3);
    let points: Vec<(f64, f64)> = readings.iter().map(|r| (days(r), r.1 as f64)).collect();
    chart
        .draw_series(LineSeries::new(points.iter().copied(), line))?
        .label(timeline.series)
        .legend(move |(x, y)| PathElement::new([(x, y), (x + swatch, y)], line));
    chart.draw_series(
        points
            .iter()
            .map(|&(x, y)| Circle::new((x, y), dot, theme.line.filled())),
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
        .border_style(style.stroke(theme.grid, 1))
        .label_font(label_style)
        .draw()?;

    // Each reading owns the strip of the chart nearer to it than to its neighbours.
    let (x_low, x_high) = (-span * 0.02, span * 1.02);
    let readouts = points
        .iter()
        .zip(readings)
        .enumerate()
        .map(|(i, (&(x, _), &(at, value)))| {
            let before = i.checked_sub(1).and_then(|j| points.get(j));
            let after = points.get(i + 1);
            let from = before.map_or(x_low, |p| (p.0 + x) / 2.0);
            let to = after.map_or(x_high, |p| (p.0 + x) / 2.0);
            let (left, top) = chart.backend_coord(&(from, y_high));
            let (right, bottom) = chart.backend_coord(&(to, y_low));
            Readout {
                area: (left, top, right, bottom),
                text: format!(
                    "{}: {} {}",
                    locale.date_time(at),
                    locale.number(value),
                    timeline.unit
                ),
            }
        })
        .collect();
    Ok(readouts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ChartTheme;
    use chrono::{DateTime, TimeDelta};
    use spool_model::Locale;

    fn svg(readings: &[FollowerReading]) -> String {
        crate::svg(960, 400, |area| {
            draw_followers(
                area,
                readings,
                &Style::new(ChartTheme::LIGHT, Locale::english()),
            )
        })
        .expect("drawn")
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
            draw_post_growth(
                area,
                published,
                &growth,
                &Style::new(ChartTheme::LIGHT, Locale::english()),
            )
        })
        .expect("drawn");
        assert_eq!(
            drawn.matches("<circle").count(),
            4,
            "publication and three readings"
        );
        assert!(drawn.contains("Published 29 Aug 2026, 18:00"));
        assert!(drawn.contains("<title>30 Aug 2026, 12:00: 1,200 views</title>"));
        assert!(drawn.contains("Views since publication"));
    }

    #[test]
    fn readings_draw_a_labelled_curve() {
        let drawn = svg(&readings(&[11_000, 11_250, 11_400, 12_150]));
        assert_eq!(drawn.matches("<circle").count(), 4);
        assert!(drawn.contains("12,"), "thousands separators on the axis");
        assert!(drawn.contains("Followers"));
        assert!(drawn.contains("data-readout=\"2 Sep 2026, 12:00: 12,150 followers\""));
    }

    #[test]
    fn moments_are_shown_on_the_users_clock() {
        let tokyo = Locale {
            utc_offset_minutes: 9 * 60,
            ..Locale::english()
        };
        let drawn = crate::svg(960, 400, |area| {
            draw_followers(
                area,
                &readings(&[100, 120]),
                &Style::new(ChartTheme::LIGHT, tokyo.clone()),
            )
        })
        .expect("drawn");
        assert!(
            drawn.contains("30 Aug 2026, 21:00: 100 followers"),
            "{drawn}"
        );
    }
}
