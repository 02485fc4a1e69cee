//! Profile views per day: a bar a day with the 7-day average over it. Days the API left out are
//! gaps, not zeros, and the average breaks where too few days around it were measured.

use chrono::Days;
#[cfg(test)]
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::DailyValue;

use crate::{ChartError, ChartTheme, thousands};

const TITLE: &str = "Profile views per day";
const FONT: &str = "sans-serif";
/// How many days the average spans, and how many of them must have been measured.
const WINDOW: usize = 7;
const WINDOW_MINIMUM: usize = 4;

/// Draws profile views per day over `days` (one entry per day, in order) on `area`.
pub fn draw_profile_views<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    days: &[DailyValue],
    theme: &ChartTheme,
) -> Result<(), ChartError> {
    area.fill(&theme.background)?;
    let title_style = (FONT, 20).into_font().color(&theme.text);
    let label_style = (FONT, 13).into_font().color(&theme.text);

    let (Some(first), Some(top)) = (
        days.first().map(|d| d.day),
        days.iter().filter_map(|d| d.value).max(),
    ) else {
        let (width, height) = area.dim_in_pixel();
        area.draw(&Text::new(TITLE, (16, 12), title_style))?;
        area.draw(&Text::new(
            "No profile views were reported for these days.",
            (to_i32(width) / 2, to_i32(height) / 2),
            label_style.pos(Pos::new(HPos::Center, VPos::Center)),
        ))?;
        return Ok(());
    };

    let count = days.len() as f64;
    // Headroom over the tallest bar; a chart of zeros still gets a visible axis.
    let y_top = (top as f64 * 1.1).max(1.0);
    let long = days.len() > 120;
    // Bars are centred on whole numbers; ticks elsewhere, or past the data, stay unlabelled.
    let day_label = |x: &f64| {
        if x.fract() != 0.0 || *x < 0.0 || *x >= count {
            return String::new();
        }
        let day = first + Days::new(*x as u64);
        if long {
            day.format("%b %Y").to_string()
        } else {
            day.format("%b %-d").to_string()
        }
    };
    let mut chart = crate::numeric_chart(
        area,
        TITLE,
        theme,
        -0.5f64..count - 0.5,
        0f64..y_top,
        (days.len().min(8), &day_label),
    )?;

    let bar = theme.bar;
    chart
        .draw_series(days.iter().enumerate().filter_map(|(i, day)| {
            let value = day.value? as f64;
            let x = i as f64;
            Some(Rectangle::new(
                [(x - 0.35, 0.0), (x + 0.35, value)],
                bar.filled(),
            ))
        }))?
        .label("Profile views")
        .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 12, y + 5)], bar.filled()));

    let line = theme.line;
    let mut labelled = false;
    for segment in average_segments(days) {
        let drawn = chart.draw_series(LineSeries::new(segment, line.stroke_width(2)))?;
        if !labelled {
            drawn.label("7-day average").legend(move |(x, y)| {
                PathElement::new([(x, y), (x + 12, y)], line.stroke_width(2))
            });
            labelled = true;
        }
    }

    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(theme.background.mix(0.85))
        .border_style(theme.grid)
        .label_font(label_style)
        .draw()?;
    Ok(())
}

/// Profile views per day as SVG text, each bar carrying its day and value as a `<title>`: the
/// readout a pointer over it shows (in the window and in an exported SVG alike).
pub fn profile_views_svg(
    width: u32,
    height: u32,
    days: &[DailyValue],
    theme: &ChartTheme,
) -> Result<String, ChartError> {
    let drawn = crate::svg(width, height, |area| draw_profile_views(area, days, theme))?;
    let RGBColor(r, g, b) = theme.bar;
    let bar = format!("fill=\"#{r:02X}{g:02X}{b:02X}\"");
    // The bars are drawn first, one per measured day in order; the legend's swatch comes last.
    let mut readouts = days.iter().filter_map(|d| {
        d.value.map(|v| {
            format!(
                "{}: {} profile views",
                d.day.format("%a %-d %b %Y"),
                thousands(v)
            )
        })
    });
    let mut out = String::with_capacity(drawn.len() + days.len() * 48);
    for line in drawn.lines() {
        match (line.starts_with("<rect") && line.contains(&bar) && line.ends_with("/>"))
            .then(|| readouts.next())
            .flatten()
        {
            Some(readout) => {
                out.push_str(line.trim_end_matches("/>"));
                out.push_str("><title>");
                out.push_str(&readout);
                out.push_str("</title></rect>");
            }
            None => out.push_str(line),
        }
        out.push('\n');
    }
    Ok(out)
}

/// The trailing 7-day average for each day: the mean of the measured days in the window ending
/// that day, or `None` where fewer than four of them were measured.
pub fn trailing_average(days: &[DailyValue]) -> Vec<Option<f64>> {
    (0..days.len())
        .map(|end| {
            let window = &days[end.saturating_sub(WINDOW - 1)..=end];
            let measured: Vec<u64> = window.iter().filter_map(|d| d.value).collect();
            (measured.len() >= WINDOW_MINIMUM)
                .then(|| measured.iter().sum::<u64>() as f64 / measured.len() as f64)
        })
        .collect()
}

/// The average as unbroken runs of points, centred on their day's bar.
fn average_segments(days: &[DailyValue]) -> Vec<Vec<(f64, f64)>> {
    let mut segments = Vec::new();
    let mut current = Vec::new();
    for (i, average) in trailing_average(days).into_iter().enumerate() {
        match average {
            Some(value) => current.push((i as f64, value)),
            None if !current.is_empty() => segments.push(std::mem::take(&mut current)),
            None => {}
        }
    }
    if !current.is_empty() {
        segments.push(current);
    }
    segments
}

fn to_i32(pixels: u32) -> i32 {
    i32::try_from(pixels).unwrap_or(i32::MAX)
}

/// Consecutive days from `first`, for tests and callers that build a series by hand.
#[cfg(test)]
fn series(first: NaiveDate, values: &[Option<u64>]) -> Vec<DailyValue> {
    values
        .iter()
        .enumerate()
        .map(|(i, &value)| DailyValue {
            day: first + Days::new(i as u64),
            value,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 1).expect("valid date")
    }

    fn svg(days: &[DailyValue]) -> String {
        let mut out = String::new();
        {
            let area = SVGBackend::with_string(&mut out, (960, 400)).into_drawing_area();
            draw_profile_views(&area, days, &ChartTheme::LIGHT).expect("drawn");
            area.present().expect("presented");
        }
        out
    }

    /// How many bars were drawn: rectangles in the bar colour, less the legend's swatch.
    fn bars(svg: &str) -> usize {
        let RGBColor(r, g, b) = ChartTheme::LIGHT.bar;
        let fill = format!("fill=\"#{r:02X}{g:02X}{b:02X}\"");
        svg.lines()
            .filter(|line| line.contains("<rect") && line.contains(&fill))
            .count()
            .saturating_sub(1)
    }

    #[test]
    fn each_bar_reads_out_its_day_and_value_under_the_pointer() {
        let days = series(first(), &[Some(1_204), None, Some(7)]);
        let drawn = profile_views_svg(960, 400, &days, &ChartTheme::LIGHT).expect("drawn");
        assert!(
            drawn.contains("<title>Sat 1 Mar 2025: 1,204 profile views</title></rect>"),
            "{drawn}"
        );
        assert!(drawn.contains("<title>Mon 3 Mar 2025: 7 profile views</title></rect>"));
        assert_eq!(
            drawn.matches("<title>").count(),
            2,
            "the gap and the legend have none"
        );
    }

    #[test]
    fn an_empty_range_says_so_instead_of_drawing_axes() {
        let drawn = svg(&[]);
        assert!(drawn.contains(TITLE));
        assert!(drawn.contains("No profile views were reported for these days."));
        let unmeasured = svg(&series(first(), &[None, None]));
        assert!(unmeasured.contains("No profile views were reported"));
    }

    #[test]
    fn one_day_is_one_bar_with_a_legend() {
        let drawn = svg(&series(first(), &[Some(42)]));
        assert_eq!(bars(&drawn), 1);
        assert!(drawn.contains("Profile views"));
        assert!(drawn.contains("Mar 1"));
    }

    #[test]
    fn a_day_the_api_left_out_is_a_gap_not_a_zero_bar() {
        let drawn = svg(&series(first(), &[Some(5), None, Some(0), Some(8)]));
        // Three measured days, the zero among them: three bars, none for the missing day.
        assert_eq!(bars(&drawn), 3);
    }

    #[test]
    fn large_values_are_labelled_with_thousands_separators() {
        let drawn = svg(&series(first(), &[Some(12_000_000), Some(9_500_000)]));
        assert!(
            drawn.contains("10,000,000"),
            "no separated label in the axis"
        );
    }

    #[test]
    fn two_years_of_days_draw_every_measured_day_and_label_months() {
        let values: Vec<Option<u64>> = (0..730u64)
            .map(|i| (i % 30 != 0).then_some(100 + i % 7 * 40))
            .collect();
        let measured = values.iter().filter(|v| v.is_some()).count();
        let drawn = svg(&series(first(), &values));
        assert_eq!(bars(&drawn), measured);
        assert!(
            drawn.contains("2026"),
            "month labels name the year on a long range"
        );
        assert!(drawn.contains("7-day average"));
    }

    #[test]
    fn the_average_needs_four_measured_days_in_its_window() {
        let days = series(
            first(),
            &[
                Some(10),
                Some(20),
                Some(30),
                Some(40),
                None,
                None,
                None,
                None,
                Some(50),
            ],
        );
        let average = trailing_average(&days);
        assert_eq!(average[..3], [None, None, None]);
        assert_eq!(average[3], Some(25.0));
        // Four measured days in the windows ending on indexes 4 to 6, despite the gaps.
        assert_eq!(average[6], Some(25.0));
        // The window ending on index 7 holds 20, 30 and 40 only; the one ending on 8, 30, 40, 50.
        assert_eq!(average[7..], [None, None]);
    }
}
