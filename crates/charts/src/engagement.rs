//! Engagement over time: the interactions with the range's posts stacked by kind per day, week
//! or month, and the engagement rate smoothed over 7 days on an axis of its own.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, Months, NaiveDate};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::{EngagementDay, Granularity};

use crate::frame::{Key, Swatch, legend_band, titled};
use crate::text::{posts, rate, text_width};
use crate::{ChartError, Readout, Style};

/// The days the smoothed rate spans.
const WINDOW: u64 = 7;
/// The kinds of interaction as the legend names them (their ids in the catalogue), in
/// stacking order.
const KINDS: [&str; 5] = [
    "metric-likes",
    "metric-replies",
    "metric-reposts",
    "metric-quotes",
    "drawn-shares-in-development",
];

/// The first day of the period (day, week from Monday, calendar month) holding `day`.
fn period_start(day: NaiveDate, granularity: Granularity) -> NaiveDate {
    match granularity {
        Granularity::Day => day,
        Granularity::Week => day - Days::new(u64::from(day.weekday().num_days_from_monday())),
        Granularity::Month => day.with_day(1).unwrap_or(day),
    }
}

/// The first day after the period starting on `start`.
fn period_end(start: NaiveDate, granularity: Granularity) -> NaiveDate {
    match granularity {
        Granularity::Day => start + Days::new(1),
        Granularity::Week => start + Days::new(7),
        Granularity::Month => start + Months::new(1),
    }
}

/// The days summed by `granularity`: one entry per week (keyed by its Monday) or calendar
/// month (keyed by its first day) with any day in `days`, in order; by day, the days in order.
pub fn group_engagement(days: &[EngagementDay], granularity: Granularity) -> Vec<EngagementDay> {
    let mut periods: BTreeMap<NaiveDate, EngagementDay> = BTreeMap::new();
    for day in days {
        let start = period_start(day.day, granularity);
        periods
            .entry(start)
            .or_insert(EngagementDay::empty(start))
            .add(day);
    }
    periods.into_values().collect()
}

/// The engagement rate smoothed over 7 days, for each calendar day from the first of `days`
/// to the last: the interactions of the posts published in the 7 days ending that day over
/// their views, per 100 views (not a mean of daily rates, so a day of few views weighs
/// little); `None` where those days have no views.
pub fn smoothed_engagement_rate(days: &[EngagementDay]) -> Vec<(NaiveDate, Option<f64>)> {
    let by_day: BTreeMap<NaiveDate, (u64, u64)> =
        days.iter().fold(BTreeMap::new(), |mut sums, day| {
            let sum = sums.entry(day.day).or_insert((0, 0));
            sum.0 += day.interactions();
            sum.1 += day.views;
            sums
        });
    let (Some(&first), Some(&last)) = (by_day.keys().next(), by_day.keys().next_back()) else {
        return Vec::new();
    };
    first
        .iter_days()
        .take_while(|day| *day <= last)
        .map(|day| {
            let from = day - Days::new(WINDOW - 1);
            let (interactions, views) = by_day
                .range(from..=day)
                .fold((0, 0), |(i, v), (_, (di, dv))| (i + di, v + dv));
            (
                day,
                spool_model::insights::engagement_rate(interactions, views),
            )
        })
        .collect()
}

/// How many intervals both value axes are cut into: their grid lines are the same lines.
const INTERVALS: u32 = 5;

/// The smallest step of 1, 2 or 5 times a power of ten that is at least `raw` (1 at least
/// `floor`): the steps a person reads off an axis.
fn round_step(raw: f64, floor: f64) -> f64 {
    let raw = if raw.is_finite() {
        raw.max(floor)
    } else {
        floor
    };
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|step| *step >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * power)
}

/// The ticks of an axis from 0 reaching at least `highest`, in [`INTERVALS`] equal round
/// steps of at least `floor`: its top is the last. Plotters, asked for [`INTERVALS`] + 1
/// labels on a range from 0 to that top, ticks it at exactly these.
fn shared_ticks(highest: f64, floor: f64) -> Vec<f64> {
    let step = round_step(highest / f64::from(INTERVALS), floor);
    (0..=INTERVALS).map(|i| step * f64::from(i)).collect()
}

/// The values stacked for a period, in [`KINDS`]' order.
fn stack(period: &EngagementDay) -> [u64; 5] {
    [
        period.likes,
        period.replies,
        period.reposts,
        period.quotes,
        period.shares,
    ]
}

/// Draws the interactions with the range's posts on `area`, stacked by kind per day, week or
/// month (by the day each post was published), with the engagement rate smoothed over 7 days
/// as a line on the right-hand axis. The legend is a band above the plot. Each period reads
/// out its interactions by kind, its posts and views and its engagement rate.
pub fn draw_engagement<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    days: &[EngagementDay],
    granularity: Granularity,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (readouts, _) = draw(area, days, granularity, style)?;
    Ok(readouts)
}

/// The chart, with the legend's pixels (left, top, right, bottom) for tests.
fn draw<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    days: &[EngagementDay],
    granularity: Granularity,
    style: &Style,
) -> Result<(Vec<Readout>, Option<crate::Pixels>), ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    let title = style.t(spool_model::ChartKind::Engagement { granularity }.message_id());
    area.fill(&theme.background)?;
    let periods = group_engagement(days, granularity);
    let empty = || crate::empty_chart(area, &title, &style.t("drawn-engagement-empty"), style);
    let (Some(first), Some(last)) = (periods.first(), periods.last()) else {
        return Ok((empty()?, None));
    };
    if periods.iter().all(|p| p.posts == 0 && p.views == 0) {
        return Ok((empty()?, None));
    }
    let origin = first.day;
    let x_of = |day: NaiveDate| (day - origin).num_days() as f64;
    let x_end = x_of(period_end(last.day, granularity));
    let tallest = periods
        .iter()
        .map(|p| stack(p).iter().sum::<u64>())
        .max()
        .unwrap_or(0);
    // Both axes in the same number of round steps, so the right axis's ticks sit on the left
    // axis's grid lines.
    let counts = shared_ticks(tallest as f64 * 1.05, 1.0);
    let smoothed = smoothed_engagement_rate(days);
    let highest_rate = smoothed.iter().filter_map(|(_, r)| *r).fold(0.0, f64::max);
    let rates = shared_ticks(highest_rate * 1.1, 0.1);
    let y_top = counts.last().copied().unwrap_or(5.0);
    let rate_top = rates.last().copied().unwrap_or(1.0);
    // Plotters ticks a range at the finest round step (1, 2 or 5 times a power of ten) that
    // gives at most this many: on these tops, each axis's own step.
    let ticks = INTERVALS as usize + 1;

    let note = style.t("drawn-engagement-note");
    let rest = titled(area, &title, &[note], style)?;
    let mut keys: Vec<Key> = KINDS
        .iter()
        .zip(theme.kinds)
        .map(|(name, color)| Key::new(Swatch::Block(color), style.t(name)))
        .collect();
    keys.push(Key::new(
        Swatch::Line(theme.text),
        style.t("drawn-engagement-rate-7-days"),
    ));
    let (rest, legend) = legend_band(&rest, &keys, style)?;

    let width = f64::from(rest.dim_in_pixel().0) / style.scale;
    let long = x_end > 120.0 || granularity == Granularity::Month;
    // Short ranges are labelled by day at plotters' ticks; long ones by month, at the first of
    // each month, drawn below.
    let date_label = |x: &f64| {
        if long || x.fract() != 0.0 || *x < 0.0 || *x >= x_end {
            return String::new();
        }
        locale.day_month(origin + Days::new(*x as u64))
    };
    let mut chart = ChartBuilder::on(&rest)
        .margin_right(style.px(4))
        .x_label_area_size(style.px(26))
        .y_label_area_size(style.px(72))
        .right_y_label_area_size(style.px(56))
        .build_cartesian_2d(0f64..x_end, 0f64..y_top)?
        .set_secondary_coord(0f64..x_end, 0f64..rate_top);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(style.stroke(theme.grid, 1))
        .light_line_style(TRANSPARENT)
        .axis_style(style.stroke(theme.grid, 1))
        .x_labels(if long {
            0
        } else {
            ((width - 130.0) / 80.0).clamp(2.0, 8.0) as usize
        })
        .y_labels(ticks)
        .x_label_formatter(&date_label)
        .y_label_formatter(&|y| locale.number(y.max(0.0).round() as u64))
        .y_desc(style.t("drawn-interactions"))
        .axis_desc_style(style.text(12).color(&theme.muted))
        .label_style(style.text(12))
        .draw()?;
    chart
        .configure_secondary_axes()
        .axis_style(style.stroke(theme.grid, 1))
        .y_labels(ticks)
        .y_label_formatter(&|y| crate::text::tick(*y, locale))
        .y_desc(style.t("drawn-per-100-views"))
        .axis_desc_style(style.text(12).color(&theme.muted))
        .label_style(style.text(12))
        .draw()?;

    if long {
        let months: Vec<NaiveDate> =
            std::iter::successors(Some(period_start(origin, Granularity::Month)), |month| {
                Some(*month + Months::new(1))
            })
            .take_while(|month| x_of(*month) < x_end)
            .filter(|month| x_of(*month) >= 0.0)
            .collect();
        let label_width = text_width("Sep 2026", 12) + 16.0;
        let plot_width = (width - 132.0).max(1.0);
        let every = ((months.len() as f64 * label_width / plot_width).ceil() as usize).max(1);
        let base = rest.get_base_pixel();
        for month in months.iter().step_by(every) {
            let (x, y) = chart.backend_coord(&(x_of(*month), 0.0));
            rest.draw(&Text::new(
                locale.month_year(*month),
                (x - base.0, y - base.1 + style.at(6)),
                style.text(12).pos(Pos::new(HPos::Center, VPos::Top)),
            ))?;
        }
    }
    // Kind by kind across the periods, so that a backend that keeps its colour between shapes
    // (the window's) is handed each colour once.
    let bars: Vec<(f64, f64, [f64; 6])> = periods
        .iter()
        .map(|period| {
            let (from, to) = (x_of(period.day), x_of(period_end(period.day, granularity)));
            let inset = (to - from) * 0.12;
            let mut edges = [0.0; 6];
            for (kind, value) in stack(period).into_iter().enumerate() {
                edges[kind + 1] = edges[kind] + value as f64;
            }
            (from + inset, to - inset, edges)
        })
        .collect();
    for (kind, color) in theme.kinds.iter().enumerate() {
        chart.draw_series(
            bars.iter()
                .filter(|(_, _, edges)| edges[kind + 1] > edges[kind])
                .map(|(left, right, edges)| {
                    Rectangle::new(
                        [(*left, edges[kind]), (*right, edges[kind + 1])],
                        color.filled(),
                    )
                }),
        )?;
    }
    let line = style.stroke(theme.text, 2);
    let mut segment = Vec::new();
    for (day, smoothed_rate) in smoothed.iter().chain(std::iter::once(&(origin, None))) {
        match smoothed_rate {
            Some(value) => segment.push((x_of(*day) + 0.5, *value)),
            None if !segment.is_empty() => {
                chart.draw_secondary_series(LineSeries::new(std::mem::take(&mut segment), line))?;
            }
            None => {}
        }
    }

    let readouts = periods
        .iter()
        .map(|period| {
            let end = period_end(period.day, granularity);
            let name = match granularity {
                Granularity::Day => locale.weekday_date(period.day),
                Granularity::Week => style.tf(
                    "drawn-week-of",
                    &[("day", locale.weekday_date(period.day).into())],
                ),
                Granularity::Month => locale.month_year(period.day),
            };
            let [likes, replies, reposts, quotes, shares] = stack(period);
            let period_rate =
                spool_model::insights::engagement_rate(period.interactions(), period.views);
            let smoothed_at = smoothed
                .iter()
                .find(|(day, _)| *day == period.day)
                .and_then(|(_, r)| *r)
                .filter(|_| granularity == Granularity::Day);
            let rate_said = match (period_rate, smoothed_at) {
                (Some(r), None) => style.tf(
                    "drawn-engagement-rate-of",
                    &[("rate", rate(r, locale).into())],
                ),
                (Some(r), Some(s)) => style.tf(
                    "drawn-engagement-rate-of-smoothed",
                    &[
                        ("rate", rate(r, locale).into()),
                        ("smoothed", rate(s, locale).into()),
                    ],
                ),
                (None, None) => style.t("drawn-engagement-no-views"),
                (None, Some(s)) => style.tf(
                    "drawn-engagement-no-views-smoothed",
                    &[("smoothed", rate(s, locale).into())],
                ),
            };
            Readout::new(
                {
                    let (a, b) = (
                        chart.backend_coord(&(x_of(period.day), y_top)),
                        chart.backend_coord(&(x_of(end), 0.0)),
                    );
                    (a.0.min(b.0), a.1.min(b.1), a.0.max(b.0), a.1.max(b.1))
                },
                style.tf(
                    "drawn-engagement-readout",
                    &[
                        ("period", name.into()),
                        ("likes", likes.into()),
                        ("replies", replies.into()),
                        ("reposts", reposts.into()),
                        ("quotes", quotes.into()),
                        ("shares", shares.into()),
                        ("posts", posts(period.posts, style).into()),
                        ("views", period.views.into()),
                        ("rate", rate_said.into()),
                    ],
                ),
            )
        })
        .collect();
    Ok((readouts, Some(legend)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ChartTheme;
    use spool_model::Locale;

    pub(crate) fn day(
        date: (i32, u32, u32),
        views: u64,
        [likes, replies, reposts, quotes, shares]: [u64; 5],
    ) -> EngagementDay {
        EngagementDay {
            day: NaiveDate::from_ymd_opt(date.0, date.1, date.2).expect("a day"),
            posts: 1,
            views,
            likes,
            replies,
            reposts,
            quotes,
            shares,
        }
    }

    /// 90 days of posting, most days one post, some none.
    pub(crate) fn sample() -> Vec<EngagementDay> {
        let first = NaiveDate::from_ymd_opt(2026, 1, 5).expect("a day");
        (0..90u64)
            .filter(|i| i % 6 != 5)
            .map(|i| {
                let views = 900 + (i * 7_919) % 4_000 + if i == 40 { 30_000 } else { 0 };
                let likes = views * (3 + i % 4) / 100;
                EngagementDay {
                    day: first + Days::new(i),
                    posts: 1 + (i % 3 == 0) as u32,
                    views,
                    likes,
                    replies: likes / 4,
                    reposts: likes / 10,
                    quotes: likes / 20,
                    shares: likes / 8,
                }
            })
            .collect()
    }

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    #[test]
    fn days_are_summed_by_monday_and_by_first_of_the_month() {
        let days = [
            day((2026, 3, 1), 100, [1, 2, 3, 4, 5]),  // a Sunday
            day((2026, 3, 2), 200, [10, 0, 0, 0, 0]), // Monday
            day((2026, 3, 8), 300, [20, 1, 0, 0, 0]), // Sunday
            day((2026, 4, 1), 400, [30, 0, 0, 2, 1]), // Wednesday
        ];
        let weeks = group_engagement(&days, Granularity::Week);
        let mondays: Vec<String> = weeks.iter().map(|w| w.day.to_string()).collect();
        assert_eq!(mondays, ["2026-02-23", "2026-03-02", "2026-03-30"]);
        assert_eq!(
            (weeks[1].views, weeks[1].likes, weeks[1].replies),
            (500, 30, 1)
        );
        assert_eq!(weeks[1].posts, 2);
        let months = group_engagement(&days, Granularity::Month);
        assert_eq!(months.len(), 2);
        assert_eq!(months[0].day.to_string(), "2026-03-01");
        assert_eq!(
            (months[0].views, months[0].likes, months[0].shares),
            (600, 31, 5)
        );
        assert_eq!(months[1].day.to_string(), "2026-04-01");
        assert_eq!(group_engagement(&days, Granularity::Day), days.to_vec());
    }

    #[test]
    fn the_smoothed_rate_is_summed_interactions_over_summed_views() {
        // Day 1: 10 interactions on 100 views; day 3: 90 on 9,000. Mean of rates would be
        // 5.5; the rate of the posts is 100 over 9,100 views.
        let days = [
            day((2026, 3, 1), 100, [10, 0, 0, 0, 50]),
            day((2026, 3, 3), 9_000, [60, 20, 5, 5, 0]),
            day((2026, 3, 12), 0, [0, 0, 0, 0, 0]),
        ];
        let smoothed = smoothed_engagement_rate(&days);
        assert_eq!(smoothed.len(), 12, "every day from the first to the last");
        assert_eq!(smoothed[0].1, Some(10.0), "shares do not count");
        assert_eq!(
            smoothed[1].1,
            Some(10.0),
            "a day without posts keeps the window's"
        );
        let third = smoothed[2].1.expect("a rate");
        assert!((third - 100.0 * 100.0 / 9_100.0).abs() < 1e-9, "{third}");
        // 7 March is the last day whose window reaches 1 March.
        assert!((smoothed[6].1.expect("a rate") - 100.0 * 100.0 / 9_100.0).abs() < 1e-9);
        assert_eq!(smoothed[7].1, Some(1.0), "90 over 9,000");
        assert_eq!(smoothed[8].1, Some(1.0), "9 March still reaches 3 March");
        assert_eq!(smoothed[9].1, None, "no views in the window");
        assert_eq!(smoothed[11].1, None);
    }

    #[test]
    fn each_period_reads_out_its_interactions_by_kind_and_its_rate() {
        let days = [
            day((2026, 3, 2), 2_000, [80, 12, 5, 3, 9]),
            day((2026, 3, 4), 1_000, [20, 8, 0, 0, 0]),
        ];
        let mut readouts = Vec::new();
        crate::svg(960, 360, |area| {
            readouts = draw_engagement(area, &days, Granularity::Week, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        assert_eq!(readouts.len(), 1);
        // 128 interactions over 3,000 views: 4.3 per 100.
        assert_eq!(
            readouts[0].text(),
            "Week of Mon 2 Mar 2026: 100 likes, 20 replies, 5 reposts, 3 quotes, 9 shares (in \
             development), on 2 posts with 3,000 views; engagement rate 4.3 per 100 views"
        );
        let days_drawn = crate::svg(960, 360, |area| {
            draw_engagement(area, &days, Granularity::Day, &light())
        })
        .expect("drawn");
        // 100 interactions over 2,000 views that day and the 7 before it.
        assert!(days_drawn.contains(
            "Mon 2 Mar 2026: 80 likes, 12 replies, 5 reposts, 3 quotes, 9 shares (in \
             development), on 1 post with 2,000 views; engagement rate 5.0 per 100 views (7 \
             days: 5.0)"
        ));
        assert!(days_drawn.contains("Shares (in development)"));
        assert!(days_drawn.contains("Engagement per day"));
    }

    #[test]
    fn the_legend_lies_above_every_period_at_any_width() {
        for width in [360, 640, 960] {
            let mut drawn = (Vec::new(), None);
            crate::svg(width, 360, |area| {
                drawn = draw(area, &sample(), Granularity::Day, &light())?;
                Ok(Vec::new())
            })
            .expect("drawn");
            let (readouts, legend) = drawn;
            let legend = legend.expect("a legend");
            assert!(!readouts.is_empty());
            for readout in &readouts {
                let (l, t, r, b) = readout.area;
                let apart = r < legend.0 || l > legend.2 || b < legend.1 || t > legend.3;
                assert!(apart, "{width} px: {readout:?} under the legend {legend:?}");
            }
        }
    }

    /// The heights of the numbers drawn at each side of the plot, top down.
    fn side_labels(svg: &str, width: i32) -> (Vec<i32>, Vec<i32>) {
        let (mut left, mut right) = (Vec::new(), Vec::new());
        for element in svg.split("<text ").skip(1) {
            let attribute = |name: &str| -> Option<i32> {
                let rest = element.split(&format!("{name}=\"")).nth(1)?;
                rest.split('"')
                    .next()?
                    .parse::<f64>()
                    .ok()
                    .map(|v| v.round() as i32)
            };
            let label = element.split('>').nth(1).unwrap_or("").trim();
            let label = label.trim_end_matches("</text").trim();
            let numeric = !label.is_empty()
                && label
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == ',' || c == '.');
            if let (true, Some(x), Some(y)) = (numeric, attribute("x"), attribute("y")) {
                if x < 100 {
                    left.push(y);
                } else if x > width - 80 {
                    right.push(y);
                }
            }
        }
        left.sort_unstable();
        right.sort_unstable();
        (left, right)
    }

    #[test]
    fn the_rate_axis_ticks_sit_on_the_interactions_grid_lines() {
        for (width, granularity) in [
            (960, Granularity::Day),
            (960, Granularity::Week),
            (640, Granularity::Month),
        ] {
            let svg = crate::svg(width as u32, 360, |area| {
                draw_engagement(area, &sample(), granularity, &light())
            })
            .expect("drawn");
            let (left, right) = side_labels(&svg, width);
            assert_eq!(left.len(), INTERVALS as usize + 1, "{left:?}");
            assert_eq!(left.len(), right.len(), "{left:?} {right:?}");
            for (l, r) in left.iter().zip(&right) {
                assert!(
                    (l - r).abs() <= 1,
                    "{width} px by {granularity:?}: {left:?} {right:?}"
                );
            }
        }
        // Round steps, the top above the data.
        assert_eq!(shared_ticks(2_310.0, 1.0).last(), Some(&2_500.0));
        assert_eq!(shared_ticks(7.4, 0.1), [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]);
        assert_eq!(shared_ticks(0.0, 0.1).last(), Some(&0.5));
    }

    #[test]
    fn no_posts_say_why_and_what_to_do() {
        let drawn = crate::svg(960, 360, |area| {
            draw_engagement(area, &[], Granularity::Month, &light())
        })
        .expect("drawn");
        assert!(drawn.contains("Engagement per month"));
        assert!(drawn.contains(
            "No posts were published in this range: pick a longer range, or post and sync."
        ));
    }
}
