//! How the enums the history stores are written to SQLite and read back (the `sqlite` feature).
//!
//! The spellings are those the history has always stored, so existing files read the same: media
//! types as Threads names them (`TEXT_POST`), sync outcomes and breakdowns in lower case. They
//! are written here rather than derived from serde so that a change to the IPC spelling cannot
//! silently change what is on disk.

use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::{Breakdown, MediaType, SyncOutcome};

impl ToSql for MediaType {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.api_name().into())
    }
}

impl FromSql for MediaType {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        // A kind this Spool does not know (written by a newer one) reads as unknown, as the API's.
        Ok(match value.as_str()? {
            "TEXT_POST" => Self::TextPost,
            "IMAGE" => Self::Image,
            "VIDEO" => Self::Video,
            "CAROUSEL_ALBUM" => Self::CarouselAlbum,
            "AUDIO" => Self::Audio,
            "REPOST_FACADE" => Self::RepostFacade,
            _ => Self::Unknown,
        })
    }
}

impl SyncOutcome {
    /// The name stored in the sync log.
    const fn stored_name(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::Cancelled => "cancelled",
            Self::Failed => "failed",
        }
    }
}

impl ToSql for SyncOutcome {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.stored_name().into())
    }
}

impl FromSql for SyncOutcome {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        // Anything unrecognised is taken as a failure: the safe reading of a sync log.
        Ok(match value.as_str()? {
            "completed" => Self::Completed,
            "cancelled" => Self::Cancelled,
            _ => Self::Failed,
        })
    }
}

impl ToSql for Breakdown {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(self.api_name().into())
    }
}

impl FromSql for Breakdown {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let name = value.as_str()?;
        Self::ALL
            .into_iter()
            .find(|breakdown| breakdown.api_name() == name)
            .ok_or_else(|| FromSqlError::Other(format!("unknown breakdown {name:?}").into()))
    }
}
