//! What the window measures of itself for `cargo xtask bench`: a mark when the first chart is
//! on screen, how long a change of range takes to show, how long the posts table takes to follow
//! a scroll, how long a screen takes to show what it loads, with its longest frame then, and how
//! long the window takes to read a command's answer, how long each chart takes to draw on its
//! canvas, and the steps of the window's start-up.
//! The app writes them to a file only when `SPOOL_TIMINGS` names one; otherwise they go nowhere.

use serde::{Deserialize, Serialize};
use specta::Type;

/// One measurement taken inside the window.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "mark", rename_all = "snake_case")]
pub enum Timing {
    /// The first chart of the session is drawn and laid out: start-up is over. Its time is the
    /// moment the native side hears of it.
    FirstChart,
    /// The overview's range changed and its charts were drawn and laid out again.
    RangeRedrawn {
        /// How many days the new range holds.
        days: u32,
        /// From the click (or the picker's Show) to the new charts laid out, in milliseconds:
        /// the command, the query, drawing, putting the drawing in the page, style and layout.
        /// Waiting for the display's next frame is not included.
        millis: f64,
    },
    /// The posts table was scrolled and the rows now in view were put in the page and laid out.
    PostsScrolled {
        /// How many rows of posts the page holds after the scroll (the table renders only those
        /// in view and a few either side).
        rows: u32,
        /// From the scroll event to the rows laid out, in milliseconds.
        millis: f64,
    },
    /// A screen was chosen (in the sidebar, or a post in the posts table) and what it loads from
    /// the history was put in the page and laid out.
    ScreenShown {
        /// Which screen: its `data-screen` name (`overview`, `posts`, …), or `post` for a
        /// post's page.
        screen: String,
        /// From the click to everything the screen loads laid out, in milliseconds: the
        /// commands, their queries on the history, building the view, style and layout.
        millis: f64,
        /// The longest time between two animation frames in that while, the frame still open
        /// at the end included, in milliseconds: how long the window was at worst unable to
        /// draw (a frame at 60 Hz is 16.7 ms).
        longest_frame_ms: f64,
        /// The window's own work measured inside that longest frame, summed by what it was
        /// (`read posts`, `chart best-times-chart`, `posts rows`, …), in milliseconds; the rest
        /// of the frame is the web view's (style, layout, paint) and work not measured.
        #[serde(default)]
        longest_frame_work: Vec<(String, f64)>,
        /// The most of the window's own work (as in `longest_frame_work`) that fell in any
        /// one frame of that while, in milliseconds: the part of a frame that is Spool's side.
        #[serde(default)]
        most_own_work_in_a_frame_ms: f64,
    },
    /// A command's answer was read into Rust's types in the window, in one go: the part of
    /// loading a screen that holds the page's one thread, however long the command took.
    AnswerDecoded {
        /// The command (`posts`, `overview`, …).
        command: String,
        /// From the answer handed over by Tauri's `invoke` to the value in Rust, in
        /// milliseconds.
        millis: f64,
    },
    /// A chart was drawn on its canvas: the drawing calls of `spool-charts` through the canvas
    /// backend, on the page's one thread.
    ChartDrawn {
        /// The chart's figure id in the page (`quality-map-chart`, `today-growth-chart`, …).
        chart: String,
        /// From the first drawing call to the drawing presented, in milliseconds.
        millis: f64,
    },
    /// The steps of the window's start-up, sent once its first chart is painted: when each
    /// happened, in milliseconds since the Unix epoch on the page's clock (as `at_unix_ms`), so
    /// they line up with the moment the process was started.
    StartUp {
        /// Each step (`navigation started`, `accounts asked`, `today answered`, `first chart
        /// drawn`, …) with its moment, in the order they happened.
        steps: Vec<(String, f64)>,
    },
}

#[cfg(test)]
mod tests {
    use super::Timing;

    #[test]
    fn a_screen_shown_without_its_frames_work_still_reads() {
        let line =
            r#"{"mark":"screen_shown","screen":"posts","millis":160.0,"longest_frame_ms":35.5}"#;
        let timing: Timing = serde_json::from_str(line).expect("an older line reads");
        assert_eq!(
            timing,
            Timing::ScreenShown {
                screen: "posts".to_owned(),
                millis: 160.0,
                longest_frame_ms: 35.5,
                longest_frame_work: Vec::new(),
                most_own_work_in_a_frame_ms: 0.0,
            }
        );
    }

    #[test]
    fn charts_drawn_and_start_up_steps_read_back_as_written() {
        for timing in [
            Timing::ChartDrawn {
                chart: "quality-map-chart".to_owned(),
                millis: 12.5,
            },
            Timing::StartUp {
                steps: vec![
                    ("navigation started".to_owned(), 1_000.0),
                    ("first chart drawn".to_owned(), 1_400.5),
                ],
            },
        ] {
            let line = serde_json::to_string(&timing).expect("a timing writes");
            let read: Timing = serde_json::from_str(&line).expect("a timing reads");
            assert_eq!(read, timing, "{line}");
        }
    }
}
