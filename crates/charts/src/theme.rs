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
    /// What stands out: a breakout post, the best group.
    pub accent: RGBColor,
    /// Secondary words: notes, groups on too few posts, reference lines.
    pub muted: RGBColor,
    /// The creator's typical post: its band (drawn translucent) and its median line.
    pub typical: RGBColor,
    /// The kinds of interaction, stacked in this order: likes, replies, reposts, quotes,
    /// shares.
    pub kinds: [RGBColor; 5],
}

impl ChartTheme {
    /// On a light background.
    pub const LIGHT: ChartTheme = ChartTheme {
        background: RGBColor(0xff, 0xff, 0xff),
        text: RGBColor(0x1b, 0x1f, 0x2a),
        grid: RGBColor(0xd9, 0xdd, 0xe8),
        bar: RGBColor(0xf0, 0x8a, 0x9a),
        line: RGBColor(0x8a, 0x1c, 0x3a),
        accent: RGBColor(0x0f, 0x76, 0x6e),
        muted: RGBColor(0x6b, 0x72, 0x80),
        typical: RGBColor(0x4f, 0x63, 0xc9),
        kinds: [
            RGBColor(0xe0, 0x5a, 0x7a),
            RGBColor(0x3b, 0x82, 0xf6),
            RGBColor(0x10, 0xa3, 0x74),
            RGBColor(0xf0, 0x9a, 0x0b),
            RGBColor(0x8b, 0x5c, 0xf6),
        ],
    };

    /// On a dark background.
    pub const DARK: ChartTheme = ChartTheme {
        background: RGBColor(0x1a, 0x1e, 0x29),
        text: RGBColor(0xe8, 0xea, 0xf1),
        grid: RGBColor(0x2a, 0x30, 0x40),
        bar: RGBColor(0xc2, 0x4a, 0x60),
        line: RGBColor(0xff, 0xc2, 0xcc),
        accent: RGBColor(0x2d, 0xd4, 0xbf),
        muted: RGBColor(0x9a, 0xa3, 0xb5),
        typical: RGBColor(0x8d, 0xa2, 0xfb),
        kinds: [
            RGBColor(0xf4, 0x7a, 0x96),
            RGBColor(0x60, 0xa5, 0xfa),
            RGBColor(0x34, 0xd3, 0x99),
            RGBColor(0xfb, 0xbf, 0x24),
            RGBColor(0xa7, 0x8b, 0xfa),
        ],
    };

    /// For a printer: black words on white, darker lines and bars that stay apart in grey,
    /// and no coloured areas behind anything.
    pub const PRINT: ChartTheme = ChartTheme {
        background: RGBColor(0xff, 0xff, 0xff),
        text: RGBColor(0x11, 0x11, 0x11),
        grid: RGBColor(0xbb, 0xbb, 0xbb),
        bar: RGBColor(0x9a, 0xa0, 0xaa),
        line: RGBColor(0x11, 0x11, 0x11),
        accent: RGBColor(0x0b, 0x5d, 0x57),
        muted: RGBColor(0x44, 0x44, 0x44),
        typical: RGBColor(0x33, 0x44, 0x99),
        kinds: [
            RGBColor(0x33, 0x33, 0x33),
            RGBColor(0x1d, 0x4e, 0xd8),
            RGBColor(0x0b, 0x7a, 0x55),
            RGBColor(0xb4, 0x5f, 0x06),
            RGBColor(0x88, 0x88, 0x88),
        ],
    };
}
