//! Spool on the desktop outside its window: the notifications it sends, the places they open,
//! and the glance at today's numbers the tray's menu shows.

use serde::{Deserialize, Serialize};
use specta::Type;

/// Which notifications the creator wants; each kind can be turned off in Settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct NotifyChoices {
    /// A post whose views run well above the creator's typical curve for its age.
    pub breakouts: bool,
    /// Followers passing a round number.
    pub follower_milestones: bool,
    /// A login that ends within a week, or that Threads no longer accepts.
    pub logins: bool,
    /// Syncs of an account that keep failing.
    pub failing_syncs: bool,
}

impl Default for NotifyChoices {
    /// Every kind on: each tells of something the creator would want to know.
    fn default() -> Self {
        Self {
            breakouts: true,
            follower_milestones: true,
            logins: true,
            failing_syncs: true,
        }
    }
}

impl NotifyChoices {
    /// Whether the creator wants notifications of `kind`.
    pub fn allows(self, kind: NotificationKind) -> bool {
        match kind {
            NotificationKind::Breakout => self.breakouts,
            NotificationKind::FollowerMilestone => self.follower_milestones,
            NotificationKind::LoginEnding | NotificationKind::LoginNeeded => self.logins,
            NotificationKind::SyncsFailing => self.failing_syncs,
            NotificationKind::ReportWritten => true,
        }
    }
}

/// What a notification is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotificationKind {
    /// A post breaking out.
    Breakout,
    /// Followers passing a milestone.
    FollowerMilestone,
    /// A login ending within a week.
    LoginEnding,
    /// A login Threads no longer accepts.
    LoginNeeded,
    /// Syncs failing one after another.
    SyncsFailing,
    /// A scheduled report written (asked for when the schedule was set, so always sent).
    ReportWritten,
}

/// Where in the window something is: a screen (by its `data-screen` name) or a post's page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// A screen: `today`, `settings`, …
    Screen(&'static str),
    /// The page of the post with this id.
    Post(String),
}

impl Place {
    /// How the window is asked for it (the `ScreenAsked` event, the window's address): the
    /// screen's name, or `post/<id>`.
    pub fn address(&self) -> String {
        match self {
            Self::Screen(name) => (*name).to_owned(),
            Self::Post(id) => format!("post/{id}"),
        }
    }
}

/// A notification Spool sends the desktop.
#[derive(Debug, Clone, PartialEq)]
pub struct Notification {
    /// The event it tells of, unique for each account: no notification with the same key is
    /// sent twice.
    pub key: String,
    /// What it is about.
    pub kind: NotificationKind,
    /// Its first line.
    pub title: String,
    /// What happened and, where there is something to do, what.
    pub body: String,
    /// What clicking it opens.
    pub place: Place,
}

/// The account's day at a glance, as the tray's menu shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    /// The account's username.
    pub username: String,
    /// Whether it is the demo account.
    pub demo: bool,
    /// Profile views today so far (the API's day, in Pacific time), once read.
    pub profile_views_today: Option<u64>,
    /// Profile views yesterday.
    pub profile_views_yesterday: Option<u64>,
    /// Followers at the last reading.
    pub followers: Option<u64>,
    /// Their change since the last reading a day or more before it.
    pub followers_change: Option<i64>,
    /// The best post of the last 24 hours.
    pub best_post: Option<GlancePost>,
}

/// The best post of the last 24 hours, against the creator's typical post at its age.
#[derive(Debug, Clone, PartialEq)]
pub struct GlancePost {
    /// The start of its text.
    pub excerpt: String,
    /// Its views at the last reading.
    pub views: u64,
    /// Its views over the typical post's at the same age, with that age in hours; `None`
    /// until its first hour is read or where too few posts make a typical curve.
    pub against_typical: Option<(f64, u32)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_asked_for_by_its_screen_or_its_post() {
        assert_eq!(Place::Screen("settings").address(), "settings");
        assert_eq!(Place::Post("17".into()).address(), "post/17");
    }

    #[test]
    fn each_kind_of_notification_follows_its_own_choice() {
        let choices = NotifyChoices {
            logins: false,
            ..NotifyChoices::default()
        };
        assert!(!choices.allows(NotificationKind::LoginEnding));
        assert!(!choices.allows(NotificationKind::LoginNeeded));
        assert!(choices.allows(NotificationKind::Breakout));
    }
}
