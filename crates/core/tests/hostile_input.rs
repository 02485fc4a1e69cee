//! Hostile input at the edges of spool-core: whatever the creator pastes as the login's
//! address or code, and a history database cut short on disk.
//!
//! `PROPTEST_CASES` sets the cases per property (256 unless set); see `docs/security.md`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use proptest::prelude::*;
use spool_core::history::History;
use spool_core::login::code_from_pasted;
use spool_core::sync::{CancelFlag, SyncJob, SyncOptions, sync_account};
use spool_model::SyncOutcome;
use threads_api::{AccessToken, ApiHosts, ClientConfig, ThreadsClient};
use threads_sim::{SimClock, Simulator};

proptest! {
    #![proptest_config(ProptestConfig { failure_persistence: None, ..ProptestConfig::default() })]

    /// Any text at all is an answer, never a panic.
    #[test]
    fn any_pasted_text_is_answered(pasted in ".{0,300}", state in ".{0,20}") {
        let _ = code_from_pasted(&pasted, &state);
    }

    /// A pasted address gives back its code when the state matches, with spaces around it too.
    #[test]
    fn a_pasted_redirect_round_trips(code in "[^#]{1,60}", state in "[a-zA-Z0-9]{8,32}") {
        prop_assume!(!code.ends_with("#_"));
        let mut url = url::Url::parse("https://127.0.0.1:8443/callback").expect("a URL");
        url.query_pairs_mut().append_pair("code", &code).append_pair("state", &state);
        prop_assert_eq!(code_from_pasted(&format!("  {url}#_\n"), &state).ok(), Some(code));
    }

    /// A bare code (what Threads' codes are made of, 10 characters or more) is taken as is.
    #[test]
    fn a_bare_code_round_trips(code in "[A-Za-z0-9_.-]{10,80}") {
        prop_assume!(!code.ends_with("#_"));
        prop_assert_eq!(code_from_pasted(&code, "any").ok(), Some(code));
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("spool-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("folder");
    dir
}

/// A real history on disk: one whole sync of a demo account, checkpointed into the one file.
async fn real_history(path: &Path) {
    let now: DateTime<Utc> = DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("moment")
        .to_utc();
    let sim = Simulator::new()
        .clock(SimClock::Fixed(now))
        .main_posts(60)
        .start()
        .await
        .expect("the simulator starts");
    let client = ThreadsClient::new(
        ApiHosts::single(sim.base_url()),
        ClientConfig {
            timeout: Duration::from_secs(5),
            ..ClientConfig::default()
        },
    )
    .expect("a client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let history = History::open(path).expect("a new history");
    let job = SyncJob {
        client: &client,
        history: &history,
        account_id: sim.main_user_id(),
        token: &token,
        now,
        options: SyncOptions::default(),
    };
    let summary = sync_account(job, &|_| {}, &CancelFlag::default())
        .await
        .expect("a sync");
    assert_eq!(summary.outcome, SyncOutcome::Completed);
    assert!(!history.data_digest().expect("digest").is_empty());
    // Closing the last connection folds the write-ahead log into the file.
    drop(history);
}

fn damaged_copies(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("listed")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("history.sqlite.damaged-"))
                && !p.to_string_lossy().ends_with("-wal")
                && !p.to_string_lossy().ends_with("-shm")
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread")]
async fn a_history_cut_short_is_set_aside_kept_and_replaced() {
    let dir = scratch("truncated");
    let path = dir.join("history.sqlite");
    real_history(&path).await;
    let whole = std::fs::read(&path).expect("read");
    assert!(
        whole.len() > 64 * 1024,
        "a history of many pages ({} bytes)",
        whole.len()
    );
    let cut = &whole[..whole.len() / 2];
    std::fs::write(&path, cut).expect("cut short");

    let (history, notice) = History::open_or_set_aside(&path, Utc::now()).expect("started");
    let notice = notice.expect("a notice saying the history was set aside");
    assert_eq!(history.data_digest().expect("digest"), "", "a new history");
    let copies = damaged_copies(&dir);
    assert_eq!(copies.len(), 1, "one copy kept: {copies:?}");
    assert_eq!(
        notice,
        spool_core::Notice::HistorySetAside {
            kept_at: copies[0].clone()
        },
        "the notice says where the old file is"
    );
    assert_eq!(
        std::fs::read(&copies[0]).expect("the copy"),
        cut,
        "kept as it was"
    );
}

#[test]
fn a_history_of_random_bytes_is_set_aside_kept_and_replaced() {
    let dir = scratch("random");
    let path = dir.join("history.sqlite");
    // Deterministic noise, with SQLite's own header first so only the pages are garbage.
    let mut bytes = b"SQLite format 3\0".to_vec();
    let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
    while bytes.len() < 64 * 1024 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        bytes.push((x >> 24) as u8);
    }
    std::fs::write(&path, &bytes).expect("written");
    let (history, notice) = History::open_or_set_aside(&path, Utc::now()).expect("started");
    assert!(matches!(
        notice.expect("a notice"),
        spool_core::Notice::HistorySetAside { kept_at } if kept_at.starts_with(&dir)
    ));
    assert_eq!(history.data_digest().expect("digest"), "");
    let copies = damaged_copies(&dir);
    assert_eq!(copies.len(), 1);
    assert_eq!(std::fs::read(&copies[0]).expect("the copy"), bytes);
}
