//! Taking charts and tables out of Spool: each chart's Export panel (PNG at a size and
//! resolution, SVG, or the clipboard) and the data buttons (CSV, JSON) beside a screen's
//! tables. The native side draws and writes the files; the save dialog is the system's.

use leptos::prelude::*;
use spool_model::{
    ChartKind, CommandError, DataExport, DataFormat, Dataset, ImageExport, ImageFormat,
    ImageLayout, Locale, RangeChoice, Resolution, SavedFile,
};

use crate::i18n::{t, tf};
use crate::screens::prefers_dark;
use crate::{action, bindings};

/// Which chart an Export panel exports, and over which days.
#[derive(Debug, Clone, PartialEq)]
pub struct ChartExport {
    /// The chart.
    pub chart: ChartKind,
    /// The days it shows, for a chart that takes a range.
    pub range: Option<RangeChoice>,
}

/// The resolutions the panel offers, by their value in its list.
fn resolution(choice: &str, dpi: &str) -> Result<Resolution, String> {
    match choice {
        "1" | "2" | "3" => Ok(Resolution::Times {
            times: choice.parse().unwrap_or(1),
        }),
        _ => {
            let (low, high) = (*Resolution::DPI_RANGE.start(), *Resolution::DPI_RANGE.end());
            match dpi.trim().parse::<u16>() {
                Ok(dpi) if Resolution::DPI_RANGE.contains(&dpi) => Ok(Resolution::Dpi { dpi }),
                _ => Err(tf(
                    "export-dpi-range",
                    &[
                        ("low", u32::from(low).into()),
                        ("high", u32::from(high).into()),
                    ],
                )),
            }
        }
    }
}

/// What a finished export says (a chart's, a table's, a report's).
pub(crate) fn saved(locale: &Locale, file: Option<SavedFile>) -> String {
    match file {
        None => t("export-nothing-saved"),
        Some(file) => {
            let size = if file.bytes >= 1024 * 1024 {
                let megabytes = locale.decimal(file.bytes as f64 / 1_048_576.0, 1);
                tf("export-size-mb", &[("size", megabytes.into())])
            } else {
                let kilobytes = locale.number(file.bytes.div_ceil(1024));
                tf("export-size-kb", &[("size", kilobytes.into())])
            };
            tf(
                "export-saved",
                &[("path", file.path.into()), ("size", size.into())],
            )
        }
    }
}

/// A chart's Export panel: closed it is one button; open, the format, shape and resolution,
/// then Save and Copy image.
#[component]
pub fn ExportPanel(#[prop(into)] export: Signal<ChartExport>) -> impl IntoView {
    let locale = StoredValue::new(use_context::<Locale>().unwrap_or_default());
    let format = RwSignal::new(ImageFormat::Png);
    let layout = RwSignal::new(ImageLayout::AsShown);
    let scale = RwSignal::new("2".to_owned());
    let dpi = RwSignal::new("300".to_owned());
    let outcome = RwSignal::new(None::<Result<String, String>>);
    // Said beside the buttons, not in the window's banner: it is this chart's export.
    let said = move |answer: Result<String, CommandError>| {
        outcome.set(Some(answer.map_err(|error| error.message)));
    };
    let save = action::new(
        move |request: &ImageExport| {
            let (request, locale) = (request.clone(), locale.get_value());
            async move {
                bindings::export_chart(&request)
                    .await
                    .map(|file| saved(&locale, file))
            }
        },
        said,
    );
    let copy = action::new(
        |request: &ImageExport| {
            let request = request.clone();
            async move {
                bindings::copy_chart_image(&request)
                    .await
                    .map(|()| t("export-copied"))
            }
        },
        said,
    );
    let (saving, copying) = (save.pending(), copy.pending());
    let busy = move || saving.get() || copying.get();
    let request = move || -> Result<ImageExport, String> {
        let export = export.get_untracked();
        Ok(ImageExport {
            chart: export.chart,
            range: export.range,
            format: format.get_untracked(),
            layout: layout.get_untracked(),
            resolution: resolution(&scale.get_untracked(), &dpi.get_untracked())?,
            dark: prefers_dark(),
            locale: locale.get_value(),
        })
    };
    // Save and Copy image: check the choices, then run `export` on them.
    let start = move |export: Action<ImageExport, ()>| match request() {
        Ok(request) => {
            outcome.set(None);
            export.dispatch(request);
        }
        Err(reason) => outcome.set(Some(Err(reason))),
    };
    let is_png = move || format.get() == ImageFormat::Png;
    let by_dpi = move || scale.get() == "dpi";
    view! {
        <details class="export-panel">
            <summary>{t("export-panel")}</summary>
            <div class="export-options">
                <label>
                    {t("export-format")}
                    <select class="export-format" on:change=move |ev| {
                        format.set(if event_target_value(&ev) == "svg" { ImageFormat::Svg } else { ImageFormat::Png });
                    }>
                        <option value="png">{t(ImageFormat::Png.message_id())}</option>
                        <option value="svg">{t(ImageFormat::Svg.message_id())}</option>
                    </select>
                </label>
                <label>
                    {t("export-size")}
                    <select class="export-layout" on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        if let Some(found) = ImageLayout::ALL.into_iter().find(|l| format!("{l:?}") == chosen) {
                            layout.set(found);
                            // Print wants print resolution.
                            if found == ImageLayout::A4 {
                                scale.set("dpi".to_owned());
                            }
                        }
                    }>
                        {ImageLayout::ALL
                            .into_iter()
                            .map(|l| view! { <option value=format!("{l:?}") selected=move || layout.get() == l>{t(l.message_id())}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label class:hidden=move || !is_png()>
                    {t("export-resolution")}
                    <select class="export-scale" prop:value=move || scale.get() on:change=move |ev| scale.set(event_target_value(&ev))>
                        <option value="1">{t("export-scale-1")}</option>
                        <option value="2">{t("export-scale-2")}</option>
                        <option value="3">{t("export-scale-3")}</option>
                        <option value="dpi">{t("export-scale-dpi")}</option>
                    </select>
                </label>
                <label class:hidden=move || !(is_png() && by_dpi())>
                    {t("export-dpi")}
                    <input class="export-dpi" type="number" min="72" max="600" step="1" bind:value=dpi />
                </label>
            </div>
            <div class="export-actions">
                <button class="primary export-save" disabled=busy on:click=move |_| start(save)>{t("export-save")}</button>
                <button class="export-copy" disabled=busy on:click=move |_| start(copy)>{t("export-copy")}</button>
            </div>
            {move || outcome.get().map(|result| match result {
                Ok(text) => view! { <p class="export-outcome muted" role="status">{text}</p> }.into_any(),
                Err(text) => view! { <p class="export-outcome notice error" role="alert">{text}</p> }.into_any(),
            })}
        </details>
    }
}

/// Buttons saving one table of the account shown as CSV or JSON.
#[component]
pub fn DataExportBar(
    dataset: Dataset,
    #[prop(optional, into)] range: MaybeProp<RangeChoice>,
) -> impl IntoView {
    let locale = StoredValue::new(use_context::<Locale>().unwrap_or_default());
    let outcome = RwSignal::new(None::<Result<String, String>>);
    let export = action::new(
        move |request: &DataExport| {
            let (request, locale) = (request.clone(), locale.get_value());
            async move {
                bindings::export_data(&request)
                    .await
                    .map(|file| saved(&locale, file))
            }
        },
        // Said beside the buttons, not in the window's banner: it is this table's export.
        move |answer| outcome.set(Some(answer.map_err(|error| error.message))),
    );
    let busy = export.pending();
    let save = move |format: DataFormat| {
        outcome.set(None);
        export.dispatch(DataExport {
            dataset,
            range: range.get_untracked().filter(|_| dataset.takes_range()),
            format,
            utc_offset_minutes: locale.with_value(|locale| locale.utc_offset_minutes),
        });
    };
    view! {
        <div class="data-export" data-dataset=dataset.file_stem()>
            <span class="muted">{tf("export-data-heading", &[("dataset", t(dataset.message_id()).into())])}</span>
            {DataFormat::ALL
                .into_iter()
                .map(|format| view! {
                    <button
                        class="data-export-button"
                        data-format=format.extension()
                        disabled=move || busy.get()
                        on:click=move |_| save(format)
                    >
                        {tf("export-data-button", &[("format", format.extension().to_uppercase().into())])}
                    </button>
                })
                .collect_view()}
            {move || outcome.get().map(|result| match result {
                Ok(text) => view! { <span class="export-outcome muted" role="status">{text}</span> }.into_any(),
                Err(text) => view! { <span class="export-outcome notice error" role="alert">{text}</span> }.into_any(),
            })}
        </div>
    }
}
