//! What the window measures of itself (see [`Timing`]): when the first chart is on screen, how
//! long a change of the overview's range takes to show, how long the posts table takes to
//! follow a scroll, and how long a screen takes to show what it loads, with the longest frame
//! meanwhile (and what of the window's own work fell in it), how long each command's answer takes
//! to read, how long each chart takes to draw, and the steps of the start-up. The native side
//! keeps them only when `cargo xtask bench` asks it to; its answer to the first report says
//! whether it does, and once it says no the window stops measuring.

use std::cell::{Cell, RefCell};
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
    /// The change of screen being measured, until what the screen loads is shown.
    static SCREEN_CHANGE: RefCell<Option<ScreenChange>> = const { RefCell::new(None) };
    /// Counts changes of screen, so that a change's frame watch stops when another begins.
    static SCREEN_CHANGES: Cell<u32> = const { Cell::new(0) };
    /// Charts waiting for a frame with room to be drawn in (`chart.rs`); a screen is not
    /// shown until none waits.
    static CHARTS_WAITING: Cell<u32> = const { Cell::new(0) };
    /// The steps of the start-up so far, until the first chart is painted: what, and when on
    /// the page's clock.
    static START_UP: RefCell<Vec<(String, f64)>> = const { RefCell::new(Vec::new()) };
}

/// A change of screen being measured.
struct ScreenChange {
    /// Which change it is (of [`SCREEN_CHANGES`]).
    number: u32,
    /// The screen's `data-screen` name, or `post` for a post's page.
    screen: &'static str,
    /// When it was chosen, on the page's clock.
    started: f64,
    /// The screen's loads still waiting for their first answer.
    pending: u32,
    /// Whether any load of the screen was counted in `pending`.
    loads: bool,
    /// Whether its loads are all in and only charts waiting for a frame keep it from shown.
    waits_for_charts: bool,
    /// The window's own work measured meanwhile: what, when it began and when it ended.
    work: Vec<(String, f64, f64)>,
    /// When each animation frame began meanwhile, on the page's clock.
    frames: Vec<f64>,
}

impl ScreenChange {
    /// Each gap between two frames, from when it began to when it ended, until `ended`: the
    /// click and `ended` count as frames' edges, the frame still open at the end included.
    fn gaps(&self, ended: f64) -> Vec<(f64, f64)> {
        let edges: Vec<f64> = std::iter::once(self.started)
            .chain(self.frames.iter().copied())
            .chain(std::iter::once(ended))
            .collect();
        edges.windows(2).map(|edge| (edge[0], edge[1])).collect()
    }

    /// The longest gap between frames until `ended` (the first of equals).
    fn longest_gap(&self, ended: f64) -> (f64, f64) {
        self.gaps(ended)
            .into_iter()
            .fold((self.started, self.started), |longest, gap| {
                if gap.1 - gap.0 > longest.1 - longest.0 {
                    gap
                } else {
                    longest
                }
            })
    }

    /// The most own work that fell in any one gap between frames until `ended`, in
    /// milliseconds.
    fn most_work_in_a_frame(&self, ended: f64) -> f64 {
        self.gaps(ended)
            .into_iter()
            .map(|(from, to)| self.work_in(from, to).iter().map(|(_, ms)| ms).sum::<f64>())
            .fold(0.0, f64::max)
    }

    /// The work measured from `from` to `to`, summed by what it was, the most first.
    fn work_in(&self, from: f64, to: f64) -> Vec<(String, f64)> {
        let mut sums: Vec<(String, f64)> = Vec::new();
        for (what, began, ended) in &self.work {
            let overlap = ended.min(to) - began.max(from);
            if overlap <= 0.0 {
                continue;
            }
            match sums.iter_mut().find(|(name, _)| name == what) {
                Some((_, sum)) => *sum += overlap,
                None => sums.push((what.clone(), overlap)),
            }
        }
        sums.sort_by(|a, b| b.1.total_cmp(&a.1));
        sums
    }
}

/// The page's clock, in milliseconds; 0 outside a page (the interface's tests run in Node).
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// The page's clock as milliseconds since the Unix epoch.
fn unix_ms(page_ms: f64) -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.time_origin())
        + page_ms
}

/// Runs `work` and, while a change of screen is measured, notes how long it took as `what`:
/// what the window itself did in a long frame, told apart from the web view's own work.
pub fn work<T>(what: impl FnOnce() -> String, work: impl FnOnce() -> T) -> T {
    let measured = SCREEN_CHANGE.with_borrow(Option::is_some);
    if !measured {
        return work();
    }
    let began = now();
    let done = work();
    let ended = now();
    SCREEN_CHANGE.with_borrow_mut(|change| {
        if let Some(change) = change {
            change.work.push((what(), began, ended));
        }
    });
    done
}

/// Work done from `began` to `ended` (on [`now`]'s clock), noted as `what` while a change of
/// screen is measured, as [`work`] notes what it runs.
pub fn work_between(what: impl FnOnce() -> String, began: f64, ended: f64) {
    SCREEN_CHANGE.with_borrow_mut(|change| {
        if let Some(change) = change {
            change.work.push((what(), began, ended));
        }
    });
}

/// Work that begins now and ends with the work this turn queued as microtasks (the view being
/// built into the page, for one); noted as `what` while a change of screen is measured.
pub fn work_until_queued_done(what: &'static str) {
    let measured = SCREEN_CHANGE.with_borrow(Option::is_some);
    let Some(window) = web_sys::window().filter(|_| measured) else {
        return;
    };
    let began = now();
    let done = wasm_bindgen::closure::Closure::once_into_js(move || {
        let ended = now();
        SCREEN_CHANGE.with_borrow_mut(|change| {
            if let Some(change) = change {
                change.work.push((what.to_owned(), began, ended));
            }
        });
    });
    window.queue_microtask(&done.into());
}

/// At most this many steps of the start-up are noted.
const MAX_START_UP_STEPS: usize = 200;

/// A step of the start-up happened now (a command asked or answered, a chart drawn); noted
/// only until the first chart is painted, then reported with it.
pub fn start_up_step(step: impl FnOnce() -> String) {
    if FIRST_CHART_SHOWN.get() {
        return;
    }
    let at = now();
    START_UP.with_borrow_mut(|steps| {
        // A window that never shows a chart (no account yet) stops noting steps at some point.
        if steps.len() < MAX_START_UP_STEPS {
            steps.push((step(), at));
        }
    });
}

/// The start-up's steps, with the page's own from the navigation's timing (the page asked
/// for, its HTML in, its scripts run), each at its moment since the Unix epoch.
fn start_up_steps() -> Vec<(String, f64)> {
    let mut steps: Vec<(String, f64)> = START_UP
        .take()
        .into_iter()
        .map(|(step, at)| (step, unix_ms(at)))
        .collect();
    let navigation = web_sys::window()
        .and_then(|w| w.performance())
        .and_then(|p| js_sys::Reflect::get(&p, &"timing".into()).ok());
    if let Some(navigation) = navigation {
        for (field, step) in [
            ("navigationStart", "navigation started"),
            ("responseEnd", "page received"),
            ("domInteractive", "page parsed"),
            ("domContentLoadedEventEnd", "page's content loaded"),
            ("loadEventEnd", "page loaded"),
        ] {
            let at = js_sys::Reflect::get(&navigation, &field.into())
                .ok()
                .and_then(|at| at.as_f64())
                .filter(|at| *at > 0.0);
            if let Some(at) = at {
                steps.push((step.to_owned(), at));
            }
        }
    }
    steps.sort_by(|a, b| a.1.total_cmp(&b.1));
    steps
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

/// Chart `chart` (its figure's id) was drawn on its canvas in `millis` milliseconds; reported
/// only while measurements are kept.
pub fn chart_drawn(chart: &str, millis: f64) {
    if KEPT.get() != Some(true) {
        return;
    }
    report(Timing::ChartDrawn {
        chart: chart.to_owned(),
        millis,
    });
}

/// A chart was put in the page. The first of the session is reported once it is painted, then
/// the steps of the start-up; the answer says whether anything else is worth measuring.
pub fn chart_shown() {
    if FIRST_CHART_SHOWN.get() {
        return;
    }
    start_up_step(|| "first chart drawn".to_owned());
    FIRST_CHART_SHOWN.set(true);
    request_animation_frame(|| {
        after_queued_work(|| {
            let painted = now();
            leptos::task::spawn_local(async move {
                let Ok(kept) = bindings::record_timing(&Timing::FirstChart).await else {
                    return;
                };
                KEPT.set(Some(kept));
                if kept {
                    let mut steps = start_up_steps();
                    steps.push(("first chart painted".to_owned(), unix_ms(painted)));
                    report(Timing::StartUp { steps });
                }
            });
        });
    });
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

/// The user chose `screen` (a sidebar's `data-screen` name, or `post` for a post's page). Only
/// while measurements are kept: from now until what the screen loads is shown, the time between
/// animation frames is watched too.
pub fn screen_changing(screen: &'static str) {
    if KEPT.get() != Some(true) {
        return;
    }
    let number = SCREEN_CHANGES.get().wrapping_add(1);
    SCREEN_CHANGES.set(number);
    let started = now();
    SCREEN_CHANGE.set(Some(ScreenChange {
        number,
        screen,
        started,
        pending: 0,
        loads: false,
        waits_for_charts: false,
        work: Vec::new(),
        frames: Vec::new(),
    }));
    watch_frames(number);
    // The screen is built in this turn's queued work; one that loads nothing is shown then.
    after_queued_work(move || {
        let nothing_loads = SCREEN_CHANGE.with_borrow(|change| {
            change
                .as_ref()
                .is_some_and(|c| c.number == number && !c.loads)
        });
        if nothing_loads {
            screen_shown(number);
        }
    });
}

/// Notes when each animation frame begins while change `number` is measured.
fn watch_frames(number: u32) {
    request_animation_frame(move || {
        let watching = SCREEN_CHANGE.with_borrow_mut(|change| match change {
            Some(change) if change.number == number => {
                change.frames.push(now());
                true
            }
            _ => false,
        });
        if watching {
            watch_frames(number);
        }
    });
}

/// A screen's load began, waiting for its first answer. Answers the change of screen it is
/// counted in, if one is being measured, for [`screen_load_done`].
pub fn screen_load_started() -> Option<u32> {
    SCREEN_CHANGE.with_borrow_mut(|change| {
        let change = change.as_mut()?;
        change.pending += 1;
        change.loads = true;
        Some(change.number)
    })
}

/// A load counted in change `number` has its first answer in the page; after the last of them,
/// the screen is reported once laid out.
pub fn screen_load_done(number: u32) {
    let last = SCREEN_CHANGE.with_borrow_mut(|change| match change {
        Some(change) if change.number == number => {
            change.pending = change.pending.saturating_sub(1);
            change.pending == 0
        }
        _ => false,
    });
    if last {
        screen_shown(number);
    }
}

/// Once the work queued with the screen's answers is done (charts drawn at their measured
/// width), lays the page out and reports change `number`.
fn screen_shown(number: u32) {
    after_queued_work(move || {
        let change = SCREEN_CHANGE.with_borrow_mut(|change| match change {
            Some(c) if c.number == number && CHARTS_WAITING.get() > 0 => {
                // Shown once the last chart waiting for a frame is drawn.
                c.waits_for_charts = true;
                None
            }
            Some(c) if c.number == number => change.take(),
            _ => None,
        });
        let Some(mut change) = change else {
            return;
        };
        let began = now();
        lay_out();
        let at = now();
        change
            .work
            .push(("layout forced at the end".to_owned(), began, at));
        let (from, to) = change.longest_gap(at);
        report(Timing::ScreenShown {
            screen: change.screen.to_owned(),
            millis: at - change.started,
            longest_frame_ms: to - from,
            longest_frame_work: change.work_in(from, to),
            most_own_work_in_a_frame_ms: change.most_work_in_a_frame(at),
        });
    });
}

/// A chart waits for a later frame to be drawn in (`chart.rs`).
pub fn chart_waiting() {
    CHARTS_WAITING.set(CHARTS_WAITING.get() + 1);
}

/// A chart that waited is drawn (or gone); after the last, a screen change that waited only
/// for charts is shown.
pub fn chart_waited() {
    let left = CHARTS_WAITING.get().saturating_sub(1);
    CHARTS_WAITING.set(left);
    if left > 0 {
        return;
    }
    let waited = SCREEN_CHANGE.with_borrow(|change| {
        change
            .as_ref()
            .filter(|c| c.waits_for_charts)
            .map(|c| c.number)
    });
    if let Some(number) = waited {
        screen_shown(number);
    }
}

/// The answer of `command` was read into Rust's types in `millis` of the window's work;
/// reported only while measurements are kept, and never for `record_timing`'s own
/// answers, which would report themselves without end.
pub fn answer_decoded(command: &str, millis: f64) {
    if KEPT.get() != Some(true) || command == "record_timing" {
        return;
    }
    report(Timing::AnswerDecoded {
        command: command.to_owned(),
        millis,
    });
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::ScreenChange;

    /// Clicked at 0, frames began at 10, 25 and 80 ms; a chart drawn from 30 to 70 ms and an
    /// answer read from 5 to 12 ms.
    fn measured() -> ScreenChange {
        ScreenChange {
            number: 1,
            screen: "insights",
            started: 0.0,
            pending: 0,
            loads: true,
            waits_for_charts: false,
            work: vec![
                ("chart quality-map-chart".to_owned(), 30.0, 70.0),
                ("read insights".to_owned(), 5.0, 12.0),
            ],
            frames: vec![10.0, 25.0, 80.0],
        }
    }

    #[wasm_bindgen_test]
    fn the_longest_gap_between_frames_and_the_work_in_it() {
        let change = measured();
        assert_eq!(change.longest_gap(90.0), (25.0, 80.0));
        assert_eq!(
            change.work_in(25.0, 80.0),
            [("chart quality-map-chart".to_owned(), 40.0)]
        );
        // The answer's read is split by the frame at 10 ms: 5 ms before it, 2 ms after.
        assert_eq!(
            change.work_in(0.0, 10.0),
            [("read insights".to_owned(), 5.0)]
        );
        assert_eq!(change.most_work_in_a_frame(90.0), 40.0);
        // The frame still open at the end counts: a long one after the last frame is the longest.
        assert_eq!(change.longest_gap(200.0), (80.0, 200.0));
    }

    #[wasm_bindgen_test]
    fn of_two_gaps_as_long_the_first_is_the_longest() {
        let change = ScreenChange {
            frames: vec![20.0],
            work: Vec::new(),
            ..measured()
        };
        assert_eq!(change.longest_gap(40.0), (0.0, 20.0));
        assert_eq!(change.most_work_in_a_frame(40.0), 0.0);
    }
}
