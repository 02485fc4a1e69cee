//! Profile views per day: a bar a day with the 7-day average over it. Days the API left out are
//! gaps, not zeros, and the average breaks where too few days around it were measured.

use chrono::Days;
#[cfg(test)]
use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;
use spool_model::DailyValue;

use crate::frame::{Axes, Grid, Key, Swatch, legend_band, plot, titled};
use crate::{ChartError, Readout, Style};

/// The chart's title.
const TITLE: &str = "kind-profile-views";
/// How many days the average spans, and how many of them must have been measured.
const WINDOW: usize = 7;
const WINDOW_MINIMUM: usize = 4;

/// Draws profile views per day over `days` (one entry per day, in order) on `area`; each day's
/// column reads out its day and value, or that Threads reported none.
pub fn draw_profile_views<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    days: &[DailyValue],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;

    let (Some(first), Some(top)) = (
        days.first().map(|d| d.day),
        days.iter().filter_map(|d| d.value).max(),
    ) else {
        return crate::empty_chart(
            area,
            &style.t(TITLE),
            &style.t("drawn-no-profile-views"),
            style,
        );
    };

    let count = days.len() as f64;
    // A little headroom over the tallest bar; a chart of zeros still gets a visible axis. The
    // legend sits in a band of its own above the plot, where it covers no bar.
    let y_top = (top as f64 * 1.08).max(1.0);
    let long = days.len() > 120;
    // Bars are centred on whole numbers; ticks elsewhere, or past the data, stay unlabelled.
    let day_label = |x: &f64| {
        if x.fract() != 0.0 || *x < 0.0 || *x >= count {
            return String::new();
        }
        let day = first + Days::new(*x as u64);
        if long {
            locale.month_year(day)
        } else {
            locale.day_month(day)
        }
    };
    let rest = titled(area, &style.t(TITLE), &[], style)?;
    let keys = [
        Key::new(Swatch::Block(theme.bar), style.t("metric-profile-views")),
        Key::new(Swatch::Line(theme.line), style.t("drawn-7-day-average")),
    ];
    let (rest, _) = legend_band(&rest, &keys, style)?;
    let y_label = |y: &f64| locale.number(y.max(0.0).round() as u64);
    let axes = Axes {
        x: -0.5f64..count - 0.5,
        y: 0f64..y_top,
        x_labels: days.len().min(8),
        y_labels: 6,
        x_format: &day_label,
        y_format: &y_label,
        x_desc: None,
        y_desc: None,
        y_area: 72,
        grid: Grid::Horizontal,
    };
    let mut chart = plot(&rest, &axes, style)?;

    let bar = theme.bar;
    chart.draw_series(days.iter().enumerate().filter_map(|(i, day)| {
        let value = day.value? as f64;
        let x = i as f64;
        Some(Rectangle::new(
            [(x - 0.35, 0.0), (x + 0.35, value)],
            bar.filled(),
        ))
    }))?;
    let line = style.stroke(theme.line, 2);
    for segment in average_segments(days) {
        chart.draw_series(LineSeries::new(segment, line))?;
    }

    let readouts = days
        .iter()
        .enumerate()
        .map(|(i, day)| {
            let x = i as f64;
            let (left, top) = chart.backend_coord(&(x - 0.5, y_top));
            let (right, bottom) = chart.backend_coord(&(x + 0.5, 0.0));
            let when = locale.weekday_date(day.day);
            let said = match day.value {
                Some(v) => style.tf(
                    "drawn-profile-views-readout",
                    &[("day", when.into()), ("views", v.into())],
                ),
                None => style.tf("drawn-not-reported", &[("day", when.into())]),
            };
            Readout::new((left, top, right, bottom), said)
        })
        .collect();
    Ok(readouts)
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
    use crate::ChartTheme;
    use spool_model::Locale;

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    fn first() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 1).expect("valid date")
    }

    fn svg(days: &[DailyValue]) -> String {
        crate::svg(960, 400, |area| draw_profile_views(area, days, &light())).expect("drawn")
    }

    /// How many bars were drawn: rectangles in the bar colour, less the legend's swatch.
    fn bars(svg: &str) -> usize {
        let RGBColor(r, g, b) = ChartTheme::LIGHT.bar;
        let fill = format!("fill=\"#{r:02X}{g:02X}{b:02X}\"");
        svg.lines()
            .filter(|line| line.starts_with("<rect") && line.contains(&fill))
            .count()
            .saturating_sub(1)
    }

    #[test]
    fn each_day_reads_out_its_value_under_the_pointer() {
        let days = series(first(), &[Some(1_204), None, Some(7)]);
        let drawn = svg(&days);
        assert!(
            drawn.contains("<title>Sat 1 Mar 2025: 1,204 profile views</title></rect>"),
            "{drawn}"
        );
        assert!(drawn.contains("<title>Sun 2 Mar 2025: not reported by Threads</title>"));
        assert!(drawn.contains("<title>Mon 3 Mar 2025: 7 profile views</title></rect>"));
        assert_eq!(drawn.matches("<title>").count(), 3, "one readout a day");
    }

    #[test]
    fn readouts_sit_over_their_own_day_side_by_side() {
        let days = series(first(), &[Some(10), Some(20), Some(30)]);
        let readouts = crate::svg(960, 400, |area| {
            let readouts = draw_profile_views(area, &days, &light())?;
            for pair in readouts.windows(2) {
                assert_eq!(pair[0].area.2, pair[1].area.0, "columns meet");
                assert!(pair[0].area.0 < pair[1].area.0, "in day order");
            }
            assert_eq!(readouts.len(), 3);
            Ok(readouts)
        })
        .expect("drawn");
        assert!(readouts.contains("Sat 1 Mar 2025: 10 profile views"));
    }

    #[test]
    fn labels_follow_the_users_locale() {
        let german = Locale {
            group: ".".to_owned(),
            decimal: ",".to_owned(),
            months: [
                "Jan", "Feb", "März", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
            ]
            .iter()
            .map(|m| (*m).to_owned())
            .collect(),
            ..Locale::english()
        };
        let days = series(first(), &[Some(12_000), Some(9_500)]);
        let drawn = crate::svg(960, 400, |area| {
            draw_profile_views(area, &days, &Style::new(ChartTheme::LIGHT, german.clone()))
        })
        .expect("drawn");
        assert!(drawn.contains("10.000"), "German digit groups on the axis");
        assert!(drawn.contains("1 März"), "German month names on the axis");
        assert!(drawn.contains("12.000 profile views"));
    }

    #[test]
    fn an_empty_range_says_so_instead_of_drawing_axes() {
        let drawn = svg(&[]);
        assert!(drawn.contains("Profile views per day"));
        assert!(drawn.contains("No profile views were reported for these days."));
        let unmeasured = svg(&series(first(), &[None, None]));
        assert!(unmeasured.contains("No profile views were reported"));
    }

    #[test]
    fn one_day_is_one_bar_with_a_legend() {
        let drawn = svg(&series(first(), &[Some(42)]));
        assert_eq!(bars(&drawn), 1);
        assert!(drawn.contains("Profile views"));
        assert!(drawn.contains("1 Mar"));
    }

    #[test]
    fn the_legend_sits_above_the_plot_where_it_covers_no_bar() {
        // The tallest day first, where a legend in the plot's corner would cover it.
        let days = series(first(), &[Some(900), Some(100), Some(120)]);
        let mut readouts = Vec::new();
        let drawn = crate::svg(960, 400, |area| {
            readouts = draw_profile_views(area, &days, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        // The SVG writes a text's words on the line after its `<text>` tag.
        let lines: Vec<&str> = drawn.lines().collect();
        let legend = lines
            .windows(2)
            .find(|pair| pair[0].starts_with("<text") && pair[1].contains("7-day average"))
            .map(|pair| {
                let at = pair[0].find(" y=\"").expect("a y") + 4;
                pair[0][at..]
                    .split('"')
                    .next()
                    .expect("a value")
                    .parse::<f64>()
                    .expect("a number")
            })
            .expect("the legend's words");
        // Each day's readout spans its column from the top of the plot to the axis.
        let plot_top = readouts.iter().map(|r| r.area.1).min().expect("readouts");
        assert!(
            legend < f64::from(plot_top),
            "legend at {legend}, the plot from {plot_top}"
        );
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
