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
