//! The history database: every sync's snapshot, kept in SQLite so Spool can draw what the API
//! never gives (followers over time, a post's growth over its first days, link clicks between
//! two syncs).
//!
//! # Tables
//! One module per table, each with that table's SQL, its named row types, and columns read by
//! name:
//!
//! - `accounts`: each account synced, and when it first was;
//! - `posts` and `post_metrics`: every post, and its lifetime metrics at each sync that read
//!   them; `latest_post_metrics` holds each post's newest reading again, kept by triggers on
//!   `post_metrics`, so that screens listing posts with their metrics read one row per post;
//! - `profile_views` and `daily_engagement`: per day, as last read (recent days are reread);
//! - `follower_snapshots`, `demographic_snapshots`, `link_click_snapshots`: what the API only
//!   tells about the present, kept at every sync;
//! - `sync_runs`: the sync log, how each sync ended (a failed one is on record, its data not),
//!   full syncs apart from the hourly rounds that read only young posts: "last sync" is the
//!   last full one.
//!
//! The schema is the numbered files in `migrations/`, built into the binary and applied in
//! order; `PRAGMA user_version` counts those applied, and a file from a newer Spool (a higher
//! count) is refused rather than misread. The enums stored as text (media type, breakdown, sync
//! outcome) are written and read by `spool-model`'s `sqlite` feature, which keeps their stored
//! spellings.
//!
//! # Writes and reads
//! The file is in WAL mode, with one **writer** connection behind a mutex and a small pool of
//! **read** connections beside it.
//!
//! - Every write goes through the writer: a sync's snapshot ([`History::write_snapshot`]) is
//!   one transaction, there whole or not at all, as is erasing. Writes wait for each other,
//!   never for a read.
//! - A screen reads through [`History::read`], on a pooled read connection (opened on demand,
//!   returned after use), in one read transaction: its queries see one state, the last one
//!   committed when it began, so an overview's cards and curve come from the same syncs. WAL
//!   lets that state be read while the writer saves a sync, so a chart never waits behind a
//!   snapshot being written, a backup or the file being compacted. A sync that commits
//!   meanwhile shows at the next read.
//! - [`History::back_up`] copies from a read connection, so it does not hold up a sync either.
//!
//! [`History::in_memory`] (for tests and benches) is a file in the temporary folder, removed
//! when the history is dropped: separate connections cannot share a plain `:memory:` database,
//! and a shared-cache one locks table by table instead of reading a snapshot, so a file is the
//! only way tests run the same split of writer and readers as the app.

mod accounts;
mod daily_engagement;
mod demographic_snapshots;
mod follower_snapshots;
mod link_click_snapshots;
mod notifications_sent;
mod post_metrics;
mod posts;
mod profile_views;
mod sync_runs;

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags, Row, Statement, TransactionBehavior};
use spool_model::limits::STORED_COUNT_MAX;
use spool_model::{
    Breakdown, ClicksReading, DailyValue, Demographics, EngagementTotals, FollowerReading,
    LinkClicks, Post, PostMetrics, PostReading, Profile, SyncSummary,
};

pub use demographic_snapshots::DemographicReading;
pub use link_click_snapshots::LinkReading;
pub use post_metrics::EarlyCurve;
pub use posts::{InsightPost, PostWithMetrics, StoredPost};

use crate::locks::lock;
use crate::notice::Notice;

/// The schema, one migration per file; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_initial.sql"),
    include_str!("migrations/0002_post_links.sql"),
    include_str!("migrations/0003_young_post_rounds.sql"),
    include_str!("migrations/0004_sync_run_details.sql"),
    include_str!("migrations/0005_latest_post_metrics.sql"),
    include_str!("migrations/0006_notifications_sent.sql"),
];

/// The tables a sync writes, in the order [`History::data_digest`] reads them.
const DATA_TABLES: &[&str] = &[
    "accounts",
    "posts",
    "post_metrics",
    "profile_views",
    "daily_engagement",
    "follower_snapshots",
    "demographic_snapshots",
    "link_click_snapshots",
];

/// Read connections kept open between reads; more are opened when reads overlap, and closed
/// after.
const IDLE_READERS: usize = 4;

/// How long a connection waits for a lock another process holds (a second Spool's checkpoint)
/// before failing.
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// How the history's connections are opened: as the app does ([`OpenOptions::APP`]), or, in
/// tests, with the seams that bring about what a disk or another program would (a short wait
/// for a lock, a read-only file, a full disk).
#[derive(Debug, Clone)]
struct OpenOptions {
    /// How long every connection waits for another's lock.
    busy_timeout: Duration,
    /// How the writer opens the file.
    flags: OpenFlags,
    /// A cap on the file's size in pages: past it, SQLite answers as a full disk does.
    max_page_count: Option<i64>,
}

impl OpenOptions {
    /// What the app opens with.
    const APP: Self = Self {
        busy_timeout: BUSY_TIMEOUT,
        flags: OpenFlags::SQLITE_OPEN_READ_WRITE
            .union(OpenFlags::SQLITE_OPEN_CREATE)
            .union(OpenFlags::SQLITE_OPEN_URI)
            .union(OpenFlags::SQLITE_OPEN_NO_MUTEX),
        max_page_count: None,
    };
}

/// A failure of the history database, sorted by what the user can do about it. Only
/// [`HistoryError::Damaged`] means the file itself is broken; every other failure leaves the
/// file as it was, and goes away once its cause does (another program closed, disk space
/// freed, Spool updated).
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// SQLite says the file is corrupt or not a database, or its pages are not all there.
    #[error("the history database is damaged ({0})")]
    Damaged(rusqlite::Error),
    /// Another program (another Spool, or a tool reading the file) holds a lock on the file
    /// for longer than Spool waits.
    #[error(
        "the history database is in use by another program (another copy of Spool, or a tool \
         reading the file): close the other Spool or that program, then try again"
    )]
    Busy(rusqlite::Error),
    /// The file, or the data folder it lives in, may not be written.
    #[error(
        "Spool may not write its history: the disk or the data folder is read-only ({0}). Make \
         it writable (Settings → About shows where it is), then try again"
    )]
    ReadOnly(rusqlite::Error),
    /// The disk holding the history is full.
    #[error(
        "the disk holding Spool's history is full: free some disk space, then try again; \
         nothing was lost"
    )]
    DiskFull(rusqlite::Error),
    /// The file could not be opened or read at all (missing permission, an I/O error).
    #[error(
        "Spool could not open or read its history file ({0}): check that Spool may read and \
         write its data folder (Settings → About shows where it is), then try again"
    )]
    CannotOpen(rusqlite::Error),
    /// A step bringing the schema up to this version failed; the file is as it was before
    /// that step.
    #[error(
        "Spool could not bring its history up to date (step {step}: {source}); the file is \
         unchanged. Please report this"
    )]
    Migration {
        /// The schema version the failed step leads to.
        step: i64,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The file was written by a newer Spool.
    #[error(
        "the history database was written by a newer version of Spool (schema {found}); update Spool"
    )]
    TooNew {
        /// The schema version found.
        found: i64,
    },
    /// SQLite refused or failed otherwise.
    #[error("the history database failed: {0}")]
    Sqlite(rusqlite::Error),
}

impl From<rusqlite::Error> for HistoryError {
    /// Sorts SQLite's answer by its result code: only corruption counts as damage.
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match error.sqlite_error_code() {
            Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => Self::Damaged(error),
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Self::Busy(error),
            Some(ErrorCode::ReadOnly) => Self::ReadOnly(error),
            Some(ErrorCode::DiskFull) => Self::DiskFull(error),
            Some(
                ErrorCode::CannotOpen | ErrorCode::PermissionDenied | ErrorCode::SystemIoFailure,
            ) => Self::CannotOpen(error),
            _ => Self::Sqlite(error),
        }
    }
}

impl HistoryError {
    /// Whether the file itself is broken, so that setting it aside is the remedy. Nothing
    /// else is: a lock, a read-only or full disk, a failed migration or a newer schema leave
    /// a file that is sound and must be kept where it is.
    pub fn is_damaged(&self) -> bool {
        matches!(self, Self::Damaged(_))
    }

    /// A failure while applying the migration to schema `step`: what the user can fix
    /// (a lock, a full or read-only disk, damage) keeps its kind; anything else is the
    /// migration's own failure.
    fn in_migration(self, step: i64) -> Self {
        match self {
            Self::Sqlite(source) => Self::Migration { step, source },
            other => other,
        }
    }
}

/// What one sync read, written as one snapshot.
#[derive(Debug, Clone, PartialEq)]
pub struct SyncSnapshot {
    /// Whose it is.
    pub profile: Profile,
    /// When it was taken.
    pub taken_at: DateTime<Utc>,
    /// Posts seen (new ones are added, known ones updated).
    pub posts: Vec<Post>,
    /// Lifetime metrics of posts at `taken_at`.
    pub post_metrics: Vec<(String, PostMetrics)>,
    /// Profile views of the days read; `None` where the API left a day out.
    pub profile_views: Vec<DailyValue>,
    /// Likes, replies, reposts and quotes of the days read.
    pub engagement: Vec<(NaiveDate, EngagementTotals)>,
    /// Clicks per link over the days from `.0` to `.1`.
    pub link_clicks: Option<(NaiveDate, NaiveDate, Vec<LinkClicks>)>,
    /// Followers at `taken_at`.
    pub followers: Option<u64>,
    /// Followers by each breakdown read, at `taken_at`.
    pub demographics: Vec<Demographics>,
}

/// Readings of some posts of one account, outside a full sync's snapshot: a young-post round's,
/// or the demo's readings at early ages.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PostReadings {
    /// Whose posts: an account a full sync has stored.
    pub account_id: String,
    /// Posts listed meanwhile (new ones are added, known ones updated).
    pub posts: Vec<Post>,
    /// Each reading: the post, when it was taken, the post's lifetime metrics then.
    pub readings: Vec<(String, DateTime<Utc>, PostMetrics)>,
}

/// The history of every account, in one SQLite file.
#[derive(Debug)]
pub struct History {
    /// The one connection that writes.
    writer: Mutex<Connection>,
    /// Connections that only read.
    readers: ReadPool,
    /// The temporary file behind [`History::in_memory`]; declared last so it is removed after
    /// every connection to it has closed.
    _scratch: Option<ScratchFile>,
}

impl History {
    /// Opens (or creates) the database at `path`, bringing its schema up to date.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        Self::open_file(path, None, &OpenOptions::APP)
    }

    /// Opens the database at `path`; if it is damaged (SQLite finds it corrupt or not a
    /// database, or `quick_check` fails), it is moved aside to `<name>.damaged-<unix time of
    /// now>` and a new one is started, with a notice for the user saying where the old one is.
    /// Any other failure (a lock held by another program, a read-only or full disk, a failed
    /// migration, a file from a newer Spool) is answered as it is, and the file is left alone.
    pub fn open_or_set_aside(
        path: &Path,
        now: DateTime<Utc>,
    ) -> Result<(Self, Option<Notice>), HistoryError> {
        Self::open_or_set_aside_with(path, now, &OpenOptions::APP)
    }

    fn open_or_set_aside_with(
        path: &Path,
        now: DateTime<Utc>,
        options: &OpenOptions,
    ) -> Result<(Self, Option<Notice>), HistoryError> {
        let error = match Self::open_file(path, None, options) {
            Ok(history) => return Ok((history, None)),
            Err(error) if error.is_damaged() => error,
            Err(error) => return Err(error),
        };
        let stamp = now.timestamp();
        let name = path.file_name().map_or_else(
            || "history.sqlite".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        );
        let copy = path.with_file_name(format!("{name}.damaged-{stamp}"));
        std::fs::rename(path, &copy).map_err(|_| error)?;
        for suffix in ["-wal", "-shm"] {
            let side = path.with_file_name(format!("{name}{suffix}"));
            let _ = std::fs::rename(
                &side,
                copy.with_file_name(format!("{name}.damaged-{stamp}{suffix}")),
            );
        }
        let history = Self::open_file(path, None, options)?;
        Ok((history, Some(Notice::HistorySetAside { kept_at: copy })))
    }

    /// A new, empty history for tests and benches: a file in the temporary folder, removed when
    /// the history is dropped (see the module's notes for why not `:memory:`).
    pub fn in_memory() -> Result<Self, HistoryError> {
        let scratch = ScratchFile::new();
        let path = scratch.0.clone();
        Self::open_file(&path, Some(scratch), &OpenOptions::APP)
    }

    fn open_file(
        path: &Path,
        scratch: Option<ScratchFile>,
        options: &OpenOptions,
    ) -> Result<Self, HistoryError> {
        let mut writer = Connection::open_with_flags(path, options.flags)?;
        // First, so every statement after it (the file's first read included) waits out a
        // lock held by another program instead of failing at once.
        writer.busy_timeout(options.busy_timeout)?;
        if let Some(pages) = options.max_page_count {
            writer.pragma_update(None, "max_page_count", pages)?;
        }
        writer.pragma_update(None, "journal_mode", "WAL")?;
        writer.pragma_update(None, "synchronous", "NORMAL")?;
        check_whole(&writer)?;
        writer.pragma_update(None, "foreign_keys", "ON")?;
        migrate(&mut writer)?;
        Ok(Self {
            writer: Mutex::new(writer),
            readers: ReadPool {
                path: path.to_owned(),
                busy_timeout: options.busy_timeout,
                idle: Mutex::new(Vec::new()),
            },
            _scratch: scratch,
        })
    }

    /// The writer, waiting for any write in progress.
    fn writer(&self) -> MutexGuard<'_, Connection> {
        lock(&self.writer)
    }

    /// Runs `read` in one read transaction on a read connection: every query in it sees the
    /// same state, the last one committed, and none waits for a write in progress.
    pub fn read<T, E: From<HistoryError>>(
        &self,
        read: impl FnOnce(&Reading<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        let mut connection = self.readers.take()?;
        let answer = {
            let transaction = connection
                .transaction_with_behavior(TransactionBehavior::Deferred)
                .map_err(HistoryError::from)?;
            read(&Reading {
                connection: &transaction,
            })
            // Dropping the transaction ends it: it wrote nothing, so a rollback loses nothing.
        };
        self.readers.give_back(connection);
        answer
    }

    /// Writes a sync's snapshot, all of it or (on any failure) nothing.
    pub fn write_snapshot(&self, snapshot: &SyncSnapshot) -> Result<(), HistoryError> {
        let mut writer = self.writer();
        // Immediate: the write lock is taken at once, not halfway through the snapshot.
        let tx = writer.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let at = snapshot.taken_at;
        let account = snapshot.profile.id.as_str();
        accounts::upsert(&tx, &snapshot.profile, at)?;
        for post in &snapshot.posts {
            posts::upsert(&tx, account, post)?;
        }
        for (post_id, metrics) in &snapshot.post_metrics {
            post_metrics::insert(&tx, post_id, at, metrics)?;
        }
        for day in &snapshot.profile_views {
            profile_views::insert(&tx, account, day, at)?;
        }
        for (day, engagement) in &snapshot.engagement {
            daily_engagement::insert(&tx, account, *day, engagement, at)?;
        }
        if let Some(followers) = snapshot.followers {
            follower_snapshots::insert(&tx, account, at, followers)?;
        }
        for demographics in &snapshot.demographics {
            demographic_snapshots::insert(&tx, account, at, demographics)?;
        }
        if let Some((since, until, links)) = &snapshot.link_clicks {
            link_click_snapshots::insert(&tx, account, at, *since, *until, links)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records how a full sync of `account_id` ended (in its own small write, so a failed sync
    /// is on record while its data is not).
    pub fn record_run(&self, account_id: &str, run: &SyncSummary) -> Result<(), HistoryError> {
        sync_runs::insert(&self.writer(), account_id, sync_runs::RunKind::Full, run)?;
        Ok(())
    }

    /// The last full sync of `account_id` (not a young-post round).
    pub fn last_run(&self, account_id: &str) -> Result<Option<SyncSummary>, HistoryError> {
        self.read(|reading| reading.last_run(account_id))
    }

    /// Records that the event `key` of `account_id` was told of at `at`; `false`, with
    /// nothing written, when it was already: whoever claims it first tells of it, once.
    pub fn claim_notification(
        &self,
        account_id: &str,
        key: &str,
        at: DateTime<Utc>,
    ) -> Result<bool, HistoryError> {
        Ok(notifications_sent::claim(
            &self.writer(),
            account_id,
            key,
            at,
        )?)
    }

    /// The day of the account's first stored post.
    pub fn first_post_day(&self, account_id: &str) -> Result<Option<NaiveDate>, HistoryError> {
        self.read(|reading| reading.first_post_day(account_id))
    }

    /// Deletes everything the history holds, the sync log included, and compacts the file so
    /// no deleted row lingers in its free pages or its write-ahead log.
    pub fn erase(&self) -> Result<(), HistoryError> {
        let mut writer = self.writer();
        let transaction = writer.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Rows refer to each other; they all go, so the check waits for the commit.
        transaction.pragma_update(None, "defer_foreign_keys", true)?;
        // The newest readings first: each reading deleted after them finds no newest to
        // replace, so their trigger does nothing.
        let tables = ["latest_post_metrics", "notifications_sent"]
            .iter()
            .chain(DATA_TABLES);
        for table in tables.chain(&["sync_runs", "accounts"]) {
            transaction.execute(&format!("DELETE FROM {table}"), [])?;
        }
        transaction.commit()?;
        writer.execute_batch("VACUUM")?;
        // The checkpoint waits (up to the busy timeout) for reads in progress; if one outlasts
        // it, the log may still hold deleted rows, which the user must hear of.
        let busy: i64 =
            writer.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
        if busy != 0 {
            return Err(HistoryError::Sqlite(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                Some("a read kept the write-ahead log from being emptied".to_owned()),
            )));
        }
        Ok(())
    }

    /// Every row of every data table (not the sync log), to tell whether anything changed.
    pub fn data_digest(&self) -> Result<String, HistoryError> {
        self.read(|reading| {
            let mut digest = String::new();
            for table in DATA_TABLES {
                let mut query = reading
                    .connection
                    .prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))?;
                let columns = query.column_count();
                let mut rows = query.query([])?;
                while let Some(row) = rows.next()? {
                    digest.push_str(table);
                    for i in 0..columns {
                        let value: rusqlite::types::Value = row.get(i)?;
                        digest.push_str(&format!("|{value:?}"));
                    }
                    digest.push('\n');
                }
            }
            Ok(digest)
        })
    }

    /// Writes a consistent copy of the whole database to `path` (SQLite's backup API), read
    /// from a read connection: a sync may save meanwhile, and the copy is the state before it.
    pub fn back_up(&self, path: &Path) -> Result<(), HistoryError> {
        let source = self.readers.take()?;
        let mut copy = Connection::open(path)?;
        {
            let backup = Backup::new(&source, &mut copy)?;
            // Every page in one step, so in one read transaction: a write committed meanwhile
            // can neither restart the copy nor land in half of it.
            let mut retries = 0;
            loop {
                match backup.step(-1)? {
                    StepResult::Done => break,
                    StepResult::Busy | StepResult::Locked if retries < BACKUP_RETRIES => {
                        retries += 1;
                        std::thread::sleep(BACKUP_PAUSE);
                    }
                    StepResult::Busy | StepResult::Locked => {
                        return Err(HistoryError::Sqlite(rusqlite::Error::SqliteFailure(
                            rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                            Some("the backup's destination stayed locked".to_owned()),
                        )));
                    }
                    // More (not expected of a step of every page): carry on.
                    _ => {}
                }
            }
        }
        self.readers.give_back(source);
        Ok(())
    }

    /// Writes readings of posts of an account a full sync has stored (the posts listed with
    /// them added or updated), all of them or (on any failure) none: a young-post round's, or
    /// the demo's early readings.
    pub fn write_post_readings(&self, readings: &PostReadings) -> Result<(), HistoryError> {
        let mut writer = self.writer();
        let tx = writer.transaction_with_behavior(TransactionBehavior::Immediate)?;
        for post in &readings.posts {
            posts::upsert(&tx, &readings.account_id, post)?;
        }
        for (post_id, taken_at, metrics) in &readings.readings {
            post_metrics::insert(&tx, post_id, *taken_at, metrics)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Records how a round reading `account_id`'s young posts ended, apart from its full syncs
    /// (so [`History::last_run`] still means the last full sync).
    pub fn record_young_round(
        &self,
        account_id: &str,
        run: &SyncSummary,
    ) -> Result<(), HistoryError> {
        sync_runs::insert(
            &self.writer(),
            account_id,
            sync_runs::RunKind::YoungPosts,
            run,
        )?;
        Ok(())
    }
}

/// How often, and how long apart, a backup retries a locked file (about [`BUSY_TIMEOUT`]).
const BACKUP_RETRIES: u32 = 500;
const BACKUP_PAUSE: Duration = Duration::from_millis(10);

/// The state of the history one read transaction sees: what [`History::read`] hands its
/// closure. Every query a screen makes is here.
#[derive(Debug)]
pub struct Reading<'c> {
    connection: &'c Connection,
}

impl Reading<'_> {
    /// Each stored post of `account_id`, newest first: its id, when it was published, when its
    /// metrics were last read, and whether it is a repost of someone else's post.
    pub fn stored_posts(&self, account_id: &str) -> Result<Vec<StoredPost>, HistoryError> {
        Ok(posts::stored(self.connection, account_id)?)
    }

    /// The newest day with stored profile views.
    pub fn newest_profile_view_day(
        &self,
        account_id: &str,
    ) -> Result<Option<NaiveDate>, HistoryError> {
        Ok(profile_views::newest_day(self.connection, account_id)?)
    }

    /// Followers at each sync, oldest first: the curve the API cannot give.
    pub fn follower_series(&self, account_id: &str) -> Result<Vec<FollowerReading>, HistoryError> {
        Ok(follower_snapshots::series(self.connection, account_id)?)
    }

    /// A post's lifetime metrics at each sync, oldest first: its growth curve.
    pub fn post_growth(&self, post_id: &str) -> Result<Vec<PostReading>, HistoryError> {
        Ok(post_metrics::growth(self.connection, post_id)?)
    }

    /// Stored profile views for every day from `since` to `until`; `None` where nothing or "no
    /// data" was stored.
    pub fn profile_views(
        &self,
        account_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<DailyValue>, HistoryError> {
        Ok(profile_views::days(
            self.connection,
            account_id,
            since,
            until,
        )?)
    }

    /// Sum of the stored profile views from `since` to `until`; `None` if no day of it is
    /// stored.
    pub fn profile_views_total(
        &self,
        account_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Option<u64>, HistoryError> {
        Ok(profile_views::total(
            self.connection,
            account_id,
            since,
            until,
        )?)
    }

    /// Likes, replies, reposts and quotes summed over the stored days from `since` to `until`;
    /// `None` if no day of it is stored.
    pub fn engagement_total(
        &self,
        account_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Option<EngagementTotals>, HistoryError> {
        Ok(daily_engagement::total(
            self.connection,
            account_id,
            since,
            until,
        )?)
    }

    /// Total link clicks in the last reading taken at or before `at`.
    pub fn link_clicks_total_at(
        &self,
        account_id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<u64>, HistoryError> {
        Ok(link_click_snapshots::total_at(
            self.connection,
            account_id,
            at,
        )?)
    }

    /// Followers in the last reading at or before `at`.
    pub fn followers_at(
        &self,
        account_id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<u64>, HistoryError> {
        Ok(follower_snapshots::at(self.connection, account_id, at)?)
    }

    /// The two latest readings of one breakdown, newest first, each with its segments.
    pub fn demographic_readings(
        &self,
        account_id: &str,
        breakdown: Breakdown,
    ) -> Result<Vec<DemographicReading>, HistoryError> {
        Ok(demographic_snapshots::latest_two(
            self.connection,
            account_id,
            breakdown,
        )?)
    }

    /// Every stored post of `account_id`, newest first, with its latest metrics.
    pub fn posts_with_latest_metrics(
        &self,
        account_id: &str,
    ) -> Result<Vec<PostWithMetrics>, HistoryError> {
        Ok(posts::all_with_latest_metrics(self.connection, account_id)?)
    }

    /// One stored post of `account_id` with its latest metrics; `None` if it is not stored.
    pub fn post_with_latest_metrics(
        &self,
        account_id: &str,
        post_id: &str,
    ) -> Result<Option<PostWithMetrics>, HistoryError> {
        Ok(posts::one_with_latest_metrics(
            self.connection,
            account_id,
            post_id,
        )?)
    }

    /// Every link-click reading of `account_id`, oldest first: when, the window it covers,
    /// and clicks per link.
    pub fn link_click_readings(&self, account_id: &str) -> Result<Vec<LinkReading>, HistoryError> {
        Ok(link_click_snapshots::readings(
            self.connection,
            account_id,
            None,
        )?)
    }

    /// The last `count` readings of link clicks of `account_id`, oldest first, as
    /// [`Reading::link_click_readings`] gives them: what the links screen compares.
    pub fn latest_link_click_readings(
        &self,
        account_id: &str,
        count: u32,
    ) -> Result<Vec<LinkReading>, HistoryError> {
        Ok(link_click_snapshots::readings(
            self.connection,
            account_id,
            Some(count),
        )?)
    }

    /// The total clicks on all links at every reading of `account_id`, oldest first: summed by
    /// SQLite, without reading each link's row out.
    pub fn link_click_totals(&self, account_id: &str) -> Result<Vec<ClicksReading>, HistoryError> {
        Ok(link_click_snapshots::totals(self.connection, account_id)?)
    }

    /// The day of the account's first stored post.
    pub fn first_post_day(&self, account_id: &str) -> Result<Option<NaiveDate>, HistoryError> {
        Ok(posts::first_day(self.connection, account_id)?)
    }

    /// The last full sync of `account_id` (not a young-post round).
    pub fn last_run(&self, account_id: &str) -> Result<Option<SyncSummary>, HistoryError> {
        Ok(sync_runs::last(
            self.connection,
            account_id,
            sync_runs::RunKind::Full,
        )?)
    }

    /// The `count` last full syncs of `account_id`, newest first.
    pub fn newest_runs(
        &self,
        account_id: &str,
        count: u32,
    ) -> Result<Vec<SyncSummary>, HistoryError> {
        Ok(sync_runs::newest(
            self.connection,
            account_id,
            sync_runs::RunKind::Full,
            count,
        )?)
    }

    /// The `count` newest readings of followers, newest first.
    pub fn newest_followers(
        &self,
        account_id: &str,
        count: u32,
    ) -> Result<Vec<FollowerReading>, HistoryError> {
        Ok(follower_snapshots::newest(
            self.connection,
            account_id,
            count,
        )?)
    }

    /// The last round that read `account_id`'s young posts between full syncs.
    pub fn last_young_round(&self, account_id: &str) -> Result<Option<SyncSummary>, HistoryError> {
        Ok(sync_runs::last(
            self.connection,
            account_id,
            sync_runs::RunKind::YoungPosts,
        )?)
    }

    /// When the last sync of `account_id` that completed ended.
    pub fn last_completed_sync(
        &self,
        account_id: &str,
    ) -> Result<Option<DateTime<Utc>>, HistoryError> {
        Ok(sync_runs::last_completed_at(self.connection, account_id)?)
    }

    /// The posts of `account_id` published from `since` on, newest first, with their latest
    /// metrics.
    pub fn posts_since_with_latest_metrics(
        &self,
        account_id: &str,
        since: DateTime<Utc>,
    ) -> Result<Vec<PostWithMetrics>, HistoryError> {
        Ok(posts::since_with_latest_metrics(
            self.connection,
            account_id,
            since,
        )?)
    }

    /// Every post of `account_id` but its reposts of others' posts, oldest first, with its
    /// latest metrics; the text only of those published from `text_from` to before
    /// `text_until`.
    pub fn insight_posts(
        &self,
        account_id: &str,
        text_from: DateTime<Utc>,
        text_until: DateTime<Utc>,
    ) -> Result<Vec<InsightPost>, HistoryError> {
        Ok(posts::for_insights(
            self.connection,
            account_id,
            text_from,
            text_until,
        )?)
    }

    /// The early curves of `account_id`'s posts published up to `until`, newest first, each
    /// with the readings taken within `horizon` of publication, handed to `visit` until it
    /// breaks.
    pub fn early_curves(
        &self,
        account_id: &str,
        horizon: chrono::TimeDelta,
        until: DateTime<Utc>,
        visit: impl FnMut(EarlyCurve) -> std::ops::ControlFlow<()>,
    ) -> Result<(), HistoryError> {
        Ok(post_metrics::early_curves(
            self.connection,
            account_id,
            horizon,
            until,
            visit,
        )?)
    }
}

/// The read connections: opened on demand, kept for the next read.
#[derive(Debug)]
struct ReadPool {
    path: PathBuf,
    busy_timeout: Duration,
    idle: Mutex<Vec<Connection>>,
}

impl ReadPool {
    /// An idle read connection, or a new one.
    fn take(&self) -> Result<Connection, HistoryError> {
        let idle = lock(&self.idle).pop();
        if let Some(connection) = idle {
            return Ok(connection);
        }
        // Not created: the writer made the file, and a reader must not start an empty one.
        let connection = Connection::open_with_flags(
            &self.path,
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_URI
                | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        connection.busy_timeout(self.busy_timeout)?;
        // Reads only: a write through a reader would bypass the writer's one-at-a-time rule.
        connection.pragma_update(None, "query_only", true)?;
        Ok(connection)
    }

    /// Keeps `connection` for the next read, unless enough are idle already or it was left in
    /// a transaction.
    fn give_back(&self, connection: Connection) {
        if !connection.is_autocommit() {
            return;
        }
        let mut idle = lock(&self.idle);
        if idle.len() < IDLE_READERS {
            idle.push(connection);
        }
    }
}

/// A unique file in the temporary folder, removed (with its WAL and shared-memory files) on
/// drop.
#[derive(Debug)]
struct ScratchFile(PathBuf);

impl ScratchFile {
    fn new() -> Self {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let number = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let file = Self(std::env::temp_dir().join(format!(
            "spool-history-{}-{number}.sqlite",
            std::process::id()
        )));
        // A process with the same id may have crashed and left one: start empty.
        file.remove();
        file
    }

    fn remove(&self) {
        for suffix in ["", "-wal", "-shm"] {
            let mut name = self.0.clone().into_os_string();
            name.push(suffix);
            let _ = std::fs::remove_file(name);
        }
    }
}

impl Drop for ScratchFile {
    fn drop(&mut self) {
        self.remove();
    }
}

/// Brings the schema up to date, one migration per transaction; refuses a newer schema.
fn migrate(connection: &mut Connection) -> Result<(), HistoryError> {
    let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let known = MIGRATIONS.len() as i64;
    if version > known {
        return Err(HistoryError::TooNew { found: version });
    }
    let applied = usize::try_from(version).unwrap_or(0);
    for (index, migration) in MIGRATIONS.iter().enumerate().skip(applied) {
        let step = index as i64 + 1;
        apply_migration(connection, migration, step)
            .map_err(|error| HistoryError::from(error).in_migration(step))?;
    }
    Ok(())
}

/// Applies one migration and counts it, in one transaction: on any failure, the file is as it
/// was before.
fn apply_migration(
    connection: &mut Connection,
    migration: &str,
    step: i64,
) -> rusqlite::Result<()> {
    let transaction = connection.transaction()?;
    transaction.execute_batch(migration)?;
    transaction.pragma_update(None, "user_version", step)?;
    transaction.commit()
}

/// Refuses a file whose pages are not all there and sound: a database cut short opens, and
/// answers about its first page, but fails later, in the middle of a sync or a chart. Checked
/// at start-up (a few milliseconds for a history of some megabytes) so it is set aside at once.
fn check_whole(connection: &Connection) -> Result<(), HistoryError> {
    let verdict: String = connection.query_row("PRAGMA quick_check(1)", [], |row| row.get(0))?;
    if verdict == "ok" {
        return Ok(());
    }
    Err(HistoryError::Damaged(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
        Some(verdict),
    )))
}

/// A count as stored: at most [`STORED_COUNT_MAX`], so that no sum a screen asks SQLite for
/// overflows (a larger count is a fault or a hostile answer, and is logged).
fn stored_count(value: u64) -> i64 {
    if value > STORED_COUNT_MAX {
        log::warn!("a count of {value} was stored as {STORED_COUNT_MAX}, the most Spool keeps");
    }
    // Within i64 by the bound's definition.
    i64::try_from(value.min(STORED_COUNT_MAX)).unwrap_or(i64::MAX)
}

/// A stored count; a negative one (never written by Spool) reads as none.
fn read_count(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

/// The count in column `index` of `row`; `None` where Threads reported none.
fn count(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<u64>> {
    Ok(row.get::<_, Option<i64>>(index)?.map(read_count))
}

/// Where each of `names` is in `statement`'s rows, found by name once per query: a lookup by
/// name passes over every column, too slow to repeat for each cell of thousands of rows (the
/// posts table went from 48 to 115 ms in a debug build).
fn column_indices<const N: usize>(
    statement: &Statement<'_>,
    names: [&str; N],
) -> rusqlite::Result<[usize; N]> {
    let mut indices = [0; N];
    for (index, name) in indices.iter_mut().zip(names) {
        *index = statement.column_index(name)?;
    }
    Ok(indices)
}

/// A stored moment (Unix seconds).
fn moment(unix: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(unix, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

#[cfg(test)]
mod tests {
    use std::sync::mpsc;

    use rusqlite::ToSql;
    use spool_model::{MediaType, SyncOutcome};

    use super::*;

    const ACCOUNT: &str = "1001";

    #[test]
    fn a_failed_syncs_reason_is_kept_as_words_and_one_kept_as_text_still_reads() {
        let history = History::in_memory().expect("history");
        history
            .write_snapshot(&snapshot(1_000, 10))
            .expect("a sync");
        let reason = spool_model::Sentence::of("error-sync-api")
            .with("reason", spool_model::Sentence::of("error-api-timeout"));
        let failed = SyncSummary {
            started_at: moment(2_000),
            ended_at: moment(2_010),
            outcome: SyncOutcome::Failed,
            requests: 3,
            error: Some(reason.clone()),
            details: None,
        };
        history.record_run(ACCOUNT, &failed).expect("logged");
        let last_reason = || {
            history
                .last_run(ACCOUNT)
                .expect("read")
                .expect("a run")
                .error
        };
        assert_eq!(last_reason(), Some(reason));
        // A row an earlier Spool wrote, its reason in the English of the day.
        history
            .writer()
            .execute(
                "UPDATE sync_runs SET error = 'Threads answered 500' WHERE account_id = ?1",
                [ACCOUNT],
            )
            .expect("an old row");
        assert_eq!(
            last_reason(),
            Some(spool_model::Sentence::as_written("Threads answered 500"))
        );
    }

    fn snapshot(at: i64, followers: u64) -> SyncSnapshot {
        SyncSnapshot {
            profile: Profile {
                id: ACCOUNT.to_owned(),
                username: "mara.makes".to_owned(),
                name: None,
                picture_url: None,
                biography: None,
                is_verified: false,
            },
            taken_at: moment(at),
            posts: Vec::new(),
            post_metrics: Vec::new(),
            profile_views: Vec::new(),
            engagement: Vec::new(),
            link_clicks: None,
            followers: Some(followers),
            demographics: Vec::new(),
        }
    }

    #[test]
    fn a_read_and_a_backup_neither_wait_for_a_write_in_progress_nor_see_it() {
        let history = History::in_memory().expect("history");
        history
            .write_snapshot(&snapshot(1_000, 10))
            .expect("first sync");
        let followers = |history: &History| {
            history.read(|reading| reading.followers_at(ACCOUNT, moment(5_000)))
        };
        let copy = ScratchFile::new();
        let (held, writer_holds) = mpsc::channel();
        let (release, released) = mpsc::channel::<()>();
        let (answer, answered) = mpsc::channel();
        std::thread::scope(|scope| {
            let history = &history;
            let copy = &copy;
            scope.spawn(move || {
                let mut writer = history.writer();
                let tx = writer
                    .transaction_with_behavior(TransactionBehavior::Immediate)
                    .expect("the write lock");
                follower_snapshots::insert(&tx, ACCOUNT, moment(2_000), 20).expect("written");
                held.send(()).expect("told");
                released.recv().expect("released");
                tx.commit().expect("committed");
            });
            writer_holds
                .recv()
                .expect("the writer holds its transaction");
            scope.spawn(move || {
                let _ = answer.send((followers(history), history.back_up(&copy.0)));
            });
            let result = answered.recv_timeout(Duration::from_secs(10));
            // Released before asserting, so a failure cannot leave the writer waiting forever.
            release.send(()).expect("the writer is told to commit");
            let (read, backed_up) = result.expect("a read and a backup finish during the write");
            assert_eq!(read.expect("read"), Some(10), "the state before the write");
            backed_up.expect("backed up");
        });
        assert_eq!(
            followers(&history).expect("read"),
            Some(20),
            "the write, committed"
        );
        let backup = History::open(&copy.0).expect("the copy opens");
        assert_eq!(
            followers(&backup).expect("read"),
            Some(10),
            "the copy is the state before"
        );
    }

    #[test]
    fn erasing_leaves_nothing_and_the_history_usable() {
        let history = History::in_memory().expect("history");
        history
            .write_snapshot(&snapshot(1_000, 10))
            .expect("a sync");
        let run = SyncSummary {
            started_at: moment(1_000),
            ended_at: moment(1_010),
            outcome: spool_model::SyncOutcome::Completed,
            requests: 12,
            error: None,
            details: Some("For Meta's support: fbtrace_id A1, type THApiException".into()),
        };
        history.record_run(ACCOUNT, &run).expect("logged");
        // A read first, so idle read connections are open while the file is compacted.
        assert_eq!(history.last_run(ACCOUNT).expect("read"), Some(run));
        history.erase().expect("erased");
        assert_eq!(history.data_digest().expect("digest"), "");
        assert_eq!(history.last_run(ACCOUNT).expect("read"), None);
        history
            .write_snapshot(&snapshot(2_000, 11))
            .expect("a sync after");
        assert!(!history.data_digest().expect("digest").is_empty());
    }

    #[test]
    fn a_posts_latest_metrics_are_its_newest_reading_whatever_order_they_are_written_in() {
        let history = History::in_memory().expect("history");
        history
            .write_snapshot(&snapshot(1_000, 10))
            .expect("a sync");
        let views = |views: u64| PostMetrics {
            views: Some(views),
            ..PostMetrics::default()
        };
        let post = Post {
            id: "p1".to_owned(),
            media_type: MediaType::TextPost,
            text: Some("kiln day".to_owned()),
            published_at: moment(900),
            permalink: None,
            shortcode: None,
            is_quote_post: false,
            link_attachment_url: None,
        };
        let write = |readings: Vec<(i64, u64)>| {
            history
                .write_post_readings(&PostReadings {
                    account_id: ACCOUNT.to_owned(),
                    posts: vec![post.clone()],
                    readings: readings
                        .into_iter()
                        .map(|(at, v)| ("p1".to_owned(), moment(at), views(v)))
                        .collect(),
                })
                .expect("written")
        };
        let latest = || {
            history
                .read(|reading| reading.post_with_latest_metrics(ACCOUNT, "p1"))
                .expect("read")
                .and_then(|p| p.latest_metrics)
                .and_then(|m| m.views)
        };
        // Newest last, then an older reading arriving late: the newest stays.
        write(vec![(1_000, 10), (2_000, 40)]);
        write(vec![(1_500, 25)]);
        assert_eq!(latest(), Some(40));
        // The newest read again at the same moment: the new figures.
        write(vec![(2_000, 45)]);
        assert_eq!(latest(), Some(45));
        // A reading deleted: the newest left takes its place, as the growth curve does.
        history
            .writer()
            .execute("DELETE FROM post_metrics WHERE taken_at = 2000", [])
            .expect("deleted");
        assert_eq!(latest(), Some(25));
        let stored = history
            .read(|reading| reading.stored_posts(ACCOUNT))
            .expect("read");
        assert_eq!(stored[0].last_read_at, Some(moment(1_500)));
        history.erase().expect("erased");
        let left: i64 = history
            .writer()
            .query_row("SELECT COUNT(*) FROM latest_post_metrics", [], |row| {
                row.get(0)
            })
            .expect("counted");
        assert_eq!(left, 0);
    }

    #[test]
    fn a_history_in_memory_leaves_no_file_behind() {
        let history = History::in_memory().expect("history");
        history
            .write_snapshot(&snapshot(1_000, 10))
            .expect("a sync");
        let path = history._scratch.as_ref().expect("a file").0.clone();
        assert!(path.exists());
        drop(history);
        assert!(!path.exists());
    }

    #[test]
    fn a_file_written_by_the_previous_spool_reads_the_same() {
        let scratch = ScratchFile::new();
        {
            // Rows as the single-file history wrote them, enums in its spellings.
            let old = Connection::open(&scratch.0).expect("created");
            old.execute_batch(MIGRATIONS[0]).expect("schema");
            old.execute_batch(
                "PRAGMA user_version = 1;
                 INSERT INTO accounts VALUES ('1001', 'mara.makes', 1000);
                 INSERT INTO posts VALUES ('p1', '1001', 'REPOST_FACADE', NULL, 900, NULL, NULL, 0);
                 INSERT INTO posts VALUES ('p2', '1001', 'CAROUSEL_ALBUM', 'hi', 950, NULL, NULL, 1);
                 INSERT INTO post_metrics VALUES ('p2', 1000, 50, 5, NULL, 1, 0, 2);
                 INSERT INTO post_metrics VALUES ('p2', 960, 10, 1, 0, 0, 0, 0);
                 INSERT INTO demographic_snapshots VALUES ('1001', 1000, 'country', 'US', 7);
                 INSERT INTO sync_runs VALUES (1, '1001', 1000, 1010, 'cancelled', 3, NULL);",
            )
            .expect("rows");
        }
        let history = History::open(&scratch.0).expect("opened");
        let (posts, latest, audience) = history
            .read(|reading| {
                Ok::<_, HistoryError>((
                    reading.stored_posts(ACCOUNT)?,
                    reading.post_with_latest_metrics(ACCOUNT, "p2")?,
                    reading.demographic_readings(ACCOUNT, Breakdown::Country)?,
                ))
            })
            .expect("read");
        assert_eq!(
            posts
                .iter()
                .map(|p| (p.id.as_str(), p.is_repost))
                .collect::<Vec<_>>(),
            [("p2", false), ("p1", true)]
        );
        let latest = latest.expect("stored");
        assert_eq!(latest.post.media_type, MediaType::CarouselAlbum);
        assert!(latest.post.is_quote_post);
        assert_eq!(
            latest.latest_metrics,
            Some(PostMetrics {
                views: Some(50),
                likes: Some(5),
                replies: None,
                reposts: Some(1),
                quotes: Some(0),
                shares: Some(2),
            })
        );
        assert_eq!(audience.len(), 1);
        assert_eq!(audience[0].segments[0].key, "US");
        assert_eq!(
            history.last_run(ACCOUNT).expect("read").map(|r| r.outcome),
            Some(SyncOutcome::Cancelled)
        );
        drop(history);
    }

    #[test]
    fn every_enum_is_stored_with_the_spelling_it_always_had() {
        let connection = Connection::open_in_memory().expect("sqlite");
        let stored = |value: &dyn ToSql| -> String {
            connection
                .query_row("SELECT ?1", [value], |row| row.get(0))
                .expect("stored")
        };
        let media_types = [
            (MediaType::TextPost, "TEXT_POST"),
            (MediaType::Image, "IMAGE"),
            (MediaType::Video, "VIDEO"),
            (MediaType::CarouselAlbum, "CAROUSEL_ALBUM"),
            (MediaType::Audio, "AUDIO"),
            (MediaType::RepostFacade, "REPOST_FACADE"),
            (MediaType::Unknown, "UNKNOWN"),
        ];
        for (media_type, spelling) in media_types {
            assert_eq!(stored(&media_type), spelling);
            // Earlier versions stored serde's name: the same text.
            assert_eq!(serde_json::to_value(media_type).expect("named"), spelling);
            let read: MediaType = connection
                .query_row("SELECT ?1", [spelling], |row| row.get(0))
                .expect("read");
            assert_eq!(read, media_type);
        }
        let newer: MediaType = connection
            .query_row("SELECT 'HOLOGRAM'", [], |row| row.get(0))
            .expect("read");
        assert_eq!(newer, MediaType::Unknown, "a newer kind reads as unknown");

        let outcomes = [
            (SyncOutcome::Completed, "completed"),
            (SyncOutcome::Cancelled, "cancelled"),
            (SyncOutcome::Failed, "failed"),
        ];
        for (outcome, spelling) in outcomes {
            assert_eq!(stored(&outcome), spelling);
            let read: SyncOutcome = connection
                .query_row("SELECT ?1", [spelling], |row| row.get(0))
                .expect("read");
            assert_eq!(read, outcome);
        }
        let odd: SyncOutcome = connection
            .query_row("SELECT 'interrupted'", [], |row| row.get(0))
            .expect("read");
        assert_eq!(
            odd,
            SyncOutcome::Failed,
            "an unknown outcome reads as failed"
        );

        let breakdowns = [
            (Breakdown::Country, "country"),
            (Breakdown::City, "city"),
            (Breakdown::Age, "age"),
            (Breakdown::Gender, "gender"),
        ];
        for (breakdown, spelling) in breakdowns {
            assert_eq!(stored(&breakdown), spelling);
            assert_eq!(breakdown.api_name(), spelling);
            let read: Breakdown = connection
                .query_row("SELECT ?1", [spelling], |row| row.get(0))
                .expect("read");
            assert_eq!(read, breakdown);
        }
    }

    #[test]
    fn a_damaged_file_is_set_aside_and_a_new_history_started() {
        let dir =
            std::env::temp_dir().join(format!("spool-history-damaged-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let path = dir.join("history.sqlite");
        std::fs::write(&path, b"this is not a database, just forty bytes of text.")
            .expect("written");
        let (history, notice) = History::open_or_set_aside(&path, Utc::now()).expect("started");
        assert!(matches!(
            notice.expect("a notice"),
            Notice::HistorySetAside { kept_at } if kept_at.starts_with(&dir)
        ));
        assert_eq!(history.data_digest().expect("digest"), "");
        let kept: Vec<_> = std::fs::read_dir(&dir)
            .expect("listed")
            .filter_map(Result::ok)
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .starts_with("history.sqlite.damaged-")
            })
            .collect();
        assert_eq!(kept.len(), 1);
    }

    /// A folder of its own for one test, emptied.
    fn folder(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("spool-history-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        dir
    }

    /// Asserts that `path` is where it was, byte for byte as `before`, and nothing beside it
    /// was set aside.
    fn left_alone(path: &Path, before: &[u8]) {
        let dir = path.parent().expect("a folder");
        let copies: Vec<_> = std::fs::read_dir(dir)
            .expect("listed")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.contains(".damaged-"))
            .collect();
        assert_eq!(copies, Vec::<String>::new(), "nothing is set aside");
        assert_eq!(
            std::fs::read(path).expect("still there"),
            before,
            "the file is unchanged"
        );
    }

    /// A history of one sync at `path`, closed.
    fn one_sync_at(path: &Path) -> Vec<u8> {
        let history = History::open(path).expect("created");
        history
            .write_snapshot(&snapshot(1_000, 10))
            .expect("a sync");
        drop(history);
        std::fs::read(path).expect("written")
    }

    #[test]
    fn a_file_from_a_newer_spool_is_refused_with_update_spool_and_kept() {
        let path = folder("newer").join("history.sqlite");
        one_sync_at(&path);
        Connection::open(&path)
            .expect("opened")
            .pragma_update(None, "user_version", 99)
            .expect("set");
        let before = std::fs::read(&path).expect("read");
        let error = History::open_or_set_aside(&path, Utc::now()).expect_err("refused");
        assert!(
            matches!(error, HistoryError::TooNew { found: 99 }),
            "{error:?}"
        );
        assert!(!error.is_damaged());
        assert!(error.to_string().contains("update Spool"), "{error}");
        left_alone(&path, &before);
    }

    #[test]
    fn a_file_locked_by_another_program_is_waited_for_reported_and_kept() {
        let path = folder("locked").join("history.sqlite");
        one_sync_at(&path);
        let other = Connection::open(&path).expect("another program opens it");
        other
            .execute_batch("PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;")
            .expect("and locks it");
        let before = std::fs::read(&path).expect("read");
        let options = OpenOptions {
            busy_timeout: Duration::from_millis(300),
            ..OpenOptions::APP
        };
        let started = std::time::Instant::now();
        let error =
            History::open_or_set_aside_with(&path, Utc::now(), &options).expect_err("locked");
        assert!(
            started.elapsed() >= Duration::from_millis(250),
            "the busy timeout was waited out first"
        );
        assert!(matches!(error, HistoryError::Busy(_)), "{error:?}");
        assert!(
            error.to_string().contains("close the other Spool"),
            "{error}"
        );
        left_alone(&path, &before);
        drop(other);
        let (history, notice) =
            History::open_or_set_aside(&path, Utc::now()).expect("opens once released");
        assert_eq!(notice, None);
        assert_eq!(
            history
                .read(|reading| reading.followers_at(ACCOUNT, moment(5_000)))
                .expect("read"),
            Some(10),
            "the sync is still there"
        );
    }

    #[test]
    fn a_read_only_file_is_reported_and_kept() {
        let path = folder("read-only").join("history.sqlite");
        {
            // A file of an older schema, so opening it must write (its next migrations).
            let old = Connection::open(&path).expect("created");
            old.execute_batch(MIGRATIONS[0]).expect("schema");
            old.execute_batch("PRAGMA user_version = 1;")
                .expect("version");
        }
        let before = std::fs::read(&path).expect("read");
        // What SQLite does with a write-protected file: it opens it for reading only.
        let options = OpenOptions {
            flags: OpenFlags::SQLITE_OPEN_READ_ONLY,
            ..OpenOptions::APP
        };
        let error = History::open_or_set_aside_with(&path, Utc::now(), &options)
            .expect_err("cannot be written");
        assert!(matches!(error, HistoryError::ReadOnly(_)), "{error:?}");
        assert!(error.to_string().contains("read-only"), "{error}");
        assert!(error.to_string().contains("Make it writable"), "{error}");
        left_alone(&path, &before);
    }

    #[test]
    fn a_full_disk_is_reported_and_the_file_kept() {
        let path = folder("full").join("history.sqlite");
        {
            // A database Spool has not yet given its schema: the first migration needs room.
            let old = Connection::open(&path).expect("created");
            old.execute_batch(
                "PRAGMA journal_mode = WAL;
                 CREATE TABLE kept (note TEXT);
                 INSERT INTO kept VALUES ('still here');",
            )
            .expect("written");
        }
        let pages: i64 = Connection::open(&path)
            .expect("opened")
            .query_row("PRAGMA page_count", [], |row| row.get(0))
            .expect("counted");
        let before = std::fs::read(&path).expect("read");
        let options = OpenOptions {
            max_page_count: Some(pages),
            ..OpenOptions::APP
        };
        let error = History::open_or_set_aside_with(&path, Utc::now(), &options).expect_err("full");
        assert!(matches!(error, HistoryError::DiskFull(_)), "{error:?}");
        assert!(
            error.to_string().contains("free some disk space"),
            "{error}"
        );
        left_alone(&path, &before);
    }

    #[test]
    fn a_failed_migration_is_reported_and_the_file_kept() {
        let path = folder("migration").join("history.sqlite");
        {
            // Schema 1, with the column migration 2 adds already there: the step fails.
            let old = Connection::open(&path).expect("created");
            old.execute_batch(MIGRATIONS[0]).expect("schema");
            old.execute_batch(
                "ALTER TABLE posts ADD COLUMN link_attachment_url TEXT;
                 PRAGMA user_version = 1;
                 PRAGMA journal_mode = WAL;",
            )
            .expect("written");
        }
        let before = std::fs::read(&path).expect("read");
        let error = History::open_or_set_aside(&path, Utc::now()).expect_err("step 2 fails");
        assert!(
            matches!(error, HistoryError::Migration { step: 2, .. }),
            "{error:?}"
        );
        assert!(error.to_string().contains("unchanged"), "{error}");
        left_alone(&path, &before);
    }

    #[test]
    fn a_database_cut_short_counts_as_damage_and_is_set_aside() {
        let dir = folder("cut-short");
        let path = dir.join("history.sqlite");
        {
            let history = History::open(&path).expect("created");
            for at in 0..200 {
                history
                    .write_snapshot(&snapshot(1_000 + at, 10 + at as u64))
                    .expect("a sync");
            }
        }
        let whole = std::fs::read(&path).expect("written");
        std::fs::write(&path, &whole[..whole.len() / 2]).expect("cut");
        let (history, notice) = History::open_or_set_aside(&path, Utc::now()).expect("started");
        assert!(matches!(
            notice.expect("a notice"),
            Notice::HistorySetAside { kept_at } if kept_at.starts_with(&dir)
        ));
        assert_eq!(history.data_digest().expect("digest"), "");
    }

    #[test]
    fn only_corruption_counts_as_damage() {
        let code = |code| {
            HistoryError::from(rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(code),
                None,
            ))
        };
        for damaged in [rusqlite::ffi::SQLITE_CORRUPT, rusqlite::ffi::SQLITE_NOTADB] {
            assert!(code(damaged).is_damaged());
        }
        for sound in [
            rusqlite::ffi::SQLITE_BUSY,
            rusqlite::ffi::SQLITE_LOCKED,
            rusqlite::ffi::SQLITE_READONLY,
            rusqlite::ffi::SQLITE_FULL,
            rusqlite::ffi::SQLITE_CANTOPEN,
            rusqlite::ffi::SQLITE_IOERR,
            rusqlite::ffi::SQLITE_PERM,
            rusqlite::ffi::SQLITE_ERROR,
        ] {
            assert!(!code(sound).is_damaged(), "{sound}");
        }
    }

    #[test]
    fn migrations_set_the_schema_version_and_a_newer_file_is_refused() {
        let dir = std::env::temp_dir().join(format!("spool-history-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let path = dir.join("history.sqlite");
        History::open(&path).expect("created");
        History::open(&path).expect("reopened");
        let connection = Connection::open(&path).expect("opened");
        let version: i64 = connection
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .expect("version");
        assert_eq!(version, MIGRATIONS.len() as i64);
        connection
            .pragma_update(None, "user_version", 99)
            .expect("set");
        assert!(matches!(
            History::open(&path),
            Err(HistoryError::TooNew { found: 99 })
        ));
    }
}
