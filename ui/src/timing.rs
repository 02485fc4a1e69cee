//! What the window measures of itself (see [`Timing`]): when the first chart is on screen, how
//! long a change of the overview's range takes to show, and how long the posts table takes to
//! follow a scroll. The native side keeps them only when `cargo xtask bench` asks it to; its
//! answer to the first report says whether it does, and once it says no the window stops
//! measuring.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;
use spool_model::Timing;

use crate::bindings;

thread_local! {
    /// Whether the native side keeps measurements; `None` until it has answered.
    static KEPT: Cell<Option<bool>> = const { Cell::new(None) };
    static FIRST_CHART_SHOWN: Cell<bool> = const { Cell::new(false) };
    /// When the overview's range was last changed, on the page's clock, until it is shown.
    static RANGE_CHANGED_AT: Cell<Option<f64>> = const { Cell::new(None) };
    /// When the posts table was scrolled, until its rows are laid out.
    static SCROLLED_AT: Cell<Option<f64>> = const { Cell::new(None) };
}

/// The page's clock, in milliseconds.
fn now() -> f64 {
    window().performance().map_or(0.0, |p| p.now())
}

/// Makes the engine compute style and layout now, as it would before painting.
fn lay_out() {
    if let Some(body) = document().body() {
        let _ = body.offset_height();
    }
}

/// Runs `then` once the work queued by this turn (a chart redrawn at its measured width, rows
/// rendered for a new scroll position) is done.
fn after_queued_work(then: impl FnOnce() + 'static) {
    set_timeout(then, Duration::ZERO);
}

fn report(timing: Timing) {
    leptos::task::spawn_local(async move {
        // A measurement that cannot be reported is only a measurement lost: nothing to tell.
        if let Ok(kept) = bindings::record_timing(&timing).await {
            KEPT.set(Some(kept));
        }
    });
}

/// A chart was put in the page. The first of the session is reported once it is painted; the
/// answer says whether anything else is worth measuring.
pub fn chart_shown() {
    if FIRST_CHART_SHOWN.replace(true) {
        return;
    }
    request_animation_frame(|| after_queued_work(|| report(Timing::FirstChart)));
}

/// The overview's range is changing (a preset pressed, days picked).
pub fn range_changing() {
    if KEPT.get() != Some(false) {
        RANGE_CHANGED_AT.set(Some(now()));
    }
}

/// The overview shows a range of `days` days; if it follows a change, reports how long the
/// change took to be drawn and laid out.
pub fn range_shown(days: u32) {
    if RANGE_CHANGED_AT.get().is_none() {
        return;
    }
    after_queued_work(move || {
        let Some(start) = RANGE_CHANGED_AT.take() else {
            return;
        };
        lay_out();
        report(Timing::RangeRedrawn {
            days,
            millis: now() - start,
        });
    });
}

/// The posts table was scrolled; once the rows in view are in the page, reports how long that
/// took and how many rows (`rows` counts them then). Only while measurements are kept: scroll
/// events come by the dozen.
pub fn posts_scrolled(rows: impl Fn() -> usize + 'static) {
    if KEPT.get() != Some(true) || SCROLLED_AT.get().is_some() {
        return;
    }
    SCROLLED_AT.set(Some(now()));
    after_queued_work(move || {
        let Some(start) = SCROLLED_AT.take() else {
            return;
        };
        lay_out();
        report(Timing::PostsScrolled {
            rows: u32::try_from(rows()).unwrap_or(u32::MAX),
            millis: now() - start,
        });
    });
}
