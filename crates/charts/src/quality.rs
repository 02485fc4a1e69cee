//! The post quality map: every post of the range by its views (on a log scale) and its
//! engagement rate, divided at the medians into four named quadrants.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::{PostPoint, Quadrant, QualityMap};

use crate::frame::{Axes, Grid, plot, titled};
use crate::text::{count_of, quoted_post, rate, tick};
use crate::{ChartError, Readout, Style};

/// The chart's title.
const TITLE: &str = "kind-quality-map";

/// A quadrant's name inside a sentence ("breakout" in English, where its title is "Breakout").
const fn in_quadrant(quadrant: Quadrant) -> &'static str {
    match quadrant {
        Quadrant::Breakout => "drawn-in-quadrant-breakout",
        Quadrant::Conversation => "drawn-in-quadrant-conversation",
        Quadrant::Broadcast => "drawn-in-quadrant-broadcast",
        Quadrant::Quiet => "drawn-in-quadrant-quiet",
    }
}

/// The colour a quadrant's name and posts are drawn in.
fn quadrant_color(quadrant: Quadrant, style: &Style) -> RGBColor {
    let theme = &style.theme;
    match quadrant {
        Quadrant::Breakout => theme.accent,
        Quadrant::Conversation => theme.kinds[1],
        Quadrant::Broadcast => theme.kinds[3],
        Quadrant::Quiet => theme.muted,
    }
}

/// The views marked along the log axis between `low` and `high` (as powers of ten): 1, 2 and 5
/// times each power of ten, or only the powers where those would crowd.
fn view_ticks(low: f64, high: f64, most: usize) -> Vec<f64> {
    let mut ticks = Vec::new();
    for steps in [&[1.0, 2.0, 5.0][..], &[1.0, 3.0][..], &[1.0][..]] {
        ticks.clear();
        let mut power = low.floor() as i32;
        while f64::from(power) <= high {
            for step in steps {
                let value = step * 10f64.powi(power);
                let at = value.log10();
                if at >= low && at <= high {
                    ticks.push(value);
                }
            }
            power += 1;
        }
        if ticks.len() <= most {
            break;
        }
    }
    ticks
}

/// A round number of views, short: "500", "2k", "10k", "1M" (never "2.0k").
fn round_compact(value: f64, locale: &spool_model::Locale) -> String {
    let written = locale.compact(value.round() as u64);
    let zero = format!("{}0", locale.decimal);
    match written.char_indices().last() {
        Some((at, unit)) if written[..at].ends_with(&zero) => {
            format!("{}{unit}", &written[..at - zero.len()])
        }
        _ => written,
    }
}

/// Draws the quality map on `area`: each post a dot at its views (log scale) and engagement
/// rate, the median lines dashed, the quadrants named in their corners, and each post read out
/// by its text with its views, rate and quadrant.
pub fn draw_quality_map<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    map: &QualityMap,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    if map.points.is_empty() {
        return crate::empty_chart(
            area,
            &style.t(TITLE),
            &style.t("drawn-no-posts-with-views"),
            style,
        );
    }
    let note = style.tf(
        "drawn-quality-note",
        &[
            ("views", count_of(map.median_views).into()),
            ("rate", rate(map.median_rate, locale).into()),
        ],
    );
    let rest = titled(area, &style.t(TITLE), &[note], style)?;

    let log = |views: f64| views.max(1.0).log10();
    let (low, high) = map.points.iter().fold((f64::MAX, f64::MIN), |(lo, hi), p| {
        (lo.min(log(p.views as f64)), hi.max(log(p.views as f64)))
    });
    let (low, high) = (
        low.min(log(map.median_views)),
        high.max(log(map.median_views)),
    );
    // At least one power of ten across, with room either side.
    let middle = (low + high) / 2.0;
    let half = ((high - low) / 2.0).max(0.5) + 0.12;
    let (x_low, x_high) = ((middle - half).max(0.0), middle + half);
    let top_rate = map
        .points
        .iter()
        .map(|p| p.engagement_rate)
        .fold(map.median_rate, f64::max);
    let y_high = (top_rate * 1.15).max(1.0);
    let width = f64::from(rest.dim_in_pixel().0) / style.scale;
    let y_format = |y: &f64| tick(*y, locale);
    let (x_desc, y_desc) = (
        style.t("drawn-views-log-scale"),
        style.t("drawn-engagement-rate-axis"),
    );
    let axes = Axes {
        x: x_low..x_high,
        y: 0.0..y_high,
        x_labels: 0,
        y_labels: 6,
        x_format: &|_| String::new(),
        y_format: &y_format,
        x_desc: Some(&x_desc),
        y_desc: Some(&y_desc),
        y_area: 58,
        grid: Grid::Horizontal,
    };
    let mut chart = plot(&rest, &axes, style)?;

    // The log axis's marks, drawn here: plotters would mark the logarithms.
    let base = rest.get_base_pixel();
    for value in view_ticks(x_low, x_high, ((width - 80.0) / 60.0).max(2.0) as usize) {
        let at = value.log10();
        chart.draw_series(std::iter::once(PathElement::new(
            [(at, 0.0), (at, y_high)],
            style.stroke(theme.grid, 1),
        )))?;
        let (x, y) = chart.backend_coord(&(at, 0.0));
        rest.draw(&Text::new(
            round_compact(value, locale),
            (x - base.0, y - base.1 + style.at(6)),
            style.text(12).pos(Pos::new(HPos::Center, VPos::Top)),
        ))?;
    }

    // The quadrants' names in their corners, under the posts.
    let (inset_x, inset_y) = ((x_high - x_low) * 0.01, y_high * 0.02);
    let corners = [
        (
            x_high - inset_x,
            y_high - inset_y,
            HPos::Right,
            VPos::Top,
            Quadrant::Breakout,
        ),
        (
            x_low + inset_x,
            y_high - inset_y,
            HPos::Left,
            VPos::Top,
            Quadrant::Conversation,
        ),
        (
            x_high - inset_x,
            inset_y,
            HPos::Right,
            VPos::Bottom,
            Quadrant::Broadcast,
        ),
        (
            x_low + inset_x,
            inset_y,
            HPos::Left,
            VPos::Bottom,
            Quadrant::Quiet,
        ),
    ];
    for (x, y, h, v, quadrant) in corners {
        let color = quadrant_color(quadrant, style);
        chart.draw_series(std::iter::once(Text::new(
            style.t(quadrant.message_id()),
            (x, y),
            style.text(13).color(&color).pos(Pos::new(h, v)),
        )))?;
    }

    let median_x = log(map.median_views);
    let dashed = style.stroke(theme.muted, 1);
    chart.draw_series(DashedLineSeries::new(
        [(median_x, 0.0), (median_x, y_high)],
        style.px(5),
        style.px(4),
        dashed,
    ))?;
    chart.draw_series(DashedLineSeries::new(
        [(x_low, map.median_rate), (x_high, map.median_rate)],
        style.px(5),
        style.px(4),
        dashed,
    ))?;

    // The dots are opaque, so that a backend may fill those of one colour together (the
    // window's does) and draw the same picture; quadrant by quadrant, breakouts on top.
    let radius = style.px(4);
    let quadrant_of = |post: &PostPoint| {
        Quadrant::of(
            post.views,
            post.engagement_rate,
            map.median_views,
            map.median_rate,
        )
    };
    let at = |post: &PostPoint| (log(post.views as f64), post.engagement_rate);
    for quadrant in [
        Quadrant::Quiet,
        Quadrant::Broadcast,
        Quadrant::Conversation,
        Quadrant::Breakout,
    ] {
        let color = quadrant_color(quadrant, style).filled();
        // A dot exactly on another of its colour is not drawn again: the picture is the same,
        // and two years of posts put many on the same pixel.
        let mut placed = std::collections::HashSet::new();
        let dots: Vec<(f64, f64)> = map
            .points
            .iter()
            .filter(|post| quadrant_of(post) == quadrant)
            .map(at)
            .filter(|&point| placed.insert(chart.backend_coord(&point)))
            .collect();
        chart.draw_series(
            dots.into_iter()
                .map(|point| Circle::new(point, radius, color)),
        )?;
    }
    // Each post's words are written only when read: two years of posts are ten thousand
    // sentences, and the window reads one at a time.
    let reach = style.at(6);
    let shared = std::sync::Arc::new(style.clone());
    let mut readouts = Vec::with_capacity(map.points.len());
    for post in &map.points {
        let (x, y) = chart.backend_coord(&at(post));
        let (style, post, quadrant) = (shared.clone(), post.clone(), quadrant_of(post));
        readouts.push(Readout::later(
            (x - reach, y - reach, x + reach, y + reach),
            move || {
                style.tf(
                    "drawn-quality-readout",
                    &[
                        ("post", quoted_post(&post, &style).into()),
                        ("views", post.views.into()),
                        ("rate", rate(post.engagement_rate, &style.locale).into()),
                        ("quadrant", style.t(in_quadrant(quadrant)).into()),
                    ],
                )
            },
        ));
    }
    Ok(readouts)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What the chart says with nothing to draw, in English.
    const EMPTY_EN: &str =
        "No posts with views in this range: pick a longer range, or sync to read your posts.";
    use crate::ChartTheme;
    use crate::top_posts::tests::point;
    use spool_model::Locale;

    // Drawn by the looks pass, which needs the export feature.
    #[cfg_attr(not(feature = "export"), expect(dead_code))]
    pub(crate) fn sample() -> QualityMap {
        let mut points = vec![
            point("Breakout thread about launch day", 48_000, 2_880),
            point("A quiet note", 300, 3),
            point("Hot take that got everyone talking", 900, 90),
            point("Link to my newsletter", 20_000, 200),
        ];
        for i in 0..30u64 {
            let views = 400 + (i * 7_919) % 9_000;
            points.push(point(
                &format!("Everyday post {i}"),
                views,
                views * (2 + i % 5) / 100,
            ));
        }
        QualityMap {
            points,
            median_views: 3_000.0,
            median_rate: 4.0,
        }
    }

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    /// `map` drawn as the SVG export draws it, and its readouts.
    fn drawn(map: &QualityMap) -> (String, Vec<Readout>) {
        let mut readouts = Vec::new();
        let drawn = crate::svg(960, 480, |area| {
            readouts = draw_quality_map(area, map, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        (drawn, readouts)
    }

    #[test]
    fn each_post_is_named_with_its_views_rate_and_quadrant() {
        let map = QualityMap {
            points: vec![
                point("Breakout thread", 48_000, 2_880),
                point("A quiet note", 300, 3),
                point("Talked about", 900, 90),
                point("Seen widely", 20_000, 200),
            ],
            median_views: 3_000.0,
            median_rate: 4.0,
        };
        let (drawn, readouts) = drawn(&map);
        let texts: Vec<String> = readouts.iter().map(|r| r.text().into_owned()).collect();
        // 2,880 / 48,000 = 6 per 100; 3 / 300 = 1; 90 / 900 = 10; 200 / 20,000 = 1.
        assert_eq!(
            texts,
            [
                "“Breakout thread”: 48,000 views, 6.0 per 100 views, breakout",
                "“A quiet note”: 300 views, 1.0 per 100 views, quiet",
                "“Talked about”: 900 views, 10.0 per 100 views, conversation",
                "“Seen widely”: 20,000 views, 1.0 per 100 views, broadcast",
            ]
        );
        for name in ["Breakout", "Conversation", "Broadcast", "Quiet"] {
            assert!(drawn.contains(&format!(">\n{name}\n<")) || drawn.contains(name));
        }
        assert!(drawn.contains("3,000 views and 4.0 per 100 views"));
        assert!(drawn.contains("Views (log scale)"));
        // The log axis: more views lie further right, ten times as many a fixed step further.
        let x = |i: usize| (readouts[i].area.0 + readouts[i].area.2) / 2;
        assert!(x(1) < x(2) && x(2) < x(3) && x(3) < x(0));
        assert!(
            drawn.contains(">\n10k\n<") || drawn.contains("10k"),
            "{drawn}"
        );
    }

    #[test]
    fn posts_on_one_spot_are_one_dot_each_still_read_out() {
        let map = QualityMap {
            points: vec![
                point("Monday's note", 1_000, 40),
                point("Tuesday's note", 1_000, 40),
                point("Another quadrant", 1_000, 10),
                point("Talked about", 900, 90),
            ],
            median_views: 1_000.0,
            median_rate: 4.0,
        };
        let (drawn, readouts) = drawn(&map);
        // The two notes share a spot and a colour: one dot, two readouts.
        assert_eq!(drawn.matches("<circle").count(), 3, "{drawn}");
        assert_eq!(readouts.len(), 4);
        assert_eq!(readouts[0].area, readouts[1].area);
        assert!(readouts[1].text().starts_with("“Tuesday's note”"));
    }

    #[test]
    fn the_log_axis_is_marked_at_one_two_and_five() {
        assert_eq!(view_ticks(2.0, 3.0, 10), [100.0, 200.0, 500.0, 1_000.0]);
        let english = Locale::english();
        assert_eq!(round_compact(2_000.0, &english), "2k");
        assert_eq!(round_compact(1_500.0, &english), "1.5k");
        assert_eq!(round_compact(500.0, &english), "500");
        assert_eq!(round_compact(1_000_000.0, &english), "1M");
        assert_eq!(
            view_ticks(1.0, 5.0, 6),
            [10.0, 100.0, 1_000.0, 10_000.0, 100_000.0]
        );
    }

    #[test]
    fn no_posts_say_why_and_what_to_do() {
        let map = QualityMap {
            points: Vec::new(),
            median_views: 0.0,
            median_rate: 0.0,
        };
        let drawn =
            crate::svg(960, 480, |area| draw_quality_map(area, &map, &light())).expect("drawn");
        assert!(drawn.contains(EMPTY_EN));
    }
}
