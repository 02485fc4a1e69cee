//! Posting rhythm: a calendar of posts per day with the weeks posted and the streaks, and each
//! week's posts against the reach they had (does posting more dilute it?).

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::insights::median;
use spool_model::{PostingWeek, Rhythm};

use crate::frame::{Axes, Grid, Key, Swatch, legend_band, plot, titled};
use crate::text::{blend, count, count_of, posts, text_width};
use crate::{ChartError, Readout, Style};

/// The calendar's title.
const CALENDAR: &str = "kind-posting-calendar";
/// The frequency chart's title.
const FREQUENCY: &str = "kind-posting-frequency";

/// The shade of a day with `posts` posts: the grid's colour for none, then four steps to the
/// line's colour at four posts or more.
fn shade(posts: u32, style: &Style) -> RGBColor {
    let theme = &style.theme;
    match posts {
        0 => theme.grid,
        n => blend(
            theme.background,
            theme.line,
            [0.3, 0.5, 0.75, 1.0][(n.min(4) - 1) as usize],
        ),
    }
}

/// The row of month names above the calendar, in design pixels.
const MONTHS_ROW: f64 = 18.0;
/// The scale of shades under the calendar, in design pixels.
const SCALE_ROW: f64 = 24.0;
/// The room for the weekdays' names at the left, in design pixels.
const NAMES: f64 = 32.0;
/// Cells at least this wide (and [`WRITTEN_HEIGHT`] high) write their day and posts in them.
const WRITTEN_WIDTH: f64 = 30.0;
const WRITTEN_HEIGHT: f64 = 14.0;
/// The widest a cell grows: a month's weeks stay together as a calendar.
const WIDEST: f64 = 150.0;

/// Where the calendar's cells go in a plot of `width` × `height` design pixels.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Layout {
    /// The room for the weekdays' names at the left.
    names: f64,
    /// The width of a week's column and the height of a weekday's row, gap included.
    cell: f64,
    cell_height: f64,
    /// The gap between cells.
    gap: f64,
    /// Whether each cell writes its day of the month and its posts (and the scale of shades
    /// is left out, its room given to the cells).
    written: bool,
}

impl Layout {
    /// As large as the plot allows: a long range's weeks in square cells that fit its width
    /// (down to a few pixels at two years on a phone); a short range's as tall as the plot
    /// allows and wider, up to [`WIDEST`], with their day and posts written in them.
    fn of(width: f64, height: f64, columns: f64) -> Layout {
        let across = ((width - NAMES) / columns).max(2.0);
        let tall = |rows_below: f64| ((height - MONTHS_ROW - rows_below) / 7.0).max(2.0);
        let written_height = tall(0.0);
        let written_width = across.min(WIDEST);
        if written_width >= WRITTEN_WIDTH.max(written_height * 1.2)
            && written_height >= WRITTEN_HEIGHT
        {
            return Layout {
                names: NAMES,
                cell: written_width,
                cell_height: written_height,
                gap: 3.0,
                written: true,
            };
        }
        let cell = across.min(tall(SCALE_ROW));
        Layout {
            names: NAMES,
            cell,
            cell_height: cell,
            gap: (cell * 0.15).clamp(0.5, 3.0),
            written: false,
        }
    }
}

/// The ink that reads on `fill`: the theme's text or its background, whichever differs more
/// in lightness.
fn ink_on(fill: RGBColor, style: &Style) -> RGBColor {
    let light =
        |c: RGBColor| 0.2126 * f64::from(c.0) + 0.7152 * f64::from(c.1) + 0.0722 * f64::from(c.2);
    let theme = &style.theme;
    if (light(theme.text) - light(fill)).abs() >= (light(theme.background) - light(fill)).abs() {
        theme.text
    } else {
        theme.background
    }
}

/// Draws the posting calendar on `area`: a column per week (Monday at the top), each day of
/// the range shaded by its posts, with the weeks posted and the streaks under the title. Each
/// day reads out its date and posts.
pub fn draw_posting_calendar<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rhythm: &Rhythm,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    let (Some(first), Some(last)) = (rhythm.days.first(), rhythm.days.last()) else {
        return crate::empty_chart(
            area,
            &style.t(CALENDAR),
            &style.t("drawn-calendar-empty"),
            style,
        );
    };
    let summary = style.tf(
        "drawn-calendar-summary",
        &[
            ("posted", rhythm.weeks_posted.into()),
            ("weeks", rhythm.weeks.len().into()),
            ("current", rhythm.current_streak.into()),
            ("longest", rhythm.longest_streak.into()),
        ],
    );
    let rest = titled(area, &style.t(CALENDAR), &[summary], style)?;
    let monday = first.day - Days::new(u64::from(first.day.weekday().num_days_from_monday()));
    let columns = ((last.day - monday).num_days() / 7 + 1).max(1) as f64;
    let (width, height) = rest.dim_in_pixel();
    let (width, height) = (
        f64::from(width) / style.scale,
        f64::from(height) / style.scale,
    );
    let layout = Layout::of(width, height, columns);
    let Layout {
        names,
        cell,
        cell_height,
        gap,
        ..
    } = layout;
    let months = MONTHS_ROW;
    let at = |x: f64, y: f64| (style.at(x.round() as i32), style.at(y.round() as i32));
    let column_of = |day: NaiveDate| ((day - monday).num_days() / 7) as f64;
    let left_of = |day: NaiveDate| names + column_of(day) * cell;
    let top_of =
        |day: NaiveDate| months + f64::from(day.weekday().num_days_from_monday()) * cell_height;

    let label = style.text(11).pos(Pos::new(HPos::Left, VPos::Center));
    // Every weekday named when the rows have room, else Monday, Wednesday and Friday.
    let named: &[usize] = if cell_height >= 14.0 {
        &[0, 1, 2, 3, 4, 5, 6]
    } else {
        &[0, 2, 4]
    };
    for &row in named {
        rest.draw(&Text::new(
            locale.weekday_name(row).to_owned(),
            at(0.0, months + (row as f64 + 0.5) * cell_height - gap / 2.0),
            label.clone(),
        ))?;
    }
    // A month's name over the week of its first day, where it has room; the range's first
    // month is named at its start unless the next month starts within a few weeks.
    let mut free_from = names;
    let starts: Vec<NaiveDate> = rhythm
        .days
        .iter()
        .map(|d| d.day)
        .filter(|day| day.day() == 1)
        .collect();
    let name_first = starts
        .first()
        .is_none_or(|next| (column_of(*next) - column_of(first.day)) * cell >= 4.0 * 22.0);
    for day in std::iter::once(first.day)
        .filter(|day| name_first && day.day() != 1)
        .chain(starts)
    {
        let name = locale.month_year(day);
        let x = left_of(day);
        if x >= free_from {
            rest.draw(&Text::new(name.clone(), at(x, months / 2.0), label.clone()))?;
            free_from = x + text_width(&name, 11) + 8.0;
        }
    }
    let base = rest.get_base_pixel();
    let mut readouts = Vec::with_capacity(rhythm.days.len());
    for day in &rhythm.days {
        let (x, y) = (left_of(day.day), top_of(day.day));
        let (from, to) = (at(x, y), at(x + cell - gap, y + cell_height - gap));
        let fill = shade(day.posts, style);
        rest.draw(&Rectangle::new([from, to], fill.filled()))?;
        if layout.written {
            // The day of the month at the left, its posts at the right, in the ink that
            // reads on the cell's shade.
            let color = ink_on(fill, style);
            let ink = style.text(11).color(&color);
            let middle = y + (cell_height - gap) / 2.0;
            rest.draw(&Text::new(
                day.day.day().to_string(),
                at(x + 4.0, middle),
                ink.clone().pos(Pos::new(HPos::Left, VPos::Center)),
            ))?;
            if day.posts > 0 {
                let said = if cell - gap >= 64.0 {
                    posts(day.posts, style)
                } else {
                    locale.number(u64::from(day.posts))
                };
                rest.draw(&Text::new(
                    said,
                    at(x + cell - gap - 4.0, middle),
                    ink.pos(Pos::new(HPos::Right, VPos::Center)),
                ))?;
            }
        }
        readouts.push(Readout::new(
            (
                base.0 + from.0,
                base.1 + from.1,
                base.0 + to.0,
                base.1 + to.1,
            ),
            style.tf(
                "drawn-calendar-readout",
                &[
                    ("day", locale.weekday_date(day.day).into()),
                    ("posts", day.posts.into()),
                ],
            ),
        ));
    }
    // The scale, under the grid, where the cells do not write their posts.
    if layout.written {
        return Ok(readouts);
    }
    let scale_top = months + 7.0 * cell_height + 8.0;
    let mut x = names;
    let note = style
        .text(11)
        .color(&theme.muted)
        .pos(Pos::new(HPos::Left, VPos::Center));
    for (posts, name) in [
        (0, style.t("drawn-calendar-none")),
        (1, locale.number(1)),
        (2, locale.number(2)),
        (3, locale.number(3)),
        (4, style.t("drawn-calendar-four-or-more")),
    ] {
        rest.draw(&Rectangle::new(
            [at(x, scale_top), at(x + 10.0, scale_top + 10.0)],
            shade(posts, style).filled(),
        ))?;
        rest.draw(&Text::new(
            name.as_str(),
            at(x + 13.0, scale_top + 5.0),
            note.clone(),
        ))?;
        x += 13.0 + text_width(&name, 11) + 10.0;
    }
    Ok(readouts)
}

/// Draws each week with posts on `area` as a dot at its number of posts and the median views
/// those posts had, with the median over the weeks of each number of posts as a line: does
/// posting more dilute reach? Each week reads out its posts and median; each number of posts,
/// its weeks' median.
pub fn draw_posting_frequency<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    rhythm: &Rhythm,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    let weeks: Vec<(&PostingWeek, f64)> = rhythm
        .weeks
        .iter()
        .filter(|w| w.posts > 0)
        .filter_map(|w| Some((w, w.median_views?)))
        .collect();
    if weeks.is_empty() {
        return crate::empty_chart(
            area,
            &style.t(FREQUENCY),
            &style.t("drawn-frequency-empty"),
            style,
        );
    }
    // The weeks of each number of posts, and their median.
    let mut by_posts: BTreeMap<u32, Vec<f64>> = BTreeMap::new();
    for (week, median) in &weeks {
        by_posts.entry(week.posts).or_default().push(*median);
    }
    // Each count's weeks are there because one was pushed: every median exists.
    let medians: Vec<(u32, usize, f64)> = by_posts
        .iter_mut()
        .filter_map(|(&posts, values)| Some((posts, values.len(), median(values)?)))
        .collect();
    let most = f64::from(by_posts.keys().copied().max().unwrap_or(1));
    let top = weeks.iter().map(|w| w.1).fold(0.0, f64::max);
    let rest = titled(
        area,
        &style.t(FREQUENCY),
        &[style.t("drawn-frequency-note")],
        style,
    )?;
    let keys = [
        Key::new(Swatch::Dot(theme.line), style.t("drawn-frequency-week")),
        Key::new(
            Swatch::Line(theme.accent),
            style.t("drawn-frequency-median"),
        ),
    ];
    let (rest, _) = legend_band(&rest, &keys, style)?;
    let x_format = |x: &f64| {
        if (x - x.round()).abs() < 1e-6 && *x >= 1.0 {
            locale.number(x.round() as u64)
        } else {
            String::new()
        }
    };
    let y_format = |y: &f64| count(*y, locale);
    let (x_desc, y_desc) = (style.t("drawn-frequency-x"), style.t("drawn-frequency-y"));
    let axes = Axes {
        x: 0.4..most + 0.6,
        y: 0.0..(top * 1.15).max(10.0),
        x_labels: (most as usize + 2).min(12),
        y_labels: 5,
        x_format: &x_format,
        y_format: &y_format,
        x_desc: Some(&x_desc),
        y_desc: Some(&y_desc),
        y_area: 76,
        grid: Grid::Horizontal,
    };
    let mut chart = plot(&rest, &axes, style)?;
    chart.draw_series(LineSeries::new(
        medians.iter().map(|&(posts, _, m)| (f64::from(posts), m)),
        style.stroke(theme.accent, 2),
    ))?;
    let mut readouts = Vec::with_capacity(weeks.len() + medians.len());
    let mut seen: BTreeMap<u32, usize> = BTreeMap::new();
    let reach = style.at(6);
    for (week, views) in &weeks {
        // Weeks of the same number of posts are spread a little side by side.
        let nth = seen.entry(week.posts).or_default();
        let of = by_posts.get(&week.posts).map_or(1, Vec::len);
        let spread = if of > 1 {
            (*nth as f64 / (of - 1) as f64 - 0.5) * 0.4
        } else {
            0.0
        };
        *nth += 1;
        let at = (f64::from(week.posts) + spread, *views);
        chart.draw_series(std::iter::once(Circle::new(
            at,
            style.px(4),
            theme.line.mix(0.75).filled(),
        )))?;
        let (x, y) = chart.backend_coord(&at);
        readouts.push(Readout::new(
            (x - reach, y - reach, x + reach, y + reach),
            style.tf(
                "drawn-frequency-week-readout",
                &[
                    ("week", locale.weekday_date(week.monday).into()),
                    ("posts", posts(week.posts, style).into()),
                    ("views", count_of(*views).into()),
                ],
            ),
        ));
    }
    for &(posts_count, weeks_count, m) in &medians {
        let x = f64::from(posts_count);
        chart.draw_series(std::iter::once(Circle::new(
            (x, m),
            style.px(3),
            theme.accent.filled(),
        )))?;
        let (left, top) = chart.backend_coord(&(x - 0.5, (top * 1.15).max(10.0)));
        let (right, bottom) = chart.backend_coord(&(x + 0.5, 0.0));
        readouts.push(Readout::new(
            (left, top, right, bottom),
            style.tf(
                "drawn-frequency-median-readout",
                &[
                    ("posts", posts(posts_count, style).into()),
                    ("weeks", weeks_count.into()),
                    ("views", count_of(m).into()),
                ],
            ),
        ));
    }
    Ok(readouts)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ChartTheme;
    use spool_model::Locale;
    use spool_model::PostingDay;

    /// 13 weeks from Wednesday 7 January 2026, posting most days.
    pub(crate) fn sample() -> Rhythm {
        let first = NaiveDate::from_ymd_opt(2026, 1, 7).expect("a day");
        let days: Vec<PostingDay> = (0..91u64)
            .map(|i| PostingDay {
                day: first + Days::new(i),
                posts: [1, 0, 2, 1, 0, 0, 3, 1, 5, 0, 1][(i * 7 % 11) as usize]
                    * u32::from(!(30..40).contains(&i)),
            })
            .collect();
        let monday = first - Days::new(2);
        let weeks: Vec<PostingWeek> = (0..14u64)
            .map(|w| {
                let start = monday + Days::new(w * 7);
                let posts: u32 = days
                    .iter()
                    .filter(|d| d.day >= start && d.day < start + Days::new(7))
                    .map(|d| d.posts)
                    .sum();
                PostingWeek {
                    monday: start,
                    posts,
                    median_views: (posts > 0)
                        .then(|| 4_000.0 - f64::from(posts) * 180.0 + (w * 317 % 900) as f64),
                }
            })
            .collect();
        Rhythm {
            weeks_posted: weeks.iter().filter(|w| w.posts > 0).count() as u32,
            days,
            weeks,
            current_streak: 2,
            longest_streak: 6,
        }
    }

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    fn day(y: i32, m: u32, d: u32, posts: u32) -> PostingDay {
        PostingDay {
            day: NaiveDate::from_ymd_opt(y, m, d).expect("a day"),
            posts,
        }
    }

    #[test]
    fn each_day_reads_out_its_posts_in_its_weeks_column() {
        let rhythm = Rhythm {
            days: vec![
                day(2026, 3, 2, 1),
                day(2026, 3, 3, 2),
                day(2026, 3, 4, 0),
                day(2026, 3, 9, 4),
            ],
            weeks: Vec::new(),
            weeks_posted: 2,
            current_streak: 1,
            longest_streak: 2,
        };
        let mut readouts = Vec::new();
        let svg = crate::svg(960, 220, |area| {
            readouts = draw_posting_calendar(area, &rhythm, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        let texts: Vec<String> = readouts.iter().map(|r| r.text().into_owned()).collect();
        assert_eq!(
            texts,
            [
                "Mon 2 Mar 2026: 1 post",
                "Tue 3 Mar 2026: 2 posts",
                "Wed 4 Mar 2026: no posts",
                "Mon 9 Mar 2026: 4 posts",
            ]
        );
        assert!(
            svg.contains("current streak 1 day · longest streak 2 days"),
            "{svg}"
        );
        assert!(svg.contains("Posted in 2 of 0 weeks"));
        // Monday above Tuesday in one column; the next Monday a column to the right.
        let (mon, tue, next) = (readouts[0].area, readouts[1].area, readouts[3].area);
        assert_eq!(mon.0, tue.0);
        assert!(mon.3 < tue.1);
        assert!(next.0 > mon.2);
        assert_eq!(next.1, mon.1);
    }

    /// `days` days ending on 30 Nov 2026, a post on most days, up to four.
    fn days_to_november(days: u64) -> Rhythm {
        let last = NaiveDate::from_ymd_opt(2026, 11, 30).expect("a day");
        Rhythm {
            days: (0..days)
                .rev()
                .map(|ago| PostingDay {
                    day: last - Days::new(ago),
                    posts: (ago % 5) as u32,
                })
                .collect(),
            weeks: Vec::new(),
            weeks_posted: 1,
            current_streak: 0,
            longest_streak: 4,
        }
    }

    /// Each day's cell, in pixels, as drawn at `width` × 220 (the chart's size in the window).
    fn cells(rhythm: &Rhythm, width: u32) -> (Vec<Readout>, String) {
        let mut readouts = Vec::new();
        let svg = crate::svg(width, 220, |area| {
            readouts = draw_posting_calendar(area, rhythm, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        (readouts, svg)
    }

    #[test]
    fn a_month_reads_at_a_glance_in_cells_as_large_as_the_chart_allows() {
        let rhythm = days_to_november(30);
        let (readouts, svg) = cells(&rhythm, 960);
        assert_eq!(readouts.len(), 30);
        for cell in &readouts {
            let (l, t, r, b) = cell.area;
            assert!(r - l >= 120, "{} px wide: {cell:?}", r - l);
            assert!(b - t >= 14, "{} px high: {cell:?}", b - t);
        }
        // The five weeks fill most of the chart's width.
        let left = readouts.iter().map(|c| c.area.0).min().unwrap_or(0);
        let right = readouts.iter().map(|c| c.area.2).max().unwrap_or(0);
        assert!(right - left >= 600, "the weeks span {} px", right - left);
        // Each cell writes its day of the month and its posts.
        assert!(
            svg.contains(">\n17\n</text>") && svg.contains(">\n4 posts\n</text>"),
            "{svg}"
        );
        // At a phone's width the cells still write their posts, as numbers.
        let (narrow, svg) = cells(&rhythm, 360);
        assert!(narrow.iter().all(|c| c.area.2 - c.area.0 >= 30));
        assert!(svg.contains(">\n4\n</text>"));
    }

    #[test]
    fn two_years_fit_the_chart_in_square_cells_that_never_overlap() {
        let rhythm = days_to_november(730);
        let (readouts, svg) = cells(&rhythm, 960);
        assert_eq!(readouts.len(), 730);
        for cell in &readouts {
            let (l, t, r, b) = cell.area;
            assert!(r - l >= 6 && b - t >= 6, "{cell:?}");
            assert!((r - l - (b - t)).abs() <= 1, "square: {cell:?}");
            assert!(r <= 960 && b <= 220, "inside the chart: {cell:?}");
        }
        for pair in readouts.windows(2) {
            let (a, b) = (pair[0].area, pair[1].area);
            let apart = a.2 < b.0 || b.2 < a.0 || a.3 < b.1 || b.3 < a.1;
            assert!(apart, "{a:?} and {b:?} overlap");
        }
        // Too small to write in: the scale of shades says what they mean.
        assert!(svg.contains("4+ posts a day"));
    }

    #[test]
    fn the_summary_gives_weeks_posted_and_streaks() {
        let rhythm = sample();
        let svg = crate::svg(960, 220, |area| {
            draw_posting_calendar(area, &rhythm, &light())
        })
        .expect("drawn");
        assert!(svg.contains(&format!(
            "Posted in {} of 14 weeks · current streak 2 days · longest streak 6 days",
            rhythm.weeks_posted
        )));
        assert!(svg.contains("Jan 2026") && svg.contains("Feb 2026"));
    }

    #[test]
    fn each_week_reads_out_its_posts_and_median_and_each_count_its_weeks() {
        let week = |d: u32, posts: u32, median: Option<f64>| PostingWeek {
            monday: NaiveDate::from_ymd_opt(2026, 3, d).expect("a day"),
            posts,
            median_views: median,
        };
        let rhythm = Rhythm {
            days: Vec::new(),
            weeks: vec![
                week(2, 2, Some(1_000.0)),
                week(9, 2, Some(3_000.0)),
                week(16, 5, Some(700.0)),
                week(23, 0, None),
            ],
            weeks_posted: 3,
            current_streak: 0,
            longest_streak: 0,
        };
        let mut readouts = Vec::new();
        let svg = crate::svg(960, 320, |area| {
            readouts = draw_posting_frequency(area, &rhythm, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        let texts: Vec<String> = readouts.iter().map(|r| r.text().into_owned()).collect();
        assert_eq!(
            texts,
            [
                "Week of Mon 2 Mar 2026: 2 posts, median 1,000 views per post",
                "Week of Mon 9 Mar 2026: 2 posts, median 3,000 views per post",
                "Week of Mon 16 Mar 2026: 5 posts, median 700 views per post",
                "Weeks with 2 posts: 2 weeks, median 2,000 views per post",
                "Weeks with 5 posts: 1 week, median 700 views per post",
            ]
        );
        assert!(svg.contains("Posts per week and their reach"));
        assert!(svg.contains("Posts that week"));
        // A week's dot is found before its column.
        let dot = &readouts[2];
        let (x, y) = ((dot.area.0 + dot.area.2) / 2, (dot.area.1 + dot.area.3) / 2);
        assert_eq!(crate::readout_at(&readouts, x, y), Some(dot));
    }

    #[test]
    fn empty_rhythms_say_why() {
        let rhythm = Rhythm {
            days: Vec::new(),
            weeks: Vec::new(),
            weeks_posted: 0,
            current_streak: 0,
            longest_streak: 0,
        };
        let calendar = crate::svg(960, 220, |area| {
            draw_posting_calendar(area, &rhythm, &light())
        })
        .expect("drawn");
        assert!(calendar.contains("No days in this range"));
        let frequency = crate::svg(960, 320, |area| {
            draw_posting_frequency(area, &rhythm, &light())
        })
        .expect("drawn");
        assert!(frequency.contains("No week in this range has posts with views"));
    }
}
