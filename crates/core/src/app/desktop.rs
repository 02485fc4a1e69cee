//! Spool outside its window: the notifications the schedule sends, the tray's glance at the
//! day, and the first-time word on where Spool went when its window closed.

use chrono::TimeDelta;
use spool_model::{Glance, GlancePost, PostRow, excerpt, pacific};

use super::{AppResult, Host, Spool};
use crate::history::HistoryError;
use crate::insights;
use crate::notifications::{Look, RUNS_READ, worth_telling};

/// How much of a post's text the tray quotes.
const TRAY_EXCERPT_CHARS: usize = 48;

impl<H: Host> Spool<H> {
    /// Tells the desktop of every event of every account worth a notification
    /// ([`crate::notifications`]) that was not told before, of the kinds the creator wants.
    /// Each event is claimed in the history before it is sent, so none is sent twice; one of a
    /// kind turned off is claimed too, so turning the kind on later does not send old news.
    pub async fn notify_due(&self) -> AppResult<()> {
        let choices = self.accounts.notify_choices()?;
        let now = self.now();
        for account in self.accounts.all()? {
            let catalogue = self.catalogue();
            let told = self
                .on_history("deciding what to notify", move |history| {
                    let id = account.profile.id.as_str();
                    let (recent, followers, runs) = history.read(|reading| {
                        Ok::<_, HistoryError>((
                            insights::today_in(reading, id, 0, now)?.recent,
                            reading.newest_followers(id, 2)?,
                            reading.newest_runs(id, RUNS_READ)?,
                        ))
                    })?;
                    let look = Look {
                        account_id: id,
                        username: &account.profile.username,
                        demo: account.demo,
                        recent: &recent,
                        followers: &followers,
                        needs_login: account.needs_login,
                        login_ends: account.expires_at,
                        runs: &runs,
                        now,
                    };
                    let mut told = Vec::new();
                    for notification in worth_telling(&look, &catalogue) {
                        if history.claim_notification(id, &notification.key, now)?
                            && choices.allows(notification.kind)
                        {
                            told.push(notification);
                        }
                    }
                    Ok(told)
                })
                .await?;
            for notification in &told {
                log::info!("notified: {}", notification.title);
                self.host.notify(notification);
            }
        }
        Ok(())
    }

    /// Whether `account_id` is the account shown (in the window, and in the tray's glance).
    pub fn shows(&self, account_id: &str) -> bool {
        matches!(self.accounts.current(), Ok(Some(account)) if account.profile.id == account_id)
    }

    /// The shown account's day at a glance, for the tray's menu; `None` with no account.
    pub async fn glance(&self) -> AppResult<Option<Glance>> {
        let Some(account) = self.accounts.current()? else {
            return Ok(None);
        };
        let now = self.now();
        let glance = self
            .on_history("reading today's numbers", move |history| {
                let id = account.profile.id.as_str();
                Ok(history.read(|reading| {
                    // Today's posts of the last three UTC days: the last 24 hours among them.
                    let today = insights::today_in(reading, id, 0, now)?;
                    let day = pacific::day_of(now);
                    let yesterday = match day.pred_opt() {
                        Some(yesterday) => reading.profile_views(id, yesterday, yesterday)?,
                        None => Vec::new(),
                    };
                    let day_before = reading.followers_at(id, now - TimeDelta::days(1))?;
                    Ok::<_, HistoryError>(Glance {
                        username: account.profile.username.clone(),
                        demo: account.demo,
                        profile_views_today: today.profile_views_today,
                        profile_views_yesterday: yesterday.first().and_then(|d| d.value),
                        followers: today.followers,
                        followers_change: today.followers.zip(day_before).map(|(now, then)| {
                            i64::try_from(now).unwrap_or(i64::MAX)
                                - i64::try_from(then).unwrap_or(i64::MAX)
                        }),
                        best_post: best_of_the_day(&today.recent, now),
                    })
                })?)
            })
            .await?;
        Ok(Some(glance))
    }

    /// Whether to tell the creator where Spool went as its window closes to the tray: yes
    /// the first time only.
    pub fn tell_of_tray_once(&self) -> AppResult<bool> {
        Ok(self.accounts.tell_of_tray_once()?)
    }
}

/// The post of the last 24 hours furthest above the typical post at its age, or (where none
/// can be compared yet) the most viewed.
fn best_of_the_day(recent: &[PostRow], now: chrono::DateTime<chrono::Utc>) -> Option<GlancePost> {
    let views = |row: &PostRow| row.metrics.as_ref().and_then(|m| m.views).unwrap_or(0);
    recent
        .iter()
        .filter(|row| now - row.post.published_at <= TimeDelta::days(1))
        .max_by(|a, b| {
            let multiple = |row: &PostRow| row.on_track.as_ref().map(|t| t.multiple);
            multiple(a)
                .partial_cmp(&multiple(b))
                .unwrap_or(std::cmp::Ordering::Equal)
                .then(views(a).cmp(&views(b)))
        })
        .map(|row| GlancePost {
            excerpt: excerpt(row.post.text.as_deref(), TRAY_EXCERPT_CHARS),
            views: views(row),
            against_typical: row.on_track.as_ref().map(|t| (t.multiple, t.age_hours)),
        })
}
