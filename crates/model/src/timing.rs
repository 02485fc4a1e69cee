//! What the window measures of itself for `cargo xtask bench`: a mark when the first chart is
//! on screen, and how long a change of range takes to show. The app writes them to a file only
//! when `SPOOL_TIMINGS` names one; otherwise they go nowhere.

use serde::{Deserialize, Serialize};
use specta::Type;

/// One measurement taken inside the window.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Type)]
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
}
