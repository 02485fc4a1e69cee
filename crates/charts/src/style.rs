//! How a chart is drawn: the palette of the interface's theme, the user's way of writing
//! numbers and days, and a scale for pixel-dense images (an export at 3× draws every line and
//! letter three times as large, not a small chart on a large canvas).

use plotters::style::{Color, FontDesc, FontStyle, RGBColor, ShapeStyle, TextStyle};
use spool_model::Locale;

use crate::ChartTheme;

/// The family every chart writes in: on screen the system's sans-serif, in an exported image
/// the font bundled with Spool under this name.
pub const FONT: &str = "sans-serif";
/// Scales beyond this would make images of hundreds of megapixels.
pub const MAX_SCALE: f64 = 8.0;

/// A chart's palette, locale and scale.
#[derive(Debug, Clone, PartialEq)]
pub struct Style {
    /// The colours.
    pub theme: ChartTheme,
    /// How numbers, days and times are written.
    pub locale: Locale,
    /// Device pixels per chart pixel: the screen's density in the window, the chosen
    /// resolution in an export.
    pub scale: f64,
    /// Font sizes are multiplied by this besides `scale`: 1 for SVG and PNG,
    /// [`CANVAS_TEXT_SCALE`] on a canvas.
    pub text_scale: f64,
}

/// plotters' SVG backend writes a font of size `s` as `s / 1.24` pixels, its canvas backend as
/// `s` pixels. A chart on a canvas multiplies its font sizes by this, so the window shows text at
/// the size the SVG export writes and the layouts' text estimates assume.
pub const CANVAS_TEXT_SCALE: f64 = 1.0 / 1.24;

impl Style {
    /// A chart at its natural size.
    pub fn new(theme: ChartTheme, locale: Locale) -> Self {
        Self {
            theme,
            locale,
            scale: 1.0,
            text_scale: 1.0,
        }
    }

    /// The same chart with every length multiplied by `scale` (kept between 1/4 and 8).
    pub fn scaled(mut self, scale: f64) -> Self {
        self.scale = if scale.is_finite() {
            scale.clamp(0.25, MAX_SCALE)
        } else {
            1.0
        };
        self
    }

    /// A length of the chart's design in device pixels.
    pub(crate) fn px(&self, logical: u32) -> u32 {
        (f64::from(logical) * self.scale).round() as u32
    }

    /// A position of the chart's design in device pixels.
    pub(crate) fn at(&self, logical: i32) -> i32 {
        (f64::from(logical) * self.scale).round() as i32
    }

    /// The font at a size of the chart's design.
    pub(crate) fn font(&self, size: u32) -> FontDesc<'static> {
        FontDesc::new(
            FONT.into(),
            f64::from(size) * self.scale * self.text_scale,
            FontStyle::Normal,
        )
    }

    /// Text in the theme's ink at a size of the chart's design.
    pub(crate) fn text(&self, size: u32) -> TextStyle<'_> {
        TextStyle::from(self.font(size)).color(&self.theme.text)
    }

    /// A chart's title.
    pub(crate) fn title(&self) -> TextStyle<'_> {
        self.text(20)
    }

    /// A line of `width` design pixels in `color`.
    pub(crate) fn stroke(&self, color: RGBColor, width: u32) -> ShapeStyle {
        color.stroke_width(self.px(width).max(1))
    }
}
