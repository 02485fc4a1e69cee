//! Values read at successive syncs, drawn over time: followers (the curve the API cannot give,
//! marked where observation began) and a post's views since publication over the creator's
//! typical post. Legends sit in a band above the plot, never over a reading.

use chrono::{DateTime, TimeDelta, Utc};
use plotters::coord::Shift;
use plotters::prelude::*;
use spool_model::{FollowerReading, PostReading, Spread, TypicalCurve};

use crate::frame::{Axes, Grid, Key, Swatch, legend_band, pixels, plot, titled};
use crate::{ChartError, Readout, Style};

/// Draws followers over time from `readings` (oldest first) on `area`.
pub fn draw_followers<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[FollowerReading],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let locale = &style.locale;
    let points: Vec<(DateTime<Utc>, u64)> = readings.iter().map(|r| (r.at, r.followers)).collect();
    let note = readings.first().map(|first| {
        style.tf(
            "drawn-observation-began",
            &[("day", locale.date(locale.local_day(first.at)).into())],
        )
    });
    let timeline = Timeline {
        title: style.t(spool_model::ChartKind::Followers.message_id()),
        series: style.t("metric-followers"),
        reading: "drawn-followers-reading",
        empty: style.t("drawn-no-follower-readings"),
        note,
        points: &points,
        typical: &[],
    };
    Ok(draw_timeline(area, &timeline, style)?.0)
}

/// Draws a post's views since it was published at `published_at`, from its `readings`
/// (oldest first); a post has no views when it is published, so the curve starts at zero.
/// Behind it, the creator's `typical` post at the same ages: the middle half of past posts as a
/// band and their median as a line, at each age where enough posts stand behind it. Each
/// reading reads out its moment and views; each typical point, its age and views.
pub fn draw_post_growth<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    published_at: DateTime<Utc>,
    readings: &[PostReading],
    typical: &TypicalCurve,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    Ok(post_growth(area, published_at, readings, typical, style)?.0)
}

/// The post's growth, with the legend's pixels for tests.
fn post_growth<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    published_at: DateTime<Utc>,
    readings: &[PostReading],
    typical: &TypicalCurve,
    style: &Style,
) -> Result<(Vec<Readout>, Option<crate::Pixels>), ChartError> {
    let locale = &style.locale;
    let mut points = vec![(published_at, 0)];
    points.extend(
        readings
            .iter()
            .filter_map(|r| Some((r.at, r.metrics.views?)))
            .filter(|(at, _)| *at > published_at),
    );
    // A young post is held against the typical post up to the next age it will reach, not
    // the whole week: its own curve would be squeezed into the first hours of the chart.
    let read_for = points.last().map_or(0.0, |(at, _)| {
        (*at - published_at).num_minutes() as f64 / 60.0
    });
    let horizon = typical
        .points
        .iter()
        .map(|p| p.age_hours)
        .find(|&age| f64::from(age) >= read_for)
        .unwrap_or(u32::MAX);
    let typical: Vec<Typical> = typical
        .points
        .iter()
        .filter(|p| p.age_hours <= horizon)
        .filter_map(|p| {
            Some(Typical {
                at: published_at + TimeDelta::hours(i64::from(p.age_hours)),
                age_hours: p.age_hours,
                views: p.views?,
            })
        })
        .collect();
    let post_growth = spool_model::ChartKind::PostGrowth {
        post_id: String::new(),
    };
    let timeline = Timeline {
        title: style.t(post_growth.message_id()),
        series: style.t("drawn-this-post"),
        reading: "drawn-views-reading",
        empty: style.t("drawn-no-post-readings"),
        note: Some(style.tf(
            "drawn-published",
            &[("when", locale.date_time(published_at).into())],
        )),
        points: if readings.is_empty() { &[] } else { &points },
        typical: &typical,
    };
    draw_timeline(area, &timeline, style)
}

/// Draws total link clicks at each reading (oldest first) on `area`.
pub fn draw_clicks_over_time<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    readings: &[spool_model::ClicksReading],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let points: Vec<(DateTime<Utc>, u64)> = readings.iter().map(|r| (r.at, r.clicks)).collect();
    let timeline = Timeline {
        title: style.t(spool_model::ChartKind::ClicksOverTime.message_id()),
        series: style.t("drawn-all-links"),
        reading: "drawn-clicks-reading",
        empty: style.t("drawn-no-click-readings"),
        note: None,
        points: &points,
        typical: &[],
    };
    Ok(draw_timeline(area, &timeline, style)?.0)
}

/// A line over time: what it is called, how a reading reads out (the id of a message given
/// `when` and `count`), what it says with no points, a note beside its legend, and the
/// typical curve behind it (a post's growth only).
struct Timeline<'a> {
    title: String,
    series: String,
    reading: &'a str,
    empty: String,
    note: Option<String>,
    points: &'a [(DateTime<Utc>, u64)],
    typical: &'a [Typical],
}

/// The creator's typical post at one age, placed at the moment the post drawn reaches it.
struct Typical {
    at: DateTime<Utc>,
    age_hours: u32,
    views: Spread,
}

/// An age as the readouts say it: "6 h", "24 h", "3 days".
fn age(hours: u32, style: &Style) -> String {
    if hours >= 48 && hours.is_multiple_of(24) {
        style.tf("age-days", &[("days", (hours / 24).into())])
    } else {
        style.tf("age-hours", &[("hours", hours.into())])
    }
}

/// Draws `timeline` on `area`, with the legend's pixels for tests.
fn draw_timeline<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    timeline: &Timeline<'_>,
    style: &Style,
) -> Result<(Vec<Readout>, Option<crate::Pixels>), ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    let readings = timeline.points;
    area.fill(&theme.background)?;
    let (Some(first), Some(last)) = (readings.first(), readings.last()) else {
        let empty = crate::empty_chart(area, &timeline.title, &timeline.empty, style)?;
        return Ok((empty, None));
    };
    let origin = first.0;
    let days = |at: DateTime<Utc>| (at - origin).num_seconds() as f64 / 86_400.0;
    let typical = timeline.typical;
    let span = typical
        .iter()
        .map(|t| days(t.at))
        .fold(days(last.0), f64::max)
        .max(1.0);
    let low = readings
        .iter()
        .map(|r| r.1 as f64)
        .chain(typical.iter().map(|t| t.views.lower))
        .fold(f64::MAX, f64::min);
    let high = readings
        .iter()
        .map(|r| r.1 as f64)
        .chain(typical.iter().map(|t| t.views.upper.max(t.views.median)))
        .fold(0.0, f64::max);
    // Room above and below, never so little that rounded labels repeat.
    let pad = ((high - low) * 0.1).max(high * 0.02).max(5.0);
    let (y_low, y_high) = ((low - pad).max(0.0), high + pad);

    let rest = titled(area, &timeline.title, &[], style)?;
    let mut keys = vec![Key::new(Swatch::Line(theme.line), timeline.series.as_str())];
    if !typical.is_empty() {
        keys.push(Key::new(
            Swatch::Band(theme.typical),
            style.t("drawn-typical-post"),
        ));
    }
    if let Some(note) = &timeline.note {
        keys.push(Key::new(Swatch::None, note.clone()));
    }
    let (rest, legend) = legend_band(&rest, &keys, style)?;

    let date_label = |x: &f64| {
        let at = origin + chrono::TimeDelta::seconds((x * 86_400.0) as i64);
        locale.day_month(locale.local_day(at))
    };
    let y_label = |y: &f64| locale.number(y.max(0.0).round() as u64);
    let (x_low, x_high) = (-span * 0.02, span * 1.02);
    let axes = Axes {
        x: x_low..x_high,
        y: y_low..y_high,
        x_labels: (span.ceil() as usize + 1).clamp(2, 6),
        y_labels: 6,
        x_format: &date_label,
        y_format: &y_label,
        x_desc: None,
        y_desc: None,
        y_area: 72,
        grid: Grid::Horizontal,
    };
    let mut chart = plot(&rest, &axes, style)?;

    // The typical post behind the post's own curve.
    let mut readouts = Vec::with_capacity(readings.len() + typical.len());
    if !typical.is_empty() {
        let band: Vec<(f64, f64)> = typical
            .iter()
            .map(|t| (days(t.at), t.views.upper))
            .chain(typical.iter().rev().map(|t| (days(t.at), t.views.lower)))
            .collect();
        chart.draw_series(std::iter::once(Polygon::new(
            band,
            theme.typical.mix(0.22).filled(),
        )))?;
        chart.draw_series(LineSeries::new(
            typical.iter().map(|t| (days(t.at), t.views.median)),
            style.stroke(theme.typical, 1),
        ))?;
        let reach = style.at(7);
        for t in typical {
            let (x, y) = chart.backend_coord(&(days(t.at), t.views.median));
            readouts.push(Readout::new(
                (x - reach, y - reach, x + reach, y + reach),
                style.tf(
                    "drawn-typical-readout",
                    &[
                        ("age", age(t.age_hours, style).into()),
                        ("median", crate::text::count_of(t.views.median).into()),
                        ("lower", crate::text::count_of(t.views.lower).into()),
                        ("upper", crate::text::count_of(t.views.upper).into()),
                    ],
                ),
            ));
        }
    }

    let line = style.stroke(theme.line, 2);
    let dot = style.px(3);
    let points: Vec<(f64, f64)> = readings.iter().map(|r| (days(r.0), r.1 as f64)).collect();
    chart.draw_series(LineSeries::new(points.iter().copied(), line))?;
    chart.draw_series(
        points
            .iter()
            .map(|&(x, y)| Circle::new((x, y), dot, theme.line.filled())),
    )?;

    // Each reading owns the strip of the chart nearer to it than to its neighbours.
    readouts.extend(
        points
            .iter()
            .zip(readings)
            .enumerate()
            .map(|(i, (&(x, _), &(at, value)))| {
                let before = i.checked_sub(1).and_then(|j| points.get(j));
                let after = points.get(i + 1);
                let from = before.map_or(x_low, |p| (p.0 + x) / 2.0);
                let to = after.map_or(x_high, |p| (p.0 + x) / 2.0);
                Readout::new(
                    pixels(&chart, (from, y_high), (to, y_low)),
                    style.tf(
                        timeline.reading,
                        &[
                            ("when", locale.date_time(at).into()),
                            ("count", value.into()),
                        ],
                    ),
                )
            }),
    );
    Ok((readouts, Some(legend)))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ChartTheme;
    use chrono::{DateTime, TimeDelta};
    use spool_model::{Locale, TypicalPoint};

    fn svg(readings: &[FollowerReading]) -> String {
        crate::svg(960, 400, |area| {
            draw_followers(
                area,
                readings,
                &Style::new(ChartTheme::LIGHT, Locale::english()),
            )
        })
        .expect("drawn")
    }

    fn readings(values: &[u64]) -> Vec<FollowerReading> {
        let start = DateTime::parse_from_rfc3339("2026-08-30T12:00:00Z")
            .expect("moment")
            .to_utc();
        values
            .iter()
            .enumerate()
            .map(|(i, &followers)| FollowerReading {
                at: start + TimeDelta::days(i as i64),
                followers,
            })
            .collect::<Vec<_>>()
    }

    #[test]
    fn no_readings_say_when_they_begin() {
        assert!(svg(&[]).contains("they start with the first sync"));
    }

    #[test]
    fn one_reading_marks_where_observation_began() {
        let drawn = svg(&readings(&[11_729]));
        assert!(drawn.contains("Observation began 30 Aug 2026"), "{drawn}");
        assert!(drawn.contains("<circle"), "the one reading is drawn");
    }

    #[test]
    fn a_posts_growth_starts_at_zero_when_it_was_published() {
        let published = DateTime::parse_from_rfc3339("2026-08-29T18:00:00Z")
            .expect("moment")
            .to_utc();
        let growth: Vec<PostReading> = readings(&[1_200, 2_900, 3_100])
            .into_iter()
            .map(|r| PostReading {
                at: r.at,
                metrics: spool_model::PostMetrics {
                    views: Some(r.followers),
                    ..Default::default()
                },
            })
            .collect();
        let drawn = crate::svg(960, 400, |area| {
            draw_post_growth(
                area,
                published,
                &growth,
                &no_typical(),
                &Style::new(ChartTheme::LIGHT, Locale::english()),
            )
        })
        .expect("drawn");
        assert_eq!(
            drawn.matches("<circle").count(),
            4,
            "publication and three readings"
        );
        assert!(drawn.contains("Published 29 Aug 2026, 18:00"));
        assert!(drawn.contains("<title>30 Aug 2026, 12:00: 1,200 views</title>"));
        assert!(drawn.contains("Views since publication"));
    }

    fn no_typical() -> TypicalCurve {
        TypicalCurve {
            points: Vec::new(),
            minimum_posts: 5,
        }
    }

    pub(crate) fn typical() -> TypicalCurve {
        let point = |age_hours, posts, views: Option<(f64, f64, f64)>| TypicalPoint {
            age_hours,
            posts,
            views: views.map(|(lower, median, upper)| Spread {
                lower,
                median,
                upper,
            }),
        };
        TypicalCurve {
            points: vec![
                point(1, 40, Some((120.0, 260.0, 410.0))),
                point(6, 38, Some((800.0, 1_200.0, 1_900.0))),
                point(24, 30, Some((1_500.0, 2_300.0, 3_600.0))),
                point(72, 12, Some((1_900.0, 2_800.0, 4_400.0))),
                point(168, 3, None),
            ],
            minimum_posts: 5,
        }
    }

    /// A young post, read at 1, 3 and 7 hours.
    pub(crate) fn young_post() -> (DateTime<Utc>, Vec<PostReading>) {
        let published = DateTime::parse_from_rfc3339("2026-03-03T08:00:00Z")
            .expect("moment")
            .to_utc();
        let readings = [(1, 610), (3, 1_500), (7, 2_950)]
            .iter()
            .map(|&(hours, views)| PostReading {
                at: published + TimeDelta::hours(hours),
                metrics: spool_model::PostMetrics {
                    views: Some(views),
                    ..Default::default()
                },
            })
            .collect();
        (published, readings)
    }

    #[test]
    fn a_post_is_drawn_over_its_typical_band_with_readouts_for_both() {
        let (published, readings) = young_post();
        let mut drawn = (Vec::new(), None);
        let svg = crate::svg(960, 360, |area| {
            drawn = post_growth(
                area,
                published,
                &readings,
                &typical(),
                &Style::new(ChartTheme::LIGHT, Locale::english()),
            )?;
            Ok(drawn.0.clone())
        })
        .expect("drawn");
        let (readouts, legend) = drawn;
        let texts: Vec<String> = readouts.iter().map(|r| r.text().into_owned()).collect();
        // The typical ages up to the next one the post reaches (read at 7 h: up to 24 h), then
        // publication and three readings.
        assert_eq!(
            texts,
            [
                "At 1 h: typical 260 views (middle half 120–410)",
                "At 6 h: typical 1,200 views (middle half 800–1,900)",
                "At 24 h: typical 2,300 views (middle half 1,500–3,600)",
                "3 Mar 2026, 08:00: 0 views",
                "3 Mar 2026, 09:00: 610 views",
                "3 Mar 2026, 11:00: 1,500 views",
                "3 Mar 2026, 15:00: 2,950 views",
            ]
        );
        assert!(svg.contains("This post"));
        assert!(svg.contains("Your typical post (middle half)"));
        assert!(svg.contains("<polygon"), "the band");
        // The typical point at 6 h lies left of the reading at 7 h and right of the one at 3 h.
        let middle = |i: usize| (readouts[i].area.0 + readouts[i].area.2) / 2;
        assert!(middle(5) < middle(1) && middle(1) < middle(6) + 10);
        // The legend is above every readout.
        let legend = legend.expect("a legend");
        for readout in &readouts {
            assert!(readout.area.1 > legend.3, "{readout:?} under {legend:?}");
        }
    }

    #[test]
    fn readings_draw_a_labelled_curve() {
        let drawn = svg(&readings(&[11_000, 11_250, 11_400, 12_150]));
        assert_eq!(drawn.matches("<circle").count(), 4);
        assert!(drawn.contains("12,"), "thousands separators on the axis");
        assert!(drawn.contains("Followers"));
        assert!(drawn.contains("data-readout=\"2 Sep 2026, 12:00: 12,150 followers\""));
    }

    #[test]
    fn moments_are_shown_on_the_users_clock() {
        let tokyo = Locale {
            utc_offset_minutes: 9 * 60,
            ..Locale::english()
        };
        let drawn = crate::svg(960, 400, |area| {
            draw_followers(
                area,
                &readings(&[100, 120]),
                &Style::new(ChartTheme::LIGHT, tokyo.clone()),
            )
        })
        .expect("drawn");
        assert!(
            drawn.contains("30 Aug 2026, 21:00: 100 followers"),
            "{drawn}"
        );
    }
}
