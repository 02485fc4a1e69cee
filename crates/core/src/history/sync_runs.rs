//! `sync_runs`: the sync log, how each sync of each account ended (its data may not be there):
//! full syncs, and the hourly rounds that read young posts, told apart by their kind.
//!
//! A failed run's `error` is a [`Sentence`] of the catalogue, kept as JSON, so that the window
//! says it in the language of the day it is read. Rows written before Spool kept sentences
//! hold the English text of the time; they are read as that text ([`Sentence::as_written`]),
//! so no migration rewrites them and nothing kept is lost.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, named_params};
use spool_model::{Sentence, SyncOutcome, SyncSummary};

use super::{moment, read_count, stored_count};

/// What a logged run was.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum RunKind {
    /// A full sync: "last sync" means the last of these.
    Full,
    /// A round reading only the young posts ([`crate::sync::read_young_posts`]).
    YoungPosts,
}

impl RunKind {
    /// Its stored spelling.
    fn stored(self) -> &'static str {
        match self {
            Self::Full => "full",
            Self::YoungPosts => "young_posts",
        }
    }
}

/// Records how a run of `kind` of `account_id` ended.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    kind: RunKind,
    run: &SyncSummary,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO sync_runs (account_id, started_at, ended_at, outcome, requests, error,
                                    error_details, kind)
             VALUES (:account_id, :started_at, :ended_at, :outcome, :requests, :error,
                     :error_details, :kind)",
        )?
        .execute(named_params! {
            ":account_id": account_id,
            ":started_at": run.started_at.timestamp(),
            ":ended_at": run.ended_at.timestamp(),
            ":outcome": run.outcome,
            ":requests": stored_count(run.requests),
            ":error": run.error.as_ref().map(kept_sentence),
            ":error_details": run.details,
            ":kind": kind.stored(),
        })?;
    Ok(())
}

/// The last run of `kind` of `account_id`.
pub(super) fn last(
    connection: &Connection,
    account_id: &str,
    kind: RunKind,
) -> rusqlite::Result<Option<SyncSummary>> {
    connection
        .prepare_cached(
            "SELECT started_at, ended_at, outcome, requests, error, error_details FROM sync_runs
             WHERE account_id = :account_id AND kind = :kind ORDER BY id DESC LIMIT 1",
        )?
        .query_row(
            named_params! { ":account_id": account_id, ":kind": kind.stored() },
            summary,
        )
        .optional()
}

/// The `count` last runs of `kind` of `account_id`, newest first.
pub(super) fn newest(
    connection: &Connection,
    account_id: &str,
    kind: RunKind,
    count: u32,
) -> rusqlite::Result<Vec<SyncSummary>> {
    let mut query = connection.prepare_cached(
        "SELECT started_at, ended_at, outcome, requests, error, error_details FROM sync_runs
         WHERE account_id = :account_id AND kind = :kind ORDER BY id DESC LIMIT :count",
    )?;
    let rows = query.query_map(
        named_params! { ":account_id": account_id, ":kind": kind.stored(), ":count": count },
        summary,
    )?;
    rows.collect()
}

/// A run as its row holds it.
fn summary(row: &rusqlite::Row<'_>) -> rusqlite::Result<SyncSummary> {
    Ok(SyncSummary {
        started_at: moment(row.get("started_at")?),
        ended_at: moment(row.get("ended_at")?),
        outcome: row.get("outcome")?,
        requests: read_count(row.get("requests")?),
        error: row
            .get::<_, Option<String>>("error")?
            .map(|kept| read_sentence(&kept)),
        details: row.get("error_details")?,
    })
}

/// A failed run's reason as its row keeps it.
fn kept_sentence(sentence: &Sentence) -> String {
    // A sentence is strings, numbers and sentences: nothing JSON cannot write.
    serde_json::to_string(sentence).unwrap_or_else(|_| sentence.id.clone())
}

/// A failed run's reason as its row keeps it: a sentence, or the text written before Spool
/// kept sentences.
fn read_sentence(kept: &str) -> Sentence {
    serde_json::from_str(kept).unwrap_or_else(|_| Sentence::as_written(kept))
}

/// When the last sync of `account_id` that completed ended.
pub(super) fn last_completed_at(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Option<DateTime<Utc>>> {
    let ended: Option<i64> = connection
        .prepare_cached(
            "SELECT MAX(ended_at) AS ended_at FROM sync_runs
             WHERE account_id = :account_id AND outcome = :completed",
        )?
        .query_row(
            named_params! { ":account_id": account_id, ":completed": SyncOutcome::Completed },
            |row| row.get("ended_at"),
        )?;
    Ok(ended.map(moment))
}
