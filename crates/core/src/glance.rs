//! The tray menu's lines: the shown account's day at a glance ([`Glance`]), in the language
//! Spool speaks.

use spool_i18n::{Arg, Catalogue};
use spool_model::Glance;

/// How an account is named to the creator: its handle, marked when it is the demo's.
pub fn account_handle(catalogue: &Catalogue, username: &str, demo: bool) -> String {
    let id = if demo {
        "account-handle-demo"
    } else {
        "account-handle"
    };
    catalogue.format(id, &[("username", username.into())])
}

/// The menu's lines for `glance`.
pub fn lines(glance: &Glance, catalogue: &Catalogue) -> Vec<String> {
    let count = |value: Option<u64>| value.map_or_else(|| Arg::from("–"), Arg::from);
    let mut lines = vec![account_handle(catalogue, &glance.username, glance.demo)];
    lines.push(catalogue.format(
        "tray-profile-views",
        &[
            ("today", count(glance.profile_views_today)),
            ("yesterday", count(glance.profile_views_yesterday)),
        ],
    ));
    lines.push(match (glance.followers, glance.followers_change) {
        (Some(followers), Some(change)) => catalogue.format(
            "tray-followers-change",
            &[
                ("followers", followers.into()),
                ("change", catalogue.numbers().change(change).into()),
            ],
        ),
        (followers, _) => catalogue.format("tray-followers", &[("followers", count(followers))]),
    });
    match &glance.best_post {
        Some(post) => {
            lines.push(match post.against_typical {
                Some((multiple, hours)) => catalogue.format(
                    "tray-best-post-against",
                    &[
                        ("views", post.views.into()),
                        ("multiple", multiple.into()),
                        ("hours", hours.into()),
                    ],
                ),
                None => catalogue.format("tray-best-post", &[("views", post.views.into())]),
            });
            lines
                .push(catalogue.format("tray-quote", &[("excerpt", post.excerpt.as_str().into())]));
        }
        None => lines.push(catalogue.text("tray-no-post")),
    }
    lines
}

#[cfg(test)]
mod tests {
    use spool_i18n::{Language, NumberStyle};
    use spool_model::GlancePost;

    use super::*;

    fn glance() -> Glance {
        Glance {
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
        }
    }

    #[test]
    fn the_glance_reads_as_the_tray_menu_shows_it() {
        let english = Catalogue::bundled(Language::English, NumberStyle::english());
        assert_eq!(
            lines(&glance(), &english),
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
    fn one_view_is_one_and_numbers_follow_the_language() {
        let english = Catalogue::bundled(Language::English, NumberStyle::english());
        let mut quiet = glance();
        quiet.best_post = Some(GlancePost {
            excerpt: "Hi".into(),
            views: 1,
            against_typical: None,
        });
        assert_eq!(
            lines(&quiet, &english)[3],
            "Best post of the last 24 h: 1 view"
        );
        let german = Catalogue::bundled(Language::German, NumberStyle::of(Language::German));
        let said = lines(&glance(), &german);
        assert!(said[1].contains("1.234"), "{said:?}");
        assert!(
            said[2].contains("10.500") && said[2].contains("−3"),
            "{said:?}"
        );
        assert!(said[3].contains("2,5"), "{said:?}");
    }
}
