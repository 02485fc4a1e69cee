//! Syncing one account: read what changed since the last sync, then write it as one snapshot.
//! Everything is read before anything is written, so a failed or cancelled sync leaves the
//! history exactly as it was.

use std::collections::BTreeSet;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use chrono::{DateTime, Days, NaiveDate, TimeDelta, Utc};
use futures_util::StreamExt;
use spool_model::limits::{DEMOGRAPHICS_MIN_FOLLOWERS, INSIGHTS_FLOOR_DAY};
use spool_model::{
    Breakdown, DateRange, EngagementTotals, PostMetric, SyncOutcome, SyncPhase, SyncProgress,
    SyncSummary, pacific,
};
use threads_api::{AccessToken, ApiError, PostsQuery, ThreadsClient};

use crate::history::{History, HistoryError, SyncSnapshot};

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
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            young_posts: TimeDelta::days(14),
            refresh_older_after: TimeDelta::days(7),
            older_per_sync: 100,
            recent_days: 3,
            concurrency: 8,
        }
    }
}

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
    /// The history could not be written.
    #[error(transparent)]
    History(#[from] HistoryError),
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
        let snapshot = gather(job, &reporter, cancel).await?;
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
        error: result.as_ref().err().map(ToString::to_string),
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
