//! Exports of the account shown: charts as images, tables as data, the history as a backup.
//! Each file appears whole or not at all.

use spool_model::{DataExport, ImageExport, SavedFile};
use tauri::State;

use super::{Answer, Service, answer};

/// Saves a chart as a PNG or SVG file where the user chooses; `None` if they cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_chart(
    spool: State<'_, Service>,
    export: ImageExport,
) -> Answer<Option<SavedFile>> {
    answer(&spool, "exporting the chart", spool.export_chart(export)).await
}

/// Puts a chart on the clipboard as an image.
#[tauri::command]
#[specta::specta]
pub async fn copy_chart_image(spool: State<'_, Service>, export: ImageExport) -> Answer<()> {
    answer(&spool, "copying the chart", spool.copy_chart_image(export)).await
}

/// Saves a table as CSV or JSON where the user chooses; `None` if they cancelled.
#[tauri::command]
#[specta::specta]
pub async fn export_data(
    spool: State<'_, Service>,
    export: DataExport,
) -> Answer<Option<SavedFile>> {
    answer(&spool, "exporting the data", spool.export_data(export)).await
}

/// Writes a consistent copy of the history where the user chooses; `None` if they cancelled.
#[tauri::command]
#[specta::specta]
pub async fn back_up_data(spool: State<'_, Service>) -> Answer<Option<String>> {
    answer(&spool, "backing up the history", spool.back_up_data()).await
}
