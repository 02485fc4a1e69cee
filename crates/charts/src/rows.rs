//! Rows of a ranked list, each named on a line of its own with its mark under the name: a bar,
//! or a median with the middle half of its posts as a whisker, or a note saying why there is
//! none. Names of any length fit any width this way, down to a narrow window.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::Spread;

use crate::frame::{Axes, Grid, pixels, plot};
use crate::text::{fitted, text_width};
use crate::{ChartError, Readout, Style};

/// The size of a row's name and value.
const SIZE: u32 = 12;

/// What a row shows under its name.
#[derive(Debug, Clone)]
pub(crate) enum Mark {
    /// A bar from zero.
    Bar(f64),
    /// A dot at the median and a whisker from the lower to the upper quartile.
    Spread(Spread),
    /// No value, and why.
    Note(String),
}

/// One row: its name (empty where a row beside it names it), its mark, the value written
/// after the mark, the colour of the mark, and what it reads out.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    pub name: String,
    pub mark: Mark,
    pub value: String,
    pub color: RGBColor,
    pub readout: String,
}

impl Row {
    fn end(&self) -> f64 {
        match &self.mark {
            Mark::Bar(value) => *value,
            Mark::Spread(spread) => spread.upper.max(spread.median),
            Mark::Note(_) => 0.0,
        }
    }
}

/// The axis of a panel of rows: at least how far it runs, how its labels are written, what
/// it measures, and a reference line drawn dashed across the rows (such as "your normal").
pub(crate) struct RowAxis<'f> {
    pub at_least: f64,
    pub format: &'f dyn Fn(&f64) -> String,
    pub desc: Option<&'f str>,
    pub reference: Option<f64>,
    /// How wide the names may run, in design pixels; the panel's width when `None`.
    pub name_width: Option<f64>,
}

/// Draws `rows` top to bottom on `area` over `axis`, and returns each row's readout: the band
/// of the row across the panel.
pub(crate) fn draw_rows<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    axis: &RowAxis<'_>,
    rows: &[Row],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let theme = &style.theme;
    let count = rows.len().max(1) as f64;
    let (width, height) = area.dim_in_pixel();
    // The plot's width in design pixels: the panel less the label area and margin.
    let plot_width = (f64::from(width) / style.scale - 16.0).max(40.0);
    // The axis runs far enough for each row's value to be written after its mark.
    let mut x_end = axis
        .at_least
        .max(axis.reference.unwrap_or(0.0) * 1.1)
        .max(f64::MIN_POSITIVE);
    for row in rows {
        let room = (text_width(&row.value, SIZE) + 10.0) / plot_width;
        if room < 0.7 {
            x_end = x_end.max(row.end() / (1.0 - room));
        }
    }
    let axes = Axes {
        x: 0.0..x_end,
        y: 0.0..count,
        x_labels: ((plot_width / 70.0) as usize).clamp(2, 8),
        y_labels: 0,
        x_format: axis.format,
        y_format: &|_| String::new(),
        x_desc: axis.desc,
        y_desc: None,
        y_area: 8,
        grid: Grid::Vertical,
    };
    let mut chart = plot(area, &axes, style)?;
    // Each row's height in design pixels: the name takes a line, the mark the rest.
    let plot_height =
        f64::from(height) / style.scale - if axis.desc.is_some() { 44.0 } else { 26.0 };
    let row_height = (plot_height / count).max(1.0);
    let name_share = (15.0 / row_height).min(0.6);
    let mark_share = ((1.0 - name_share) * 0.8).min(14.0 / row_height);
    let name_width = axis.name_width.unwrap_or(plot_width);
    let name_style = style.text(SIZE).pos(Pos::new(HPos::Left, VPos::Top));
    let value_style = style.text(SIZE).pos(Pos::new(HPos::Left, VPos::Center));
    let note_style = style
        .text(SIZE)
        .color(&theme.muted)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let dot = style.px(4);
    let gap = x_end * 4.0 / plot_width;

    if let Some(reference) = axis.reference {
        chart.draw_series(DashedLineSeries::new(
            [(reference, 0.0), (reference, count)],
            style.px(4),
            style.px(3),
            style.stroke(theme.muted, 1),
        ))?;
    }
    let mut readouts = Vec::with_capacity(rows.len());
    for (i, row) in rows.iter().enumerate() {
        let top = count - i as f64;
        let bottom = top - 1.0;
        let name_top = top - 0.04;
        let mark_top = top - name_share;
        let middle = mark_top - mark_share / 2.0;
        if !row.name.is_empty() {
            chart.draw_series(std::iter::once(Text::new(
                fitted(&row.name, name_width - 4.0, SIZE),
                (gap, name_top),
                name_style.clone(),
            )))?;
        }
        let value_at = match &row.mark {
            Mark::Bar(value) => {
                chart.draw_series(std::iter::once(Rectangle::new(
                    [(0.0, mark_top), (*value, mark_top - mark_share)],
                    row.color.filled(),
                )))?;
                Some(*value)
            }
            Mark::Spread(spread) => {
                let stroke = style.stroke(row.color, 2);
                let cap = mark_share * 0.35;
                chart.draw_series(std::iter::once(PathElement::new(
                    [(spread.lower, middle), (spread.upper, middle)],
                    stroke,
                )))?;
                for end in [spread.lower, spread.upper] {
                    chart.draw_series(std::iter::once(PathElement::new(
                        [(end, middle - cap), (end, middle + cap)],
                        stroke,
                    )))?;
                }
                chart.draw_series(std::iter::once(Circle::new(
                    (spread.median, middle),
                    dot,
                    row.color.filled(),
                )))?;
                Some(spread.upper.max(spread.median))
            }
            Mark::Note(note) => {
                chart.draw_series(std::iter::once(Text::new(
                    fitted(note, plot_width - 4.0, SIZE),
                    (gap, middle),
                    note_style.clone(),
                )))?;
                None
            }
        };
        if let Some(end) = value_at {
            chart.draw_series(std::iter::once(Text::new(
                row.value.clone(),
                (end + gap, middle),
                value_style.clone(),
            )))?;
        }
        readouts.push(Readout::new(
            pixels(&chart, (0.0, top), (x_end, bottom)),
            row.readout.clone(),
        ));
    }
    Ok(readouts)
}
