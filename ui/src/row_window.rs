//! Which rows of a long table to put in the page: those in view and a few either side. With
//! 10,000 posts, a table that renders every row takes seconds to build and stutters when
//! scrolled; one that renders the rows in view does neither. Pure arithmetic, so it is tested
//! without a page.

/// Height of one table row, in CSS pixels; `ui/style.css` gives rows exactly this height.
pub const ROW_HEIGHT: f64 = 36.0;
/// Rows rendered beyond each edge of the view, so a quick scroll never shows a blank band.
pub const OVERSCAN: usize = 10;
/// The view's height assumed before the page has measured it.
pub const DEFAULT_VIEWPORT: f64 = 720.0;

/// The rows `start..end` of a table to render, and the space that stands in for the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RowWindow {
    /// The first row rendered.
    pub start: usize,
    /// One past the last row rendered.
    pub end: usize,
    /// How many rows the table has.
    pub total: usize,
}

impl RowWindow {
    /// The rows to render of `total` rows of `row_height` pixels, scrolled down by `scroll_top`
    /// pixels in a view `viewport` pixels high, with `overscan` rows more on each side. Odd
    /// inputs (negative, not finite, a zero row height) give an empty or clamped window, never a
    /// range outside the rows.
    pub fn of(
        total: usize,
        scroll_top: f64,
        viewport: f64,
        row_height: f64,
        overscan: usize,
    ) -> Self {
        let finite = |x: f64| if x.is_finite() { x.max(0.0) } else { 0.0 };
        if total == 0 || !(row_height.is_finite() && row_height > 0.0) {
            return Self {
                start: 0,
                end: 0,
                total,
            };
        }
        let (top, viewport) = (finite(scroll_top), finite(viewport));
        // `as usize` saturates, so a huge offset is just "past the end".
        let in_view = ((viewport / row_height).ceil() as usize).max(1);
        // An offset past the end (the list just got shorter) shows its last rows.
        let first = ((top / row_height).floor() as usize).min(total.saturating_sub(in_view));
        let start = first.saturating_sub(overscan);
        // The view's bottom edge may cut a row: that row is in view too.
        let last = ((top + viewport) / row_height).ceil() as usize;
        let end = last
            .max(first.saturating_add(in_view))
            .saturating_add(overscan)
            .min(total);
        Self { start, end, total }
    }

    /// Height of the space above the rendered rows, in pixels.
    pub fn space_above(&self, row_height: f64) -> f64 {
        self.start as f64 * row_height
    }

    /// Height of the space below the rendered rows, in pixels.
    pub fn space_below(&self, row_height: f64) -> f64 {
        self.total.saturating_sub(self.end) as f64 * row_height
    }

    /// How many rows are rendered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether no row is rendered.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}
