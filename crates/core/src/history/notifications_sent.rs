//! `notifications_sent`: which events Spool has told of, per account, so none is told twice.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, named_params};

/// Records that the event `key` of `account_id` was told of at `at`; `false` (and nothing
/// written) when it was already.
pub(super) fn claim(
    connection: &Connection,
    account_id: &str,
    key: &str,
    at: DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let written = connection
        .prepare_cached(
            "INSERT OR IGNORE INTO notifications_sent (account_id, key, sent_at)
             VALUES (:account_id, :key, :sent_at)",
        )?
        .execute(named_params! {
            ":account_id": account_id,
            ":key": key,
            ":sent_at": at.timestamp(),
        })?;
    Ok(written == 1)
}
