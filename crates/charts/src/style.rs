//! How a chart is drawn: the palette of the interface's theme, the user's way of writing
//! numbers and days, the catalogue its words come from, and a scale for pixel-dense images (an export at 3× draws every line and
//! letter three times as large, not a small chart on a large canvas).

use std::sync::{Arc, Mutex, OnceLock};

use plotters::style::{Color, FontDesc, FontStyle, RGBColor, ShapeStyle, TextStyle};
use spool_i18n::{Arg, Catalogue, Language, NumberStyle};
use spool_model::Locale;

use crate::ChartTheme;

/// The family every chart writes in: on screen the system's sans-serif, in an exported image
/// the font bundled with Spool under this name.
pub const FONT: &str = "sans-serif";
/// Scales beyond this would make images of hundreds of megapixels.
pub const MAX_SCALE: f64 = 8.0;

/// A chart's palette, locale, words and scale.
#[derive(Debug, Clone)]
pub struct Style {
    /// The colours.
    pub theme: ChartTheme,
    /// How numbers, days and times are written.
    pub locale: Locale,
    /// The catalogue every word drawn into the chart comes from (titles, legends, axes,
    /// readouts, notes), in the language Spool speaks.
    pub catalogue: Arc<Catalogue>,
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

/// Two styles draw the same chart when their colours, locale and scale are the same and their
/// catalogues speak the same language with the same numbers (a catalogue is read from the
/// bundled files, so those make it what it is).
impl PartialEq for Style {
    fn eq(&self, other: &Self) -> bool {
        self.theme == other.theme
            && self.locale == other.locale
            && self.scale == other.scale
            && self.text_scale == other.text_scale
            && (Arc::ptr_eq(&self.catalogue, &other.catalogue)
                || (self.catalogue.language() == other.catalogue.language()
                    && self.catalogue.numbers() == other.catalogue.numbers()))
    }
}

/// English's bundled catalogue, numbers written as `locale` writes them: the words of a style
/// made with [`Style::new`], read once for each way of writing numbers.
fn english(locale: &Locale) -> Arc<Catalogue> {
    type Read = Vec<(NumberStyle, Arc<Catalogue>)>;
    static ENGLISH: OnceLock<Mutex<Read>> = OnceLock::new();
    let numbers = NumberStyle {
        group: locale.group.clone(),
        decimal: locale.decimal.clone(),
        before_percent: String::new(),
    };
    let mut read = ENGLISH
        .get_or_init(|| Mutex::new(Vec::new()))
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some((_, catalogue)) = read.iter().find(|(style, _)| *style == numbers) {
        return Arc::clone(catalogue);
    }
    let catalogue = Arc::new(Catalogue::bundled(Language::English, numbers.clone()));
    read.push((numbers, Arc::clone(&catalogue)));
    catalogue
}

impl Style {
    /// A chart at its natural size, its words in English with numbers written as `locale`
    /// writes them (see [`Style::speaking`]).
    pub fn new(theme: ChartTheme, locale: Locale) -> Self {
        Self {
            theme,
            catalogue: english(&locale),
            locale,
            scale: 1.0,
            text_scale: 1.0,
        }
    }

    /// The same chart with its words from `catalogue`, which writes numbers as the style's
    /// locale does (the window's catalogue is made so; see [`spool_i18n::NumberStyle`]).
    pub fn speaking(mut self, catalogue: Arc<Catalogue>) -> Self {
        self.catalogue = catalogue;
        self
    }

    /// The message `id` of the catalogue.
    pub(crate) fn t(&self, id: &str) -> String {
        self.catalogue.text(id)
    }

    /// The message `id` of the catalogue given `args`.
    pub(crate) fn tf(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalogue.format(id, args)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn german() -> Arc<Catalogue> {
        Arc::new(Catalogue::bundled(
            Language::German,
            NumberStyle::of(Language::German),
        ))
    }

    #[test]
    fn styles_speaking_the_same_language_are_equal() {
        let english = Style::new(ChartTheme::LIGHT, Locale::english());
        assert_eq!(english, Style::new(ChartTheme::LIGHT, Locale::english()));
        assert_eq!(
            english.clone().speaking(german()),
            english.clone().speaking(german())
        );
        assert_ne!(english.clone().speaking(german()), english);
    }

    #[test]
    fn a_chart_draws_its_words_in_the_language_of_its_catalogue() {
        let days: Vec<spool_model::DailyValue> = (0..10u64)
            .map(|i| spool_model::DailyValue {
                day: chrono::NaiveDate::from_ymd_opt(2025, 3, 1).expect("a day")
                    + chrono::Days::new(i),
                value: Some(100 + i),
            })
            .collect();
        let style = Style::new(ChartTheme::LIGHT, Locale::english()).speaking(german());
        let mut readouts = Vec::new();
        let drawn = crate::svg(960, 360, |area| {
            readouts = crate::draw_profile_views(area, &days, &style)?;
            Ok(Vec::new())
        })
        .expect("drawn");
        assert!(drawn.contains("Profilaufrufe pro Tag"), "{drawn}");
        assert!(drawn.contains("7-Tage-Durchschnitt"), "{drawn}");
        assert!(
            readouts[0].text().ends_with(": 100 Profilaufrufe"),
            "{:?}",
            readouts[0]
        );
    }
}
