//! Ranked lists of what travels: words and hashtags by the median views of the posts that use
//! them, and the posts that started conversations.

use plotters::coord::Shift;
use plotters::prelude::*;
use spool_model::{ConversationStarter, Words};

use crate::frame::{Key, Swatch, legend_band, titled};
use crate::rows::{Mark, Row, RowAxis, draw_rows};
use crate::text::{count_of, post_name, posts, quoted_post, rate, tick};
use crate::{ChartError, Readout, Style};

/// The words chart's title.
const WORDS: &str = "kind-words";
/// The conversation starters' title.
const STARTERS: &str = "kind-conversation-starters";
/// The most words drawn: more would not leave each a readable row.
pub const MOST_WORDS: usize = 12;

/// Draws the words and hashtags of `words` (at most [`MOST_WORDS`], highest first) on `area`:
/// a bar per word at the median views of the posts that use it, with the posts it stands on,
/// in the accent colour where it beats the median of all the range's posts, which is drawn as
/// a dashed line.
pub fn draw_words<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    words: &Words,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    if words.words.is_empty() {
        return crate::empty_chart(
            area,
            &style.t(WORDS),
            &style.tf(
                "drawn-words-empty",
                &[("minimum", words.minimum_posts.into())],
            ),
            style,
        );
    }
    let note = style.tf(
        "drawn-words-note",
        &[("minimum", words.minimum_posts.into())],
    );
    let rest = titled(area, &style.t(WORDS), &[note], style)?;
    let keys = [
        Key::new(Swatch::Block(theme.accent), style.t("drawn-words-above")),
        Key::new(Swatch::Block(theme.bar), style.t("drawn-words-below")),
        Key::new(
            Swatch::Dashed(theme.muted),
            style.tf(
                "drawn-words-all-posts",
                &[("views", count_of(words.median_views).into())],
            ),
        ),
    ];
    let (rest, _) = legend_band(&rest, &keys, style)?;
    let rows: Vec<Row> = words
        .words
        .iter()
        .take(MOST_WORDS)
        .map(|word| Row {
            name: word.word.clone(),
            mark: Mark::Bar(word.median_views.max(0.0)),
            value: style.tf(
                "drawn-words-value",
                &[
                    (
                        "views",
                        locale
                            .compact(word.median_views.max(0.0).round() as u64)
                            .into(),
                    ),
                    ("posts", posts(word.posts, style).into()),
                ],
            ),
            color: if word.median_views > words.median_views {
                theme.accent
            } else {
                theme.bar
            },
            readout: style.tf(
                "drawn-words-readout",
                &[
                    ("word", word.word.as_str().into()),
                    ("views", count_of(word.median_views).into()),
                    ("posts", posts(word.posts, style).into()),
                    ("rate", rate(word.median_rate, locale).into()),
                    ("all", count_of(words.median_views).into()),
                ],
            ),
        })
        .collect();
    let format = |x: &f64| locale.compact(x.max(0.0).round() as u64);
    let desc = style.t("drawn-median-views");
    let axis = RowAxis {
        at_least: words.median_views.max(10.0),
        format: &format,
        desc: Some(&desc),
        reference: Some(words.median_views),
        name_width: None,
    };
    draw_rows(&rest, &axis, &rows, style)
}

/// Draws the conversation starters (most first) on `area`: a bar per post, named by its text,
/// at its replies and quotes per 1,000 views.
pub fn draw_conversation_starters<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    starters: &[ConversationStarter],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    if starters.is_empty() {
        return crate::empty_chart(
            area,
            &style.t(STARTERS),
            &style.t("drawn-starters-empty"),
            style,
        );
    }
    let rest = titled(
        area,
        &style.t(STARTERS),
        &[style.t("drawn-starters-note")],
        style,
    )?;
    let rows: Vec<Row> = starters
        .iter()
        .map(|starter| Row {
            name: post_name(&starter.post, style),
            mark: Mark::Bar(starter.per_thousand_views.max(0.0)),
            value: locale.decimal(starter.per_thousand_views, 1),
            color: theme.bar,
            readout: style.tf(
                "drawn-starters-readout",
                &[
                    ("post", quoted_post(&starter.post, style).into()),
                    (
                        "per_thousand",
                        locale.decimal(starter.per_thousand_views, 1).into(),
                    ),
                    ("replies", starter.post.replies.into()),
                    ("quotes", starter.post.quotes.into()),
                    ("views", starter.post.views.into()),
                ],
            ),
        })
        .collect();
    let format = |x: &f64| tick(*x, locale);
    let desc = style.t("drawn-starters-axis");
    let axis = RowAxis {
        at_least: 1.0,
        format: &format,
        desc: Some(&desc),
        reference: None,
        name_width: None,
    };
    draw_rows(&rest, &axis, &rows, style)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::ChartTheme;
    use crate::top_posts::tests::point;
    use spool_model::{Locale, WordStat};

    pub(crate) fn words() -> Words {
        let list = [
            ("#buildinpublic", 9, 4_800.0, 5.1),
            ("launch", 6, 3_900.0, 4.2),
            ("東京", 4, 3_100.0, 3.9),
            ("개발자", 3, 2_400.0, 3.3),
            ("rust", 12, 2_050.0, 2.8),
            ("newsletter", 5, 1_300.0, 1.9),
            ("monday", 7, 900.0, 2.2),
        ];
        Words {
            words: list
                .iter()
                .map(|&(word, posts, median_views, median_rate)| WordStat {
                    word: word.to_owned(),
                    posts,
                    median_views,
                    median_rate,
                })
                .collect(),
            median_views: 1_800.0,
            minimum_posts: 3,
        }
    }

    pub(crate) fn starters() -> Vec<ConversationStarter> {
        [
            (
                "What is the one tool you could not work without? Mine is a notebook.",
                3_000,
                160,
            ),
            (
                "Unpopular opinion: meetings should be 15 minutes",
                12_000,
                520,
            ),
            ("", 800, 24),
        ]
        .iter()
        .map(|&(text, views, interactions)| {
            let post = point(text, views, interactions);
            ConversationStarter {
                per_thousand_views: (post.replies + post.quotes) as f64 * 1_000.0 / views as f64,
                post,
            }
        })
        .collect()
    }

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    #[test]
    fn each_word_reads_out_its_median_posts_and_the_normal() {
        let mut readouts = Vec::new();
        let svg = crate::svg(960, 380, |area| {
            readouts = draw_words(area, &words(), &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        assert_eq!(readouts.len(), 7);
        assert_eq!(
            readouts[2].text(),
            "“東京”: median 3,100 views over 4 posts (engagement rate 3.9 per 100 views); all \
             posts' median 1,800 views"
        );
        assert!(svg.contains("4.8k · 9 posts"));
        assert!(svg.contains("All posts (1,800)"));
        assert!(svg.contains("used in 3 posts or more"));
    }

    #[test]
    fn each_starter_reads_out_its_rate_and_counts() {
        let mut readouts = Vec::new();
        crate::svg(960, 380, |area| {
            readouts = draw_conversation_starters(area, &starters(), &light())?;
            Ok(readouts.clone())
        })
        .expect("drawn");
        // 160 interactions: 40 replies and 16 quotes, 56 over 3,000 views is 18.7 per 1,000.
        assert_eq!(
            readouts[0].text(),
            "“What is the one tool you could not work without? Mine is a…”: 18.7 \
             replies and quotes per 1,000 views (40 replies, 16 quotes, 3,000 views)"
        );
        assert_eq!(
            readouts[2].text(),
            "Text post of 3 Mar 2026: 10.0 replies and quotes per 1,000 views (6 replies, 2 \
             quotes, 800 views)"
        );
    }

    #[test]
    fn empty_lists_say_why_and_what_to_do() {
        let mut none = words();
        none.words.clear();
        let svg = crate::svg(960, 380, |area| draw_words(area, &none, &light())).expect("drawn");
        assert!(svg.contains("No word is in 3 posts or more in this range yet"));
        let svg = crate::svg(960, 380, |area| {
            draw_conversation_starters(area, &[], &light())
        })
        .expect("drawn");
        assert!(svg.contains("No post in this range has replies or quotes yet"));
    }
}
