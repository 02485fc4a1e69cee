//! Followers over time, from the readings Spool stored at each sync: the curve the API cannot
//! give. The first reading is marked as where observation began.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::FollowerReading;

use crate::{ChartError, ChartTheme, thousands};

const TITLE: &str = "Followers over time";
const FONT: &str = "sans-serif";

/// Draws followers over time from `readings` (oldest first) on `area`.
pub fn draw_followers<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[FollowerReading],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    area.fill(&theme.background)?;
    let title_style = (FONT, 20).into_font().color(&theme.text);
    let label_style = (FONT, 13).into_font().color(&theme.text);
    let (Some(first), Some(last)) = (readings.first(), readings.last()) else {
        let (width, height) = area.dim_in_pixel();
        area.draw(&Text::new(TITLE, (16, 12), title_style))?;
        area.draw(&Text::new(
            "No follower readings yet: they start with the first sync.",
            (
                i32::try_from(width / 2).unwrap_or(0),
                i32::try_from(height / 2).unwrap_or(0),
            ),
            label_style.pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        return Ok(());
    };
    let origin = first.at;
    let days = |reading: &FollowerReading| (reading.at - origin).num_seconds() as f64 / 86_400.0;
    let span = days(last).max(1.0);
    let low = readings.iter().map(|r| r.followers).min().unwrap_or(0) as f64;
    let high = readings.iter().map(|r| r.followers).max().unwrap_or(0) as f64;
    let pad = ((high - low) * 0.1).max(1.0);
    let (y_low, y_high) = ((low - pad).max(0.0), high + pad);

    let date_label = |x: &f64| {
        let at = origin + chrono::TimeDelta::seconds((x * 86_400.0) as i64);
        at.format("%b %-d").to_string()
    };
    let value_label = |y: &f64| thousands(y.max(0.0).round() as u64);
    let mut chart = ChartBuilder::on(area)
        .caption(TITLE, title_style)
        .margin(16)
        .x_label_area_size(32)
        .y_label_area_size(72)
        .build_cartesian_2d(-span * 0.02..span * 1.02, y_low..y_high)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme.grid)
        .light_line_style(TRANSPARENT)
        .axis_style(theme.grid)
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&date_label)
        .y_label_formatter(&value_label)
        .label_style(label_style.clone())
        .draw()?;

    let line = theme.line;
    let points: Vec<(f64, f64)> = readings
        .iter()
        .map(|r| (days(r), r.followers as f64))
        .collect();
    chart
        .draw_series(LineSeries::new(
            points.iter().copied(),
            line.stroke_width(2),
        ))?
        .label("Followers")
        .legend(move |(x, y)| PathElement::new([(x, y), (x + 12, y)], line.stroke_width(2)));
    chart.draw_series(
        points
            .iter()
            .map(|&(x, y)| Circle::new((x, y), 3, line.filled())),
    )?;
    // Where observation began: Threads keeps no history, so nothing before this is known.
    let began = format!("Observation began {}", first.at.format("%-d %b %Y"));
    chart.draw_series(std::iter::once(Text::new(
        began,
        (0.0, y_high - pad * 0.3),
        label_style.clone().pos(Pos::new(HPos::Left, VPos::Top)),
    )))?;
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
    fn readings_draw_a_labelled_curve() {
        let drawn = svg(&readings(&[11_000, 11_250, 11_400, 12_150]));
        assert_eq!(drawn.matches("<circle").count(), 4);
        assert!(drawn.contains("12,"), "thousands separators on the axis");
        assert!(drawn.contains("Followers"));
    }
}
