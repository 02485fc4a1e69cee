//! Syncing: on request, on schedule, one sync per account at a time, stoppable; and between
//! full syncs, while Spool runs, an hourly round reading each account's young posts (see
//! [`crate::sync`] for what resolution that gives their curves).

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use spool_model::{Sentence, SyncOutcome, SyncProgress, SyncSummary};
use threads_api::ApiError;

use super::activity;
use super::panics::caught;
use super::{AppError, AppResult, Host, Spool};
use crate::history::History;
use crate::sync::{SyncError, SyncJob, SyncOptions, YoungRound, read_young_posts, sync_account};
use crate::{StorageError, StoredAccount};

/// How often the schedule looks for accounts due a sync: a computer waking from sleep catches
/// up within this.
const SCHEDULE_TICK: Duration = Duration::from_secs(60);
/// How often logins are checked (and renewed when due) while Spool runs.
const LOGIN_CHECK_EVERY: Duration = Duration::from_secs(60 * 60);
/// How often, between full syncs, each account's young posts are read while Spool runs.
const YOUNG_POSTS_EVERY: TimeDelta = TimeDelta::hours(1);

impl<H: Host> Spool<H> {
    /// Syncs the account shown: everything new since the last sync, saved as one snapshot.
    /// Progress goes to `progress`; [`Spool::cancel_sync`] stops it with nothing saved.
    pub async fn sync_now(
        &self,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> AppResult<SyncSummary> {
        let account = self.shown_account()?;
        self.sync(&account, progress).await
    }

    /// Syncs `account` as the window's Sync does, for a report made without a window.
    pub async fn sync_account(&self, account: &StoredAccount) -> AppResult<SyncSummary> {
        self.sync(account, &|_| {}).await
    }

    /// Stops the sync of the account shown; nothing it read is saved.
    pub fn cancel_sync(&self) -> AppResult<()> {
        if let Some(account) = self.accounts.current()? {
            self.syncs.cancel(&account.profile.id);
        }
        Ok(())
    }

    /// How the last sync of the account shown ended, if it was ever synced.
    pub async fn last_sync(&self) -> AppResult<Option<SyncSummary>> {
        let Some(account) = self.accounts.current()? else {
            return Ok(None);
        };
        self.on_history("reading the last sync", move |history| {
            Ok(history.last_run(&account.profile.id)?)
        })
        .await
    }

    /// Syncs every account whose last sync is older than the interval Settings chose and
    /// whose login Threads still accepts. A failure is on record as that account's last sync.
    pub async fn sync_accounts_due(&self) -> AppResult<()> {
        let history = self.history().await?;
        for account in self.accounts.all()? {
            if account.needs_login || self.syncs.is_running(&account.profile.id) {
                continue;
            }
            if !self.full_sync_due(&history, &account)? {
                continue;
            }
            let _ = self.sync(&account, &|_| {}).await;
        }
        Ok(())
    }

    /// Reads the young posts of every account due a round: synced fully before, its full sync
    /// not due (that sync reads them) and none running (one sync of an account at a time),
    /// its login accepted, and neither a full sync nor a round begun within the last hour. A
    /// failure is on record as that account's last round; a refused login flags the account,
    /// as a sync does.
    pub async fn read_young_posts_due(&self) -> AppResult<()> {
        let history = self.history().await?;
        for account in self.accounts.all()? {
            let id = &account.profile.id;
            if account.needs_login
                || self.syncs.is_running(id)
                || self.full_sync_due(&history, &account)?
            {
                continue;
            }
            let (full, round) = history.read(|reading| {
                Ok::<_, crate::history::HistoryError>((
                    reading.last_run(id)?,
                    reading.last_young_round(id)?,
                ))
            })?;
            // Never synced: the first full sync reads everything.
            let Some(full) = full else { continue };
            let latest = round.map_or(full.started_at, |r| r.started_at.max(full.started_at));
            if self.now() - latest < YOUNG_POSTS_EVERY {
                continue;
            }
            // Its failure is on record as the account's last round; a fault, told here.
            self.tell_of_fault(&self.young_posts_round(&account).await);
        }
        Ok(())
    }

    /// Whether `account`'s last full sync is older than the interval Settings chose (or there
    /// was none).
    fn full_sync_due(&self, history: &History, account: &StoredAccount) -> AppResult<bool> {
        let every = TimeDelta::hours(i64::from(self.accounts.sync_every_hours()?));
        let last = history.last_run(&account.profile.id)?;
        Ok(last.is_none_or(|run| self.now() - run.started_at >= every))
    }

    /// Runs the schedules for as long as Spool runs: due syncs every minute (and, between them,
    /// young posts read every hour), login checks every hour (the window checks once at
    /// start-up itself), each followed by the notifications it makes due. A failed round
    /// changes nothing stored; the next one tries again.
    pub async fn run_schedules(&self) {
        self.run_schedules_every(SCHEDULE_TICK, LOGIN_CHECK_EVERY)
            .await;
    }

    /// [`Spool::run_schedules`] with other intervals (tests use short ones): due syncs and
    /// young posts every `syncs`, login checks every `logins`. A round that fails, even by a
    /// fault in Spool (a panic, caught and logged), is followed by the next one as usual.
    pub async fn run_schedules_every(&self, syncs: Duration, logins: Duration) {
        let mut syncs = tokio::time::interval(syncs);
        let mut logins = tokio::time::interval(logins);
        // Both fire at once on the first tick: the start-up has just done this work.
        syncs.tick().await;
        logins.tick().await;
        loop {
            tokio::select! {
                _ = syncs.tick() => {
                    // Full syncs first: an account just synced needs no round of its own.
                    let synced = caught("running the scheduled syncs", self.sync_accounts_due());
                    self.tell_of_fault(&synced.await);
                    let read = caught("reading young posts", self.read_young_posts_due());
                    self.tell_of_fault(&read.await);
                    let reported = caught("writing the scheduled report", self.write_reports_due());
                    self.tell_of_report(&reported.await);
                }
                _ = logins.tick() => {
                    self.tell_of_fault(&self.check_logins().await);
                }
            }
            // After either: what the round read, or the logins' state, may be news.
            let told = caught("deciding what to notify", self.notify_due());
            self.tell_of_fault(&told.await);
        }
    }

    /// After a scheduled report: why it was not written, told to the windows and logged (it is
    /// tried again at the next round, so the notice says what to change).
    fn tell_of_report(&self, result: &AppResult<()>) {
        if let Err(error) = result {
            log::warn!("the scheduled report was not written: {error}");
            self.host.notice(&error.said(&self.catalogue()));
        }
    }

    /// After work no window asked for (a scheduled round, an hourly login check): a fault in
    /// it is told to the windows as a notice, since no command's answer shows it. Any other
    /// failure is on record where the screens show it (a sync's, as its last sync) or is
    /// tried again at the next round.
    fn tell_of_fault<T>(&self, result: &AppResult<T>) {
        if let Err(AppError::Fault { doing }) = result {
            let catalogue = self.catalogue();
            self.host.notice(
                &catalogue.say(
                    &Sentence::of("native-background-fault")
                        .with("doing", super::error::doing_sentence(doing)),
                ),
            );
        }
    }

    /// Syncs `account`, one sync per account at a time; a refused login flags the account,
    /// and every window hears how the sync ended.
    pub(super) async fn sync(
        &self,
        listed: &StoredAccount,
        progress: &(dyn Fn(SyncProgress) + Send + Sync),
    ) -> AppResult<SyncSummary> {
        let needs_login = |account: &StoredAccount| AppError::NeedsLogin {
            username: account.profile.username.clone(),
        };
        if listed.needs_login {
            return Err(needs_login(listed));
        }
        let id = &listed.profile.id;
        let slot = self.syncs.begin(id)?;
        // Read again now that the slot is held: an account removed (or logged out) since it
        // was listed is not synced back into the history.
        let account = &self.accounts.get(id)?.ok_or(StorageError::UnknownAccount)?;
        if account.needs_login {
            return Err(needs_login(account));
        }
        let username = &account.profile.username;
        activity::sync_started(username);
        let started_at = self.now();
        // A panic anywhere in the sync drops the slot with the rest of the sync, so the
        // account never stays "syncing already".
        let result = caught("syncing", async {
            let history = self.history().await?;
            let job = self.job_for(&history, account).await?;
            let missed = self.replay_missed_demo_days(account, job.now, progress, &slot.cancel);
            let missed = missed.await?;
            let synced = sync_account(job, progress, &slot.cancel).await;
            if let (Some(since), Ok(_)) = (missed, &synced) {
                self.write_missed_demo_readings(account, since, job.now)
                    .await?;
            }
            self.flag_refused_login(id, &synced)?;
            // The slot is freed before the windows hear the sync ended, so a sync they start
            // at once is not refused as running already.
            drop(slot);
            if let Ok(Some(last)) = history.last_run(id) {
                self.host.synced(id, &last);
            }
            Ok(synced?)
        })
        .await;
        if let Err(fault @ AppError::Fault { .. }) = &result {
            self.record_fault(id, started_at, fault).await;
        }
        activity::sync_ended(username, &result);
        result
    }

    /// After a sync of account `id` that ended in a fault in Spool: the sync could not say so
    /// itself, so the sync log records it as failed with the message the user is given, and
    /// the windows hear of it as of any sync's end (the last-sync line shows it).
    async fn record_fault(&self, id: &str, started_at: DateTime<Utc>, fault: &AppError) {
        let summary = SyncSummary {
            started_at,
            ended_at: self.now().max(started_at),
            outcome: SyncOutcome::Failed,
            requests: 0,
            error: Some(fault.sentence()),
            details: None,
        };
        let (account, kept) = (id.to_owned(), summary.clone());
        let recorded = caught(
            "recording a failed sync",
            self.on_history("recording a failed sync", move |history| {
                Ok(history.record_run(&account, &kept)?)
            }),
        )
        .await;
        match recorded {
            Ok(()) => self.host.synced(id, &summary),
            Err(error) => log::warn!("a failed sync could not be recorded: {}", error.message()),
        }
    }
}

impl<H: Host> Spool<H> {
    /// What a sync or a young-post round of `account` reads with, as of now.
    async fn job_for<'a>(
        &'a self,
        history: &'a History,
        account: &'a StoredAccount,
    ) -> AppResult<SyncJob<'a>> {
        Ok(SyncJob {
            client: self.client_for(account).await?,
            history,
            account_id: &account.profile.id,
            token: &account.token,
            now: self.now(),
            options: SyncOptions::default(),
        })
    }

    /// After a sync or a round of account `id`: when Threads refused its login, the account
    /// is marked as needing a login and the windows are told.
    fn flag_refused_login<T>(&self, id: &str, result: &Result<T, SyncError>) -> AppResult<()> {
        if let Err(SyncError::Api(ApiError::TokenExpired { .. })) = result {
            self.accounts.mark_needs_login(id)?;
            self.announce()?;
        }
        Ok(())
    }

    /// Reads `account`'s young posts, holding its slot in the registry like a sync (so no full
    /// sync of it runs meanwhile, and removing all data stops it); a refused login flags the
    /// account; the windows hear of a round that stored readings, so their screens reload.
    async fn young_posts_round(&self, listed: &StoredAccount) -> AppResult<YoungRound> {
        let id = &listed.profile.id;
        let slot = self.syncs.begin(id)?;
        // Read again under the slot, as a sync does.
        let account = &self.accounts.get(id)?.ok_or(StorageError::UnknownAccount)?;
        // A panic drops the slot with the rest of the round (see `sync`).
        let result = caught("reading young posts", async {
            let history = self.history().await?;
            let job = self.job_for(&history, account).await?;
            let read = read_young_posts(job, &slot.cancel).await;
            self.flag_refused_login(id, &read)?;
            drop(slot);
            if let Ok(round) = &read
                && round.young_posts > 0
            {
                self.host.synced(id, &round.summary);
            }
            Ok(read?)
        })
        .await;
        activity::young_posts_read(&account.profile.username, &result);
        result
    }
}
