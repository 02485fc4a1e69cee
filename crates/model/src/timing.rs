//! What the window measures of itself for `cargo xtask bench`: a mark when the first chart is
//! on screen, how long a change of range takes to show, how long the posts table takes to follow
//! a scroll, how long a screen takes to show what it loads, with its longest frame then, and how
//! long the window takes to read a command's answer.
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
}
