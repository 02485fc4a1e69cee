//! What is worth a notification, decided from the history alone.
//!
//! [`worth_telling`] is a pure function: given what the history and the login say about one
//! account now ([`Look`]), it lists every event a creator would want to hear of, each with a
//! key that names the event, not the moment it was seen. The service
//! ([`crate::Spool::notify_due`]) runs it after each scheduled round, keeps only the kinds the
//! creator chose, and sends only the events whose key the history has not recorded
//! (`notifications_sent`, claimed before sending): so the same breakout, milestone, login or
//! run of failures is told once, however often the schedule looks and across restarts.
//!
//! The events:
//! - **A post breaking out**: one of the last days' posts whose views at its latest
//!   checkpoint are at least [`BREAKOUT_MULTIPLE`] times the creator's typical post's at the
//!   same age (the typical curve of content insights). Keyed by the post: once per post.
//! - **A milestone of followers**: the newest reading of followers reached a round number
//!   ([`follower_milestones`]) the reading before it was below. Keyed by the milestone: a
//!   count that dips under and climbs back is not told again. The first reading ever is no
//!   milestone (nothing was crossed that Spool saw).
//! - **A login ending** within [`LOGIN_ENDING_DAYS`] days, or **needing a new login**: keyed by
//!   the login's end, so a new login's own end is told again. Not for the demo.
//! - **Syncs that keep failing**: the last [`FAILED_SYNCS`] full syncs all failed. Keyed by the
//!   first failure of the run, so one run of failures is told once and the next run again.

use chrono::{DateTime, TimeDelta, Utc};
use spool_i18n::{Arg, Catalogue};
use spool_model::insights::BREAKOUT_MULTIPLE;
use spool_model::{
    FollowerReading, Notification, NotificationKind, Place, PostRow, SyncOutcome, SyncSummary,
    excerpt,
};

/// A login that ends within this many days is told of (and listed on the Today screen).
pub const LOGIN_ENDING_DAYS: i64 = 7;

/// This many failed full syncs in a row are told of.
pub const FAILED_SYNCS: usize = 3;

/// How many of the newest full syncs are read to find where a run of failures began: a run
/// longer than this is keyed by its oldest failure read, which a later failure moves, so one
/// run this long may be told of again (after this many more failures).
pub const RUNS_READ: u32 = 50;

/// How much of a post's text a notification quotes.
const EXCERPT_CHARS: usize = 60;

/// What the history and the login say about one account now.
#[derive(Debug, Clone, Copy)]
pub struct Look<'a> {
    /// The account's id.
    pub account_id: &'a str,
    /// Its username, without the @.
    pub username: &'a str,
    /// Whether it is the demo account (whose login never ends).
    pub demo: bool,
    /// The last days' posts, each with where it stands against the typical curve.
    pub recent: &'a [PostRow],
    /// The two newest readings of followers, newest first.
    pub followers: &'a [FollowerReading],
    /// Whether Threads no longer accepts the login.
    pub needs_login: bool,
    /// When the login ends.
    pub login_ends: DateTime<Utc>,
    /// The newest full syncs, newest first.
    pub runs: &'a [SyncSummary],
    /// Now.
    pub now: DateTime<Utc>,
}

/// Every event in `look` worth a notification, whether or not it was told before, told in
/// `catalogue`'s language.
pub fn worth_telling(look: &Look<'_>, catalogue: &Catalogue) -> Vec<Notification> {
    let who = crate::glance::account_handle(catalogue, look.username, look.demo);
    let account = || ("account", Arg::from(who.as_str()));
    let mut told = Vec::new();
    for row in look.recent {
        let Some(track) = &row.on_track else { continue };
        if track.multiple < BREAKOUT_MULTIPLE {
            continue;
        }
        told.push(Notification {
            key: format!("breakout:{}", row.post.id),
            kind: NotificationKind::Breakout,
            title: catalogue.format("notify-breakout", &[account()]),
            body: catalogue.format(
                "notify-breakout-body",
                &[
                    (
                        "excerpt",
                        excerpt(row.post.text.as_deref(), EXCERPT_CHARS).into(),
                    ),
                    ("views", track.views.into()),
                    ("hours", track.age_hours.into()),
                    ("multiple", track.multiple.into()),
                ],
            ),
            place: Place::Post(row.post.id.clone()),
        });
    }
    if let [newest, before, ..] = look.followers
        && let Some(milestone) = follower_milestones()
            .take_while(|m| *m <= newest.followers)
            .filter(|m| *m > before.followers)
            .last()
    {
        told.push(Notification {
            key: format!("followers:{milestone}"),
            kind: NotificationKind::FollowerMilestone,
            title: catalogue.format(
                "notify-milestone",
                &[account(), ("milestone", milestone.into())],
            ),
            body: catalogue.format(
                "notify-milestone-body",
                &[
                    ("followers", newest.followers.into()),
                    ("before", before.followers.into()),
                ],
            ),
            place: Place::Screen("overview"),
        });
    }
    if !look.demo {
        let ends = look.login_ends.timestamp();
        if look.needs_login {
            told.push(Notification {
                key: format!("login-needed:{ends}"),
                kind: NotificationKind::LoginNeeded,
                title: catalogue.format("notify-login-needed", &[account()]),
                body: catalogue.text("notify-login-needed-body"),
                place: Place::Screen("settings"),
            });
        } else if look.login_ends - look.now < TimeDelta::days(LOGIN_ENDING_DAYS) {
            let days = (look.login_ends - look.now).num_days().max(0);
            told.push(Notification {
                key: format!("login-ending:{ends}"),
                kind: NotificationKind::LoginEnding,
                title: catalogue.format("notify-login-ending", &[account(), ("days", days.into())]),
                body: catalogue.text("notify-login-ending-body"),
                place: Place::Screen("settings"),
            });
        }
    }
    let failed = look
        .runs
        .iter()
        .take_while(|run| run.outcome == SyncOutcome::Failed)
        .collect::<Vec<_>>();
    if let (Some(newest), Some(first)) = (failed.first(), failed.last())
        && failed.len() >= FAILED_SYNCS
    {
        let reason = newest.error.as_ref().map_or_else(
            || catalogue.text("notify-no-reason"),
            |reason| catalogue.say(reason),
        );
        told.push(Notification {
            key: format!("syncs-failing:{}", first.started_at.timestamp()),
            kind: NotificationKind::SyncsFailing,
            title: catalogue.format("notify-syncs-failing", &[account()]),
            body: catalogue.format(
                "notify-syncs-failing-body",
                &[("failed", failed.len().into()), ("reason", reason.into())],
            ),
            place: Place::Screen("today"),
        });
    }
    told
}

/// The follower counts worth a notification, smallest first: 100, 250, 500, 1,000, 2,500,
/// 5,000, 10,000 and on.
pub fn follower_milestones() -> impl Iterator<Item = u64> {
    // Up to 10^18, whose five times still fits.
    std::iter::successors(Some(100_u64), |power| {
        power.checked_mul(10).filter(|next| *next <= u64::MAX / 10)
    })
    .flat_map(|power| [power, power / 2 * 5, power * 5])
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;
    use spool_model::{MediaType, OnTrack, Post};

    use super::*;

    /// The catalogue the tests read notifications in.
    fn english() -> Catalogue {
        Catalogue::bundled(
            spool_i18n::Language::English,
            spool_i18n::NumberStyle::english(),
        )
    }

    fn at(hour: i64) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 2, 0, 0, 0).unwrap() + TimeDelta::hours(hour)
    }

    fn row(id: &str, multiple: Option<f64>) -> PostRow {
        PostRow {
            post: Post {
                id: id.into(),
                media_type: MediaType::TextPost,
                text: Some(format!("Post {id}")),
                published_at: at(0),
                permalink: None,
                shortcode: None,
                is_quote_post: false,
                link_attachment_url: None,
            },
            metrics: None,
            engagement_rate: None,
            on_track: multiple.map(|multiple| OnTrack {
                age_hours: 6,
                views: (multiple * 100.0) as u64,
                typical: 100.0,
                multiple,
            }),
        }
    }

    fn followers(newest: u64, before: u64) -> Vec<FollowerReading> {
        vec![
            FollowerReading {
                at: at(24),
                followers: newest,
            },
            FollowerReading {
                at: at(0),
                followers: before,
            },
        ]
    }

    fn run(hour: i64, outcome: SyncOutcome) -> SyncSummary {
        SyncSummary {
            started_at: at(hour),
            ended_at: at(hour),
            outcome,
            requests: 3,
            error: (outcome == SyncOutcome::Failed)
                .then(|| spool_model::Sentence::as_written("Threads did not answer.")),
            details: None,
        }
    }

    /// An account with nothing to tell: a steady login, followers unchanged, syncs fine.
    fn quiet<'a>(
        recent: &'a [PostRow],
        followers: &'a [FollowerReading],
        runs: &'a [SyncSummary],
    ) -> Look<'a> {
        Look {
            account_id: "1",
            username: "maya",
            demo: false,
            recent,
            followers,
            needs_login: false,
            login_ends: at(24 * 50),
            runs,
            now: at(30),
        }
    }

    fn keys(look: &Look<'_>) -> Vec<String> {
        worth_telling(look, &english())
            .into_iter()
            .map(|n| n.key)
            .collect()
    }

    #[test]
    fn a_quiet_day_tells_nothing() {
        let recent = [row("a", Some(1.2)), row("b", None)];
        let steady = followers(980, 975);
        let runs = [
            run(20, SyncOutcome::Completed),
            run(10, SyncOutcome::Failed),
        ];
        assert_eq!(keys(&quiet(&recent, &steady, &runs)), Vec::<String>::new());
    }

    #[test]
    fn a_post_at_twice_its_typical_views_breaks_out_and_opens_its_page() {
        let recent = [
            row("a", Some(1.9)),
            row("b", Some(2.0)),
            row("c", Some(7.5)),
        ];
        let told = worth_telling(&quiet(&recent, &[], &[]), &english());
        assert_eq!(
            told.iter().map(|n| n.key.as_str()).collect::<Vec<_>>(),
            ["breakout:b", "breakout:c"]
        );
        let c = &told[1];
        assert_eq!(c.kind, NotificationKind::Breakout);
        assert_eq!(c.place, Place::Post("c".into()));
        assert_eq!(c.title, "A post of @maya is breaking out");
        assert_eq!(
            c.body,
            "“Post c” has 750 views at 6 hours: 7.5× your typical post at that age."
        );
    }

    #[test]
    fn followers_crossing_a_milestone_tell_the_highest_one_crossed() {
        let crossed = followers(1_020, 480);
        let told = worth_telling(&quiet(&[], &crossed, &[]), &english());
        assert_eq!(told.len(), 1);
        assert_eq!(told[0].key, "followers:1000");
        assert_eq!(told[0].title, "@maya has 1,000 followers");
        assert_eq!(told[0].place, Place::Screen("overview"));
        // Reaching it exactly counts; being on it already does not.
        assert_eq!(
            keys(&quiet(&[], &followers(2_500, 2_499), &[])),
            ["followers:2500"]
        );
        assert!(keys(&quiet(&[], &followers(2_510, 2_500), &[])).is_empty());
        // Falling below one is no milestone; a first reading has nothing it crossed.
        assert!(keys(&quiet(&[], &followers(990, 1_010), &[])).is_empty());
        assert!(keys(&quiet(&[], &followers(5_000, 5_000)[..1], &[])).is_empty());
    }

    #[test]
    fn milestones_are_round_numbers_in_order() {
        let first: Vec<u64> = follower_milestones().take(7).collect();
        assert_eq!(first, [100, 250, 500, 1_000, 2_500, 5_000, 10_000]);
        assert!(follower_milestones().is_sorted());
    }

    #[test]
    fn a_login_ending_within_a_week_or_refused_sends_to_settings() {
        let mut look = quiet(&[], &[], &[]);
        look.login_ends = look.now + TimeDelta::days(8);
        assert!(keys(&look).is_empty(), "eight days left: not yet");
        look.login_ends = look.now + TimeDelta::days(3) + TimeDelta::hours(2);
        let told = worth_telling(&look, &english());
        assert_eq!(told[0].title, "The login of @maya ends in 3 days");
        assert_eq!(told[0].kind, NotificationKind::LoginEnding);
        assert_eq!(told[0].place, Place::Screen("settings"));
        let ending = told[0].key.clone();
        look.needs_login = true;
        let told = worth_telling(&look, &english());
        assert_eq!(told.len(), 1, "refused: only that is told");
        assert_eq!(told[0].kind, NotificationKind::LoginNeeded);
        assert_ne!(told[0].key, ending);
        // A new login ends elsewhere: its end is a new event.
        look.needs_login = false;
        look.login_ends += TimeDelta::days(1);
        assert_ne!(keys(&look), [ending]);
    }

    #[test]
    fn the_demo_login_is_never_told_of() {
        let mut look = quiet(&[], &[], &[]);
        look.demo = true;
        look.needs_login = true;
        look.login_ends = look.now;
        assert!(keys(&look).is_empty());
    }

    #[test]
    fn three_failed_syncs_in_a_row_are_one_event_until_one_succeeds() {
        use SyncOutcome::{Completed, Failed};
        let two = [run(12, Failed), run(11, Failed), run(10, Completed)];
        assert!(keys(&quiet(&[], &[], &two)).is_empty());
        let three = [
            run(13, Failed),
            run(12, Failed),
            run(11, Failed),
            run(10, Completed),
        ];
        let told = worth_telling(&quiet(&[], &[], &three), &english());
        assert_eq!(told[0].kind, NotificationKind::SyncsFailing);
        assert_eq!(told[0].place, Place::Screen("today"));
        assert!(told[0].body.contains("Threads did not answer."));
        // A fourth failure is the same run: the same key, so it is not told again.
        let four = [
            run(14, Failed),
            run(13, Failed),
            run(12, Failed),
            run(11, Failed),
        ];
        assert_eq!(
            keys(&quiet(&[], &[], &four)),
            keys(&quiet(&[], &[], &three))
        );
        // After a success, a new run of failures is a new event.
        let again = [
            run(22, Failed),
            run(21, Failed),
            run(20, Failed),
            run(19, Completed),
        ];
        assert_ne!(
            keys(&quiet(&[], &[], &again)),
            keys(&quiet(&[], &[], &three))
        );
    }
}
