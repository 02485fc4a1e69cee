//! Best time to post: a weekday × hour grid of median post views, each cell shaded by its
//! median and saying how many posts stand behind it; cells with too few posts are withheld.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::BestTimes;

use crate::{ChartError, Readout, Style};

fn blend(from: RGBColor, to: RGBColor, share: f64) -> RGBColor {
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
    RGBColor(mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
}

/// Draws the best times to post on `area`.
pub fn draw_best_times<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    times: &BestTimes,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    let title_style = style.title();
    let label_style = style.text(13);
    let cell_style = style.font(11);
    let top = times
        .slots
        .iter()
        .filter_map(|s| s.median_views)
        .max()
        .unwrap_or(0);
    let mut chart = ChartBuilder::on(area)
        .caption(style.t("drawn-best-times-title"), title_style)
        .margin(style.px(12))
        .x_label_area_size(style.px(28))
        .y_label_area_size(style.px(44))
        .build_cartesian_2d(0f64..24f64, 0f64..7f64)?;
    chart
        .configure_mesh()
        .disable_mesh()
        .axis_style(style.stroke(theme.grid, 1))
        .x_labels(25)
        .y_labels(15)
        .x_label_formatter(&|x| {
            let hour = x.round();
            if (x - hour).abs() < 0.01 && hour < 24.0 && (hour as u32).is_multiple_of(3) {
                locale.hour(hour as u32)
            } else {
                String::new()
            }
        })
        .y_label_formatter(&|y| {
            let row = y - 0.5;
            if (row - row.round()).abs() > 0.01 || !(0.0..7.0).contains(&row) {
                return String::new();
            }
            locale.weekday_name(6 - row.round() as usize).to_owned()
        })
        .label_style(label_style.clone())
        .draw()?;
    let mut readouts = Vec::with_capacity(times.slots.len());
    let mut labels = Vec::with_capacity(times.slots.len());
    for slot in &times.slots {
        let x = f64::from(slot.hour);
        let y = 6.0 - f64::from(slot.weekday);
        let (fill, text, ink) = match slot.median_views {
            Some(median) => {
                let share = if top == 0 {
                    0.0
                } else {
                    median as f64 / top as f64
                };
                let fill = blend(theme.background, theme.line, 0.15 + 0.85 * share);
                let ink = if share > 0.5 {
                    theme.background
                } else {
                    theme.text
                };
                (fill, locale.compact(median), ink)
            }
            // Too few posts for a median: shown as withheld, with the count.
            None => (
                theme.grid,
                style.tf("drawn-best-times-withheld", &[("posts", slot.posts.into())]),
                theme.text,
            ),
        };
        chart.draw_series(std::iter::once(Rectangle::new(
            [(x + 0.04, y + 0.06), (x + 0.96, y + 0.94)],
            fill.filled(),
        )))?;
        labels.push((text, (x + 0.5, y + 0.5), ink));
        let (left, top) = chart.backend_coord(&(x, y + 1.0));
        let (right, bottom) = chart.backend_coord(&(x + 1.0, y));
        let when = style.tf(
            "drawn-weekday-hour",
            &[
                (
                    "weekday",
                    locale.weekday_name(usize::from(slot.weekday)).into(),
                ),
                ("hour", locale.hour(u32::from(slot.hour)).into()),
            ],
        );
        let posts = crate::text::posts(slot.posts, style);
        let text = match slot.median_views {
            Some(median) => style.tf(
                "drawn-best-times-readout",
                &[
                    ("when", when.into()),
                    ("views", median.into()),
                    ("posts", posts.into()),
                ],
            ),
            None => style.tf(
                "drawn-best-times-too-few",
                &[("when", when.into()), ("posts", posts.into())],
            ),
        };
        readouts.push(Readout::new((left, top, right, bottom), text));
    }
    // The cells' numbers after the cells, in one ink and then the other, so that a backend
    // that keeps its colour between texts (the window's) is handed each ink once.
    for ink in [theme.text, theme.background] {
        let cell_style = cell_style
            .clone()
            .color(&ink)
            .pos(Pos::new(HPos::Center, VPos::Center));
        chart.draw_series(
            labels
                .iter()
                .filter(|label| label.2 == ink)
                .map(|(text, at, _)| Text::new(text.clone(), *at, cell_style.clone())),
        )?;
    }
    area.draw(&Text::new(
        style.tf(
            "drawn-best-times-note",
            &[("minimum", times.minimum_posts.into())],
        ),
        (
            style.at(16),
            i32::try_from(area.dim_in_pixel().1).unwrap_or(0) - style.at(4),
        ),
        label_style.pos(Pos::new(HPos::Left, VPos::Bottom)),
    ))?;
    Ok(readouts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ChartTheme;
    use spool_model::{Locale, PostingSlot};

    #[test]
    fn medians_are_shown_and_thin_cells_withheld() {
        let times = BestTimes {
            slots: vec![
                PostingSlot {
                    weekday: 0,
                    hour: 9,
                    posts: 5,
                    median_views: Some(12_400),
                },
                PostingSlot {
                    weekday: 6,
                    hour: 21,
                    posts: 1,
                    median_views: None,
                },
            ],
            minimum_posts: 3,
        };
        let drawn = crate::svg(960, 360, |area| {
            draw_best_times(
                area,
                &times,
                &Style::new(ChartTheme::LIGHT, Locale::english()),
            )
        })
        .expect("drawn");
        assert!(drawn.contains("12k"), "the median");
        assert!(drawn.contains("1×"), "the withheld cell's count");
        assert!(drawn.contains("Mon") && drawn.contains("Sun"));
        assert!(drawn.contains("09:00"));
        assert!(drawn.contains("<title>Mon 09:00: median 12,400 views over 5 posts</title>"));
        assert!(drawn.contains("<title>Sun 21:00: 1 post, too few for a median</title>"));
    }
}
