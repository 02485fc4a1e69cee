//! A chart on screen: drawn by `spool-charts` onto a canvas at the width the window gives it
//! (and again whenever the window is resized) and at the screen's pixel density, in the
//! system's theme and locale, with a readout line saying what lies under the pointer, or under
//! the keyboard's arrows once focused.
//!
//! A canvas, not SVG in the page: a 730-day chart is some 2,000 SVG elements, which the web view
//! takes longer to parse and lay out than a frame lasts; on a canvas the same drawing is a few
//! hundred calls. What a place on the chart says stays with the chart as its [`Readout`]s, found
//! under the pointer here rather than by the page.

use leptos::prelude::*;
use plotters::coord::Shift;
use plotters::drawing::{DrawingArea, IntoDrawingArea};
use spool_charts::{
    CANVAS_TEXT_SCALE, ChartError, ChartTheme, MAX_SCALE, Readout, Style, readout_at,
};
use spool_model::Locale;

use crate::canvas::Canvas;
use crate::export::{ChartExport, ExportPanel};
use crate::i18n::{t, tf};
use crate::screens::prefers_dark;

/// What a chart on screen is drawn on.
pub type CanvasArea = DrawingArea<Canvas, Shift>;

/// Narrower than this a chart stops shrinking and the screen scrolls.
const MIN_WIDTH: u32 = 360;
/// Before any chart's frame is measured (and in tests without layout).
const FALLBACK_WIDTH: u32 = 960;

/// The most drawing one animation frame takes before the other charts wait for the next one:
/// What works' nine charts then show over two or three frames, each frame short enough for the
/// window to stay responsive, instead of all in one frame that holds the window for 60 ms.
/// A chart that alone takes longer is still drawn whole, alone in its frame.
const DRAWING_PER_FRAME_MS: f64 = 12.0;

thread_local! {
    /// The width the last chart measured: a new chart is most likely as wide, so it is drawn
    /// at that width first instead of being drawn twice.
    static LAST_WIDTH: std::cell::Cell<u32> = const { std::cell::Cell::new(FALLBACK_WIDTH) };
    /// Drawing done in the current animation frame, in milliseconds,
    static DRAWN_THIS_FRAME: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
    /// and whether the next frame has been asked to start the count again.
    static COUNT_RESET_ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this frame has room for another chart's drawing.
fn frame_has_room() -> bool {
    DRAWN_THIS_FRAME.get() < DRAWING_PER_FRAME_MS
}

/// Counts `millis` of drawing against this frame; the next frame starts from nothing. (Its
/// callback was asked for before any chart's "draw me next frame", so it runs first.)
fn drawn_in_this_frame(millis: f64) {
    DRAWN_THIS_FRAME.set(DRAWN_THIS_FRAME.get() + millis);
    if !COUNT_RESET_ASKED.replace(true) {
        request_animation_frame(|| {
            DRAWN_THIS_FRAME.set(0.0);
            COUNT_RESET_ASKED.set(false);
        });
    }
}

/// What identifies a chart's frame in the page (for tests and styles).
#[derive(Debug, Clone, Copy, Default)]
pub struct Frame {
    /// The figure's `id`.
    pub id: Option<&'static str>,
    /// The audience breakdown the figure shows, as `data-breakdown`.
    pub breakdown: Option<&'static str>,
}

impl Frame {
    /// A frame known by its id.
    pub const fn id(id: &'static str) -> Self {
        Self {
            id: Some(id),
            breakdown: None,
        }
    }
}

/// Draws with `draw` on `canvas`, sized `width` × `height` CSS pixels at the style's density:
/// where each place is and what it says, or why nothing was drawn.
fn draw_on<D>(
    canvas: &web_sys::HtmlCanvasElement,
    (width, height): (u32, u32),
    style: &Style,
    draw: &D,
) -> Result<Vec<Readout>, ChartError>
where
    D: Fn(&CanvasArea, &Style) -> Result<Vec<Readout>, ChartError>,
{
    // Setting a canvas's size clears it and gives it a new bitmap, even at the same size:
    // only a new size is set. Every drawing begins by filling its background.
    let pixels = |css: u32| (f64::from(css) * style.scale).round() as u32;
    if canvas.width() != pixels(width) {
        canvas.set_width(pixels(width));
    }
    if canvas.height() != pixels(height) {
        canvas.set_height(pixels(height));
    }
    // The context is asked for first with `willReadFrequently`, so WebKit keeps the canvas
    // in memory instead of on the GPU. A chart is drawn once per change, and a GPU canvas
    // costs the first frame a GL context of its own: 350 ms at start-up where GL is drawn in
    // software, as under Xvfb. A failure here fails the backend just below, which says so.
    let settings = web_sys::ContextAttributes2d::new();
    settings.set_will_read_frequently(true);
    let _ = canvas.get_context_with_context_options("2d", &settings);
    let backend =
        Canvas::new(canvas.clone()).ok_or_else(|| ChartError::Drawing(t("chart-no-canvas")))?;
    let area = backend.into_drawing_area();
    let drawn = draw(&area, style)?;
    area.present()?;
    Ok(drawn)
}

/// Which readout the key `key` steps to from `step`, among readouts `0..=last`: arrow keys
/// walk them in order, Home and End jump to the first and the last; `None` for other keys.
fn stepped(key: &str, step: Option<usize>, last: usize) -> Option<usize> {
    Some(match (key, step) {
        ("ArrowRight" | "ArrowDown", None) | ("Home", _) => 0,
        ("ArrowLeft" | "ArrowUp", None) | ("End", _) => last,
        ("ArrowRight" | "ArrowDown", Some(i)) => (i + 1).min(last),
        ("ArrowLeft" | "ArrowUp", Some(i)) => i.saturating_sub(1),
        _ => return None,
    })
}

/// A chart `height` pixels tall, as wide as its place on screen, drawn by `draw`, named for
/// assistive technology and offered for export as `export` says. The chart is drawn again, on
/// the same canvas, whenever a signal `draw` reads changes: a screen whose data changes keeps
/// its charts (and an Export panel left open) instead of building them again.
pub fn chart<D>(
    frame: Frame,
    height: u32,
    export: impl Into<Signal<ChartExport>>,
    draw: D,
) -> impl IntoView
where
    D: Fn(&CanvasArea, &Style) -> Result<Vec<Readout>, ChartError> + 'static,
{
    let export = export.into();
    let theme = if prefers_dark() {
        ChartTheme::DARK
    } else {
        ChartTheme::LIGHT
    };
    let locale = use_context::<Locale>().unwrap_or_default();
    let label = export.with_untracked(|export| t(export.chart.message_id()));
    // What the chart is called in the window's measurements.
    let name = frame.id.or(frame.breakdown).unwrap_or("chart");
    let figure = NodeRef::<leptos::html::Figure>::new();
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    let width = RwSignal::new(LAST_WIDTH.get());
    let measure = move || {
        if let Some(figure) = figure.get_untracked() {
            // The figure's inner width: its padding is 8 px a side.
            let inner = u32::try_from(figure.client_width() - 16).unwrap_or(0);
            if inner > 0 {
                let inner = inner.max(MIN_WIDTH);
                LAST_WIDTH.set(inner);
                if inner != width.get_untracked() {
                    width.set(inner);
                }
            }
        }
    };
    Effect::new(move |_| {
        if figure.get().is_some() {
            measure();
        }
    });
    let resized = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resized.remove());

    // Where each place is and what it says, in the canvas's pixels, from the last drawing.
    let readouts = StoredValue::new(Vec::<Readout>::new());
    let readout_count = RwSignal::new(0_usize);
    let failure = RwSignal::new(None::<String>);
    // What the readout line says of the place pointed at or stepped to, and which place the
    // arrow keys stepped to: both of the last drawing, so a new drawing clears them.
    let readout = RwSignal::new(None::<String>);
    let step = RwSignal::new(None::<usize>);
    // The screen's pixels per CSS pixel, so lines and letters are sharp on a dense display.
    let density = window().device_pixel_ratio().clamp(1.0, MAX_SCALE);
    // Counts frames this chart waited for room in (see `DRAWING_PER_FRAME_MS`); while it
    // waits, the window's measurements wait for it too.
    let next_frame = RwSignal::new(0_u32);
    let waiting = StoredValue::new(false);
    let stop_waiting = move || {
        if waiting.try_get_value() == Some(true) {
            waiting.set_value(false);
            crate::timing::chart_waited();
        }
    };
    on_cleanup(stop_waiting);
    let fonts_loaded = use_context::<crate::canvas::FontsLoaded>();
    Effect::new(move |_| {
        next_frame.track();
        if let Some(loaded) = fonts_loaded {
            loaded.0.track();
        }
        let Some(canvas) = canvas.get() else {
            return;
        };
        let size = (width.get(), height);
        if !frame_has_room() {
            if !waiting.get_value() {
                waiting.set_value(true);
                crate::timing::chart_waiting();
            }
            request_animation_frame(move || {
                next_frame.try_update(|n| *n = n.wrapping_add(1));
            });
            return;
        }
        let style = Style {
            theme,
            locale: locale.clone(),
            catalogue: crate::i18n::catalogue(),
            scale: density,
            text_scale: CANVAS_TEXT_SCALE,
        };
        let began = crate::timing::now();
        let drawn = crate::timing::work(
            || format!("chart {name}"),
            || draw_on(&canvas, size, &style, &draw),
        );
        let took = crate::timing::now() - began;
        drawn_in_this_frame(took);
        crate::timing::chart_drawn(name, took);
        readout.set(None);
        step.set(None);
        match drawn {
            Ok(drawn) => {
                readout_count.set(drawn.len());
                readouts.set_value(drawn);
                failure.set(None);
            }
            Err(error) => {
                readout_count.set(0);
                readouts.set_value(Vec::new());
                failure.set(Some(tf(
                    "chart-failed",
                    &[("reason", error.to_string().into())],
                )));
            }
        }
        crate::timing::chart_shown();
        stop_waiting();
    });

    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let to_canvas = |css: i32| (f64::from(css) * density).round() as i32;
        let (x, y) = (to_canvas(ev.offset_x()), to_canvas(ev.offset_y()));
        if let Some(text) =
            readouts.with_value(|all| readout_at(all, x, y).map(|r| r.text().into_owned()))
        {
            readout.set(Some(text));
        }
    };
    // Arrow keys walk the readouts in order; Home and End jump to the first and the last.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        // Keys meant for the Export panel's controls stay theirs.
        let on_figure = ev.target().map(wasm_bindgen::JsValue::from)
            == ev.current_target().map(wasm_bindgen::JsValue::from);
        if !on_figure {
            return;
        }
        let count = readout_count.get_untracked();
        if count == 0 {
            return;
        }
        let Some(next) = stepped(&ev.key(), step.get_untracked(), count - 1) else {
            return;
        };
        ev.prevent_default();
        step.set(Some(next));
        readout.set(readouts.with_value(|all| all.get(next).map(|r| r.text().into_owned())));
    };
    let hint = move || {
        if let Some(failure) = failure.get() {
            return failure;
        }
        readout.get().unwrap_or_else(|| {
            if readout_count.get() == 0 {
                String::new()
            } else {
                t("chart-hint")
            }
        })
    };
    view! {
        <figure
            class="chart"
            id=frame.id
            data-breakdown=frame.breakdown
            // How many places read out: none until the chart is drawn.
            data-readouts=move || readout_count.get()
            node_ref=figure
            tabindex="0"
            on:keydown=on_key
        >
            <canvas
                class="chart-drawing"
                node_ref=canvas
                role="img"
                aria-label=label
                style:width=move || format!("{}px", width.get())
                style:height=format!("{height}px")
                on:pointermove=on_pointer
            ></canvas>
            <figcaption class="readout" aria-live="polite">{hint}</figcaption>
            <ExportPanel export />
        </figure>
    }
}
