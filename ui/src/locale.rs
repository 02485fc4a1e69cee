//! The user's locale, read once from the web view's `Intl`: how the language Spool speaks is
//! written in the system's region (numbers, month and weekday names, the order of day and
//! month, the clock), and the time zone.

use js_sys::{Array, Date, Intl, Object, Reflect};
use spool_model::{Language, Locale};
use wasm_bindgen::JsValue;

/// The tag `language` is written by in the system's region: the system's own tag when it is
/// of that language ("de-AT"), else the language's with the system's region ("ja" in Germany
/// is "ja-DE": Japanese words, German habits where Japanese has none of its own).
fn tag_in_region(language: Language, system: Option<&str>) -> String {
    let Some(system) = system else {
        return language.tag().to_owned();
    };
    if Language::for_tag(system) == Some(language) {
        return system.to_owned();
    }
    let region = system
        .split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()));
    match region {
        Some(region) if !language.tag().contains('-') => format!("{}-{region}", language.tag()),
        _ => language.tag().to_owned(),
    }
}

/// The locale of `language` in the system's region, falling back to English for anything
/// `Intl` does not answer.
pub fn locale_for(language: Language) -> Locale {
    let mut locale = Locale::english();
    let system = web_sys::window().and_then(|w| w.navigator().language());
    locale.tag = tag_in_region(language, system.as_deref());
    TAG.with(|tag| tag.replace(locale.tag.clone()));
    let numbers = Intl::NumberFormat::new(&locales(), &Object::new());
    let parts = numbers.format_to_parts(1_234_567.5);
    if let Some(group) = part(&parts, "group") {
        locale.group = group;
    }
    if let Some(decimal) = part(&parts, "decimal") {
        locale.decimal = decimal;
    }

    let month_names = formatter(&[("month", "short")]);
    let months: Vec<String> = (0..12)
        .filter_map(|m| part(&month_names.format_to_parts(&day(2025, m, 15)), "month"))
        .collect();
    if months.len() == 12 {
        locale.months = months;
    }
    // 2024-01-01 was a Monday.
    let weekday_names = formatter(&[("weekday", "short")]);
    let weekdays: Vec<String> = (0..7)
        .filter_map(|d| {
            part(
                &weekday_names.format_to_parts(&day(2024, 0, 1 + d)),
                "weekday",
            )
        })
        .collect();
    if weekdays.len() == 7 {
        locale.weekdays = weekdays;
    }

    let order =
        formatter(&[("day", "numeric"), ("month", "short")]).format_to_parts(&day(2025, 2, 3));
    let kinds: Vec<String> = order.iter().filter_map(|p| text(&p, "type")).collect();
    let position = |kind: &str| kinds.iter().position(|k| k == kind);
    if let (Some(d), Some(m)) = (position("day"), position("month")) {
        locale.day_first = d < m;
    }
    // Dates that begin with the year are written in numbers, with the locale's separator.
    let numeric = formatter(&[
        ("year", "numeric"),
        ("month", "numeric"),
        ("day", "numeric"),
    ])
    .format_to_parts(&day(2025, 2, 3));
    let first = numeric.iter().find_map(|p| text(&p, "type"));
    if first.as_deref() == Some("year") {
        locale.year_first = Some(part(&numeric, "literal").unwrap_or_else(|| "/".to_owned()));
    }

    let clock = formatter(&[("hour", "numeric")]).resolved_options();
    if let Ok(hour12) = Reflect::get(&clock, &JsValue::from_str("hour12"))
        && let Some(hour12) = hour12.as_bool()
    {
        locale.hour12 = hour12;
    }
    // JavaScript counts minutes west of Greenwich; Spool counts east.
    let offset = -Date::new_0().get_timezone_offset();
    if offset.is_finite() {
        locale.utc_offset_minutes = offset as i32;
    }
    locale
}

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

/// Noon on a day (months count from 0, as in JavaScript), so no time zone moves it.
fn day(year: u32, month: i32, day: i32) -> Date {
    Date::new_with_year_month_day_hr_min(year, month, day, 12, 0)
}

thread_local! {
    /// The tag the formatters are made for, while [`locale_for`] reads them.
    static TAG: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// The locales `Intl` is asked for: the one being read.
fn locales() -> Array {
    TAG.with(|tag| Array::of1(&JsValue::from_str(&tag.borrow())))
}

/// A date formatter in the locale being read with `options`.
fn formatter(options_given: &[(&str, &str)]) -> Intl::DateTimeFormat {
    Intl::DateTimeFormat::new(&locales(), &options(options_given))
}

fn part(parts: &Array, kind: &str) -> Option<String> {
    parts
        .iter()
        .find(|p| text(p, "type").as_deref() == Some(kind))
        .and_then(|p| text(&p, "value"))
        .filter(|value| !value.is_empty())
}

fn text(object: &JsValue, key: &str) -> Option<String> {
    Reflect::get(object, &JsValue::from_str(key))
        .ok()
        .and_then(|v| v.as_string())
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    #[wasm_bindgen_test]
    fn a_language_is_written_in_the_systems_region() {
        assert_eq!(tag_in_region(Language::German, Some("de-AT")), "de-AT");
        assert_eq!(tag_in_region(Language::Japanese, Some("de-DE")), "ja-DE");
        assert_eq!(
            tag_in_region(Language::ChineseTraditional, Some("en-US")),
            "zh-TW"
        );
        assert_eq!(tag_in_region(Language::English, Some("fr")), "en");
        assert_eq!(tag_in_region(Language::Hindi, None), "hi");
    }
}
