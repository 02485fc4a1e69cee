//! End to end: Spool starts on a data folder whose files are damaged (a credentials file of
//! random bytes, a history database cut short), keeps a copy of each, says so, and goes on: a
//! login and a sync work as on a fresh install.

mod support;

use std::path::Path;
use std::time::Duration;

use spool_core::history::History;
use spool_core::sync::{CancelFlag, SyncJob, SyncOptions, sync_account};
use support::{App, Step};
use threads_api::{AccessToken, ApiHosts, ClientConfig, ThreadsClient};
use threads_sim::{RunningSimulator, Simulator};

/// A real history file of one whole sync, cut to half its length.
async fn history_cut_short(sim: &RunningSimulator, path: &Path) -> Vec<u8> {
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("a client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let history = History::open(path).expect("a history");
    let job = SyncJob {
        client: &client,
        history: &history,
        account_id: sim.main_user_id(),
        token: &token,
        now: chrono::Utc::now(),
        options: SyncOptions::default(),
    };
    sync_account(job, &|_| {}, &CancelFlag::default())
        .await
        .expect("a sync");
    drop(history);
    let whole = std::fs::read(path).expect("the history");
    whole[..whole.len() / 2].to_vec()
}

#[tokio::test(flavor = "multi_thread")]
async fn damaged_credentials_and_history_are_kept_explained_and_replaced() {
    let sim = Simulator::new()
        .main_posts(60)
        .start()
        .await
        .expect("the simulator starts");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("damaged-history.sqlite");
    let _ = std::fs::remove_file(&scratch);
    let cut = history_cut_short(&sim, &scratch).await;
    let noise: Vec<u8> = (0u32..4096)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    let base = sim.base_url().to_string();
    let (cut_copy, noise_copy) = (cut.clone(), noise.clone());
    let app = App::launch_prepared(
        "damaged-files",
        &[("SPOOL_THREADS_API", &base)],
        move |data| {
            std::fs::write(data.join("credentials.json"), &noise_copy).expect("written");
            std::fs::write(data.join("history.sqlite"), &cut_copy).expect("written");
        },
    )
    .await;
    let outcome = damaged(&app, &sim, &cut, &noise).await;
    app.finish(outcome).await;
}

async fn damaged(app: &App, sim: &RunningSimulator, cut: &[u8], noise: &[u8]) -> Step {
    app.wait_for_text("main h1", "Today").await?;
    // The notices arrive a moment after the window is up.
    app.wait_until_text(".banners", |t| {
        t.contains("credentials file was damaged") && t.contains("history could not be read")
    })
    .await?;
    let notices = app.texts_of(".notice.info p").await?;
    let data = app.data_home.join("app.spool.desktop");
    for (name, kept, said) in [
        ("credentials.json", noise, "credentials file was damaged"),
        ("history.sqlite", cut, "history could not be read"),
    ] {
        let copies: Vec<_> = std::fs::read_dir(&data)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name().is_some_and(|n| {
                    let n = n.to_string_lossy();
                    n.starts_with(&format!("{name}.damaged-"))
                        && !n.ends_with("-wal")
                        && !n.ends_with("-shm")
                })
            })
            .collect();
        if copies.len() != 1 {
            return Err(format!("{name}: copies kept {copies:?}").into());
        }
        if std::fs::read(&copies[0])? != kept {
            return Err(format!("{name}: the copy is not the damaged file as it was").into());
        }
        let path = copies[0].display().to_string();
        if !notices
            .iter()
            .any(|n| n.contains(said) && n.contains(&path))
        {
            return Err(format!("no notice says {said:?} with {path}: {notices:?}").into());
        }
    }
    // And Spool goes on: a login and a whole sync into the new history.
    app.click("button[data-screen=settings]").await?;
    let token = sim.issue_long_lived_token(sim.main_user_id());
    app.type_into("#pasted-token", &token).await?;
    app.click("form:has(#pasted-token) button").await?;
    app.wait_for_text("#current-account .account-handle", "@mara.makes")
        .await?;
    app.click("button[data-screen=overview]").await?;
    app.click("#sync-now").await?;
    let deadline = std::time::Instant::now() + support::PATIENCE * 3;
    let mut last = app.text_of("#last-sync").await?;
    while !last.starts_with("Last synced") && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(200)).await;
        last = app.text_of("#last-sync").await?;
    }
    if !last.starts_with("Last synced") {
        return Err(format!("the sync into the new history: {last}").into());
    }
    Ok(())
}
