//! What to post: for each group of posts (a format, a length, a weekday), the median views and
//! the median engagement rate with the middle half of its posts, and how many posts it stands
//! on; groups on too few posts are shown as such, never ranked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::{GroupBy, GroupStat, Spread, WhatToPost};

use crate::frame::{Key, Swatch, legend_band, titled};
use crate::rows::{Mark, Row, RowAxis, draw_rows};
use crate::text::{count_of, posts, rate, tick};
use crate::{ChartError, Readout, Style};

/// The group with the highest median of `measure` among those on enough posts; the first of
/// equals.
fn best(groups: &[GroupStat], measure: impl Fn(&GroupStat) -> Option<Spread>) -> Option<usize> {
    groups
        .iter()
        .enumerate()
        .filter_map(|(i, g)| Some((i, measure(g)?.median)))
        .fold(None, |best: Option<(usize, f64)>, (i, median)| match best {
            Some((_, top)) if top >= median => best,
            _ => Some((i, median)),
        })
        .map(|(i, _)| i)
}

/// Draws what to post by `by` on `area`: a row per group with its median views (left) and
/// median engagement rate (right), each a dot with the middle half of its posts as a whisker;
/// the best group of each side (among those on enough posts) in the accent colour, and said
/// under the title with the posts it stands on.
pub fn draw_what_to_post<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    what: &WhatToPost,
    by: GroupBy,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    let title = style.t(spool_model::ChartKind::WhatToPost { by }.message_id());
    area.fill(&theme.background)?;
    let groups = what.by(by);
    if groups.iter().all(|g| g.posts == 0) {
        return crate::empty_chart(area, &title, &style.t("drawn-no-posts-with-views"), style);
    }
    let name_of = |group: &GroupStat| style.t(group.group.message_id());
    let minimum = what.minimum_posts;
    let best_views = best(groups, |g| g.views);
    let best_rate = best(groups, |g| g.engagement_rate);
    let verdict = match (best_views, best_rate) {
        (Some(v), Some(r)) => style.tf(
            "drawn-what-verdict",
            &[
                ("minimum", minimum.into()),
                ("by_views", name_of(&groups[v]).into()),
                ("views_posts", posts(groups[v].posts, style).into()),
                ("by_rate", name_of(&groups[r]).into()),
                ("rate_posts", posts(groups[r].posts, style).into()),
            ],
        ),
        _ => style.tf("drawn-what-no-best", &[("minimum", minimum.into())]),
    };
    let rest = titled(area, &title, &[verdict], style)?;
    let keys = [
        Key::new(Swatch::Dot(theme.line), style.t("drawn-median-post")),
        Key::new(Swatch::Line(theme.line), style.t("drawn-middle-half")),
        Key::new(Swatch::Block(theme.accent), style.t("drawn-best")),
    ];
    let (rest, _) = legend_band(&rest, &keys, style)?;
    let half = i32::try_from(rest.dim_in_pixel().0 / 2).unwrap_or(0);
    let full_width = f64::from(rest.dim_in_pixel().0) / style.scale;
    let (left, right) = rest.split_horizontally(half);
    let right = right.margin(0, 0, style.px(8), 0);

    let too_few =
        |group: &GroupStat| style.tf("drawn-too-few-posts", &[("posts", group.posts.into())]);
    let readout_too_few = |group: &GroupStat| {
        style.tf(
            "drawn-too-few-readout",
            &[
                ("group", name_of(group).into()),
                ("posts", group.posts.into()),
                ("minimum", minimum.into()),
            ],
        )
    };
    let rows = |views: bool| -> Vec<Row> {
        groups
            .iter()
            .enumerate()
            .map(|(i, group)| {
                let name = name_of(group);
                let spread = if views {
                    group.views
                } else {
                    group.engagement_rate
                };
                // Both sides name the group once, across the row.
                let row_name = if views {
                    style.tf(
                        "drawn-group-posts",
                        &[
                            ("group", name.as_str().into()),
                            ("posts", posts(group.posts, style).into()),
                        ],
                    )
                } else {
                    String::new()
                };
                let Some(spread) = spread else {
                    return Row {
                        name: row_name,
                        mark: Mark::Note(too_few(group)),
                        value: String::new(),
                        color: theme.muted,
                        readout: readout_too_few(group),
                    };
                };
                let is_best = if views { best_views } else { best_rate } == Some(i);
                let (value, readout) = if views {
                    (
                        locale.compact(spread.median.max(0.0).round() as u64),
                        style.tf(
                            "drawn-what-views-readout",
                            &[
                                ("group", name.as_str().into()),
                                ("median", count_of(spread.median).into()),
                                ("lower", count_of(spread.lower).into()),
                                ("upper", count_of(spread.upper).into()),
                                ("posts", posts(group.posts, style).into()),
                            ],
                        ),
                    )
                } else {
                    (
                        rate(spread.median, locale),
                        style.tf(
                            "drawn-what-rate-readout",
                            &[
                                ("group", name.as_str().into()),
                                ("median", rate(spread.median, locale).into()),
                                ("lower", rate(spread.lower, locale).into()),
                                ("upper", rate(spread.upper, locale).into()),
                                ("posts", posts(group.posts, style).into()),
                            ],
                        ),
                    )
                };
                let (value, readout, color) = if is_best {
                    let on = if views {
                        "drawn-best-by-views"
                    } else {
                        "drawn-best-by-engagement"
                    };
                    (
                        style.tf("drawn-value-best", &[("value", value.into())]),
                        style.tf(on, &[("readout", readout.into())]),
                        theme.accent,
                    )
                } else {
                    (value, readout, theme.line)
                };
                Row {
                    name: row_name,
                    mark: Mark::Spread(spread),
                    value,
                    color,
                    readout,
                }
            })
            .collect()
    };
    let highest = |measure: fn(&GroupStat) -> Option<Spread>| {
        groups
            .iter()
            .filter_map(measure)
            .map(|s| s.upper.max(s.median))
            .fold(0.0, f64::max)
    };
    let views_format = |x: &f64| locale.compact(x.max(0.0).round() as u64);
    let rate_format = |x: &f64| tick(*x, locale);
    let mut readouts = panel(
        &left,
        &[style.t("drawn-median-views")],
        &rows(true),
        &RowAxis {
            at_least: highest(|g| g.views).max(10.0),
            format: &views_format,
            desc: None,
            reference: None,
            name_width: Some(full_width),
        },
        style,
    )?;
    readouts.extend(panel(
        &right,
        &[
            style.t("drawn-median-engagement-long"),
            style.t("drawn-median-engagement-medium"),
            style.t("drawn-median-engagement-short"),
        ],
        &rows(false),
        &RowAxis {
            at_least: highest(|g| g.engagement_rate).max(1.0),
            format: &rate_format,
            desc: None,
            reference: None,
            name_width: None,
        },
        style,
    )?);
    Ok(readouts)
}

/// One side: its heading (the first of `headings` that fits), then its rows.
fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    headings: &[String],
    rows: &[Row],
    axis: &RowAxis<'_>,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    // The longest heading that fits the panel.
    let width = f64::from(area.dim_in_pixel().0) / style.scale;
    let heading = headings
        .iter()
        .find(|h| crate::text::text_width(h, 14) <= width)
        .or(headings.last())
        .map_or("", String::as_str);
    area.draw(&Text::new(
        crate::text::fitted(heading, width, 14),
        (0, 0),
        style.text(14).pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    draw_rows(&area.margin(style.px(22), 0, 0, 0), axis, rows, style)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// What the chart says with nothing to draw, in English.
    const EMPTY_EN: &str =
        "No posts with views in this range: pick a longer range, or sync to read your posts.";
    use crate::ChartTheme;
    use spool_model::{ContentGroup, Locale, PostFormat};

    fn spread(lower: f64, median: f64, upper: f64) -> Option<Spread> {
        Some(Spread {
            lower,
            median,
            upper,
        })
    }

    fn group(
        format: PostFormat,
        posts: u32,
        views: Option<Spread>,
        rate: Option<Spread>,
    ) -> GroupStat {
        GroupStat {
            group: ContentGroup::Format { format },
            posts,
            views,
            engagement_rate: rate,
        }
    }

    pub(crate) fn sample() -> WhatToPost {
        use spool_model::LengthBucket;
        let formats = vec![
            group(
                PostFormat::Text,
                42,
                spread(800.0, 1_400.0, 2_600.0),
                spread(2.1, 3.4, 5.0),
            ),
            group(
                PostFormat::Image,
                12,
                spread(1_100.0, 2_300.0, 4_100.0),
                spread(1.8, 2.9, 4.2),
            ),
            group(PostFormat::Video, 2, None, None),
            group(
                PostFormat::Carousel,
                5,
                spread(600.0, 1_900.0, 6_400.0),
                spread(3.0, 4.4, 6.1),
            ),
            GroupStat {
                group: ContentGroup::Link { attached: true },
                posts: 9,
                views: spread(400.0, 700.0, 1_300.0),
                engagement_rate: spread(0.9, 1.6, 2.2),
            },
            GroupStat {
                group: ContentGroup::Link { attached: false },
                posts: 52,
                views: spread(900.0, 1_600.0, 3_000.0),
                engagement_rate: spread(2.2, 3.5, 5.1),
            },
        ];
        let lengths = LengthBucket::ALL
            .iter()
            .enumerate()
            .map(|(i, &length)| GroupStat {
                group: ContentGroup::Length { length },
                posts: [1, 20, 25, 12, 4][i],
                views: (i > 0).then_some(Spread {
                    lower: 500.0 + 100.0 * i as f64,
                    median: 1_000.0 + 300.0 * i as f64,
                    upper: 2_000.0 + 500.0 * i as f64,
                }),
                engagement_rate: (i > 0).then_some(Spread {
                    lower: 1.0 + i as f64 * 0.3,
                    median: 2.0 + i as f64 * 0.4,
                    upper: 3.5 + i as f64 * 0.5,
                }),
            })
            .collect();
        let weekdays = (0..7u8)
            .map(|weekday| GroupStat {
                group: ContentGroup::Weekday { weekday },
                posts: 4 + u32::from(weekday) * 2,
                views: spread(700.0, 1_200.0 + f64::from(weekday) * 150.0, 2_400.0),
                engagement_rate: spread(2.0, 3.0 + f64::from(weekday % 3) * 0.5, 4.5),
            })
            .collect();
        WhatToPost {
            formats,
            lengths,
            weekdays,
            minimum_posts: 3,
        }
    }

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    fn drawn(what: &WhatToPost) -> (String, Vec<Readout>) {
        let mut readouts = Vec::new();
        let svg = crate::svg(960, 340, |area| {
            readouts = draw_what_to_post(area, what, GroupBy::Format, &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        (svg, readouts)
    }

    #[test]
    fn each_group_reads_out_its_median_middle_half_and_posts() {
        let (svg, readouts) = drawn(&sample());
        assert!(svg.contains("What to post: by format"));
        assert_eq!(readouts.len(), 12, "six groups on each side");
        assert_eq!(
            readouts[0].text(),
            "Text: median 1,400 views (middle half 800–2,600) over 42 posts"
        );
        assert_eq!(
            readouts[1].text(),
            "Image: median 2,300 views (middle half 1,100–4,100) over 12 posts; the best by views"
        );
        assert_eq!(
            readouts[9].text(),
            "Carousel: median engagement rate 4.4 per 100 views (middle half 3.0–6.1) over 5 \
             posts; the best by engagement"
        );
        assert!(svg.contains(
            "Best of the groups on 3 or more: Image by views (12 posts), Carousel by \
             engagement (5 posts)."
        ));
        assert!(svg.contains("Text · 42 posts"));
    }

    #[test]
    fn a_group_on_too_few_posts_says_so_and_is_never_best() {
        let mut what = sample();
        // The video group would lead on both, were it on enough posts.
        what.formats[2].posts = 2;
        let (svg, readouts) = drawn(&what);
        assert_eq!(
            readouts[2].text(),
            "Video: too few posts (2) for a median; 3 needed"
        );
        assert_eq!(readouts[8].text(), readouts[2].text());
        assert!(svg.contains("too few posts (2)"));
        assert!(svg.contains("Video · 2 posts"), "shown, not hidden");
        assert!(!readouts[2].text().contains("best"));
    }

    #[test]
    fn with_no_group_on_enough_posts_none_is_best() {
        let what = WhatToPost {
            formats: vec![
                group(PostFormat::Text, 2, None, None),
                group(PostFormat::Image, 1, None, None),
            ],
            lengths: Vec::new(),
            weekdays: Vec::new(),
            minimum_posts: 3,
        };
        let (svg, readouts) = drawn(&what);
        assert!(svg.contains("No group has 3 posts yet, so none is called best."));
        assert_eq!(readouts.len(), 4);
        assert!(readouts.iter().all(|r| r.text().contains("too few posts")));
    }

    #[test]
    fn no_posts_say_why_and_what_to_do() {
        let mut what = sample();
        what.formats.clear();
        let (svg, readouts) = drawn(&what);
        assert!(svg.contains(EMPTY_EN));
        assert!(readouts.is_empty());
    }
}
