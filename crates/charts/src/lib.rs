//! Each of Spool's charts, drawn once with plotters for any drawing backend: the interface shows
//! them, and exports write the same drawing to PNG or SVG.
#![warn(missing_docs)]

mod audience;
mod best_times;
mod chart;
mod daily;
mod engagement;
mod frame;
#[cfg(feature = "export")]
mod image;
#[cfg(feature = "export")]
mod lettering;
#[cfg(all(test, feature = "export"))]
mod looks;
#[cfg(feature = "export")]
mod pdf;
mod quality;
mod report;
mod rhythm;
mod rows;
mod style;
mod text;
mod theme;
mod timeline;
mod top_posts;
mod what_to_post;
mod words;

pub use audience::{
    TOP, draw_demographics, draw_link_clicks, segment_message_id, segment_name, short_address,
    top_segments,
};
pub use best_times::draw_best_times;
pub use chart::Chart;
pub use daily::{draw_profile_views, trailing_average};
pub use engagement::{draw_engagement, group_engagement, smoothed_engagement_rate};
#[cfg(feature = "export")]
pub use image::{DPI_AT_SCALE_1, MAX_PIXELS, PngFacts, png, png_facts, png_rgba};
#[cfg(feature = "export")]
pub use lettering::bundled_font;
#[cfg(feature = "export")]
pub use pdf::{PdfFacts, page_png, page_svg, pdf};
pub use quality::draw_quality_map;
pub use report::{
    PAGE, ReportBlock, ReportCard, ReportPage, ReportPost, Trend, draw_report_page, fits,
};
pub use rhythm::{draw_posting_calendar, draw_posting_frequency};
pub use style::{CANVAS_TEXT_SCALE, FONT, MAX_SCALE, Style};
pub use theme::ChartTheme;
pub use timeline::{draw_clicks_over_time, draw_followers, draw_post_growth};
pub use top_posts::draw_top_posts;
pub use what_to_post::draw_what_to_post;
pub use words::{MOST_WORDS, draw_conversation_starters, draw_words};

/// Draws the content-insight chart `kind` from `insights`, as What works shows it; a chart
/// that is not a content insight is a fault of the caller's, said as such.
pub fn draw_insight<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::drawing::DrawingArea<DB, plotters::coord::Shift>,
    insights: &spool_model::Insights,
    kind: &spool_model::ChartKind,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    use spool_model::ChartKind;
    match kind {
        ChartKind::TopPosts => draw_top_posts(area, &insights.top_posts, style),
        ChartKind::QualityMap => draw_quality_map(area, &insights.quality, style),
        ChartKind::Engagement { granularity } => {
            draw_engagement(area, &insights.engagement, *granularity, style)
        }
        ChartKind::WhatToPost { by } => draw_what_to_post(area, &insights.what_to_post, *by, style),
        ChartKind::PostingCalendar => draw_posting_calendar(area, &insights.rhythm, style),
        ChartKind::PostingFrequency => draw_posting_frequency(area, &insights.rhythm, style),
        ChartKind::Words => draw_words(area, &insights.words, style),
        ChartKind::ConversationStarters => {
            draw_conversation_starters(area, &insights.conversation, style)
        }
        other => Err(ChartError::Drawing(format!(
            "{} is not a content insight",
            other.label()
        ))),
    }
}

/// Why a chart could not be drawn.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The drawing backend failed (for a file, usually an I/O error).
    #[error("the chart could not be drawn: {0}")]
    Drawing(String),
    /// The image asked for has more pixels than Spool writes.
    #[error("an image of {width} × {height} pixels is too large; choose a lower resolution")]
    TooLarge {
        /// Pixels across.
        width: u32,
        /// Pixels down.
        height: u32,
    },
}

impl<E: std::error::Error + Send + Sync> From<plotters::drawing::DrawingAreaErrorKind<E>>
    for ChartError
{
    fn from(error: plotters::drawing::DrawingAreaErrorKind<E>) -> Self {
        ChartError::Drawing(error.to_string())
    }
}

/// A rectangle in a chart's pixels: left, top, right, bottom.
pub(crate) type Pixels = (i32, i32, i32, i32);

/// What a chart says about one place on it: the pixels it covers (left, top, right, bottom)
/// and the words a pointer resting there reads out, such as "Mon 3 Mar 2025: 1,204 profile
/// views". Every drawing function returns the readouts of what it drew.
///
/// The words of most readouts are written as the chart is drawn ([`Readout::new`]). A chart
/// of thousands of places (the quality map of two years names every post) writes them only
/// when they are read ([`Readout::later`]): the window reads one at a time, under the pointer
/// or the arrow keys, and formatting ten thousand sentences nobody reads held a frame.
#[derive(Clone)]
pub struct Readout {
    /// The left, top, right and bottom edges in the chart's pixels.
    pub area: (i32, i32, i32, i32),
    words: Words,
}

/// A readout's words, written or to be written.
#[derive(Clone)]
enum Words {
    Written(String),
    Later(std::sync::Arc<dyn Fn() -> String + Send + Sync>),
}

impl Readout {
    /// A readout over `area` that says `text`.
    pub fn new(area: (i32, i32, i32, i32), text: impl Into<String>) -> Self {
        Self {
            area,
            words: Words::Written(text.into()),
        }
    }

    /// A readout over `area` whose words `write` writes when they are read.
    pub fn later(
        area: (i32, i32, i32, i32),
        write: impl Fn() -> String + Send + Sync + 'static,
    ) -> Self {
        Self {
            area,
            words: Words::Later(std::sync::Arc::new(write)),
        }
    }

    /// What the place shows, in words.
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match &self.words {
            Words::Written(text) => std::borrow::Cow::Borrowed(text),
            Words::Later(write) => std::borrow::Cow::Owned(write()),
        }
    }

    /// Whether the point `(x, y)`, in the chart's pixels, lies in this readout's area (its
    /// edges included).
    pub fn holds(&self, x: i32, y: i32) -> bool {
        let (left, top, right, bottom) = self.area;
        (left..=right).contains(&x) && (top..=bottom).contains(&y)
    }
}

impl std::fmt::Debug for Readout {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Readout")
            .field("area", &self.area)
            .field("text", &self.text())
            .finish()
    }
}

/// Two readouts are equal when they cover the same pixels with the same words, however
/// and whenever those were written.
impl PartialEq for Readout {
    fn eq(&self, other: &Self) -> bool {
        self.area == other.area && self.text() == other.text()
    }
}

impl Eq for Readout {}

/// The readout at the point `(x, y)` in the chart's pixels, as a pointer resting there reads
/// it: the first whose area holds it.
pub fn readout_at(readouts: &[Readout], x: i32, y: i32) -> Option<&Readout> {
    readouts.iter().find(|r| r.holds(x, y))
}

/// The drawing area of an SVG chart, as [`svg`] hands it to a drawing function.
#[cfg(not(feature = "export"))]
pub type SvgArea<'a> =
    plotters::drawing::DrawingArea<plotters::backend::SVGBackend<'a>, plotters::coord::Shift>;
/// The drawing area of an SVG chart, as [`svg`] hands it to a drawing function: its text
/// drawn as outlines in the bundled fonts (see `lettering.rs`).
#[cfg(feature = "export")]
pub type SvgArea<'a> = plotters::drawing::DrawingArea<
    lettering::Lettered<plotters::backend::SVGBackend<'a>>,
    plotters::coord::Shift,
>;

/// Draws a chart of `width` × `height` pixels as SVG text, as the SVG export writes it. Each
/// readout becomes a transparent area over the chart carrying its
/// words as a `<title>` (the pointer's tooltip) and a `data-readout` attribute (for the
/// interface's readout line).
pub fn svg(
    width: u32,
    height: u32,
    draw: impl FnOnce(&SvgArea<'_>) -> Result<Vec<Readout>, ChartError>,
) -> Result<String, ChartError> {
    use plotters::backend::SVGBackend;
    use plotters::drawing::IntoDrawingArea;
    let mut out = String::new();
    // Where the native export is built in, text is shaped and drawn as outlines.
    #[cfg(feature = "export")]
    let texts = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let readouts = {
        let backend = SVGBackend::with_string(&mut out, (width, height));
        #[cfg(feature = "export")]
        let backend = lettering::Lettered::outlines(backend, std::rc::Rc::clone(&texts));
        let area = backend.into_drawing_area();
        let readouts = draw(&area)?;
        area.present()?;
        readouts
    };
    #[cfg(feature = "export")]
    let mut out = lettering::outlined(&out, &texts.borrow());
    if readouts.is_empty() {
        return Ok(out);
    }
    // Written straight into one string: a quality map of two years has ten thousand readouts.
    let mut overlay = String::with_capacity(readouts.len() * 256);
    overlay.push_str("<g class=\"readouts\">\n");
    for readout in &readouts {
        use std::fmt::Write as _;
        let (left, top, right, bottom) = readout.area;
        let text = readout.text();
        // Writing to a String cannot fail.
        let _ = write!(
            overlay,
            "<rect x=\"{left}\" y=\"{top}\" width=\"{}\" height=\"{}\" fill=\"transparent\" data-readout=\"",
            (right - left).max(1),
            (bottom - top).max(1),
        );
        escape_into(&mut overlay, &text);
        overlay.push_str("\"><title>");
        escape_into(&mut overlay, &text);
        overlay.push_str("</title></rect>\n");
    }
    overlay.push_str("</g>\n");
    match out.rfind("</svg>") {
        Some(end) => out.insert_str(end, &overlay),
        None => out.push_str(&overlay),
    }
    Ok(out)
}

/// `text` added to `out`, made safe inside an SVG element or a quoted attribute.
fn escape_into(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = rest.find(['&', '<', '>', '"']) {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => "&quot;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

/// A chart with nothing to draw: its title in the corner and, in the middle, why it is empty.
pub(crate) fn empty_chart<DB: plotters::prelude::DrawingBackend>(
    area: &plotters::drawing::DrawingArea<DB, plotters::coord::Shift>,
    title: &str,
    why: &str,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    use plotters::element::Text;
    use plotters::style::text_anchor::{HPos, Pos, VPos};
    let (width, height) = area.dim_in_pixel();
    let middle = |pixels: u32| i32::try_from(pixels / 2).unwrap_or(i32::MAX);
    area.draw(&Text::new(
        title,
        (style.at(16), style.at(12)),
        style.title(),
    ))?;
    area.draw(&Text::new(
        why,
        (middle(width), middle(height)),
        style.text(13).pos(Pos::new(HPos::Center, VPos::Center)),
    ))?;
    Ok(Vec::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readout_under_a_point_is_the_one_whose_area_holds_it() {
        let readouts = vec![
            Readout::new((0, 0, 9, 99), "Monday: 3 profile views"),
            Readout::new((10, 0, 19, 99), "Tuesday: 5 profile views"),
        ];
        let at = |x, y| readout_at(&readouts, x, y).map(|r| r.text().into_owned());
        assert_eq!(at(0, 0).as_deref(), Some("Monday: 3 profile views"));
        assert_eq!(at(10, 50).as_deref(), Some("Tuesday: 5 profile views"));
        assert_eq!(at(19, 99).as_deref(), Some("Tuesday: 5 profile views"));
        assert_eq!(at(20, 50).as_deref(), None);
        assert_eq!(at(5, 100).as_deref(), None);
        assert_eq!(at(-1, 0).as_deref(), None);
    }

    #[test]
    fn an_svg_readout_carries_its_words_safely_as_its_tooltip_and_attribute() {
        let drawn = svg(100, 50, |_| {
            Ok(vec![Readout::new(
                (2, 3, 12, 23),
                "“Fish & <chips>” said \"ok\"",
            )])
        })
        .expect("drawn");
        let safe = "“Fish &amp; &lt;chips&gt;” said &quot;ok&quot;";
        assert!(
            drawn.contains(&format!(
                "<rect x=\"2\" y=\"3\" width=\"10\" height=\"20\" fill=\"transparent\" \
                 data-readout=\"{safe}\"><title>{safe}</title></rect>"
            )),
            "{drawn}"
        );
        assert!(drawn.trim_end().ends_with("</svg>"), "{drawn}");
    }

    #[test]
    fn a_readout_written_when_read_says_what_one_written_at_once_says() {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicUsize, Ordering};
        let reads = Arc::new(AtomicUsize::new(0));
        let counted = reads.clone();
        let later = Readout::later((0, 0, 9, 9), move || {
            counted.fetch_add(1, Ordering::SeqCst);
            "“A post”: 1,204 views".to_owned()
        });
        assert_eq!(reads.load(Ordering::SeqCst), 0, "not written until read");
        assert_eq!(later.text(), "“A post”: 1,204 views");
        assert_eq!(reads.load(Ordering::SeqCst), 1, "written once when read");
        assert_eq!(later, Readout::new((0, 0, 9, 9), "“A post”: 1,204 views"));
        assert_ne!(later, Readout::new((0, 0, 9, 10), "“A post”: 1,204 views"));
        assert!(format!("{later:?}").contains("1,204 views"));
    }

    #[test]
    fn readouts_lie_over_the_chart_with_their_words_escaped() {
        let drawn = svg(200, 100, |area| {
            area.fill(&plotters::style::WHITE)?;
            Ok(vec![Readout::new((10, 20, 30, 90), "Q&A <live> \"now\"")])
        })
        .expect("drawn");
        let overlay = drawn.find("<g class=\"readouts\">").expect("an overlay");
        assert!(
            overlay < drawn.rfind("</svg>").expect("closed"),
            "inside the SVG"
        );
        assert!(drawn.contains(
            "<rect x=\"10\" y=\"20\" width=\"20\" height=\"70\" fill=\"transparent\" \
             data-readout=\"Q&amp;A &lt;live&gt; &quot;now&quot;\"><title>Q&amp;A &lt;live&gt; &quot;now&quot;</title></rect>"
        ));
    }
}
