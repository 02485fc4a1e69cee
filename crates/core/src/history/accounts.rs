//! `accounts`: each Threads account Spool has synced, and when it first did.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, named_params};
use spool_model::Profile;

/// Adds the account at its first sync; later syncs only follow a change of @handle.
pub(super) fn upsert(
    connection: &Connection,
    profile: &Profile,
    synced_at: DateTime<Utc>,
) -> rusqlite::Result<()> {
    connection
        .prepare_cached(
            "INSERT INTO accounts (id, username, first_synced_at)
             VALUES (:id, :username, :first_synced_at)
             ON CONFLICT(id) DO UPDATE SET username = excluded.username",
        )?
        .execute(named_params! {
            ":id": profile.id,
            ":username": profile.username,
            ":first_synced_at": synced_at.timestamp(),
        })?;
    Ok(())
}
