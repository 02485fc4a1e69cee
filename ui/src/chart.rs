//! A chart on screen: drawn by `spool-charts` as SVG at the width the window gives it (and
//! again whenever the window is resized), in the system's theme and locale, with a readout
//! line saying what lies under the pointer, or under the keyboard's arrows once focused.

use leptos::prelude::*;
use spool_charts::{ChartError, ChartTheme, Readout, Style, SvgArea};
use spool_model::Locale;

use crate::export::{ChartExport, ExportPanel};
use crate::screens::prefers_dark;

/// Narrower than this a chart stops shrinking and the screen scrolls.
const MIN_WIDTH: u32 = 360;
/// Before the chart's frame is measured (and in tests without layout).
const FALLBACK_WIDTH: u32 = 960;

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

/// A chart `height` pixels tall, as wide as its place on screen, drawn by `draw`, with an
/// Export panel when `export` says what it shows.
pub fn chart<D>(frame: Frame, height: u32, export: Option<ChartExport>, draw: D) -> impl IntoView
where
    D: Fn(&SvgArea<'_>, &Style) -> Result<Vec<Readout>, ChartError> + Send + Sync + 'static,
{
    let theme = if prefers_dark() {
        ChartTheme::DARK
    } else {
        ChartTheme::LIGHT
    };
    let style = Style::new(theme, use_context::<Locale>().unwrap_or_default());
    let figure = NodeRef::<leptos::html::Figure>::new();
    let width = RwSignal::new(FALLBACK_WIDTH);
    let measure = move || {
        if let Some(figure) = figure.get_untracked() {
            // The figure's inner width: its padding is 8 px a side.
            let inner = u32::try_from(figure.client_width() - 16).unwrap_or(0);
            if inner > 0 {
                width.set(inner.max(MIN_WIDTH));
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

    let drawn = Memo::new(move |_| {
        let mut texts = Vec::new();
        let svg = spool_charts::svg(width.get(), height, |area| {
            let readouts = draw(area, &style)?;
            texts = readouts.iter().map(|r| r.text.clone()).collect();
            Ok(readouts)
        });
        match svg {
            Ok(svg) => (svg, texts),
            Err(error) => (
                String::new(),
                vec![format!("{error}. Resize the window or sync again.")],
            ),
        }
    });
    let readout = RwSignal::new(None::<String>);
    let step = RwSignal::new(None::<usize>);
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let text = event_target::<web_sys::Element>(&ev).get_attribute("data-readout");
        if text.is_some() {
            readout.set(text);
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
        let count = drawn.with_untracked(|(_, texts)| texts.len());
        if count == 0 {
            return;
        }
        let last = count - 1;
        let next = match (ev.key().as_str(), step.get_untracked()) {
            ("ArrowRight" | "ArrowDown", None) | ("Home", _) => 0,
            ("ArrowLeft" | "ArrowUp", None) | ("End", _) => last,
            ("ArrowRight" | "ArrowDown", Some(i)) => (i + 1).min(last),
            ("ArrowLeft" | "ArrowUp", Some(i)) => i.saturating_sub(1),
            _ => return,
        };
        ev.prevent_default();
        step.set(Some(next));
        readout.set(drawn.with_untracked(|(_, texts)| texts.get(next).cloned()));
    };
    let hint = move || {
        readout.get().unwrap_or_else(|| {
            if drawn.with(|(_, texts)| texts.is_empty()) {
                String::new()
            } else {
                "Point at the chart, or focus it and use the arrow keys, to read its values."
                    .to_owned()
            }
        })
    };
    view! {
        <figure
            class="chart"
            id=frame.id
            data-breakdown=frame.breakdown
            node_ref=figure
            tabindex="0"
            on:pointerover=on_pointer
            on:keydown=on_key
        >
            <div class="chart-drawing" inner_html=move || drawn.with(|(svg, _)| svg.clone())></div>
            <figcaption class="readout" aria-live="polite">{hint}</figcaption>
            {export.map(|export| view! { <ExportPanel export /> })}
        </figure>
    }
}
