//! The range a screen shows: presets in one click, or days picked by hand and checked by the
//! API's rules. One range for the window ([`Session::range`](crate::session::Session)): the
//! overview and the content insights show the same days.

use chrono::NaiveDate;
use leptos::prelude::*;
use spool_model::limits::INSIGHTS_FLOOR_DAY;
use spool_model::{Comparison, DateRange, Locale, RangeChoice, RangePreset, pacific};

use crate::i18n::{say, t, tf};

/// Today in the account's calendar, from the browser's clock.
pub fn today() -> NaiveDate {
    let now =
        chrono::DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default();
    pacific::day_of(now)
}

/// The presets, the picker, and (when `comparison` is given) what the cards compare with.
/// `shown` is the range on screen, whose days the picker's fields show.
#[component]
pub fn RangeBar(
    choice: RwSignal<RangeChoice>,
    comparison: Option<RwSignal<Comparison>>,
    shown: Memo<Option<DateRange>>,
) -> impl IntoView {
    view! {
        <Presets choice />
        <Picker choice comparison shown />
    }
}

/// The ranges offered with one click: the last 7, 30, 90 days and so on.
#[component]
fn Presets(choice: RwSignal<RangeChoice>) -> impl IntoView {
    let pressed = move |p: RangePreset| {
        move || (choice.get() == RangeChoice::Preset { preset: p }).to_string()
    };
    view! {
        <div class="presets" role="group" aria-label=t("range-presets")>
            {RangePreset::ALL
                .into_iter()
                .map(|p| {
                    view! {
                        <button
                            class="preset"
                            aria-pressed=pressed(p)
                            on:click=move |_| {
                                crate::timing::range_changing();
                                choice.set(RangeChoice::Preset { preset: p });
                            }
                        >
                            {t(p.message_id())}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Days picked by hand, checked by the API's rules from spool-model before anything is asked,
/// and what the cards compare with. Its fields show the days on screen (`shown`), however
/// they were chosen, so a preset's days are there to adjust.
#[component]
fn Picker(
    choice: RwSignal<RangeChoice>,
    comparison: Option<RwSignal<Comparison>>,
    shown: Memo<Option<DateRange>>,
) -> impl IntoView {
    let today = today();
    let since = RwSignal::new(String::new());
    let until = RwSignal::new(today.to_string());
    Effect::new(move |_| {
        if let Some(range) = shown.get() {
            // Only a field that changes is written: days just typed and applied stay as they
            // are, and the date inputs are not drawn again for nothing.
            for (field, day) in [(since, range.since()), (until, range.until())] {
                let day = day.to_string();
                if field.with_untracked(|text| *text != day) {
                    field.set(day);
                }
            }
        }
    });
    let refusal = RwSignal::new(None::<String>);
    let apply = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let parse = |text: String| NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
        let (Some(from), Some(to)) = (parse(since.get()), parse(until.get())) else {
            refusal.set(Some(t("range-enter-both-days")));
            return;
        };
        match DateRange::new(from, to, today) {
            Ok(range) => {
                refusal.set(None);
                crate::timing::range_changing();
                choice.set(RangeChoice::Custom {
                    since: range.since(),
                    until: range.until(),
                });
            }
            Err(error) => refusal.set(Some(say(&error.sentence()))),
        }
    };
    let compare = comparison.map(|comparison| {
        let changed = move |ev: leptos::ev::Event| {
            comparison.set(if event_target_value(&ev) == "year" {
                Comparison::YearEarlier
            } else {
                Comparison::PreviousPeriod
            });
        };
        view! {
            <label>
                {t("range-compare-with")}
                <select id="compare" on:change=changed>
                    <option value="previous">{t("range-compare-previous")}</option>
                    <option value="year">{t("range-compare-year")}</option>
                </select>
            </label>
        }
    });
    view! {
        // The rules are spool-model's, with their reasons: the browser's own checks would only block.
        <form class="inline-form picker" novalidate on:submit=apply>
            <label>
                {t("range-from")}
                <input id="range-since" type="date" min=INSIGHTS_FLOOR_DAY.to_string()
                    max=today.to_string() bind:value=since />
            </label>
            <label>
                {t("range-to")}
                <input id="range-until" type="date" min=INSIGHTS_FLOOR_DAY.to_string()
                    max=today.to_string() bind:value=until />
            </label>
            <button type="submit" id="apply-range">{t("range-show")}</button>
            {compare}
        </form>
        {move || refusal.get().map(|text| view! { <p class="notice error" id="picker-refusal">{text}</p> })}
        <p class="muted picker-note">
            {tf(
                "range-note",
                &[("day", expect_context::<Locale>().date(INSIGHTS_FLOOR_DAY).into())],
            )}
        </p>
    }
}

/// A range as the screens say it: its first and last days.
pub fn describe_range(locale: &Locale, range: DateRange) -> String {
    tf(
        "range-span",
        &[
            ("since", locale.date(range.since()).into()),
            ("until", locale.date(range.until()).into()),
        ],
    )
}
