//! Each of Spool's charts, drawn once with plotters for any drawing backend: the interface shows
//! them, and exports write the same drawing to PNG or SVG.

mod audience;
mod best_times;
mod daily;
mod theme;
mod timeline;

pub use audience::{TOP, draw_demographics, draw_link_clicks, short_address, top_segments};
pub use best_times::{compact, draw_best_times};
pub use daily::{draw_profile_views, profile_views_svg, trailing_average};
pub use theme::ChartTheme;
pub use timeline::{draw_clicks_over_time, draw_followers, draw_post_growth};

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The drawing backend failed (for a file, usually an I/O error).
    #[error("the chart could not be drawn: {0}")]
    Drawing(String),
}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>>
    for ChartError
{
    fn from(error: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(error.to_string())
    }
}

/// Draws a chart of `width` × `height` pixels as SVG text, as the interface shows it and the
/// SVG export writes it.
pub fn svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(
        &plotters::drawing::DrawingArea<plotters::backend::SVGBackend<'_>, plotters::coord::Shift>,
    ) -> Result<(), ChartError>,
) -> Result<String, ChartError> {
    use plotters::backend::SVGBackend;
    use plotters::drawing::IntoDrawingArea;
    let mut out = String::new();
    {
        let area = SVGBackend::with_string(&mut out, (width, height)).into_drawing_area();
        draw(&area)?;
        area.present()?;
    }
    Ok(out)
}

/// A chart over two numeric axes with Spool's frame: the title, the margins, label areas wide
/// enough for "12,345,678", horizontal grid lines only, and the theme's colours. The line,
/// bar and timeline charts all draw on it.
pub(crate) fn numeric_chart<'a, DB: plotters::prelude::DrawingBackend>(
    area: &'a plotters::drawing::DrawingArea<DB, plotters::coord::Shift>,
    title: &str,
    theme: &ChartTheme,
    x: std::ops::Range<f64>,
    y: std::ops::Range<f64>,
    x_labels: (usize, &dyn Fn(&f64) -> String),
) -> Result<
    plotters::chart::ChartContext<
        'a,
        DB,
        plotters::coord::cartesian::Cartesian2d<
            plotters::coord::types::RangedCoordf64,
            plotters::coord::types::RangedCoordf64,
        >,
    >,
    ChartError,
> {
    use plotters::prelude::*;
    let title_style = ("sans-serif", 20).into_font().color(&theme.text);
    let label_style = ("sans-serif", 13).into_font().color(&theme.text);
    let mut chart = ChartBuilder::on(area)
        .caption(title, title_style)
        .margin(16)
        .x_label_area_size(32)
        .y_label_area_size(72)
        .build_cartesian_2d(x, y)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(theme.grid)
        .light_line_style(TRANSPARENT)
        .axis_style(theme.grid)
        .x_labels(x_labels.0)
        .y_labels(6)
        .x_label_formatter(x_labels.1)
        .y_label_formatter(&|y: &f64| thousands(y.max(0.0).round() as u64))
        .label_style(label_style)
        .draw()?;
    Ok(chart)
}

/// A whole number with thousands separators, as axis labels and readouts show it.
pub fn thousands(value: u64) -> String {
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::thousands;

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000), "1,000");
        assert_eq!(thousands(12_345_678), "12,345,678");
        assert_eq!(thousands(u64::MAX), "18,446,744,073,709,551,615");
    }
}
