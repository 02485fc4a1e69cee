//! Words in exported images, in any script: shaped, in the fonts bundled with Spool.
//!
//! plotters writes text one character after another in one font, which is right for "1,204
//! views" and wrong for nearly everything else a creator writes: Arabic letters must join and
//! run right to left, Devanagari's vowel signs sit before or above the letters they follow,
//! and a post in Japanese or a city in Korean needs a font that has those characters at all.
//! So an exported chart hands every text to [`Lettered`], a drawing backend around plotters'
//! own that does the text itself:
//!
//! - **Shaping** by HarfRust (HarfBuzz's shaper in Rust) and bidirectional ordering, through
//!   `cosmic-text`, which also picks, for each run of characters, the first bundled font that
//!   has them (see [`Bundled`]).
//! - **Only bundled fonts**, never the system's (no fontconfig): the same data gives the same
//!   bytes on every computer, and a reader's missing font never shows as boxes. DejaVu Sans
//!   writes Latin, Greek and Cyrillic as Spool always has; Noto writes the rest (see
//!   `fonts/README.md` for what each file covers and how the CJK one was cut to size).
//! - **PNG**: each glyph is rasterised (by swash, unhinted, anti-aliased) and blended into the
//!   image in the text's colour.
//! - **SVG**: each text becomes the outlines of its glyphs as one `<path>`, so it looks the same
//!   in every viewer, whatever fonts the reader has. The words stay in the file as well: an
//!   invisible `<text>` element in the same place keeps them searchable and selectable.
//!
//! Geometry follows plotters' SVG backend, which the charts' layouts were made for: a font of
//! size `s` is drawn at `s / 1.24` pixels per em, and a text anchored at its top, centre or
//! bottom has its baseline 0.76 em, 0.27 em or −0.27 em below the anchor.
//!
//! The interface draws on a canvas in the web view, whose own text engine shapes with the
//! system's fonts; this module is for the native export alone.

use std::cell::RefCell;
use std::fmt::Write as _;
use std::rc::Rc;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use cosmic_text::fontdb::{self, Database};
use cosmic_text::{
    Attrs, Buffer, CacheKeyFlags, Command, Family, FontSystem, LayoutGlyph, Metrics, Shaping,
    SwashCache, SwashContent,
};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};

/// The fonts, first to last: a character is written in the first that has it. Each by its
/// family and the name its file goes by in `fonts/`.
pub(crate) static FONTS: [(&str, &str, &[u8]); 7] = [
    (
        "DejaVu Sans",
        "DejaVuSans.ttf",
        include_bytes!("../fonts/DejaVuSans.ttf"),
    ),
    (
        "Noto Sans CJK TC",
        "NotoSansCJKtc-Regular-subset.otf",
        include_bytes!("../fonts/NotoSansCJKtc-Regular-subset.otf"),
    ),
    (
        "Noto Sans Arabic",
        "NotoSansArabic-Regular.ttf",
        include_bytes!("../fonts/NotoSansArabic-Regular.ttf"),
    ),
    (
        "Noto Sans Devanagari",
        "NotoSansDevanagari-Regular.ttf",
        include_bytes!("../fonts/NotoSansDevanagari-Regular.ttf"),
    ),
    (
        "Noto Sans Hebrew",
        "NotoSansHebrew-Regular.ttf",
        include_bytes!("../fonts/NotoSansHebrew-Regular.ttf"),
    ),
    (
        "Noto Sans Thai",
        "NotoSansThai-Regular.ttf",
        include_bytes!("../fonts/NotoSansThai-Regular.ttf"),
    ),
    (
        "Noto Emoji",
        "NotoEmoji-Regular.ttf",
        include_bytes!("../fonts/NotoEmoji-Regular.ttf"),
    ),
];

/// The bundled font whose file is named `file` (as in `fonts/`), for whoever else draws with
/// the same fonts: the window falls back to them where the system has none for a script, so
/// it writes what exports write.
pub fn bundled_font(file: &str) -> Option<&'static [u8]> {
    FONTS
        .iter()
        .find(|(_, name, _)| *name == file)
        .map(|(_, _, bytes)| *bytes)
}

/// The family a text begins in.
const FIRST_FAMILY: &str = "DejaVu Sans";
/// plotters' font size for a given em, as its SVG backend writes it.
const SIZE_PER_EM: f64 = 1.24;
/// Rasterised glyphs kept between exports; beyond this the cache starts again.
const CACHED_GLYPHS: usize = 8_192;

/// Which bundled font writes a script when DejaVu Sans does not: the fallback `cosmic-text`
/// consults, naming only fonts Spool carries, so a system's fonts never change the result.
struct Bundled;

impl cosmic_text::Fallback for Bundled {
    fn common_fallback(&self) -> &[&'static str] {
        &[
            "Noto Sans CJK TC",
            "Noto Sans Arabic",
            "Noto Sans Devanagari",
            "Noto Sans Hebrew",
            "Noto Sans Thai",
            "Noto Emoji",
        ]
    }

    fn forbidden_fallback(&self) -> &[&'static str] {
        &[]
    }

    fn script_fallback(&self, script: unicode_script::Script, _locale: &str) -> &[&'static str] {
        use unicode_script::Script;
        match script {
            Script::Han
            | Script::Hiragana
            | Script::Katakana
            | Script::Hangul
            | Script::Bopomofo => &["Noto Sans CJK TC"],
            Script::Arabic => &["Noto Sans Arabic"],
            Script::Devanagari => &["Noto Sans Devanagari"],
            Script::Hebrew => &["Noto Sans Hebrew"],
            Script::Thai => &["Noto Sans Thai"],
            _ => &["Noto Emoji"],
        }
    }
}

/// The shaper and the glyphs it has drawn: one for the process, behind a lock.
struct Letters {
    fonts: FontSystem,
    glyphs: SwashCache,
}

static LETTERS: LazyLock<Mutex<Letters>> = LazyLock::new(|| {
    let mut database = Database::new();
    for (_, _, bytes) in FONTS {
        database.load_font_source(fontdb::Source::Binary(Arc::new(bytes)));
    }
    Mutex::new(Letters {
        // A fixed locale: the fallback must not follow the computer's.
        fonts: FontSystem::new_with_locale_and_db_and_fallback(
            "en-US".to_owned(),
            database,
            Bundled,
        ),
        glyphs: SwashCache::new(),
    })
});

/// Runs `f` with the shaper; a panic elsewhere while it was held leaves nothing half-done
/// that matters (at worst a glyph is drawn again), so a poisoned lock is taken as it is.
fn with_letters<T>(f: impl FnOnce(&mut Letters) -> T) -> T {
    let mut letters = LETTERS.lock().unwrap_or_else(PoisonError::into_inner);
    f(&mut letters)
}

/// A line of text shaped: its glyphs from the start of its baseline, and its advance.
struct Line {
    glyphs: Vec<LayoutGlyph>,
    width: f32,
}

fn shape(letters: &mut Letters, text: &str, em: f32) -> Line {
    // Charts write one line; a line break in a post's text is a space there.
    let text = text.replace(['\n', '\r'], " ");
    let mut buffer = Buffer::new(&mut letters.fonts, Metrics::new(em, em * 1.25));
    buffer.set_size(None, None);
    let attrs = Attrs::new()
        .family(Family::Name(FIRST_FAMILY))
        .cache_key_flags(CacheKeyFlags::DISABLE_HINTING);
    buffer.set_text(&text, &attrs, Shaping::Advanced, None);
    buffer.shape_until_scroll(&mut letters.fonts, false);
    let mut line = Line {
        glyphs: Vec::new(),
        width: 0.0,
    };
    for run in buffer.layout_runs() {
        line.width = line.width.max(run.line_w);
        line.glyphs.extend(run.glyphs.iter().cloned());
    }
    line
}

/// Pixels per em for plotters' font size `size`.
fn em_of(size: f64) -> f32 {
    (size / SIZE_PER_EM) as f32
}

/// How far right of the anchor the text starts, and how far below it its baseline runs.
fn placement(style: &impl BackendTextStyle, width: f32, em: f32) -> (f32, f32) {
    let anchor = style.anchor();
    let dx = match anchor.h_pos {
        HPos::Left => 0.0,
        HPos::Center => -width / 2.0,
        HPos::Right => -width,
    };
    let dy = match anchor.v_pos {
        VPos::Top => 0.76 * em,
        VPos::Center => 0.27 * em,
        VPos::Bottom => -0.27 * em,
    };
    (dx, dy)
}

/// `(x, y)` turned about `(cx, cy)` as plotters turns text.
fn turned(transform: &FontTransform, (cx, cy): (i32, i32), (x, y): (i32, i32)) -> (i32, i32) {
    let (dx, dy) = transform.transform(x - cx, y - cy);
    (cx + dx, cy + dy)
}

/// The degrees a transform turns text, for SVG.
fn degrees(transform: &FontTransform) -> u32 {
    match transform {
        FontTransform::Rotate90 => 90,
        FontTransform::Rotate180 => 180,
        FontTransform::Rotate270 => 270,
        FontTransform::None => 0,
    }
}

/// A plotters backend whose text is shaped and drawn in the bundled fonts (see the module's
/// docs); everything else is drawn by the backend it wraps.
pub struct Lettered<B> {
    inner: B,
    /// For SVG: the texts drawn so far, each as the elements that replace its marker.
    svg: Option<Rc<RefCell<Vec<String>>>>,
}

impl<B: DrawingBackend> Lettered<B> {
    /// `inner` with its text drawn as pixels: for bitmaps.
    pub fn pixels(inner: B) -> Self {
        Self { inner, svg: None }
    }

    /// `inner` with its text drawn as outlines: for SVG. plotters' SVG backend writes each
    /// text as a marker; [`outlined`] puts the outlines in their places when the drawing is
    /// done.
    pub(crate) fn outlines(inner: B, texts: Rc<RefCell<Vec<String>>>) -> Self {
        Self {
            inner,
            svg: Some(texts),
        }
    }
}

/// The marker of the `n`th text in plotters' SVG (characters of Unicode's private use area).
fn marker(n: usize) -> String {
    format!("\u{E000}{n}\u{E001}")
}

/// `svg` as plotters wrote it, with each marked `<text>` element replaced by the elements
/// drawn for it.
pub(crate) fn outlined(svg: &str, texts: &[String]) -> String {
    let mut out = String::with_capacity(svg.len() + texts.iter().map(String::len).sum::<usize>());
    let mut rest = svg;
    for (n, drawn) in texts.iter().enumerate() {
        let mark = marker(n);
        let Some(at) = rest.find(&mark) else {
            continue;
        };
        let start = rest[..at].rfind("<text").unwrap_or(at);
        let end = rest[at..]
            .find("</text>")
            .map_or(at + mark.len(), |e| at + e + "</text>".len());
        out.push_str(&rest[..start]);
        out.push_str(drawn);
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// `#rrggbb` of a colour.
fn hex(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02X}{g:02X}{b:02X}")
}

/// The SVG of one text: its glyphs' outlines as one path, then the words themselves,
/// invisible, in the same place.
fn svg_text(
    letters: &mut Letters,
    text: &str,
    style: &impl BackendTextStyle,
    pos: BackendCoord,
) -> String {
    let em = em_of(style.size());
    let line = shape(letters, text, em);
    let (dx, dy) = placement(style, line.width, em);
    let (x0, y0) = (pos.0 as f32 + dx, pos.1 as f32 + dy);
    let mut path = String::new();
    for glyph in &line.glyphs {
        let physical = glyph.physical((0.0, 0.0), 1.0);
        let gx = x0 + glyph.x + glyph.font_size * glyph.x_offset;
        let gy = y0 + glyph.y - glyph.font_size * glyph.y_offset;
        let Some(commands) = letters
            .glyphs
            .get_outline_commands(&mut letters.fonts, physical.cache_key)
        else {
            continue;
        };
        // Font outlines run upwards; SVG's y runs down.
        let p = |x: f32, y: f32| (gx + x, gy - y);
        for command in commands {
            // Writing to a String cannot fail.
            let _ = match *command {
                Command::MoveTo(to) => {
                    let (x, y) = p(to.x, to.y);
                    write!(path, "M{x:.2} {y:.2}")
                }
                Command::LineTo(to) => {
                    let (x, y) = p(to.x, to.y);
                    write!(path, "L{x:.2} {y:.2}")
                }
                Command::QuadTo(c, to) => {
                    let ((cx, cy), (x, y)) = (p(c.x, c.y), p(to.x, to.y));
                    write!(path, "Q{cx:.2} {cy:.2} {x:.2} {y:.2}")
                }
                Command::CurveTo(c1, c2, to) => {
                    let ((ax, ay), (bx, by), (x, y)) =
                        (p(c1.x, c1.y), p(c2.x, c2.y), p(to.x, to.y));
                    write!(path, "C{ax:.2} {ay:.2} {bx:.2} {by:.2} {x:.2} {y:.2}")
                }
                Command::Close => write!(path, "Z"),
            };
        }
    }
    let color = style.color();
    let turn = degrees(&style.transform());
    let transform = if turn == 0 {
        String::new()
    } else {
        format!(" transform=\"rotate({turn}, {}, {})\"", pos.0, pos.1)
    };
    let opacity = if color.alpha < 1.0 {
        format!(" fill-opacity=\"{:.3}\"", color.alpha)
    } else {
        String::new()
    };
    let mut out = String::new();
    if !path.is_empty() {
        let _ = writeln!(
            out,
            "<path d=\"{path}\" fill=\"{}\"{opacity}{transform}/>",
            hex(color)
        );
    }
    let _ = writeln!(
        out,
        "<text x=\"{x0:.2}\" y=\"{y0:.2}\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"{em:.2}\" fill-opacity=\"0\"{transform}>"
    );
    crate::escape_into(&mut out, text);
    out.push_str("\n</text>");
    out
}

/// Blends one text's glyphs into a bitmap through `draw`.
fn raster_text<E>(
    letters: &mut Letters,
    text: &str,
    style: &impl BackendTextStyle,
    pos: BackendCoord,
    mut draw: impl FnMut(BackendCoord, BackendColor) -> Result<(), E>,
) -> Result<(), E> {
    let em = em_of(style.size());
    let line = shape(letters, text, em);
    let (dx, dy) = placement(style, line.width, em);
    let color = style.color();
    let transform = style.transform();
    let origin = (pos.0 as f32 + dx, pos.1 as f32 + dy);
    if letters.glyphs.image_cache.len() > CACHED_GLYPHS {
        letters.glyphs.image_cache.clear();
    }
    for glyph in &line.glyphs {
        let physical = glyph.physical(origin, 1.0);
        let Some(image) = letters
            .glyphs
            .get_image(&mut letters.fonts, physical.cache_key)
        else {
            continue;
        };
        let left = physical.x + image.placement.left;
        let top = physical.y - image.placement.top;
        let width = image.placement.width as usize;
        let channels = match image.content {
            SwashContent::Mask => 1,
            SwashContent::SubpixelMask | SwashContent::Color => 4,
        };
        for (i, row) in image.data.chunks(width.max(1) * channels).enumerate() {
            for (j, pixel) in row.chunks(channels).enumerate() {
                let ink = match image.content {
                    SwashContent::Mask | SwashContent::SubpixelMask => BackendColor {
                        alpha: color.alpha * f64::from(pixel[0]) / 255.0,
                        rgb: color.rgb,
                    },
                    SwashContent::Color => BackendColor {
                        alpha: color.alpha * f64::from(pixel[3]) / 255.0,
                        rgb: (pixel[0], pixel[1], pixel[2]),
                    },
                };
                if ink.alpha > 0.0 {
                    let at = (left + j as i32, top + i as i32);
                    draw(turned(&transform, pos, at), ink)?;
                }
            }
        }
    }
    Ok(())
}

impl<B: DrawingBackend> DrawingBackend for Lettered<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        self.inner.blit_bitmap(pos, size, src)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        let em = em_of(style.size());
        let width = with_letters(|letters| shape(letters, text, em).width);
        Ok((width.ceil() as u32, em.ceil() as u32))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        if style.color().alpha == 0.0 || text.trim().is_empty() {
            return Ok(());
        }
        match &self.svg {
            Some(texts) => {
                let drawn = with_letters(|letters| svg_text(letters, text, style, pos));
                let n = {
                    let mut texts = texts.borrow_mut();
                    texts.push(drawn);
                    texts.len() - 1
                };
                self.inner.draw_text(&marker(n), style, pos)
            }
            None => {
                let inner = &mut self.inner;
                let (width, height) = inner.get_size();
                with_letters(|letters| {
                    raster_text(letters, text, style, pos, |(x, y), ink| {
                        if x >= 0 && y >= 0 && (x as u32) < width && (y as u32) < height {
                            inner.draw_pixel((x, y), ink)
                        } else {
                            Ok(())
                        }
                    })
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    //! Golden images of charts carrying every script a creator writes. A changed drawing fails
    //! here and writes the new image beside the old one; a person looks at both, and
    //! `SPOOL_BLESS_FIXTURES=1 cargo test -p spool-charts --features export lettering` takes the new one.

    use std::path::PathBuf;

    use chrono::{DateTime, Utc};
    use spool_model::{AudienceBreakdown, AudienceSegment, Breakdown, Locale, TopPosts};

    use super::*;
    use crate::top_posts::tests::point;
    use crate::{ChartTheme, Style, draw_demographics, draw_top_posts, png, svg};

    /// A post, a city, an account in each script, and emoji.
    const WRITTEN: [&str; 6] = [
        "今天在台北的咖啡店寫了新的貼文 ☕",
        "오늘의 스레드: 서울에서 만난 사람들 🙌",
        "مرحبا بالجميع في القاهرة",
        "नमस्ते दोस्तों, मुंबई से नमस्कार",
        "東京で撮った写真をシェアします 📷",
        "Morning thread on pacing 🔥",
    ];

    fn top_posts() -> TopPosts {
        let rows: Vec<spool_model::AgainstNormal> = WRITTEN
            .iter()
            .enumerate()
            .map(|(i, text)| {
                let views = 12_000 / (i as u64 + 1);
                spool_model::AgainstNormal {
                    post: point(text, views, views / 20),
                    views_multiple: 6.0 / (i as f64 + 1.0),
                    rate_multiple: Some(1.2),
                    breakout: i == 0,
                }
            })
            .collect();
        TopPosts {
            by_views: rows.clone(),
            by_rate: rows,
            posts: 40,
            breakouts: 1,
        }
    }

    fn cities() -> AudienceBreakdown {
        let taken_at: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-03-03T09:00:00Z")
            .expect("moment")
            .to_utc();
        let keys = [
            "臺北市, 臺灣",
            "서울, 대한민국",
            "القاهرة, مصر",
            "मुंबई, महाराष्ट्र",
            "大阪市, 日本",
            "São Paulo, Brasil",
        ];
        AudienceBreakdown {
            breakdown: Breakdown::City,
            taken_at,
            segments: keys
                .iter()
                .enumerate()
                .map(|(i, key)| AudienceSegment {
                    key: (*key).to_owned(),
                    followers: 900 - 120 * i as u64,
                    change: None,
                })
                .collect(),
        }
    }

    fn golden(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/golden")
            .join(name)
    }

    /// `bytes` are the golden file `name`'s, or the test fails (see the module's docs).
    fn matches_golden(name: &str, bytes: &[u8]) {
        let path = golden(name);
        if std::env::var_os("SPOOL_BLESS_FIXTURES").is_some() {
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
            std::fs::write(&path, bytes).expect("written");
            return;
        }
        let expected = std::fs::read(&path).unwrap_or_default();
        if expected != bytes {
            let fresh = std::env::temp_dir().join(format!("new-{name}"));
            std::fs::write(&fresh, bytes).expect("written");
            panic!(
                "{name} is drawn differently from {}: look at {} and, if it is right, run \
                 again with SPOOL_BLESS_FIXTURES=1",
                path.display(),
                fresh.display()
            );
        }
    }

    #[test]
    fn every_script_a_creator_writes_has_a_bundled_font() {
        let cities = cities();
        let texts = WRITTEN
            .iter()
            .copied()
            .chain(cities.segments.iter().map(|s| s.key.as_str()));
        with_letters(|letters| {
            for text in texts {
                let line = shape(letters, text, 14.0);
                assert!(!line.glyphs.is_empty(), "{text}");
                let missing: Vec<&LayoutGlyph> =
                    line.glyphs.iter().filter(|g| g.glyph_id == 0).collect();
                assert!(
                    missing.is_empty(),
                    "{text}: {} letters without a font",
                    missing.len()
                );
            }
        });
    }

    #[test]
    fn arabic_is_joined_and_runs_right_to_left() {
        with_letters(|letters| {
            let word = "مرحبا";
            let line = shape(letters, word, 14.0);
            // Joined letters take their connected forms: not the isolated forms a letter-by-
            // letter writer would draw, which the same letters alone give.
            let alone: Vec<u16> = word
                .chars()
                .map(|c| shape(letters, &c.to_string(), 14.0).glyphs[0].glyph_id)
                .collect();
            let joined: Vec<u16> = line.glyphs.iter().map(|g| g.glyph_id).collect();
            assert_ne!(joined, alone);
            // The first letter is drawn rightmost.
            let first = line
                .glyphs
                .iter()
                .find(|g| g.start == 0)
                .expect("the first letter");
            assert!(line.glyphs.iter().all(|g| g.x <= first.x), "{joined:?}");
        });
    }

    #[test]
    fn devanagari_vowel_signs_are_placed_by_the_shaper() {
        with_letters(|letters| {
            // "कि": the vowel sign i is written after the consonant and drawn before it.
            let consonant_glyph = shape(letters, "क", 14.0).glyphs[0].glyph_id;
            let line = shape(letters, "कि", 14.0);
            assert_eq!(line.glyphs.len(), 2);
            let consonant = line
                .glyphs
                .iter()
                .find(|g| g.glyph_id == consonant_glyph)
                .expect("the consonant");
            let sign = line
                .glyphs
                .iter()
                .find(|g| g.glyph_id != consonant_glyph)
                .expect("the sign");
            assert!(sign.x < consonant.x, "the sign stands before its consonant");
        });
    }

    #[test]
    fn top_posts_in_every_script_match_their_golden_image() {
        let style = Style::new(ChartTheme::LIGHT, Locale::english()).scaled(2.0);
        let top = top_posts();
        let bytes = png(960, 380, &style, &[], |area| {
            draw_top_posts(area, &top, &style)
        })
        .expect("drawn");
        matches_golden("top-posts-scripts.png", &bytes);
    }

    #[test]
    fn cities_in_every_script_match_their_golden_image_in_png_and_svg() {
        let style = Style::new(ChartTheme::LIGHT, Locale::english());
        let cities = cities();
        let bytes = png(720, 320, &style.clone().scaled(2.0), &[], |area| {
            draw_demographics(area, &cities, &style.clone().scaled(2.0))
        })
        .expect("drawn");
        matches_golden("cities-scripts.png", &bytes);
        let drawn = svg(720, 320, |area| draw_demographics(area, &cities, &style)).expect("drawn");
        // Outlines, so any viewer shows them; the words themselves stay in the file.
        assert!(drawn.contains("<path d=\"M"));
        assert!(drawn.contains("القاهرة"));
        assert!(drawn.contains("मुंबई"));
        assert!(!drawn.contains('\u{E000}'), "every marker is replaced");
        matches_golden("cities-scripts.svg", drawn.as_bytes());
    }
}
