//! Ranked horizontal bars: followers by one breakdown (the largest values, then "Other"), and
//! clicks per link.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use spool_model::AudienceBreakdown;

use crate::{ChartError, Readout, Style};

/// Values shown by name; the rest are summed as "Other".
pub const TOP: usize = 8;

/// The bars: the `TOP` largest values, then the rest summed as "Other", named in the
/// style's language.
pub fn top_segments(breakdown: &AudienceBreakdown, style: &Style) -> Vec<(String, u64)> {
    let mut segments: Vec<(String, u64)> = breakdown
        .segments
        .iter()
        .map(|s| {
            let name = segment_message_id(breakdown.breakdown, &s.key)
                .map_or_else(|| s.key.clone(), |id| style.t(id));
            (name, s.followers)
        })
        .collect();
    segments.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if segments.len() > TOP {
        let other: u64 = segments[TOP..].iter().map(|s| s.1).sum();
        segments.truncate(TOP);
        segments.push((style.t("drawn-segment-other"), other));
    }
    segments
}

/// The id in the catalogue of a value of a breakdown that has words of its own (Threads names
/// genders by a letter); `None` for a value shown as it is (a country's code, a city, an age).
pub fn segment_message_id(breakdown: spool_model::Breakdown, key: &str) -> Option<&'static str> {
    match (breakdown, key) {
        (spool_model::Breakdown::Gender, "F") => Some("drawn-segment-women"),
        (spool_model::Breakdown::Gender, "M") => Some("drawn-segment-men"),
        (spool_model::Breakdown::Gender, "U") => Some("drawn-segment-unspecified"),
        _ => None,
    }
}

/// A value of a breakdown in English words (see [`segment_message_id`] for its words in
/// the language Spool speaks).
pub fn segment_name(breakdown: spool_model::Breakdown, key: &str) -> String {
    match (breakdown, key) {
        (spool_model::Breakdown::Gender, "F") => "Women".to_owned(),
        (spool_model::Breakdown::Gender, "M") => "Men".to_owned(),
        (spool_model::Breakdown::Gender, "U") => "Unspecified".to_owned(),
        _ => key.to_owned(),
    }
}

/// Draws followers by `breakdown` on `area`.
pub fn draw_demographics<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    breakdown: &AudienceBreakdown,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let title = style.t(spool_model::ChartKind::Audience {
        breakdown: breakdown.breakdown,
    }
    .message_id());
    let bars = RankedBars {
        title: &title,
        readout: "drawn-followers-readout",
        empty: &style.t("drawn-no-followers"),
    };
    let segments = top_segments(breakdown, style);
    draw_ranked_bars(area, &bars, &segments, None, style)
}

/// Draws clicks per link (most clicked first) on `area`; long addresses are shortened.
pub fn draw_link_clicks<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    links: &[(String, u64)],
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let shown: Vec<(String, u64)> = links
        .iter()
        .map(|(url, clicks)| (short_address(url), *clicks))
        .collect();
    let bars = RankedBars {
        title: &style.t(spool_model::ChartKind::LinkClicks.message_id()),
        readout: "drawn-clicks-readout",
        empty: &style.t("drawn-no-link-clicks"),
    };
    // A shortened address reads out whole under the pointer.
    let whole: Vec<String> = links.iter().map(|(url, _)| url.clone()).collect();
    draw_ranked_bars(area, &bars, &shown, Some(&whole), style)
}

/// An address without its scheme, cut to a readable length.
pub fn short_address(url: &str) -> String {
    let bare = url
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    if bare.chars().count() > 36 {
        let mut cut: String = bare.chars().take(35).collect();
        cut.push('…');
        cut
    } else {
        bare.to_owned()
    }
}

/// What ranked bars are called, how a bar reads out (the id of a message given `name`,
/// `count` and `share`), and what they say with none.
struct RankedBars<'a> {
    title: &'a str,
    readout: &'a str,
    empty: &'a str,
}

/// The width of `text` at a font of `size` design pixels, near enough to lay out labels:
/// plotters sets text at 0.8 of its size, and a sans-serif letter averages 0.6 of that.
fn text_width(text: &str, size: u32) -> f64 {
    text.chars().count() as f64 * f64::from(size) * 0.8 * 0.6
}

/// `name` cut with an ellipsis to fit `width` design pixels at a font of `size`.
fn fitted(name: &str, width: f64, size: u32) -> String {
    if text_width(name, size) <= width {
        return name.to_owned();
    }
    let keep = (width / text_width("x", size)).floor().max(2.0) as usize - 1;
    let mut cut: String = name.chars().take(keep).collect();
    cut.push('…');
    cut
}

fn draw_ranked_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    bars: &RankedBars<'_>,
    segments: &[(String, u64)],
    whole_names: Option<&[String]>,
    style: &Style,
) -> Result<Vec<Readout>, ChartError> {
    let (theme, locale) = (&style.theme, &style.locale);
    area.fill(&theme.background)?;
    let title = bars.title;
    // Larger than the wide charts' text: these charts are shown two abreast.
    let title_style = style.title();
    let label_style = style.text(16);
    if segments.is_empty() {
        area.draw(&Text::new(title, (style.at(16), style.at(12)), title_style))?;
        area.draw(&Text::new(
            bars.empty,
            (style.at(16), style.at(48)),
            label_style,
        ))?;
        return Ok(Vec::new());
    }
    let total: u64 = segments.iter().map(|s| s.1).sum();
    let largest = segments.iter().map(|s| s.1).max().unwrap_or(1).max(1) as f64;
    let count = segments.len() as f64;
    // A share as the language writes a percentage: "85%", "85 %" in German.
    let share = |value: u64| {
        let fraction = value as f64 / total.max(1) as f64;
        style.tf("drawn-share", &[("share", fraction.into())])
    };
    let value_label = |value: u64| format!(" {} ({})", locale.number(value), share(value));
    // Room for the longest name, up to two fifths of the chart; longer names are cut.
    let design_width = f64::from(area.dim_in_pixel().0) / style.scale;
    let names_room = segments
        .iter()
        .map(|s| text_width(&s.0, 16))
        .fold(0.0, f64::max)
        .min(design_width * 0.4);
    let names: Vec<String> = segments
        .iter()
        .map(|s| fitted(&s.0, names_room, 16))
        .collect();
    // Room right of the longest bar for its value: the plot stretches so the label fits.
    let plot_width = (design_width - names_room - 12.0 * 3.0).max(1.0);
    let label_room = segments
        .iter()
        .map(|s| text_width(&value_label(s.1), 16) * (largest / s.1.max(1) as f64).min(1.0))
        .fold(0.0, f64::max);
    let headroom = 1.0 / (1.0 - (label_room / plot_width).min(0.6)).max(0.4);
    let x_end = largest * headroom.max(1.1);
    let name_of = move |y: &f64| {
        let index = count - 1.0 - y.round();
        if (y - y.round()).abs() > 0.01 || index < 0.0 {
            return String::new();
        }
        names.get(index as usize).cloned().unwrap_or_default()
    };
    let mut chart = ChartBuilder::on(area)
        .caption(title, title_style)
        .margin(style.px(12))
        .x_label_area_size(style.px(28))
        .y_label_area_size(style.px(names_room.ceil() as u32 + 12))
        .build_cartesian_2d(0f64..x_end, -0.5f64..count - 0.5)?;
    chart
        .configure_mesh()
        .disable_y_mesh()
        .bold_line_style(style.stroke(theme.grid, 1))
        .light_line_style(TRANSPARENT)
        .axis_style(style.stroke(theme.grid, 1))
        .x_labels(5)
        .y_labels(segments.len() * 2 + 1)
        .x_label_formatter(&|x| locale.number(x.max(0.0).round() as u64))
        .y_label_formatter(&name_of)
        .label_style(label_style.clone())
        .draw()?;
    let bar = theme.bar;
    chart.draw_series(segments.iter().enumerate().map(|(i, (_, value))| {
        let y = count - 1.0 - i as f64;
        Rectangle::new([(0.0, y - 0.35), (*value as f64, y + 0.35)], bar.filled())
    }))?;
    chart.draw_series(segments.iter().enumerate().map(|(i, (_, value))| {
        let y = count - 1.0 - i as f64;
        Text::new(
            value_label(*value),
            (*value as f64, y),
            label_style.clone().pos(Pos::new(HPos::Left, VPos::Center)),
        )
    }))?;
    let readouts = segments
        .iter()
        .enumerate()
        .map(|(i, (name, value))| {
            let y = count - 1.0 - i as f64;
            let (left, top) = chart.backend_coord(&(0.0, y + 0.5));
            let (right, bottom) = chart.backend_coord(&(x_end, y - 0.5));
            let name = whole_names.and_then(|w| w.get(i)).unwrap_or(name);
            Readout::new(
                (left, top, right, bottom),
                style.tf(
                    bars.readout,
                    &[
                        ("name", name.as_str().into()),
                        ("count", (*value).into()),
                        ("share", share(*value).into()),
                    ],
                ),
            )
        })
        .collect();
    Ok(readouts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ChartTheme;
    use spool_model::{AudienceSegment, Breakdown, Locale};

    fn light() -> Style {
        Style::new(ChartTheme::LIGHT, Locale::english())
    }

    fn breakdown(values: &[(&str, u64)]) -> AudienceBreakdown {
        AudienceBreakdown {
            breakdown: Breakdown::Country,
            taken_at: chrono::DateTime::from_timestamp(1_780_000_000, 0).expect("moment"),
            segments: values
                .iter()
                .map(|(k, v)| AudienceSegment {
                    key: (*k).to_owned(),
                    followers: *v,
                    change: None,
                })
                .collect(),
        }
    }

    #[test]
    fn beyond_the_top_eight_values_are_summed_as_other() {
        let many: Vec<(String, u64)> = (0..12).map(|i| (format!("K{i:02}"), 100 - i)).collect();
        let refs: Vec<(&str, u64)> = many.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let shown = top_segments(&breakdown(&refs), &light());
        assert_eq!(shown.len(), TOP + 1);
        assert_eq!(shown[0], ("K00".to_owned(), 100));
        assert_eq!(shown[TOP], ("Other".to_owned(), 92 + 91 + 90 + 89));
    }

    #[test]
    fn bars_are_named_and_valued() {
        let drawn = crate::svg(640, 320, |area| {
            draw_demographics(area, &breakdown(&[("US", 5_120), ("BR", 900)]), &light())
        })
        .expect("drawn");
        assert!(drawn.contains("Followers by country"));
        assert!(drawn.contains("US"));
        assert!(drawn.contains("5,120 (85%)"), "{drawn}");
        assert!(drawn.contains("<title>BR: 900 followers (15%)</title>"));
    }

    #[test]
    fn a_name_too_long_for_a_narrow_chart_is_cut_and_read_out_whole() {
        let long = "San Francisco de Macorís, Duarte Province";
        let drawn = crate::svg(420, 320, |area| {
            draw_demographics(area, &breakdown(&[(long, 4_744), ("Paris", 900)]), &light())
        })
        .expect("drawn");
        assert!(!drawn.contains(&format!(">\n{long}\n<")), "not drawn whole");
        assert!(drawn.contains("San Francisco"), "drawn cut: {drawn}");
        assert!(drawn.contains('…'));
        assert!(drawn.contains(&format!("<title>{long}: 4,744 followers (84%)</title>")));
        // The longest bar leaves room for its value inside the chart.
        let bar_end = drawn
            .lines()
            .filter(|l| l.starts_with("<rect") && l.contains("fill=\"#F08A9A\""))
            .filter_map(|l| {
                let x: f64 = l.split("x=\"").nth(1)?.split('"').next()?.parse().ok()?;
                let w: f64 = l
                    .split("width=\"")
                    .nth(1)?
                    .split('"')
                    .next()?
                    .parse()
                    .ok()?;
                Some(x + w)
            })
            .fold(0.0, f64::max);
        assert!(
            bar_end + text_width(" 4,744 (84%)", 16) <= 420.0,
            "ends at {bar_end}"
        );
    }

    #[test]
    fn links_are_named_without_their_scheme() {
        assert_eq!(
            short_address("https://www.example.com/newsletter"),
            "example.com/newsletter"
        );
        let long = format!("https://example.com/{}", "a".repeat(60));
        assert_eq!(short_address(&long).chars().count(), 36);
        let drawn = crate::svg(640, 320, |area| {
            draw_link_clicks(
                area,
                &[("https://example.com/shop".to_owned(), 1_204)],
                &light(),
            )
        })
        .expect("drawn");
        assert!(drawn.contains("example.com/shop"));
        assert!(drawn.contains("1,204 (100%)"));
        assert!(drawn.contains("<title>https://example.com/shop: 1,204 clicks (100%)</title>"));
    }

    #[test]
    fn an_empty_reading_says_so() {
        let drawn = crate::svg(640, 320, |area| {
            draw_demographics(area, &breakdown(&[]), &light())
        })
        .expect("drawn");
        assert!(drawn.contains("No followers in this reading."));
    }
}
