//! `sync_runs`: the sync log, how each sync of each account ended (its data may not be there).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, OptionalExtension, named_params};
use spool_model::{SyncOutcome, SyncSummary};

use super::{moment, read_count, stored_count};

/// Records how a sync of `account_id` ended.
pub(super) fn insert(
    connection: &Connection,
    account_id: &str,
    run: &SyncSummary,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO sync_runs (account_id, started_at, ended_at, outcome, requests, error)
             VALUES (:account_id, :started_at, :ended_at, :outcome, :requests, :error)",
        )?
        .execute(named_params! {
            ":account_id": account_id,
            ":started_at": run.started_at.timestamp(),
            ":ended_at": run.ended_at.timestamp(),
            ":outcome": run.outcome,
            ":requests": stored_count(run.requests),
            ":error": run.error,
        })?;
    Ok(())
}

/// The last sync of `account_id`.
pub(super) fn last(
    connection: &Connection,
    account_id: &str,
) -> rusqlite::Result<Option<SyncSummary>> {
    connection
        .prepare_cached(
            "SELECT started_at, ended_at, outcome, requests, error FROM sync_runs
             WHERE account_id = :account_id ORDER BY id DESC LIMIT 1",
        )?
        .query_row(named_params! { ":account_id": account_id }, |row| {
            Ok(SyncSummary {
                started_at: moment(row.get("started_at")?),
                ended_at: moment(row.get("ended_at")?),
                outcome: row.get("outcome")?,
                requests: read_count(row.get("requests")?),
                error: row.get("error")?,
            })
        })
        .optional()
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
