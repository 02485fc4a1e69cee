//! Words on a chart: how wide a label will be, cutting and wrapping it to fit, and the names
//! the insight charts give posts and counts.

use plotters::style::RGBColor;
use spool_model::{Locale, PostPoint};

use crate::Style;

/// How many characters of a post's text a readout quotes.
pub(crate) const READOUT_CHARACTERS: usize = 60;

/// Whether `c` is drawn about twice as wide as a Latin letter: Chinese, Japanese and Korean
/// characters, full-width forms and most emoji.
fn is_wide(c: char) -> bool {
    matches!(
        u32::from(c),
        0x1100..=0x115F
            | 0x2E80..=0x303E
            | 0x3041..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA000..=0xA4CF
            | 0xAC00..=0xD7A3
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFF60
            | 0xFFE0..=0xFFE6
            | 0x1F300..=0x1F64F
            | 0x1F900..=0x1F9FF
            | 0x20000..=0x3FFFD
    )
}

/// The width of `text` at a font of `size` design pixels, near enough to lay out labels:
/// plotters sets text at 0.8 of its size, and a sans-serif letter averages 0.6 of that (a
/// Chinese, Japanese or Korean character twice as much).
pub(crate) fn text_width(text: &str, size: u32) -> f64 {
    let units: f64 = text
        .chars()
        .map(|c| if is_wide(c) { 2.0 } else { 1.0 })
        .sum();
    units * f64::from(size) * 0.8 * 0.6
}

/// `name` cut with an ellipsis to fit `width` design pixels at a font of `size`.
pub(crate) fn fitted(name: &str, width: f64, size: u32) -> String {
    if text_width(name, size) <= width {
        return name.to_owned();
    }
    let room = width - text_width("…", size);
    let mut cut = String::new();
    let mut used = 0.0;
    for c in name.chars() {
        let wide = text_width(c.encode_utf8(&mut [0; 4]), size);
        if used + wide > room {
            break;
        }
        used += wide;
        cut.push(c);
    }
    // Never less than one letter: a cut name still says where it starts.
    if cut.is_empty() {
        cut.extend(name.chars().take(1));
    }
    let mut cut = cut.trim_end().to_owned();
    cut.push('…');
    cut
}

/// `text` broken at spaces into lines of at most `width` design pixels at a font of `size`; a
/// word longer than a line is cut.
pub(crate) fn wrapped(text: &str, width: f64, size: u32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size) <= width || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(|l| fitted(&l, width, size)).collect()
}

/// `text` on one line (runs of spaces and line breaks as one space), cut with an ellipsis
/// after `characters` characters.
pub(crate) fn shortened(text: &str, characters: usize) -> String {
    // Read only as far as the cut: a quality map names thousands of posts, some long.
    let mut line = String::with_capacity(text.len().min(characters * 4));
    let mut count = 0;
    let mut more = false;
    'words: for word in text.split_whitespace() {
        if count > 0 {
            if count == characters {
                more = true;
                break;
            }
            line.push(' ');
            count += 1;
        }
        for c in word.chars() {
            if count == characters {
                more = true;
                break 'words;
            }
            line.push(c);
            count += 1;
        }
    }
    if more {
        // The line is `characters` long and goes on: its last one gives way to the ellipsis.
        line.pop();
        line.truncate(line.trim_end().len());
        line.push('…');
    }
    line
}

/// A post as a chart names it: its text on one line, or, for a post without text, its format
/// and day.
pub(crate) fn post_name(post: &PostPoint, style: &Style) -> String {
    let text = shortened(&post.text, READOUT_CHARACTERS);
    if text.is_empty() {
        let locale = &style.locale;
        style.tf(
            "drawn-post-of",
            &[
                ("format", style.t(post.format.message_id()).into()),
                (
                    "day",
                    locale.date(locale.local_day(post.published_at)).into(),
                ),
            ],
        )
    } else {
        text
    }
}

/// A post named in a readout: its text in quotation marks, or its format and day.
pub(crate) fn quoted_post(post: &PostPoint, style: &Style) -> String {
    if post.text.trim().is_empty() {
        post_name(post, style)
    } else {
        style.tf("drawn-quoted", &[("text", post_name(post, style).into())])
    }
}

/// "1 post", "12 posts", "1,204 posts".
pub(crate) fn posts(count: u32, style: &Style) -> String {
    style.tf("drawn-posts", &[("count", count.into())])
}

/// An engagement rate as the charts write it: one decimal.
pub(crate) fn rate(value: f64, locale: &Locale) -> String {
    locale.decimal(value, 1)
}

/// A count written whole: views are counts, even as a median.
pub(crate) fn count(value: f64, locale: &Locale) -> String {
    locale.number(value.max(0.0).round() as u64)
}

/// A count for the catalogue to write (and choose its words by): views are counts, even as
/// a median.
pub(crate) fn count_of(value: f64) -> u64 {
    value.max(0.0).round() as u64
}

/// An axis tick in the locale: whole where it is whole, else with one decimal.
pub(crate) fn tick(value: f64, locale: &Locale) -> String {
    if (value - value.round()).abs() < 1e-6 {
        locale.number(value.max(0.0).round() as u64)
    } else {
        locale.decimal(value, 1)
    }
}

/// A colour `share` of the way from `from` to `to`.
pub(crate) fn blend(from: RGBColor, to: RGBColor, share: f64) -> RGBColor {
    let mix = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * share).round() as u8;
    RGBColor(mix(from.0, to.0), mix(from.1, to.1), mix(from.2, to.2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_scripts_are_measured_twice_as_wide() {
        assert_eq!(text_width("日本", 10), text_width("abcd", 10));
        assert_eq!(text_width("한국", 10), text_width("abcd", 10));
    }

    #[test]
    fn a_cut_name_fits_its_room_with_an_ellipsis() {
        let cut = fitted("a very long name indeed", 60.0, 12);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(text_width(&cut, 12) <= 60.0);
        assert_eq!(fitted("short", 60.0, 12), "short");
        assert!(text_width(&fitted("今日はいい天気ですね本当に", 60.0, 12), 12) <= 60.0);
    }

    #[test]
    fn text_is_wrapped_at_spaces_and_shortened_on_one_line() {
        let lines = wrapped("one two three four five six", 60.0, 12);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| text_width(l, 12) <= 60.0));
        assert_eq!(lines.join(" "), "one two three four five six");
        assert_eq!(shortened("a\n\nb   c", 60), "a b c");
        assert_eq!(shortened("  abc  def ", 7), "abc def");
        assert_eq!(shortened("abc def", 6), "abc d…");
        assert_eq!(shortened("abc def", 5), "abc…");
        assert_eq!(shortened("日本語の投稿です", 4), "日本語…");
        assert_eq!(shortened("", 4), "");
        let long = shortened(&"word ".repeat(30), 20);
        assert_eq!(long.chars().count(), 20);
        assert!(long.ends_with('…'));
    }
}
