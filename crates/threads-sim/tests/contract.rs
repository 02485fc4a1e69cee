//! The simulator answers every read-only request the way Meta's documentation and its official
//! sample (`fbsamples/threads_api`: the Postman collection and the Node app) send it: Graph
//! paths with and without `/v1.0`, the code exchange with its parameters in the query string, a
//! urlencoded body or a multipart body (`curl -F`), the token as an `access_token` parameter,
//! a bearer header or a form field. Requests go out raw and answers are read as plain JSON:
//! nothing here shares a type with Spool's client, so one cannot hide the other's mistake.

use chrono::{DateTime, TimeDelta, Utc};
use serde_json::Value;
use threads_sim::{RunningSimulator, SimClock, Simulator};

/// The post fields the Postman collection asks for (`fields_threads`).
const POST_FIELDS: &str = "id,media_product_type,media_type,media_url,gif_url,permalink,owner,\
    username,text,timestamp,shortcode,thumbnail_url,children,is_quote_post,quoted_post,\
    reposted_post,has_replies,alt_text,link_attachment_url,location_id";
/// The profile fields the Postman collection asks for (`fields_profile`).
const PROFILE_FIELDS: &str = "id,username,name,is_verified,threads_profile_picture_url,\
    threads_biography,recently_searched_keywords,is_eligible_for_geo_gating";
/// `metrics_post` and `metrics_account` of the Postman collection (demographics apart: it
/// needs its own call with a breakdown).
const POST_METRICS: &str = "views,likes,replies,reposts,quotes,shares";
const ACCOUNT_METRICS: &str = "views,likes,replies,reposts,quotes,clicks,followers_count";

/// How a request carries the token.
#[derive(Debug, Clone, Copy)]
enum Auth {
    /// `?access_token=` (the Postman collection, the sample app, every curl example).
    Query,
    /// `Authorization: Bearer`.
    Bearer,
    /// `curl -X GET -F access_token=... -F metric=...`, as the insights page's examples.
    Multipart,
}

const PREFIXES: [&str; 2] = ["", "/v1.0"];
const AUTHS: [Auth; 3] = [Auth::Query, Auth::Bearer, Auth::Multipart];

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-20T18:30:00Z")
        .expect("valid moment")
        .to_utc()
}

struct Meta {
    sim: RunningSimulator,
    http: reqwest::Client,
    base: String,
}

/// A multipart body as `curl -F name=value` sends it.
fn multipart(fields: &[(&str, &str)]) -> (String, String) {
    let boundary = "------------------------d74496d66958873e";
    let mut body = String::new();
    for (name, value) in fields {
        body.push_str(&format!(
            "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n"
        ));
    }
    body.push_str(&format!("--{boundary}--\r\n"));
    (format!("multipart/form-data; boundary={boundary}"), body)
}

fn query(fields: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

impl Meta {
    async fn new() -> Meta {
        let sim = Simulator::new()
            .clock(SimClock::Fixed(now()))
            .start()
            .await
            .expect("starts");
        let base = sim.base_url().as_str().trim_end_matches('/').to_owned();
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("a client");
        Meta { sim, http, base }
    }

    async fn answer(response: reqwest::Response) -> (u16, Value) {
        let status = response.status().as_u16();
        let text = response.text().await.expect("a body");
        let json = serde_json::from_str(&text)
            .unwrap_or_else(|_| panic!("HTTP {status} with a body that is not JSON: {text:?}"));
        (status, json)
    }

    /// A Graph `GET` of `path` (which starts with `/`) under `prefix`, its token sent as `auth`.
    async fn get(
        &self,
        prefix: &str,
        path: &str,
        fields: &[(&str, &str)],
        token: &str,
        auth: Auth,
    ) -> (u16, Value) {
        let url = format!("{}{prefix}{path}", self.base);
        let request = match auth {
            Auth::Query => {
                let mut all = fields.to_vec();
                all.push(("access_token", token));
                self.http.get(format!("{url}?{}", query(&all)))
            }
            Auth::Bearer => self
                .http
                .get(format!("{url}?{}", query(fields)))
                .bearer_auth(token),
            Auth::Multipart => {
                let mut all = fields.to_vec();
                all.push(("access_token", token));
                let (content_type, body) = multipart(&all);
                self.http
                    .get(url)
                    .header("content-type", content_type)
                    .body(body)
            }
        };
        Self::answer(request.send().await.expect("answers")).await
    }

    async fn send(&self, method: reqwest::Method, path: &str) -> (u16, Value) {
        let url = format!("{}{path}", self.base);
        Self::answer(
            self.http
                .request(method, url)
                .send()
                .await
                .expect("answers"),
        )
        .await
    }

    /// A code from the authorization window, as the browser would bring it back.
    async fn code(&self) -> String {
        let app = self.sim.app();
        let url = format!(
            "{}/oauth/authorize?{}",
            self.base,
            query(&[
                ("client_id", &app.app_id),
                ("redirect_uri", &app.redirect_uris[0]),
                ("scope", "threads_basic,threads_manage_insights"),
                ("response_type", "code"),
                ("state", "st4te"),
            ])
        );
        let answer = self.http.get(url).send().await.expect("answers");
        assert_eq!(answer.status().as_u16(), 302);
        let location = answer.headers()["location"]
            .to_str()
            .expect("text")
            .to_owned();
        let location = url::Url::parse(&location).expect("an address");
        location
            .query_pairs()
            .find(|(k, _)| k == "code")
            .map(|(_, v)| v.into_owned())
            .expect("a code")
    }

    fn exchange_fields(&self, code: &str) -> Vec<(String, String)> {
        let app = self.sim.app();
        vec![
            ("client_id".into(), app.app_id.clone()),
            ("client_secret".into(), app.secret.clone()),
            ("code".into(), code.to_owned()),
            ("grant_type".into(), "authorization_code".into()),
            ("redirect_uri".into(), app.redirect_uris[0].clone()),
        ]
    }
}

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect()
}

/// `{"error": {"message", "type", "code", "fbtrace_id"}}` with `code`, on HTTP 400 or more.
fn assert_graph_error(what: &str, (status, body): &(u16, Value), code: i64) {
    assert!(*status >= 400, "{what}: HTTP {status}: {body}");
    let error = &body["error"];
    assert_eq!(error["code"], code, "{what}: {body}");
    for field in ["message", "type", "fbtrace_id"] {
        assert!(error[field].is_string(), "{what}: no {field} in {body}");
    }
}

/// The token endpoint's own envelope: `{"error_type", "code", "error_message"}`.
fn assert_token_error(what: &str, (status, body): &(u16, Value)) {
    assert!(*status >= 400, "{what}: HTTP {status}: {body}");
    assert!(body["error_type"].is_string(), "{what}: {body}");
    assert!(body["code"].is_i64(), "{what}: {body}");
    assert!(body["error_message"].is_string(), "{what}: {body}");
}

fn assert_short_lived(what: &str, (status, body): &(u16, Value)) -> String {
    assert_eq!(*status, 200, "{what}: {body}");
    assert!(
        body["user_id"].is_string() || body["user_id"].is_u64(),
        "{what}: {body}"
    );
    body["access_token"]
        .as_str()
        .unwrap_or_else(|| panic!("{what}: no token in {body}"))
        .to_owned()
}

#[tokio::test]
async fn the_code_exchange_takes_query_urlencoded_and_multipart_parameters() {
    let meta = Meta::new().await;
    let url = format!("{}/oauth/access_token", meta.base);

    // The Postman collection: a POST with everything in the query string and an empty form.
    let fields = meta.exchange_fields(&meta.code().await);
    let answer = meta
        .http
        .post(format!("{url}?{}", query(&pairs(&fields))))
        .header("content-type", "application/x-www-form-urlencoded")
        .send()
        .await
        .expect("answers");
    assert_short_lived("query string", &Meta::answer(answer).await);

    // The sample app: a urlencoded body.
    let fields = meta.exchange_fields(&meta.code().await);
    let answer = meta
        .http
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(query(&pairs(&fields)))
        .send()
        .await
        .expect("answers");
    assert_short_lived("urlencoded", &Meta::answer(answer).await);

    // The documentation's `curl -X POST ... -F client_id=...`, on the versioned path too.
    let fields = meta.exchange_fields(&meta.code().await);
    let (content_type, body) = multipart(&pairs(&fields));
    let answer = meta
        .http
        .post(format!("{}/v1.0/oauth/access_token", meta.base))
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .expect("answers");
    let short = assert_short_lived("multipart", &Meta::answer(answer).await);

    // A used code, no parameters at all, or a JSON body: the token envelope, never plain text.
    let answer = meta
        .http
        .post(&url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(query(&pairs(&fields)))
        .send()
        .await
        .expect("answers");
    assert_token_error("a used code", &Meta::answer(answer).await);
    let answer = meta.http.post(&url).send().await.expect("answers");
    assert_token_error("no parameters", &Meta::answer(answer).await);
    let answer = meta
        .http
        .post(&url)
        .header("content-type", "application/json")
        .body("{\"code\": 1}")
        .send()
        .await
        .expect("answers");
    assert_token_error("a JSON body", &Meta::answer(answer).await);

    // The long-lived exchange and the refresh, unversioned and versioned.
    let secret = meta.sim.app().secret;
    let mut long = String::new();
    for prefix in PREFIXES {
        let short = if prefix.is_empty() {
            short.clone()
        } else {
            let fields = meta.exchange_fields(&meta.code().await);
            let answer = meta
                .http
                .post(format!("{url}?{}", query(&pairs(&fields))))
                .send()
                .await
                .expect("answers");
            assert_short_lived("query string", &Meta::answer(answer).await)
        };
        let answer = meta
            .http
            .get(format!(
                "{}{prefix}/access_token?{}",
                meta.base,
                query(&[
                    ("grant_type", "th_exchange_token"),
                    ("client_secret", &secret),
                    ("access_token", &short),
                ])
            ))
            .send()
            .await
            .expect("answers");
        let (status, body) = Meta::answer(answer).await;
        assert_eq!(status, 200, "{prefix}/access_token: {body}");
        assert_eq!(body["token_type"], "bearer");
        assert!(body["expires_in"].is_u64(), "{body}");
        long = body["access_token"].as_str().expect("a token").to_owned();
    }
    meta.sim.advance(TimeDelta::hours(25));
    for prefix in PREFIXES {
        let answer = meta
            .http
            .get(format!(
                "{}{prefix}/refresh_access_token?{}",
                meta.base,
                query(&[("grant_type", "th_refresh_token"), ("access_token", &long)])
            ))
            .send()
            .await
            .expect("answers");
        let (status, body) = Meta::answer(answer).await;
        assert_eq!(status, 200, "{prefix}/refresh_access_token: {body}");
        assert_eq!(body["token_type"], "bearer");
        assert!(body["access_token"].is_string() && body["expires_in"].is_u64());
    }
}

#[tokio::test]
async fn an_app_token_and_debug_token_answer_as_documented() {
    let meta = Meta::new().await;
    let app = meta.sim.app();
    let user = meta.sim.issue_long_lived_token(meta.sim.main_user_id());
    for prefix in PREFIXES {
        // "Get App Access Token": a GET with the parameters in the query string.
        let (status, body) = Meta::answer(
            meta.http
                .get(format!(
                    "{}{prefix}/oauth/access_token?{}",
                    meta.base,
                    query(&[
                        ("grant_type", "client_credentials"),
                        ("client_id", &app.app_id),
                        ("client_secret", &app.secret),
                    ])
                ))
                .send()
                .await
                .expect("answers"),
        )
        .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["token_type"], "bearer");
        let app_token = body["access_token"].as_str().expect("a token").to_owned();
        assert!(
            app_token.starts_with(&format!("TH|{}|", app.app_id)),
            "{app_token}"
        );

        for auth in AUTHS {
            let answer = meta
                .get(
                    prefix,
                    "/debug_token",
                    &[("input_token", &user)],
                    &user,
                    auth,
                )
                .await;
            let data = &answer.1["data"];
            assert_eq!(answer.0, 200, "{auth:?}: {}", answer.1);
            assert_eq!(data["type"], "USER");
            assert_eq!(data["is_valid"], true);
            assert_eq!(data["user_id"], meta.sim.main_user_id());
            assert!(data["application"].is_string());
            for time in ["expires_at", "issued_at", "data_access_expires_at"] {
                assert!(data[time].is_i64(), "{time}: {data}");
            }
            let scopes: Vec<&str> = data["scopes"]
                .as_array()
                .expect("scopes")
                .iter()
                .filter_map(Value::as_str)
                .collect();
            assert_eq!(scopes, ["threads_basic", "threads_manage_insights"]);
        }
        // Asked with the app token, about a token that is not one.
        let (status, body) = meta
            .get(
                prefix,
                "/debug_token",
                &[("input_token", "THAAnot-a-token")],
                &app_token,
                Auth::Query,
            )
            .await;
        assert_eq!(status, 200, "{body}");
        assert_eq!(body["data"]["is_valid"], false);
        assert_eq!(body["data"]["error"]["code"], 190);
    }
    // The wrong secret is refused in the token envelope.
    let answer = meta
        .http
        .get(format!(
            "{}/oauth/access_token?{}",
            meta.base,
            query(&[
                ("grant_type", "client_credentials"),
                ("client_id", &app.app_id),
                ("client_secret", "wrong"),
            ])
        ))
        .send()
        .await
        .expect("answers");
    assert_token_error("a wrong secret", &Meta::answer(answer).await);
}

fn assert_post(what: &str, post: &Value, user_id: &str, username: &str) {
    assert!(post["id"].is_string(), "{what}: {post}");
    assert_eq!(post["media_product_type"], "THREADS", "{what}");
    assert!(post["media_type"].is_string(), "{what}");
    assert_eq!(
        post["owner"],
        serde_json::json!({ "id": user_id }),
        "{what}"
    );
    assert_eq!(post["username"], username, "{what}");
    assert!(post["has_replies"].is_boolean(), "{what}: {post}");
    assert!(post["is_quote_post"].is_boolean(), "{what}");
    assert!(post["shortcode"].is_string(), "{what}");
    let timestamp = post["timestamp"].as_str().expect("a timestamp");
    assert!(
        DateTime::parse_from_str(timestamp, "%Y-%m-%dT%H:%M:%S%z").is_ok(),
        "{what}: {timestamp}"
    );
}

#[tokio::test]
async fn every_read_answers_unversioned_and_versioned_with_any_token_carrier() {
    let meta = Meta::new().await;
    let token = meta.sim.issue_long_lived_token(meta.sim.main_user_id());
    let user_id = meta.sim.main_user_id().to_owned();
    for prefix in PREFIXES {
        for auth in AUTHS {
            let what = |path: &str| format!("{prefix}{path} ({auth:?})");

            let (status, profile) = meta
                .get(prefix, "/me", &[("fields", PROFILE_FIELDS)], &token, auth)
                .await;
            assert_eq!(status, 200, "{}: {profile}", what("/me"));
            assert_eq!(profile["id"], user_id.as_str());
            let username = profile["username"].as_str().expect("a username").to_owned();
            assert!(profile["is_verified"].is_boolean());
            // The profile by its own id, as `/{threads-user-id}?fields=` documents it.
            let (_, by_id) = meta
                .get(
                    prefix,
                    &format!("/{user_id}"),
                    &[("fields", "id,username")],
                    &token,
                    auth,
                )
                .await;
            assert_eq!(by_id["username"], username.as_str(), "{by_id}");

            let (status, page) = meta
                .get(
                    prefix,
                    "/me/threads",
                    &[("fields", POST_FIELDS), ("limit", "50")],
                    &token,
                    auth,
                )
                .await;
            assert_eq!(status, 200, "{}: {page}", what("/me/threads"));
            let posts = page["data"].as_array().expect("data");
            assert_eq!(posts.len(), 50);
            assert!(page["paging"]["cursors"]["before"].is_string());
            assert!(page["paging"]["cursors"]["after"].is_string());
            for post in posts {
                assert_post(&what("/me/threads"), post, &user_id, &username);
            }
            assert!(
                posts.iter().any(|p| p["has_replies"] == true),
                "some posts have replies"
            );

            let listed = posts
                .iter()
                .find(|p| p["media_type"] != "REPOST_FACADE")
                .expect("a post of the account's own");
            let id = listed["id"].as_str().expect("an id");
            let (status, single) = meta
                .get(
                    prefix,
                    &format!("/{id}"),
                    &[("fields", POST_FIELDS)],
                    &token,
                    auth,
                )
                .await;
            assert_eq!(status, 200, "{}: {single}", what("/{media-id}"));
            assert_eq!(&single, listed, "the post alone is the post as listed");

            let (status, insights) = meta
                .get(
                    prefix,
                    &format!("/{id}/insights"),
                    &[("metric", POST_METRICS)],
                    &token,
                    auth,
                )
                .await;
            assert_eq!(status, 200, "{}: {insights}", what("/{media-id}/insights"));
            let items = insights["data"].as_array().expect("data");
            assert_eq!(items.len(), 6);
            for item in items {
                let name = item["name"].as_str().expect("a name");
                assert_eq!(item["period"], "lifetime");
                assert!(item["values"][0]["value"].is_u64(), "{item}");
                // Post metrics' titles are capitalised in Meta's example.
                let title = item["title"].as_str().expect("a title");
                assert_eq!(title.to_lowercase(), name);
                assert_ne!(title, name);
                assert!(item["description"].is_string());
                assert_eq!(item["id"], format!("{id}/insights/{name}/lifetime"));
            }

            let (status, account) = meta
                .get(
                    prefix,
                    "/me/threads_insights",
                    &[("metric", ACCOUNT_METRICS)],
                    &token,
                    auth,
                )
                .await;
            assert_eq!(status, 200, "{}: {account}", what("/me/threads_insights"));
            let items = account["data"].as_array().expect("data");
            assert_eq!(items.len(), 7);
            for item in items {
                let name = item["name"].as_str().expect("a name");
                // Account metrics' titles are their names, in lower case, as Meta's examples.
                assert_eq!(item["title"], name, "{item}");
                assert!(item["description"].is_string());
                match name {
                    "views" => {
                        assert_eq!(item["period"], "day");
                        for value in item["values"].as_array().expect("values") {
                            assert!(value["value"].is_u64() && value["end_time"].is_string());
                        }
                    }
                    "clicks" => {
                        for link in item["link_total_values"].as_array().expect("links") {
                            assert!(link["value"].is_u64() && link["link_url"].is_string());
                        }
                    }
                    _ => assert!(item["total_value"]["value"].is_u64(), "{item}"),
                }
            }
            for link in ["previous", "next"] {
                let address = account["paging"][link].as_str().expect("a paging link");
                let address = url::Url::parse(address).expect("an address");
                assert!(
                    address.query_pairs().any(|(k, _)| k == "since"),
                    "{address}"
                );
                assert!(address.query_pairs().all(|(k, _)| k != "access_token"));
            }

            let (status, demographics) = meta
                .get(
                    prefix,
                    "/me/threads_insights",
                    &[
                        ("metric", "follower_demographics"),
                        ("breakdown", "country"),
                    ],
                    &token,
                    auth,
                )
                .await;
            assert_eq!(status, 200, "{demographics}");
            let breakdown = &demographics["data"][0]["total_value"]["breakdowns"][0];
            assert_eq!(breakdown["dimension_keys"], serde_json::json!(["country"]));
            assert!(breakdown["results"][0]["dimension_values"][0].is_string());
        }
    }
}

#[tokio::test]
async fn what_the_simulator_does_not_implement_is_a_graph_error() {
    let meta = Meta::new().await;
    let token = meta.sim.issue_long_lived_token(meta.sim.main_user_id());
    let post = meta
        .sim
        .account(meta.sim.main_user_id())
        .expect("account")
        .posts[0]
        .id
        .clone();
    for prefix in PREFIXES {
        // Requests of the Postman collection the simulator has no answer for.
        for path in [
            "/me/threads_publishing_limit".to_owned(),
            "/me/replies".to_owned(),
            "/me/mentions".to_owned(),
            "/keyword_search".to_owned(),
            "/profile_lookup".to_owned(),
            format!("/{post}/replies"),
            format!("/{post}/conversation"),
            format!("/{post}/"),
            "/a/b/c/d".to_owned(),
        ] {
            let answer = meta.get(prefix, &path, &[], &token, Auth::Query).await;
            assert_graph_error(&format!("GET {prefix}{path}"), &answer, 100);
        }
        // Wrong methods on paths that exist.
        for (method, path) in [
            (reqwest::Method::POST, "/me".to_owned()),
            (reqwest::Method::POST, "/me/threads".to_owned()),
            (reqwest::Method::DELETE, format!("/{post}")),
            (reqwest::Method::PUT, "/access_token".to_owned()),
        ] {
            let answer = meta.send(method.clone(), &format!("{prefix}{path}")).await;
            assert_graph_error(&format!("{method} {prefix}{path}"), &answer, 100);
        }
    }
}
