//! The colours a chart is drawn in, one palette per interface theme.

use plotters::style::RGBColor;

/// The palette of one theme: the interface picks the one matching the system's light or dark
/// setting, and exports use the same.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartTheme {
    /// Behind everything.
    pub background: RGBColor,
    /// Titles and labels.
    pub text: RGBColor,
    /// Axis lines and grid.
    pub grid: RGBColor,
    /// Bars of the measured values.
    pub bar: RGBColor,
    /// The average line drawn over the bars.
    pub line: RGBColor,
}

impl ChartTheme {
    /// On a light background.
    pub const LIGHT: ChartTheme = ChartTheme {
        background: RGBColor(0xff, 0xff, 0xff),
        text: RGBColor(0x1b, 0x1f, 0x2a),
        grid: RGBColor(0xd9, 0xdd, 0xe8),
        bar: RGBColor(0xf0, 0x8a, 0x9a),
        line: RGBColor(0x8a, 0x1c, 0x3a),
    };

    /// On a dark background.
    pub const DARK: ChartTheme = ChartTheme {
        background: RGBColor(0x1a, 0x1e, 0x29),
        text: RGBColor(0xe8, 0xea, 0xf1),
        grid: RGBColor(0x2a, 0x30, 0x40),
        bar: RGBColor(0xc2, 0x4a, 0x60),
        line: RGBColor(0xff, 0xc2, 0xcc),
    };
}
