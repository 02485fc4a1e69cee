//! Reports: a report of several pages or a one-page media kit of the window's range, its pages
//! previewed as the file will have them, saved as a PDF (a media kit also as a PNG), and the
//! report Spool writes by itself on a schedule. The native side draws every page; the window
//! shows them as the SVG documents it is given.

use leptos::prelude::*;
use spool_model::{
    DateRange, Locale, RangeChoice, ReportEvery, ReportFormat, ReportKind, ReportLook,
    ReportOptions, ReportPreview, ReportSchedule, ReportSection,
};

use crate::i18n::{t, tf};
use crate::screens::range::{RangeBar, today};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};
use crate::session::Session;
use crate::{action, bindings};

/// The kinds offered, in the form's order.
const KINDS: [ReportKind; 2] = [ReportKind::Report, ReportKind::MediaKit];

/// The looks offered, in the form's order.
const LOOKS: [ReportLook; 2] = [ReportLook::Light, ReportLook::Print];

/// A page's size in the preview's units (the pages are drawn 1,000 across, A4 upright): the
/// images take their place before they are decoded.
const PAGE: (u32, u32) = (1000, 1414);

/// The Reports screen of the account shown.
#[component]
pub fn ReportsScreen() -> impl IntoView {
    // The range is the window's, as on the overview and What works.
    let choice = Session::get().range;
    let locale = expect_context::<Locale>();
    let kind = RwSignal::new(ReportKind::Report);
    let sections = RwSignal::new(ReportSection::ALL.to_vec());
    let look = RwSignal::new(ReportLook::Light);
    let options = Memo::new(move |_| ReportOptions {
        kind: kind.get(),
        range: choice.get(),
        sections: sections.get(),
        look: look.get(),
        locale: locale.clone(),
    });
    // Whether pages are being drawn for the options now chosen: the pages shown until they
    // come are those of the last options.
    let drawing = RwSignal::new(false);
    let preview = Load::history(move || {
        let options = options.get();
        async move {
            // Nothing to draw: the form says why, and the native side is not asked.
            if !has_sections(&options) {
                return Ok(None);
            }
            drawing.try_set(true);
            let answer = bindings::report_preview(&options).await;
            drawing.try_set(false);
            answer.map(Some)
        }
    });
    // The picker's fields show the days chosen (a preset's as the window counts them).
    let shown = Memo::new(move |_| Some(days_of(choice.get())));
    view! {
        <HistoryScreen screen=Screen::Reports>
            <p class="muted reports-purpose">{t("screen-reports-purpose")}</p>
            <RangeBar choice comparison=None shown />
            <div class="reports-layout">
                <Form kind sections look />
                <section class="report-preview" aria-labelledby="report-preview-heading">
                    <div class="report-preview-head">
                        <h2 id="report-preview-heading">{t("reports-preview")}</h2>
                        <span
                            class="loading"
                            id="report-making"
                            role="status"
                            hidden=move || !drawing.get()
                        >
                            {t("reports-making")}
                        </span>
                        <Save options />
                    </div>
                    <Loaded
                        load=preview
                        quiet=true
                        shown=move |preview| view! { <Pages preview drawing /> }
                    />
                </section>
            </div>
            <Schedule />
        </HistoryScreen>
    }
}

/// Whether `options` ask for something to draw: a media kit always does, a report needs a
/// section.
fn has_sections(options: &ReportOptions) -> bool {
    options.kind == ReportKind::MediaKit || !options.sections.is_empty()
}

/// The days `choice` stands for today, as the picker shows them.
fn days_of(choice: RangeChoice) -> DateRange {
    let today = today();
    match choice {
        RangeChoice::Preset { preset } => preset.range(today, None),
        RangeChoice::Custom { since, until } => DateRange::new(since, until, today)
            .unwrap_or_else(|_| spool_model::RangePreset::Last30Days.range(today, None)),
    }
}

/// What the file is: its kind, a report's sections, and its look.
#[component]
fn Form(
    kind: RwSignal<ReportKind>,
    sections: RwSignal<Vec<ReportSection>>,
    look: RwSignal<ReportLook>,
) -> impl IntoView {
    let kinds = KINDS
        .into_iter()
        .map(|k| {
            choice(
                ("radio", "report-kind", k.file_stem()),
                t(k.message_id()),
                Signal::derive(move || kind.get() == k),
                Callback::new(move |_| kind.set(k)),
            )
        })
        .collect_view();
    let looks = LOOKS
        .into_iter()
        .map(|l| {
            choice(
                ("radio", "report-look", look_name(l)),
                t(l.message_id()),
                Signal::derive(move || look.get() == l),
                Callback::new(move |_| look.set(l)),
            )
        })
        .collect_view();
    let boxes = ReportSection::ALL
        .into_iter()
        .map(|section| {
            choice(
                ("checkbox", "report-section", section.name()),
                t(section.message_id()),
                Signal::derive(move || sections.with(|s| s.contains(&section))),
                Callback::new(move |on: bool| {
                    sections.update(|chosen| {
                        // Kept in the report's order, each once.
                        *chosen = ReportSection::ALL
                            .into_iter()
                            .filter(|s| {
                                if *s == section {
                                    on
                                } else {
                                    chosen.contains(s)
                                }
                            })
                            .collect();
                    });
                }),
            )
        })
        .collect_view();
    view! {
        <div class="panel report-form" id="report-form">
            <fieldset class="report-choice">
                <legend>{t("reports-kind")}</legend>
                {kinds}
            </fieldset>
            <fieldset
                class="report-sections"
                id="report-sections"
                disabled=move || kind.get() == ReportKind::MediaKit
            >
                <legend>{t("reports-sections")}</legend>
                {boxes}
            </fieldset>
            <fieldset class="report-choice">
                <legend>{t("reports-look")}</legend>
                {looks}
            </fieldset>
        </div>
    }
}

/// One choice of the form, a radio button or a checkbox (`input`: its type, name and value),
/// with its label. One function for all of them: the module holds one copy of the view.
fn choice(
    input: (&'static str, &'static str, &'static str),
    label: String,
    checked: Signal<bool>,
    changed: Callback<bool>,
) -> AnyView {
    let (kind, name, value) = input;
    view! {
        <label class="choice">
            <input
                type=kind
                name=name
                value=value
                prop:checked=checked
                on:change=move |ev| changed.run(event_target_checked(&ev))
            />
            {label}
        </label>
    }
    .into_any()
}

/// A look's name in the form, for tests and styles.
const fn look_name(look: ReportLook) -> &'static str {
    match look {
        ReportLook::Light => "light",
        ReportLook::Print => "print",
    }
}

/// "Save PDF…", and for a media kit "Save PNG…": the file is drawn again from the options
/// and written where the user chooses; what was saved is said beside the buttons, as an
/// export's is.
#[component]
fn Save(options: Memo<ReportOptions>) -> impl IntoView {
    let locale = StoredValue::new(expect_context::<Locale>());
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let save = action::new(
        move |(options, format): &(ReportOptions, ReportFormat)| {
            let (options, format, locale) = (options.clone(), *format, locale.get_value());
            async move {
                bindings::save_report(&options, &format)
                    .await
                    .map(|file| crate::export::saved(&locale, file))
            }
        },
        move |answer| outcome.set(Some(answer.map_err(|error| error.message))),
    );
    let saving = save.pending();
    let start = move |format: ReportFormat| {
        outcome.set(None);
        save.dispatch((options.get_untracked(), format));
    };
    let cannot = move || saving.get() || options.with(|o| !has_sections(o));
    let failed = move || outcome.with(|o| matches!(o, Some(Err(_))));
    view! {
        <div class="report-actions">
            <button
                class="primary"
                id="save-report-pdf"
                disabled=cannot
                on:click=move |_| start(ReportFormat::Pdf)
            >
                {t("reports-save-pdf")}
            </button>
            <button
                id="save-report-png"
                hidden=move || options.with(|o| o.kind != ReportKind::MediaKit)
                disabled=cannot
                on:click=move |_| start(ReportFormat::Png)
            >
                {t("reports-save-png")}
            </button>
        </div>
        <p
            id="report-outcome"
            class=move || if failed() { "report-outcome notice error" } else { "report-outcome muted" }
            role=move || if failed() { "alert" } else { "status" }
            hidden=move || outcome.with(Option::is_none)
        >
            {move || outcome.get().map(|result| result.unwrap_or_else(|reason| reason))}
        </p>
    }
}

/// The pages of the last preview, as sheets of paper, or why there are none.
#[component]
fn Pages(preview: Memo<Option<Option<ReportPreview>>>, drawing: RwSignal<bool>) -> impl IntoView {
    move || {
        preview.get().map(|drawn| match drawn {
            None => view! {
                <p class="notice info" id="report-no-sections" role="status">
                    {t("reports-no-sections")}
                </p>
            }
            .into_any(),
            Some(preview) => {
                let total = preview.pages.len();
                view! {
                    <p class="muted report-page-count" id="report-page-count">
                        {tf("reports-pages", &[("pages", total.into())])}
                    </p>
                    <ol class="report-pages" id="report-pages" class:stale=move || drawing.get()>
                        {preview
                            .pages
                            .iter()
                            .enumerate()
                            .map(|(i, svg)| {
                                let alt = tf(
                                    "reports-page",
                                    &[("page", (i + 1).into()), ("pages", total.into())],
                                );
                                view! {
                                    <li>
                                        <img
                                            class="report-page"
                                            src=svg_url(svg)
                                            alt=alt
                                            width=PAGE.0
                                            height=PAGE.1
                                        />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                }
                .into_any()
            }
        })
    }
}

/// An SVG document as an address an image can show (the window's policy allows `data:`
/// images).
fn svg_url(svg: &str) -> String {
    let encoded = String::from(js_sys::encode_uri_component(svg));
    format!("data:image/svg+xml;charset=utf-8,{encoded}")
}

/// The report Spool writes by itself: how often (or not at all) and into which folder.
#[component]
fn Schedule() -> impl IntoView {
    let stored = Load::new(bindings::report_schedule);
    view! {
        <h2 id="report-schedule-heading">{t("reports-schedule")}</h2>
        <div class="panel report-schedule" id="report-schedule">
            <Loaded
                load=stored
                shown=|stored| {
                    view! { <ScheduleForm stored=stored.get_untracked().flatten() /> }
                }
            />
            <p class="muted">{t("reports-schedule-note")}</p>
        </div>
    }
}

/// The schedule's choices, saved as soon as they make a whole schedule: off, or every week
/// or month with a folder.
#[component]
fn ScheduleForm(stored: Option<ReportSchedule>) -> impl IntoView {
    let session = Session::get();
    let every = RwSignal::new(stored.as_ref().map(|s| s.every));
    let folder = RwSignal::new(stored.map(|s| s.folder));
    let saved = RwSignal::new(false);
    let save = session.action(
        |schedule: &Option<ReportSchedule>| {
            let schedule = schedule.clone();
            async move { bindings::set_report_schedule(&schedule).await }
        },
        move |schedule: Option<ReportSchedule>| {
            every.set(schedule.as_ref().map(|s| s.every));
            if let Some(schedule) = schedule {
                folder.set(Some(schedule.folder));
            }
            saved.set(true);
        },
    );
    let save_if_whole = move || {
        saved.set(false);
        match (every.get_untracked(), folder.get_untracked()) {
            (None, _) => {
                save.dispatch(None);
            }
            (Some(every), Some(folder)) => {
                save.dispatch(Some(ReportSchedule { every, folder }));
            }
            // Said below the folder: saved once one is chosen.
            (Some(_), None) => {}
        }
    };
    let choose = session.action(
        |()| bindings::choose_report_folder(),
        move |chosen: Option<String>| {
            if let Some(path) = chosen {
                folder.set(Some(path));
                save_if_whole();
            }
        },
    );
    let choosing = choose.pending();
    let saving = save.pending();
    let change = move |ev: leptos::ev::Event| {
        every.set(match event_target_value(&ev).as_str() {
            "week" => Some(ReportEvery::Week),
            "month" => Some(ReportEvery::Month),
            _ => None,
        });
        save_if_whole();
    };
    let option = move |value: &'static str, label: String, is: Option<ReportEvery>| {
        view! { <option value=value selected=move || every.get() == is>{label}</option> }
    };
    let needs_folder = move || every.get().is_some() && folder.with(Option::is_none);
    view! {
        <div class="report-schedule-form">
            <select
                id="report-every"
                aria-labelledby="report-schedule-heading"
                disabled=move || saving.get()
                on:change=change
            >
                {option("off", t("reports-schedule-off"), None)}
                {option("week", t(ReportEvery::Week.message_id()), Some(ReportEvery::Week))}
                {option("month", t(ReportEvery::Month.message_id()), Some(ReportEvery::Month))}
            </select>
            <div class="report-folder-row">
                <label class="report-folder">
                    {t("reports-schedule-folder")}
                    <input
                        id="report-folder"
                        class="path"
                        readonly
                        prop:value=move || folder.get().unwrap_or_default()
                    />
                </label>
                <button
                    id="choose-report-folder"
                    disabled=move || choosing.get() || saving.get()
                    on:click=move |_| {
                        choose.dispatch(());
                    }
                >
                    {t("reports-schedule-choose")}
                </button>
            </div>
        </div>
        <p
            class="notice warning"
            id="report-needs-folder"
            role="status"
            hidden=move || !needs_folder()
        >
            {t("reports-schedule-needs-folder")}
        </p>
        <p
            class="report-schedule-saved"
            id="report-schedule-saved"
            role="status"
            hidden=move || !saved.get()
        >
            {t("reports-schedule-saved")}
        </p>
    }
}
