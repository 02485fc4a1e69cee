//! Reports of the account shown: previewed, saved where the user chooses, and written by
//! themselves on a schedule. Each file appears whole or not at all.

use spool_model::{ReportFormat, ReportOptions, ReportPreview, ReportSchedule, SavedFile};
use tauri::State;

use super::{Answer, Service, answer};

/// The pages of a report, as SVG, for the Reports screen's preview.
#[tauri::command]
#[specta::specta]
pub async fn report_preview(
    spool: State<'_, Service>,
    options: ReportOptions,
) -> Answer<ReportPreview> {
    answer(&spool, "drawing the report", spool.report_preview(options)).await
}

/// Saves a report as a PDF (or a media kit as a PNG) where the user chooses; `None` if they
/// cancelled.
#[tauri::command]
#[specta::specta]
pub async fn save_report(
    spool: State<'_, Service>,
    options: ReportOptions,
    format: ReportFormat,
) -> Answer<Option<SavedFile>> {
    answer(
        &spool,
        "writing the report",
        spool.save_report(options, format),
    )
    .await
}

/// The report Spool writes by itself, if one is set.
#[tauri::command]
#[specta::specta]
pub async fn report_schedule(spool: State<'_, Service>) -> Answer<Option<ReportSchedule>> {
    answer(&spool, "reading the report schedule", async {
        spool.report_schedule()
    })
    .await
}

/// Sets, or with `None` stops, the report Spool writes by itself.
#[tauri::command]
#[specta::specta]
pub async fn set_report_schedule(
    spool: State<'_, Service>,
    schedule: Option<ReportSchedule>,
) -> Answer<Option<ReportSchedule>> {
    answer(&spool, "saving the report schedule", async {
        spool.set_report_schedule(schedule)
    })
    .await
}

/// Asks for the folder scheduled reports go into; `None` if the user cancelled.
#[tauri::command]
#[specta::specta]
pub async fn choose_report_folder(spool: State<'_, Service>) -> Answer<Option<String>> {
    answer(&spool, "choosing a folder", spool.choose_report_folder()).await
}
