//! The simulator refuses what the real API refuses, with the real error shape: requests are sent
//! raw here, past the client's own checks.

use chrono::{DateTime, Utc};
use serde_json::Value;
use threads_sim::{RunningSimulator, SimClock, Simulator};

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("valid moment")
        .to_utc()
}

struct Raw {
    sim: RunningSimulator,
    token: String,
    http: reqwest::Client,
}

impl Raw {
    async fn new() -> Raw {
        let sim = Simulator::new()
            .clock(SimClock::Fixed(now()))
            .start()
            .await
            .expect("starts");
        let token = sim.issue_long_lived_token(sim.main_user_id());
        Raw {
            sim,
            token,
            http: reqwest::Client::new(),
        }
    }

    /// GETs `path` with `query` and the token; returns the status and the JSON body.
    async fn get(&self, path: &str, query: &str) -> (u16, Value) {
        let url = format!(
            "{}v1.0/{path}?{query}&access_token={}",
            self.sim.base_url(),
            self.token
        );
        let answer = self.http.get(url).send().await.expect("answers");
        let status = answer.status().as_u16();
        (status, answer.json().await.expect("a JSON body"))
    }

    /// Asserts a Graph error envelope with `code` whose message mentions `words`.
    async fn refuses(&self, path: &str, query: &str, code: i64, words: &str) {
        let (status, body) = self.get(path, query).await;
        assert!(
            status >= 400,
            "{path}?{query} was answered with {status}: {body}"
        );
        let error = &body["error"];
        assert_eq!(error["code"], code, "{path}?{query}: {body}");
        assert!(error["type"].is_string() && error["fbtrace_id"].is_string());
        let message = error["message"].as_str().unwrap_or_default();
        assert!(message.contains(words), "{path}?{query}: {message}");
    }
}

#[tokio::test]
async fn insights_refusals() {
    let raw = Raw::new().await;
    let user = raw.sim.main_user_id().to_owned();
    let insights = format!("{user}/threads_insights");
    raw.refuses(
        &insights,
        "metric=views&since=1712991599&until=1713991600",
        100,
        "1712991600",
    )
    .await;
    raw.refuses(
        &insights,
        "metric=followers_count&since=1712991600&until=1713991600",
        100,
        "since and until",
    )
    .await;
    raw.refuses(
        &insights,
        "metric=follower_demographics&breakdown=country,city",
        100,
        "one breakdown",
    )
    .await;
    raw.refuses(
        &insights,
        "metric=follower_demographics",
        100,
        "requires the breakdown",
    )
    .await;
    let (_, body) = raw.get(&insights, "metric=follower_demographics").await;
    assert_eq!(body["error"]["error_subcode"], 4_279_040);
    raw.refuses(&insights, "metric=impressions", 100, "must be one of")
        .await;
    raw.refuses(&insights, "", 100, "metric is required").await;
    // Another account's insights are an object this token cannot see.
    raw.refuses(
        "17841400000009999/threads_insights",
        "metric=views",
        100,
        "does not exist",
    )
    .await;
}

#[tokio::test]
async fn post_refusals() {
    let raw = Raw::new().await;
    let account = raw.sim.account(raw.sim.main_user_id()).expect("account");
    let post = &account.posts[0].id;
    raw.refuses(
        &format!("{post}/insights"),
        "metric=clicks",
        100,
        "must be one of",
    )
    .await;
    raw.refuses(
        "17999999999999999/insights",
        "metric=likes",
        100,
        "does not exist",
    )
    .await;
    let (_, body) = raw.get("17999999999999999/insights", "metric=likes").await;
    assert_eq!(body["error"]["error_subcode"], 33);
    raw.refuses("me/threads", "limit=101", 100, "limit").await;
    raw.refuses(
        "me/threads",
        "before=QVFI5a5a&after=QVFI5a5b",
        100,
        "before and after",
    )
    .await;
    raw.refuses("me/threads", "since=1688540399", 100, "since")
        .await;
}

#[tokio::test]
async fn the_default_page_holds_25_and_the_last_page_has_no_after_cursor() {
    let raw = Raw::new().await;
    let (status, first) = raw.get("me/threads", "fields=id,timestamp").await;
    assert_eq!(status, 200);
    assert_eq!(first["data"].as_array().map(Vec::len), Some(25));
    assert!(first["paging"]["cursors"]["after"].is_string());
    assert!(
        first["data"][0]["text"].is_null(),
        "only the fields asked for"
    );
    let total = raw
        .sim
        .account(raw.sim.main_user_id())
        .expect("account")
        .posts
        .len();
    let last_start = total - total % 100;
    let cursor = format!("QVFI{:x}", last_start ^ 0x5a5a);
    let (_, last) = raw
        .get("me/threads", &format!("limit=100&after={cursor}"))
        .await;
    assert_eq!(
        last["data"].as_array().map(Vec::len),
        Some(total - last_start)
    );
    assert!(last["paging"]["cursors"]["after"].is_null());
}

#[tokio::test]
async fn tokens_are_checked_on_every_graph_call() {
    let raw = Raw::new().await;
    let url = format!("{}v1.0/me?fields=id", raw.sim.base_url());
    let body: Value = raw
        .http
        .get(url)
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("json");
    assert_eq!(body["error"]["code"], 190);
    let url = format!(
        "{}v1.0/me?fields=id&access_token=THAAnot-a-token",
        raw.sim.base_url()
    );
    let body: Value = raw
        .http
        .get(url)
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("json");
    assert_eq!(body["error"]["code"], 190);
    assert_eq!(body["error"]["type"], "OAuthException");
    // A bearer header works as well as the parameter.
    let url = format!("{}v1.0/me?fields=id,username", raw.sim.base_url());
    let body: Value = raw
        .http
        .get(url)
        .bearer_auth(&raw.token)
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("json");
    assert_eq!(body["id"], raw.sim.main_user_id());
}
