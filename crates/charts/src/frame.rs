//! The parts the insight charts share: a title with notes under it, a legend in a band of its
//! own (so it never covers data), and axes with any labels.

use std::ops::Range;

use plotters::chart::ChartContext;
use plotters::coord::Shift;
use plotters::coord::cartesian::Cartesian2d;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::text::{text_width, wrapped};
use crate::{ChartError, Style};

/// The size of notes and legend text.
pub(crate) const NOTE_SIZE: u32 = 12;
/// The height of one line of notes or legend, in design pixels.
const LINE: i32 = 17;

/// The chart's area with its margin taken, its title written at the top (centred, as
/// plotters' caption writes it) and each of `notes` wrapped under it in the muted ink; the
/// area left below.
pub(crate) fn titled<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    title: &str,
    notes: &[String],
    style: &Style,
) -> Result<DrawingArea<DB, Shift>, ChartError> {
    let inner = area.margin(style.px(12), style.px(8), style.px(16), style.px(16));
    let mut rest = inner.titled(title, style.title())?;
    rest = rest.margin(style.px(4), 0, 0, 0);
    let width = f64::from(rest.dim_in_pixel().0) / style.scale;
    let lines: Vec<String> = notes
        .iter()
        .flat_map(|note| wrapped(note, width, NOTE_SIZE))
        .collect();
    for (i, line) in lines.iter().enumerate() {
        rest.draw(&Text::new(
            line.clone(),
            (0, style.at(LINE * i as i32)),
            style
                .text(NOTE_SIZE)
                .color(&style.theme.muted)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
    }
    if lines.is_empty() {
        Ok(rest)
    } else {
        let used = style.at(LINE * lines.len() as i32 + 4);
        Ok(rest.margin(used, 0, 0, 0))
    }
}

/// What a legend entry shows beside its words.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Swatch {
    /// A filled square: bars.
    Block(RGBColor),
    /// A short line: a line series.
    Line(RGBColor),
    /// A dashed line: a reference.
    Dashed(RGBColor),
    /// A dot: points.
    Dot(RGBColor),
    /// A translucent band with its median line through it.
    Band(RGBColor),
    /// Nothing: a note set among the legend's entries.
    None,
}

/// One entry of a legend.
#[derive(Debug, Clone)]
pub(crate) struct Key {
    pub swatch: Swatch,
    pub label: String,
}

impl Key {
    pub(crate) fn new(swatch: Swatch, label: impl Into<String>) -> Self {
        Self {
            swatch,
            label: label.into(),
        }
    }
}

/// Draws `keys` left to right at the top of `area`, onto as many lines as the width needs,
/// and returns the area below them with the legend's own pixels (left, top, right, bottom):
/// the data is drawn below the legend, never under it.
pub(crate) fn legend_band<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    keys: &[Key],
    style: &Style,
) -> Result<(DrawingArea<DB, Shift>, crate::Pixels), ChartError> {
    let width = f64::from(area.dim_in_pixel().0) / style.scale;
    let (swatch, gap, spacing) = (14.0, 5.0, 16.0);
    // Each entry's design x and line.
    let mut placed = Vec::with_capacity(keys.len());
    let (mut x, mut line) = (0.0, 0);
    for key in keys {
        let marker = if matches!(key.swatch, Swatch::None) {
            0.0
        } else {
            swatch + gap
        };
        let room = (width - marker).max(10.0);
        let label = crate::text::fitted(&key.label, room, NOTE_SIZE);
        let wide = marker + text_width(&label, NOTE_SIZE);
        if x > 0.0 && x + wide > width {
            x = 0.0;
            line += 1;
        }
        placed.push((x, line, label, marker));
        x += wide + spacing;
    }
    let lines = line + 1;
    let text = style
        .text(NOTE_SIZE)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for ((x, line, label, marker), key) in placed.iter().zip(keys) {
        let left = style.at(*x as i32);
        let middle = style.at(LINE * line + LINE / 2);
        let half = style.at(5);
        let end = left + style.at(swatch as i32);
        match key.swatch {
            Swatch::Block(color) => area.draw(&Rectangle::new(
                [(left, middle - half), (end, middle + half)],
                color.filled(),
            ))?,
            Swatch::Line(color) => area.draw(&PathElement::new(
                [(left, middle), (end, middle)],
                style.stroke(color, 2),
            ))?,
            Swatch::Dashed(color) => {
                let dash = style.at(3);
                let mut from = left;
                while from < end {
                    area.draw(&PathElement::new(
                        [(from, middle), ((from + dash).min(end), middle)],
                        style.stroke(color, 1),
                    ))?;
                    from += dash * 2;
                }
            }
            Swatch::Dot(color) => area.draw(&Circle::new(
                ((left + end) / 2, middle),
                style.px(4),
                color.filled(),
            ))?,
            Swatch::Band(color) => {
                area.draw(&Rectangle::new(
                    [(left, middle - half), (end, middle + half)],
                    color.mix(0.25).filled(),
                ))?;
                area.draw(&PathElement::new(
                    [(left, middle), (end, middle)],
                    style.stroke(color, 1),
                ))?;
            }
            Swatch::None => {}
        }
        area.draw(&Text::new(
            label.clone(),
            (left + style.at(*marker as i32), middle),
            text.clone(),
        ))?;
    }
    let height = style.at(LINE * lines + 6);
    let (left, top) = area.get_base_pixel();
    let legend = (
        left,
        top,
        left + i32::try_from(area.dim_in_pixel().0).unwrap_or(i32::MAX),
        top + style.at(LINE * lines),
    );
    Ok((area.margin(height, 0, 0, 0), legend))
}

/// The chart type the insight charts draw on: two numeric axes.
pub(crate) type Plot<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// Which way a plot's grid lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Grid {
    /// Horizontal lines at the y labels: values read up the side.
    Horizontal,
    /// Vertical lines at the x labels: values read along the bottom.
    Vertical,
}

/// Two numeric axes: their ranges, how many labels and how each is written, what each axis
/// measures, how wide the left label area is, and which grid lines run.
pub(crate) struct Axes<'f> {
    pub x: Range<f64>,
    pub y: Range<f64>,
    pub x_labels: usize,
    pub y_labels: usize,
    pub x_format: &'f dyn Fn(&f64) -> String,
    pub y_format: &'f dyn Fn(&f64) -> String,
    pub x_desc: Option<&'f str>,
    pub y_desc: Option<&'f str>,
    /// The left label area in design pixels.
    pub y_area: u32,
    pub grid: Grid,
}

/// A plot over `axes` filling `area` (whose title and legend are already drawn), in the
/// theme's colours.
pub(crate) fn plot<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    axes: &Axes<'_>,
    style: &Style,
) -> Result<Plot<'a, DB>, ChartError> {
    let theme = &style.theme;
    let x_area = if axes.x_desc.is_some() { 44 } else { 26 };
    let mut chart = ChartBuilder::on(area)
        .margin_right(style.px(8))
        .x_label_area_size(style.px(x_area))
        .y_label_area_size(style.px(axes.y_area))
        .build_cartesian_2d(axes.x.clone(), axes.y.clone())?;
    let mut mesh = chart.configure_mesh();
    match axes.grid {
        Grid::Horizontal => mesh.disable_x_mesh(),
        Grid::Vertical => mesh.disable_y_mesh(),
    };
    mesh.bold_line_style(style.stroke(theme.grid, 1))
        .light_line_style(TRANSPARENT)
        .axis_style(style.stroke(theme.grid, 1))
        .x_labels(axes.x_labels)
        .y_labels(axes.y_labels)
        .x_label_formatter(axes.x_format)
        .y_label_formatter(axes.y_format)
        .label_style(style.text(12))
        .axis_desc_style(style.text(12).color(&theme.muted));
    if let Some(desc) = axes.x_desc {
        mesh.x_desc(desc);
    }
    if let Some(desc) = axes.y_desc {
        mesh.y_desc(desc);
    }
    mesh.draw()?;
    Ok(chart)
}

/// Points of the plotting area as backend pixels, for readouts.
pub(crate) fn pixels<DB: DrawingBackend>(
    chart: &Plot<'_, DB>,
    from: (f64, f64),
    to: (f64, f64),
) -> (i32, i32, i32, i32) {
    let (a, b) = (chart.backend_coord(&from), chart.backend_coord(&to));
    (a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1))
}
