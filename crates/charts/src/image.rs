//! Charts as image files: PNG through plotters' bitmap backend, its text shaped and written in
//! the fonts bundled with Spool (never the system's, see `lettering.rs`), so the same data
//! gives the same bytes on every computer; the PNG carries text about what it shows.

use std::sync::OnceLock;

use plotters::backend::BitMapBackend;
use plotters::drawing::IntoDrawingArea;

use crate::lettering::Lettered;
use crate::{ChartError, FONT, Readout, Style};

/// DejaVu Sans (Bitstream Vera licence, see `fonts/LICENSE-DejaVu.txt`).
static BUNDLED_FONT: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
/// Device pixels per inch at scale 1: the CSS pixel.
pub const DPI_AT_SCALE_1: f64 = 96.0;
/// The largest image Spool writes, in pixels (A4 at 600 dpi is 35 million).
pub const MAX_PIXELS: u64 = 40_000_000;

/// Makes the bundled font the one charts write in; done once, before any drawing.
pub(crate) fn bundled_font() -> Result<(), ChartError> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED.get_or_init(|| {
        plotters::style::register_font(FONT, plotters::style::FontStyle::Normal, BUNDLED_FONT)
            .is_ok()
    });
    if ok {
        Ok(())
    } else {
        Err(ChartError::Drawing(
            "the font bundled with Spool could not be read".to_owned(),
        ))
    }
}

/// Draws a chart designed at `width` × `height` pixels as a PNG image at `style.scale` device
/// pixels per design pixel, with `text` written into it as `iTXt` entries (keyword, value).
pub fn png(
    width: u32,
    height: u32,
    style: &Style,
    text: &[(&str, String)],
    draw: impl FnOnce(
        &plotters::drawing::DrawingArea<Lettered<BitMapBackend<'_>>, plotters::coord::Shift>,
    ) -> Result<Vec<Readout>, ChartError>,
) -> Result<Vec<u8>, ChartError> {
    bundled_font()?;
    let (pixels_wide, pixels_high) = (style.px(width).max(1), style.px(height).max(1));
    if u64::from(pixels_wide) * u64::from(pixels_high) > MAX_PIXELS {
        return Err(ChartError::TooLarge {
            width: pixels_wide,
            height: pixels_high,
        });
    }
    let mut rgb = vec![0u8; pixels_wide as usize * pixels_high as usize * 3];
    {
        let area = Lettered::pixels(BitMapBackend::with_buffer(
            &mut rgb,
            (pixels_wide, pixels_high),
        ))
        .into_drawing_area();
        draw(&area)?;
        area.present()?;
    }
    encode(&rgb, pixels_wide, pixels_high, style.scale, text)
}

fn encode(
    rgb: &[u8],
    width: u32,
    height: u32,
    scale: f64,
    text: &[(&str, String)],
) -> Result<Vec<u8>, ChartError> {
    let failed = |error: png::EncodingError| ChartError::Drawing(error.to_string());
    let mut out = Vec::with_capacity(rgb.len() / 8);
    {
        let mut encoder = png::Encoder::new(&mut out, width, height);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        // Pixels per metre, so a print dialog sizes the image as it was meant.
        let per_metre = (DPI_AT_SCALE_1 * scale / 0.0254).round() as u32;
        encoder.set_pixel_dims(Some(png::PixelDimensions {
            xppu: per_metre,
            yppu: per_metre,
            unit: png::Unit::Meter,
        }));
        for (keyword, value) in text {
            encoder
                .add_itxt_chunk((*keyword).to_owned(), value.clone())
                .map_err(failed)?;
        }
        let mut writer = encoder.write_header().map_err(failed)?;
        writer.write_image_data(rgb).map_err(failed)?;
        writer.finish().map_err(failed)?;
    }
    Ok(out)
}

/// The pixels of a PNG written by [`png()`] as RGBA rows, with its width and height: what a
/// clipboard takes.
pub fn png_rgba(bytes: &[u8]) -> Result<(Vec<u8>, u32, u32), ChartError> {
    let failed = |error: png::DecodingError| ChartError::Drawing(error.to_string());
    let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
        .read_info()
        .map_err(failed)?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| ChartError::Drawing("the image is too large to read".to_owned()))?;
    let mut pixels = vec![0; size];
    let frame = reader.next_frame(&mut pixels).map_err(failed)?;
    let rgba = match frame.color_type {
        png::ColorType::Rgb => pixels[..frame.buffer_size()]
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 0xff])
            .collect(),
        png::ColorType::Rgba => pixels[..frame.buffer_size()].to_vec(),
        other => {
            return Err(ChartError::Drawing(format!(
                "an image in {other:?} is not one Spool writes"
            )));
        }
    };
    Ok((rgba, frame.width, frame.height))
}

/// What a PNG written by [`png()`] says of itself: its size in pixels, its resolution in dots
/// per inch, and its text entries. For tests, and for checking an exported file.
#[derive(Debug, Clone, PartialEq)]
pub struct PngFacts {
    /// Width and height in pixels.
    pub size: (u32, u32),
    /// Dots per inch, if the file says.
    pub dpi: Option<f64>,
    /// The text entries, in file order.
    pub text: Vec<(String, String)>,
}

/// Reads what a PNG says of itself.
pub fn png_facts(bytes: &[u8]) -> Result<PngFacts, ChartError> {
    let decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    let reader = decoder
        .read_info()
        .map_err(|error| ChartError::Drawing(error.to_string()))?;
    let info = reader.info();
    let dpi = info
        .pixel_dims
        .and_then(|dims| (dims.unit == png::Unit::Meter).then(|| f64::from(dims.xppu) * 0.0254));
    let mut text: Vec<(String, String)> = info
        .uncompressed_latin1_text
        .iter()
        .map(|t| (t.keyword.clone(), t.text.clone()))
        .collect();
    for chunk in &info.utf8_text {
        if let Ok(value) = chunk.get_text() {
            text.push((chunk.keyword.clone(), value));
        }
    }
    Ok(PngFacts {
        size: (info.width, info.height),
        dpi,
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ChartTheme, draw_profile_views};
    use chrono::{Days, NaiveDate};
    use spool_model::{DailyValue, Locale};

    fn days() -> Vec<DailyValue> {
        let first = NaiveDate::from_ymd_opt(2025, 3, 1).expect("a day");
        (0..30u64)
            .map(|i| DailyValue {
                day: first + Days::new(i),
                value: (i % 9 != 4).then_some(1_000 + i * 37),
            })
            .collect()
    }

    fn drawn(scale: f64) -> Vec<u8> {
        let style = Style::new(ChartTheme::LIGHT, Locale::english()).scaled(scale);
        let days = days();
        png(
            960,
            360,
            &style,
            &[("Title", "Profile views per day".to_owned())],
            |area| draw_profile_views(area, &days, &style),
        )
        .expect("drawn")
    }

    #[test]
    fn the_same_data_gives_the_same_bytes() {
        assert_eq!(drawn(2.0), drawn(2.0));
    }

    #[test]
    fn a_scaled_image_has_the_pixels_and_resolution_of_its_scale_and_says_what_it_is() {
        let facts = png_facts(&drawn(3.0)).expect("a PNG");
        assert_eq!(facts.size, (2880, 1080));
        let dpi = facts.dpi.expect("a resolution");
        assert!((dpi - 288.0).abs() < 0.1, "{dpi} dpi");
        assert_eq!(
            facts.text,
            vec![("Title".to_owned(), "Profile views per day".to_owned())]
        );
    }

    #[test]
    fn text_is_drawn_in_the_bundled_font() {
        // A chart with its title and labels has ink in the title's band; an empty canvas has none.
        let bytes = drawn(1.0);
        let mut reader = png::Decoder::new(std::io::Cursor::new(bytes))
            .read_info()
            .expect("a PNG");
        let mut pixels = vec![0; reader.output_buffer_size().expect("a size")];
        reader.next_frame(&mut pixels).expect("pixels");
        let title_band = &pixels[16 * 960 * 3..40 * 960 * 3];
        let inked = title_band.chunks(3).filter(|p| p[0] < 128).count();
        assert!(inked > 100, "the title is written ({inked} dark pixels)");
    }

    #[test]
    fn pixels_read_back_for_the_clipboard_are_opaque_rgba() {
        let (rgba, width, height) = png_rgba(&drawn(1.0)).expect("pixels");
        assert_eq!((width, height), (960, 360));
        assert_eq!(rgba.len(), 960 * 360 * 4);
        assert!(rgba.chunks(4).all(|p| p[3] == 0xff));
        assert_eq!(
            &rgba[..4],
            &[0xff, 0xff, 0xff, 0xff],
            "the light theme's background"
        );
    }

    #[test]
    fn an_image_beyond_forty_megapixels_is_refused_before_drawing() {
        let style = Style::new(ChartTheme::LIGHT, Locale::english()).scaled(8.0);
        let refused = png(2000, 2000, &style, &[], |_| Ok(Vec::new()));
        assert!(matches!(refused, Err(ChartError::TooLarge { .. })));
    }
}
