//! `spool report …` and `spool --help`: reports made without a window, for cron, launchd or
//! the Task Scheduler (docs/reports.md). The same app service as the window's, opened on the
//! same data folder with the same credentials, but no Tauri app: no window, no tray, no
//! second instance's window, nothing that needs a display. One Spool per data folder still
//! holds (the folder's lock): while the app runs, it writes scheduled reports itself.

use std::path::PathBuf;
use std::process::ExitCode;

use spool_core::{AppError, Host, Spool};
use spool_model::{
    AccountSummary, Notification, RangeChoice, RangePreset, ReportFormat, ReportKind, ReportLook,
    ReportSection, SyncOutcome, SyncSummary,
};

/// What `spool --help` prints.
const HELP: &str = "\
Spool: Threads insights on your desktop.

Usage:
  spool                       Open Spool's window.
  spool report [options]      Write a report without opening a window.
  spool --help                This text.
  spool --version             Spool's version.

Report options:
  --account <username>        Whose report (an account connected in Spool; demo for the demo).
                              Without it: the account Spool shows.
  --range <range>             last-7-days, last-30-days, last-90-days, this-month, last-month
                              (the default), year-to-date, everything, or two days as
                              2026-11-01..2026-11-30.
  --kind report|media-kit     A report of several pages (the default) or a one-page media kit.
  --format pdf|png            A PDF (the default), or a PNG per page at twice the screen's pixels.
  --sections <list>           The report's sections, by commas, from: profile-views, followers,
                              engagement, top-posts, what-worked, audience, links (default: all).
  --look light|print          Spool's light colours (the default) or print-friendly.
  --out <folder>              Where to write (default: the current folder).
  --sync                      Sync the account first.

Prints where each file was written. Exits with 0 when every file was written, 1 when Spool
could not make the report (nothing is written then), 2 when the options are wrong.
Spool must not be running with the same data: while it runs, schedule reports in its window.
";

/// What the command line asks for: `None` when it asks for the window.
pub fn asked() -> Option<ExitCode> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("--help" | "-h" | "help") => {
            print!("{HELP}");
            Some(ExitCode::SUCCESS)
        }
        Some("--version" | "-V") => {
            println!("Spool {}", env!("CARGO_PKG_VERSION"));
            Some(ExitCode::SUCCESS)
        }
        Some("report") => Some(report(&args[1..])),
        _ => None,
    }
}

/// A report asked for on the command line.
#[derive(Debug, Clone, PartialEq)]
struct Asked {
    account: Option<String>,
    range: RangeChoice,
    kind: ReportKind,
    format: ReportFormat,
    sections: Option<Vec<ReportSection>>,
    look: ReportLook,
    out: PathBuf,
    sync: bool,
}

/// `args` read, or what is wrong with them.
fn read_args(args: &[String]) -> Result<Asked, String> {
    let mut asked = Asked {
        account: None,
        range: RangeChoice::Preset {
            preset: RangePreset::LastMonth,
        },
        kind: ReportKind::Report,
        format: ReportFormat::Pdf,
        sections: None,
        look: ReportLook::Light,
        out: PathBuf::from("."),
        sync: false,
    };
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let (name, inline) = match arg.split_once('=') {
            Some((name, value)) if name.starts_with("--") => (name, Some(value.to_owned())),
            _ => (arg.as_str(), None),
        };
        if name == "--sync" {
            asked.sync = true;
            continue;
        }
        let value = inline
            .or_else(|| args.next().cloned())
            .ok_or_else(|| format!("{name} needs a value"))?;
        match name {
            "--account" => asked.account = Some(value),
            "--range" => {
                asked.range = RangeChoice::named(&value).ok_or_else(|| {
                    format!("--range {value}: use a range's name (last-month…) or two days as 2026-11-01..2026-11-30")
                })?;
            }
            "--kind" => {
                asked.kind = match value.as_str() {
                    "report" => ReportKind::Report,
                    "media-kit" => ReportKind::MediaKit,
                    _ => return Err(format!("--kind {value}: use report or media-kit")),
                };
            }
            "--format" => {
                asked.format = ReportFormat::named(&value)
                    .ok_or_else(|| format!("--format {value}: use pdf or png"))?;
            }
            "--look" => {
                asked.look = match value.as_str() {
                    "light" => ReportLook::Light,
                    "print" => ReportLook::Print,
                    _ => return Err(format!("--look {value}: use light or print")),
                };
            }
            "--sections" => {
                let sections = value
                    .split(',')
                    .filter(|s| !s.trim().is_empty())
                    .map(|s| {
                        ReportSection::named(s)
                            .ok_or_else(|| format!("--sections: there is no section {}", s.trim()))
                    })
                    .collect::<Result<Vec<_>, _>>()?;
                if sections.is_empty() {
                    return Err("--sections: name at least one section".to_owned());
                }
                asked.sections = Some(sections);
            }
            "--out" => asked.out = PathBuf::from(value),
            _ => return Err(format!("{name} is not an option of spool report")),
        }
    }
    Ok(asked)
}

/// Runs `spool report` with `args`.
fn report(args: &[String]) -> ExitCode {
    let asked = match read_args(args) {
        Ok(asked) => asked,
        Err(wrong) => {
            eprintln!("spool report: {wrong}. See spool --help.");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("spool report: Spool could not start ({error}).");
            return ExitCode::FAILURE;
        }
    };
    let spool = match crate::open_headless(Headless) {
        Ok(spool) => spool,
        Err(error) => {
            match error.downcast_ref::<spool_core::StorageError>() {
                Some(spool_core::StorageError::InUse { path }) => eprintln!(
                    "spool report: Spool is running with the data folder {}. Quit it first, or \
                     let it write the report itself (Reports → On a schedule in its window).",
                    path.display()
                ),
                _ => eprintln!("spool report: {error}"),
            }
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(write(&spool, asked)) {
        Ok(paths) => {
            for path in paths {
                println!("{}", path.display());
            }
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("spool report: {}", error.said(&spool.catalogue()));
            ExitCode::FAILURE
        }
    }
}

/// Syncs first when asked, then writes the report; a failed sync writes nothing.
async fn write(spool: &Spool<Headless>, asked: Asked) -> Result<Vec<PathBuf>, AppError> {
    let account = match &asked.account {
        Some(name) => spool.account_named(name).await?,
        None => {
            let shown = spool
                .accounts()?
                .into_iter()
                .find(|a| a.current)
                .ok_or(AppError::NoAccount)?;
            spool.account_named(&shown.username).await?
        }
    };
    if asked.sync {
        let summary = spool.sync_account(&account).await?;
        if summary.outcome != SyncOutcome::Completed {
            return Err(sync_failed(&summary));
        }
    }
    let mut options = spool.report_options(asked.kind, asked.range, asked.sections)?;
    options.look = asked.look;
    spool
        .write_report(&account.profile.username, options, asked.format, &asked.out)
        .await
}

/// A sync that ended without saving, as an error.
fn sync_failed(summary: &SyncSummary) -> AppError {
    AppError::SyncFailed {
        reason: summary.error.clone(),
    }
}

/// The desktop as a command line has it: nothing to show but standard error.
pub struct Headless;

impl Host for Headless {
    fn accounts_changed(&self, _accounts: &[AccountSummary]) {}

    fn synced(&self, _account_id: &str, _summary: &SyncSummary) {}

    fn notice(&self, text: &str) {
        eprintln!("spool: {text}");
    }

    fn notify(&self, _notification: &Notification) {}

    fn system_languages(&self) -> Vec<String> {
        sys_locale::get_locales().collect()
    }

    async fn choose_save_path(&self, _name: &str, _kind: spool_core::FileKind) -> Option<PathBuf> {
        None
    }

    fn open_url(&self, _url: &str) -> Result<(), String> {
        Err("a report made on the command line opens nothing".to_owned())
    }

    fn copy_image(&self, _rgba: Vec<u8>, _width: u32, _height: u32) -> Result<(), String> {
        Err("a report made on the command line copies nothing".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_owned).collect()
    }

    #[test]
    fn the_options_of_the_issue_read_as_they_say() {
        let asked = read_args(&args(
            "--account mara --range last-month --format png --out /tmp/r --sync --sections top-posts,audience",
        ))
        .expect("valid");
        assert_eq!(asked.account.as_deref(), Some("mara"));
        assert_eq!(asked.format, ReportFormat::Png);
        assert_eq!(asked.out, PathBuf::from("/tmp/r"));
        assert!(asked.sync);
        assert_eq!(
            asked.sections,
            Some(vec![ReportSection::TopPosts, ReportSection::Audience])
        );
        let custom =
            read_args(&args("--range=2026-11-01..2026-11-30 --kind media-kit")).expect("valid");
        assert!(matches!(custom.range, RangeChoice::Custom { .. }));
        assert_eq!(custom.kind, ReportKind::MediaKit);
    }

    #[test]
    fn wrong_options_say_what_is_wrong() {
        assert!(
            read_args(&args("--format docx"))
                .expect_err("docx")
                .contains("pdf or png")
        );
        assert!(
            read_args(&args("--sections charts"))
                .expect_err("no such")
                .contains("charts")
        );
        assert!(
            read_args(&args("--out"))
                .expect_err("no value")
                .contains("needs a value")
        );
        assert!(
            read_args(&args("--colour red"))
                .expect_err("unknown")
                .contains("--colour")
        );
    }
}
