//! The posts table's windowing: which rows are in the page for a scroll offset. Run in Node by
//! the wasm-bindgen test runner, like the interface's other tests.

use spool_ui::row_window::{OVERSCAN, ROW_HEIGHT, RowWindow};
use wasm_bindgen_test::wasm_bindgen_test;

const TEN_THOUSAND: usize = 10_000;

#[wasm_bindgen_test]
fn at_the_top_the_rows_in_view_and_the_overscan_below_are_rendered() {
    // 720 px show 20 rows of 36 px.
    let window = RowWindow::of(TEN_THOUSAND, 0.0, 720.0, 36.0, 10);
    assert_eq!((window.start, window.end), (0, 30));
    assert_eq!(window.space_above(36.0), 0.0);
    assert_eq!(window.space_below(36.0), (TEN_THOUSAND - 30) as f64 * 36.0);
}

#[wasm_bindgen_test]
fn scrolled_halfway_the_rows_around_the_offset_are_rendered() {
    // 180,000 px down is row 5,000.
    let window = RowWindow::of(TEN_THOUSAND, 180_000.0, 720.0, 36.0, 10);
    assert_eq!((window.start, window.end), (4_990, 5_030));
    // The spacers and the rows add up to the whole table, so the scroll bar stays true.
    let rows = window.len() as f64 * 36.0;
    assert_eq!(
        window.space_above(36.0) + rows + window.space_below(36.0),
        TEN_THOUSAND as f64 * 36.0
    );
}

#[wasm_bindgen_test]
fn a_part_row_offset_still_covers_the_view() {
    // 50 px down: row 1 is at the top, partly hidden, and row 21 at the bottom, partly hidden.
    let window = RowWindow::of(TEN_THOUSAND, 50.0, 720.0, 36.0, 0);
    assert_eq!((window.start, window.end), (1, 22));
}

#[wasm_bindgen_test]
fn at_the_bottom_the_last_rows_are_rendered() {
    let bottom = TEN_THOUSAND as f64 * 36.0 - 720.0;
    let window = RowWindow::of(TEN_THOUSAND, bottom, 720.0, 36.0, 10);
    assert_eq!((window.start, window.end), (9_970, TEN_THOUSAND));
    assert_eq!(window.space_below(36.0), 0.0);
}

#[wasm_bindgen_test]
fn an_offset_past_a_shortened_list_shows_its_last_rows() {
    // Scrolled far down, then a filter left 50 rows.
    let window = RowWindow::of(50, 180_000.0, 720.0, 36.0, 10);
    assert_eq!((window.start, window.end), (20, 50));
    assert!(!window.is_empty());
}

#[wasm_bindgen_test]
fn a_short_list_is_rendered_whole() {
    let window = RowWindow::of(12, 0.0, 720.0, ROW_HEIGHT, OVERSCAN);
    assert_eq!((window.start, window.end), (0, 12));
    assert_eq!(
        window.space_above(ROW_HEIGHT) + window.space_below(ROW_HEIGHT),
        0.0
    );
}

#[wasm_bindgen_test]
fn a_big_table_never_renders_more_than_a_view_and_its_overscan() {
    for offset in [0.0, 1.0, 35.9, 36.0, 12_345.6, 359_000.0, 1e12] {
        let window = RowWindow::of(TEN_THOUSAND, offset, 720.0, ROW_HEIGHT, OVERSCAN);
        assert!(window.len() <= 21 + 2 * OVERSCAN, "{offset}: {window:?}");
        assert!(
            window.end <= TEN_THOUSAND && window.start < window.end,
            "{window:?}"
        );
    }
}

#[wasm_bindgen_test]
fn odd_measurements_give_a_window_inside_the_rows() {
    assert!(RowWindow::of(0, 0.0, 720.0, 36.0, 10).is_empty());
    assert!(RowWindow::of(100, 0.0, 720.0, 0.0, 10).is_empty());
    for (offset, viewport) in [
        (f64::NAN, 720.0),
        (-500.0, 720.0),
        (0.0, f64::INFINITY),
        (f64::INFINITY, 0.0),
        (0.0, -1.0),
    ] {
        let window = RowWindow::of(100, offset, viewport, 36.0, 10);
        assert!(
            window.start <= window.end && window.end <= 100 && !window.is_empty(),
            "{offset} {viewport}: {window:?}"
        );
    }
}
