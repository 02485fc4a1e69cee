//! The history database: every sync's snapshot, kept in SQLite so Spool can draw what the API
//! never gives (followers over time, a post's growth over its first days). A sync is written in
//! one transaction: it is there whole, or not at all.

use std::path::Path;
use std::sync::{Mutex, MutexGuard};

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{Connection, OptionalExtension, params};
use spool_model::{
    Breakdown, DailyValue, Demographics, EngagementTotals, LinkClicks, Post, PostMetrics, Profile,
    SyncOutcome, SyncSummary,
};

/// The schema, one migration per entry; `PRAGMA user_version` counts those applied.
const MIGRATIONS: &[&str] = &["
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        first_synced_at INTEGER NOT NULL
    );
    CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        media_type TEXT NOT NULL,
        text TEXT,
        published_at INTEGER NOT NULL,
        permalink TEXT,
        shortcode TEXT,
        is_quote_post INTEGER NOT NULL
    );
    CREATE INDEX posts_by_account ON posts(account_id, published_at);
    CREATE TABLE post_metrics (
        post_id TEXT NOT NULL REFERENCES posts(id),
        taken_at INTEGER NOT NULL,
        views INTEGER, likes INTEGER, replies INTEGER, reposts INTEGER, quotes INTEGER,
        shares INTEGER,
        PRIMARY KEY (post_id, taken_at)
    );
    CREATE TABLE profile_views (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        day TEXT NOT NULL,
        views INTEGER,
        taken_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, day)
    );
    CREATE TABLE daily_engagement (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        day TEXT NOT NULL,
        likes INTEGER NOT NULL, replies INTEGER NOT NULL, reposts INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        taken_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, day)
    );
    CREATE TABLE follower_snapshots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        taken_at INTEGER NOT NULL,
        followers INTEGER NOT NULL,
        PRIMARY KEY (account_id, taken_at)
    );
    CREATE TABLE demographic_snapshots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        taken_at INTEGER NOT NULL,
        breakdown TEXT NOT NULL,
        key TEXT NOT NULL,
        followers INTEGER NOT NULL,
        PRIMARY KEY (account_id, taken_at, breakdown, key)
    );
    CREATE TABLE link_click_snapshots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        taken_at INTEGER NOT NULL,
        since_day TEXT NOT NULL,
        until_day TEXT NOT NULL,
        url TEXT NOT NULL,
        clicks INTEGER NOT NULL,
        PRIMARY KEY (account_id, taken_at, url)
    );
    CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        requests INTEGER NOT NULL,
        error TEXT
    );
    CREATE INDEX sync_runs_by_account ON sync_runs(account_id, started_at);
"];

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

/// A stored post as a sync plans with it: id, publication, last reading, repost or not.
pub type StoredPost = (String, DateTime<Utc>, Option<DateTime<Utc>>, bool);

/// One reading of a breakdown: when, and followers per value, most first.
pub type DemographicReading = (DateTime<Utc>, Vec<(String, u64)>);

/// One reading of link clicks: when, the days it covers, and clicks per link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkReading {
    /// When Spool read it.
    pub at: DateTime<Utc>,
    /// The first day it covers.
    pub since: Option<NaiveDate>,
    /// The last day it covers.
    pub until: Option<NaiveDate>,
    /// Clicks per link, most first.
    pub links: Vec<(String, u64)>,
}

/// A failure of the history database.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    /// SQLite refused or failed.
    #[error("the history database failed: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// The file was written by a newer Spool.
    #[error(
        "the history database was written by a newer version of Spool (schema {found}); update Spool"
    )]
    TooNew {
        /// The schema version found.
        found: i64,
    },
    /// An earlier fault left the connection unusable.
    #[error("an earlier fault left the history database unusable; restart Spool")]
    Poisoned,
}

impl From<HistoryError> for spool_model::CommandError {
    fn from(error: HistoryError) -> Self {
        spool_model::CommandError::new(spool_model::ErrorKind::Storage, error.to_string())
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

/// The history of every account, in one SQLite file.
#[derive(Debug)]
pub struct History {
    connection: Mutex<Connection>,
}

impl History {
    /// Opens (or creates) the database at `path`, bringing its schema up to date.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        let connection = Connection::open(path)?;
        connection.pragma_update(None, "journal_mode", "WAL")?;
        connection.pragma_update(None, "synchronous", "NORMAL")?;
        check_whole(&connection)?;
        Self::prepare(connection)
    }

    /// Opens the database at `path`; if it cannot be read (damaged, or from a newer Spool), it
    /// is moved aside to `<name>.damaged-<unix time>` and a new one is started, with a notice
    /// for the user saying where the old one is.
    pub fn open_or_set_aside(path: &Path) -> Result<(Self, Option<String>), HistoryError> {
        match Self::open(path) {
            Ok(history) => Ok((history, None)),
            Err(HistoryError::Poisoned) => Err(HistoryError::Poisoned),
            Err(error) => {
                let stamp = Utc::now().timestamp();
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
                let history = Self::open(path)?;
                Ok((
                    history,
                    Some(format!(
                        "Spool's history could not be read, so Spool started a new one and kept \
                         the old file at {}. Syncing again rebuilds what Threads still has.",
                        copy.display()
                    )),
                ))
            }
        }
    }

    /// A database in memory, for tests.
    pub fn in_memory() -> Result<Self, HistoryError> {
        Self::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut connection: Connection) -> Result<Self, HistoryError> {
        connection.pragma_update(None, "foreign_keys", "ON")?;
        let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(HistoryError::TooNew { found: version });
        }
        for (index, migration) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let transaction = connection.transaction()?;
            transaction.execute_batch(migration)?;
            transaction.pragma_update(None, "user_version", index as i64 + 1)?;
            transaction.commit()?;
        }
        Ok(Self {
            connection: Mutex::new(connection),
        })
    }

    fn connection(&self) -> Result<MutexGuard<'_, Connection>, HistoryError> {
        self.connection.lock().map_err(|_| HistoryError::Poisoned)
    }

    /// Writes a sync's snapshot, all of it or (on any failure) nothing.
    pub fn write_snapshot(&self, snapshot: &SyncSnapshot) -> Result<(), HistoryError> {
        let mut connection = self.connection()?;
        let tx = connection.transaction()?;
        let at = snapshot.taken_at.timestamp();
        let account = &snapshot.profile.id;
        tx.execute(
            "INSERT INTO accounts (id, username, first_synced_at) VALUES (?1, ?2, ?3)
             ON CONFLICT(id) DO UPDATE SET username = excluded.username",
            params![account, snapshot.profile.username, at],
        )?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO posts (id, account_id, media_type, text, published_at, permalink,
                                    shortcode, is_quote_post)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT(id) DO UPDATE SET text = excluded.text,
                     permalink = excluded.permalink, media_type = excluded.media_type",
            )?;
            for post in &snapshot.posts {
                insert.execute(params![
                    post.id,
                    account,
                    media_type_name(post),
                    post.text,
                    post.published_at.timestamp(),
                    post.permalink,
                    post.shortcode,
                    post.is_quote_post,
                ])?;
            }
            let mut insert = tx.prepare(
                "INSERT OR REPLACE INTO post_metrics
                     (post_id, taken_at, views, likes, replies, reposts, quotes, shares)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for (post, m) in &snapshot.post_metrics {
                insert.execute(params![
                    post,
                    at,
                    to_sql(m.views),
                    to_sql(m.likes),
                    to_sql(m.replies),
                    to_sql(m.reposts),
                    to_sql(m.quotes),
                    to_sql(m.shares),
                ])?;
            }
            let mut insert = tx.prepare(
                "INSERT OR REPLACE INTO profile_views (account_id, day, views, taken_at)
                 VALUES (?1, ?2, ?3, ?4)",
            )?;
            for day in &snapshot.profile_views {
                insert.execute(params![account, day.day.to_string(), to_sql(day.value), at])?;
            }
            let mut insert = tx.prepare(
                "INSERT OR REPLACE INTO daily_engagement
                     (account_id, day, likes, replies, reposts, quotes, taken_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for (day, e) in &snapshot.engagement {
                insert.execute(params![
                    account,
                    day.to_string(),
                    to_sql(Some(e.likes)),
                    to_sql(Some(e.replies)),
                    to_sql(Some(e.reposts)),
                    to_sql(Some(e.quotes)),
                    at
                ])?;
            }
            if let Some(followers) = snapshot.followers {
                tx.execute(
                    "INSERT OR REPLACE INTO follower_snapshots (account_id, taken_at, followers)
                     VALUES (?1, ?2, ?3)",
                    params![account, at, to_sql(Some(followers))],
                )?;
            }
            let mut insert = tx.prepare(
                "INSERT OR REPLACE INTO demographic_snapshots
                     (account_id, taken_at, breakdown, key, followers)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for demographics in &snapshot.demographics {
                for segment in &demographics.segments {
                    insert.execute(params![
                        account,
                        at,
                        demographics.breakdown.api_name(),
                        segment.key,
                        to_sql(Some(segment.followers)),
                    ])?;
                }
            }
            if let Some((since, until, links)) = &snapshot.link_clicks {
                let mut insert = tx.prepare(
                    "INSERT OR REPLACE INTO link_click_snapshots
                         (account_id, taken_at, since_day, until_day, url, clicks)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )?;
                for link in links {
                    insert.execute(params![
                        account,
                        at,
                        since.to_string(),
                        until.to_string(),
                        link.url,
                        to_sql(Some(link.clicks)),
                    ])?;
                }
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// Records how a sync of `account_id` ended (in its own small write, so a failed sync is
    /// on record while its data is not).
    pub fn record_run(&self, account_id: &str, run: &SyncSummary) -> Result<(), HistoryError> {
        let outcome = match run.outcome {
            SyncOutcome::Completed => "completed",
            SyncOutcome::Cancelled => "cancelled",
            SyncOutcome::Failed => "failed",
        };
        self.connection()?.execute(
            "INSERT INTO sync_runs (account_id, started_at, ended_at, outcome, requests, error)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                account_id,
                run.started_at.timestamp(),
                run.ended_at.timestamp(),
                outcome,
                to_sql(Some(run.requests)),
                run.error
            ],
        )?;
        Ok(())
    }

    /// The last sync of `account_id`.
    pub fn last_run(&self, account_id: &str) -> Result<Option<SyncSummary>, HistoryError> {
        let connection = self.connection()?;
        let run = connection
            .query_row(
                "SELECT started_at, ended_at, outcome, requests, error FROM sync_runs
                 WHERE account_id = ?1 ORDER BY id DESC LIMIT 1",
                [account_id],
                |row| {
                    let outcome: String = row.get(2)?;
                    Ok(SyncSummary {
                        started_at: moment(row.get(0)?),
                        ended_at: moment(row.get(1)?),
                        outcome: match outcome.as_str() {
                            "completed" => SyncOutcome::Completed,
                            "cancelled" => SyncOutcome::Cancelled,
                            _ => SyncOutcome::Failed,
                        },
                        requests: from_sql(row.get(3)?),
                        error: row.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(run)
    }

    /// Each stored post of `account_id`: its id, when it was published, when its metrics were
    /// last taken, and whether it is a repost of someone else's post.
    pub fn stored_posts(&self, account_id: &str) -> Result<Vec<StoredPost>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(
            "SELECT p.id, p.published_at, MAX(m.taken_at), p.media_type = 'REPOST_FACADE'
             FROM posts p LEFT JOIN post_metrics m ON m.post_id = p.id
             WHERE p.account_id = ?1 GROUP BY p.id ORDER BY p.published_at DESC",
        )?;
        let rows = query.query_map([account_id], |row| {
            let last: Option<i64> = row.get(2)?;
            Ok((
                row.get::<_, String>(0)?,
                moment(row.get(1)?),
                last.map(moment),
                row.get::<_, bool>(3)?,
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The newest day with stored profile views.
    pub fn newest_profile_view_day(
        &self,
        account_id: &str,
    ) -> Result<Option<NaiveDate>, HistoryError> {
        let connection = self.connection()?;
        let day: Option<String> = connection.query_row(
            "SELECT MAX(day) FROM profile_views WHERE account_id = ?1",
            [account_id],
            |row| row.get(0),
        )?;
        Ok(day.and_then(|d| d.parse().ok()))
    }

    /// Followers at each sync, oldest first: the curve the API cannot give.
    pub fn follower_series(
        &self,
        account_id: &str,
    ) -> Result<Vec<(DateTime<Utc>, u64)>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(
            "SELECT taken_at, followers FROM follower_snapshots WHERE account_id = ?1
             ORDER BY taken_at",
        )?;
        let rows = query.query_map([account_id], |row| {
            Ok((moment(row.get(0)?), from_sql(row.get(1)?)))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// A post's lifetime metrics at each sync, oldest first: its growth curve.
    pub fn post_growth(
        &self,
        post_id: &str,
    ) -> Result<Vec<(DateTime<Utc>, PostMetrics)>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(
            "SELECT taken_at, views, likes, replies, reposts, quotes, shares FROM post_metrics
             WHERE post_id = ?1 ORDER BY taken_at",
        )?;
        let rows = query.query_map([post_id], |row| {
            let get = |i: usize| -> rusqlite::Result<Option<u64>> {
                Ok(row
                    .get::<_, Option<i64>>(i)?
                    .map(|v| u64::try_from(v).unwrap_or(0)))
            };
            Ok((
                moment(row.get(0)?),
                PostMetrics {
                    views: get(1)?,
                    likes: get(2)?,
                    replies: get(3)?,
                    reposts: get(4)?,
                    quotes: get(5)?,
                    shares: get(6)?,
                },
            ))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Stored profile views for every day from `since` to `until`; `None` where nothing or "no
    /// data" was stored.
    pub fn profile_views(
        &self,
        account_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Vec<DailyValue>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(
            "SELECT day, views FROM profile_views WHERE account_id = ?1 AND day BETWEEN ?2 AND ?3",
        )?;
        let stored: std::collections::HashMap<String, Option<i64>> = query
            .query_map(
                params![account_id, since.to_string(), until.to_string()],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?
            .collect::<Result<_, _>>()?;
        Ok(since
            .iter_days()
            .take_while(|d| *d <= until)
            .map(|day| DailyValue {
                day,
                value: stored
                    .get(&day.to_string())
                    .copied()
                    .flatten()
                    .map(|v| u64::try_from(v).unwrap_or(0)),
            })
            .collect())
    }

    /// Sum of the stored profile views from `since` to `until`; `None` if no day of it is
    /// stored.
    pub fn profile_views_total(
        &self,
        account_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Option<u64>, HistoryError> {
        let connection = self.connection()?;
        let (rows, total): (i64, Option<i64>) = connection.query_row(
            "SELECT COUNT(*), SUM(views) FROM profile_views
             WHERE account_id = ?1 AND day BETWEEN ?2 AND ?3",
            params![account_id, since.to_string(), until.to_string()],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok((rows > 0).then(|| from_sql(total.unwrap_or(0))))
    }

    /// Likes, replies, reposts and quotes summed over the stored days from `since` to `until`;
    /// `None` if no day of it is stored.
    pub fn engagement_total(
        &self,
        account_id: &str,
        since: NaiveDate,
        until: NaiveDate,
    ) -> Result<Option<EngagementTotals>, HistoryError> {
        let connection = self.connection()?;
        let (rows, likes, replies, reposts, quotes): (
            i64,
            Option<i64>,
            Option<i64>,
            Option<i64>,
            Option<i64>,
        ) = connection.query_row(
            "SELECT COUNT(*), SUM(likes), SUM(replies), SUM(reposts), SUM(quotes)
                 FROM daily_engagement WHERE account_id = ?1 AND day BETWEEN ?2 AND ?3",
            params![account_id, since.to_string(), until.to_string()],
            |row| {
                Ok((
                    row.get(0)?,
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            },
        )?;
        Ok((rows > 0).then(|| EngagementTotals {
            likes: from_sql(likes.unwrap_or(0)),
            replies: from_sql(replies.unwrap_or(0)),
            reposts: from_sql(reposts.unwrap_or(0)),
            quotes: from_sql(quotes.unwrap_or(0)),
        }))
    }

    /// Total link clicks in the last snapshot taken at or before `at`.
    pub fn link_clicks_total_at(
        &self,
        account_id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<u64>, HistoryError> {
        let connection = self.connection()?;
        let total: Option<i64> = connection.query_row(
            "SELECT SUM(clicks) FROM link_click_snapshots WHERE account_id = ?1 AND taken_at =
               (SELECT MAX(taken_at) FROM link_click_snapshots WHERE account_id = ?1 AND taken_at <= ?2)",
            params![account_id, at.timestamp()],
            |row| row.get(0),
        )?;
        Ok(total.map(from_sql))
    }

    /// Followers in the last reading at or before `at`.
    pub fn followers_at(
        &self,
        account_id: &str,
        at: DateTime<Utc>,
    ) -> Result<Option<u64>, HistoryError> {
        let connection = self.connection()?;
        let followers: Option<i64> = connection
            .query_row(
                "SELECT followers FROM follower_snapshots WHERE account_id = ?1 AND taken_at <= ?2
                 ORDER BY taken_at DESC LIMIT 1",
                params![account_id, at.timestamp()],
                |row| row.get(0),
            )
            .optional()?;
        Ok(followers.map(from_sql))
    }

    /// The two latest readings of one breakdown, newest first, each with its segments.
    pub fn demographic_readings(
        &self,
        account_id: &str,
        breakdown: Breakdown,
    ) -> Result<Vec<DemographicReading>, HistoryError> {
        let connection = self.connection()?;
        let mut times = connection.prepare(
            "SELECT DISTINCT taken_at FROM demographic_snapshots
             WHERE account_id = ?1 AND breakdown = ?2 ORDER BY taken_at DESC LIMIT 2",
        )?;
        let times: Vec<i64> = times
            .query_map(params![account_id, breakdown.api_name()], |row| row.get(0))?
            .collect::<Result<_, _>>()?;
        let mut segments = connection.prepare(
            "SELECT key, followers FROM demographic_snapshots
             WHERE account_id = ?1 AND breakdown = ?2 AND taken_at = ?3
             ORDER BY followers DESC, key",
        )?;
        let mut readings = Vec::new();
        for at in times {
            let rows = segments
                .query_map(params![account_id, breakdown.api_name(), at], |row| {
                    Ok((row.get::<_, String>(0)?, from_sql(row.get(1)?)))
                })?
                .collect::<Result<_, _>>()?;
            readings.push((moment(at), rows));
        }
        Ok(readings)
    }

    /// Every stored post of `account_id`, newest first, with its latest metrics.
    pub fn posts_with_latest_metrics(
        &self,
        account_id: &str,
    ) -> Result<Vec<(Post, Option<PostMetrics>)>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(&format!(
            "{POST_WITH_LATEST_METRICS} WHERE p.account_id = ?1 ORDER BY p.published_at DESC"
        ))?;
        let rows = query.query_map([account_id], post_with_latest_metrics)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// One stored post of `account_id` with its latest metrics; `None` if it is not stored.
    pub fn post_with_latest_metrics(
        &self,
        account_id: &str,
        post_id: &str,
    ) -> Result<Option<(Post, Option<PostMetrics>)>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(&format!(
            "{POST_WITH_LATEST_METRICS} WHERE p.account_id = ?1 AND p.id = ?2"
        ))?;
        Ok(query
            .query_row([account_id, post_id], post_with_latest_metrics)
            .optional()?)
    }

    /// Every link-click reading of `account_id`, oldest first: when, the window it covers,
    /// and clicks per link.
    pub fn link_click_readings(&self, account_id: &str) -> Result<Vec<LinkReading>, HistoryError> {
        self.link_readings(account_id, None)
    }

    /// The last `count` readings of link clicks of `account_id`, oldest first, as
    /// [`History::link_click_readings`] gives them: what the links screen compares.
    pub fn latest_link_click_readings(
        &self,
        account_id: &str,
        count: u32,
    ) -> Result<Vec<LinkReading>, HistoryError> {
        self.link_readings(account_id, Some(count))
    }

    /// The total clicks on all links at every reading of `account_id`, oldest first: summed by
    /// SQLite, without reading each link's row out.
    pub fn link_click_totals(
        &self,
        account_id: &str,
    ) -> Result<Vec<(DateTime<Utc>, u64)>, HistoryError> {
        let connection = self.connection()?;
        let mut query = connection.prepare(
            "SELECT taken_at, SUM(clicks) FROM link_click_snapshots
             WHERE account_id = ?1 GROUP BY taken_at ORDER BY taken_at",
        )?;
        let rows = query.query_map([account_id], |row| {
            Ok((moment(row.get(0)?), from_sql(row.get(1)?)))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every reading of link clicks, or only the last `latest`, oldest first.
    fn link_readings(
        &self,
        account_id: &str,
        latest: Option<u32>,
    ) -> Result<Vec<LinkReading>, HistoryError> {
        let connection = self.connection()?;
        // A negative LIMIT is none at all.
        let latest = latest.map_or(-1, i64::from);
        let mut query = connection.prepare(
            "SELECT taken_at, since_day, until_day, url, clicks FROM link_click_snapshots
             WHERE account_id = ?1 AND taken_at IN
               (SELECT DISTINCT taken_at FROM link_click_snapshots WHERE account_id = ?1
                ORDER BY taken_at DESC LIMIT ?2)
             ORDER BY taken_at, clicks DESC, url",
        )?;
        let rows = query.query_map(params![account_id, latest], |row| {
            Ok((
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?,
                row.get::<_, String>(3)?,
                from_sql(row.get(4)?),
            ))
        })?;
        let mut readings: Vec<LinkReading> = Vec::new();
        for row in rows {
            let (at, since, until, url, clicks) = row?;
            let at = moment(at);
            match readings.last_mut() {
                Some(last) if last.at == at => last.links.push((url, clicks)),
                _ => readings.push(LinkReading {
                    at,
                    since: since.parse().ok(),
                    until: until.parse().ok(),
                    links: vec![(url, clicks)],
                }),
            }
        }
        Ok(readings)
    }

    /// The day of the account's first stored post.
    pub fn first_post_day(&self, account_id: &str) -> Result<Option<NaiveDate>, HistoryError> {
        let connection = self.connection()?;
        let first: Option<i64> = connection.query_row(
            "SELECT MIN(published_at) FROM posts WHERE account_id = ?1",
            [account_id],
            |row| row.get(0),
        )?;
        Ok(first.map(|t| spool_model::pacific::day_of(moment(t))))
    }

    /// Deletes everything the history holds, the sync log included, and compacts the file so
    /// no deleted row lingers in its free pages or its write-ahead log.
    pub fn erase(&self) -> Result<(), HistoryError> {
        let mut connection = self.connection()?;
        let transaction = connection.transaction()?;
        // Rows refer to each other; they all go, so the check waits for the commit.
        transaction.pragma_update(None, "defer_foreign_keys", true)?;
        for table in DATA_TABLES.iter().chain(&["sync_runs", "accounts"]) {
            transaction.execute(&format!("DELETE FROM {table}"), [])?;
        }
        transaction.commit()?;
        connection.execute_batch("VACUUM; PRAGMA wal_checkpoint(TRUNCATE);")?;
        Ok(())
    }

    /// Every row of every data table (not the sync log), to tell whether anything changed.
    pub fn data_digest(&self) -> Result<String, HistoryError> {
        let connection = self.connection()?;
        let mut digest = String::new();
        for table in DATA_TABLES {
            let mut query = connection.prepare(&format!("SELECT * FROM {table} ORDER BY 1, 2"))?;
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
    }

    /// Writes a consistent copy of the whole database to `path` (SQLite's backup API).
    pub fn back_up(&self, path: &Path) -> Result<(), HistoryError> {
        let connection = self.connection()?;
        let mut copy = Connection::open(path)?;
        let backup = rusqlite::backup::Backup::new(&connection, &mut copy)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(0), None)?;
        Ok(())
    }
}

/// Refuses a file whose pages are not all there and sound: a database cut short opens, and
/// answers about its first page, but fails later, in the middle of a sync or a chart. Checked
/// at start-up (a few milliseconds for a history of some megabytes) so it is set aside at once.
fn check_whole(connection: &Connection) -> Result<(), HistoryError> {
    let verdict: String = connection.query_row("PRAGMA quick_check(1)", [], |row| row.get(0))?;
    if verdict == "ok" {
        return Ok(());
    }
    Err(HistoryError::Sqlite(rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
        Some(verdict),
    )))
}

fn media_type_name(post: &Post) -> String {
    serde_json::to_value(post.media_type)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_else(|| "UNKNOWN".to_owned())
}

/// A post and its latest metrics, as [`post_with_latest_metrics`] reads them; the caller adds
/// the `WHERE` and the order.
const POST_WITH_LATEST_METRICS: &str =
    "SELECT p.id, p.media_type, p.text, p.published_at, p.permalink, p.shortcode,
            p.is_quote_post, m.views, m.likes, m.replies, m.reposts, m.quotes, m.shares,
            m.taken_at
     FROM posts p LEFT JOIN post_metrics m ON m.post_id = p.id AND m.taken_at =
         (SELECT MAX(taken_at) FROM post_metrics WHERE post_id = p.id)";

fn post_with_latest_metrics(
    row: &rusqlite::Row<'_>,
) -> rusqlite::Result<(Post, Option<PostMetrics>)> {
    let media_type: String = row.get(1)?;
    let post = Post {
        id: row.get(0)?,
        media_type: serde_json::from_value(serde_json::Value::String(media_type))
            .unwrap_or(spool_model::MediaType::Unknown),
        text: row.get(2)?,
        published_at: moment(row.get(3)?),
        permalink: row.get(4)?,
        shortcode: row.get(5)?,
        is_quote_post: row.get(6)?,
    };
    let count = |i: usize| -> rusqlite::Result<Option<u64>> {
        Ok(row.get::<_, Option<i64>>(i)?.map(from_sql))
    };
    let read: Option<i64> = row.get(13)?;
    let metrics = read
        .map(|_| -> rusqlite::Result<PostMetrics> {
            Ok(PostMetrics {
                views: count(7)?,
                likes: count(8)?,
                replies: count(9)?,
                reposts: count(10)?,
                quotes: count(11)?,
                shares: count(12)?,
            })
        })
        .transpose()?;
    Ok((post, metrics))
}

/// SQLite integers are signed; counts beyond i64 do not occur, and saturate if they did.
fn to_sql(value: Option<u64>) -> Option<i64> {
    value.map(|v| i64::try_from(v).unwrap_or(i64::MAX))
}

fn from_sql(value: i64) -> u64 {
    u64::try_from(value).unwrap_or(0)
}

fn moment(unix: i64) -> DateTime<Utc> {
    DateTime::from_timestamp(unix, 0).unwrap_or(DateTime::<Utc>::MIN_UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_damaged_file_is_set_aside_and_a_new_history_started() {
        let dir =
            std::env::temp_dir().join(format!("spool-history-damaged-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("folder");
        let path = dir.join("history.sqlite");
        std::fs::write(&path, b"this is not a database, just forty bytes of text.")
            .expect("written");
        let (history, notice) = History::open_or_set_aside(&path).expect("started");
        assert!(notice.expect("a notice").contains("kept the old file"));
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
