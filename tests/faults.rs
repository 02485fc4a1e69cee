//! End to end: every simulator fault at every sync phase, through the window. For each one the
//! test syncs with "Sync now", reads what the window says, checks the history on disk did not
//! change, that the app still moves between screens, and that a sync once the fault is gone
//! completes. The results are rendered as the table in `docs/security.md` ("Faults through the
//! whole app"); the test fails when the table there differs from this run, and rewrites it when
//! `SPOOL_BLESS_FIXTURES=1` is set.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use spool_core::history::History;
use spool_model::{SyncOutcome, SyncSummary};
use support::{App, PATIENCE, Step};
use threads_sim::{Fault, FaultKind, Route, RunningSimulator, Simulator};

/// Where the matrix lives in the docs.
const BEGIN: &str = "<!-- fault-matrix:begin -->";
const END: &str = "<!-- fault-matrix:end -->";

/// A fault worth the wait: a few seconds per sync at most, however many requests it slows.
const LATENCY: Duration = Duration::from_millis(400);

/// What the test insists on, whatever the table says: the outcome a cell must have.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// The client absorbs it: the sync completes.
    Completes,
    /// The sync fails, saves nothing, and says this (a part of the message).
    Fails(&'static str),
    /// As `Fails`, and the account is flagged for a new login.
    NeedsLogin(&'static str),
}

struct Case {
    fault: &'static str,
    kind: FaultKind,
    expect: Expect,
    routes: &'static [Route],
    /// Whether Threads' answer carries what Meta's support asks for (a Graph error's
    /// `fbtrace_id` and `type`), which the window must fold under "Details".
    traced: bool,
}

const EVERY_PHASE: &[Route] = &[
    Route::Profile,
    Route::Posts,
    Route::PostInsights,
    Route::AccountInsights,
];

fn cases() -> Vec<Case> {
    vec![
        Case {
            fault: "Latency, 400 ms on every request",
            kind: FaultKind::Latency(LATENCY),
            expect: Expect::Completes,
            routes: EVERY_PHASE,
            traced: false,
        },
        Case {
            fault: "HTML page with HTTP 502",
            kind: FaultKind::Html502,
            expect: Expect::Fails("passing fault (HTTP 502"),
            routes: EVERY_PHASE,
            traced: false,
        },
        Case {
            fault: "Malformed JSON with HTTP 200",
            kind: FaultKind::MalformedJson,
            expect: Expect::Fails("the body is not JSON"),
            routes: EVERY_PHASE,
            traced: false,
        },
        Case {
            fault: "Connection dropped mid-answer",
            kind: FaultKind::DropConnection,
            expect: Expect::Fails("could not be reached"),
            routes: EVERY_PHASE,
            traced: false,
        },
        Case {
            fault: "HTTP 429, code 4, `Retry-After: 1`",
            kind: FaultKind::RateLimited {
                retry_after: Duration::from_secs(1),
            },
            expect: Expect::Fails("limiting requests (code 4)"),
            routes: EVERY_PHASE,
            traced: false,
        },
        Case {
            fault: "Graph error 190 (token expired or revoked)",
            kind: FaultKind::GraphError { code: 190 },
            expect: Expect::NeedsLogin("log in again"),
            routes: EVERY_PHASE,
            traced: false,
        },
        Case {
            fault: "Graph error 100 on `/me`",
            kind: FaultKind::GraphError { code: 100 },
            expect: Expect::Fails("(code 100)"),
            routes: &[Route::Profile],
            traced: true,
        },
    ]
}

fn phase(route: Route) -> &'static str {
    match route {
        Route::Profile => "profile (`/me`)",
        Route::Posts => "posts list (`/{id}/threads`)",
        Route::PostInsights => "post insights (`/{id}/insights`)",
        Route::AccountInsights => "account insights (`/{id}/threads_insights`)",
        _ => "login",
    }
}

/// One row of the table, as observed.
struct Row {
    fault: &'static str,
    route: Route,
    saw: String,
    history: &'static str,
    again: &'static str,
}

#[tokio::test(flavor = "multi_thread")]
async fn every_fault_at_every_sync_phase_is_explained_and_changes_nothing() {
    let sim = Simulator::new()
        .start()
        .await
        .expect("the simulator starts");
    let base = sim.base_url().to_string();
    let app = App::launch_with("fault-matrix", &[("SPOOL_THREADS_API", &base)]).await;
    let outcome = matrix(&app, &sim).await;
    app.finish(outcome).await;
}

#[tokio::test(flavor = "multi_thread")]
async fn a_fault_in_spool_is_answered_in_the_window_and_spool_carries_on() {
    // A test build panics in the work of the one command this names.
    let app = App::launch_with(
        "fault-in-spool",
        &[("SPOOL_FAULT_WHILE", "reading the preferences")],
    )
    .await;
    let outcome = fault_in_spool(&app).await;
    app.finish(outcome).await;
}

async fn fault_in_spool(app: &App) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    // Settings asks for the preferences: the window is answered, not left waiting.
    app.click("button[data-screen=settings]").await?;
    app.wait_for_text(
        "#error-banner p",
        "Spool hit a fault while reading the preferences; your data is unchanged. Try again; \
         if it happens again, please report it with Spool's log (Settings → About shows where \
         it is).",
    )
    .await?;
    app.screenshot("fault-in-spool").await?;
    let log = app.log_file();
    assert!(
        log.contains(
            "Spool hit a fault while reading the preferences and carried on: a fault put in \
             by SPOOL_FAULT_WHILE while reading the preferences"
        ),
        "{log}"
    );
    // The rest of the screen works, and so does every other command: the demo opens, and
    // the overview shows what it stored.
    app.click("#error-banner button").await?;
    app.start_demo("#try-demo").await?;
    app.click("button[data-screen=overview]").await?;
    app.wait_for_text("main h1", "Overview").await?;
    app.chart_name("#profile-views-chart").await?;
    Ok(())
}

async fn matrix(app: &App, sim: &RunningSimulator) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    let token = sim.issue_long_lived_token(sim.main_user_id());
    log_in(app, &token).await?;
    let history_path = app.data_home.join("app.spool.desktop/history.sqlite");
    let account = sim.main_user_id().to_owned();

    // A first, whole sync: each cell then starts from a history with something in it.
    let first = sync_and_wait(app, &history_path, &account).await?;
    if first.outcome != SyncOutcome::Completed {
        return Err(format!("the first sync did not complete: {:?}", first.error).into());
    }
    app.wait_until_text("#last-sync", |t| t.starts_with("Last synced"))
        .await?;

    let mut rows = Vec::new();
    for case in cases() {
        for &route in case.routes {
            let row = cell(app, sim, &history_path, &account, &case, route, &token)
                .await
                .map_err(|e| format!("{} at {}: {e}", case.fault, phase(route)))?;
            eprintln!(
                "{} | {} | {} | {}",
                row.fault,
                phase(route),
                row.saw,
                row.history
            );
            rows.push(row);
        }
    }
    compare_with_docs(&render(&rows))
}

/// One fault at one phase: sync, read, check, then clear and sync again.
async fn cell(
    app: &App,
    sim: &RunningSimulator,
    history_path: &Path,
    account: &str,
    case: &Case,
    route: Route,
    token: &str,
) -> Step<Row> {
    let before = digest(history_path)?;
    let requests_before = sim.requests(route);
    sim.add_fault(Fault::always(Some(route), case.kind.clone()));
    let run = sync_and_wait(app, history_path, account).await;
    sim.clear_faults();
    let run = run?;
    if sim.requests(route) == requests_before {
        return Err("the sync never reached the faulty endpoint".into());
    }
    let after = digest(history_path)?;

    let (saw, history) = match case.expect {
        Expect::Completes => {
            if run.outcome != SyncOutcome::Completed {
                return Err(format!("expected a completed sync, got {:?}", run.error).into());
            }
            app.wait_until_text("#last-sync", |t| t.starts_with("Last synced"))
                .await?;
            absent(app, "#error-banner").await?;
            (
                "Nothing failed: the sync completed, more slowly (“Last synced …”)".to_owned(),
                "— (a complete snapshot was saved)",
            )
        }
        Expect::Fails(said) | Expect::NeedsLogin(said) => {
            // The window speaks English here, as the log does.
            let english = spool_i18n::Catalogue::bundled(
                spool_i18n::Language::English,
                spool_i18n::NumberStyle::english(),
            );
            let error = run
                .error
                .as_ref()
                .map(|reason| english.say(reason))
                .unwrap_or_default();
            if run.outcome != SyncOutcome::Failed || !error.contains(said) {
                return Err(format!("expected a failure saying {said:?}, got {run:?}").into());
            }
            // The banner and the last-sync line both say it.
            let banner = app.text_of("#error-banner p").await?;
            if banner != error {
                return Err(format!("the banner said {banner:?}, not {error:?}").into());
            }
            app.wait_until_text("#last-sync", |t| {
                t.starts_with("Last sync ") && !t.starts_with("Last synced") && t.ends_with(&error)
            })
            .await?;
            let mut saw = format!("Error banner and last-sync line: “{banner}”");
            // What Meta's support asks for is folded under "Details", in the banner and
            // under the last-sync line, never in the message.
            match (&run.details, case.traced) {
                (Some(details), true) => {
                    for fold in ["#error-banner details", "#sync-panel details"] {
                        app.click(&format!("{fold} summary")).await?;
                        let shown = app.text_of(&format!("{fold} p")).await?;
                        if &shown != details {
                            return Err(format!("{fold} said {shown:?}, not {details:?}").into());
                        }
                    }
                    if !details.contains("fbtrace_id") || error.contains("fbtrace_id") {
                        return Err(format!("the trace is not apart: {run:?}").into());
                    }
                    saw.push_str(&format!(", with “{details}” under Details"));
                }
                (None, false) => absent(app, "#error-banner details").await?,
                (details, traced) => {
                    return Err(format!("traced {traced}, but the run kept {details:?}").into());
                }
            }
            if matches!(case.expect, Expect::NeedsLogin(_)) {
                let relogin = app.text_of("#needs-login-banner p").await?;
                if !relogin.contains("Log in again") {
                    return Err(format!("the log-in banner said {relogin:?}").into());
                }
                saw.push_str(", and the “Log in again” banner");
            }
            let unchanged = if before == after { "yes" } else { "**NO**" };
            (saw, unchanged)
        }
    };
    if history != "yes" && !matches!(case.expect, Expect::Completes) {
        return Err("the failed sync changed the stored history".into());
    }

    // Still usable: other screens open, and with the fault gone a sync completes.
    app.click("button[data-screen=posts]").await?;
    app.wait_for_text("main h1", "Posts").await?;
    if matches!(case.expect, Expect::NeedsLogin(_)) {
        log_in(app, token).await?;
        absent(app, "#needs-login-banner").await?;
    }
    app.click("button[data-screen=overview]").await?;
    app.wait_for_text("main h1", "Overview").await?;
    let again = sync_and_wait(app, history_path, account).await?;
    if again.outcome != SyncOutcome::Completed {
        return Err(format!("the sync after clearing failed: {:?}", again.error).into());
    }
    app.wait_until_text("#last-sync", |t| t.starts_with("Last synced"))
        .await?;
    absent(app, "#error-banner").await?;
    Ok(Row {
        fault: case.fault,
        route,
        saw,
        history,
        again: if matches!(case.expect, Expect::NeedsLogin(_)) {
            "yes, after pasting the token again"
        } else {
            "yes"
        },
    })
}

async fn log_in(app: &App, token: &str) -> Step {
    app.click("button[data-screen=settings]").await?;
    app.type_into("#pasted-token", token).await?;
    app.click("form:has(#pasted-token) button").await?;
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    app.wait_for_text("main h1", "Today").await?;
    Ok(())
}

/// Clicks "Sync now" and waits for the run it starts to be recorded in the history's sync log.
async fn sync_and_wait(app: &App, history_path: &Path, account: &str) -> Step<SyncSummary> {
    let previous = last_run(history_path, account)?;
    // Runs are recorded to the second: start this one in a later second than the last ended.
    if let Some(previous) = &previous {
        while chrono::Utc::now().timestamp() <= previous.ended_at.timestamp() {
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    app.click("#sync-now").await?;
    let deadline = Instant::now() + PATIENCE * 4;
    loop {
        if let Some(run) = last_run(history_path, account)?
            && previous
                .as_ref()
                .is_none_or(|p| run.started_at > p.started_at)
        {
            return Ok(run);
        }
        if Instant::now() > deadline {
            return Err("no sync was recorded".into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn last_run(path: &Path, account: &str) -> Step<Option<SyncSummary>> {
    if !path.exists() {
        return Ok(None);
    }
    Ok(History::open(path)?.last_run(account)?)
}

fn digest(path: &Path) -> Step<String> {
    Ok(History::open(path)?.data_digest()?)
}

/// Waits until nothing matches `css`.
async fn absent(app: &App, css: &str) -> Step {
    let deadline = Instant::now() + PATIENCE;
    loop {
        let found = app
            .script(
                "return document.querySelector(arguments[0]) !== null;",
                vec![serde_json::Value::from(css)],
            )
            .await?;
        if found.as_bool() == Some(false) {
            return Ok(());
        }
        if Instant::now() > deadline {
            return Err(format!("`{css}` was still shown after {PATIENCE:?}").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

fn render(rows: &[Row]) -> String {
    let mut table = String::from(
        "| Fault | Sync phase | What the user saw | History unchanged | Sync once cleared |\n\
         |---|---|---|---|---|\n",
    );
    for row in rows {
        table.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            row.fault,
            phase(row.route),
            row.saw.replace('|', "\\|"),
            row.history,
            row.again
        ));
    }
    table
}

fn docs_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/security.md")
}

/// Compares the table with the one between the markers in `docs/security.md`; with
/// `SPOOL_BLESS_FIXTURES=1`, writes it there instead.
fn compare_with_docs(table: &str) -> Step {
    let path = docs_path();
    let docs = std::fs::read_to_string(&path)?;
    let (Some(start), Some(end)) = (docs.find(BEGIN), docs.find(END)) else {
        return Err(format!("{} has no {BEGIN} … {END} block", path.display()).into());
    };
    let written = &docs[start + BEGIN.len()..end];
    let fresh = format!("\n{table}");
    if written == fresh {
        return Ok(());
    }
    if std::env::var("SPOOL_BLESS_FIXTURES").as_deref() == Ok("1") {
        let updated = format!("{}{fresh}{}", &docs[..start + BEGIN.len()], &docs[end..]);
        std::fs::write(&path, updated)?;
        return Ok(());
    }
    Err(format!(
        "the fault matrix in {} differs from this run (rerun with SPOOL_BLESS_FIXTURES=1 to \
         write it if the change is intended):\n{table}",
        path.display()
    )
    .into())
}
