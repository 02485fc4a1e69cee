//! Spool on the desktop outside its window: the notifications it sends, the places they open,
//! and the glance at today's numbers the tray's menu shows.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::Locale;

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

impl Glance {
    /// The menu's lines, in `locale`'s numbers.
    pub fn lines(&self, locale: &Locale) -> Vec<String> {
        let count = |value: Option<u64>| value.map_or_else(|| "–".to_owned(), |v| locale.number(v));
        let demo = if self.demo { " (demo)" } else { "" };
        let mut lines = vec![format!("@{}{demo}", self.username)];
        lines.push(format!(
            "Profile views: {} today so far, {} yesterday",
            count(self.profile_views_today),
            count(self.profile_views_yesterday)
        ));
        lines.push(match (self.followers, self.followers_change) {
            (Some(followers), Some(change)) => format!(
                "Followers: {} ({} since yesterday)",
                locale.number(followers),
                locale.change(change)
            ),
            (followers, _) => format!("Followers: {}", count(followers)),
        });
        match &self.best_post {
            Some(post) => {
                let against = match post.against_typical {
                    Some((multiple, hours)) => format!(
                        ", {}× your typical post at {hours} h",
                        locale.decimal(multiple, 1)
                    ),
                    None => String::new(),
                };
                lines.push(format!(
                    "Best post of the last 24 h: {} views{against}",
                    locale.number(post.views)
                ));
                lines.push(format!("“{}”", post.excerpt));
            }
            None => lines.push("No post in the last 24 hours".to_owned()),
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_glance_reads_as_the_tray_menu_shows_it() {
        let glance = Glance {
            username: "maya".into(),
            demo: false,
            profile_views_today: Some(1_234),
            profile_views_yesterday: None,
            followers: Some(10_500),
            followers_change: Some(-3),
            best_post: Some(GlancePost {
                excerpt: "Ship it".into(),
                views: 4_100,
                against_typical: Some((2.54, 6)),
            }),
        };
        assert_eq!(
            glance.lines(&Locale::english()),
            [
                "@maya",
                "Profile views: 1,234 today so far, – yesterday",
                "Followers: 10,500 (−3 since yesterday)",
                "Best post of the last 24 h: 4,100 views, 2.5× your typical post at 6 h",
                "“Ship it”",
            ]
        );
    }

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
