//! What a chart on screen is drawn on: plotters' drawing calls turned into calls of an HTML
//! canvas's 2D context, as few as draw the same picture.
//!
//! plotters' own canvas backend (`plotters-canvas`) hands the context a new colour string with
//! every shape, which the web view parses each time; fills each dot of a scatter on its own; and
//! measures text, for a chart's title, by adding an element to the page and reading its size,
//! which makes the web view lay the whole page out again in the middle of a frame. Measured in
//! the window (`cargo xtask bench`), the quality map's ten thousand dots took 162 ms that way.
//! Here a style is handed over only when it changes, filled circles of one colour that follow
//! one another are drawn together (a few as one path, thousands blended into the canvas's pixels
//! in one read and one write), and text is measured by the context itself.
//!
//! What is drawn is the same: the shapes, colours, fonts and anchors plotters asks for, with
//! horizontal and vertical lines moved half a pixel onto the pixel grid as plotters-canvas does.

use std::cell::RefCell;
use std::f64::consts::TAU;

use leptos::prelude::{RwSignal, Update};
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Why the canvas refused a drawing call: what the web view said.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let said = crate::i18n::tf(
            "chart-canvas-refused",
            &[("reason", self.0.as_str().into())],
        );
        f.write_str(&said)
    }
}

impl std::error::Error for CanvasError {}

fn refused(error: JsValue) -> DrawingErrorKind<CanvasError> {
    let said = error
        .as_string()
        .or_else(|| {
            js_sys::JSON::stringify(&error)
                .ok()
                .map(|s| String::from(&s))
        })
        .unwrap_or_else(|| crate::i18n::t("chart-canvas-no-reason"));
    DrawingErrorKind::DrawingError(CanvasError(said))
}

/// A colour as the context is given it, comparable so that an unchanged one is not given again.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Ink {
    rgb: (u8, u8, u8),
    alpha: f64,
}

impl Ink {
    fn of(color: BackendColor) -> Self {
        Self {
            rgb: color.rgb,
            alpha: color.alpha,
        }
    }

    fn css(self) -> String {
        let (r, g, b) = self.rgb;
        format!("rgba({r},{g},{b},{})", self.alpha)
    }
}

/// What the context is set to, as far as this backend has set it; `None` until it has.
#[derive(Default)]
struct Set {
    fill: Option<Ink>,
    stroke: Option<Ink>,
    line_width: Option<f64>,
    font: String,
    align: &'static str,
    baseline: &'static str,
    /// Filled circles of one colour, drawn in a row and not yet filled.
    dots: Option<Dots>,
}

/// Filled circles of one colour waiting to be drawn together: their centres and radii, in the
/// canvas's pixels.
struct Dots {
    ink: Ink,
    circles: Vec<(f64, f64, f64)>,
}

/// Up to this many circles in a row are filled as one path; more (a scatter's thousands) are
/// stamped into the canvas's pixels, which costs the web view one read and one write of them
/// instead of rasterising a path of thousands of arcs.
const MOST_AS_PATH: usize = 256;

thread_local! {
    /// The page's fonts, as its style sheet lists them for the language it speaks.
    static PAGE_FONTS: std::cell::OnceCell<String> = const { std::cell::OnceCell::new() };
}

/// The fonts the page writes in (the system's, then the bundled fallbacks `ui/style.css`
/// names), for the charts' sans-serif: a canvas knows no `@font-face` fallback of its own, and
/// would otherwise draw a script the system lacks as boxes. Read once: a change of language
/// loads the page again.
fn page_fonts() -> String {
    PAGE_FONTS.with(|fonts| {
        fonts
            .get_or_init(|| {
                web_sys::window()
                    .and_then(|window| {
                        let root = window.document()?.document_element()?;
                        let style = window.get_computed_style(&root).ok()??;
                        style.get_property_value("font-family").ok()
                    })
                    .filter(|family| !family.is_empty())
                    .unwrap_or_else(|| spool_charts::FONT.to_owned())
            })
            .clone()
    })
}

/// How many times the page's fonts finished loading: a chart drawn before the bundled font of
/// a script it writes arrived (they load when the page first shows a letter of that script)
/// is drawn again when it has, so it shows letters, not boxes.
#[derive(Debug, Clone, Copy)]
pub struct FontsLoaded(pub RwSignal<u32>);

impl FontsLoaded {
    /// Counts the page's font loads from now on, for as long as the page lives.
    pub fn listen() -> Self {
        let loads = RwSignal::new(0_u32);
        if let Some(fonts) = web_sys::window()
            .and_then(|window| window.document())
            .map(|document| document.fonts())
        {
            let bump = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || {
                loads.try_update(|n| *n = n.wrapping_add(1));
            });
            let _ = fonts
                .add_event_listener_with_callback("loadingdone", bump.as_ref().unchecked_ref());
            // One listener for the page's life.
            bump.forget();
        }
        Self(loads)
    }
}

/// A plotters drawing backend on an HTML canvas (see the module's docs).
pub struct Canvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    /// Kept in a cell because plotters measures text through a shared reference, and measuring
    /// sets the context's font.
    set: RefCell<Set>,
}

impl Canvas {
    /// A backend drawing on `canvas`'s 2D context, or `None` where the web view gives none.
    pub fn new(canvas: HtmlCanvasElement) -> Option<Self> {
        let context = canvas
            .get_context("2d")
            .ok()??
            .dyn_into::<CanvasRenderingContext2d>()
            .ok()?;
        Some(Self {
            canvas,
            context,
            set: RefCell::new(Set::default()),
        })
    }

    /// Draws the circles gathered so far, if any.
    fn fill_dots(&self) {
        let Some(Dots { ink, circles }) = self.set.borrow_mut().dots.take() else {
            return;
        };
        if circles.len() > MOST_AS_PATH && self.stamp(ink, &circles).is_ok() {
            return;
        }
        // Few circles, or a canvas whose pixels cannot be read: one path, filled once.
        self.fill_with(ink);
        self.context.begin_path();
        for &(x, y, r) in &circles {
            self.context.move_to(x + r, y);
            // An arc of a finite radius on a 2D context does not fail.
            let _ = self.context.arc(x, y, r, 0.0, TAU);
        }
        self.context.fill();
    }

    /// Draws `circles` filled with `ink` by blending them into the canvas's pixels where they
    /// lie, each edge pixel by how much of it the circle covers, as the path's fill would.
    fn stamp(&self, ink: Ink, circles: &[(f64, f64, f64)]) -> Result<(), JsValue> {
        let (width, height) = (
            f64::from(self.canvas.width()),
            f64::from(self.canvas.height()),
        );
        let (mut left, mut top, mut right, mut bottom) = (width, height, 0.0_f64, 0.0_f64);
        for &(x, y, r) in circles {
            left = left.min((x - r - 1.0).floor());
            top = top.min((y - r - 1.0).floor());
            right = right.max((x + r + 1.0).ceil());
            bottom = bottom.max((y + r + 1.0).ceil());
        }
        let (left, top) = (left.max(0.0), top.max(0.0));
        let (right, bottom) = (right.min(width), bottom.min(height));
        if right <= left || bottom <= top {
            return Ok(());
        }
        let (columns, rows) = ((right - left) as usize, (bottom - top) as usize);
        // How much of each pixel the circles cover: of overlapping circles, the most. A
        // circle's centre is on a pixel's corner (plotters draws at whole pixels), so one mask
        // of how much a circle covers the pixels around its centre serves every circle of its
        // radius.
        let mut cover = vec![0.0_f64; columns * rows];
        let mut mask: Option<(f64, i64, Vec<f64>)> = None;
        for &(x, y, r) in circles {
            if mask.as_ref().is_none_or(|(radius, ..)| *radius != r) {
                let reach = (r + 1.0).ceil() as i64;
                let side = 2 * reach;
                let covered = (0..side * side)
                    .map(|at| {
                        let dx = (at % side - reach) as f64 + 0.5;
                        let dy = (at / side - reach) as f64 + 0.5;
                        (r + 0.5 - dx.hypot(dy)).clamp(0.0, 1.0)
                    })
                    .collect();
                mask = Some((r, reach, covered));
            }
            let Some((_, reach, covered)) = mask.as_ref() else {
                continue;
            };
            let (reach, side) = (*reach, 2 * *reach);
            let (x, y) = ((x - left).round() as i64, (y - top).round() as i64);
            for row in 0..side {
                let at_row = y - reach + row;
                if at_row < 0 || at_row >= rows as i64 {
                    continue;
                }
                for column in 0..side {
                    let at_column = x - reach + column;
                    if at_column < 0 || at_column >= columns as i64 {
                        continue;
                    }
                    let amount = covered[(row * side + column) as usize];
                    let at = at_row as usize * columns + at_column as usize;
                    if amount > cover[at] {
                        cover[at] = amount;
                    }
                }
            }
        }
        let image = self
            .context
            .get_image_data(left, top, right - left, bottom - top)?;
        let mut pixels = image.data().0;
        let (r, g, b) = ink.rgb;
        for (at, covered) in cover.into_iter().enumerate() {
            if covered <= 0.0 {
                continue;
            }
            let k = covered * ink.alpha;
            let pixel = &mut pixels[at * 4..at * 4 + 4];
            for (channel, value) in pixel.iter_mut().zip([r, g, b]) {
                *channel = (f64::from(value) * k + f64::from(*channel) * (1.0 - k)).round() as u8;
            }
            pixel[3] = (255.0 * k + f64::from(pixel[3]) * (1.0 - k)).round() as u8;
        }
        let image = web_sys::ImageData::new_with_u8_clamped_array_and_sh(
            wasm_bindgen::Clamped(&pixels),
            right as u32 - left as u32,
            bottom as u32 - top as u32,
        )?;
        self.context.put_image_data(&image, left, top)
    }

    fn fill_with(&self, ink: Ink) {
        self.fill_dots();
        let mut set = self.set.borrow_mut();
        if set.fill != Some(ink) {
            self.context.set_fill_style_str(&ink.css());
            set.fill = Some(ink);
        }
    }

    fn stroke_with(&self, style: &impl BackendStyle) {
        self.fill_dots();
        let ink = Ink::of(style.color());
        let width = f64::from(style.stroke_width());
        let mut set = self.set.borrow_mut();
        if set.stroke != Some(ink) {
            self.context.set_stroke_style_str(&ink.css());
            set.stroke = Some(ink);
        }
        if set.line_width != Some(width) {
            self.context.set_line_width(width);
            set.line_width = Some(width);
        }
    }

    /// Sets the font of `style`, for drawing or measuring.
    fn font_of(&self, style: &impl BackendTextStyle) {
        let family = style.family();
        let family = match family.as_str() {
            spool_charts::FONT => page_fonts(),
            named => named.to_owned(),
        };
        let font = format!("{} {}px {family}", style.style().as_str(), style.size());
        let mut set = self.set.borrow_mut();
        if set.font != font {
            self.context.set_font(&font);
            set.font = font;
        }
    }

    fn anchor(&self, align: &'static str, baseline: &'static str) {
        let mut set = self.set.borrow_mut();
        if set.align != align {
            self.context.set_text_align(align);
            set.align = align;
        }
        if set.baseline != baseline {
            self.context.set_text_baseline(baseline);
            set.baseline = baseline;
        }
    }
}

/// A horizontal or vertical line moved half a pixel, so that a one-pixel line covers one row
/// or column of pixels instead of two at half strength.
fn on_pixel_grid(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let (mut from, mut to) = (
        (f64::from(from.0), f64::from(from.1)),
        (f64::from(to.0), f64::from(to.1)),
    );
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.fill_dots();
        Ok(())
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.fill_with(Ink::of(color));
        self.context
            .fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (from, to) = on_pixel_grid(from, to);
        self.stroke_with(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (
            f64::from(bottom_right.0 - upper_left.0),
            f64::from(bottom_right.1 - upper_left.1),
        );
        if fill {
            self.fill_with(Ink::of(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.stroke_with(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut path = path.into_iter();
        let Some(start) = path.next() else {
            return Ok(());
        };
        self.stroke_with(style);
        self.context.begin_path();
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for next in path {
            self.context.line_to(f64::from(next.0), f64::from(next.1));
        }
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vertices: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let mut vertices = vertices.into_iter();
        let Some(start) = vertices.next() else {
            return Ok(());
        };
        self.fill_with(Ink::of(style.color()));
        self.context.begin_path();
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for next in vertices {
            self.context.line_to(f64::from(next.0), f64::from(next.1));
        }
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y, r) = (f64::from(center.0), f64::from(center.1), f64::from(radius));
        if !fill {
            self.stroke_with(style);
            self.context.begin_path();
            self.context.arc(x, y, r, 0.0, TAU).map_err(refused)?;
            self.context.stroke();
            return Ok(());
        }
        // A filled circle joins those before it when they share its colour; they are drawn
        // together at the next other drawing, or when the chart is presented. Opaque circles
        // look the same either way; translucent ones that overlap are not darker where they
        // do, so a chart that lets dots overlap draws them opaque.
        let ink = Ink::of(style.color());
        if self.set.borrow().dots.as_ref().map(|dots| dots.ink) != Some(ink) {
            self.fill_dots();
            self.set.borrow_mut().dots = Some(Dots {
                ink,
                circles: Vec::new(),
            });
        }
        if let Some(dots) = self.set.borrow_mut().dots.as_mut() {
            dots.circles.push((x, y, r));
        }
        Ok(())
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        self.fill_dots();
        self.font_of(style);
        let metrics = self.context.measure_text(text).map_err(refused)?;
        // A line is an em high, whatever font the system picks for the language (see
        // `draw_text`), as the exports measure it.
        Ok((metrics.width().ceil() as u32, style.size().ceil() as u32))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let anchor = style.anchor();
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        // The baseline is placed as the SVG export places it, in ems below the anchor: the
        // canvas's own "top" and "middle" follow the first font's ascent, which is far taller
        // where the system's sans-serif is a Devanagari or Thai face (a Hindi system's), and
        // moved every label of a chart half a row down there.
        let em = style.size();
        let drop = match anchor.v_pos {
            VPos::Top => 0.76 * em,
            VPos::Center => 0.27 * em,
            VPos::Bottom => -0.27 * em,
        };
        // Every style is set before a turned text saves the context, so that restoring it
        // leaves the context as `set` says.
        self.fill_with(Ink::of(color));
        self.font_of(style);
        self.anchor(align, "alphabetic");
        let turn: f64 = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        if turn == 0.0 {
            return self.context.fill_text(text, x, y + drop).map_err(refused);
        }
        self.context.save();
        let drawn = self
            .context
            .translate(x, y)
            .and_then(|()| self.context.rotate(turn.to_radians()))
            .and_then(|()| self.context.fill_text(text, 0.0, drop));
        self.context.restore();
        drawn.map_err(refused)
    }
}
