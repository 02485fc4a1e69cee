//! A simulator whose creators keep posting lists, as its clock moves on, the posts published
//! since the accounts were made, with insights growing; one that does not lists none.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;
use threads_sim::{RunningSimulator, SimClock, Simulator};

fn made_at() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("valid moment")
        .to_utc()
}

async fn get(sim: &RunningSimulator, path: &str, token: &str) -> Value {
    let url = format!("{}v1.0{path}access_token={token}", sim.base_url());
    let response = reqwest::get(url).await.expect("an answer");
    assert_eq!(response.status().as_u16(), 200, "{path}");
    response.json().await.expect("JSON")
}

/// The ids and publication times of the main account's posts published after `since`, as the
/// API lists them.
async fn listed_since(sim: &RunningSimulator, since: DateTime<Utc>) -> Vec<(String, String)> {
    let token = sim.issue_long_lived_token(sim.main_user_id());
    let path = format!(
        "/{}/threads?fields=id,timestamp&limit=100&since={}&",
        sim.main_user_id(),
        since.timestamp() + 1
    );
    let answer = get(sim, &path, &token).await;
    answer["data"]
        .as_array()
        .expect("a list")
        .iter()
        .map(|p| {
            (
                p["id"].as_str().expect("an id").to_owned(),
                p["timestamp"].as_str().expect("a time").to_owned(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_world_that_keeps_posting_lists_new_posts_as_its_clock_moves_on() {
    let sim = Simulator::new()
        .accounts_as_of(made_at())
        .keeps_posting()
        .clock(SimClock::Fixed(made_at()))
        .start()
        .await
        .expect("starts");
    assert!(listed_since(&sim, made_at()).await.is_empty());
    sim.advance(TimeDelta::days(5));
    let listed = listed_since(&sim, made_at()).await;
    assert!(listed.len() >= 3, "{} posts in five days", listed.len());
    // The listing and the account agree, and the newest post has views by now.
    let account = sim.account(sim.main_user_id()).expect("the account");
    let newest = &account.posts[0];
    assert_eq!(listed[0].0, newest.id);
    let token = sim.issue_long_lived_token(sim.main_user_id());
    let insights = get(
        &sim,
        &format!("/{}/insights?metric=views&", newest.id),
        &token,
    )
    .await;
    let views = insights["data"][0]["values"][0]["value"]
        .as_u64()
        .expect("views");
    let expected = account
        .metrics_at(newest, sim.now())
        .expect("an own post")
        .views;
    assert_eq!(views, expected);

    // The same world asked five days on at once lists the same posts.
    let at_once = Simulator::new()
        .accounts_as_of(made_at())
        .keeps_posting()
        .clock(SimClock::Fixed(made_at() + TimeDelta::days(5)))
        .start()
        .await
        .expect("starts");
    assert_eq!(listed_since(&at_once, made_at()).await, listed);
}

#[tokio::test]
async fn a_world_made_at_a_moment_lists_nothing_after_it_unless_it_keeps_posting() {
    let sim = Simulator::new()
        .accounts_as_of(made_at())
        .clock(SimClock::Fixed(made_at()))
        .start()
        .await
        .expect("starts");
    sim.advance(TimeDelta::days(5));
    assert!(listed_since(&sim, made_at()).await.is_empty());
}
