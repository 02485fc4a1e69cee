//! Pages as a PDF: each page drawn as SVG (text shaped in the bundled fonts and drawn as
//! outlines, its words kept as invisible text, see `lettering.rs`), then written into the PDF
//! by `krilla` through `krilla-svg`, from the Typst project.
//!
//! Why these crates: krilla writes PDF from vector drawings with fonts embedded and subset
//! (only the glyphs used, so the eight scripts' fonts cost kilobytes, not megabytes), and
//! krilla-svg (svg2pdf's successor) turns an SVG into PDF drawing operations, text included as
//! real text. Both are maintained with Typst, whose PDFs are read everywhere. printpdf would
//! need every chart drawn a second time through its own API; going through SVG means a page of
//! a report is drawn by the same plotters code as every chart and every export, once.
//!
//! What a reader sees are the outlines, identical to the SVG and PNG exports on every viewer;
//! what they select, search and copy is the invisible text over them, in the same fonts,
//! embedded and subset. The same pages and facts give the same bytes: the one date in the
//! file is the one the caller gives.

use std::sync::{Arc, LazyLock};

use chrono::{DateTime, Datelike, Timelike, Utc};
use krilla::Document;
use krilla::geom::Size;
use krilla::metadata::{DateTime as PdfDate, Metadata};
use krilla::page::PageSettings;
use krilla_svg::{SurfaceExt, SvgSettings};

use crate::ChartError;
use crate::report::PAGE;

/// An A4 sheet, upright, in PDF points (1/72 inch).
const A4_POINTS: (f32, f32) = (595.28, 841.89);

/// What a PDF says of itself in its document properties.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PdfFacts {
    /// Its title.
    pub title: String,
    /// Whose numbers it holds ("@mara.makes").
    pub author: String,
    /// What made it ("Spool 0.4.0").
    pub creator: String,
    /// The language its words are in, as a tag ("de").
    pub language: String,
    /// When it was made: the one time in the file.
    pub made_at: DateTime<Utc>,
}

/// The bundled fonts, for the SVG reader to find the invisible text's glyphs in.
static FONTS: LazyLock<Arc<usvg::fontdb::Database>> = LazyLock::new(|| {
    let mut fonts = usvg::fontdb::Database::new();
    for (_, _, bytes) in crate::lettering::FONTS {
        fonts.load_font_data(bytes.to_vec());
    }
    fonts.set_sans_serif_family("DejaVu Sans");
    Arc::new(fonts)
});

/// The SVG `page` (drawn at [`PAGE`]) as a tree the PDF writer draws.
fn read_page(page: &str) -> Result<usvg::Tree, ChartError> {
    let options = usvg::Options {
        fontdb: Arc::clone(&FONTS),
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(page, &options)
        .map_err(|error| ChartError::Drawing(format!("a page could not be read: {error}")))
}

/// `pages`, SVG documents drawn at [`PAGE`] design pixels, as a PDF of A4 pages.
pub fn pdf(pages: &[String], facts: &PdfFacts) -> Result<Vec<u8>, ChartError> {
    let mut document = Document::new();
    let sheet = Size::from_wh(A4_POINTS.0, A4_POINTS.1)
        .ok_or_else(|| ChartError::Drawing("an A4 page has no size".to_owned()))?;
    // The drawing fills the sheet's width; PAGE has the sheet's proportions.
    let drawn = Size::from_wh(A4_POINTS.0, A4_POINTS.0 * PAGE.1 as f32 / PAGE.0 as f32)
        .ok_or_else(|| ChartError::Drawing("a page has no size".to_owned()))?;
    for page in pages {
        let tree = read_page(page)?;
        let mut sheet_page = document.start_page_with(PageSettings::new(sheet));
        let mut surface = sheet_page.surface();
        surface
            .draw_svg(
                &tree,
                drawn,
                SvgSettings {
                    embed_text: true,
                    ..SvgSettings::default()
                },
            )
            .ok_or_else(|| ChartError::Drawing("a page could not be drawn".to_owned()))?;
        surface.finish();
        sheet_page.finish();
    }
    let at = facts.made_at;
    let date = PdfDate::new(u16::try_from(at.year()).unwrap_or(0))
        .month(at.month() as u8)
        .day(at.day() as u8)
        .hour(at.hour() as u8)
        .minute(at.minute() as u8)
        .second(at.second() as u8)
        .utc_offset_hour(0);
    document.set_metadata(
        Metadata::new()
            .title(facts.title.clone())
            .authors(vec![facts.author.clone()])
            .creator(facts.creator.clone())
            .producer(facts.creator.clone())
            .language(facts.language.clone())
            .creation_date(date),
    );
    document
        .finish()
        .map_err(|error| ChartError::Drawing(format!("the PDF could not be written: {error:?}")))
}

/// `page` as an SVG document, as the PDF and the window's preview draw it.
pub fn page_svg(page: &crate::ReportPage, style: &crate::Style) -> Result<String, ChartError> {
    crate::svg(PAGE.0, PAGE.1, |area| {
        crate::draw_report_page(area, page, style)?;
        Ok(Vec::new())
    })
}

/// `page` as a PNG at `style.scale` pixels per design pixel, with `text` written into it as
/// PNG text entries (keyword, value).
pub fn page_png(
    page: &crate::ReportPage,
    style: &crate::Style,
    text: &[(&str, String)],
) -> Result<Vec<u8>, ChartError> {
    crate::png(PAGE.0, PAGE.1, style, text, |area| {
        crate::draw_report_page(area, page, style)?;
        Ok(Vec::new())
    })
}
