//! Syncing one account: read what changed since the last sync, then write it as one snapshot.
//! Everything is read before anything is written, so a failed or cancelled sync leaves the
//! history exactly as it was.
//!
//! # Young posts, read every hour
//! Threads gives a post's lifetime totals only as they are now, so a post's curve has a point
//! wherever Spool read it. A full sync ([`sync_account`]) reads every post younger than
//! [`SyncOptions::young_posts`] at the interval Settings chose; between full syncs, while Spool
//! runs, a young-post round ([`read_young_posts`]) reads every hour the posts younger than
//! [`YOUNG_POST_HOURS`] hours, after listing the newest posts (so one published since the last
//! sync is found): one request plus one per young post. The readings' resolution follows:
//! **hourly** for a post's first two days while Spool runs (enough for its views at 1 h, 6 h
//! and 24 h of age), otherwise **one point per sync**, and the curves between readings are
//! interpolated. A round is logged apart from full syncs, so "last sync" still means the last
//! full one.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use futures_util::StreamExt;
use spool_model::insights::YOUNG_POST_HOURS;
use spool_model::limits::{DEMOGRAPHICS_MIN_FOLLOWERS, INSIGHTS_FLOOR_DAY, POSTS_PAGE_MAX};
use spool_model::{
    Breakdown, DateRange, EngagementTotals, Post, PostMetric, PostMetrics, SyncOutcome, SyncPhase,
    SyncProgress, SyncSummary, pacific,
};
use threads_api::{AccessToken, ApiError, PostsQuery, ThreadsClient};

use crate::history::{History, HistoryError, PostReadings, SyncSnapshot};

/// How a sync chooses what to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncOptions {
    /// Posts younger than this are read at every sync: they are still growing.
    pub young_posts: TimeDelta,
    /// Older posts are read again once their last reading is this old...
    pub refresh_older_after: TimeDelta,
    /// ...at most this many per sync, the least recently read first.
    pub older_per_sync: usize,
    /// Stored days read again at every sync, as the API may still revise them.
    pub recent_days: u64,
    /// Requests in flight at once.
    pub concurrency: usize,
    /// The most pages of posts one sync lists; a list longer than this ends the sync with
    /// [`SyncError::TooManyPages`] and nothing saved.
    pub max_post_pages: usize,
    /// The longest one sync (or young-post round) may spend reading; past it, the sync ends
    /// with [`SyncError::TooSlow`] and nothing saved.
    pub deadline: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            young_posts: TimeDelta::days(14),
            refresh_older_after: TimeDelta::days(7),
            older_per_sync: 100,
            recent_days: 3,
            concurrency: 8,
            max_post_pages: MAX_POST_PAGES,
            deadline: SYNC_DEADLINE,
        }
    }
}

/// The most pages of posts a sync lists: 2,000 pages of 100, far more posts than any account
/// has, and a bound on a list that never ends.
pub const MAX_POST_PAGES: usize = 2_000;

/// The longest a sync may take reading: an hour. A first sync of a large account takes
/// minutes; one still reading after an hour is stuck (a list without end, Threads limiting
/// every request) and is better stopped, saving nothing, than left holding the account.
pub const SYNC_DEADLINE: Duration = Duration::from_secs(60 * 60);

/// Stops a sync between two requests when set.
#[derive(Debug, Clone, Default)]
pub struct CancelFlag(Arc<AtomicBool>);

impl CancelFlag {
    /// Asks the sync to stop.
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }

    /// Whether the sync was asked to stop.
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

/// Why a sync stopped.
#[derive(Debug, thiserror::Error)]
pub enum SyncError {
    /// The user cancelled it; nothing was saved.
    #[error("The sync was cancelled; nothing was saved and the history is as it was.")]
    Cancelled,
    /// Threads refused or could not be reached; nothing was saved.
    #[error("The sync stopped and saved nothing: {0}")]
    Api(#[from] ApiError),
    /// The posts list ran past [`SyncOptions::max_post_pages`]; nothing was saved.
    #[error(
        "The sync stopped and saved nothing: Threads listed more than {pages} pages of posts, \
         more than one sync reads. Try again later; if it happens again, please report it."
    )]
    TooManyPages {
        /// The cap that was reached.
        pages: usize,
    },
    /// The sync was still reading when [`SyncOptions::deadline`] passed; nothing was saved.
    #[error(
        "The sync stopped and saved nothing: it was still reading after {}. Check the \
         connection and try again later.",
        minutes(.limit)
    )]
    TooSlow {
        /// The deadline that passed.
        limit: Duration,
    },
    /// The history could not be written.
    #[error(transparent)]
    History(#[from] HistoryError),
}

impl SyncError {
    /// What Meta's support would ask for, when Threads' answer carried it.
    pub fn details(&self) -> Option<String> {
        match self {
            Self::Api(api) => api.trace().map(ToString::to_string),
            _ => None,
        }
    }
}

/// A deadline in words: "60 minutes", or seconds under a minute.
fn minutes(limit: &Duration) -> String {
    match limit.as_secs() {
        seconds if seconds < 60 => format!("{} s", limit.as_secs_f32()),
        seconds => format!("{} minutes", seconds / 60),
    }
}

/// One sync to run: whose, through which client, into which history, as of when.
#[derive(Debug, Clone, Copy)]
pub struct SyncJob<'a> {
    /// The client that reaches the account's API.
    pub client: &'a ThreadsClient,
    /// Where the snapshot goes.
    pub history: &'a History,
    /// The account's Threads user id.
    pub account_id: &'a str,
    /// Its token.
    pub token: &'a AccessToken,
    /// The moment the snapshot is of.
    pub now: DateTime<Utc>,
    /// What to read.
    pub options: SyncOptions,
}

/// Runs `job`, reporting progress; records how it ended in the history's sync log either way.
pub async fn sync_account(
    job: SyncJob<'_>,
    progress: &(dyn Fn(SyncProgress) + Send + Sync),
    cancel: &CancelFlag,
) -> Result<SyncSummary, SyncError> {
    let SyncJob {
        client,
        history,
        account_id,
        now,
        ..
    } = job;
    let started = Instant::now();
    let requests_before = client.requests_sent();
    let reporter = Reporter {
        client,
        started,
        requests_before,
        progress,
    };
    let result = async {
        // Only the reading has a deadline: a snapshot being written is never cut short.
        let snapshot = within_deadline(&job.options, gather(job, &reporter, cancel)).await?;
        reporter.report(SyncPhase::Saving, 0, 1);
        off_the_runtime(|| history.write_snapshot(&snapshot))?;
        reporter.report(SyncPhase::Saving, 1, 1);
        Ok::<_, SyncError>(())
    }
    .await;
    let elapsed = TimeDelta::from_std(started.elapsed()).unwrap_or_default();
    let summary = SyncSummary {
        started_at: now,
        ended_at: now + elapsed,
        outcome: match &result {
            Ok(()) => SyncOutcome::Completed,
            Err(SyncError::Cancelled) => SyncOutcome::Cancelled,
            Err(_) => SyncOutcome::Failed,
        },
        requests: client.requests_sent().saturating_sub(requests_before),
        error: result.as_ref().err().map(SyncError::sentence),
        details: result.as_ref().err().and_then(SyncError::details),
    };
    off_the_runtime(|| history.record_run(account_id, &summary))?;
    result.map(|()| summary)
}

struct Reporter<'a> {
    client: &'a ThreadsClient,
    started: Instant,
    requests_before: u64,
    progress: &'a (dyn Fn(SyncProgress) + Send + Sync),
}

impl Reporter<'_> {
    fn report(&self, phase: SyncPhase, done: usize, total: usize) {
        let seconds = self.started.elapsed().as_secs_f32().max(0.001);
        let requests = self
            .client
            .requests_sent()
            .saturating_sub(self.requests_before);
        (self.progress)(SyncProgress {
            phase,
            done: u32::try_from(done).unwrap_or(u32::MAX),
            total: u32::try_from(total).unwrap_or(u32::MAX),
            requests_per_second: requests as f32 / seconds,
        });
    }
}

/// Runs `work`, which waits on SQLite, without holding up the runtime: on a multi-threaded
/// runtime (the app's) the worker first hands its other tasks to another worker, so commands
/// and the window's events keep flowing while a large snapshot is written. A single-threaded
/// runtime (a test's) has no other worker to hand them to, and just runs it.
fn off_the_runtime<T>(work: impl FnOnce() -> T) -> T {
    use tokio::runtime::{Handle, RuntimeFlavor};
    match Handle::try_current().map(|runtime| runtime.runtime_flavor()) {
        Ok(RuntimeFlavor::MultiThread) => tokio::task::block_in_place(work),
        _ => work(),
    }
}

/// `reading`, unless it is still going when `options.deadline` passes: then it is dropped
/// (nothing it read is kept) and the answer is [`SyncError::TooSlow`].
async fn within_deadline<T>(
    options: &SyncOptions,
    reading: impl Future<Output = Result<T, SyncError>>,
) -> Result<T, SyncError> {
    tokio::time::timeout(options.deadline, reading)
        .await
        .unwrap_or(Err(SyncError::TooSlow {
            limit: options.deadline,
        }))
}

fn check(cancel: &CancelFlag) -> Result<(), SyncError> {
    if cancel.is_cancelled() {
        Err(SyncError::Cancelled)
    } else {
        Ok(())
    }
}

async fn gather(
    job: SyncJob<'_>,
    reporter: &Reporter<'_>,
    cancel: &CancelFlag,
) -> Result<SyncSnapshot, SyncError> {
    let SyncJob {
        client,
        history,
        account_id,
        token,
        now,
        options,
    } = job;
    check(cancel)?;
    reporter.report(SyncPhase::Profile, 0, 1);
    let profile = client.profile(token).await?;
    let user = profile.id.clone();

    // Posts: all of them the first time, then those published since the newest one stored.
    // What is stored already, read once before asking Threads anything.
    let (stored, newest_view_day) = off_the_runtime(|| {
        history.read(|reading| {
            Ok::<_, HistoryError>((
                reading.stored_posts(account_id)?,
                reading.newest_profile_view_day(account_id)?,
            ))
        })
    })?;
    let newest = stored.iter().map(|p| p.published_at).max();
    let query = PostsQuery {
        since: newest.map(|t| t - TimeDelta::hours(1)),
        limit: Some(spool_model::limits::POSTS_PAGE_MAX),
        ..PostsQuery::default()
    };
    let mut pages = client.posts(token, &user, query)?;
    let mut posts = Vec::new();
    let mut page_count = 0;
    while let Some(page) = pages.next_page().await {
        check(cancel)?;
        posts.extend(page?);
        page_count += 1;
        reporter.report(SyncPhase::Posts, page_count, page_count);
        if page_count >= options.max_post_pages {
            // One more page would pass the cap: a list this long is not read to its end.
            if let Some(next) = pages.next_page().await {
                next?;
                return Err(SyncError::TooManyPages {
                    pages: options.max_post_pages,
                });
            }
        }
    }

    // Post insights: new and young posts, then the older ones least recently read.
    let mut targets: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let mut wanted = |id: &str, targets: &mut Vec<String>| {
        if seen.insert(id.to_owned()) {
            targets.push(id.to_owned());
        }
    };
    for post in posts.iter().filter(|p| !p.is_repost()) {
        wanted(&post.id, &mut targets);
    }
    for post in &stored {
        if !post.is_repost && now - post.published_at <= options.young_posts {
            wanted(&post.id, &mut targets);
        }
    }
    let mut older: Vec<_> = stored
        .iter()
        .filter(|post| {
            !post.is_repost
                && now - post.published_at > options.young_posts
                && post
                    .last_read_at
                    .is_none_or(|last| now - last >= options.refresh_older_after)
        })
        .collect();
    older.sort_by_key(|post| post.last_read_at);
    for post in older.into_iter().take(options.older_per_sync) {
        wanted(&post.id, &mut targets);
    }
    let mut post_metrics = Vec::with_capacity(targets.len());
    for batch in targets.chunks(options.concurrency.max(1) * 4) {
        check(cancel)?;
        let answers = client
            .post_insights_of_many(token, batch, &PostMetric::ALL, options.concurrency)
            .await;
        for (id, answer) in batch.iter().zip(answers) {
            match answer {
                Ok(metrics) => post_metrics.push((id.clone(), metrics)),
                // A post deleted since it was listed: nothing to read, not a failed sync.
                Err(ApiError::InvalidParameter {
                    subcode: Some(33), ..
                }) => {}
                Err(other) => return Err(other.into()),
            }
        }
        reporter.report(SyncPhase::PostInsights, post_metrics.len(), targets.len());
    }

    // Days: from the first post (or the insights floor) the first time, then the recent ones.
    let today = pacific::day_of(now);
    let oldest_post = posts
        .iter()
        .map(|p| p.published_at)
        .chain(stored.iter().map(|p| p.published_at))
        .min()
        .map(pacific::day_of);
    let first_ever = oldest_post.unwrap_or(today).max(INSIGHTS_FLOOR_DAY);
    let first_day = match newest_view_day {
        Some(newest) => newest
            .checked_sub_days(Days::new(options.recent_days))
            .unwrap_or(newest)
            .max(first_ever),
        None => first_ever,
    };
    let days = DateRange::new(first_day.min(today), today, today).ok();

    check(cancel)?;
    reporter.report(SyncPhase::ProfileViews, 0, 1);
    let profile_views = match days {
        Some(range) => client.profile_views(token, &user, range).await?,
        None => Vec::new(),
    };
    reporter.report(SyncPhase::ProfileViews, 1, 1);

    let engagement = match days {
        Some(range) => daily_engagement(job, &user, range, reporter, cancel).await?,
        None => Vec::new(),
    };

    check(cancel)?;
    reporter.report(SyncPhase::LinkClicks, 0, 1);
    let clicks_range = DateRange::new(first_ever.min(today), today, today).ok();
    let link_clicks = match clicks_range {
        Some(range) => Some((
            range.since(),
            range.until(),
            client.link_clicks(token, &user, range).await?,
        )),
        None => None,
    };
    reporter.report(SyncPhase::LinkClicks, 1, 1);

    check(cancel)?;
    reporter.report(SyncPhase::Audience, 0, 5);
    let followers = client.followers(token, &user).await?;
    let mut demographics = Vec::new();
    if followers >= DEMOGRAPHICS_MIN_FOLLOWERS {
        for (done, breakdown) in Breakdown::ALL.into_iter().enumerate() {
            check(cancel)?;
            demographics.push(client.demographics(token, &user, breakdown).await?);
            reporter.report(SyncPhase::Audience, done + 2, 5);
        }
    }

    Ok(SyncSnapshot {
        profile,
        taken_at: now,
        posts,
        post_metrics,
        profile_views,
        engagement,
        link_clicks,
        followers: Some(followers),
        demographics,
    })
}

/// Likes, replies, reposts and quotes of each day of `range`, a request a day, a few at a time.
async fn daily_engagement(
    job: SyncJob<'_>,
    user: &str,
    range: DateRange,
    reporter: &Reporter<'_>,
    cancel: &CancelFlag,
) -> Result<Vec<(NaiveDate, EngagementTotals)>, SyncError> {
    let SyncJob {
        client,
        token,
        options,
        ..
    } = job;
    let days: Vec<NaiveDate> = range
        .since()
        .iter_days()
        .take_while(|d| *d <= range.until())
        .collect();
    let mut out = Vec::with_capacity(days.len());
    for batch in days.chunks(options.concurrency.max(1) * 4) {
        check(cancel)?;
        let answers: Vec<Result<EngagementTotals, ApiError>> =
            futures_util::stream::iter(batch.to_vec())
                .map(|day| async move {
                    // A single day is always a valid range (the floor was applied to `range`).
                    let one = DateRange::new(day, day, day).map_err(|e| {
                        ApiError::UnexpectedResponse {
                            status: 0,
                            detail: e.to_string(),
                        }
                    })?;
                    client.engagement(token, user, one).await
                })
                .buffered(options.concurrency.max(1))
                .collect()
                .await;
        for (day, answer) in batch.iter().zip(answers) {
            out.push((*day, answer?));
        }
        reporter.report(SyncPhase::Engagement, out.len(), days.len());
    }
    Ok(out)
}

/// What a young-post round did.
#[derive(Debug, Clone, PartialEq)]
pub struct YoungRound {
    /// How it ended, as the sync log has it.
    pub summary: SyncSummary,
    /// The young posts read, each now with a reading taken at the round's moment.
    pub young_posts: usize,
    /// Of those, the posts not stored before (published since the last sync).
    pub new_posts: usize,
}

/// How long ago a post may have been published and still be read by a young-post round.
pub fn young_post_age() -> TimeDelta {
    TimeDelta::hours(i64::from(YOUNG_POST_HOURS))
}

/// Reads the insights of the account's posts younger than [`YOUNG_POST_HOURS`] hours, those
/// stored and those the newest page of posts lists (one request), and writes a reading of each
/// taken at `job.now`, as a sync does. Only `job.options.concurrency` is used.
///
/// It honours what a sync does: requests are retried and rate limits waited out by the
/// client, `cancel` stops it between requests with nothing saved, any failure saves nothing,
/// and how it ended is logged, apart from full syncs ([`History::record_young_round`]). An
/// account with no post stored (never synced) is left to its first full sync: no request is
/// made and nothing is logged.
pub async fn read_young_posts(
    job: SyncJob<'_>,
    cancel: &CancelFlag,
) -> Result<YoungRound, SyncError> {
    let SyncJob {
        client,
        history,
        account_id,
        now,
        ..
    } = job;
    let stored = off_the_runtime(|| history.read(|reading| reading.stored_posts(account_id)))?;
    if stored.is_empty() {
        return Ok(YoungRound {
            summary: SyncSummary {
                started_at: now,
                ended_at: now,
                outcome: SyncOutcome::Completed,
                requests: 0,
                error: None,
                details: None,
            },
            young_posts: 0,
            new_posts: 0,
        });
    }
    let started = Instant::now();
    let requests_before = client.requests_sent();
    let result = async {
        let readings = within_deadline(&job.options, gather_young(job, &stored, cancel)).await?;
        let read = (readings.readings.len(), new_posts(&readings, &stored));
        if !readings.readings.is_empty() || !readings.posts.is_empty() {
            off_the_runtime(|| history.write_post_readings(&readings))?;
        }
        Ok::<_, SyncError>(read)
    }
    .await;
    let elapsed = TimeDelta::from_std(started.elapsed()).unwrap_or_default();
    let summary = SyncSummary {
        started_at: now,
        ended_at: now + elapsed,
        outcome: match &result {
            Ok(_) => SyncOutcome::Completed,
            Err(SyncError::Cancelled) => SyncOutcome::Cancelled,
            Err(_) => SyncOutcome::Failed,
        },
        requests: client.requests_sent().saturating_sub(requests_before),
        error: result.as_ref().err().map(SyncError::sentence),
        details: result.as_ref().err().and_then(SyncError::details),
    };
    off_the_runtime(|| history.record_young_round(account_id, &summary))?;
    let (young_posts, new_posts) = result?;
    Ok(YoungRound {
        summary,
        young_posts,
        new_posts,
    })
}

/// How many of the young posts read were not stored before.
fn new_posts(readings: &PostReadings, stored: &[crate::history::StoredPost]) -> usize {
    readings
        .readings
        .iter()
        .filter(|(id, ..)| !stored.iter().any(|post| &post.id == id))
        .count()
}

/// Lists the newest posts, then reads every young one.
async fn gather_young(
    job: SyncJob<'_>,
    stored: &[crate::history::StoredPost],
    cancel: &CancelFlag,
) -> Result<PostReadings, SyncError> {
    let SyncJob {
        client,
        account_id,
        token,
        now,
        options,
        ..
    } = job;
    let young_since = now - young_post_age();
    check(cancel)?;
    // One page, of the posts young enough to read: all of them unless a creator posted more
    // than a page's worth in two days, whose older ones the next full sync reads.
    let query = PostsQuery {
        since: Some(young_since),
        limit: Some(POSTS_PAGE_MAX),
        ..PostsQuery::default()
    };
    let listed: Vec<Post> = match client.posts(token, account_id, query)?.next_page().await {
        Some(page) => page?,
        None => Vec::new(),
    };
    let young = |published: DateTime<Utc>| published > young_since && published <= now;
    let mut targets: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    let listed_young = listed
        .iter()
        .filter(|p| !p.is_repost() && young(p.published_at))
        .map(|p| &p.id);
    let stored_young = stored
        .iter()
        .filter(|p| !p.is_repost && young(p.published_at))
        .map(|p| &p.id);
    for id in listed_young.chain(stored_young) {
        if seen.insert(id.clone()) {
            targets.push(id.clone());
        }
    }
    let mut readings: Vec<(String, DateTime<Utc>, PostMetrics)> = Vec::with_capacity(targets.len());
    for batch in targets.chunks(options.concurrency.max(1) * 4) {
        check(cancel)?;
        let answers = client
            .post_insights_of_many(token, batch, &PostMetric::ALL, options.concurrency)
            .await;
        for (id, answer) in batch.iter().zip(answers) {
            match answer {
                Ok(metrics) => readings.push((id.clone(), now, metrics)),
                // Deleted since it was stored: nothing to read, as in a sync.
                Err(ApiError::InvalidParameter {
                    subcode: Some(33), ..
                }) => {}
                Err(other) => return Err(other.into()),
            }
        }
    }
    check(cancel)?;
    Ok(PostReadings {
        account_id: account_id.to_owned(),
        posts: listed,
        readings,
    })
}
