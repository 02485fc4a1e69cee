//! Today: the first screen, for the daily look. The last three days' posts against the
//! creator's typical post at the same age, today's profile views against a usual day, followers
//! since yesterday, and what needs attention.

use leptos::prelude::*;
use spool_charts::draw_post_growth;
use spool_model::insights::CHECKPOINT_HOURS;
use spool_model::{Attention, ChartKind, Locale, PostReading, PostRow, Today, TypicalCurve};

use crate::bindings;
use crate::chart::{Frame, chart};
use crate::export::ChartExport;
use crate::i18n::{say, t, tf};
use crate::screens::posts::{age_text, on_track_text};
use crate::screens::{HistoryScreen, Load, Loaded, Screen};
use crate::session::Session;

/// The Today screen of the account shown.
#[component]
pub fn TodayScreen() -> impl IntoView {
    let east = expect_context::<Locale>().utc_offset_minutes;
    let today = Load::history(move || bindings::today(east));
    view! {
        <HistoryScreen screen=Screen::Today>
            <Loaded load=today shown=|today| move || today.get().map(|today| view! { <Body today /> }) />
        </HistoryScreen>
    }
}

/// What today's numbers say.
#[component]
fn Body(today: Today) -> impl IntoView {
    let locale = expect_context::<Locale>();
    let attention = today
        .attention
        .iter()
        .map(|item| view! { <AttentionItem item=item.clone() /> })
        .collect_view();
    let views = today
        .profile_views_today
        .map_or_else(|| "—".to_owned(), |v| locale.number(v));
    let usual = today.usual_day.map_or_else(
        || t("today-no-usual-day"),
        |usual| tf("today-usual-day", &[("views", usual.round().into())]),
    );
    let followers = today
        .followers
        .map_or_else(|| "—".to_owned(), |f| locale.number(f));
    let since_yesterday = match today.followers_since_yesterday {
        Some(change) if change >= 0 => tf("today-followers-up", &[("change", change.into())]),
        Some(change) => tf(
            "today-followers-down",
            &[("change", change.unsigned_abs().into())],
        ),
        None => t("today-no-reading"),
    };
    let newest = today.recent.first().cloned();
    let recent = if today.recent.is_empty() {
        view! { <p class="muted" id="recent-none">{t("today-no-recent")}</p> }.into_any()
    } else {
        today
            .recent
            .iter()
            .map(|row| view! { <RecentPost row=row.clone() /> })
            .collect_view()
            .into_any()
    };
    let ready = today.typical.points.iter().any(|p| p.views.is_some());
    let typical_note = if ready {
        tf(
            "today-typical-note",
            &[(
                "ages",
                CHECKPOINT_HOURS
                    .map(age_text)
                    .join(&t("list-separator"))
                    .into(),
            )],
        )
    } else {
        tf(
            "today-typical-unknown",
            &[("posts", today.typical.minimum_posts.into())],
        )
    };
    view! {
        {(!today.attention.is_empty()).then(|| view! { <ul class="attention" id="attention">{attention}</ul> })}
        <div class="cards">
            <div class="card" id="today-views">
                <span class="card-label">{t("today-views")}</span>
                <span class="card-value">{views}</span>
                <span class="card-change muted">{usual}</span>
            </div>
            <div class="card" id="today-followers">
                <span class="card-label">{t("today-followers")}</span>
                <span class="card-value">{followers}</span>
                <span class="card-change muted">{since_yesterday}</span>
            </div>
        </div>
        <h2>{t("today-recent")}</h2>
        <ul class="recent-posts" id="recent-posts">{recent}</ul>
        <p class="muted">{typical_note}</p>
        {newest.map(|newest| view! { <NewestPost newest growth=today.newest_growth typical=today.typical /> })}
    }
}

/// One thing that needs the creator's attention, and what to do about it.
#[component]
fn AttentionItem(item: Attention) -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<Locale>();
    let (kind, text, action) = match item {
        Attention::LoginExpiring { expires_at } => (
            "login-expiring",
            tf(
                "today-login-ending",
                &[("when", locale.date_time(expires_at).into())],
            ),
            Some((t("today-log-in-again"), Screen::Settings)),
        ),
        Attention::LoginNeeded => (
            "login-needed",
            t("today-login-needed"),
            Some((t("today-log-in-again"), Screen::Settings)),
        ),
        Attention::SyncFailed { at, reason } => (
            "sync-failed",
            tf(
                "today-sync-failed",
                &[
                    ("when", locale.date_time(at).into()),
                    (
                        "reason",
                        reason
                            .as_ref()
                            .map_or_else(|| t("sync-failed-no-reason"), say)
                            .into(),
                    ),
                ],
            ),
            None,
        ),
        Attention::NotSyncedFor { hours } => (
            "not-synced",
            tf("today-not-synced", &[("hours", hours.into())]),
            None,
        ),
    };
    view! {
        <li class="notice warning" data-attention=kind>
            <span>{text}</span>
            {action.map(|(label, screen)| view! {
                <button on:click=move |_| session.screen.set(screen)>{label}</button>
            })}
        </li>
    }
}

/// A post of the last three days: its text (opening its page), its views, and where it stands.
#[component]
fn RecentPost(row: PostRow) -> impl IntoView {
    let session = Session::get();
    let locale = expect_context::<Locale>();
    let id = row.post.id.clone();
    let text = row.post.text.clone().unwrap_or_else(|| t("today-no-text"));
    let views = row.metrics.and_then(|m| m.views).map_or_else(
        || t("today-not-read"),
        |v| tf("today-post-views", &[("views", v.into())]),
    );
    let standing = match row.on_track {
        Some(track) => on_track_text(&track),
        None => t("today-not-compared"),
    };
    let breakout = row
        .on_track
        .is_some_and(|t| t.multiple >= spool_model::insights::BREAKOUT_MULTIPLE);
    let marker = id.clone();
    view! {
        <li class="recent-post" data-post=marker class:breakout=breakout>
            <button class="link" on:click=move |_| session.open_post(id.clone())>{text}</button>
            <span class="muted">
                {format!("{} · {views}", locale.date_time(row.post.published_at))}
            </span>
            <span class="standing">{standing}</span>
        </li>
    }
}

/// The newest post's views so far over the band of the creator's typical post, from Today's
/// own answer: no second round trip before the screen's chart.
#[component]
fn NewestPost(newest: PostRow, growth: Vec<PostReading>, typical: TypicalCurve) -> impl IntoView {
    let export = ChartExport {
        chart: ChartKind::PostGrowth {
            post_id: newest.post.id,
        },
        range: None,
    };
    let published_at = newest.post.published_at;
    view! {
        <h2>{t("today-newest")}</h2>
        {chart(
            Frame::id("today-growth-chart"),
            export.chart.natural_size().1,
            export,
            move |area, style| draw_post_growth(area, published_at, &growth, &typical, style),
        )}
    }
}
