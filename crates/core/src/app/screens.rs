//! What the history's screens show, read on a blocking thread from the history alone: they
//! work offline and never wait on Threads.

use chrono::Utc;
use spool_model::{
    Attention, Audience, BestTimes, Comparison, DateRange, Insights, LinkClicksView, Overview,
    PostDetail, PostRow, RangeChoice, Today, pacific,
};

use super::{AppError, AppResult, Host, Spool};
use crate::history::Reading;
use crate::notifications::LOGIN_ENDING_DAYS;
use crate::{analytics, insights};

impl<H: Host> Spool<H> {
    /// The overview of the account shown over `range`, compared as `comparison` says. A
    /// custom range is checked against the API's rules.
    pub async fn overview(
        &self,
        range: RangeChoice,
        comparison: Comparison,
    ) -> AppResult<Overview> {
        let id = self.shown_account()?.profile.id;
        let now = self.now();
        // The days and what they show are read in one transaction: one state of the history.
        self.on_history("reading the overview", move |history| {
            history.read(|reading| {
                let range = resolve_range(reading, &id, range, now)?;
                Ok(analytics::overview_in(
                    reading, &id, range, comparison, now,
                )?)
            })
        })
        .await
    }

    /// The audience of the account shown at its latest readings.
    pub async fn audience(&self) -> AppResult<Audience> {
        let id = self.shown_account()?.profile.id;
        let now = self.now();
        self.on_history("reading the audience", move |history| {
            Ok(analytics::audience(history, &id, now)?)
        })
        .await
    }

    /// Every stored post of the account shown, newest first, with its latest metrics.
    pub async fn posts(&self) -> AppResult<Vec<PostRow>> {
        let id = self.shown_account()?.profile.id;
        let now = self.now();
        self.on_history("reading the posts", move |history| {
            Ok(analytics::posts(history, &id, now)?)
        })
        .await
    }

    /// One post of the account shown, with its growth from every reading.
    pub async fn post_detail(&self, post_id: String) -> AppResult<PostDetail> {
        let id = self.shown_account()?.profile.id;
        let now = self.now();
        self.on_history("reading the post", move |history| {
            analytics::post_detail(history, &id, &post_id, now)?.ok_or(AppError::PostNotFound)
        })
        .await
    }

    /// Opens a stored post of the account shown on Threads, in the browser. Only a stored
    /// post's own address is opened, and only when it is https on threads.net or threads.com:
    /// the window cannot open arbitrary links, and an address from the network cannot send the
    /// browser (or another program) anywhere else.
    pub async fn open_post(&self, post_id: String) -> AppResult<()> {
        let detail = self.post_detail(post_id).await?;
        let permalink = detail.row.post.permalink.ok_or(AppError::NoPostAddress)?;
        let url = threads_api::threads_post_link(&permalink).map_err(|reason| {
            AppError::NotAThreadsLink {
                url: permalink.chars().take(120).collect(),
                reason,
            }
        })?;
        self.host
            .open_url(url.as_str())
            .map_err(|reason| AppError::Browser {
                url: url.to_string(),
                reason,
            })
    }

    /// When the account shown's posts did best: median views by weekday and hour in the
    /// user's time zone, `utc_offset_minutes` east of UTC.
    pub async fn best_times(&self, utc_offset_minutes: i32) -> AppResult<BestTimes> {
        let id = self.shown_account()?.profile.id;
        self.on_history("reading the best times", move |history| {
            Ok(analytics::best_times(history, &id, utc_offset_minutes)?)
        })
        .await
    }

    /// The content insights of the account shown over `range`: what works, from the posts
    /// published in it, with weekdays in the user's time zone (`utc_offset_minutes` east of
    /// UTC). A custom range is checked against the API's rules.
    pub async fn insights(
        &self,
        range: RangeChoice,
        utc_offset_minutes: i32,
    ) -> AppResult<Insights> {
        let id = self.shown_account()?.profile.id;
        let now = self.now();
        self.on_history("reading the content insights", move |history| {
            history.read(|reading| {
                let range = resolve_range(reading, &id, range, now)?;
                Ok(insights::insights_in(
                    reading,
                    &id,
                    range,
                    utc_offset_minutes,
                    now,
                )?)
            })
        })
        .await
    }

    /// The daily look at the account shown: its last three days' posts against its typical
    /// post, today's profile views and followers, and what needs attention, its login first.
    pub async fn today(&self, utc_offset_minutes: i32) -> AppResult<Today> {
        let account = self.shown_account()?;
        let now = self.now();
        let id = account.profile.id.clone();
        let mut today = self
            .on_history("reading today's numbers", move |history| {
                history
                    .read(|reading| Ok(insights::today_in(reading, &id, utc_offset_minutes, now)?))
            })
            .await?;
        let login = if account.needs_login {
            Some(Attention::LoginNeeded)
        } else if !account.demo
            && account.expires_at - now < chrono::TimeDelta::days(LOGIN_ENDING_DAYS)
        {
            Some(Attention::LoginExpiring {
                expires_at: account.expires_at,
            })
        } else {
            None
        };
        today.attention.splice(0..0, login);
        Ok(today)
    }

    /// Link clicks of the account shown.
    pub async fn link_clicks(&self) -> AppResult<LinkClicksView> {
        let id = self.shown_account()?.profile.id;
        self.on_history("reading the link clicks", move |history| {
            Ok(analytics::link_clicks(history, &id)?)
        })
        .await
    }
}

/// The days `choice` means for `account_id` at `now`, checked by the API's rules.
pub(super) fn resolve_range(
    history: &Reading<'_>,
    account_id: &str,
    choice: RangeChoice,
    now: chrono::DateTime<Utc>,
) -> AppResult<DateRange> {
    let today = pacific::day_of(now);
    match choice {
        RangeChoice::Preset { preset } => {
            Ok(preset.range(today, history.first_post_day(account_id)?))
        }
        RangeChoice::Custom { since, until } => Ok(DateRange::new(since, until, today)?),
    }
}
