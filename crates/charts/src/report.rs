//! Report pages: a report's cover and sections, and a media kit, each drawn as one page of
//! blocks (a title, cards of numbers, charts, posts, findings) with plotters on any backend.
//!
//! A page knows nothing of where its words come from: `spool-core` says them in the user's
//! language and writes the numbers in their locale, then hands the page here. Charts on a page
//! are the same [`Chart`]s the window and the exports draw, at the page's width. Pages are
//! drawn at [`PAGE`] design pixels, an A4 sheet upright, and scaled to the paper by the PDF
//! writer (see `pdf.rs`).

use plotters::coord::Shift;
use plotters::drawing::DrawingArea;
use plotters::element::{PathElement, Rectangle, Text};
use plotters::prelude::DrawingBackend;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{Color, RGBColor};

use crate::text::wrapped;
use crate::{Chart, ChartError, Style};

/// A page's size in design pixels: A4 upright (210 × 297 mm), 1,000 pixels across.
pub const PAGE: (u32, u32) = (1000, 1414);

/// The space around a page's content.
const MARGIN: i32 = 56;
/// The space between two blocks.
const GAP: i32 = 22;

/// A page of a report or a media kit: its words already said, its numbers already written.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportPage {
    /// The line at the top of every page but the cover: the account and the range.
    pub running_head: String,
    /// The page's heading.
    pub heading: String,
    /// What the page shows and on what, under the heading.
    pub intro: Option<String>,
    /// What the page holds, top to bottom.
    pub blocks: Vec<ReportBlock>,
    /// The line at the foot: what made it, and the page's number.
    pub footer: String,
}

/// One part of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum ReportBlock {
    /// The cover's band: what the file is, whose, and of which days.
    Title {
        /// "Threads report", "Media kit".
        title: String,
        /// "@mara.makes".
        account: String,
        /// The range, written out.
        range: String,
        /// Drawn on a band of Spool's colour (the light look); print has ink only for words.
        band: bool,
    },
    /// Numbers side by side, four to a row.
    Cards(Vec<ReportCard>),
    /// A chart at the page's width and this height in design pixels.
    Chart {
        /// The chart and its data.
        chart: Chart,
        /// Its height.
        height: u32,
    },
    /// Two charts side by side, each half the width, at this height.
    ChartPair {
        /// On the left.
        left: Chart,
        /// On the right.
        right: Chart,
        /// Their height.
        height: u32,
    },
    /// Posts, each with when, its numbers and its text.
    Posts(Vec<ReportPost>),
    /// Findings, one sentence each.
    Findings(Vec<String>),
    /// A sentence in quieter type: what a number stands on, why something is missing.
    Note(String),
    /// A heading within a page.
    Subheading(String),
}

/// One number on a card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportCard {
    /// What it counts.
    pub label: String,
    /// The number, written.
    pub value: String,
    /// How it changed against the period before, written ("▲ 12 %"), and which way.
    pub change: Option<(String, Trend)>,
}

/// Which way a number went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    /// More than before.
    Up,
    /// Less than before.
    Down,
    /// The same.
    Level,
}

/// A post on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportPost {
    /// Its place ("1") and when it went out, written.
    pub when: String,
    /// Its numbers, written as one line.
    pub numbers: String,
    /// Its text ("" for a post without).
    pub text: String,
}

impl ReportBlock {
    /// The space below the block: less under a subheading, which belongs to what follows.
    fn gap_after(&self) -> i32 {
        match self {
            Self::Subheading(_) => 4,
            _ => GAP,
        }
    }

    /// The block's height at `width` design pixels.
    fn height(&self, width: i32) -> i32 {
        match self {
            Self::Title { .. } => 200,
            Self::Cards(cards) => {
                let rows = i32::try_from(cards.len().div_ceil(4)).unwrap_or(1);
                rows * 104 - 12
            }
            Self::Chart { height, .. } | Self::ChartPair { height, .. } => {
                i32::try_from(*height).unwrap_or(360)
            }
            Self::Posts(posts) => posts
                .iter()
                .map(|post| 52 + 20 * text_lines(&post.text, width).len() as i32)
                .sum(),
            Self::Findings(findings) => findings
                .iter()
                .map(|f| 10 + 22 * wrapped(f, f64::from(width - 24), 15).len() as i32)
                .sum(),
            Self::Note(note) => 20 * wrapped(note, f64::from(width), 13).len() as i32,
            Self::Subheading(_) => 26,
        }
    }
}

/// A post's text as the page writes it: three lines at most.
fn text_lines(text: &str, width: i32) -> Vec<String> {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut lines = wrapped(&flat, f64::from(width), 14);
    if lines.len() > 3 {
        lines.truncate(3);
        if let Some(last) = lines.last_mut() {
            last.push('…');
        }
    }
    lines
}

/// Whether `page` fits on one sheet as it is: pages made of more than fits are split by the
/// caller, which knows what may go on the next page.
pub fn fits(page: &ReportPage) -> bool {
    let (width, height) = (PAGE.0 as i32, PAGE.1 as i32);
    let inner = width - 2 * MARGIN;
    let used: i32 = header_height(page, inner)
        + page
            .blocks
            .iter()
            .map(|b| b.height(inner) + b.gap_after())
            .sum::<i32>();
    used <= height - 2 * MARGIN - 10
}

fn header_height(page: &ReportPage, inner: i32) -> i32 {
    let intro = page.intro.as_ref().map_or(0, |i| {
        22 * wrapped(i, f64::from(inner), 14).len() as i32 + 8
    });
    let heading = if page.heading.is_empty() { 0 } else { 56 };
    34 + heading + intro
}

/// Draws `page` on `area`, which is [`PAGE`] in design pixels (times the style's scale).
pub fn draw_report_page<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    page: &ReportPage,
    style: &Style,
) -> Result<(), ChartError> {
    let theme = &style.theme;
    area.fill(&theme.background)?;
    let (width, height) = (PAGE.0 as i32, PAGE.1 as i32);
    let inner = width - 2 * MARGIN;
    let at = |x: i32, y: i32| (style.at(x), style.at(y));
    let left = Pos::new(HPos::Left, VPos::Top);
    if !page.running_head.is_empty() {
        area.draw(&Text::new(
            page.running_head.as_str(),
            at(MARGIN, MARGIN - 22),
            style.text(12).color(&theme.muted).pos(left),
        ))?;
    }
    let mut y = MARGIN + 6;
    if !page.heading.is_empty() {
        area.draw(&Text::new(
            page.heading.as_str(),
            at(MARGIN, y),
            style.text(30).pos(left),
        ))?;
        y += 48;
        rule(area, style, y, theme.grid)?;
        y += 12;
    }
    if let Some(intro) = &page.intro {
        for line in wrapped(intro, f64::from(inner), 14) {
            area.draw(&Text::new(
                line,
                at(MARGIN, y),
                style.text(14).color(&theme.muted).pos(left),
            ))?;
            y += 22;
        }
        y += 8;
    }
    y += 16;
    for block in &page.blocks {
        let h = block.height(inner);
        draw_block(area, block, style, (MARGIN, y), inner, h)?;
        y += h + block.gap_after();
    }
    area.draw(&Text::new(
        page.footer.as_str(),
        at(MARGIN, height - MARGIN + 12),
        style.text(11).color(&theme.muted).pos(left),
    ))?;
    Ok(())
}

/// A line across the page's content at `y`.
fn rule<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    style: &Style,
    y: i32,
    color: RGBColor,
) -> Result<(), ChartError> {
    area.draw(&PathElement::new(
        vec![
            (style.at(MARGIN), style.at(y)),
            (style.at(PAGE.0 as i32 - MARGIN), style.at(y)),
        ],
        style.stroke(color, 1),
    ))?;
    Ok(())
}

fn draw_block<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    block: &ReportBlock,
    style: &Style,
    (x, y): (i32, i32),
    width: i32,
    height: i32,
) -> Result<(), ChartError> {
    let theme = &style.theme;
    let at = |dx: i32, dy: i32| (style.at(x + dx), style.at(y + dy));
    let left = Pos::new(HPos::Left, VPos::Top);
    match block {
        ReportBlock::Title {
            title,
            account,
            range,
            band,
        } => {
            let band = *band;
            let ink = if band {
                area.draw(&Rectangle::new(
                    [(0, 0), at(width + MARGIN, height)],
                    theme.line.filled(),
                ))?;
                theme.background
            } else {
                theme.text
            };
            area.draw(&Text::new(
                title.as_str(),
                at(0, 24),
                style.text(44).color(&ink).pos(left),
            ))?;
            area.draw(&Text::new(
                account.as_str(),
                at(0, 92),
                style.text(26).color(&ink).pos(left),
            ))?;
            area.draw(&Text::new(
                range.as_str(),
                at(0, 136),
                style.text(18).color(&ink).pos(left),
            ))?;
            if !band {
                rule(area, style, y + height - 2, theme.text)?;
            }
        }
        ReportBlock::Cards(cards) => {
            let columns = 4;
            let card_width = (width - (columns - 1) * 12) / columns;
            for (i, card) in cards.iter().enumerate() {
                let i = i32::try_from(i).unwrap_or(0);
                let (cx, cy) = ((i % columns) * (card_width + 12), (i / columns) * 104);
                area.draw(&Rectangle::new(
                    [at(cx, cy), at(cx + card_width, cy + 92)],
                    style.stroke(theme.grid, 1),
                ))?;
                let label = crate::text::fitted(&card.label, f64::from(card_width - 24), 13);
                area.draw(&Text::new(
                    label,
                    at(cx + 12, cy + 12),
                    style.text(13).color(&theme.muted).pos(left),
                ))?;
                area.draw(&Text::new(
                    card.value.as_str(),
                    at(cx + 12, cy + 34),
                    style.text(26).pos(left),
                ))?;
                if let Some((change, trend)) = &card.change {
                    let color = match trend {
                        Trend::Up => theme.accent,
                        Trend::Down => theme.line,
                        Trend::Level => theme.muted,
                    };
                    let change = crate::text::fitted(change, f64::from(card_width - 24), 12);
                    area.draw(&Text::new(
                        change,
                        at(cx + 12, cy + 70),
                        style.text(12).color(&color).pos(left),
                    ))?;
                }
            }
        }
        ReportBlock::Chart { chart, .. } => {
            let part = area.margin(
                style.px(y as u32),
                style.px((PAGE.1 as i32 - y - height).max(0) as u32),
                style.px(x as u32),
                style.px((PAGE.0 as i32 - x - width).max(0) as u32),
            );
            chart.draw(&part, style)?;
        }
        ReportBlock::ChartPair {
            left: first,
            right: second,
            ..
        } => {
            let half = (width - 16) / 2;
            for (dx, chart) in [(0, first), (half + 16, second)] {
                let part = area.margin(
                    style.px(y as u32),
                    style.px((PAGE.1 as i32 - y - height).max(0) as u32),
                    style.px((x + dx) as u32),
                    style.px((PAGE.0 as i32 - x - dx - half).max(0) as u32),
                );
                chart.draw(&part, style)?;
            }
        }
        ReportBlock::Posts(posts) => {
            let mut dy = 0;
            for post in posts {
                area.draw(&Text::new(
                    post.when.as_str(),
                    at(0, dy + 4),
                    style.text(13).color(&theme.muted).pos(left),
                ))?;
                area.draw(&Text::new(
                    post.numbers.as_str(),
                    at(0, dy + 24),
                    style.text(14).color(&theme.accent).pos(left),
                ))?;
                let mut line_y = dy + 46;
                for line in text_lines(&post.text, width) {
                    area.draw(&Text::new(line, at(0, line_y), style.text(14).pos(left)))?;
                    line_y += 20;
                }
                dy = line_y + 6;
                area.draw(&PathElement::new(
                    vec![at(0, dy - 4), at(width, dy - 4)],
                    style.stroke(theme.grid, 1),
                ))?;
            }
        }
        ReportBlock::Findings(findings) => {
            let mut dy = 0;
            for finding in findings {
                area.draw(&Text::new(
                    "•",
                    at(4, dy),
                    style.text(15).color(&theme.accent).pos(left),
                ))?;
                for line in wrapped(finding, f64::from(width - 24), 15) {
                    area.draw(&Text::new(line, at(24, dy), style.text(15).pos(left)))?;
                    dy += 22;
                }
                dy += 10;
            }
        }
        ReportBlock::Subheading(text) => {
            area.draw(&Text::new(
                text.as_str(),
                at(0, 0),
                style.text(19).pos(left),
            ))?;
        }
        ReportBlock::Note(note) => {
            let mut dy = 0;
            for line in wrapped(note, f64::from(width), 13) {
                area.draw(&Text::new(
                    line,
                    at(0, dy),
                    style.text(13).color(&theme.muted).pos(left),
                ))?;
                dy += 20;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(blocks: Vec<ReportBlock>) -> ReportPage {
        ReportPage {
            running_head: "@mara.makes · 1 Nov 2026 – 30 Nov 2026".to_owned(),
            heading: "Top posts".to_owned(),
            intro: Some("The month's posts by views.".to_owned()),
            blocks,
            footer: "Spool · page 2 of 7".to_owned(),
        }
    }

    fn post(text: &str) -> ReportPost {
        ReportPost {
            when: "1 · 3 Nov 2026".to_owned(),
            numbers: "12,400 views · 310 likes".to_owned(),
            text: text.to_owned(),
        }
    }

    #[test]
    fn a_page_of_a_few_posts_fits_and_one_of_forty_does_not() {
        let long = "A post long enough to wrap over several lines of the page. ".repeat(8);
        assert!(fits(&page(vec![ReportBlock::Posts(vec![post(&long); 5])])));
        assert!(!fits(&page(vec![ReportBlock::Posts(vec![
            post(&long);
            40
        ])])));
    }

    #[test]
    fn a_posts_text_is_cut_after_three_lines_and_says_so() {
        let long = "word ".repeat(400);
        let lines = text_lines(&long, 888);
        assert_eq!(lines.len(), 3);
        assert!(lines[2].ends_with('…'));
        assert_eq!(text_lines("Short and sweet", 888), vec!["Short and sweet"]);
    }
}
