//! Top posts against the creator's own normal: each leading post's views as a multiple of the
//! median for posts of its age, and its engagement rate as a multiple of the median rate,
//! side by side, breakouts marked.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::insights::BREAKOUT_MULTIPLE;
use spool_model::{AgainstNormal, Locale, TopPosts};

use crate::frame::{Key, Swatch, legend_band, titled};
use crate::rows::{Mark, Row, RowAxis, draw_rows};
use crate::text::{count, post_name, posts, quoted_post, rate, tick};
use crate::{ChartError, Readout, Style};

const TITLE: &str = "Top posts against your normal";
const EMPTY: &str =
    "No posts with views in this range: pick a longer range, or sync to read your posts.";

/// A multiple as the chart writes it: "3.2×".
fn multiple(value: f64, locale: &Locale) -> String {
    format!("{}×", locale.decimal(value, 1))
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
        return crate::empty_chart(area, TITLE, EMPTY, style);
    }
    let note = format!(
        "{} compared with your median post of the same age; {} of them {}.",
        posts(top.posts, locale),
        locale.number(u64::from(top.breakouts)),
        if top.breakouts == 1 {
            "is a breakout"
        } else {
            "are breakouts"
        },
    );
    let rest = titled(area, TITLE, &[note], style)?;
    let keys = [
        Key::new(Swatch::Block(theme.bar), "Post"),
        Key::new(
            Swatch::Block(theme.accent),
            format!(
                "Breakout ({}× your normal views or more)",
                locale.decimal(BREAKOUT_MULTIPLE, 0)
            ),
        ),
        Key::new(Swatch::Dashed(theme.muted), "Your normal (1×)"),
    ];
    let (rest, _) = legend_band(&rest, &keys, style)?;
    let half = i32::try_from(rest.dim_in_pixel().0 / 2).unwrap_or(0);
    let (left, right) = rest.split_horizontally(half);
    let right = right.margin(0, 0, style.px(8), 0);

    let view_rows: Vec<Row> = top
        .by_views
        .iter()
        .map(|post| {
            let readout = format!(
                "{}: {} your normal views ({} views){}",
                quoted_post(&post.post, locale),
                multiple(post.views_multiple, locale),
                locale.number(post.post.views),
                breakout(post),
            );
            Row {
                name: post_name(&post.post, locale),
                mark: Mark::Bar(post.views_multiple.max(0.0)),
                value: multiple(post.views_multiple, locale),
                color: color(post, style),
                readout,
            }
        })
        .collect();
    let rate_rows: Vec<Row> = top
        .by_rate
        .iter()
        .map(|post| {
            let name = post_name(&post.post, locale);
            let quoted = quoted_post(&post.post, locale);
            match post.rate_multiple {
                Some(times) => Row {
                    name,
                    mark: Mark::Bar(times.max(0.0)),
                    value: multiple(times, locale),
                    color: color(post, style),
                    readout: format!(
                        "{quoted}: {} your normal engagement rate ({} per 100 views){}",
                        multiple(times, locale),
                        rate(post.post.engagement_rate, locale),
                        breakout(post),
                    ),
                },
                None => Row {
                    name,
                    mark: Mark::Note("no engagement rate".to_owned()),
                    value: String::new(),
                    color: theme.muted,
                    readout: format!(
                        "{quoted}: no engagement rate ({} views)",
                        count(post.post.views as f64, locale)
                    ),
                },
            }
        })
        .collect();
    let format = |x: &f64| format!("{}×", tick(*x, locale));
    let mut readouts = panel(&left, "Views", &view_rows, &format, style)?;
    readouts.extend(panel(
        &right,
        "Engagement rate",
        &rate_rows,
        &format,
        style,
    )?);
    Ok(readouts)
}

/// ", breakout" for a breakout post.
fn breakout(post: &AgainstNormal) -> &'static str {
    if post.breakout { ", breakout" } else { "" }
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
            "No posts to compare.",
            (0, style.at(8)),
            style
                .text(12)
                .color(&style.theme.muted)
                .pos(Pos::new(HPos::Left, VPos::Top)),
        ))?;
        return Ok(Vec::new());
    }
    let axis = RowAxis {
        at_least: 1.5,
        format,
        desc: Some("× your normal"),
        reference: Some(1.0),
        name_width: None,
    };
    draw_rows(&rows_area, &axis, rows, style)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
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
        assert!(drawn.contains(TITLE));
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
        assert!(drawn.contains(EMPTY));
        assert!(!drawn.contains("<title>"));
    }
}
