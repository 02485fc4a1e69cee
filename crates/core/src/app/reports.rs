//! Reports: previewed and saved from the window, written into a folder by the command line,
//! and written by themselves on a schedule while Spool runs. Each file appears whole or not
//! at all.

use std::path::{Path, PathBuf};

use chrono::{Datelike, Days, NaiveDate};
use spool_model::{
    Notification, NotificationKind, Place, RangeChoice, RangePreset, ReportEvery, ReportFormat,
    ReportKind, ReportOptions, ReportPreview, ReportSchedule, ReportSection, SavedFile, Sentence,
};

use super::screens::resolve_range;
use super::{AppError, AppResult, FileKind, Host, Spool};
use crate::StoredAccount;
use crate::report::{Report, ReportRequest, compose};

impl<H: Host> Spool<H> {
    /// The pages of a report of the account shown, for the window to preview.
    pub async fn report_preview(&self, options: ReportOptions) -> AppResult<ReportPreview> {
        self.accounts.set_report_locale(&options.locale)?;
        let account = self.shown_account()?;
        let report = self.compose_report(account, options).await?;
        self.drawn("drawing the report", move || report.preview())
            .await
    }

    /// Saves a report of the account shown where the user chooses, as a PDF or (a media kit
    /// only) a PNG; `None` if they cancelled.
    pub async fn save_report(
        &self,
        options: ReportOptions,
        format: ReportFormat,
    ) -> AppResult<Option<SavedFile>> {
        self.accounts.set_report_locale(&options.locale)?;
        let account = self.shown_account()?;
        let report = self.compose_report(account, options).await?;
        let name = format!("{}.{}", report.file_stem, format.extension());
        let (label, bytes) = match format {
            ReportFormat::Pdf => (
                "dialog-filter-pdf",
                self.drawn("writing the report", move || report.pdf())
                    .await?,
            ),
            ReportFormat::Png => (
                "dialog-filter-png",
                self.drawn("writing the report", move || first_png(&report))
                    .await?,
            ),
        };
        let kind = FileKind {
            label: self.catalogue().text(label),
            extension: format.extension(),
        };
        self.save_where_chosen(&name, kind, bytes).await
    }

    /// Writes a report of the account `@username` (`demo`: the demo account, opened first if
    /// it is not yet) into `folder`, as a PDF or a PNG per page, and answers the files
    /// written. Numbers and days are written as the window last wrote a report's, or in
    /// Spool's language's way with the time zone at UTC when it never did.
    pub async fn write_report(
        &self,
        username: &str,
        options: ReportOptions,
        format: ReportFormat,
        folder: &Path,
    ) -> AppResult<Vec<PathBuf>> {
        let account = self.account_named(username).await?;
        let report = self.compose_report(account, options).await?;
        self.write_files(report, format, folder.to_path_buf()).await
    }

    /// The account whose handle is `username` (with or without its @; `demo` also names the
    /// demo account, which is opened now if it is not yet).
    pub async fn account_named(&self, username: &str) -> AppResult<StoredAccount> {
        let wanted = username.trim().trim_start_matches('@');
        let find = |accounts: Vec<StoredAccount>| {
            accounts.into_iter().find(|a| {
                a.profile.username.eq_ignore_ascii_case(wanted) || (a.demo && wanted == "demo")
            })
        };
        if let Some(account) = find(self.accounts.all()?) {
            if !account.demo {
                return Ok(account);
            }
            // The demo's simulator is new in every process: its login is made again, as at
            // every start of the window (`check_logins`), so a sync first can reach it.
            let logged_in = self.demo().await?.log_in(self.now()).await?;
            self.accounts.logged_in_again(logged_in.clone())?;
            return Ok(logged_in);
        }
        if wanted == "demo" {
            // Opened for this report only: the window goes on showing the account it showed.
            let shown = self.accounts.current()?.map(|a| a.profile.id);
            self.try_demo(&|_| {}).await?;
            if let Some(id) = shown {
                self.accounts.switch_to(&id)?;
            }
            if let Some(account) = find(self.accounts.all()?) {
                return Ok(account);
            }
        }
        Err(AppError::UnknownAccount {
            username: wanted.to_owned(),
        })
    }

    /// The options a report made without a window takes: every section, the light look,
    /// numbers as the window last wrote them.
    pub fn report_options(
        &self,
        kind: ReportKind,
        range: RangeChoice,
        sections: Option<Vec<ReportSection>>,
    ) -> AppResult<ReportOptions> {
        let locale = self.accounts.report_locale()?.unwrap_or_else(|| {
            let numbers = self.catalogue().numbers().clone();
            spool_model::Locale {
                group: numbers.group,
                decimal: numbers.decimal,
                ..spool_model::Locale::english()
            }
        });
        Ok(ReportOptions {
            kind,
            range,
            sections: sections.unwrap_or_else(|| ReportSection::ALL.to_vec()),
            look: spool_model::ReportLook::Light,
            locale,
        })
    }

    /// Asks the user for the folder scheduled reports go into; `None` if they cancelled.
    pub async fn choose_report_folder(&self) -> AppResult<Option<String>> {
        Ok(self
            .host
            .choose_folder()
            .await
            .map(|path| path.display().to_string()))
    }

    /// The report Spool writes by itself, if one is set.
    pub fn report_schedule(&self) -> AppResult<Option<ReportSchedule>> {
        Ok(self.accounts.report_schedule()?.0)
    }

    /// Sets (or, with `None`, stops) the report Spool writes by itself. The folder must exist;
    /// the first report comes when the next period begins.
    pub fn set_report_schedule(
        &self,
        schedule: Option<ReportSchedule>,
    ) -> AppResult<Option<ReportSchedule>> {
        if let Some(schedule) = &schedule
            && !Path::new(&schedule.folder).is_dir()
        {
            return Err(AppError::ReportFolder {
                path: schedule.folder.clone(),
                reason: "not a folder".to_owned(),
            });
        }
        let through = schedule
            .as_ref()
            .map(|s| last_period(s.every, self.utc_today()).until());
        self.accounts.set_report_schedule(schedule, through)?;
        self.report_schedule()
    }

    /// Writes the scheduled report when a period has ended since the last one: last week's on
    /// a Monday, last month's on the 1st (or as soon after as Spool runs), and tells the
    /// desktop where. Nothing is recorded as written unless the file was.
    pub async fn write_reports_due(&self) -> AppResult<()> {
        let (Some(schedule), through) = self.accounts.report_schedule()? else {
            return Ok(());
        };
        let period = last_period(schedule.every, self.utc_today());
        if through.is_some_and(|day| day >= period.until()) {
            return Ok(());
        }
        let Some(account) = self.accounts.current()? else {
            return Ok(());
        };
        let range = RangeChoice::Custom {
            since: period.since(),
            until: period.until(),
        };
        let options = self.report_options(ReportKind::Report, range, None)?;
        let report = self.compose_report(account, options).await?;
        let written = self
            .write_files(report, ReportFormat::Pdf, PathBuf::from(&schedule.folder))
            .await?;
        self.accounts
            .set_report_schedule(Some(schedule), Some(period.until()))?;
        if let Some(path) = written.first() {
            let catalogue = self.catalogue();
            let shown = path.display().to_string();
            log::info!("the scheduled report was written to {shown}");
            self.host.notify(&Notification {
                key: format!("report-{}", period.until()),
                kind: NotificationKind::ReportWritten,
                title: catalogue.text("notify-report-written-title"),
                body: catalogue
                    .say(&Sentence::of("notify-report-written-body").with("path", shown.as_str())),
                place: Place::Screen("reports"),
            });
        }
        Ok(())
    }

    /// Today in UTC, by the service's clock.
    fn utc_today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// The pages of `options`' report of `account`, from the history alone.
    async fn compose_report(
        &self,
        account: StoredAccount,
        options: ReportOptions,
    ) -> AppResult<Report> {
        if options.kind == ReportKind::Report && options.sections.is_empty() {
            return Err(AppError::NoReportSections);
        }
        let now = self.now();
        let version = self.app_version;
        let catalogue = self.catalogue();
        self.on_history("drawing the report", move |history| {
            let id = &account.profile.id;
            let range = history.read(|reading| resolve_range(reading, id, options.range, now))?;
            Ok(compose(
                history,
                &ReportRequest {
                    account_id: id,
                    username: &account.profile.username,
                    options: &options,
                    range,
                    made_at: now,
                    app_version: version,
                    catalogue: &catalogue,
                },
            )?)
        })
        .await
    }

    /// Runs a drawing on a blocking thread.
    async fn drawn<T: Send + 'static>(
        &self,
        doing: &'static str,
        work: impl FnOnce() -> Result<T, crate::data_export::ExportError> + Send + 'static,
    ) -> AppResult<T> {
        let done = tokio::task::spawn_blocking(move || work().map_err(AppError::from)).await;
        super::panics::joined(doing, done)
    }

    /// Writes `report` into `folder` whole, file by file; a failure removes what it wrote.
    async fn write_files(
        &self,
        report: Report,
        format: ReportFormat,
        folder: PathBuf,
    ) -> AppResult<Vec<PathBuf>> {
        if !folder.is_dir() {
            return Err(AppError::ReportFolder {
                path: folder.display().to_string(),
                reason: "not a folder".to_owned(),
            });
        }
        let files = self
            .drawn("writing the report", move || match format {
                ReportFormat::Pdf => Ok(vec![(format!("{}.pdf", report.file_stem), report.pdf()?)]),
                ReportFormat::Png => report.pngs(),
            })
            .await?;
        let written = tokio::task::spawn_blocking(move || {
            let mut written = Vec::new();
            for (name, bytes) in files {
                let path = folder.join(name);
                if let Err(error) = crate::saved_file::save(&path, &bytes) {
                    for done in &written {
                        let _ = std::fs::remove_file(done);
                    }
                    return Err(AppError::from(error));
                }
                written.push(path);
            }
            Ok(written)
        })
        .await;
        super::panics::joined("writing the report", written)
    }
}

/// A media kit's PNG, or a report's first page.
fn first_png(report: &Report) -> Result<Vec<u8>, crate::data_export::ExportError> {
    let mut pngs = report.pngs()?;
    Ok(if pngs.is_empty() {
        Vec::new()
    } else {
        pngs.swap_remove(0).1
    })
}

/// The last whole week (Monday to Sunday) or month before `today`.
fn last_period(every: ReportEvery, today: NaiveDate) -> spool_model::DateRange {
    match every {
        ReportEvery::Month => RangePreset::LastMonth.range(today, None),
        ReportEvery::Week => {
            let back = u64::from(today.weekday().num_days_from_monday()) + 7;
            let since = today.checked_sub_days(Days::new(back)).unwrap_or(today);
            let until = since.checked_add_days(Days::new(6)).unwrap_or(since);
            spool_model::DateRange::new(since, until, today)
                .unwrap_or_else(|_| RangePreset::Last7Days.range(today, None))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a day")
    }

    #[test]
    fn the_last_period_is_the_whole_week_or_month_before_today() {
        // 2026-12-02 is a Wednesday.
        let week = last_period(ReportEvery::Week, day(2026, 12, 2));
        assert_eq!(
            (week.since(), week.until()),
            (day(2026, 11, 23), day(2026, 11, 29))
        );
        let monday = last_period(ReportEvery::Week, day(2026, 11, 30));
        assert_eq!(monday.until(), day(2026, 11, 29));
        let month = last_period(ReportEvery::Month, day(2026, 12, 1));
        assert_eq!(
            (month.since(), month.until()),
            (day(2026, 11, 1), day(2026, 11, 30))
        );
    }
}
