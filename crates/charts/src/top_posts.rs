//! Top posts against the creator's own normal: each leading post's views as a multiple of the
//! median for posts of its age, and its engagement rate as a multiple of the median rate,
//! side by side, breakouts marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::insights::BREAKOUT_MULTIPLE;
use spool_model::{AgainstNormal, TopPosts};

use crate::frame::{Key, Swatch, legend_band, titled};
use crate::rows::{Mark, Row, RowAxis, draw_rows};
use crate::text::{post_name, quoted_post, rate, tick};
use crate::{ChartError, Readout, Style};

/// The chart's title.
const TITLE: &str = "kind-top-posts";

/// A multiple as the chart writes it: "3.2×".
fn multiple(value: f64, style: &Style) -> String {
    style.tf(
        "drawn-multiple",
        &[("multiple", style.locale.decimal(value, 1).into())],
    )
}

/// Draws the range's top posts against the creator's normal on `area`: views on the left,
/// engagement rate on the right, a bar per post named by its text, a dashed line at 1× (the
/// creator's normal) and breakouts in the accent colour. Each bar reads out the post, its
/// multiple and its views or rate, and "breakout" where it is one.
pub fn draw_top_posts<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    top: &TopPosts,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    if top.by_views.is_empty() && top.by_rate.is_empty() {
        return crate::empty_chart(
            area,
            &style.t(TITLE),
            &style.t("drawn-no-posts-with-views"),
            style,
        );
    }
    let note = style.tf(
        "drawn-top-note",
        &[
            ("posts", top.posts.into()),
            ("breakouts", top.breakouts.into()),
        ],
    );
    let rest = titled(area, &style.t(TITLE), &[note], style)?;
    let keys = [
        Key::new(Swatch::Block(theme.bar), style.t("drawn-top-post")),
        Key::new(
            Swatch::Block(theme.accent),
            style.tf(
                "drawn-top-breakout",
                &[("multiple", locale.decimal(BREAKOUT_MULTIPLE, 0).into())],
            ),
        ),
        Key::new(Swatch::Dashed(theme.muted), style.t("drawn-top-normal")),
    ];
    let (rest, _) = legend_band(&rest, &keys, style)?;
    let half = i32::try_from(rest.dim_in_pixel().0 / 2).unwrap_or(0);
    let (left, right) = rest.split_horizontally(half);
    let right = right.margin(0, 0, style.px(8), 0);

    let view_rows: Vec<Row> = top
        .by_views
        .iter()
        .map(|post| {
            let readout = style.tf(
                if post.breakout {
                    "drawn-top-views-readout-breakout"
                } else {
                    "drawn-top-views-readout"
                },
                &[
                    ("post", quoted_post(&post.post, style).into()),
                    ("multiple", multiple(post.views_multiple, style).into()),
                    ("views", post.post.views.into()),
                ],
            );
            Row {
                name: post_name(&post.post, style),
                mark: Mark::Bar(post.views_multiple.max(0.0)),
                value: multiple(post.views_multiple, style),
                color: color(post, style),
                readout,
            }
        })
        .collect();
    let rate_rows: Vec<Row> = top
        .by_rate
        .iter()
        .map(|post| {
            let name = post_name(&post.post, style);
            let quoted = quoted_post(&post.post, style);
            match post.rate_multiple {
                Some(times) => Row {
                    name,
                    mark: Mark::Bar(times.max(0.0)),
                    value: multiple(times, style),
                    color: color(post, style),
                    readout: style.tf(
                        if post.breakout {
                            "drawn-top-rate-readout-breakout"
                        } else {
                            "drawn-top-rate-readout"
                        },
                        &[
                            ("post", quoted.into()),
                            ("multiple", multiple(times, style).into()),
                            ("rate", rate(post.post.engagement_rate, locale).into()),
                        ],
                    ),
                },
                None => Row {
                    name,
                    mark: Mark::Note(style.t("drawn-no-engagement-rate")),
                    value: String::new(),
                    color: theme.muted,
                    readout: style.tf(
                        "drawn-top-no-rate-readout",
                        &[("post", quoted.into()), ("views", post.post.views.into())],
                    ),
                },
            }
        })
        .collect();
    let format = |x: &f64| style.tf("drawn-multiple", &[("multiple", tick(*x, locale).into())]);
    let mut readouts = panel(&left, &style.t("drawn-views"), &view_rows, &format, style)?;
    readouts.extend(panel(
        &right,
        &style.t("drawn-engagement-rate"),
        &rate_rows,
        &format,
        style,
    )?);
    Ok(readouts)
}

fn color(post: &AgainstNormal, style: &Style) -> RGBColor {
    if post.breakout {
        style.theme.accent
    } else {
        style.theme.bar
    }
}

/// One side: its heading, then its rows over an axis in multiples with the line at 1×.
fn panel<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    heading: &str,
    rows: &[Row],
    format: &dyn Fn(&f64) -> String,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    area.draw(&Text::new(
        heading,
        (0, 0),
        style.text(14).pos(Pos::new(HPos::Left, VPos::Top)),
    ))?;
    let rows_area = area.margin(style.px(22), 0, 0, 0);
    if rows.is_empty() {
        rows_area.draw(&Text::new(
            style.t("drawn-no-posts-to-compare"),
            (0, style.at(8)),
            style
                .text(12)
                .color(&style.theme.muted)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        return Ok(Vec::new());
    }
    let desc = style.t("drawn-times-your-normal");
    let axis = RowAxis {
        at_least: 1.5,
        format,
        desc: Some(&desc),
        reference: Some(1.0),
        name_width: None,
    };
    draw_rows(&rows_area, &axis, rows, style)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use spool_model::Locale;

    /// What the chart says with nothing to draw, in English.
    const EMPTY_EN: &str =
        "No posts with views in this range: pick a longer range, or sync to read your posts.";
    use crate::ChartTheme;
    use chrono::DateTime;
    use spool_model::{PostFormat, PostPoint};

    pub(crate) fn point(text: &str, views: u64, interactions: u64) -> PostPoint {
        PostPoint {
            post_id: format!("p{views}"),
            text: text.to_owned(),
            published_at: DateTime::parse_from_rfc3339("2026-03-03T09:00:00Z")
                .expect("moment")
                .to_utc(),
            format: PostFormat::Text,
            has_link: false,
            views,
            interactions,
            replies: interactions / 4,
            quotes: interactions / 10,
            shares: None,
            engagement_rate: interactions as f64 * 100.0 / views.max(1) as f64,
        }
    }

    pub(crate) fn sample() -> TopPosts {
        let long = "A post whose text runs on far longer than any chart could write it in one \
                    line, and then some more words besides";
        let posts = [
            (long, 12_400, 620, 6.2, Some(1.4)),
            ("Morning thread on pacing", 4_800, 432, 2.4, Some(2.25)),
            ("", 2_100, 40, 1.05, None),
        ];
        let rows: Vec<AgainstNormal> = posts
            .iter()
            .map(
                |&(text, views, interactions, views_multiple, rate_multiple)| AgainstNormal {
                    post: point(text, views, interactions),
                    views_multiple,
                    rate_multiple,
                    breakout: views_multiple >= BREAKOUT_MULTIPLE,
                },
            )
            .collect();
        let mut by_rate = rows.clone();
        by_rate.swap(0, 1);
        TopPosts {
            by_views: rows,
            by_rate,
            posts: 40,
            breakouts: 2,
        }
    }

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    #[test]
    fn each_post_reads_out_its_multiple_and_its_views_or_rate() {
        let mut readouts = Vec::new();
        let drawn = crate::svg(960, 380, |area| {
            readouts = draw_top_posts(area, &sample(), &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        assert!(drawn.contains("Top posts against your normal"));
        assert_eq!(readouts.len(), 6, "three posts in each panel");
        let texts: Vec<String> = readouts.iter().map(|r| r.text().into_owned()).collect();
        // 620 interactions over 12,400 views: 5.0 per 100.
        assert_eq!(
            texts[0],
            "“A post whose text runs on far longer than any chart could w…”: \
             6.2× your normal views (12,400 views), breakout"
        );
        assert_eq!(
            texts[0].split('”').next().map(|t| t.chars().count()),
            Some(61)
        );
        assert_eq!(
            texts[2],
            "Text post of 3 Mar 2026: 1.1× your normal views (2,100 views)"
        );
        // 432 over 4,800 is 9 per 100.
        assert_eq!(
            texts[3],
            "“Morning thread on pacing”: 2.2× your normal engagement rate (9.0 per 100 views), breakout"
        );
        assert_eq!(
            texts[5],
            "Text post of 3 Mar 2026: no engagement rate (2,100 views)"
        );
        assert!(drawn.contains("40 posts compared"));
        assert!(drawn.contains("2 of them are breakouts"));
        assert!(drawn.contains("Breakout (2× your normal views or more)"));
        // Breakouts are drawn in the accent colour: two posts in each panel.
        let RGBColor(r, g, b) = ChartTheme::LIGHT.accent;
        let accent = format!("fill=\"#{r:02X}{g:02X}{b:02X}\"");
        assert_eq!(drawn.matches(&accent).count(), 1 + 2 + 2, "{drawn}");
    }

    #[test]
    fn the_panels_sit_side_by_side_and_rows_do_not_overlap() {
        let mut readouts = Vec::new();
        crate::svg(960, 380, |area| {
            readouts = draw_top_posts(area, &sample(), &light())?;
            Ok(Vec::new())
        })
        .expect("drawn");
        let (views, rates) = readouts.split_at(3);
        assert!(
            views
                .iter()
                .all(|v| rates.iter().all(|r| v.area.2 < r.area.0))
        );
        for pair in views.windows(2) {
            assert!(pair[0].area.3 <= pair[1].area.1, "top to bottom");
        }
    }

    #[test]
    fn no_posts_say_why_and_what_to_do() {
        let empty = TopPosts {
            by_views: Vec::new(),
            by_rate: Vec::new(),
            posts: 0,
            breakouts: 0,
        };
        let drawn =
            crate::svg(960, 380, |area| draw_top_posts(area, &empty, &light())).expect("drawn");
        assert!(drawn.contains(EMPTY_EN));
        assert!(!drawn.contains("<title>"));
    }
}
