//! Reports of the demo account, made by the app service as the window and `spool report` make
//! them, and read back the way a reader would: `pdfinfo` and `pdftotext` from Debian's
//! poppler-utils (installed by `cargo xtask test`) for the PDF, a golden image for the media
//! kit, looked at before it was committed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, Utc};
use spool_core::{AppError, FileKind, Host, Library, MemoryStore, Spool, SpoolParts};
use spool_model::{
    AccountMetric, AccountSummary, Comparison, Locale, Notification, RangeChoice, RangePreset,
    ReportEvery, ReportFormat, ReportKind, ReportLook, ReportOptions, ReportSchedule,
    ReportSection, SyncSummary,
};
use threads_api::ApiHosts;

/// Spool's clock in this test binary: fixed, so the demo's history and every file are the same
/// at every run.
fn clock() -> DateTime<Utc> {
    made_at()
}

/// The clock of the schedule's test, which moves on (its own, as tests run side by side).
static SCHEDULE_NOW: AtomicI64 = AtomicI64::new(0);

fn schedule_clock() -> DateTime<Utc> {
    match SCHEDULE_NOW.load(Ordering::SeqCst) {
        0 => made_at(),
        at => DateTime::from_timestamp(at, 0).expect("a moment"),
    }
}

/// A Wednesday in December: last month is November.
fn made_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-12-02T09:00:00Z")
        .expect("moment")
        .to_utc()
}

#[derive(Default)]
struct Desktop {
    notified: Mutex<Vec<Notification>>,
}

impl Host for Desktop {
    fn accounts_changed(&self, _: &[AccountSummary]) {}
    fn synced(&self, _: &str, _: &SyncSummary) {}
    fn notice(&self, _: &str) {}
    fn notify(&self, notification: &Notification) {
        self.notified
            .lock()
            .expect("unpoisoned")
            .push(notification.clone());
    }
    async fn choose_save_path(&self, _: &str, _: FileKind) -> Option<PathBuf> {
        None
    }
    fn open_url(&self, _: &str) -> Result<(), String> {
        Err("no browser".into())
    }
    fn copy_image(&self, _: Vec<u8>, _: u32, _: u32) -> Result<(), String> {
        Err("no clipboard".into())
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spool-reports-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

/// A Spool with the demo account open, and a folder for its files.
async fn demo(name: &str) -> (Spool<Desktop>, PathBuf) {
    demo_on(name, clock).await
}

async fn demo_on(name: &str, clock: spool_core::app::Clock) -> (Spool<Desktop>, PathBuf) {
    let dir = scratch(name);
    let parts = SpoolParts {
        library: Library::open(dir.join("data")).expect("data folder"),
        store: Box::new(MemoryStore::default()),
        // Real accounts are not used: the demo answers from within.
        api: ApiHosts::meta(),
        default_login_port: 0,
        app_version: "0.0.0-test",
        log_dir: dir.join("logs"),
        notices: Vec::new(),
        clock,
    };
    let spool = Spool::open(parts, Desktop::default()).expect("opens");
    spool.try_demo(&|_| {}).await.expect("the demo opens");
    let out = dir.join("out");
    std::fs::create_dir_all(&out).expect("folder");
    (spool, out)
}

fn last_month() -> RangeChoice {
    RangeChoice::Preset {
        preset: RangePreset::LastMonth,
    }
}

fn options(kind: ReportKind, sections: &[ReportSection]) -> ReportOptions {
    ReportOptions {
        kind,
        range: last_month(),
        sections: sections.to_vec(),
        look: ReportLook::Light,
        locale: Locale::english(),
    }
}

/// What a poppler tool prints for `file`; the test fails where the tool is missing.
fn poppler(tool: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(tool)
        .args(args)
        .arg(file)
        .arg("-")
        .output()
        .unwrap_or_else(|e| {
            panic!("{tool} runs (poppler-utils, installed by cargo xtask test): {e}")
        });
    assert!(out.status.success(), "{tool} read {}", file.display());
    String::from_utf8(out.stdout).expect("text")
}

fn pdfinfo(file: &Path) -> String {
    let out = Command::new("pdfinfo")
        .arg(file)
        .output()
        .expect("pdfinfo runs (poppler-utils, installed by cargo xtask test)");
    assert!(out.status.success(), "pdfinfo read {}", file.display());
    String::from_utf8(out.stdout).expect("text")
}

#[tokio::test]
#[cfg_attr(
    windows,
    ignore = "reads the PDF back with poppler-utils, which Windows (Wine) has not: the Linux run reads it"
)]
async fn the_demos_report_has_a_cover_with_the_overviews_numbers_and_a_page_per_section() {
    let (spool, out) = demo("full").await;
    let written = spool
        .write_report(
            "demo",
            options(ReportKind::Report, &ReportSection::ALL),
            ReportFormat::Pdf,
            &out,
        )
        .await
        .expect("written");
    assert_eq!(written.len(), 1);
    let pdf = &written[0];
    assert_eq!(
        pdf.file_name().and_then(|n| n.to_str()),
        Some("spool-mara.makes-report-2026-11-01-to-2026-11-30.pdf")
    );

    let info = pdfinfo(pdf);
    assert!(info.contains("Pages:           8"), "{info}");
    assert!(
        info.contains("Page size:       595.28 x 841.89 pts (A4)"),
        "{info}"
    );
    assert!(
        info.contains("Title:           Threads report · @mara.makes"),
        "{info}"
    );
    // Fonts embedded and subset: poppler lists each with "yes yes" under emb and sub.
    let fonts = Command::new("pdffonts")
        .arg(pdf)
        .output()
        .expect("pdffonts runs");
    let fonts = String::from_utf8(fonts.stdout).expect("text");
    assert!(fonts.contains("DejaVuSans"), "{fonts}");
    for font in fonts.lines().skip(2) {
        assert!(font.contains("yes yes"), "embedded and subset: {font}");
    }

    let text = poppler("pdftotext", &["-layout"], pdf);
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let cover = pages[0];
    assert!(cover.contains("Threads report"), "{cover}");
    assert!(cover.contains("@mara.makes"));
    assert!(cover.contains("1 Nov 2026 – 30 Nov 2026"));
    // The cover's numbers are the overview's, as the window shows them for the same days.
    let overview = spool
        .overview(last_month(), Comparison::PreviousPeriod)
        .await
        .expect("overview");
    let english = Locale::english();
    let mut checked = 0;
    for card in &overview.cards {
        if card.metric == AccountMetric::FollowerDemographics {
            continue;
        }
        let value = card.value.expect("the demo has every number");
        assert!(
            cover.contains(&english.number(value)),
            "{:?} {value} on the cover:\n{cover}",
            card.metric
        );
        if let Some(before) = card.previous {
            assert!(cover.contains(&format!("from {}", english.number(before))));
        }
        checked += 1;
    }
    assert_eq!(checked, 7);
    // A page per section, in the report's order, each under its heading.
    for (page, heading) in pages[1..].iter().zip([
        "Profile views",
        "Followers",
        "Engagement",
        "Top posts",
        "What worked",
        "Audience",
        "Links",
    ]) {
        assert!(
            page.lines().any(|l| l.trim() == heading),
            "{heading}:\n{page}"
        );
        assert!(page.contains("@mara.makes · 1 Nov 2026 – 30 Nov 2026"));
    }
    // The posts' own words are in the file as text.
    assert!(pages[4].contains("views ·"), "{}", pages[4]);
    assert!(pages[5].contains("did best"), "{}", pages[5]);
}

#[tokio::test]
async fn the_same_history_and_options_give_the_same_bytes_and_sections_can_be_left_out() {
    let (spool, out) = demo("same").await;
    let asked = options(
        ReportKind::Report,
        &[ReportSection::TopPosts, ReportSection::Audience],
    );
    let first = spool
        .write_report("demo", asked.clone(), ReportFormat::Pdf, &out)
        .await
        .expect("written");
    let bytes = std::fs::read(&first[0]).expect("read");
    let again = spool
        .write_report("@mara.makes", asked, ReportFormat::Pdf, &out)
        .await
        .expect("written");
    assert_eq!(first, again, "the same name");
    assert_eq!(
        bytes,
        std::fs::read(&again[0]).expect("read"),
        "the same bytes"
    );
    // The cover and the two sections asked for, and nothing of the others (the pages carry
    // their words as text).
    let pages = spool
        .report_preview(options(
            ReportKind::Report,
            &[ReportSection::TopPosts, ReportSection::Audience],
        ))
        .await
        .expect("preview")
        .pages;
    assert_eq!(pages.len(), 3);
    assert!(pages[2].contains("Followers by country"));
    assert!(!pages.iter().any(|page| page.contains("What worked")));
    // In print, and in German, the same report says its words in German.
    let mut print = options(ReportKind::Report, &[ReportSection::Links]);
    print.look = ReportLook::Print;
    let preview = spool.report_preview(print).await.expect("preview");
    assert_eq!(preview.pages.len(), 2);
    assert!(preview.pages.iter().all(|p| p.starts_with("<svg")));
}

#[tokio::test]
#[cfg_attr(
    windows,
    ignore = "reads the PDF back with poppler-utils, which Windows (Wine) has not: the Linux run reads it"
)]
async fn the_media_kit_is_one_page_of_followers_audience_and_reach_as_a_pdf() {
    let (spool, out) = demo("kit-pdf").await;
    let pdf = spool
        .write_report(
            "demo",
            options(ReportKind::MediaKit, &[]),
            ReportFormat::Pdf,
            &out,
        )
        .await
        .expect("written");
    let info = pdfinfo(&pdf[0]);
    assert!(info.contains("Pages:           1"), "{info}");
    let text = poppler("pdftotext", &[], &pdf[0]);
    for words in [
        "Media kit",
        "@mara.makes",
        "Followers now",
        "Typical views per post",
        "Engagement rate",
        "Followers by country",
        "Followers by age",
        "Followers by gender",
        "Best posts",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
}

#[tokio::test]
async fn the_media_kit_as_a_png_is_twice_the_pixels_and_looks_as_it_was_looked_at() {
    let (spool, out) = demo("kit-png").await;
    let png = spool
        .write_report(
            "demo",
            options(ReportKind::MediaKit, &[]),
            ReportFormat::Png,
            &out,
        )
        .await
        .expect("written");
    assert_eq!(png.len(), 1);
    assert!(
        png[0]
            .to_string_lossy()
            .ends_with("media-kit-2026-11-01-to-2026-11-30.png")
    );
    let bytes = std::fs::read(&png[0]).expect("read");
    let facts = spool_charts::png_facts(&bytes).expect("a PNG");
    assert_eq!(facts.size, (2000, 2828));
    matches_golden("media-kit.png", &bytes);
}

#[tokio::test]
async fn nothing_is_written_for_an_unknown_account_a_missing_folder_or_no_sections() {
    let (spool, out) = demo("refused").await;
    let all = options(ReportKind::Report, &ReportSection::ALL);
    let unknown = spool
        .write_report("nobody", all.clone(), ReportFormat::Pdf, &out)
        .await
        .expect_err("no such account");
    assert!(
        matches!(unknown, AppError::UnknownAccount { .. }),
        "{unknown:?}"
    );
    let missing = spool
        .write_report("demo", all, ReportFormat::Pdf, &out.join("not-there"))
        .await
        .expect_err("no such folder");
    assert!(
        matches!(missing, AppError::ReportFolder { .. }),
        "{missing:?}"
    );
    let none = spool
        .write_report(
            "demo",
            options(ReportKind::Report, &[]),
            ReportFormat::Pdf,
            &out,
        )
        .await
        .expect_err("no sections");
    assert!(matches!(none, AppError::NoReportSections));
    assert_eq!(std::fs::read_dir(&out).expect("folder").count(), 0);
}

#[tokio::test]
async fn a_scheduled_report_is_written_once_when_its_period_ends_and_told() {
    let (spool, out) = demo_on("schedule", schedule_clock).await;
    let folder = out.display().to_string();
    let schedule = ReportSchedule {
        every: ReportEvery::Week,
        folder: folder.clone(),
    };
    spool
        .set_report_schedule(Some(schedule.clone()))
        .expect("set");
    // Set on a Wednesday: last week is behind it, the next is not over.
    spool.write_reports_due().await.expect("nothing due");
    assert_eq!(std::fs::read_dir(&out).expect("folder").count(), 0);
    // The next Monday, last week's report is written, once.
    SCHEDULE_NOW.store(
        DateTime::parse_from_rfc3339("2026-12-07T08:00:00Z")
            .expect("moment")
            .timestamp(),
        Ordering::SeqCst,
    );
    spool.write_reports_due().await.expect("written");
    spool.write_reports_due().await.expect("not again");
    let files: Vec<String> = std::fs::read_dir(&out)
        .expect("folder")
        .map(|f| f.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        files,
        vec!["spool-mara.makes-report-2026-11-30-to-2026-12-06.pdf".to_owned()]
    );
    let told = spool.host().notified.lock().expect("unpoisoned").clone();
    assert_eq!(told.len(), 1);
    assert_eq!(told[0].title, "Your report is ready");
    assert!(told[0].body.contains("2026-11-30-to-2026-12-06.pdf"));
    let refused = spool
        .set_report_schedule(Some(ReportSchedule {
            folder: out.join("gone").display().to_string(),
            ..schedule
        }))
        .expect_err("no such folder");
    assert!(matches!(refused, AppError::ReportFolder { .. }));
}

fn golden(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// `bytes` are the golden file `name`'s, or the test fails; `SPOOL_BLESS_FIXTURES=1` writes
/// them, once a person has looked at the new image.
fn matches_golden(name: &str, bytes: &[u8]) {
    let path = golden(name);
    if std::env::var_os("SPOOL_BLESS_FIXTURES").is_some() {
        std::fs::create_dir_all(path.parent().expect("a folder")).expect("a folder");
        std::fs::write(&path, bytes).expect("written");
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_default();
    if expected != bytes {
        let fresh = std::env::temp_dir().join(format!("new-{name}"));
        std::fs::write(&fresh, bytes).expect("written");
        panic!(
            "{name} is drawn differently from {}: look at {} and, if it is right, run again \
             with SPOOL_BLESS_FIXTURES=1",
            path.display(),
            fresh.display()
        );
    }
}
