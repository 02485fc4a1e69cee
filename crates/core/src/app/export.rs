//! Exports: a chart as an image file or on the clipboard, a table as CSV or JSON, the whole
//! history as a backup. Each file appears whole or not at all.

use spool_model::{DataExport, DataFormat, ImageExport, ImageFormat, SavedFile};

use super::screens::resolve_range;
use super::{AppError, AppResult, FileKind, Host, Spool};
use crate::chart_export::{ChartRequest, RenderedChart, render_chart};
use crate::data_export::{ExportRequest, export_data};

impl<H: Host> Spool<H> {
    /// Saves a chart of the account shown as a PNG or SVG file where the user chooses; `None`
    /// if they cancelled.
    pub async fn export_chart(&self, export: ImageExport) -> AppResult<Option<SavedFile>> {
        let (label, extension) = match export.format {
            ImageFormat::Png => ("dialog-filter-png", "png"),
            ImageFormat::Svg => ("dialog-filter-svg", "svg"),
        };
        let kind = FileKind {
            label: self.catalogue().text(label),
            extension,
        };
        let chart = self.render(export).await?;
        self.save_where_chosen(&chart.file_name, kind, chart.bytes)
            .await
    }

    /// Puts a chart of the account shown on the clipboard as an image.
    pub async fn copy_chart_image(&self, export: ImageExport) -> AppResult<()> {
        let export = ImageExport {
            format: ImageFormat::Png,
            ..export
        };
        let chart = self.render(export).await?;
        let decoded = tokio::task::spawn_blocking(move || {
            spool_charts::png_rgba(&chart.bytes).map_err(|e| AppError::ChartImage {
                reason: e.to_string(),
            })
        })
        .await;
        let (rgba, width, height) = super::panics::joined("copying the chart", decoded)?;
        self.host
            .copy_image(rgba, width, height)
            .map_err(|reason| AppError::Clipboard { reason })
    }

    /// Saves a table of the account shown as CSV or JSON where the user chooses; `None` if
    /// they cancelled.
    pub async fn export_data(&self, export: DataExport) -> AppResult<Option<SavedFile>> {
        let account = self.shown_account()?;
        let now = self.now();
        let version = self.app_version;
        let (name, bytes) = self
            .on_history("exporting the data", move |history| {
                let id = &account.profile.id;
                let range = export
                    .range
                    .map(|choice| history.read(|reading| resolve_range(reading, id, choice, now)))
                    .transpose()?;
                let request = ExportRequest {
                    account_id: id,
                    username: &account.profile.username,
                    dataset: export.dataset,
                    range,
                    format: export.format,
                    exported_at: now,
                    utc_offset_minutes: export.utc_offset_minutes,
                    app_version: version,
                };
                Ok((request.file_name(), export_data(history, &request)?))
            })
            .await?;
        let label = match export.format {
            DataFormat::Csv => "dialog-filter-csv",
            DataFormat::Json => "dialog-filter-json",
        };
        let kind = FileKind {
            label: self.catalogue().text(label),
            extension: export.format.extension(),
        };
        self.save_where_chosen(&name, kind, bytes).await
    }

    /// Writes a consistent copy of the history where the user chooses; `None` if they
    /// cancelled. Written beside the target and renamed, so a failure leaves no partial file.
    pub async fn back_up_data(&self) -> AppResult<Option<String>> {
        let name = format!("spool-history-{}.sqlite", self.now().format("%Y-%m-%d"));
        let kind = FileKind {
            label: self.catalogue().text("dialog-filter-sqlite"),
            extension: "sqlite",
        };
        let Some(path) = self.host.choose_save_path(&name, kind).await else {
            return Ok(None);
        };
        let shown = path.display().to_string();
        self.on_history("backing up the history", move |history| {
            let partial = path.with_extension("sqlite.partial");
            let written = history
                .back_up(&partial)
                .map_err(AppError::from)
                .and_then(|()| {
                    std::fs::rename(&partial, &path).map_err(|e| AppError::Backup {
                        path: path.display().to_string(),
                        reason: e.to_string(),
                    })
                });
            if written.is_err() {
                let _ = std::fs::remove_file(&partial);
            }
            written
        })
        .await?;
        Ok(Some(shown))
    }

    /// Draws a chart of the account shown as the window shows it, from the history alone.
    async fn render(&self, export: ImageExport) -> AppResult<RenderedChart> {
        let account = self.shown_account()?;
        let now = self.now();
        let version = self.app_version;
        let catalogue = self.catalogue();
        self.on_history("drawing the chart", move |history| {
            let id = &account.profile.id;
            let range = export
                .range
                .filter(|_| export.chart.takes_range())
                .map(|choice| history.read(|reading| resolve_range(reading, id, choice, now)))
                .transpose()?;
            Ok(render_chart(
                history,
                &ChartRequest {
                    account_id: id,
                    username: &account.profile.username,
                    export: &export,
                    range,
                    exported_at: now,
                    app_version: version,
                    catalogue: &catalogue,
                },
            )?)
        })
        .await
    }

    /// Asks where to save `bytes` (proposing `name`) and saves them there whole, or not at all.
    pub(super) async fn save_where_chosen(
        &self,
        name: &str,
        kind: FileKind,
        bytes: Vec<u8>,
    ) -> AppResult<Option<SavedFile>> {
        let Some(path) = self.host.choose_save_path(name, kind).await else {
            return Ok(None);
        };
        let size = bytes.len() as u64;
        let shown = path.display().to_string();
        let saved = tokio::task::spawn_blocking(move || {
            crate::saved_file::save(&path, &bytes).map_err(AppError::from)
        })
        .await;
        super::panics::joined("saving the file", saved)?;
        Ok(Some(SavedFile {
            path: shown,
            bytes: size,
        }))
    }
}
